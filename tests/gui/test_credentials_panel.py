"""The Studio's Content Credentials tab: create an identity, open signed / tampered / plain images."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from skimage import data

from app.config.paths import app_paths
from app.config.settings import load_settings
from app.imaging.io import load_image
from app.ui.app import build_main_window
from app.vision.restoration.provenance import save_output, step_record

pytestmark = pytest.mark.gui

MODEL = {"id": "ffdnet_color", "version": "1.0.0", "sha256": "ab" * 32}


@pytest.fixture
def window(qtbot, app_home, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    win = build_main_window()
    qtbot.addWidget(win)
    win.show()
    win.set_language("en")
    yield win
    win.set_language("en")
    assert win.runner.shutdown(20000)


def _open(studio, qtbot, path):
    panel = studio.credentials_panel
    with qtbot.waitSignal(panel.checked, timeout=30000):
        studio.open_path(path)
    return panel


def test_identity_then_signed_tampered_and_plain_images(window, qtbot, tmp_path):
    studio = window.studio
    window.show_mode("studio")
    bar = studio.tools.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert studio.tools.currentWidget() is studio.credentials_panel
    box = studio.credentials_panel.identity
    assert "No signing identity" in box.status.text()
    qtbot.mouseClick(box.name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box.name, "Gyeongju National Museum")
    qtbot.mouseClick(box.create, Qt.MouseButton.LeftButton)
    assert "signed by Gyeongju National Museum" in box.status.text() and not box.create.isVisible()

    original = tmp_path / "original.jpg"
    Image.fromarray(np.ascontiguousarray(data.astronaut()[::4, ::4])).save(original, quality=90)
    signed = tmp_path / "restored.png"
    source = load_image(original)
    save_output(255 - source.pixels, signed, source, "restore", [step_record("denoise", {"sigma": 15}, model=MODEL)])

    panel = _open(studio, qtbot, signed)
    assert "Signed by Gyeongju National Museum" in panel.badge.text() and "trusted" in panel.badge.text()
    assert "ffdnet_color" in panel.details.text()
    items = [panel.steps.item(i).text() for i in range(panel.steps.count())]
    assert items == ["original opened", "noise removed (AI)"]
    qtbot.wait(50)  # let the layout settle around the new texts before looking
    assert panel.badge.height() >= panel.badge.heightForWidth(panel.badge.width()) - 2  # nothing cut off
    window.grab().save(str(tmp_path / "credentials-tab.png"))

    tampered = tmp_path / "tampered.png"
    pixels = np.asarray(Image.open(signed)).copy()
    pixels[3, 3] ^= 0x20
    raw = signed.read_bytes()
    start = raw.index(b"caBX") - 4
    length = int.from_bytes(raw[start : start + 4], "big")
    Image.fromarray(pixels).save(tampered)
    plain = tampered.read_bytes()
    tampered.write_bytes(plain[:33] + raw[start : start + 12 + length] + plain[33:])
    assert "do not match" in _open(studio, qtbot, tampered).badge.text()

    assert "No Content Credentials" in _open(studio, qtbot, original).badge.text()

    assert not box.label.isChecked()  # off by default: archival masters stay clean
    qtbot.mouseClick(box.label, Qt.MouseButton.LeftButton, pos=box.label.rect().center())
    assert box.label.isChecked() and load_settings(app_paths().settings_file).credentials.visible_label
    window.set_language("en")  # the window writes its settings back: the switch must survive that
    assert load_settings(app_paths().settings_file).credentials.visible_label


def _tr_texts() -> set[tuple[str, str]]:
    """(class, source) of every ``self.tr("…")`` in app/ui/credentials."""
    import ast
    from pathlib import Path

    found = set()
    for path in sorted((Path(__file__).resolve().parents[2] / "app" / "ui" / "credentials").glob("*.py")):
        for cls in (n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.ClassDef)):
            for call in ast.walk(cls):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    found.add((cls.name, call.args[0].value))
    return found


@pytest.mark.parametrize("language", ["ko", "zh", "ja"])
def test_every_credentials_text_is_translated(language):
    import xml.etree.ElementTree as ET

    from app.ui.i18n import I18N_DIR

    root = ET.parse(I18N_DIR / f"{language}.ts").getroot()
    translated = {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if (msg.findtext("translation") or "").strip()
    }
    texts = _tr_texts()
    assert len(texts) >= 15
    assert not texts - translated, f"untranslated in {language}: {sorted(texts - translated)}"
