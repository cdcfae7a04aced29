"""``gyeongju-ai models list|verify|export|import``: installed models, their integrity, sharing them."""

from __future__ import annotations

import argparse
import json
import sys

from app.vision.registry import default_registry, export_model, import_model


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("models", help="list, verify, export and import models")
    actions = parser.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print the model table")
    listing.add_argument("--json", action="store_true", help="one JSON object per model")
    listing.set_defaults(handler=_list)
    verify = actions.add_parser("verify", help="check every model's weights; exit 1 if any fails")
    verify.set_defaults(handler=_verify)
    export = actions.add_parser("export", help="write a model (card + weights) into one shareable file")
    export.add_argument("model_id", metavar="ID")
    export.add_argument("file", metavar="FILE")
    export.set_defaults(handler=_export)
    imported = actions.add_parser("import", help="install a model file made by “models export”")
    imported.add_argument("file", metavar="FILE")
    imported.set_defaults(handler=_import)


def _list(args: argparse.Namespace) -> int:
    registry = default_registry()
    rows = []
    for spec in registry.specs():
        rows.append(
            {
                "id": spec.id,
                "version": spec.version,
                "task": spec.task,
                "architecture": spec.architecture,
                "licence": spec.licence,
                "sha256": spec.weights.sha256,
                "description_en": spec.description_en,
                "description_ko": spec.description_ko,
            }
        )
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    headers = ("id", "version", "task", "architecture", "licence", "sha256")
    table = [[str(row[h]) if h != "sha256" else str(row[h])[:12] for h in headers] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in table)) if table else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for r in table:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    return 0


def _verify(args: argparse.Namespace) -> int:
    registry = default_registry()
    failures = 0
    for problem in registry.problems:
        print(f"FAIL  {problem}")
        failures += 1
    for result in registry.verify_all():
        status = "ok  " if result.ok else "FAIL"
        print(f"{status}  {result.spec.id}  {result.message if not result.ok else result.path}")
        failures += 0 if result.ok else 1
    if failures:
        sys.stderr.write(f"gyeongju-ai: {failures} model(s) failed verification.\n")
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    target = export_model(default_registry(), args.model_id, args.file)
    print(json.dumps({"exported": args.model_id, "file": str(target)}, ensure_ascii=False))
    return 0


def _import(args: argparse.Namespace) -> int:
    spec = import_model(default_registry(), args.file)
    print(json.dumps({"imported": spec.id, "folder": str(spec.folder), "model": spec.provenance()}, ensure_ascii=False))
    return 0
