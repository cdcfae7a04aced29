"""Every experience, in every state and language, fits landscape, portrait and 4K screens with no text cut off.

The window is fixed to the screen's size, as a full-screen kiosk is: a page that asks for more room
than the screen has would be squeezed (text cut) on a real kiosk, and in an offscreen window it would
grow the window instead (and re-apply the whole style sheet, a UI freeze). The models are stand-ins;
the layouts are the real ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_kiosk_experiences import SYNTHETIC, colour_embedder, colour_photo, drag, fixed_seer, green_inpainter
from test_kiosk_shell import _cut_off

from app.kiosk.config import KioskConfig
from app.kiosk.languages import LANGUAGE_CODES
from app.ui.i18n import I18N_DIR
from app.ui.kiosk.experiences import HealExperience, SeeExperience, TeachExperience
from app.ui.kiosk.experiences.common import forget_models
from app.ui.kiosk.launch import build_window, ensure_application
from app.ui.kiosk.window import KioskWindow

pytestmark = pytest.mark.gui

SCREENS = {"landscape": (1920, 1080), "portrait": (1080, 1920), "4k": (3840, 2160)}


@pytest.fixture
def stand_ins(monkeypatch):  # type: ignore[no-untyped-def]
    import app.kiosk.teach_game as teach_game

    monkeypatch.setattr(teach_game, "DECK_PER_GROUP", 6)
    monkeypatch.setattr(teach_game, "TEST_PER_GROUP", 4)
    monkeypatch.setattr(HealExperience, "WORK_SIZE", (320, 240))
    monkeypatch.setattr(HealExperience, "load_inpainter", staticmethod(green_inpainter))
    monkeypatch.setattr(SeeExperience, "load_seer", staticmethod(fixed_seer))
    monkeypatch.setattr(TeachExperience, "pairs", (SYNTHETIC, SYNTHETIC))
    monkeypatch.setattr(TeachExperience, "make_photo", staticmethod(colour_photo))
    monkeypatch.setattr(TeachExperience, "load_embedder", staticmethod(colour_embedder))
    yield
    forget_models()


def _window(tmp_path: Path, size: tuple[int, int]) -> KioskWindow:
    ensure_application()
    window = build_window(KioskConfig(), tmp_path, stats_path=":memory:", data_dir=tmp_path / "kiosk")
    window.setFixedSize(*size)
    window.show()
    return window


def _settle(window: KioskWindow, ready=lambda: True) -> None:  # type: ignore[no-untyped-def]
    """Wait (up to three minutes: the first render of the photos on a loaded machine) for ``ready()``."""
    for _ in range(18000):
        window.idle.touch()  # a visitor who waits is still there: no idle reset mid-test
        QTest.qWait(10)
        idle = not any(e.busy() or getattr(e, "_loading", False) for e in window.instances.values())
        if idle and ready():
            return
    states = {k: (e.busy(), getattr(e, "_loading", None)) for k, e in window.instances.items()}
    raise AssertionError(f"the experiences never settled: {states}")


def _states(window: KioskWindow):  # type: ignore[no-untyped-def]
    """Walk every experience through its states; yields a name at each."""
    window.show_attract()
    window.begin_visit()
    window.open_experience("heal")
    heal = window.instances["heal"]
    assert isinstance(heal, HealExperience)
    _settle(window, lambda: heal.session is not None)
    yield "heal/start"
    rect = heal.canvas.photo_rect()
    y = int(rect.center().y())
    drag(heal.canvas, [QPoint(int(rect.left() + rect.width() * share), y) for share in (0.3, 0.5)])
    _settle(window)
    yield "heal/healed"
    heal.set_mode("wipe")
    yield "heal/wipe"
    window.leave_experience()
    window.open_experience("see")
    see = window.instances["see"]
    assert isinstance(see, SeeExperience)
    _settle(window, lambda: see.answer is not None)
    yield "see/answer+card"
    see.choose(len(see._choices) - 1)
    _settle(window, lambda: see.answer is not None)
    yield "see/last photo"
    window.leave_experience()
    window.open_experience("teach")
    _settle(window)
    teach = window.instances["teach"]
    assert isinstance(teach, TeachExperience)
    yield "teach/pick"
    teach.choose_pair(teach.pairs[0])
    _settle(window, lambda: teach.game is not None)
    yield "teach/sort"
    for group in (0, 1, 0):
        teach.sort_into(group)
        _settle(window)
    yield "teach/learned"
    window.leave_experience()


def _problems(window: KioskWindow, size: tuple[int, int], where: str) -> list[str]:
    found = []
    hint = window.minimumSizeHint()
    if hint.width() > size[0] or hint.height() > size[1]:
        found.append(f"{where}: needs {hint.width()}×{hint.height()} px on a {size[0]}×{size[1]} screen")
    page = window.stack.currentWidget()
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        text = widget.text().strip()
        if text and widget.width() < 20:
            found.append(f"{where}: “{text[:60]}” has no room ({widget.objectName() or type(widget).__name__})")
        elif text and _cut_off(widget, text):
            found.append(f"{where}: “{text[:60]}” is cut off ({widget.objectName() or type(widget).__name__})")
    return found


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_experience_state_fits_the_screen_in_every_language(stand_ins, tmp_path, screen) -> None:  # type: ignore[no-untyped-def]
    missing = [code for code in LANGUAGE_CODES if code != "en" and not (I18N_DIR / f"{code}.qm").is_file()]
    if missing:
        pytest.skip(f"compiled translations missing ({', '.join(missing)}): run make translations")
    size = SCREENS[screen]
    window = _window(tmp_path, size)
    problems: list[str] = []
    try:
        for state in _states(window):
            for language in LANGUAGE_CODES:
                window.set_language(language)
                QTest.qWait(1)  # the layout pass the new texts asked for (it may ask for a second one)
                QApplication.processEvents()
                problems += _problems(window, size, f"{screen}/{state}/{language}")
    finally:
        window.services.runner.shutdown(10000)
        window.quit_kiosk()
        window.deleteLater()
    assert not problems, "\n".join(problems[:25])
