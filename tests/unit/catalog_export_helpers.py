"""Building small catalogues for the export tests: rows written directly, so each test says exactly
which titles, model tags and curator decisions a picture has."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from image_fixtures import gradient
from PIL import Image

from app.catalog.database import Catalog, create_catalog
from app.domain.hashing import sha256_file

MODEL = ("heritage_types", "1.0.0", "e85d63072cd79f6c78744b64d05c20a3384a03ad6b0e474361ca987e01a79a96")
NOW = "2026-03-01T09:00:00+00:00"

#: Titles in the four kiosk languages plus an untagged one, as a curator would enter them.
TITLES = (
    ("title", "", "Seokgatap, south face"),
    ("title", "ko", "석가탑 남면"),
    ("title", "en", "Seokgatap, south face"),
    ("title", "zh", "释迦塔南面"),
    ("title", "ja", "釈迦塔の南面"),
)

#: What a hostile spreadsheet or another program could leave in a Dublin Core value.
HOSTILE = (
    "<tag attr=\"x\">&amp; ]]> <?pi?> <!-- c -->",
    "bell\x07 null\x00 escape\x1b form\x0c vt\x0b del\x7f",
    "\u202eRTL override \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\u202c",
    "emoji \U0001f3ef\U0001f1f0\U0001f1f7 and a zero-width joiner \u200d end",
    b"broken UTF-8 \xff\xfe and an encoded surrogate \xed\xa0\x80 end",
    "pipe | comma, quote \" newline\nsecond line\r\nthird",
    "x" * 10_000,
)


def photo(path: Path, width: int = 64, height: int = 48) -> Path:
    """Write a small JPEG gradient and return its path."""
    Image.fromarray(gradient(width, height)).save(path, quality=92)
    return path


def new_catalog(folder: Path) -> Catalog:
    return create_catalog(folder / "collection.gjcat")


def add_item(
    catalog: Catalog,
    path: Path,
    *,
    state: str = "ok",
    reason: str | None = None,
    dc: Iterable[tuple[str, str, str | bytes]] = (),
    ai: Iterable[tuple[str, float]] = (),
    decisions: Iterable[tuple[str, str]] = (),
    note: str | None = None,
    exif_date: str | None = "2025-10-31T14:05:00",
) -> int:
    """Insert one item (its file's real sha256 when the file exists) with Dublin Core, AI tags and decisions."""
    conn = catalog.conn
    exists = path.is_file()
    sha = sha256_file(path) if exists else f"{abs(hash(str(path))):064x}"[:64]
    width, height = Image.open(path).size if exists else (None, None)
    cursor = conn.execute(
        "INSERT INTO items (path, sha256, size, width, height, format, exif_date, camera, state, reason, "
        "added_at, updated_at) VALUES (?, ?, ?, ?, ?, 'JPEG', ?, 'Test Camera', ?, ?, ?, ?)",
        (str(path), None if state == "unreadable" else sha, os.path.getsize(path) if exists else 0, width, height,
         exif_date, state, reason, NOW, NOW),
    )
    item_id = int(cursor.lastrowid)
    conn.execute("INSERT INTO files (path, item_id, size, mtime_ns, seen_at) VALUES (?, ?, 0, 0, ?)",
                 (str(path), item_id, NOW))
    positions: dict[tuple[str, str], int] = {}
    for field, language, value in dc:
        position = positions.get((field, language), 0)
        positions[(field, language)] = position + 1
        # Bytes go in as TEXT unchecked, the way another program could store broken UTF-8.
        cast = "CAST(? AS TEXT)" if isinstance(value, bytes) else "?"
        conn.execute(f"INSERT INTO dc (item_id, field, language, position, value) VALUES (?, ?, ?, ?, {cast})",
                     (item_id, field, language, position, value))
    for label, score in ai:
        conn.execute(
            "INSERT INTO ai_tags (item_id, model_id, model_version, model_sha256, label, score, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (item_id, *MODEL, label, score, NOW),
        )
    for n, (label, action) in enumerate(decisions):
        conn.execute(
            "INSERT INTO decisions (item_id, label, action, decided_by, decided_at, note) VALUES (?, ?, ?, ?, ?, ?)",
            (item_id, label, action, "curator kim", f"2026-03-02T10:00:{n:02d}+00:00", note),
        )
    return item_id

