"""Synthetic catalogues for the review and search tests: rows written directly, no model weights.

Tag runs are written the way ``app.catalog.tagging`` writes them (marker + AI tags + embedding in
one transaction), so the queue, the filters and the similarity search see what a real run leaves.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.catalog import vectors
from app.catalog.database import Catalog, create_catalog

MODEL, VERSION, SHA = "heritage_types", "1.0.0", "ab" * 32
BACKBONE_SHA = "cd" * 32
NOW = "2025-11-01T09:00:00+00:00"


def new_catalog(tmp_path: Path, name: str = "c.gjcat") -> Catalog:
    return create_catalog(tmp_path / name)


def add_item(catalog: Catalog, item_id: int, *, state: str = "ok", exif_date: str | None = None) -> int:
    with catalog.transaction() as conn:
        conn.execute(
            "INSERT INTO items (id, path, sha256, state, exif_date, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (item_id, f"/photos/p{item_id:04d}.jpg", f"{item_id:064x}", state, exif_date, NOW, NOW),
        )
    return item_id


def tag(
    catalog: Catalog,
    item_id: int,
    labels: list[tuple[str, float]],
    *,
    model: str = MODEL,
    version: str = VERSION,
    vector: np.ndarray | None = None,
    phash: int | None = None,
) -> None:
    """One finished tag run for an item: its marker, AI tags and (optionally) its embedding."""
    with catalog.transaction() as conn:
        conn.executemany(
            "INSERT INTO ai_tags (item_id, model_id, model_version, model_sha256, label, score, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(item_id, model, version, SHA, label, score, NOW) for label, score in labels],
        )
        conn.execute(
            "INSERT INTO tag_runs (item_id, model_id, model_version, model_sha256, top_label, top_score, done_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (item_id, model, version, SHA, labels[0][0], labels[0][1], NOW),
        )
        conn.execute(
            "INSERT INTO tag_models (model_id, model_version, model_sha256, first_run_at, last_run_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (model, version, SHA, NOW, NOW),
        )
        if vector is not None:
            signed = None if phash is None else np.array([phash], np.uint64).view(np.int64)[0].item()
            conn.execute(
                "INSERT INTO embeddings (item_id, model_sha256, dim, vector, phash) VALUES (?, ?, ?, ?, ?)",
                (item_id, BACKBONE_SHA, len(vector), vectors.encode(vector), signed),
            )


def add_dc(catalog: Catalog, item_id: int, field: str, value: str, language: str = "") -> None:
    with catalog.transaction() as conn:
        position = conn.execute(
            "SELECT COUNT(*) FROM dc WHERE item_id = ? AND field = ? AND language = ?", (item_id, field, language)
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO dc (item_id, field, language, position, value) VALUES (?, ?, ?, ?, ?)",
            (item_id, field, language, position, value),
        )


def unit(seed: int, dim: int = 64) -> np.ndarray:
    """A random non-negative unit vector (like a power-transformed embedding)."""
    v = np.random.default_rng(seed).random(dim).astype(np.float32)
    return v / np.linalg.norm(v)
