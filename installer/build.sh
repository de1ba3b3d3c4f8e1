#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle: DIST_DIR/FlatApp/FlatApp (FlatApp.exe on Windows).
#
#   installer/build.sh [DIST_DIR [WORK_DIR]]     defaults: dist/ and build/pyinstaller/
#
# Uses $PYTHON, or the project's .venv (scripts/bootstrap.sh build creates it).
# On Windows, then compile the installer: ISCC /DAppVersion=<version> installer\flatapp.iss
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${1:-$ROOT/dist}"
WORK="${2:-$ROOT/build/pyinstaller}"

if [[ -z "${PYTHON:-}" ]]; then
  for candidate in "$ROOT/.venv/bin/python" "$ROOT/.venv/Scripts/python.exe"; do
    if [[ -x "$candidate" ]]; then PYTHON="$candidate"; break; fi
  done
fi
if [[ -z "${PYTHON:-}" ]]; then
  echo "build: no .venv yet; run scripts/bootstrap.sh build first (or set PYTHON)." >&2
  exit 1
fi

mkdir -p "$DIST" "$WORK"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" "$ROOT/installer/flatapp.spec"
echo "build: $DIST/FlatApp"
