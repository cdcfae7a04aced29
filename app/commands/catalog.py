"""``gyeongju-ai catalog create|import|status|tag|review|search``: the collection catalogue from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.commands.catalog_export import register_export
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
    _register_tag(actions)
    _register_cluster(actions)
    _register_review(actions)
    _register_search(actions)
    register_export(actions)
    _register_teach(actions)


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


def _item(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an item number, not “{text}”") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"item numbers start at 1, not {value}")
    return value


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a score between 0 and 1, not “{text}”") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a score is between 0 and 1, not {value}")
    return value


def _batch_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of photos, not “{text}”") from None
    if not 1 <= value <= 256:
        raise argparse.ArgumentTypeError(f"a batch holds 1 to 256 photos, not {value}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not “{text}”") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, not {value}")
    return value


def _register_tag(actions: argparse._SubParsersAction) -> None:
    tag = actions.add_parser("tag", help="tag every readable item not yet tagged by the current model versions")
    tag.add_argument("db", type=Path, help="an existing catalogue file")
    tag.add_argument("--model", action="append", metavar="ID",
                     help="also run this taught model (repeatable); the default tagger always runs")
    where = tag.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="spread the work over this Dask cluster (default: the collection's cluster, if set)")
    where.add_argument("--in-process", action="store_true",
                       help="tag in this process even when the collection names a cluster")
    tag.add_argument("--batch-size", type=_batch_size, default=None, metavar="N",
                     help="photos per inference batch and per saved transaction (default 16)")
    tag.set_defaults(handler=_tag)


def _register_cluster(actions: argparse._SubParsersAction) -> None:
    cluster = actions.add_parser(
        "cluster", help="show, set or clear the Dask cluster this collection is tagged on (kept in the catalogue)"
    )
    cluster.add_argument("db", type=Path, help="an existing catalogue file")
    what = cluster.add_mutually_exclusive_group()
    what.add_argument("--set", metavar="tcp://HOST:PORT", help="tag this collection on this Dask scheduler")
    what.add_argument("--clear", action="store_true", help="tag this collection in-process again")
    cluster.add_argument("--check", action="store_true", help="connect to the cluster and say what it has")
    cluster.set_defaults(handler=_cluster)


def _cluster(args: argparse.Namespace) -> int:
    from app.catalog.cluster import check_scheduler, scheduler_address, set_scheduler_address
    from app.catalog.operations import open_catalog

    with open_catalog(args.db) as catalog:
        if args.set is not None or args.clear:
            set_scheduler_address(catalog, None if args.clear else args.set)
        address = scheduler_address(catalog)
    if address is None:
        print("this collection is tagged in-process (no Dask cluster set)")
        return 0
    print(f"this collection is tagged on the Dask scheduler at {address}")
    if args.check:
        print(f"reached {check_scheduler(address)}")
    return 0


def _register_review(actions: argparse._SubParsersAction) -> None:
    review = actions.add_parser("review", help="the review queue, and curators' verdicts on the AI's answers")
    review.add_argument("db", type=Path, help="an existing catalogue file")
    what = review.add_mutually_exclusive_group(required=True)
    what.add_argument("--list", action="store_true", help="items waiting for review, least confident first")
    what.add_argument("--accept", type=_item, nargs="+", metavar="ITEM", help="accept the model's best answer")
    what.add_argument("--reject", type=_item, metavar="ITEM", help="the model's best answer is wrong")
    what.add_argument("--correct", nargs=2, metavar=("ITEM", "LABEL"), help="the item shows LABEL instead")
    what.add_argument("--add", nargs=2, metavar=("ITEM", "LABEL"), help="the item also shows LABEL")
    what.add_argument("--accept-above", type=_score, metavar="SCORE",
                      help="accept every unreviewed item whose best score is at least SCORE")
    what.add_argument("--undo", action="store_true", help="take back the last review action")
    review.add_argument("--model", default=None, metavar="ID",
                        help="whose answers to review (default: the default tagger)")
    review.add_argument("--by", default=None, metavar="NAME", help="who decides (default: your user name)")
    review.add_argument("--note", default=None, help="a note kept with the decision (searchable)")
    review.add_argument("--limit", type=_item, default=50, metavar="N", help="items per page (default 50)")
    review.add_argument("--offset", type=_count, default=0, metavar="N", help="skip this many items")
    review.add_argument("--json", action="store_true", help="print one JSON object")
    review.set_defaults(handler=_review)


def _register_search(actions: argparse._SubParsersAction) -> None:
    search = actions.add_parser("search", help="find items by text, tag, review state, model, score, site or date")
    search.add_argument("db", type=Path, help="an existing catalogue file")
    search.add_argument("query", nargs="?", default="", metavar="QUERY",
                        help="words in titles, descriptions or notes (all must appear)")
    search.add_argument("--tag", help="a label id or its name in Korean, English, Chinese or Japanese")
    search.add_argument("--state", choices=("unreviewed", "accepted", "rejected", "corrected"))
    search.add_argument("--model", metavar="ID", help="only items this model tagged (its scores for the band)")
    search.add_argument("--min-score", type=_score, metavar="SCORE")
    search.add_argument("--max-score", type=_score, metavar="SCORE")
    search.add_argument("--site", help="part of the Dublin Core coverage (place)")
    search.add_argument("--since", metavar="DATE", help="taken on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    search.add_argument("--until", metavar="DATE", help="taken on or before (YYYY, YYYY-MM or YYYY-MM-DD)")
    search.add_argument("--similar", type=_item, metavar="ITEM", help="rank by likeness to this item")
    search.add_argument("--duplicates", action="store_true", help="print groups of near-duplicate items instead")
    search.add_argument("--limit", type=_item, default=50, metavar="N", help="items per page (default 50)")
    search.add_argument("--offset", type=_count, default=0, metavar="N", help="skip this many items")
    search.add_argument("--json", action="store_true", help="print one JSON object")
    search.set_defaults(handler=_search)


def _tag(args: argparse.Namespace) -> int:
    import contextlib

    from app.catalog.cluster import tagging_executor
    from app.catalog.operations import DEFAULT_BATCH_SIZE, open_catalog, tag_items

    with contextlib.ExitStack() as stack:
        catalog = stack.enter_context(open_catalog(args.db))
        executor, where = stack.enter_context(tagging_executor(catalog, args.scheduler, args.in_process))
        if executor is not None:
            sys.stderr.write(f"{where}\n")
        report = _StderrProgress()
        try:
            summary = tag_items(
                catalog, args.model, report, batch_size=args.batch_size or DEFAULT_BATCH_SIZE, executor=executor
            )
        finally:
            report.end()
    for reason in summary.skipped[:10]:
        sys.stderr.write(f"gyeongju-ai: skipped: {reason}\n")
    if len(summary.skipped) > 10:
        sys.stderr.write(f"gyeongju-ai: … and {len(summary.skipped) - 10} more unreadable photos\n")
    print(f"tagged {summary.line()}")
    return 0


def _say(args: argparse.Namespace, decided: object, sentence: str) -> None:
    if args.json:
        print(json.dumps(decided.to_json(), ensure_ascii=False, sort_keys=True))  # type: ignore[attr-defined]
    else:
        print(sentence)


def _review(args: argparse.Namespace) -> int:
    from app.catalog import operations as ops
    from app.vision.recognition import DEFAULT_MODEL_ID

    model = args.model or DEFAULT_MODEL_ID
    with ops.open_catalog(args.db) as catalog:
        if args.list:
            page = ops.review_queue(catalog, model=model, limit=args.limit, offset=args.offset)
            if args.json:
                print(json.dumps(page.to_json(), ensure_ascii=False, sort_keys=True))
            else:
                for entry in page.entries:
                    print(f"{entry.item_id}\t{entry.score:.3f}\t{entry.label}\t{entry.path}")
                sys.stderr.write(f"{page.remaining} item(s) waiting for review ({model} {page.model_version})\n")
            return 0
        who = {"by": args.by}
        if args.accept:
            if len(args.accept) == 1:
                done = ops.accept(catalog, args.accept[0], model=model, note=args.note, **who)
            else:
                done = ops.bulk_accept(catalog, args.accept, model=model, **who)
        elif args.accept_above is not None:
            done = ops.bulk_accept(catalog, min_score=args.accept_above, model=model, **who)
        elif args.reject:
            done = ops.reject(catalog, args.reject, model=model, note=args.note, **who)
        elif args.correct or args.add:
            item_text, label = args.correct or args.add
            item = _item_or_refuse(item_text)
            change = ops.correct if args.correct else ops.add_label
            done = change(catalog, item, label, note=args.note, **who)
        else:
            done = ops.undo_last(catalog, **who)
    verb = "undid" if args.undo else done.action
    shown = ", ".join(f"{i} “{label}”" for i, label in zip(done.items, done.labels, strict=True))
    _say(args, done, f"{verb} {len(done.items)} item(s) (review action {done.batch}): {shown}")
    return 0


def _item_or_refuse(text: str) -> int:
    try:
        return _item(text)
    except argparse.ArgumentTypeError as exc:
        raise InvalidInput(f"ITEM must be an item number: {exc}.") from None


def _search(args: argparse.Namespace) -> int:
    from app.catalog.operations import SearchQuery, duplicate_groups, open_catalog, search_items

    with open_catalog(args.db) as catalog:
        if args.duplicates:
            groups = duplicate_groups(catalog)
            if args.json:
                print(json.dumps({"groups": groups}, sort_keys=True))
            else:
                for group in groups:
                    print("\t".join(str(i) for i in group))
            return 0
        query = SearchQuery(
            text=args.query, tag=args.tag, state=args.state, model=args.model, min_score=args.min_score,
            max_score=args.max_score, site=args.site, since=args.since, until=args.until, similar_to=args.similar,
            limit=args.limit, offset=args.offset,
        )
        result = search_items(catalog, query)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, sort_keys=True))
    else:
        for hit in result.hits:
            score = "" if hit.score is None else f"{hit.score:.3f}"
            extra = "" if hit.similarity is None else f"\t~{hit.similarity:.3f}"
            print(f"{hit.item_id}\t{hit.review}\t{hit.label or ''}\t{score}\t{hit.path}{extra}")
        sys.stderr.write(f"{result.total} item(s) found\n")
    return 0


def _register_teach(actions: argparse._SubParsersAction) -> None:
    teach = actions.add_parser("teach", help="teach a model from the labels curators approved (a new version)")
    teach.add_argument("db", type=Path, help="an existing catalogue file")
    teach.add_argument("--name", required=True, metavar="ID",
                       help="the taught model (lower-case letters, digits, _ or -); an existing one gets a new version")
    teach.add_argument("--features", choices=("auto", "photos", "stored"), default="auto",
                       help="read the photos again (the teaching recipe) or use the stored embeddings (default auto)")
    teach.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    teach.set_defaults(handler=_teach)


def _teach(args: argparse.Namespace) -> int:
    from app.catalog.operations import open_catalog, teach_from_collection

    report = _StderrProgress()
    with open_catalog(args.db) as catalog:
        try:
            summary = teach_from_collection(catalog, args.name, report, features=args.features)
        finally:
            report.end()
    for message in summary.skipped[:10]:
        sys.stderr.write(f"gyeongju-ai: skipped: {message}\n")
    if len(summary.skipped) > 10:
        sys.stderr.write(f"gyeongju-ai: … and {len(summary.skipped) - 10} more photos left out\n")
    print(json.dumps(summary.to_json(), ensure_ascii=False, sort_keys=True) if args.json else summary.text())
    return 0
