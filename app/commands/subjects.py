"""Reference-gallery commands: ``subjects add``, ``subjects create``, ``subjects list``, ``subjects remove``.

Each calls the named functions of :mod:`app.vision.subjects.manage`, as the Studio's References page does.

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
    _credit_flags(add)
    add.set_defaults(handler=_add)

    create = actions.add_parser("create", help="create a museum's own subject (refused when the id is taken)")
    create.add_argument("subject_id", metavar="ID", help="a new id: lower-case letters, digits, “_” or “-”")
    create.add_argument("photos", nargs="+", metavar="PHOTO")
    create.add_argument("--name-en", required=True, help="English name")
    create.add_argument("--name-ko", help="Korean name")
    create.add_argument("--type", dest="type_id", help="heritage type id of the taxonomy (default: other)")
    _credit_flags(create)
    create.set_defaults(handler=_create)

    listing = actions.add_parser("list", help="list the subjects of the gallery")
    listing.add_argument("--json", action="store_true", help="one JSON object per subject")
    listing.add_argument("--all", action="store_true", help="also the taxonomy's subjects without reference photos")
    listing.set_defaults(handler=_list)

    remove = actions.add_parser("remove", help="remove reference photos (by path or sha256) or a whole subject")
    remove.add_argument("subject_id", metavar="ID")
    remove.add_argument("photos", nargs="*", metavar="PHOTO", help="paths or sha256 (prefixes); none: the subject")
    remove.set_defaults(handler=_remove)


def _warn(message: str) -> None:
    sys.stderr.write(f"gyeongju-ai: {message}\n")


def _credit_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--credit", default="", help="who made the photos (recorded with each of them)")
    parser.add_argument("--licence", default="", help="the photos' licence (recorded with each of them)")


def _credits(args: argparse.Namespace) -> dict[str, Any]:
    from app.vision.subjects.manage import PhotoCredit

    if not (args.credit or args.licence):
        return {}
    return {str(photo): PhotoCredit(args.credit, args.licence) for photo in args.photos}


def _add(args: argparse.Namespace) -> int:
    from app.vision.subjects.manage import add_photos

    result = add_photos(
        args.subject_id, args.photos, name_en=args.name_en, name_ko=args.name_ko, type_id=args.type_id,
        credits=_credits(args),
    )
    return _report(args, result)


def _create(args: argparse.Namespace) -> int:
    from app.vision.subjects.manage import create_subject

    result = create_subject(
        args.subject_id, args.photos, name_en=args.name_en, name_ko=args.name_ko, type_id=args.type_id,
        credits=_credits(args),
    )
    return _report(args, result)


def _report(args: argparse.Namespace, result: Any) -> int:
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
    from app.vision.subjects.manage import list_subjects

    gallery = Gallery()
    entries = list_subjects(gallery, include_taxonomy=args.all)
    for entry in entries:
        if args.json:
            row = _summary(entry.record, gallery.folder(entry.id)) if entry.record else {
                "id": entry.id, "name_en": entry.name_en, "name_ko": entry.name_ko, "type": entry.type,
                "references": [],
            }
            print(json.dumps({**row, "in_taxonomy": entry.in_taxonomy}, ensure_ascii=False), flush=True)
        else:
            photos = len(entry.references)
            print(f"{entry.id}\t{entry.name_en}\t{entry.name_ko}\t{entry.type}\t{photos} photo(s)")
    if not any(entry.record for entry in entries) and not args.json:
        _warn(f"the reference gallery ({gallery.root}) is empty; add photos with “gyeongju-ai subjects add”.")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from app.vision.subjects.manage import remove_photos, remove_subject

    if not args.photos:
        remove_subject(args.subject_id)
        record = None
    else:
        record = remove_photos(args.subject_id, args.photos)
    if record is None:
        print(f"{args.subject_id}\tremoved")
    else:
        print(f"{record.id}\t{len(args.photos)} photo(s) removed, {len(record.references)} left")
    return 0
