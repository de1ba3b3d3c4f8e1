#!/usr/bin/env bash
# Install everything (first time only) and start FlatApp.
#
#   scripts/start.sh            the app; the demo block "Voorbeeldflat" when there is no database yet
#   scripts/start.sh ARGS...    the same, with ARGS passed to the `flatapp` command
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/bootstrap.sh" run

if [[ "$(uname -s)" == Linux && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" \
  && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "flatapp: no screen found (DISPLAY and WAYLAND_DISPLAY are empty); a window cannot open." >&2
  echo "flatapp: on a machine without a screen use xvfb-run, or QT_QPA_PLATFORM=offscreen." >&2
fi

exec "$ROOT/.venv/bin/flatapp" "$@"
