#!/usr/bin/env bash
# Install everything FlatApp needs, from a fresh clone on a fresh Debian machine.
#
#   scripts/bootstrap.sh [run|test|build]
#
#   run    system libraries for a real Qt window (used by scripts/start.sh)
#   test   system libraries for offscreen Qt, PDF checks and PyInstaller (scripts/test.sh)
#   build  system libraries for offscreen Qt and PyInstaller (installer/build.sh)
#
# Then it creates .venv with Python >= 3.11 and installs the project editable with the
# test extra. A second run is fast: apt is only asked for packages that dpkg-query says
# are missing, and pip only runs again when pyproject.toml changed since the last install.
#
# Environment:
#   PYTHON                   the interpreter that creates .venv (default: the newest python3.x >= 3.11)
#   FLATAPP_SKIP_SYSTEM=1    do not look at or install Debian packages
#   FLATAPP_FORCE_INSTALL=1  run pip again even when pyproject.toml did not change
set -euo pipefail

MODE="${1:-test}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.flatapp-install-stamp"
MIN_PYTHON="3.11"

say() { printf 'flatapp: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# --- Debian packages --------------------------------------------------------------------------

# What offscreen Qt needs on a bare Debian (TECH-NOTES.md). The glib package is chosen later:
# Debian 13 and Ubuntu 24.04 renamed it to libglib2.0-0t64.
OFFSCREEN_PACKAGES=(libgl1 libegl1 libxkbcommon0 GLIB libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core)
# What Qt's xcb platform plugin links against (ldd on PySide6's libqxcb.so, libQt6XcbQpa.so
# and the xcb GL integrations). Most come in as dependencies of each other; naming them all
# means a missing one is installed even on a trimmed system.
WINDOW_PACKAGES=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-image0 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shm0 libxcb-sync1
  libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libxcb1 libx11-6 libx11-xcb1)
# pdfinfo/pdffonts/pdftotext/pdftoppm for the PDF tests; PyInstaller calls objdump (binutils).
# postgresql: the throwaway server the tests run the shared-office option on (scripts/test.sh).
TEST_PACKAGES=(poppler-utils binutils postgresql)
BUILD_PACKAGES=(binutils)

is_installed() {
  # (one word per installed architecture: "installed", or "installedinstalled" for two)
  [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" == installed* ]]
}

as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    return 127
  fi
}

install_system_packages() {
  local wanted=("${OFFSCREEN_PACKAGES[@]}")
  case "$MODE" in
    run) wanted+=("${WINDOW_PACKAGES[@]}") ;;
    test) wanted+=("${TEST_PACKAGES[@]}") ;;
    build) wanted+=("${BUILD_PACKAGES[@]}") ;;
    *) die "unknown mode '$MODE' (use run, test or build)" ;;
  esac

  if [[ "${FLATAPP_SKIP_SYSTEM:-0}" == "1" ]]; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    say "no apt-get here: skipping the system libraries Qt needs."
    say "If FlatApp does not start, install OpenGL/EGL, xkbcommon, fontconfig, freetype, dbus and"
    say "the xcb libraries with this system's package manager."
    return 0
  fi

  local missing=() package
  for package in "${wanted[@]}"; do
    if [[ "$package" == GLIB ]]; then
      if ! is_installed libglib2.0-0 && ! is_installed libglib2.0-0t64; then
        missing+=(GLIB)
      fi
    elif ! is_installed "$package"; then
      missing+=("$package")
    fi
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi

  if [[ "$(id -u)" -ne 0 ]] && ! command -v sudo >/dev/null 2>&1; then
    say "Debian packages that Qt needs are missing, and there is no sudo to install them; ask an"
    say "administrator to run: apt-get install --no-install-recommends ${missing[*]/GLIB/libglib2.0-0}"
    return 0
  fi

  say "updating the package lists to install: ${missing[*]/GLIB/libglib2.0-0}"
  as_root apt-get update -qq || die "apt-get update failed (see above)"
  local i
  for i in "${!missing[@]}"; do
    if [[ "${missing[$i]}" == GLIB ]]; then
      if apt-cache show libglib2.0-0t64 >/dev/null 2>&1; then
        missing[$i]=libglib2.0-0t64
      else
        missing[$i]=libglib2.0-0
      fi
    fi
  done
  say "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install failed for: ${missing[*]}"
}

# --- Python and the virtual environment --------------------------------------------------------

python_ok() {
  "$1" -c "import sys; sys.exit(0 if sys.version_info >= (${MIN_PYTHON/./, }) else 1)" >/dev/null 2>&1
}

find_python() {
  local candidate
  if [[ -n "${PYTHON:-}" ]]; then
    python_ok "$PYTHON" || die "PYTHON=$PYTHON is not Python $MIN_PYTHON or newer."
    printf '%s\n' "$PYTHON"
    return 0
  fi
  for candidate in python3.14 python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  local found="no python3 at all"
  if command -v python3 >/dev/null 2>&1; then
    found="python3 is $(python3 --version 2>&1)"
  fi
  die "FlatApp needs Python $MIN_PYTHON or newer, and none was found ($found)." \
    "On Debian 12 or newer: apt-get install python3 python3-venv"
}

ensure_venv() {
  if [[ -x "$VENV/bin/python" ]] && python_ok "$VENV/bin/python" \
    && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    return 0
  fi
  local python
  python="$(find_python)"
  if ! "$python" -c "import venv, ensurepip" >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [[ "$(command -v "$python")" == /usr/bin/* ]]; then
      say "installing python3-venv (needed to create .venv)"
      as_root apt-get update -qq \
        && as_root env DEBIAN_FRONTEND=noninteractive \
          apt-get install -y -qq --no-install-recommends python3-venv >/dev/null \
        || die "could not install python3-venv; install it and run this again."
    else
      die "$python cannot create a virtual environment (venv/ensurepip missing). On Debian: apt-get install python3-venv"
    fi
  fi
  say "creating .venv with $("$python" --version 2>&1)"
  rm -f "$STAMP"
  "$python" -m venv --clear "$VENV" || die "could not create $VENV"
}

install_project() {
  local wanted
  wanted="$(cat "$ROOT/pyproject.toml" <("$VENV/bin/python" -VV) | sha256sum | cut -d' ' -f1)"
  if [[ "${FLATAPP_FORCE_INSTALL:-0}" != "1" && -f "$STAMP" && "$(cat "$STAMP")" == "$wanted" \
    && -x "$VENV/bin/flatapp" ]]; then
    return 0
  fi
  say "installing FlatApp and its dependencies into .venv (a minute or two the first time)"
  local log
  log="$(mktemp)"
  if ! (cd "$ROOT" && PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 \
    "$VENV/bin/python" -m pip install --quiet -e ".[test]") >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log" "$STAMP"
    die "pip install failed (output above)."
  fi
  # pip's ERROR report (e.g. a dependency conflict it could not resolve) still reaches the user;
  # its harmless warnings do not.
  sed -n '/^ERROR/,$p' "$log" >&2
  rm -f "$log"
  printf '%s\n' "$wanted" >"$STAMP"
}

install_system_packages
ensure_venv
install_project
