"""The Studio's tool panels fit their column in every UI language: nothing is cut off on the right.

The restore tools scroll vertically only, so anything wider than the scroll area's viewport is
simply cut off. The window opens in Japanese, then each language is checked after switching from
another (a combo box once kept the width of its long Japanese method names, which cut off Korean
and English), at the window's 1440 × 900 and with the tools column dragged to its minimum width.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout

from app.config.paths import app_paths
from app.config.settings import Settings, save_settings
from app.ui.app import build_main_window
from app.vision.recognition.classify import LabelScore, PathResult, Prediction

pytestmark = pytest.mark.slow

LANGUAGES = ["ja", "ko", "zh", "en", "ja"]


@pytest.fixture
def window(qtbot, app_home, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    # A Japanese-speaking curator's settings: the window is built in Japanese.
    save_settings(Settings().with_language("ja"), app_paths().settings_file)
    win = build_main_window()
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    assert win.languages.language == "ja"
    yield win
    win.set_language("en")  # its translator is installed app-wide: leave none behind for the next test
    assert win.runner.shutdown(20000)


def _name(widget: QWidget) -> str:
    text = widget.title() if isinstance(widget, QGroupBox) else getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName()!r} {str(text)[:40]!r}"


def _combo_field_width(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width()


def clipped(content: QWidget, area: QWidget) -> list[str]:
    """What of ``content``'s visible widgets ends past ``area``'s right edge, or cannot show its whole text."""
    problems, past = [], set()
    for widget in [content, *content.findChildren(QWidget)]:
        if not widget.isVisible() or widget.isWindow():
            continue
        right = widget.mapTo(area, QPoint(widget.width(), 0)).x()
        if right > area.width():
            past.add(widget)
            if widget.parentWidget() not in past:  # the outermost is enough to say; its children go with it
                problems.append(f"{_name(widget)} ends at x = {right}, past the {area.width()} px in view")
        metrics = QFontMetrics(widget.font())
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            need = max(metrics.horizontalAdvance(line) for line in widget.text().split("\n"))
            if need > widget.contentsRect().width():
                problems.append(f"{_name(widget)} needs {need} px for its text, has {widget.contentsRect().width()}")
        elif isinstance(widget, QAbstractButton | QGroupBox):
            if widget.width() < widget.minimumSizeHint().width():  # the hint holds the whole text
                problems.append(f"{_name(widget)} is {widget.width()} px, its text needs "
                                f"{widget.minimumSizeHint().width()}")
        elif isinstance(widget, QComboBox):
            room = _combo_field_width(widget)
            for index in range(widget.count()):  # any item may be chosen, not just the one on show
                need = metrics.horizontalAdvance(widget.itemText(index))
                if need > room:
                    problems.append(f"combo item {widget.itemText(index)!r} needs {need} px, has {room}")
    return problems


def _switch(qtbot, window, language: str, probe: QAbstractButton, context: str, source: str) -> None:
    """Switch the UI language and wait until ``probe`` shows its text in it (retranslation is queued)."""
    window.set_language(language)
    qtbot.waitUntil(lambda: probe.text() == QCoreApplication.translate(context, source))


def _settle(qtbot, check) -> list[str]:
    """Problems still there once the layouts have had their turn (a relayout is queued, never instant)."""
    for _ in range(3):  # the queued relayouts first, so a check never passes on the old geometry
        QCoreApplication.processEvents()
    try:
        qtbot.waitUntil(lambda: not check(), timeout=1500)
    except WaitTimeout:
        pass
    return check()


def _at_widths(qtbot, window, check) -> list[str]:
    """``check`` at the window's own split, with the tools column at its minimum width and at 480 px."""
    studio = window.studio
    splitter = studio.tools.parentWidget()
    own = splitter.sizes()
    total = sum(own)
    problems = [f"1440 px window ({studio.tools.width()} px of tools): {p}" for p in _settle(qtbot, check)]
    for tools in (1, 480):  # 1: the splitter stops the tools at their minimum width
        splitter.setSizes([total - tools, tools])
        qtbot.waitUntil(lambda: studio.tools.width() > 1)
        problems += [f"tools at {studio.tools.width()} px: {p}" for p in _settle(qtbot, check)]
        outside = studio.tools.mapTo(window, QPoint(studio.tools.width(), 0)).x()
        if outside > window.width():
            problems.append(f"the tools column ends at x = {outside}, past the {window.width()} px window")
    splitter.setSizes(own)
    return problems


def test_restore_panel_fits_in_every_language(window, qtbot):
    studio = window.studio
    with qtbot.waitSignal(studio.imageOpened, timeout=60000):
        window.open_aged_sample("face_tile")
    panel = studio.restore_panel
    studio.tools.setCurrentWidget(panel)
    scroll = panel.findChild(QScrollArea)
    problems = []
    for language in LANGUAGES:
        _switch(qtbot, window, language, panel.restore_button, "RestorePanel", "Restore old photo (one click)")
        if not panel.review.isVisible():  # the review box, shown once the detector has proposed a mask
            panel.repair_toggle.click()
            panel.restore_button.click()
            qtbot.waitUntil(lambda: panel.review.isVisible(), timeout=30000)
        problems += [f"{language}, {p}" for p in _at_widths(qtbot, window, lambda: clipped(scroll.widget(),
                                                                                          scroll.viewport()))]
    assert not problems, "\n".join(problems)


def test_recognise_panel_fits_in_every_language(window, qtbot):
    window.show_mode("studio")
    studio = window.studio
    panel = studio.recognise_panel
    studio.tools.setCurrentWidget(panel)
    prediction = Prediction((LabelScore("sacred_bell", "Sacred Bell of King Seongdeok", "성덕대왕신종", 0.46),
                             LabelScore("dabotap", "Dabotap", "다보탑", 0.3),
                             LabelScore("seokgatap", "Seokgatap", "석가탑", 0.1)), False)
    problems = []
    for language in LANGUAGES:
        _switch(qtbot, window, language, panel.recognise_button, "RecognisePanel", "Recognise this image")
        panel.card.show_prediction(prediction, language)
        panel.results.clear()
        panel._folder_tagged(([PathResult(Path("/photos/IMG_0001.jpg"), prediction)], []))  # its job's slot
        problems += [f"{language}, {p}" for p in _at_widths(qtbot, window, lambda: clipped(panel, panel))]
    assert not problems, "\n".join(problems)


def test_tools_column_widens_when_a_text_in_it_grows(window, qtbot):
    # No language switch (whose font change relayouts everything): the column must hear of the new width itself.
    window.show_mode("studio")
    studio = window.studio
    panel = studio.restore_panel
    studio.tools.setCurrentWidget(panel)
    scroll = panel.findChild(QScrollArea)
    qtbot.waitUntil(lambda: studio.tools.width() < 640 and not clipped(scroll.widget(), scroll.viewport()))
    before = studio.tools.width()
    panel.denoise_button.setText("Remove the noise from this photo, gently, carefully and thoroughly")
    assert not _settle(qtbot, lambda: clipped(scroll.widget(), scroll.viewport()))
    assert studio.tools.width() > before
