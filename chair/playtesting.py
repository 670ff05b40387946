"""`chair playtest`: many random games of a scenario or campaign, or a search of its lines."""

from __future__ import annotations

import argparse
import json
import sys

from .output import EXIT_OK, EXIT_USAGE


def playtest(args: argparse.Namespace) -> int:
    from scenario.engine.compiler import load_content
    from scenario.tools.finding import find_campaign, find_scenario
    from scenario.tools.playtest import playtest
    from scenario.tools.playtest_report import text_report
    from scenario.tools.playtest_runs import auto_jobs

    campaign_folder = find_campaign(args.scenario)
    if campaign_folder is not None:
        from scenario.engine.campaign import load_campaign
        from scenario.tools.campaigns import campaign_playtest, campaign_playtest_text

        if args.search:
            print(
                "chair playtest: error: --search works on one scenario (a day of the "
                "campaign), not on a campaign",
                file=sys.stderr,
            )
            return EXIT_USAGE
        data = campaign_playtest(load_campaign(campaign_folder), args.runs, args.seed)
        print(
            json.dumps(data, indent=2) if args.json else campaign_playtest_text(data),
            end="\n" if args.json else "",
        )
        return EXIT_OK
    content = load_content(find_scenario(args.scenario))
    if args.search:
        from scenario.tools import search

        found = search.search(content, args.search, args.seed, args.beam, progress=True)
        data = found.to_json(content)
        print(
            json.dumps(data, indent=2) if args.json else search.text_report(data),
            end="\n" if args.json else "",
        )
        return EXIT_OK
    jobs = auto_jobs(args.runs) if args.jobs == "auto" else args.jobs
    data = playtest(content, args.runs, args.seed, jobs, args.mode)
    print(
        json.dumps(data, indent=2) if args.json else text_report(data),
        end="\n" if args.json else "",
    )
    return EXIT_OK
