#!/usr/bin/env bash
# Regenerate flatapp/gui/generated/ui_*.py from the Designer sources in ui/.
set -euo pipefail
cd "$(dirname "$0")/.."
UIC="${UIC:-.venv/bin/pyside6-uic}"
for source in ui/*.ui; do
  name=$(basename "$source" .ui)
  "$UIC" "$source" -o "flatapp/gui/generated/ui_${name}.py"
done
