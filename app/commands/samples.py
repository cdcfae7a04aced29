"""``gyeongju-ai samples build|ensure``: (re)generate the illustrative heritage sample set."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.domain.errors import InvalidInput
from app.domain.progress import Progress


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("samples", help="build the rendered heritage samples (clean and aged)")
    actions = parser.add_subparsers(dest="samples_command", metavar="ACTION", required=True)
    build = actions.add_parser("build", help="render every sample deterministically")
    build.add_argument("--out", type=Path, default=None, help="output folder (default: assets/samples)")
    build.add_argument("--size", default="1600x1200", help="WIDTHxHEIGHT (default 1600x1200)")
    build.add_argument("--subject", action="append", dest="subjects", help="only this subject (repeatable)")
    build.add_argument("--workers", type=int, default=None, help="parallel processes (default: cores)")
    build.set_defaults(handler=_build)
    sheet = actions.add_parser("contact-sheet", help="write a contact sheet JPEG of the built samples")
    sheet.add_argument("out", type=Path, help="output .jpg")
    sheet.add_argument("--samples", type=Path, default=None, help="sample folder (default: assets/samples)")
    sheet.add_argument("--columns", type=int, default=8)
    sheet.set_defaults(handler=_contact_sheet)
    ensure = actions.add_parser("ensure", help="build the default sample set only if it is missing")
    ensure.set_defaults(handler=_ensure)


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise InvalidInput(f"“{text}” is not a size; write it as WIDTHxHEIGHT, e.g. 1600x1200.") from None
    if not (64 <= width <= 8192 and 64 <= height <= 8192):
        raise InvalidInput("Sample sizes must be between 64 and 8192 pixels per side.")
    return width, height


def _report(p: Progress) -> None:
    sys.stderr.write(f"\r[{p.fraction:6.1%}] {p.message:<48}")
    sys.stderr.flush()


def _build(args: argparse.Namespace) -> int:
    from app.content.render.spec import SUBJECT_IDS
    from app.content.samples import SAMPLES_DIR, build_samples

    width, height = _parse_size(args.size)
    unknown = [s for s in args.subjects or [] if s not in SUBJECT_IDS]
    if unknown:
        raise InvalidInput(f"Unknown subject “{unknown[0]}”; choose from: {', '.join(SUBJECT_IDS)}.")
    out = args.out or SAMPLES_DIR
    started = time.perf_counter()
    index = build_samples(
        out, width=width, height=height, subjects=tuple(args.subjects) if args.subjects else None,
        workers=args.workers, progress=_report,
    )
    sys.stderr.write("\n")
    print(f"built {len(index.entries)} samples in {out} in {time.perf_counter() - started:.1f} s")
    return 0


def _ensure(args: argparse.Namespace) -> int:
    from app.content.samples import SAMPLES_DIR, build_samples, iter_missing

    if next(iter_missing(), None) is None:
        return 0
    sys.stderr.write("Building the heritage sample images (first run only, about a minute)…\n")
    build_samples(SAMPLES_DIR, progress=_report)
    sys.stderr.write("\n")
    return 0


def _contact_sheet(args: argparse.Namespace) -> int:
    from app.content.contact_sheet import contact_sheet
    from app.content.samples import SAMPLES_DIR, load_index
    from app.imaging.writer import save_image

    index = load_index(args.samples or SAMPLES_DIR)
    if index is None:
        raise InvalidInput("The samples are not built yet; run “gyeongju-ai samples build” first.")
    if args.columns < 1:
        raise InvalidInput("--columns must be at least 1.")
    save_image(contact_sheet(index, columns=args.columns), args.out, quality=85, overwrite=True)
    print(f"wrote {args.out}")
    return 0
