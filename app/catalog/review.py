"""Curators review the AI's answers: a queue, accept / reject / correct / add, bulk accept, undo.

The queue holds readable items a model tagged on which no curator has given a verdict yet,
least confident first, because that is where a person's eye changes most. It follows the newest
version of a model that ran on the catalogue (the default tagger unless another is named) and is
read from the ``tag_runs_queue`` index: a page costs the same on the first and the thousandth
screen when the caller pages with ``after`` (the last entry's (score, id)); ``offset`` also works.

Every action writes ``decisions`` rows (label, action, who, when) inside one ``decision_batches``
row, so :func:`undo_last` takes back exactly one click or one bulk accept. The item's current
verdict is kept in ``review_state`` by triggers (see ``schema.py``). AI tags are never changed.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from app.catalog.database import Catalog, now_iso
from app.catalog.labels import resolve_label
from app.domain.errors import InvalidInput
from app.vision.recognition import DEFAULT_MODEL_ID

#: Entries per page when the caller does not say.
DEFAULT_PAGE = 50
_MAX_PAGE = 1000


@dataclass(frozen=True)
class QueueEntry:
    """One item waiting for review: the model's best answer and its other candidates."""

    item_id: int
    path: str
    label: str
    score: float
    unknown: bool
    labels: tuple[tuple[str, float], ...]

    def to_json(self) -> dict[str, object]:
        return {
            "item": self.item_id, "path": self.path, "label": self.label, "score": round(self.score, 4),
            "unknown": self.unknown, "labels": [{"label": k, "score": round(s, 4)} for k, s in self.labels],
        }


@dataclass(frozen=True)
class ReviewPage:
    """One page of the queue. ``after`` continues from the end of this page (None: no more)."""

    model_id: str
    model_version: str | None
    entries: tuple[QueueEntry, ...]
    remaining: int
    after: tuple[float, int] | None

    def to_json(self) -> dict[str, object]:
        return {
            "model": self.model_id, "version": self.model_version, "remaining": self.remaining,
            "after": list(self.after) if self.after else None, "items": [e.to_json() for e in self.entries],
        }


@dataclass(frozen=True)
class Decided:
    """What one review action recorded."""

    batch: int
    action: str
    items: tuple[int, ...]
    labels: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"batch": self.batch, "action": self.action, "items": list(self.items), "labels": list(self.labels)}


def curator_name() -> str:
    """Who is deciding, when the caller does not say: the operating system's user name."""
    try:
        return getpass.getuser() or "curator"
    except (OSError, KeyError, ImportError):
        return "curator"


def queue_version(conn: sqlite3.Connection, model_id: str) -> str | None:
    """The newest version of ``model_id`` that ran on this catalogue, or None."""
    row = conn.execute(
        "SELECT model_version FROM tag_models WHERE model_id = ? ORDER BY last_run_at DESC, rowid DESC LIMIT 1",
        (model_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def _version_or_refuse(conn: sqlite3.Connection, model_id: str) -> str | None:
    version = queue_version(conn, model_id)
    if version is None and model_id != DEFAULT_MODEL_ID:
        raise InvalidInput(
            f"The model “{model_id}” has not tagged this catalogue; run “gyeongju-ai catalog tag” first."
        )
    return version


# Items in the queue: a run of (model, version) without a verdict (``reviewed`` is kept by triggers,
# see schema.py), the item readable. One range of the ``tag_runs_queue`` index; the unreadable and
# missing items are a small set probed once per row.
_UNREVIEWED = (
    "FROM tag_runs r WHERE r.model_id = ? AND r.model_version = ? AND r.reviewed = 0 "
    "AND r.item_id NOT IN (SELECT id FROM items WHERE state IN ('missing', 'unreadable'))"
)


# Its length: the index range's count less the few unreadable or missing items in it. CROSS JOIN
# makes SQLite start from those few items (it would otherwise walk the whole range probing items).
_REMAINING = (
    "SELECT (SELECT COUNT(*) FROM tag_runs WHERE model_id = ?1 AND model_version = ?2 AND reviewed = 0) - "
    "(SELECT COUNT(*) FROM items i CROSS JOIN tag_runs r ON r.item_id = i.id AND r.model_id = ?1 "
    "AND r.model_version = ?2 AND r.reviewed = 0 WHERE i.state IN ('missing', 'unreadable'))"
)


def _entry(conn: sqlite3.Connection, item_id: int, model: str, version: str) -> QueueEntry:
    run = conn.execute(
        "SELECT r.top_label, r.top_score, r.unknown, i.path FROM tag_runs r JOIN items i ON i.id = r.item_id "
        "WHERE r.item_id = ? AND r.model_id = ? AND r.model_version = ?",
        (item_id, model, version),
    ).fetchone()
    labels = conn.execute(
        "SELECT label, score FROM ai_tags WHERE item_id = ? AND model_id = ? AND model_version = ? ORDER BY score DESC",
        (item_id, model, version),
    )
    return QueueEntry(
        item_id, str(run["path"]), str(run["top_label"]), float(run["top_score"]), bool(run["unknown"]),
        tuple((str(t[0]), float(t[1])) for t in labels),
    )


def review_queue(
    catalog: Catalog,
    *,
    model: str = DEFAULT_MODEL_ID,
    limit: int = DEFAULT_PAGE,
    offset: int = 0,
    after: tuple[float, int] | None = None,
) -> ReviewPage:
    """A page of items needing review, least confident first (ties by item id)."""
    if not 1 <= limit <= _MAX_PAGE:
        raise InvalidInput(f"A page holds between 1 and {_MAX_PAGE} items, not {limit}.")
    if offset < 0:
        raise InvalidInput("The offset cannot be negative.")
    conn = catalog.conn
    version = _version_or_refuse(conn, model)
    if version is None:
        return ReviewPage(model, None, (), 0, None)
    where, params = _UNREVIEWED, [model, version]
    if after is not None:
        where += " AND (r.top_score, r.item_id) > (?, ?)"
        params += [float(after[0]), int(after[1])]
    # The page's ids come from the covering index alone; reading anything else for the rows an
    # offset skips would cost a table lookup each (100 ms at offset 30 000 instead of 20 ms).
    keys = conn.execute(
        f"SELECT r.item_id {where} ORDER BY r.top_score, r.item_id LIMIT ? OFFSET ?", (*params, limit, offset)
    ).fetchall()
    entries = tuple(_entry(conn, int(k[0]), model, version) for k in keys)
    remaining = int(conn.execute(_REMAINING, (model, version)).fetchone()[0])
    last = (entries[-1].score, entries[-1].item_id) if len(entries) == limit else None
    return ReviewPage(model, version, entries, remaining, last)


def _check_item(conn: sqlite3.Connection, item_id: int) -> None:
    if conn.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is None:
        raise InvalidInput(f"There is no item {item_id} in this catalogue.")


def _ai_answer(conn: sqlite3.Connection, item_id: int, model: str) -> str:
    """The model's best label for an item (its newest run); refused when the model never tagged it."""
    _check_item(conn, item_id)
    row = conn.execute(
        "SELECT top_label FROM tag_runs WHERE item_id = ? AND model_id = ? ORDER BY done_at DESC LIMIT 1",
        (item_id, model),
    ).fetchone()
    if row is None:
        raise InvalidInput(f"Item {item_id} has not been tagged by “{model}” yet, so there is no answer to judge.")
    return str(row[0])


def _record(
    catalog: Catalog, action: str, pairs: Sequence[tuple[int, str]], by: str | None, note: str | None
) -> Decided:
    """One batch of decisions, in one transaction."""
    who, now = (by or curator_name()).strip() or "curator", now_iso()
    with catalog.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO decision_batches (action, decided_by, decided_at, size) VALUES (?, ?, ?, ?)",
            (action, who, now, len(pairs)),
        )
        batch = int(cursor.lastrowid or 0)
        conn.executemany(
            "INSERT INTO decisions (item_id, label, action, decided_by, decided_at, note, batch) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(item_id, label, action, who, now, note, batch) for item_id, label in pairs],
        )
    return Decided(batch, action, tuple(i for i, _ in pairs), tuple(label for _, label in pairs))


def accept(
    catalog: Catalog, item_id: int, *, model: str = DEFAULT_MODEL_ID, by: str | None = None, note: str | None = None
) -> Decided:
    """The curator agrees with the model's best answer for the item."""
    return _record(catalog, "accepted", [(item_id, _ai_answer(catalog.conn, item_id, model))], by, note)


def reject(
    catalog: Catalog, item_id: int, *, model: str = DEFAULT_MODEL_ID, by: str | None = None, note: str | None = None
) -> Decided:
    """The model's best answer is wrong and the curator gives none instead."""
    return _record(catalog, "rejected", [(item_id, _ai_answer(catalog.conn, item_id, model))], by, note)


def correct(catalog: Catalog, item_id: int, label: str, *, by: str | None = None, note: str | None = None) -> Decided:
    """The item shows ``label`` (an id or a display name in any language), whatever the model said."""
    _check_item(catalog.conn, item_id)
    return _record(catalog, "corrected", [(item_id, resolve_label(catalog, label))], by, note)


def add_label(catalog: Catalog, item_id: int, label: str, *, by: str | None = None, note: str | None = None) -> Decided:
    """The item also shows ``label``; it does not settle the verdict on the model's answer."""
    _check_item(catalog.conn, item_id)
    return _record(catalog, "added", [(item_id, resolve_label(catalog, label))], by, note)


def bulk_accept(
    catalog: Catalog,
    item_ids: Sequence[int] | None = None,
    *,
    min_score: float | None = None,
    model: str = DEFAULT_MODEL_ID,
    by: str | None = None,
) -> Decided:
    """Accept the model's best answer for the listed items, or for every unreviewed item scored ≥ ``min_score``.

    One batch: a single :func:`undo_last` takes it all back. All or nothing: an unknown or untagged
    item in the list refuses the whole action.
    """
    conn = catalog.conn
    if (item_ids is None) == (min_score is None):
        raise InvalidInput("Bulk accept needs either a list of items or a minimum score, not both.")
    if item_ids is not None:
        pairs = [(int(i), _ai_answer(conn, int(i), model)) for i in dict.fromkeys(item_ids)]
    else:
        assert min_score is not None
        if not 0.0 <= min_score <= 1.0:
            raise InvalidInput(f"The minimum score must be between 0 and 1, not {min_score}.")
        version = _version_or_refuse(conn, model)
        pairs = [] if version is None else [
            (int(r[0]), str(r[1])) for r in conn.execute(
                f"SELECT r.item_id, r.top_label {_UNREVIEWED} AND r.top_score >= ? ORDER BY r.item_id",
                (model, version, min_score),
            )
        ]
    if not pairs:
        raise InvalidInput("No item matches, so nothing was accepted.")
    return _record(catalog, "accepted", pairs, by, None)


def undo_last(catalog: Catalog, *, by: str | None = None) -> Decided:
    """Take back the newest review action not yet undone; its rows are kept in the batch as JSON."""
    conn = catalog.conn
    with catalog.transaction():
        batch = conn.execute(
            "SELECT id, action FROM decision_batches WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if batch is None:
            raise InvalidInput("There is no review decision to undo.")
        rows = [dict(r) for r in conn.execute("SELECT * FROM decisions WHERE batch = ? ORDER BY id", (batch["id"],))]
        conn.execute("DELETE FROM decisions WHERE batch = ?", (batch["id"],))
        conn.execute(
            "UPDATE decision_batches SET undone_at = ?, undone_by = ?, undone_rows = ? WHERE id = ?",
            (now_iso(), (by or curator_name()), json.dumps(rows, ensure_ascii=False), batch["id"]),
        )
    return Decided(
        int(batch["id"]), str(batch["action"]), tuple(r["item_id"] for r in rows), tuple(r["label"] for r in rows)
    )


def review_state(catalog: Catalog, item_id: int) -> str:
    """``unreviewed``, ``accepted``, ``rejected`` or ``corrected``: the item's current verdict."""
    _check_item(catalog.conn, item_id)
    row = catalog.conn.execute("SELECT state FROM review_state WHERE item_id = ?", (item_id,)).fetchone()
    return "unreviewed" if row is None else str(row[0])
