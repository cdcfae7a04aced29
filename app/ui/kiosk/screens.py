"""Screenshots of every kiosk screen — the shell and the three experiences — per language and orientation.

``gyeongju-ai kiosk --screenshots DIR`` saves ``kiosk_<screen>_<lang>_<orientation>.png``. The
experiences run their real models and show a real state (a healed stroke, an answer, a learned round),
so the pictures are what a visitor sees, for judging layout, clipping and missing glyphs by eye.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.kiosk.config import KioskConfig
from app.ui.kiosk.launch import build_window, ensure_application
from app.ui.kiosk.window import KioskWindow

LANGUAGES = ("ko", "en", "zh", "th", "es")
SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
SCREENS = ("attract", "home", "heal", "see", "teach", "still-there", "operator")


def _settle(window: KioskWindow, ready: Callable[[], bool], seconds: float = 300) -> None:
    for _ in range(int(seconds * 20)):
        window.idle.touch()
        QTest.qWait(50)
        if ready() and not any(e.busy() for e in window.instances.values()):
            break
    QTest.qWait(100)


def _experience(window: KioskWindow, experience_id: str) -> None:
    """Open an experience and bring it to a state worth a picture."""
    window.open_experience(experience_id)
    experience = window.instances.get(experience_id)
    if experience is None or window.page() != "ExperienceHost":
        return
    if experience_id == "heal":
        _settle(window, lambda: experience.session is not None)  # type: ignore[attr-defined]
        if experience.session is not None and experience.session.strokes_healed == 0:  # type: ignore[attr-defined]
            canvas = experience.canvas  # type: ignore[attr-defined]
            rect = canvas.photo_rect()
            y = int(rect.top() + rect.height() * 0.45)
            points = [QPoint(int(rect.left() + rect.width() * (0.3 + 0.04 * i)), y) for i in range(6)]
            left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
            QTest.mousePress(canvas, left, none, points[0])
            for point in points[1:]:
                QTest.mouseMove(canvas, point)
            QTest.mouseRelease(canvas, left, none, points[-1])
            _settle(window, lambda: experience._task is None)  # type: ignore[attr-defined]
    elif experience_id == "see":
        _settle(window, lambda: experience.answer is not None)  # type: ignore[attr-defined]
    elif experience_id == "teach":
        if experience.game is None:  # type: ignore[attr-defined]
            experience.choose_pair(experience.pairs[0])  # type: ignore[attr-defined]
            _settle(window, lambda: experience.game is not None)  # type: ignore[attr-defined]
            game = experience.game  # type: ignore[attr-defined]
            for _ in range(4):
                if game is None or game.next_card is None:
                    break
                experience.sort_into(int(game.deck_truth[game.next_card]))  # type: ignore[attr-defined]
                _settle(window, lambda: not experience._learning)  # type: ignore[attr-defined]


class _Shooter:
    def __init__(self, window: KioskWindow, out_dir: Path, language: str, orientation: str, saved: list[Path]) -> None:
        self.window, self.out_dir, self.language, self.orientation, self.saved = (
            window,
            out_dir,
            language,
            orientation,
            saved,
        )

    def __call__(self, name: str, touch: bool = True) -> None:
        if touch:
            self.window.idle.touch()  # slow model loads must not run into the idle reset
        QTest.qWait(80)
        path = self.out_dir / f"kiosk_{name}_{self.language}_{self.orientation}.png"
        self.window.grab().save(str(path))
        self.saved.append(path)


def kiosk_screenshots(
    config: KioskConfig,
    content_dir: Path,
    out_dir: Path,
    languages: tuple[str, ...] = LANGUAGES,
    sizes: dict[str, tuple[int, int]] | None = None,
) -> list[Path]:
    """Save every screen in ``languages`` at ``sizes``; returns the files written."""
    ensure_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for orientation, (width, height) in (sizes or SIZES).items():
        window = build_window(config, content_dir, stats_path=":memory:", data_dir=out_dir / ".kiosk")
        window.setFixedSize(width, height)  # a full-screen window cannot grow past its screen
        window.show()
        QTest.qWait(300)
        # Load every experience's models first, blocking here as the soak's warm-up does (a first load
        # polled from the event loop took minutes on a loaded machine).
        window.begin_visit()
        for experience_id in ("heal", "see", "teach"):
            window.open_experience(experience_id)
            QTest.qWait(50)
            window.services.runner.pool.waitForDone(600_000)
            QTest.qWait(50)
            window.leave_experience()
        window.services.runner.pool.waitForDone(600_000)
        for language in languages:
            shot = _Shooter(window, out_dir, language, orientation, saved)
            window.show_attract()
            window.set_language(language)
            window.attract.stop()
            window.attract.set_phase(0.47)
            shot("attract")
            window.begin_visit()
            window.set_language(language)
            shot("home")
            for experience_id in ("heal", "see", "teach"):
                _experience(window, experience_id)
                shot(experience_id)
                window.leave_experience()
            window.idle._last_touch -= window.idle.idle_seconds + 3.2
            window._tick()
            QTest.qWait(100)
            shot("still-there", touch=False)
            window.show_attract()
            window.open_pin()
            window.set_language(language)
            window._open_operator()
            shot("operator")
        window.services.runner.shutdown(30000)
        window.quit_kiosk()
        window.deleteLater()
    return saved
