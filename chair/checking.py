"""`chair check`: every error of a scenario or campaign, located, and `--sources`' report."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from scenario.format.diagnostics import Diagnostic, ScenarioError, display_path

from .output import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, count, print_diagnostics


def check(args: argparse.Namespace) -> int:
    # A check is short and what it builds (the format's validator, the compiled scenario) lives
    # until it ends: the collector's passes over it, during the check and again as the process
    # exits, free nothing and cost about a sixth of `check --fresh` (see README.md, speed).
    import atexit
    import gc
    import os

    collecting = gc.isenabled()
    gc.disable()
    atexit.register(gc.freeze)  # spares the final collection if this process ends after the check
    # A scenario is validated with pydantic-core alone (`format.validating`); a campaign's file is
    # still validated with its pydantic model. Building its first validator, pydantic looks for
    # plugins (packages that observe validation) among the installed packages' entry points: a
    # scan of every installed package's metadata, about 2 ms of CPU. Its documented switch PYDANTIC_DISABLE_PLUGINS skips the scan. A check
    # sets it only while it runs and only if the user has not set it, so a user's own choice and
    # every other command are untouched (the scenario format needs no plugin).
    plugins_unset = "PYDANTIC_DISABLE_PLUGINS" not in os.environ
    if plugins_unset:
        os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    try:
        return _check_all(args)
    finally:
        if plugins_unset:
            os.environ.pop("PYDANTIC_DISABLE_PLUGINS", None)
        if collecting:
            gc.enable()


def _check_all(args: argparse.Namespace) -> int:
    from scenario.engine.compiler import Report, check_scenario, known_clean, remember_if_clean
    from scenario.tools.finding import available, available_campaigns, find_campaign, find_scenario

    names = args.scenarios or available() + available_campaigns()
    if getattr(args, "sources", False):
        return _sources_report(names)
    results: list[dict[str, object]] = []
    missing = failed = False
    for name in names:
        campaign_folder = find_campaign(name)
        if campaign_folder is not None:  # a campaign: its file, its days, its carry-over
            ok = _check_campaign(args, name, campaign_folder, results)
            failed = failed or not ok
            continue
        try:
            folder = find_scenario(name)
        except ScenarioError as exc:
            # No such folder or id is bad input (2), as everywhere; a folder that is there but
            # is no scenario fails the check (1), as a scenario with errors does.
            missing = missing or not Path(name).exists()
            failed = True
            results.append(_checked(name, None, exc.diagnostics, ok=False))
            if not args.json:
                print_diagnostics(exc.diagnostics)
            continue
        if not args.fresh and known_clean(folder):  # unchanged since it last checked clean
            report = Report(None, [])
        else:
            report = check_scenario(folder, playable=False)  # checked and cached, not played
            remember_if_clean(folder, report)
        errors, warnings = len(report.errors), len(report.warnings)
        ok = not errors and not (args.strict and warnings)
        failed = failed or not ok
        results.append(_checked(name, display_path(folder), report.diagnostics, ok=ok))
        if args.json:
            continue
        print_diagnostics(report.diagnostics)
        if not args.quiet:
            status = "ok" if ok else "FAILED"
            counts = f"{count(errors, 'error')}, {count(warnings, 'warning')}"
            version = _format_version(folder, report)
            print(f"{display_path(folder)}: {status} ({counts}; format {version})")
    code = EXIT_USAGE if missing else EXIT_ERRORS if failed else EXIT_OK
    if args.json:
        data = {"ok": code == EXIT_OK, "strict": args.strict, "scenarios": results}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    return code


def _check_campaign(
    args: argparse.Namespace, name: str, folder: Path, results: list[dict[str, object]]
) -> bool:
    """`chair check` of a campaign: campaign.yaml, each day's scenario, the carry-over."""
    from scenario.engine.campaign import check_campaign

    report = check_campaign(folder)
    errors, warnings = len(report.errors), len(report.warnings)
    ok = not errors and not (args.strict and warnings)
    results.append(_checked(name, display_path(folder), report.diagnostics, ok=ok))
    if not args.json:
        print_diagnostics(report.diagnostics)
        if not args.quiet:
            status = "ok" if ok else "FAILED"
            days = len(report.campaign.days) if report.campaign else "?"
            counts = f"{count(errors, 'error')}, {count(warnings, 'warning')}"
            print(f"{display_path(folder)}: {status} ({counts}; campaign of {days} days)")
    return ok


def _checked(
    name: str, folder: str | None, diagnostics: Sequence[Diagnostic], *, ok: bool
) -> dict[str, object]:
    """One scenario in `check --json`: what was asked, where it was found, what was wrong."""
    return {
        "name": name,
        "folder": folder,
        "ok": ok,
        "errors": sum(d.is_error for d in diagnostics),
        "warnings": sum(not d.is_error for d in diagnostics),
        "diagnostics": [
            {
                "file": d.location.file,
                "line": d.location.line,
                "column": d.location.column,
                "severity": d.severity,
                "message": d.message,
            }
            for d in diagnostics
        ],
    }


def _format_version(folder: Path, report: object) -> str:
    """The format version a scenario declares, for the check's summary line."""
    model = getattr(report, "model", None)
    if model is not None:
        return str(model.format)
    from scenario.format.files import SCENARIO_FILE
    from scenario.format.yamlfile import read_yaml

    try:
        data = read_yaml(folder / SCENARIO_FILE, SCENARIO_FILE).data
    except ScenarioError:
        return "?"
    value = data.get("format", 1) if isinstance(data, dict) else "?"
    return str(value)


def _sources_report(names: Sequence[str]) -> int:
    """`chair check --sources`: the fidelity report of each scenario."""
    from scenario.format.loading import load_scenario
    from scenario.format.source_coverage import fidelity
    from scenario.tools.finding import find_campaign, find_scenario

    failed = False
    expanded: list[str] = []
    for name in names:  # a campaign's report is its days' reports
        campaign_folder = find_campaign(name)
        if campaign_folder is None:
            expanded.append(name)
            continue
        from scenario.engine.campaign import check_campaign

        report = check_campaign(campaign_folder)
        if report.campaign is None:
            print_diagnostics(report.errors)
            failed = True
            continue
        expanded += [str(day.content.folder) for day in report.campaign.days]
    for index, name in enumerate(expanded):
        try:
            folder = find_scenario(name)
            loaded = load_scenario(folder)
        except ScenarioError as exc:
            print_diagnostics(exc.diagnostics)
            failed = True
            continue
        if loaded.data is None:  # unreadable: the report needs a scenario that validates
            print_diagnostics([d for d in loaded.diagnostics if d.is_error])
            failed = True
            continue
        found = fidelity(loaded.data, folder, loaded.sourcemap)
        if index:
            print()
        print(f"{display_path(folder)}:")
        if found is None:
            print("no readable seeds: nothing to report")
            continue
        print(found.text(), end="")
    return EXIT_ERRORS if failed else EXIT_OK
