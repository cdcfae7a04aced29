"""``gyeongju-ai present PACK|SCRIPT --rehearse``: run a show's live steps headless and print their timings.

The presenter window itself is not available yet; without ``--rehearse`` the command says so
(exit 2). See docs/presentation.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.domain.errors import InvalidInput
from app.domain.progress import Progress


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("present", help="present a pack's scripted show (for now: --rehearse it)")
    parser.add_argument("target", type=Path, metavar="PACK|SCRIPT",
                        help="an installed .gjpack, an installed pack folder, or a presentation script (.toml)")
    parser.add_argument("--rehearse", action="store_true",
                        help="run every live step headless, cache its result in the pack and print the timings")
    parser.add_argument("--script", metavar="NAME", help="which script of the pack (when it has several)")
    parser.set_defaults(handler=_present)


def _progress(p: Progress) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r[{p.fraction:6.1%}] {p.message:<40}")
        sys.stderr.flush()


def _present(args: argparse.Namespace) -> int:
    if not args.rehearse:
        raise InvalidInput("The presenter window is not available yet; use --rehearse.")
    from app.presentation.locate import locate
    from app.presentation.rehearse import rehearse, timings_table

    show = locate(args.target, args.script)
    timings = rehearse(show.script, show.pack_dir, _progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if not timings:
        print("The script has no live steps; nothing to rehearse.")
        return 0
    print(timings_table(timings))
    slow = sum(not t.within_budget for t in timings)
    where = show.pack_dir / "cache"
    note = f"{slow} step(s) over budget will show their cached result" if slow else "every live step is within budget"
    print(f"{len(timings)} live step(s) rehearsed; {note}; results cached in {where}")
    return 0
