"""File → Woningen importeren…: the corporation's address list into a block, step by step.

Step 1 chooses the file (and sheet) and the block; step 2, only when the columns were not
recognised for sure or the user asks, links every home field to a column of the file; step 3
shows what will be imported, the rejected rows and the rows skipped on purpose, and imports
in one transaction. Nothing is written before the user presses "Importeren", and a file with
rejected rows is imported only when the user chooses to leave those rows out. An import that
changes many addresses at once, or is very big, is shown and confirmed first (``import_confirm``).

The package: ``view`` the dialog and its navigation, with the steps ``file_step``, ``columns_step`` and
``check_step`` mixed in (their texts keep the ImportHomesDialog context); ``style`` the message boxes.
"""

from __future__ import annotations

from flatapp.gui.import_dialog.view import ImportHomesDialog

__all__ = ["ImportHomesDialog"]
