"""The author's small commands: `chair new`, `chair schema` and `chair completion`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scenario.format.diagnostics import Location, ScenarioError
from scenario.tools.terminal import is_utf8

from .output import EXIT_OK


def new(args: argparse.Namespace) -> int:
    from scenario.tools.scaffold import scaffold

    target = Path(args.name)
    if len(target.parts) == 1 and Path("content").is_dir():
        target = Path("content") / args.name
    scaffold(target, target.parent)  # the schemas beside it, else copies in the new folder
    print(f"Created {target}. Next:")
    print(f"  chair check {target}")
    print(f"  chair play {target} --watch")
    return EXIT_OK


def schema(args: argparse.Namespace) -> int:
    from scenario.format.schema import schema_for

    print(json.dumps(schema_for(args.part), indent=2, ensure_ascii=not is_utf8(sys.stdout)))
    return EXIT_OK


def completion(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.ids:
        from scenario.tools.finding import available

        print("\n".join(available()))
        return EXIT_OK
    if args.shell is None:
        raise ScenarioError.at(Location("completion"), "name a shell: bash, zsh or fish")
    from .completion import script

    print(script(args.shell, parser), end="")
    return EXIT_OK
