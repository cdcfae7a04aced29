"""``gyeongju-ai catalog export DB --format xmp|dc-csv|dc-json|iiif OUT_DIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.domain.progress import Progress

_FORMATS = ("xmp", "dc-csv", "dc-json", "iiif")  # app.catalog.exports.run.FORMATS, without importing it


def register_export(actions: argparse._SubParsersAction) -> None:
    """Add ``export`` to the ``catalog`` actions."""
    exp = actions.add_parser(
        "export",
        help="write XMP sidecars, Dublin Core CSV/JSON or a static IIIF site (originals are only read)",
        description="Export every picture of a catalogue. Pictures that cannot be exported are skipped "
        "with a reason; the folder's gyeongju-export.json lists them.",
    )
    exp.add_argument("db", type=Path, help="an existing catalogue file")
    exp.add_argument("--format", required=True, choices=_FORMATS, help="what to write")
    exp.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="the folder to write into (created if absent)")
    exp.add_argument("--base-url", default="http://127.0.0.1:8000/",
                     help="iiif: the address OUT_DIR will be served at (default %(default)s)")
    exp.add_argument("--min-score", type=float, default=0.0, metavar="SCORE",
                     help="leave out unreviewed AI suggestions scoring below SCORE (0–1, default 0)")
    exp.add_argument("--bom", action="store_true", help="dc-csv: start with a byte-order mark (for Excel)")
    exp.set_defaults(handler=_export)


class _StderrProgress:
    """One rewritten progress line on stderr, ended with a newline only if it was ever written."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, p: Progress) -> None:
        self.shown = True
        sys.stderr.write(f"\r[{p.fraction:6.1%}] {p.message[:60]:<60}")
        sys.stderr.flush()

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _export(args: argparse.Namespace) -> int:
    from app.catalog.operations import export_catalog, open_catalog

    report = _StderrProgress()
    with open_catalog(args.db) as catalog:
        try:
            summary = export_catalog(
                catalog, args.format, args.out_dir, report,
                base_url=args.base_url, min_score=args.min_score, csv_bom=args.bom,
            )
        finally:
            report.end()
    for skipped in summary.skipped:
        line = f"skipped {skipped.path}: {skipped.reason}"
        # One line each, whatever the path holds.
        sys.stderr.write("gyeongju-ai: " + " ".join(line.splitlines()) + "\n")
    print(f"exported {summary.line()}")
    return 0
