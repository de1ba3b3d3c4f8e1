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
  echo "flatapp: start FlatApp on a desktop; on a server use xvfb-run scripts/start.sh," >&2
  echo "flatapp: or the command line: .venv/bin/flatapp --help" >&2
  exit 1     # instead of Qt's misleading "xcb-cursor0 is needed ... reinstalling may fix this"
fi

# DISPLAY set, but nothing answers there (a closed ssh -X session, an Xvfb that is not running): say so.
x_display_answers() {
  local number="${DISPLAY#*:}" host="${DISPLAY%%:*}"
  number="${number%%.*}"
  [[ "$number" =~ ^[0-9]+$ ]] || return 0          # a form we do not know: let Qt try
  if [[ -z "$host" || "$host" == unix ]]; then
    [[ -S "/tmp/.X11-unix/X$number" ]]
  else
    (exec 3<>"/dev/tcp/$host/$((6000 + number))") 2>/dev/null
  fi
}
if [[ "$(uname -s)" == Linux && -n "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]] \
  && ! x_display_answers; then
  echo "flatapp: the screen DISPLAY=$DISPLAY does not answer (no X server there); a window cannot open." >&2
  echo "flatapp: start FlatApp on a desktop; on a server use xvfb-run scripts/start.sh," >&2
  echo "flatapp: or the command line: .venv/bin/flatapp --help" >&2
  exit 1
fi

exec "$ROOT/.venv/bin/flatapp" "$@"
