"""Every command and every option of `flatapp` says what it is for, in Dutch (issue 14)."""

from __future__ import annotations

import argparse

from flatapp.cli import build_parser


def _parsers(parser: argparse.ArgumentParser, name: str = "flatapp"):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for sub_name, sub in action.choices.items():
                assert helps.get(sub_name), f"'{name} {sub_name}' has no help text in the command list"
                yield from _parsers(sub, f"{name} {sub_name}")


def test_every_command_and_option_has_a_help_text():
    missing = []
    for name, parser in _parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            if not (action.help or "").strip() or action.help == argparse.SUPPRESS and action.option_strings == []:
                missing.append(f"{name}: {'/'.join(action.option_strings) or action.dest}")
    assert not missing, "options without help:\n" + "\n".join(missing)
