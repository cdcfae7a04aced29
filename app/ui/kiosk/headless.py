"""Offscreen runs of the kiosk: the soak test (screenshots live in ``app/ui/kiosk/screens.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtTest import QTest

from app.kiosk.config import KioskConfig
from app.ui.kiosk.launch import build_window, ensure_application
from app.ui.kiosk.soak import run_soak


def soak(config: KioskConfig, content_dir: Path, interactions: int, data_dir: Path | None = None) -> dict[str, object]:
    """Build a kiosk window (statistics in memory, no heartbeat) and run the scripted visitor."""
    ensure_application()
    window = build_window(config, content_dir, stats_path=":memory:", data_dir=data_dir)
    # Fixed, as a full-screen window on a 1080p screen is: a page asking for more room must not grow it.
    window.setFixedSize(1920, 1080)
    window.show()
    QTest.qWait(200)
    try:
        return run_soak(window, interactions).as_dict()
    finally:
        # Wait for every worker (experiences may use the global pool too) before Qt is torn down.
        window.services.runner.shutdown(30000)
        QThreadPool.globalInstance().waitForDone(30000)
        window.quit_kiosk()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
