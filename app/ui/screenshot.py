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


#: Languages and window sizes of the kiosk screenshots (docs and visual checks of every script).
KIOSK_SHOT_LANGUAGES = ("ko", "en", "zh", "th", "es")
KIOSK_SHOT_SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def kiosk_screenshots(config: object, content_dir: Path, out_dir: Path) -> list[Path]:
    """Save attract, home, idle countdown, PIN pad and operator panel per language and orientation."""
    from PySide6.QtTest import QTest

    from app.ui.kiosk.launch import build_window, ensure_application

    ensure_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for orientation, (width, height) in KIOSK_SHOT_SIZES.items():
        window = build_window(config, content_dir, stats_path=":memory:", data_dir=out_dir / ".kiosk")  # type: ignore[arg-type]
        window.resize(width, height)
        window.show()
        QTest.qWait(300)
        window.services.runner.pool.waitForDone(30000)
        QTest.qWait(300)
        for language in KIOSK_SHOT_LANGUAGES:

            def shot(name: str, lang: str = language, where: str = orientation, win: object = window) -> None:
                QTest.qWait(50)
                path = out_dir / f"{where}-{lang}-{name}.png"
                win.grab().save(str(path))  # type: ignore[attr-defined]
                saved.append(path)

            window.show_attract()
            window.set_language(language)
            window.attract.stop()
            window.attract.set_phase(0.47)
            shot("attract")
            window.begin_visit()
            window.set_language(language)
            shot("home")
            window.idle._last_touch -= window.idle.idle_seconds + 3.2
            QTest.qWait(400)
            shot("idle-countdown")
            window.show_attract()
            window.open_pin()
            window.set_language(language)
            shot("pin")
            window._open_operator()
            shot("operator")
        window.quit_kiosk()
        window.deleteLater()
    return saved
