"""``gyeongju-ai catalog create|import|status``: the collection catalogue from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.domain.errors import InvalidInput
from app.domain.progress import Progress


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("catalog", help="build and inspect a collection catalogue (one SQLite file)")
    actions = parser.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create a new, empty catalogue file")
    create.add_argument("db", type=Path, help="the catalogue file to create (e.g. collection.gjcat)")
    create.set_defaults(handler=_create)
    imp = actions.add_parser("import", help="add image files and folders (recursively); safe to re-run")
    imp.add_argument("db", type=Path, help="an existing catalogue file")
    imp.add_argument("paths", type=Path, nargs="+", metavar="PATH", help="image files or folders")
    imp.add_argument("--workers", type=int, default=None, help="reading processes (default: cores, at most 4)")
    imp.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                     help="time one file may take to read before it is recorded as unreadable (default 60)")
    imp.set_defaults(handler=_import)
    status = actions.add_parser("status", help="counts and an integrity check")
    status.add_argument("db", type=Path, help="an existing catalogue file")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.set_defaults(handler=_status)


def _create(args: argparse.Namespace) -> int:
    from app.catalog.operations import create_catalog

    with create_catalog(args.db) as catalog:
        print(f"created catalogue {catalog.path} (schema version {catalog.schema_version})")
    return 0


class _StderrProgress:
    """One rewritten progress line on stderr, ended with a newline only if it was ever written."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, p: Progress) -> None:
        self.shown = True
        sys.stderr.write(f"\r[{p.fraction:6.1%}] {p.message:<60}")
        sys.stderr.flush()

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _import(args: argparse.Namespace) -> int:
    from app.catalog.operations import DEFAULT_FILE_TIMEOUT_S, import_paths, open_catalog

    if args.workers is not None and not 1 <= args.workers <= 64:
        raise InvalidInput("--workers must be between 1 and 64.")
    timeout = DEFAULT_FILE_TIMEOUT_S if args.timeout is None else args.timeout
    if not timeout > 0:
        raise InvalidInput("--timeout must be more than 0 seconds.")
    report = _StderrProgress()
    with open_catalog(args.db) as catalog:
        try:
            summary = import_paths(catalog, args.paths, report, per_file_timeout_s=timeout, workers=args.workers)
        finally:
            report.end()
    print(f"imported {summary.line()}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from app.catalog.operations import catalog_status, open_catalog

    with open_catalog(args.db) as catalog:
        status = catalog_status(catalog)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, sort_keys=True))
    else:
        for key, value in status.items():
            print(f"{key:>15}: {value}")
    return 0 if status["integrity"] == "ok" else 1
