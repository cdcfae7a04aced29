"""The Packs page driven like a curator: choose a file in the dialog, read what it holds, confirm, install."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from pack_fixtures import make_source, snapshot  # noqa: E402

from app.packs import operations  # noqa: E402
from app.packs.install import packs_dir  # noqa: E402
from app.ui.packs.page import PacksPage  # noqa: E402
from app.ui.runner import JobRunner  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def pack_file(tmp_path, app_home):
    out = tmp_path / "demo.gjpack"
    operations.create(make_source(tmp_path / "src"), out)
    return out


@pytest.fixture
def page(qtbot, app_home):
    runner = JobRunner()
    widget = PacksPage(runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    yield widget
    assert runner.shutdown(10000)


def _choose_in_dialog(qtbot, page: PacksPage, name: str, path: Path) -> None:
    """Type a path into the page's own file dialog and press its Open/Save button, as a person does."""
    qtbot.waitUntil(
        lambda: page.findChild(QFileDialog, name) is not None and page.findChild(QFileDialog, name).isVisible(),
        timeout=5000,
    )
    dialog = page.findChild(QFileDialog, name)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.clear()
    assert Path(dialog.directory().path()) == path.parent  # it opens where the last pack was
    qtbot.keyClicks(edit, path.name)
    popup = edit.completer().popup() if edit.completer() is not None else None
    if popup is not None and popup.isVisible():  # the path completer's list, as a person closes it
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    accept = next(b for b in buttons.buttons() if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(accept.isEnabled, timeout=5000)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def _box(qtbot, page: PacksPage, name: str) -> QMessageBox:
    qtbot.waitUntil(
        lambda: page.findChild(QMessageBox, name) is not None and page.findChild(QMessageBox, name).isVisible(),
        timeout=5000,
    )
    return page.findChild(QMessageBox, name)


def _import(qtbot, page: PacksPage, path: Path) -> None:
    page.folder = path.parent
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    _choose_in_dialog(qtbot, page, "PackOpenDialog", path)
    qtbot.waitUntil(lambda: page.busy is None, timeout=15000)


def test_import_shows_contents_and_installs_unsigned_only_after_confirming(qtbot, page, pack_file):
    _import(qtbot, page, pack_file)
    assert page.details.title.text() == "Bulguksa demo"
    assert "Not signed" in page.details.signer.text()
    files = {page.details.files.item(r, 0).text(): r for r in range(page.details.files.rowCount())}
    row = files["images/bell.png"]
    assert page.details.files.item(row, 1).text() == "image"
    assert page.details.files.item(row, 2).text() == "CC-BY-4.0"
    assert page.details.files.item(row, 3).text() == "Photo: museum archive"
    assert page.install_button.isVisible() and not packs_dir().exists()

    qtbot.mouseClick(page.install_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, page, "ConfirmUnsigned")
    qtbot.mouseClick(box.no, Qt.MouseButton.LeftButton)  # the curator hesitates: nothing happens
    qtbot.wait(100)
    assert page.busy is None and operations.installed() == []

    qtbot.mouseClick(page.install_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, page, "ConfirmUnsigned")
    with qtbot.waitSignal(page.installed, timeout=15000) as installed:
        qtbot.mouseClick(box.yes, Qt.MouseButton.LeftButton)
    assert installed.args == ["bulguksa-demo@1.0.0"]
    assert [p.id for p in operations.installed()] == ["bulguksa-demo"]
    assert page.list.count() == 1 and page.selected_pack() is not None
    assert "Installed" in page.message.text() and not page.install_button.isVisible()


def test_a_corrupt_pack_is_one_sentence_and_writes_nothing(qtbot, page, tmp_path, app_home):
    bad = tmp_path / "broken.gjpack"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip" * 20)
    app_home.mkdir(parents=True, exist_ok=True)
    before = snapshot(app_home)
    _import(qtbot, page, bad)
    text = page.message.text()
    assert "broken.gjpack" in text and "refused" in text and "\n" not in text and "Traceback" not in text
    assert not page.install_button.isVisible()
    assert snapshot(app_home) == before
    assert page.import_button.isEnabled()  # the page keeps working


def test_export_then_remove_an_installed_pack(qtbot, page, pack_file, tmp_path):
    operations.install(pack_file, confirm_unsigned=True)
    page.refresh()
    qtbot.mouseClick(
        page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualItemRect(page.list.item(0)).center()
    )
    assert page.export_button.isEnabled()
    out = tmp_path / "exported.gjpack"
    page.folder = tmp_path
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    _choose_in_dialog(qtbot, page, "PackSaveDialog", out)
    qtbot.waitUntil(lambda: page.busy is None and out.is_file(), timeout=15000)
    assert operations.verify(out).manifest.id == "bulguksa-demo"
    assert "Saved" in page.message.text()

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, page, "ConfirmRemove")
    qtbot.mouseClick(box.yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.busy is None and page.list.count() == 0, timeout=15000)
    assert operations.installed() == []


def test_titles_follow_the_ui_language(qtbot, page, pack_file):
    operations.install(pack_file, confirm_unsigned=True)
    page.set_language("ko")
    page.list.setCurrentRow(0)
    assert page.details.title.text() == "불국사 데모"
    assert page.list.item(0).text().startswith("불국사 데모")
