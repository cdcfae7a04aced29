"""What a collection browser reads: matching ids, a few rows at a time, one item in full, thumbnails.

Views of large collections hold item ids only and fetch what they show a block at a time (the
Anki browser's way): :func:`item_ids` gives every id matching a :class:`SearchQuery` in one
indexed query (the filters of :mod:`app.catalog.search`), :func:`cards` the few fields a grid cell
shows for a block of ids, :func:`item_detail` one item with its tags and decisions. Thumbnails are
the ≤ 256 px JPEGs the importer stored by sha256; :func:`make_thumbnail` makes a missing one from
the original (read only) and stores it for next time.
"""

from __future__ import annotations

import io
import os
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.catalog import search
from app.catalog.database import Catalog
from app.catalog.probe import THUMBNAIL_SIDE
from app.catalog.review import queue_version
from app.catalog.search import SearchQuery
from app.domain.errors import GyeongjuError, InvalidInput
from app.vision.recognition import DEFAULT_MODEL_ID

_THUMBNAIL_QUALITY = 82
#: Ids per ``IN (…)`` query (SQLite allows 32 766 parameters; small blocks keep each query short).
_BLOCK = 500


@dataclass(frozen=True)
class Card:
    """What a grid cell shows of one item."""

    item_id: int
    file_name: str
    title: str | None
    state: str  # ok / missing / unreadable
    label: str | None  # the model's best answer
    score: float | None
    review: str  # unreviewed / accepted / rejected / corrected
    sha256: str | None
    unknown: bool = False  # the model's answer was "unknown" / "not heritage": the label is only its best guess


@dataclass(frozen=True)
class AiTag:
    label: str
    score: float
    model_id: str
    model_version: str
    created_at: str


@dataclass(frozen=True)
class CuratorTag:
    label: str
    action: str  # accepted / rejected / corrected / added
    decided_by: str
    decided_at: str
    note: str | None


@dataclass(frozen=True)
class ItemDetail:
    """One item in full, for the detail pane."""

    item_id: int
    path: str
    sha256: str | None
    size: int | None
    width: int | None
    height: int | None
    format: str | None
    exif_date: str | None
    camera: str | None
    state: str
    reason: str | None
    review: str
    ai_tags: tuple[AiTag, ...]
    decisions: tuple[CuratorTag, ...]

    @property
    def file_name(self) -> str:
        return Path(self.path).name


def item_ids(catalog: Catalog, query: SearchQuery) -> array:
    """Every item id matching ``query`` (its page and similarity are ignored), by id.

    An ``array('q')``: 50 000 ids are 400 kB, and a view indexes it without building objects.
    """
    search._check_band(query)
    conn = catalog.conn
    model = query.model or DEFAULT_MODEL_ID
    version = queue_version(conn, model)
    if query.model is not None and version is None:
        raise InvalidInput(f"The model “{query.model}” has not tagged this catalogue, so nothing can match it.")
    where, params, _ = search._where(catalog, query, model, version)
    rows = conn.execute(f"SELECT i.id FROM items i WHERE {where} ORDER BY i.id", params)
    return array("q", (r[0] for r in rows))


def cards(
    catalog: Catalog, ids: Sequence[int], model: str = DEFAULT_MODEL_ID, language: str = "en"
) -> dict[int, Card]:
    """The grid fields of each of ``ids`` (ids not in the catalogue are left out).

    The title shown is the one in ``language`` when there is one, else an untagged one, else English,
    else the first.
    """
    conn = catalog.conn
    version = queue_version(conn, model)
    found: dict[int, Card] = {}
    for start in range(0, len(ids), _BLOCK):
        block = [int(i) for i in ids[start : start + _BLOCK]]
        marks = ",".join("?" * len(block))
        rows = conn.execute(
            "SELECT i.id, i.path, i.state, i.sha256, t.top_label, t.top_score, t.unknown, s.state AS review, "
            "(SELECT value FROM dc WHERE item_id = i.id AND field = 'title' "
            "ORDER BY language = ? DESC, language = '' DESC, language = 'en' DESC, language, position LIMIT 1) "
            "AS title FROM items i "
            "LEFT JOIN tag_runs t ON t.item_id = i.id AND t.model_id = ? AND t.model_version = ? "
            f"LEFT JOIN review_state s ON s.item_id = i.id WHERE i.id IN ({marks})",
            (language, model, version, *block),
        )
        for r in rows:
            found[int(r["id"])] = Card(
                int(r["id"]), os.path.basename(str(r["path"])), r["title"], str(r["state"]), r["top_label"],
                None if r["top_score"] is None else float(r["top_score"]), r["review"] or "unreviewed", r["sha256"],
                bool(r["unknown"]),
            )
    return found


def item_detail(catalog: Catalog, item_id: int) -> ItemDetail:
    """One item with every AI tag (all models and versions) and every standing curator decision."""
    conn = catalog.conn
    row = conn.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise InvalidInput(f"There is no item {item_id} in this catalogue.")
    review = conn.execute("SELECT state FROM review_state WHERE item_id = ?", (item_id,)).fetchone()
    ai = tuple(
        AiTag(str(t[0]), float(t[1]), str(t[2]), str(t[3]), str(t[4])) for t in conn.execute(
            "SELECT label, score, model_id, model_version, created_at FROM ai_tags WHERE item_id = ? "
            "ORDER BY created_at DESC, score DESC", (item_id,)
        )
    )
    decided = tuple(
        CuratorTag(str(d[0]), str(d[1]), str(d[2]), str(d[3]), d[4]) for d in conn.execute(
            "SELECT label, action, decided_by, decided_at, note FROM decisions WHERE item_id = ? ORDER BY id",
            (item_id,),
        )
    )
    return ItemDetail(
        item_id, str(row["path"]), row["sha256"], row["size"], row["width"], row["height"], row["format"],
        row["exif_date"], row["camera"], str(row["state"]), row["reason"], str(review[0]) if review else "unreviewed",
        ai, decided,
    )


def answers(catalog: Catalog, item_id: int, model: str = DEFAULT_MODEL_ID) -> list[tuple[str, float]]:
    """(label, score) the newest version of ``model`` gave an item, best first."""
    version = queue_version(catalog.conn, model)
    return [(str(r[0]), float(r[1])) for r in catalog.conn.execute(
        "SELECT label, score FROM ai_tags WHERE item_id = ? AND model_id = ? AND model_version = ? ORDER BY score DESC",
        (item_id, model, version),
    )]


def queued_scores(catalog: Catalog, ids: Sequence[int], model: str = DEFAULT_MODEL_ID) -> dict[int, float]:
    """item id → the model's top score, for those of ``ids`` that are in the review queue (no verdict)."""
    version = queue_version(catalog.conn, model)
    found: dict[int, float] = {}
    for start in range(0, len(ids), _BLOCK):
        block = [int(i) for i in ids[start : start + _BLOCK]]
        marks = ",".join("?" * len(block))
        for item_id, score in catalog.conn.execute(
            f"SELECT r.item_id, r.top_score FROM tag_runs r JOIN items i ON i.id = r.item_id "
            f"WHERE r.item_id IN ({marks}) AND r.model_id = ? AND r.model_version = ? AND r.reviewed = 0 "
            "AND i.state = 'ok'", (*block, model, version),
        ):
            found[int(item_id)] = float(score)
    return found


def model_versions(catalog: Catalog) -> list[tuple[str, str]]:
    """(model id, newest version) of every model that tagged this catalogue, by id."""
    rows = catalog.conn.execute("SELECT DISTINCT model_id FROM tag_models ORDER BY model_id").fetchall()
    return [(str(r[0]), str(queue_version(catalog.conn, str(r[0])))) for r in rows]


def thumbnail_jpegs(catalog: Catalog, ids: Sequence[int]) -> dict[int, bytes]:
    """item id → stored thumbnail JPEG, for those of ``ids`` that have one."""
    found: dict[int, bytes] = {}
    for start in range(0, len(ids), _BLOCK):
        block = [int(i) for i in ids[start : start + _BLOCK]]
        marks = ",".join("?" * len(block))
        for item_id, jpeg in catalog.conn.execute(
            f"SELECT i.id, t.jpeg FROM items i JOIN thumbnails t ON t.sha256 = i.sha256 WHERE i.id IN ({marks})", block
        ):
            found[int(item_id)] = bytes(jpeg)
    return found


def _paths(catalog: Catalog, item_id: int, main: str) -> list[str]:
    others = [str(r[0]) for r in catalog.conn.execute("SELECT path FROM files WHERE item_id = ?", (item_id,))]
    return list(dict.fromkeys([main, *others]))


def item_file(catalog: Catalog, item_id: int) -> str:
    """A path where the item's picture is now (its main path first); InvalidInput when it is nowhere."""
    row = catalog.conn.execute("SELECT path FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise InvalidInput(f"There is no item {item_id} in this catalogue.")
    for path in _paths(catalog, item_id, str(row[0])):
        if os.path.isfile(path):
            return path
    raise InvalidInput(f"The picture “{Path(str(row[0])).name}” is no longer at {row[0]}; import its folder again.")


def make_thumbnail(catalog: Catalog, item_id: int) -> bytes | None:
    """Make, store and return the missing thumbnail of a readable item; None when its file cannot give one.

    Only items that imported cleanly are decoded (an unreadable file stays unread), from any path
    the item was seen at. The original is opened read-only.
    """
    from PIL import Image

    from app.imaging.io import load_preview

    conn = catalog.conn
    row = conn.execute("SELECT path, sha256, state FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None or row["state"] != "ok" or not row["sha256"]:
        return None
    for path in _paths(catalog, item_id, str(row["path"])):
        if not os.path.isfile(path):
            continue
        try:
            pixels = load_preview(path, THUMBNAIL_SIDE).pixels
        except GyeongjuError:
            continue
        buffer = io.BytesIO()
        image = Image.fromarray(pixels)
        image.save(buffer, format="JPEG", quality=_THUMBNAIL_QUALITY, optimize=True)
        jpeg = buffer.getvalue()
        with catalog.transaction() as write:
            write.execute(
                "INSERT OR IGNORE INTO thumbnails (sha256, jpeg, width, height) VALUES (?, ?, ?, ?)",
                (row["sha256"], jpeg, image.width, image.height),
            )
        return jpeg
    return None
