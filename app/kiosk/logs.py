"""The kiosk's folder in the user data dir and its rotated log (shared by the kiosk and its watchdog)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.config.paths import app_paths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def kiosk_dir() -> Path:
    """Log, statistics, heartbeat and CSV exports live here (``GYEONGJU_AI_HOME`` moves it)."""
    return app_paths().data_dir / "kiosk"


def configure_kiosk_logging(folder: Path, name: str = "kiosk.log") -> logging.Handler:
    """Attach a rotated log (5 × 2 MB) in ``folder``; idempotent."""
    log_file = folder / name
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == log_file:
            return handler
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return handler
