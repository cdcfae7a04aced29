"""Save a screenshot of the window once its sample gallery is loaded (docs, visual checks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def schedule_screenshot(window: QMainWindow, path: Path, wait_ms: int = 60000) -> None:
    """Grab ``window`` to ``path`` when its background jobs are done (or after ``wait_ms``), then quit."""
    elapsed = {"ms": 0}

    def attempt() -> None:
        runner = getattr(window, "runner", None)
        busy = runner is not None and runner.pool.activeThreadCount() > 0
        if busy and elapsed["ms"] < wait_ms:
            elapsed["ms"] += 200
            QTimer.singleShot(200, attempt)
            return
        QApplication.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(path))
        window.close()
        QApplication.instance().quit()

    QTimer.singleShot(500, attempt)

