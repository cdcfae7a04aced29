"""What the catalogue holds about one picture, read once and handed to every export format.

Reading is plain SQL over the schema in :mod:`app.catalog.schema`; nothing here writes. Text is
decoded leniently (a value stored as broken UTF-8 by another program becomes U+FFFD instead of
stopping the export) and cleaned for XML (:func:`.text.clean_text`), except file paths, which
must stay exact to find the files.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.catalog.exports.text import clean_text, language_tag


@dataclass(frozen=True)
class DcValue:
    """One Dublin Core value; ``language`` is a checked language tag or None (untagged)."""

    value: str
    language: str | None


@dataclass(frozen=True)
class AiTag:
    """One model output for a picture."""

    label: str
    score: float
    model_id: str
    model_version: str
    model_sha256: str
    created_at: str


@dataclass(frozen=True)
class Decision:
    """One curator decision about a label (the newest one per label counts)."""

    id: int
    label: str
    action: str  # accepted | rejected | corrected | added
    decided_by: str
    decided_at: str
    note: str | None


@dataclass(frozen=True)
class ItemRecord:
    """One catalogue item with everything the exports describe.

    ``path`` and ``other_paths`` are exactly as stored (they must find the file); every other text
    is already cleaned. Use :attr:`display_path` to write a path into an export.
    """

    id: int
    path: str
    sha256: str | None
    state: str
    reason: str | None
    width: int | None
    height: int | None
    format: str | None
    exif_date: str | None
    camera: str | None
    other_paths: tuple[str, ...] = ()
    dc: dict[str, tuple[DcValue, ...]] = field(default_factory=dict)
    ai_tags: tuple[AiTag, ...] = ()
    decisions: tuple[Decision, ...] = ()

    @property
    def display_path(self) -> str:
        return clean_text(self.path)

    @property
    def file_name(self) -> str:
        """The original's file name (last path component, either separator), cleaned."""
        return clean_text(self.path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1])

    def dc_values(self, name: str) -> tuple[DcValue, ...]:
        """All values of one Dublin Core element, in catalogue order."""
        return self.dc.get(name, ())


def _lenient(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


@contextlib.contextmanager
def lenient_text(conn: sqlite3.Connection) -> Iterator[None]:
    """Decode TEXT leniently while exporting; the connection's own setting is restored after."""
    previous = conn.text_factory
    conn.text_factory = _lenient
    try:
        yield
    finally:
        conn.text_factory = previous


def count_items(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM items").fetchone()[0])


def iter_items(conn: sqlite3.Connection) -> Iterator[ItemRecord]:
    """Every item in id order (stable across runs, so output names are too).

    Call inside :func:`lenient_text`. Items are fetched in pages so that a collection of any size
    is never held in memory at once.
    """
    last_id = -1
    while True:
        rows = conn.execute(
            "SELECT id, path, sha256, state, reason, width, height, format, exif_date, camera FROM items "
            "WHERE id > ? ORDER BY id LIMIT 256",
            (last_id,),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield _record(conn, row)
        last_id = rows[-1]["id"]


def _record(conn: sqlite3.Connection, row: sqlite3.Row) -> ItemRecord:
    item_id = row["id"]
    dc: dict[str, list[DcValue]] = {}
    for dc_row in conn.execute(
        "SELECT field, language, value FROM dc WHERE item_id = ? ORDER BY field, language, position, id", (item_id,)
    ):
        value = DcValue(clean_text(dc_row["value"]), language_tag(dc_row["language"]))
        dc.setdefault(dc_row["field"], []).append(value)
    tags = tuple(
        AiTag(
            clean_text(r["label"]), float(r["score"]), clean_text(r["model_id"]), clean_text(r["model_version"]),
            clean_text(r["model_sha256"]), clean_text(r["created_at"]),
        )
        for r in conn.execute(
            "SELECT label, score, model_id, model_version, model_sha256, created_at FROM ai_tags "
            "WHERE item_id = ? ORDER BY score DESC, id",
            (item_id,),
        )
    )
    decisions = tuple(
        Decision(r["id"], clean_text(r["label"]), r["action"], clean_text(r["decided_by"]),
                 clean_text(r["decided_at"]), None if r["note"] is None else clean_text(r["note"]))
        for r in conn.execute(
            "SELECT id, label, action, decided_by, decided_at, note FROM decisions WHERE item_id = ? "
            "ORDER BY id",  # insertion order: the newest is last, as review_state counts it
            (item_id,),
        )
    )
    others = tuple(
        r[0] for r in conn.execute(
            "SELECT path FROM files WHERE item_id = ? AND path != ? ORDER BY path", (item_id, row["path"])
        )
    )
    return ItemRecord(
        id=item_id,
        path=row["path"],
        sha256=row["sha256"],
        state=row["state"],
        reason=row["reason"],
        width=row["width"],
        height=row["height"],
        format=row["format"],
        exif_date=row["exif_date"],
        camera=None if row["camera"] is None else clean_text(row["camera"]),
        other_paths=others,
        dc={name: tuple(values) for name, values in dc.items()},
        ai_tags=tags,
        decisions=decisions,
    )
