"""Importing files and folders into a catalogue: idempotent, resumable, never stopped by one bad file.

An item is a picture identified by the sha256 of its bytes. Importing the same picture again
finds the same item; a picture found at a new path while its old path is gone is re-linked (a
moved file keeps its tags and decisions); a second copy at another path is recorded as another
file of the same item. Files whose (path, size, mtime) the catalogue already knows are skipped
without being read, so re-running an interrupted import resumes it. After the scan, items that
lived under the imported folders but are gone are marked ``missing``; nothing about them (tags,
decisions, Dublin Core) is deleted.

Every file that cannot be read becomes an ``unreadable`` item with a sentence saying why; the
decoding happens in worker processes under a per-file time limit (:mod:`app.catalog.pool`).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.catalog.database import Catalog, now_iso
from app.catalog.pool import ProbePool
from app.catalog.probe import Probe
from app.domain.errors import Cancelled, InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.imaging.io import DEFAULT_MAX_PIXELS, iter_image_files
from app.imaging.reader import quoted

#: Default time one file may take to read before it is recorded as unreadable.
DEFAULT_FILE_TIMEOUT_S = 60.0
# Results are committed in small transactions so a cancelled or crashed import keeps its work.
_COMMIT_EVERY = 64
_COMMIT_INTERVAL_S = 1.0
_PROGRESS_INTERVAL_S = 0.1


@dataclass
class ImportSummary:
    """What one import did. ``unreadable`` counts files read in this run that could not be used."""

    found: int = 0
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    relinked: int = 0
    duplicates: int = 0
    unreadable: int = 0
    missing: int = 0
    elapsed_s: float = 0.0

    @property
    def read(self) -> int:
        """Files actually opened in this run (the rest were skipped as unchanged)."""
        return self.found - self.unchanged

    @property
    def rate(self) -> float:
        """Files read per second."""
        return self.read / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def line(self) -> str:
        return (
            f"{self.found} files: {self.added} new, {self.unchanged} unchanged, {self.updated} re-read, "
            f"{self.relinked} moved, {self.duplicates} duplicate copies, {self.unreadable} unreadable, "
            f"{self.missing} now missing — {self.elapsed_s:.1f} s ({self.rate:.1f} files/s)"
        )


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _collect(paths: Iterable[str | os.PathLike[str]], cancel: CancelToken) -> tuple[list[str], list[str], list[str]]:
    """(files to consider, folder roots, file roots) — absolute, de-duplicated, in a stable order."""
    files: dict[str, None] = {}
    folders: list[str] = []
    singles: list[str] = []
    given = [Path(p) for p in paths]
    if not given:
        raise InvalidInput("No files or folders were given to import.")
    for path in given:
        if not path.exists():
            raise InvalidInput(f"{quoted(path)} does not exist, so it cannot be imported.")
    for path in given:
        cancel.raise_if_cancelled()
        absolute = os.path.abspath(path)
        if path.is_dir():
            folders.append(absolute)
            files.update((os.path.abspath(f), None) for f in iter_image_files(path))
        else:
            singles.append(absolute)
            files[absolute] = None
    return list(files), folders, singles


def _unchanged(conn: sqlite3.Connection, path: str) -> bool:
    row = conn.execute(
        "SELECT f.size, f.mtime_ns, i.state FROM files f JOIN items i ON i.id = f.item_id WHERE f.path = ?",
        (path,),
    ).fetchone()
    if row is None or row["state"] == "missing":
        return False
    try:
        info = os.stat(path)
    except OSError:
        return False
    return row["size"] == info.st_size and row["mtime_ns"] == info.st_mtime_ns


def _upsert_file(conn: sqlite3.Connection, probe: Probe, item_id: int, now: str) -> None:
    conn.execute(
        "INSERT INTO files (path, item_id, size, mtime_ns, seen_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (path) DO UPDATE SET item_id = excluded.item_id, size = excluded.size, "
        "mtime_ns = excluded.mtime_ns, seen_at = excluded.seen_at",
        (probe.path, item_id, probe.size, probe.mtime_ns, now),
    )


def _facts(probe: Probe) -> tuple[object, ...]:
    state = "unreadable" if probe.reason else "ok"
    return (
        probe.size, probe.width, probe.height, probe.format, probe.exif_date, probe.camera, state, probe.reason,
    )


def _record(conn: sqlite3.Connection, probe: Probe, summary: ImportSummary) -> None:
    """Store one probe: new item, same item again, moved item, or another copy of an item."""
    now = now_iso()
    if probe.reason:
        summary.unreadable += 1
    item = None
    if probe.sha256 is not None:
        item = conn.execute("SELECT id, path, state FROM items WHERE sha256 = ?", (probe.sha256,)).fetchone()
    previous = conn.execute("SELECT item_id FROM files WHERE path = ?", (probe.path,)).fetchone()
    update = (
        "UPDATE items SET path = ?, size = ?, width = ?, height = ?, format = ?, exif_date = ?, camera = ?, "
        "state = ?, reason = ?, updated_at = ? WHERE id = ?"
    )
    if item is None and previous is not None and probe.sha256 is None:
        # Known path that can no longer be read at all (permissions): same item, now unreadable.
        item_id = int(previous["item_id"])
        conn.execute(update, (probe.path, *_facts(probe), now, item_id))
        summary.updated += 1
    elif item is None:
        if previous is not None:
            # The file at this path now holds a different picture: the old picture is gone from here.
            conn.execute(
                "UPDATE items SET state = 'missing', reason = ?, updated_at = ? WHERE id = ? AND path = ?",
                (f"{quoted(Path(probe.path))} now holds a different picture.", now, previous["item_id"], probe.path),
            )
        cursor = conn.execute(
            "INSERT INTO items (path, sha256, size, width, height, format, exif_date, camera, state, reason, "
            "added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (probe.path, probe.sha256, *_facts(probe), now, now),
        )
        item_id = int(cursor.lastrowid or 0)
        summary.added += 1
    else:
        item_id = int(item["id"])
        if item["path"] == probe.path:
            conn.execute(update, (probe.path, *_facts(probe), now, item_id))
            summary.updated += 1
        elif item["state"] == "missing" or not os.path.exists(item["path"]):
            conn.execute(update, (probe.path, *_facts(probe), now, item_id))
            conn.execute("DELETE FROM files WHERE path = ?", (item["path"],))
            summary.relinked += 1
        else:
            summary.duplicates += 1
    _upsert_file(conn, probe, item_id, now)
    if probe.thumbnail is not None and probe.thumbnail_size is not None and probe.sha256 is not None:
        conn.execute(
            "INSERT OR IGNORE INTO thumbnails (sha256, jpeg, width, height) VALUES (?, ?, ?, ?)",
            (probe.sha256, probe.thumbnail, *probe.thumbnail_size),
        )


def _inside(path: str, folders: Sequence[str], singles: set[str]) -> bool:
    return path in singles or any(path.startswith(folder.rstrip(os.sep) + os.sep) for folder in folders)


def _mark_missing(conn: sqlite3.Connection, folders: Sequence[str], singles: set[str]) -> int:
    """Mark items under the imported roots whose file is gone; re-link to a surviving copy first."""
    marked = 0
    now = now_iso()
    gone_files = [
        row["path"] for row in conn.execute("SELECT path FROM files")
        if _inside(row["path"], folders, singles) and not os.path.exists(row["path"])
    ]
    rows = conn.execute("SELECT id, path FROM items WHERE state != 'missing'").fetchall()
    for row in rows:
        if not _inside(row["path"], folders, singles) or os.path.exists(row["path"]):
            continue
        others = conn.execute("SELECT path FROM files WHERE item_id = ? AND path != ?", (row["id"], row["path"]))
        copies = [r["path"] for r in others if os.path.exists(r["path"])]
        if copies:
            conn.execute("UPDATE items SET path = ?, updated_at = ? WHERE id = ?", (copies[0], now, row["id"]))
            continue
        conn.execute(
            "UPDATE items SET state = 'missing', reason = ?, updated_at = ? WHERE id = ?",
            (f"{quoted(Path(row['path']))} is no longer where it was imported from (moved or deleted).",
             now, row["id"]),
        )
        marked += 1
    # Forget places that are gone, except each item's own last known path (shown to the curator).
    for path in gone_files:
        conn.execute("DELETE FROM files WHERE path = ? AND path NOT IN (SELECT path FROM items)", (path,))
    return marked


def _eta(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else (
        f"{seconds // 60}:{seconds % 60:02d}"
    )


def import_paths(
    catalog: Catalog,
    paths: Iterable[str | os.PathLike[str]],
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    *,
    per_file_timeout_s: float = DEFAULT_FILE_TIMEOUT_S,
    workers: int | None = None,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> ImportSummary:
    """Import image files and folders (recursively) into ``catalog``; see the module docstring.

    Raises :class:`InvalidInput` before doing anything when a path does not exist or none is
    given, and :class:`Cancelled` when ``cancel`` is set (what was imported so far is kept, and
    the next run resumes). Progress messages read “n/N files · rate · time left”.
    """
    if per_file_timeout_s <= 0:
        raise InvalidInput("The time limit per file must be more than 0 seconds.")
    cancel = cancel or CancelToken()
    started = time.monotonic()
    summary = ImportSummary()
    files, folders, singles = _collect(paths, cancel)
    conn = catalog.conn
    summary.found = len(files)
    todo = [path for path in files if not _unchanged(conn, path)]
    summary.unchanged = len(files) - len(todo)
    total = max(1, len(files))
    last_report = 0.0

    def report(done_reading: int, force: bool = False) -> None:
        nonlocal last_report
        now = time.monotonic()
        if not force and now - last_report < _PROGRESS_INTERVAL_S:
            return
        last_report = now
        elapsed = now - started
        rate = done_reading / elapsed if elapsed > 0 else 0.0
        left = len(todo) - done_reading
        if not left:
            eta = "finishing"
        else:
            eta = f"about {_eta(left / rate)} left" if rate > 0 else "estimating time left"
        done = summary.unchanged + done_reading
        progress(Progress(done / total, f"{done}/{len(files)} files · {rate:.1f} files/s · {eta}"))

    report(0, force=True)
    conn.execute("BEGIN IMMEDIATE")
    pending, last_commit = 0, time.monotonic()
    try:
        if todo:
            with ProbePool(workers or default_workers(), per_file_timeout_s, max_pixels) as pool:
                for count, (_, probe) in enumerate(pool.run(todo, cancel), start=1):
                    _record(conn, probe, summary)
                    pending += 1
                    if pending >= _COMMIT_EVERY or time.monotonic() - last_commit > _COMMIT_INTERVAL_S:
                        conn.execute("COMMIT")
                        conn.execute("BEGIN IMMEDIATE")
                        pending, last_commit = 0, time.monotonic()
                    report(count)
        cancel.raise_if_cancelled()
        summary.missing = _mark_missing(conn, folders, set(singles))
    except Cancelled:
        conn.execute("COMMIT")  # keep every finished file: the next run resumes from here
        raise
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    summary.elapsed_s = time.monotonic() - started
    report(len(todo), force=True)
    return summary
