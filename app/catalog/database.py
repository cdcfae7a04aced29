"""Creating, opening and inspecting a catalogue file."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from app.catalog import schema
from app.domain.errors import InvalidInput
from app.imaging.atomic import atomic_output
from app.imaging.reader import quoted

_SQLITE_MAGIC = b"SQLite format 3\x00"


def now_iso() -> str:
    """The current time as the catalogue stores it: UTC, ISO 8601, seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Catalog:
    """An open catalogue. Close it (or use ``with``) when done; one thread at a time."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        #: Data derived from the file that an operation may keep between calls on this handle (the
        #: embedding matrix of "similar to this"), each entry checked against the file before use.
        self.cache: dict[str, object] = {}

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.cache.clear()
        self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back when the body raises."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return schema.schema_version(self.conn)


def create_catalog(db_path: str | Path) -> Catalog:
    """Create a new, empty catalogue at ``db_path`` and open it.

    The file appears complete or not at all (it is built under a temporary name first). An
    existing file is never replaced; a missing parent folder is an error, not created silently.
    """
    path = Path(db_path)
    if path.exists():
        raise InvalidInput(f"{quoted(path)} already exists; choose a new file name for the catalogue.")
    if not path.parent.is_dir():
        raise InvalidInput(
            f"The folder “{path.parent}” does not exist, so the catalogue {quoted(path)} cannot be created there."
        )
    try:
        with atomic_output(path, ".db", overwrite=False) as temp:
            conn = schema.connect(temp)
            try:
                schema.migrate(conn, quoted(path))
                conn.execute("PRAGMA journal_mode = DELETE")  # fold the WAL back before the rename
            finally:
                conn.close()
    except FileExistsError:
        raise InvalidInput(f"{quoted(path)} already exists; choose a new file name for the catalogue.") from None
    except (OSError, sqlite3.Error) as exc:
        raise InvalidInput(f"The catalogue {quoted(path)} could not be created: {exc}.") from None
    return open_catalog(path)


def open_catalog(db_path: str | Path) -> Catalog:
    """Open an existing catalogue, upgrading its schema when it is older than this app's.

    Anything that is not a catalogue (missing, a folder, not SQLite, another program's SQLite
    database, a newer schema) is refused with :class:`InvalidInput` in one sentence.
    """
    path = Path(db_path)
    name = quoted(path)
    if not path.exists():
        raise InvalidInput(f"The catalogue {name} does not exist; create it with “gyeongju-ai catalog create”.")
    if not path.is_file():
        raise InvalidInput(f"{name} is not a file, so it cannot be a catalogue.")
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise InvalidInput(f"The catalogue {name} cannot be read: {exc.strerror or exc}.") from None
    if head != _SQLITE_MAGIC:
        raise InvalidInput(f"{name} is not a Gyeongju Heritage AI catalogue (it is not a SQLite database).")
    # Look before touching: connect() switches the file to WAL, which would rewrite a foreign file.
    _check_application_id(path, name)
    try:
        conn = schema.connect(path)
    except sqlite3.Error as exc:
        raise InvalidInput(f"The catalogue {name} cannot be opened: {exc}.") from None
    try:
        schema.migrate(conn, name)
    except InvalidInput:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise InvalidInput(f"The catalogue {name} is damaged and cannot be opened: {exc}.") from None
    return Catalog(path, conn)


def _check_application_id(path: Path, name: str) -> None:
    """Refuse a SQLite file that is not ours, reading it through a read-only connection."""
    try:
        probe = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            app_id = int(probe.execute("PRAGMA application_id").fetchone()[0])
        finally:
            probe.close()
    except sqlite3.Error as exc:
        raise InvalidInput(f"The catalogue {name} is damaged and cannot be opened: {exc}.") from None
    if app_id != schema.APPLICATION_ID:
        raise InvalidInput(
            f"{name} is a SQLite database but not a Gyeongju Heritage AI catalogue, so it was left untouched."
        )


def default_tagger_version(conn: sqlite3.Connection) -> tuple[str, str | None]:
    """(id, version) of the default tagger as installed; else the newest version that ran here, else None."""
    from app.domain.errors import ModelUnavailable
    from app.vision.recognition import DEFAULT_MODEL_ID
    from app.vision.registry import default_registry

    try:
        return DEFAULT_MODEL_ID, default_registry().get(DEFAULT_MODEL_ID).version
    except ModelUnavailable:
        row = conn.execute(
            "SELECT model_version FROM tag_models WHERE model_id = ? ORDER BY last_run_at DESC LIMIT 1",
            (DEFAULT_MODEL_ID,),
        ).fetchone()
        return DEFAULT_MODEL_ID, None if row is None else str(row[0])


def _tagged(conn: sqlite3.Connection) -> int:
    """Readable items that the current default tagger has tagged."""
    model_id, version = default_tagger_version(conn)
    if version is None:
        return 0
    return int(conn.execute(
        "SELECT COUNT(*) FROM tag_runs r JOIN items i ON i.id = r.item_id "
        "WHERE r.model_id = ? AND r.model_version = ? AND i.state = 'ok'",
        (model_id, version),
    ).fetchone()[0])


def catalog_status(catalog: Catalog) -> dict[str, object]:
    """Counts a curator or a script needs at a glance, plus SQLite's own integrity verdict ("ok").

    ``tagged``/``untagged`` split the readable (``ok``) items by whether the default tagger, in
    the version installed now, has tagged them.
    """
    conn = catalog.conn
    counts = dict.fromkeys(("ok", "unreadable", "missing"), 0)
    for state, count in conn.execute("SELECT state, COUNT(*) FROM items GROUP BY state"):
        counts[state] = int(count)
    integrity = "; ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
    tagged = _tagged(conn)
    return {
        "catalog": str(catalog.path),
        "schema_version": catalog.schema_version,
        "items": sum(counts.values()),
        "ok": counts["ok"],
        "unreadable": counts["unreadable"],
        "missing": counts["missing"],
        "files": int(conn.execute("SELECT COUNT(*) FROM files").fetchone()[0]),
        "thumbnails": int(conn.execute("SELECT COUNT(*) FROM thumbnails").fetchone()[0]),
        "tagged": tagged,
        "untagged": counts["ok"] - tagged,
        "integrity": integrity,
    }
