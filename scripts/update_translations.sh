#!/usr/bin/env bash
# Collect the UI texts into resources/translations/flatapp_en.ts and compile flatapp_en.qm.
#
#   scripts/update_translations.sh
#
# The source strings in the code and the .ui files are Dutch; English is the translation.
# Translate the new entries in Qt Linguist (.venv/bin/pyside6-linguist resources/translations/
# flatapp_en.ts), mark them finished, then run this again to compile the .qm.
# TRANSLATIONS_DIR overrides the output folder (default resources/translations).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${PYSIDE_BIN:-$ROOT/.venv/bin}"
OUT="${TRANSLATIONS_DIR:-resources/translations}"
LANGUAGES=(en)

# flatapp/gui/generated/ is made from ui/*.ui by scripts/compile_ui.sh: read the .ui sources instead.
mapfile -t SOURCES < <(
  find flatapp/gui -name '*.py' -not -path 'flatapp/gui/generated/*' | sort
  find ui -maxdepth 1 -name '*.ui' | sort
)
if [[ ${#SOURCES[@]} -eq 0 ]]; then
  echo "update_translations: no sources in flatapp/gui or ui/" >&2
  exit 1
fi

mkdir -p "$OUT"
for language in "${LANGUAGES[@]}"; do
  ts="$OUT/flatapp_${language}.ts"
  "$BIN/pyside6-lupdate" -silent -no-obsolete -locations relative \
    -source-language nl_NL -target-language "$language" "${SOURCES[@]}" -ts "$ts"
  # Only finished translations go into the .qm; an unfinished one shows the Dutch source.
  "$BIN/pyside6-lrelease" -silent -nounfinished "$ts" -qm "$OUT/flatapp_${language}.qm"
  echo "update_translations: $ts ($(grep -c '<message' "$ts") messages," \
    "$(grep -c 'type="unfinished"' "$ts" || true) unfinished)"
done
