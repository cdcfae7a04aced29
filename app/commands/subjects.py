"""Reference-gallery commands: ``subjects add``, ``subjects list``, ``subjects remove``.

The gallery lives in ``<data>/subjects`` (``GYEONGJU_AI_HOME`` overrides). ``classify`` names the
subject of each photo from it (see docs/subjects.md). Bad input is one line on stderr and exit 2,
with nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``subjects`` command and its sub-commands to the main parser."""
    subjects = sub.add_parser("subjects", help="reference photos that name a museum's own sites and treasures")
    actions = subjects.add_subparsers(dest="subjects_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add reference photos of a subject (creates it when new)")
    add.add_argument("subject_id", metavar="ID", help="a taxonomy subject id (e.g. cheomseongdae) or a new id")
    add.add_argument("photos", nargs="+", metavar="PHOTO")
    add.add_argument("--name-en", help="English name (required for an id that is not in the taxonomy)")
    add.add_argument("--name-ko", help="Korean name")
    add.add_argument("--type", dest="type_id", help="heritage type id of the taxonomy (default: other)")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="list the subjects of the gallery")
    listing.add_argument("--json", action="store_true", help="one JSON object per subject")
    listing.set_defaults(handler=_list)

    remove = actions.add_parser("remove", help="remove reference photos (by path or sha256) or a whole subject")
    remove.add_argument("subject_id", metavar="ID")
    remove.add_argument("photos", nargs="*", metavar="PHOTO", help="paths or sha256 (prefixes); none: the subject")
    remove.set_defaults(handler=_remove)


def _warn(message: str) -> None:
    sys.stderr.write(f"gyeongju-ai: {message}\n")


def _add(args: argparse.Namespace) -> int:
    from app.vision.subjects.manage import add_photos

    result = add_photos(
        args.subject_id, args.photos, name_en=args.name_en, name_ko=args.name_ko, type_id=args.type_id
    )
    for path in result.already_there:
        _warn(f"already a reference of “{args.subject_id}”: {path}")
    record = result.record
    print(
        f"{record.id}\t{record.name_en}\t{len(result.added)} photo(s) added, "
        f"{len(record.references)} reference photo(s) in all"
    )
    return 0


def _summary(record: Any, folder: Any) -> dict[str, Any]:
    return {
        **{k: v for k, v in record.to_json().items() if k not in ("version", "embeddings")},
        "folder": str(folder),
    }


def _list(args: argparse.Namespace) -> int:
    from app.vision.subjects.gallery import Gallery

    gallery = Gallery()
    records = gallery.records()
    for record in records:
        if args.json:
            print(json.dumps(_summary(record, gallery.folder(record.id)), ensure_ascii=False), flush=True)
        else:
            print(f"{record.id}\t{record.name_en}\t{record.name_ko}\t{record.type}\t{len(record.references)} photo(s)")
    if not records and not args.json:
        _warn(f"the reference gallery ({gallery.root}) is empty; add photos with “gyeongju-ai subjects add”.")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from app.vision.subjects.manage import remove_photos

    record = remove_photos(args.subject_id, args.photos)
    if record is None:
        print(f"{args.subject_id}\tremoved")
    else:
        print(f"{record.id}\t{len(args.photos)} photo(s) removed, {len(record.references)} left")
    return 0
