#!/usr/bin/env bash
# Install everything (first time only) and run the tests, offscreen.
#
#   scripts/test.sh                      all tests, the PyInstaller build included (a few minutes)
#   scripts/test.sh -m "not slow"        without the wheel/bundle builds
#   scripts/test.sh tests/storage -x     any pytest arguments; paths are relative to the repository
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/bootstrap.sh" test

cd "$ROOT"
# The house rules a linter can check (pyproject.toml [tool.ruff.lint]); fast, before the tests.
if ! "$ROOT/.venv/bin/ruff" check --no-cache --quiet flatapp tests benchmarks scripts installer; then
  echo "test.sh: ruff found the problems above (many are fixed by .venv/bin/ruff check --fix)" >&2
  exit 1
fi
export QT_QPA_PLATFORM=offscreen
# The storage, services, import, results and tent tests run on SQLite and on a throwaway PostgreSQL
# server that the test session starts once and stops at its end (tests/pg_server.py; bootstrap.sh
# installs the server). Here a test that needs it fails instead of being skipped.
export FLATAPP_REQUIRE_PG="${FLATAPP_REQUIRE_PG:-1}"
exec "$ROOT/.venv/bin/python" -m pytest "$@"
