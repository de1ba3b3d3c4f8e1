"""Make docs/scan-review.png, the README's picture of the review screen, from a real reading.

Run: ``.venv/bin/python scripts/scan_review_picture.py [SEED]`` (offscreen; nothing is written outside a
temporary folder but the picture). The demo database's forms of two homes are printed, filled in and put
through the tests' synthetic copier (tests/scanning/synthetic.py), read by the page reader and taken in;
the review screen is shown on its first tick-box item with the intake's summary, as after
Ronde › Scans inlezen….
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["FLATAPP_HOME"] = str(folder / "home")
        from flatapp.demo import create_demo_database
        from flatapp.scanning.stack import scan_stack
        from flatapp.storage.database import open_database
        from flatapp.storage.round_models import Round
        from tests.scanning import synthetic

        create_demo_database(folder / "demo.sqlite")
        database = open_database(folder / "demo.sqlite")
        with database.session() as s, s.begin():
            round_id = s.query(Round.id).first()[0]
            sheets = synthetic.print_sheets(s, round_id, folder, forms=2)
        scanned = synthetic.scan_stack(sheets, 200, seed=seed, blanks=1)
        stack = synthetic.write_pdf(scanned, folder / "stapel.pdf", 200)
        with database.session() as s, s.begin():
            summary = scan_stack(s, round_id, [stack]).lines()

        from flatapp.gui.app import create_application
        from flatapp.gui.runner import ServiceRunner
        from flatapp.gui.scan_review import ScanReviewDialog

        app = create_application([])
        dialog = ScanReviewDialog(ServiceRunner(database), round_id)
        dialog.show()
        for _ in dialog.items:
            if dialog.current.kind == "box":
                break
            dialog.later()
        dialog.message.show_info("\n".join(summary))      # as Ronde › Scans inlezen… opens it
        app.processEvents()
        dialog.grab().save(str(ROOT / "docs" / "scan-review.png"))
        dialog.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
