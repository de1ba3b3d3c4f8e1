"""Business rules over a SQLAlchemy ``Session``; shared by the GUI and the command line."""
