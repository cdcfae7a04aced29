"""The catalogue's SQLite schema, its migrations and how a connection is opened.

``PRAGMA user_version`` is the schema version: migration *n* (1-based) turns version *n − 1* into
version *n*, and each one runs inside one transaction together with the version bump, so a failed
migration leaves the file exactly as it was. A file written by a newer app (a version above
:data:`SCHEMA_VERSION`) is refused rather than guessed at. ``PRAGMA application_id`` marks the file
as ours, so that any other SQLite database is refused with a plain sentence too.

Why a ``files`` table next to ``items``: an item is one *picture* (identified by the sha256 of its
bytes); a file is one *place* it was seen. Two copies of a photo are one item with two files, and
resuming an import only needs a file's (path, size, mtime) to skip it without reading it again.
Curator ``decisions`` live apart from model output in ``ai_tags`` so that re-running a model never
overwrites what a person decided.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.domain.errors import InvalidInput

#: ``PRAGMA application_id`` of every catalogue: "GJAI" in ASCII.
APPLICATION_ID = 0x474A4149

#: The 15 Dublin Core elements a ``dc`` row may hold (dcterms names, lower case).
DC_FIELDS = (
    "title", "creator", "subject", "description", "publisher", "contributor", "date", "type",
    "format", "identifier", "source", "language", "relation", "coverage", "rights",
)

_DC_CHECK = ", ".join(f"'{name}'" for name in DC_FIELDS)

# Each migration is a tuple of single statements (not a script): sqlite3's executescript() commits
# on its own, which would break the one-transaction-per-migration promise.
_V1: tuple[str, ...] = (
    """CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        sha256 TEXT UNIQUE,
        size INTEGER,
        width INTEGER,
        height INTEGER,
        format TEXT,
        exif_date TEXT,
        camera TEXT,
        state TEXT NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'missing', 'unreadable')),
        reason TEXT,
        added_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX items_state ON items(state)",
    "CREATE INDEX items_path ON items(path)",
    """CREATE TABLE files (
        path TEXT PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        seen_at TEXT NOT NULL
    )""",
    "CREATE INDEX files_item ON files(item_id)",
    f"""CREATE TABLE dc (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ({_DC_CHECK})),
        language TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        value TEXT NOT NULL,
        UNIQUE (item_id, field, language, position)
    )""",
    """CREATE TABLE ai_tags (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        model_id TEXT NOT NULL,
        model_version TEXT NOT NULL,
        model_sha256 TEXT NOT NULL,
        label TEXT NOT NULL,
        score REAL NOT NULL CHECK (score >= 0.0 AND score <= 1.0),
        created_at TEXT NOT NULL,
        UNIQUE (item_id, model_id, model_version, label)
    )""",
    "CREATE INDEX ai_tags_model ON ai_tags(model_id, model_version)",
    "CREATE INDEX ai_tags_label ON ai_tags(label)",
    """CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('accepted', 'rejected', 'corrected', 'added')),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        note TEXT
    )""",
    "CREATE INDEX decisions_item ON decisions(item_id)",
    "CREATE INDEX decisions_label ON decisions(label)",
    """CREATE TABLE thumbnails (
        sha256 TEXT PRIMARY KEY,
        jpeg BLOB NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL
    )""",
    """CREATE TABLE embeddings (
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        model_sha256 TEXT NOT NULL,
        dim INTEGER NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (item_id, model_sha256)
    )""",
    # Full-text search over titles, descriptions and curators' notes, kept in step by triggers.
    # unicode61 splits Hangul/Kana/Han runs at spaces and punctuation only: whole-word search.
    """CREATE VIRTUAL TABLE search USING fts5(
        text, item_id UNINDEXED, source UNINDEXED, source_id UNINDEXED, language UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER dc_search_insert AFTER INSERT ON dc WHEN NEW.field IN ('title', 'description')
    BEGIN
        INSERT INTO search (text, item_id, source, source_id, language)
        VALUES (NEW.value, NEW.item_id, 'dc', NEW.id, NEW.language);
    END""",
    """CREATE TRIGGER dc_search_delete AFTER DELETE ON dc
    BEGIN
        DELETE FROM search WHERE source = 'dc' AND source_id = OLD.id;
    END""",
    """CREATE TRIGGER dc_search_update AFTER UPDATE ON dc
    BEGIN
        DELETE FROM search WHERE source = 'dc' AND source_id = OLD.id;
        INSERT INTO search (text, item_id, source, source_id, language)
        SELECT NEW.value, NEW.item_id, 'dc', NEW.id, NEW.language
        WHERE NEW.field IN ('title', 'description');
    END""",
    """CREATE TRIGGER decisions_search_insert AFTER INSERT ON decisions WHEN NEW.note IS NOT NULL
    BEGIN
        INSERT INTO search (text, item_id, source, source_id, language)
        VALUES (NEW.note, NEW.item_id, 'note', NEW.id, '');
    END""",
    """CREATE TRIGGER decisions_search_delete AFTER DELETE ON decisions
    BEGIN
        DELETE FROM search WHERE source = 'note' AND source_id = OLD.id;
    END""",
    """CREATE TRIGGER decisions_search_update AFTER UPDATE OF note ON decisions
    BEGIN
        DELETE FROM search WHERE source = 'note' AND source_id = OLD.id;
        INSERT INTO search (text, item_id, source, source_id, language)
        SELECT NEW.note, NEW.item_id, 'note', NEW.id, '' WHERE NEW.note IS NOT NULL;
    END""",
)

#: Migration n (index n − 1) brings a catalogue from version n − 1 to version n.
MIGRATIONS: list[tuple[str, ...]] = [_V1]

#: The schema version this app writes and understands.
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with the catalogue's pragmas."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable across application crashes in WAL mode; only a power cut may lose the
    # last transactions, which a re-run of the import restores.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, name: str, migrations: list[tuple[str, ...]] | None = None) -> int:
    """Bring the catalogue up to the newest schema, one transaction per step; return the version.

    ``name`` is how the file is called in error messages. A version newer than the app knows is
    refused with :class:`InvalidInput`; a failing step is rolled back and re-raised.
    """
    steps = MIGRATIONS if migrations is None else migrations
    current = schema_version(conn)
    if current > len(steps):
        raise InvalidInput(
            f"{name} was written by a newer version of Gyeongju Heritage AI (catalogue schema {current}; "
            f"this version understands up to {len(steps)}). Update the app to open it."
        )
    for version in range(current + 1, len(steps) + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in steps[version - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return len(steps)
