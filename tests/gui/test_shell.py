"""The application shell: start screen, modes, language switch, CJK glyphs, opening images, dialogs."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QRawFont
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.hashing import sha256_file
from app.ui.app import build_main_window
from app.ui.bootstrap import friendly_excepthook
from app.ui.dialogs import AboutDialog, SettingsDialog


@pytest.fixture
def window(qtbot, app_home, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    win = build_main_window()
    win.shown_errors = shown
    qtbot.addWidget(win)
    win.show()
    yield win
    assert win.runner.shutdown(10000)
    win.languages.set_language("en")


def _ink(text: str, font: QFont) -> np.ndarray:
    image = QImage(160, 60, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    buffer = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).reshape(60, image.bytesPerLine())
    return buffer[:, :160].copy()


def test_korean_and_cjk_render_real_glyphs(window):
    font = window.start.title.font()
    raw = QRawFont.fromFont(font)
    for ch in "경주慶州けい庆":
        assert raw.supportsCharacter(ch), ch
    gyeong, ju = _ink("경", font), _ink("주", font)
    # Empty boxes ("tofu") look identical for every missing character; real glyphs differ.
    assert (gyeong < 128).sum() > 20 and (ju < 128).sum() > 20
    assert np.abs(gyeong.astype(int) - ju.astype(int)).sum() > 2000


def test_navigation_between_modes(window, qtbot):
    assert window.pages.currentWidget() is window.start
    for mode, page in (("studio", window.studio), ("exhibition", window.exhibition),
                       ("presentation", window.presentation)):
        qtbot.mouseClick(window.start.cards[mode], Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is page
        qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is window.start


def test_live_language_switch(window, qtbot):
    # Qt delivers LanguageChange through the event loop, so wait for the widgets to re-apply texts.
    window.set_language("en")
    qtbot.waitUntil(lambda: window.start.cards["studio"].accessibleName() == "Studio", timeout=2000)
    assert window.file_menu.title() == "&File"
    window.set_language("ko")
    qtbot.waitUntil(lambda: window.start.cards["studio"].accessibleName() == "스튜디오", timeout=2000)
    assert window.exhibition.back.text() == "◀ 처음으로"
    assert window.file_menu.title() == "파일(&F)"
    assert window.studio.heading.text() == "스튜디오"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.studio.heading.text() == "Studio", timeout=2000)


def test_open_image_shows_it_zoomable_and_keeps_original(window, qtbot, tmp_path):
    path = tmp_path / "plate.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (90, 120, 3), dtype=np.uint8)).save(path)
    before = sha256_file(path)
    with qtbot.waitSignal(window.studio.imageOpened, timeout=10000):
        window.open_image(path)
    assert window.pages.currentWidget() is window.studio and window.studio.view.has_image()
    zoom = window.studio.view.zoom()
    window.studio.view.zoom_by(2.0)
    assert window.studio.view.zoom() == pytest.approx(zoom * 2.0)
    assert "120 × 90" in window.studio.info.text()
    assert sha256_file(path) == before


def test_corrupt_image_gives_one_sentence_and_app_keeps_running(window, qtbot, tmp_path):
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    with qtbot.waitSignal(window.studio.errorRaised, timeout=10000) as blocker:
        window.open_image(bad)
    message = blocker.args[0]
    assert "broken.jpg" in message and "\n" not in message and "Traceback" not in message
    qtbot.waitUntil(lambda: window.shown_errors == [message], timeout=2000)
    assert window.isVisible()


def test_about_lists_models_with_licences(window, qtbot):
    dialog = AboutDialog(window.registry, window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "efficientnet_lite0_imagenet" in text and "Apache-2.0" in text and "ffdnet_color" in text
    assert "OFL" in text


def test_settings_dialog_produces_new_settings(window, qtbot):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    dialog.max_mp.setValue(300)
    assert not dialog.visible_label.isChecked()  # archival masters stay unlabelled unless asked
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.visible_label, Qt.MouseButton.LeftButton, pos=dialog.visible_label.rect().center())
    result = dialog.result_settings()
    assert result.language == "ja" and result.images.max_megapixels == 300
    assert result.credentials.visible_label


def test_uncaught_exception_shows_friendly_dialog(window, qtbot):
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        friendly_excepthook(type(exc), exc, exc.__traceback__)
    def dialog_visible() -> bool:
        return any(w.objectName() == "UnexpectedErrorDialog" and w.isVisible() for w in QApplication.topLevelWidgets())

    qtbot.waitUntil(dialog_visible, timeout=2000)
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "UnexpectedErrorDialog":
            w.close()
    assert window.isVisible()


def test_samples_fill_the_gallery_and_open_with_their_fact_card(window, qtbot):
    qtbot.waitUntil(lambda: window.start.samples.count() >= 3, timeout=60000)
    assert window.exhibition.strip.count() == window.start.samples.count()
    window.set_language("ko")
    item = window.start.samples.item(0)
    key = item.data(Qt.ItemDataRole.UserRole)
    window.start.samples.itemClicked.emit(item)
    assert window.pages.currentWidget() is window.exhibition
    # Keys are sample ids ("cheomseongdae-day-summer") when the sample set is built, else subject ids.
    qtbot.waitUntil(lambda: getattr(window.exhibition, "shown_subject", None) is not None, timeout=20000)
    subject = window.exhibition.shown_subject
    assert key == subject or key.startswith(subject + "-")
    assert window.exhibition.view.has_image()
    from app.content.facts import load_card

    card = load_card(subject)
    qtbot.waitUntil(lambda: card.name("ko") in window.exhibition.card.toPlainText(), timeout=5000)
    window.set_language("en")
    qtbot.waitUntil(lambda: card.name("en") in window.exhibition.card.toPlainText(), timeout=5000)
    assert "photograph" in window.exhibition.card.toPlainText()


def test_mode_cards_wrap_their_explanation_instead_of_cutting_it(qtbot):
    from PySide6.QtGui import QFontMetrics

    from app.ui.start_screen import StartScreen

    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.resize(1440, 760)
    screen.show()
    qtbot.waitExposed(screen)
    for card in screen.cards.values():
        label = card.detail_label
        assert label.wordWrap() and label.text()
        # The whole explanation is laid out inside the card: its wrapped height fits, no line is wider.
        assert label.geometry().right() <= card.width() and label.geometry().left() >= 0
        lines_needed = label.heightForWidth(label.width())
        assert lines_needed <= label.height() + 1
        assert QFontMetrics(label.font()).horizontalAdvance(label.text()) > 0


_LAZY_PROBE = r"""
import sys
from app.ui.app import build_main_window
from PySide6.QtWidgets import QApplication
app = QApplication.instance() or QApplication([])
window = build_main_window("start")
rooms = ("app.ui.studio.page", "app.ui.collection.room", "app.ui.packs.page", "app.ui.script_editor.page",
         "app.ui.references.page", "app.ui.presentation.page", "app.ui.exhibition.page")
print("at-start", sorted(m for m in rooms if m in sys.modules))
window.show_mode("collection")
print("after-collection", window.current_mode(), "app.ui.collection.room" in sys.modules)
"""


def test_launch_builds_only_the_start_screen_and_each_page_on_first_use(tmp_path):
    """The launch stays short because no room's module is imported before the visitor asks for it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GYEONGJU_AI_HOME": str(tmp_path),
           "GYEONGJU_AI_BUILD_SAMPLES": "0"}
    done = subprocess.run([sys.executable, "-c", _LAZY_PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "at-start []" in done.stdout
    assert "after-collection CollectionRoom True" in done.stdout
