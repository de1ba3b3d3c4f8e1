"""Charts of a round's results as matplotlib Figures, Qt-free.

The results screen embeds them (FigureCanvasQTAgg); the poster step saves them as SVG and turns
them into vector drawings for PDF. ``flatapp.charts.figures`` imports matplotlib, so import it
only where a chart is drawn (never at application start).
"""
