"""Finding items in a catalogue: filters, free text, "similar to this item" and near-duplicates.

Every filter is one indexed sub-query on the item id, so they combine freely and stay fast on
large collections: tag (``ai_tags_label``; curators' labels through ``decisions_label``), review
state (``review_state_state``), model and confidence band (``tag_runs_queue``), site
(``dc_field_value`` over Dublin Core ``coverage``), EXIF date (``items_exif_date``) and free text
(the FTS5 ``search`` table: titles, descriptions, curators' notes).

"Similar to this item" and near-duplicate groups read the embeddings batch tagging stored: a cosine
over unit vectors, and for duplicates a close perceptual hash *and* a high cosine, as in
``recognition duplicates`` (:mod:`app.vision.recognition.similarity`).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

import numpy as np

from app.catalog import vectors
from app.catalog.database import Catalog
from app.catalog.labels import label_book
from app.catalog.review import queue_version
from app.domain.errors import InvalidInput
from app.vision.recognition import DEFAULT_MODEL_ID

#: Review states a search can ask for.
STATES = ("unreviewed", "accepted", "rejected", "corrected")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_MAX_PAGE = 1000
#: Hashes compared per step of the duplicate search (bounds memory to ~100 MB at 50 000 photos).
_HASH_BLOCK = 256


@dataclass(frozen=True)
class SearchQuery:
    """What to look for; every field left empty matches everything."""

    text: str = ""
    tag: str | None = None
    state: str | None = None
    model: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    site: str | None = None
    since: str | None = None
    until: str | None = None
    similar_to: int | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class Hit:
    """One found item, with its title, the model's best answer and the curator's verdict."""

    item_id: int
    path: str
    state: str
    title: str | None
    label: str | None
    score: float | None
    review: str
    similarity: float | None = None

    def to_json(self) -> dict[str, object]:
        found: dict[str, object] = {
            "item": self.item_id, "path": self.path, "state": self.state, "title": self.title, "label": self.label,
            "score": None if self.score is None else round(self.score, 4), "review": self.review,
        }
        if self.similarity is not None:
            found["similarity"] = round(self.similarity, 4)
        return found


@dataclass(frozen=True)
class SearchResult:
    """A page of hits and how many there are in all; ``tag`` is the label id the tag filter meant."""

    total: int
    hits: tuple[Hit, ...]
    model: str
    tag: str | None = None
    filters: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "total": self.total, "model": self.model, "tag": self.tag, "filters": self.filters,
            "items": [h.to_json() for h in self.hits],
        }


def fts_query(text: str) -> str | None:
    """Free text → an FTS5 query: every word must appear, each as a word prefix; None for no text.

    Words are quoted so that nothing typed (quotes, ``AND``, ``*``, ``-``) is read as FTS5 syntax;
    a prefix match lets "불국사" find "불국사의" and "bulguk" find "Bulguksa".
    """
    if not text.strip():
        return None
    words = re.findall(r"\w+", text)
    if not words:
        raise InvalidInput(f"“{text.strip()}” has no letters or digits to search for.")
    return " ".join(f'"{word}"*' for word in words)


def _date_bound(text: str, flag: str) -> str:
    if not _DATE.fullmatch(text):
        raise InvalidInput(f"{flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not “{text}”.")
    return text


def _resolve_tag(catalog: Catalog, text: str) -> str:
    found = label_book(catalog).resolve(text)
    if found is not None:
        return found
    seen = catalog.conn.execute(
        "SELECT 1 FROM ai_tags WHERE label = ? UNION ALL SELECT 1 FROM decisions WHERE label = ? LIMIT 1",
        (text.strip(), text.strip()),
    ).fetchone()
    if seen is None:
        raise InvalidInput(f"“{text.strip()}” is not a known tag; give a label id such as “pagoda” or its name.")
    return text.strip()


def _check_band(query: SearchQuery) -> None:
    for name, value in (("--min-score", query.min_score), ("--max-score", query.max_score)):
        if value is not None and not 0.0 <= value <= 1.0:
            raise InvalidInput(f"{name} must be between 0 and 1, not {value}.")
    if query.min_score is not None and query.max_score is not None and query.min_score > query.max_score:
        raise InvalidInput("--min-score is above --max-score, so nothing could match.")
    if not 1 <= query.limit <= _MAX_PAGE or query.offset < 0:
        raise InvalidInput(f"A page holds between 1 and {_MAX_PAGE} items from a non-negative offset.")


def _where(
    catalog: Catalog, query: SearchQuery, model: str, version: str | None
) -> tuple[str, list[object], str | None]:
    """The WHERE clause over ``items i`` for every filter but similarity, its parameters and the tag id."""
    conds: list[str] = []
    params: list[object] = []
    band = ""
    band_params: list[object] = []
    if query.min_score is not None:
        band += " AND {col} >= ?"
        band_params.append(query.min_score)
    if query.max_score is not None:
        band += " AND {col} <= ?"
        band_params.append(query.max_score)
    if query.model is not None:
        conds.append("i.id IN (SELECT item_id FROM tag_runs WHERE model_id = ? AND model_version = ?)")
        params += [model, version]
    tag = None
    if query.tag is not None:
        tag = _resolve_tag(catalog, query.tag)
        ai = "SELECT item_id FROM ai_tags WHERE label = ?" + band.format(col="score")
        ai_params: list[object] = [tag, *band_params]
        if query.model is not None:
            ai += " AND model_id = ? AND model_version = ?"
            ai_params += [model, version]
        if band:
            # A confidence band is about the model's score for this tag: curators' labels have none.
            conds.append(f"i.id IN ({ai})")
            params += ai_params
        else:
            conds.append(
                f"i.id IN ({ai} UNION SELECT item_id FROM decisions WHERE label = ? "
                "AND action IN ('accepted', 'corrected', 'added'))"
            )
            params += [*ai_params, tag]
    elif band:
        conds.append(
            "i.id IN (SELECT item_id FROM tag_runs WHERE model_id = ? AND model_version = ?"
            + band.format(col="top_score") + ")"
        )
        params += [model, version, *band_params]
    if query.state is not None:
        if query.state not in STATES:
            raise InvalidInput(f"The review state must be one of {', '.join(STATES)}, not “{query.state}”.")
        if query.state == "unreviewed":
            conds.append("NOT EXISTS (SELECT 1 FROM review_state s WHERE s.item_id = i.id)")
        else:
            conds.append("i.id IN (SELECT item_id FROM review_state WHERE state = ?)")
            params.append(query.state)
    if query.site:
        escaped = query.site.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append("i.id IN (SELECT item_id FROM dc WHERE field = 'coverage' AND value LIKE ? ESCAPE '\\')")
        params.append(f"%{escaped}%")
    if query.since:
        conds.append("i.exif_date >= ?")
        params.append(_date_bound(query.since, "--since"))
    if query.until:
        # "~" sorts after every character of an ISO date-time, so the whole --until day/month/year counts.
        conds.append("i.exif_date <= ?")
        params.append(_date_bound(query.until, "--until") + "~")
    text = fts_query(query.text)
    if text is not None:
        # The rowid carries the item id (schema v2): no stored column is read per match.
        conds.append("i.id IN (SELECT rowid >> 32 FROM search WHERE search MATCH ?)")
        params.append(text)
    return (" AND ".join(conds) or "1"), params, tag


def _hits(conn: sqlite3.Connection, ids: list[int], model: str, version: str | None) -> dict[int, Hit]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT i.id, i.path, i.state, t.top_label, t.top_score, s.state AS review, "
        "(SELECT value FROM dc WHERE item_id = i.id AND field = 'title' ORDER BY position, language LIMIT 1) AS title "
        "FROM items i LEFT JOIN tag_runs t ON t.item_id = i.id AND t.model_id = ? AND t.model_version = ? "
        f"LEFT JOIN review_state s ON s.item_id = i.id WHERE i.id IN ({marks})",
        (model, version, *ids),
    )
    return {
        int(r["id"]): Hit(
            int(r["id"]), str(r["path"]), str(r["state"]), r["title"], r["top_label"], r["top_score"],
            r["review"] or "unreviewed",
        )
        for r in rows
    }


def search_items(catalog: Catalog, query: SearchQuery) -> SearchResult:
    """Items matching every given filter, by item id (by similarity with ``similar_to``), one page."""
    _check_band(query)
    conn = catalog.conn
    model = query.model or DEFAULT_MODEL_ID
    version = queue_version(conn, model)
    if query.model is not None and version is None:
        raise InvalidInput(f"The model “{query.model}” has not tagged this catalogue, so nothing can match it.")
    where, params, tag = _where(catalog, query, model, version)
    filters = {k: v for k, v in vars(query).items() if v not in (None, "") and k not in ("limit", "offset")}
    if query.similar_to is not None:
        total, ranked = _ranked(catalog, query.similar_to, query.offset + query.limit, where, params)
        page = ranked[query.offset :]
        found = _hits(conn, [i for i, _ in page], model, version)
        hits = tuple(_with_similarity(found[i], score) for i, score in page)
        return SearchResult(total, hits, model, tag, filters)
    total = int(conn.execute(f"SELECT COUNT(*) FROM items i WHERE {where}", params).fetchone()[0])
    ids = [int(r[0]) for r in conn.execute(
        f"SELECT i.id FROM items i WHERE {where} ORDER BY i.id LIMIT ? OFFSET ?", (*params, query.limit, query.offset)
    )]
    found = _hits(conn, ids, model, version)
    return SearchResult(total, tuple(found[i] for i in ids), model, tag, filters)


def _with_similarity(hit: Hit, score: float) -> Hit:
    return Hit(hit.item_id, hit.path, hit.state, hit.title, hit.label, hit.score, hit.review, score)


def _query_vector(conn: sqlite3.Connection, item_id: int) -> tuple[str, np.ndarray]:
    if conn.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is None:
        raise InvalidInput(f"There is no item {item_id} in this catalogue.")
    row = conn.execute(
        "SELECT model_sha256, vector FROM embeddings WHERE item_id = ? ORDER BY rowid DESC LIMIT 1", (item_id,)
    ).fetchone()
    if row is None:
        raise InvalidInput(f"Item {item_id} has no stored embedding yet; run “gyeongju-ai catalog tag” first.")
    return str(row[0]), vectors.decode(row[1])


def _all_vectors(catalog: Catalog, sha256: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(item ids, int8 codes, inverse norms) of one backbone's embeddings, kept on the handle.

    Rows are only ever inserted or replaced (a new rowid), so (count, newest rowid) changes with
    every write: reading 50 000 vectors costs ~0.3 s, checking the stamp a few milliseconds.
    """
    stamp = tuple(catalog.conn.execute("SELECT COUNT(*), MAX(rowid) FROM embeddings").fetchone())
    cached = catalog.cache.get("vectors")
    if isinstance(cached, tuple) and cached[0] == (sha256, stamp):
        return cached[1]
    ids, codes = vectors.load(catalog.conn, sha256)
    loaded = (ids, codes, vectors.inverse_norms(codes))
    catalog.cache["vectors"] = ((sha256, stamp), loaded)
    return loaded


def _ranked(
    catalog: Catalog, item_id: int, top: int | None, where: str, params: list[object]
) -> tuple[int, list[tuple[int, float]]]:
    """(how many candidates, the ``top`` most similar as (item id, cosine)) for one item."""
    conn = catalog.conn
    sha256, query = _query_vector(conn, item_id)
    ids, codes, inverse = _all_vectors(catalog, sha256)
    keep = ids != item_id
    if where != "1":
        allowed = np.fromiter((r[0] for r in conn.execute(f"SELECT i.id FROM items i WHERE {where}", params)), np.int64)
        keep &= np.isin(ids, allowed)
    rows = np.flatnonzero(keep)
    if not len(rows):
        return 0, []
    if len(rows) * 2 < len(ids):  # a narrow filter: score only its rows
        ids, scores = ids[rows], vectors.cosines(codes[rows], inverse[rows], query)
    else:  # nearly everything: scoring all rows and masking beats copying most of the matrix
        scores = np.where(keep, vectors.cosines(codes, inverse, query), -np.inf)
    k = len(rows) if top is None else min(top, len(rows))
    best = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    best = best[np.lexsort((ids[best], -scores[best]))]
    return len(rows), [(int(ids[i]), float(scores[i])) for i in best if np.isfinite(scores[i])]


def similar_items(
    catalog: Catalog, item_id: int, top: int | None = 10, *, where: str = "1", params: list[object] | None = None
) -> list[tuple[int, float]]:
    """(item id, cosine) of the ``top`` items most like ``item_id`` (all with None), most similar first.

    Only items with a stored embedding take part (``catalog tag`` stores them); ``where`` restricts
    the candidates with the same clause :func:`search_items` builds.
    """
    return _ranked(catalog, item_id, top, where, params or [])[1]


def _close_hash_pairs(hashes: np.ndarray, max_hamming: int) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) whose 64-bit hashes differ in at most ``max_hamming`` bits.

    Each pair is compared once (upper triangle) with a hardware popcount: 50 000 photos take a
    few seconds, where every-pair byte-table counting (``similarity.duplicate_groups``) takes minutes.
    """
    firsts, seconds = [], []
    for start in range(0, len(hashes), _HASH_BLOCK):
        block = hashes[start : start + _HASH_BLOCK]
        distance = np.bitwise_count(block[:, None] ^ hashes[None, start:])
        rows, cols = np.nonzero(distance <= max_hamming)
        cols = cols + start
        rows = rows + start
        upper = cols > rows
        firsts.append(rows[upper])
        seconds.append(cols[upper])
    if not firsts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def duplicate_groups(catalog: Catalog, item_ids: list[int] | None = None) -> list[list[int]]:
    """Groups (≥ 2 item ids) of near-duplicates, largest first; an item is in at most one group.

    Same rule as ``recognition duplicates``: a close perceptual hash (same layout) *and* a high
    embedding cosine (same content), with that module's thresholds.
    """
    from app.vision.recognition.similarity import DUPLICATE_COSINE, DUPLICATE_HAMMING

    conn = catalog.conn
    row = conn.execute("SELECT model_sha256 FROM embeddings ORDER BY rowid DESC LIMIT 1").fetchone()
    if row is None:
        return []
    wanted = None if item_ids is None else {int(i) for i in item_ids}
    ids, codes = vectors.load(conn, str(row[0]), wanted)
    hashes = dict(conn.execute(
        "SELECT item_id, phash FROM embeddings WHERE model_sha256 = ? AND phash IS NOT NULL", (row[0],)
    ).fetchall())
    present = np.array([int(i) in hashes for i in ids], bool)
    ids, codes = ids[present], codes[present]
    unsigned = np.array([hashes[int(i)] for i in ids], np.int64).view(np.uint64)
    first, second = _close_hash_pairs(unsigned, DUPLICATE_HAMMING)
    if not len(first):
        return []
    inverse = vectors.inverse_norms(codes)
    dots = np.einsum("ij,ij->i", codes[first].astype(np.float32), codes[second].astype(np.float32))
    same = dots * inverse[first] * inverse[second] >= DUPLICATE_COSINE
    parent = np.arange(len(ids))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    for a, b in zip(first[same], second[same], strict=True):
        parent[root(int(a))] = root(int(b))
    groups: dict[int, list[int]] = {}
    for index, item in enumerate(ids):
        groups.setdefault(root(index), []).append(int(item))
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))
