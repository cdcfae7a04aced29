"""Restorations of catalogue items: which restored file came from which picture, and how.

When a curator saves a restoration in the Studio workbench for a picture of the catalogue, the
save's provenance record (``OUT.json``, see ``app/vision/restoration/provenance.py``) is copied
into the ``restorations`` table: the output's path and sha256, the picture's sha256, and the whole
record (steps, parameters, model ids, versions and sha256, app version, time). The record must
describe *this* picture: a file restored from other bytes is refused rather than misfiled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.catalog.database import Catalog, now_iso
from app.domain.errors import InvalidInput
from app.imaging.reader import quoted

#: Provenance records this module understands (``provenance.SCHEMA``).
RECORD_SCHEMA = "gyeongju-ai/provenance/1"


@dataclass(frozen=True)
class Restoration:
    """One restored file of an item, with what made it."""

    id: int
    item_id: int
    output_path: str
    output_sha256: str
    input_sha256: str
    created_at: str
    steps: tuple[str, ...]
    models: tuple[dict[str, str], ...]
    record: dict[str, Any]


def _models(record: dict[str, Any]) -> tuple[dict[str, str], ...]:
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for step in record.get("steps", []):
        model = step.get("model") if isinstance(step, dict) else None
        if isinstance(model, dict) and model.get("id"):
            key = (str(model.get("id")), str(model.get("version", "")))
            seen.setdefault(key, {k: str(v) for k, v in model.items()})
    return tuple(seen.values())


def _restoration(row: Any) -> Restoration:
    record = json.loads(row["record"])
    steps = tuple(str(s.get("name")) for s in record.get("steps", []) if isinstance(s, dict) and s.get("ran", True))
    return Restoration(
        int(row["id"]), int(row["item_id"]), str(row["output_path"]), str(row["output_sha256"]),
        str(row["input_sha256"]), str(row["created_at"]), steps, _models(record), record,
    )


def read_record(sidecar: str | Path) -> dict[str, Any]:
    """A provenance sidecar as a dict; InvalidInput (one sentence) when it is not one."""
    path = Path(sidecar)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(f"The provenance record {quoted(path)} cannot be read: {exc.strerror or exc}.") from None
    except ValueError:
        raise InvalidInput(f"{quoted(path)} is not a provenance record (it is not JSON).") from None
    ok = (
        isinstance(record, dict) and record.get("schema") == RECORD_SCHEMA
        and isinstance(record.get("input"), dict) and isinstance(record.get("output"), dict)
        and record["input"].get("sha256") and record["output"].get("sha256") and record["output"].get("path")
    )
    if not ok:
        raise InvalidInput(f"{quoted(path)} is not a provenance record of this app.")
    return record


def record_restoration(catalog: Catalog, item_id: int, sidecar: str | Path) -> Restoration:
    """File the restoration described by ``sidecar`` under ``item_id``; the same output twice is one row."""
    record = read_record(sidecar)
    row = catalog.conn.execute("SELECT sha256 FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise InvalidInput(f"There is no item {item_id} in this catalogue.")
    if row[0] != record["input"]["sha256"]:
        raise InvalidInput(
            f"The restoration {quoted(Path(record['output']['path']))} was made from a different picture than "
            f"item {item_id}, so it was not recorded."
        )
    with catalog.transaction() as conn:
        conn.execute(
            "INSERT INTO restorations (item_id, output_path, output_sha256, input_sha256, record, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item_id, output_sha256) DO UPDATE SET "
            "output_path = excluded.output_path, record = excluded.record, created_at = excluded.created_at",
            (
                item_id, str(record["output"]["path"]), str(record["output"]["sha256"]),
                str(record["input"]["sha256"]), json.dumps(record, ensure_ascii=False),
                str(record.get("created_utc") or now_iso()),
            ),
        )
        saved = conn.execute(
            "SELECT * FROM restorations WHERE item_id = ? AND output_sha256 = ?",
            (item_id, str(record["output"]["sha256"])),
        ).fetchone()
    return _restoration(saved)


def restorations_of(catalog: Catalog, item_id: int) -> list[Restoration]:
    """Every recorded restoration of an item, newest first."""
    rows = catalog.conn.execute(
        "SELECT * FROM restorations WHERE item_id = ? ORDER BY created_at DESC, id DESC", (item_id,)
    )
    return [_restoration(r) for r in rows]
