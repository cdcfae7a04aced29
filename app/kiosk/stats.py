"""Local, anonymous kiosk statistics in SQLite: which experience, which language, how long. No images.

One row per visit of one experience. Nothing identifies a visitor: no images, no faces, no names, no
device ids; times are stored to the second. Exported as CSV for the operator.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import InvalidInput

_SCHEMA = """
CREATE TABLE IF NOT EXISTS visits (
    id INTEGER PRIMARY KEY,
    session INTEGER NOT NULL,
    experience TEXT NOT NULL,
    language TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    duration_s REAL
);
CREATE INDEX IF NOT EXISTS visits_started ON visits(started_at);
"""

CSV_COLUMNS = ("session", "experience", "language", "started_at_utc", "duration_s")


@dataclass(frozen=True)
class ExperienceSummary:
    experience: str
    visits: int
    average_s: float


class KioskStats:
    """Records visits; ``path=":memory:"`` keeps them in memory (tests, soak)."""

    def __init__(self, path: Path | str = ":memory:", clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # The kiosk records from the UI thread only; check_same_thread stays on.
        self._db = sqlite3.connect(str(path))
        self._db.executescript(_SCHEMA)
        self._session = 0
        self._open: dict[str, tuple[int, float]] = {}  # experience id -> (row id, start time)

    def close(self) -> None:
        self._db.close()

    def begin_session(self) -> int:
        """A new visitor touched the attract screen; returns the anonymous session number."""
        row = self._db.execute("SELECT COALESCE(MAX(session), 0) FROM visits").fetchone()
        self._session = max(self._session, int(row[0])) + 1
        return self._session

    def experience_started(self, experience: str, language: str) -> None:
        now = self._clock()
        if self._session == 0:
            self.begin_session()
        cursor = self._db.execute(
            "INSERT INTO visits(session, experience, language, started_at) VALUES (?, ?, ?, ?)",
            (self._session, experience, language, int(now)),
        )
        self._db.commit()
        self._open[experience] = (int(cursor.lastrowid or 0), now)

    def experience_ended(self, experience: str) -> None:
        opened = self._open.pop(experience, None)
        if opened is None:
            return
        row_id, started = opened
        self._db.execute("UPDATE visits SET duration_s = ? WHERE id = ?", (round(self._clock() - started, 1), row_id))
        self._db.commit()

    def end_all(self) -> None:
        """Close every open visit (idle reset, quit)."""
        for experience in list(self._open):
            self.experience_ended(experience)

    def session_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(DISTINCT session) FROM visits").fetchone()[0])

    def summary(self) -> list[ExperienceSummary]:
        rows = self._db.execute(
            "SELECT experience, COUNT(*), COALESCE(AVG(duration_s), 0) FROM visits GROUP BY experience ORDER BY 2 DESC"
        ).fetchall()
        return [ExperienceSummary(str(e), int(n), float(avg)) for e, n, avg in rows]

    def languages(self) -> dict[str, int]:
        rows = self._db.execute(
            "SELECT language, COUNT(DISTINCT session) FROM visits GROUP BY language ORDER BY 2 DESC"
        )
        return {str(lang): int(n) for lang, n in rows}

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for session, experience, language, started, duration in self._db.execute(
            "SELECT session, experience, language, started_at, duration_s FROM visits ORDER BY id"
        ):
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))
            writer.writerow((session, experience, language, stamp, "" if duration is None else f"{duration:.1f}"))
        return out.getvalue()

    def export_csv(self, path: Path) -> Path:
        """Write the CSV atomically (temporary file + replace)."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".stats-", suffix=".csv", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(self.to_csv())
            os.replace(tmp, path)
        except OSError as exc:
            raise InvalidInput(f"The statistics could not be saved to {path} ({exc.strerror or exc}).") from exc
        return path
