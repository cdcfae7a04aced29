"""``gyeongju-ai present PACK|SCRIPT``: open the presenter (audience + presenter views) for a pack's show.

``--rehearse`` runs every live step headless and prints the timings instead; ``--screenshots DIR``
saves every step of both views offscreen; ``--handout OUT.pdf`` writes one PDF page per step from the
rehearsed cache. See docs/presentation.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.progress import Progress

if TYPE_CHECKING:
    from app.presentation.locate import Show


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("present", help="present a pack's scripted show, or --rehearse it")
    parser.add_argument("target", type=Path, metavar="PACK|SCRIPT",
                        help="an installed .gjpack, an installed pack folder, or a presentation script (.toml)")
    parser.add_argument("--rehearse", action="store_true",
                        help="run every live step headless, cache its result in the pack and print the timings")
    parser.add_argument("--script", metavar="NAME", help="which script of the pack (when it has several)")
    parser.add_argument("--one-screen", action="store_true",
                        help="one window: the audience view with the presenter view as a side panel (P toggles it)")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="save every step of the audience and presenter views as PNG into DIR (offscreen) and exit")
    parser.add_argument("--handout", type=Path, metavar="OUT.pdf",
                        help="write a PDF handout, one page per step, from the rehearsed results (after --rehearse)")
    parser.set_defaults(handler=_present)


def _progress(p: Progress) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r[{p.fraction:6.1%}] {p.message:<40}")
        sys.stderr.flush()


def _present(args: argparse.Namespace) -> int:
    from app.presentation.locate import locate

    if not args.rehearse:
        show = locate(args.target, args.script)
        return _handout(args, show) if args.handout is not None else _open(args, show)
    from app.presentation.rehearse import rehearse, timings_table

    show = locate(args.target, args.script)
    timings = rehearse(show.script, show.pack_dir, _progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if not timings:
        print("The script has no live steps; nothing to rehearse.")
        return _handout(args, show) if args.handout is not None else 0
    print(timings_table(timings))
    slow = sum(not t.within_budget for t in timings)
    where = show.pack_dir / "cache"
    note = f"{slow} step(s) over budget will show their cached result" if slow else "every live step is within budget"
    print(f"{len(timings)} live step(s) rehearsed; {note}; results cached in {where}")
    return _handout(args, show) if args.handout is not None else 0


def _handout(args: argparse.Namespace, show: Show) -> int:
    """``--handout OUT.pdf``: one page per step from the rehearsed cache (offscreen, no window)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.presenter.handout import write_handout

    pages, credentials = write_handout(show, args.handout)
    print(f"{args.handout}: {pages} page(s); {credentials}")
    return 0


def _open(args: argparse.Namespace, show: Show) -> int:
    """The presenter window, or with ``--screenshots`` every step saved as PNG (offscreen)."""
    if args.screenshots is not None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.ui.presenter.shots import presenter_screenshots

        for path in presenter_screenshots(show, args.screenshots):
            print(path)
        return 0
    from app.ui.presenter.launch import run_presenter

    return run_presenter(show, one_screen=args.one_screen)
