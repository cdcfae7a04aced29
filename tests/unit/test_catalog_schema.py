"""Catalogue schema: creation, migrations in one transaction, refusing what is not a catalogue."""

from __future__ import annotations

import sqlite3

import pytest

from app.catalog import schema
from app.catalog.operations import catalog_status, create_catalog, open_catalog
from app.domain.errors import InvalidInput

_TABLES = {"items", "files", "dc", "ai_tags", "decisions", "thumbnails", "embeddings", "search"}


def test_create_makes_every_table_at_the_current_version(tmp_path):
    db = tmp_path / "c.gjcat"
    with create_catalog(db) as catalog:
        names = {r[0] for r in catalog.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
        assert _TABLES <= names
        indexes = {r[0] for r in catalog.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"items_state", "ai_tags_model", "files_item"} <= indexes
        assert catalog.schema_version == schema.SCHEMA_VERSION == len(schema.MIGRATIONS)
        assert catalog.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert catalog.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert catalog.conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert catalog_status(catalog) | {"catalog": ""} == {
            "catalog": "", "schema_version": schema.SCHEMA_VERSION, "items": 0, "ok": 0, "unreadable": 0,
            "missing": 0, "files": 0, "thumbnails": 0, "tagged": 0, "untagged": 0, "integrity": "ok",
        }
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temporary file left behind"


def test_create_refuses_existing_file_and_missing_folder(tmp_path):
    existing = tmp_path / "x.gjcat"
    existing.write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match="already exists"):
        create_catalog(existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(InvalidInput, match="does not exist"):
        create_catalog(tmp_path / "nowhere" / "c.gjcat")


def test_newer_schema_is_refused_with_a_clear_sentence(tmp_path):
    db = tmp_path / "c.gjcat"
    create_catalog(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(InvalidInput, match="newer version"):
        open_catalog(db)


def test_failed_migration_rolls_back_completely(tmp_path):
    conn = schema.connect(tmp_path / "m.db")
    broken = [*schema.MIGRATIONS, ("CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL")]
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(conn, "m.db", broken)
    assert schema.schema_version(conn) == schema.SCHEMA_VERSION
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchone() is None
    good = [*schema.MIGRATIONS, ("CREATE TABLE extra (x INTEGER)",)]
    assert schema.migrate(conn, "m.db", good) == schema.SCHEMA_VERSION + 1
    assert schema.schema_version(conn) == schema.SCHEMA_VERSION + 1
    conn.close()


def test_old_catalogue_is_upgraded_on_open(tmp_path, monkeypatch):
    db = tmp_path / "c.gjcat"
    create_catalog(db).close()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, ("CREATE TABLE next_marker (x INTEGER)",)])
    with open_catalog(db) as catalog:
        assert catalog.schema_version == schema.SCHEMA_VERSION + 1
        assert catalog.conn.execute("SELECT COUNT(*) FROM next_marker").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "not a SQLite"), (b"hello, world\n" * 10, "not a SQLite"), (None, "not a Gyeongju")],
)
def test_open_refuses_what_is_not_a_catalogue(tmp_path, content, message):
    db = tmp_path / "other.db"
    if content is None:
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE notes (x TEXT)")
        conn.close()
    else:
        db.write_bytes(content)
    before = db.read_bytes()
    with pytest.raises(InvalidInput, match=message):
        open_catalog(db)
    assert db.read_bytes() == before, "a foreign file was modified"


def test_open_refuses_missing_file_and_folder(tmp_path):
    with pytest.raises(InvalidInput, match="does not exist"):
        open_catalog(tmp_path / "absent.gjcat")
    with pytest.raises(InvalidInput, match="not a file"):
        open_catalog(tmp_path)


def test_constraints_and_full_text_search(tmp_path):
    with create_catalog(tmp_path / "c.gjcat") as catalog:
        conn = catalog.conn
        conn.execute(
            "INSERT INTO items (path, sha256, state, added_at, updated_at) VALUES ('/a.jpg', 'aa', 'ok', 't', 't')"
        )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO items (path, sha256, state, added_at, updated_at) VALUES ('/b', 'aa', 'ok', 't', 't')"
            )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO items (path, state, added_at, updated_at) VALUES ('/c', 'lost', 't', 't')")
        with pytest.raises(sqlite3.IntegrityError):  # foreign keys are on
            conn.execute("INSERT INTO dc (item_id, field, value) VALUES (99, 'title', 'x')")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO dc (item_id, field, value) VALUES (1, 'colour', 'x')")
        title = "INSERT INTO dc (item_id, field, language, value) VALUES (1, 'title', ?, ?)"
        conn.execute(title, ("en", "Cheomseongdae observatory"))
        conn.execute(title, ("ko", "첨성대 천문대"))
        conn.execute(
            "INSERT INTO decisions (item_id, label, action, decided_by, decided_at, note) "
            "VALUES (1, 'cheomseongdae', 'accepted', 'kim', 't', 'granite courses visible')"
        )

        def hits(query: str) -> list[tuple[int, str]]:
            return [tuple(r) for r in conn.execute("SELECT item_id, source FROM search WHERE search MATCH ?", (query,))]

        assert hits("observatory") == [(1, "dc")]
        assert hits("첨성대") == [(1, "dc")]
        assert hits("granite") == [(1, "note")]
        conn.execute("UPDATE dc SET value = 'Seokguram' WHERE language = 'en'")
        assert hits("observatory") == [] and hits("seokguram") == [(1, "dc")]
        conn.execute("DELETE FROM decisions")
        assert hits("granite") == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
