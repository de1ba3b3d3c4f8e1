"""Garbage collection is paused while FlatApp starts and always resumed (flatapp.startup)."""

from __future__ import annotations

import gc

import pytest

from flatapp.cli import main
from flatapp.startup import pause_collection, resume_collection


@pytest.fixture
def paused():
    pause_collection()
    yield
    gc.enable()
    gc.unfreeze()


def test_resume_freezes_what_start_up_made_and_collects_again(paused):
    assert not gc.isenabled()
    resume_collection()
    assert gc.isenabled() and gc.get_freeze_count() > 0


def test_a_command_without_a_window_runs_with_collection_on(paused, tmp_path, capsys):
    database = tmp_path / "empty.sqlite"
    assert main(["--db", str(database), "buildings"]) != 0      # refused: a mistyped path is not created
    assert gc.isenabled()


def test_the_selftest_resumes_collection_after_painting(paused, capsys):
    assert main(["selftest"]) == 0
    assert gc.isenabled()
