"""The script editor driven like a presenter: add samples, type captions, reorder, preview, save, pack."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QPlainTextEdit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from presentation_fixtures import fake_operation, picture  # noqa: E402

from app.packs import operations as pack_operations  # noqa: E402
from app.packs.selection import PackInfo  # noqa: E402
from app.presentation.operations import Operations  # noqa: E402
from app.presentation.script import load_script  # noqa: E402
from app.ui.runner import JobRunner  # noqa: E402
from app.ui.script_editor.dialogs import SamplePickDialog  # noqa: E402
from app.ui.script_editor.page import ScriptEditorPage  # noqa: E402

pytestmark = pytest.mark.gui
FAKE = Operations(fake_operation, fake_operation, fake_operation)


def _samples(root: Path) -> Path:
    """A tiny built sample set (two renders) in the layout app.content.samples reads."""
    entries = []
    for n, subject in enumerate(("cheomseongdae", "dabotap")):
        Image.fromarray(picture(n)).save(root / f"{subject}.jpg")
        Image.fromarray(picture(n + 5)).save(root / f"{subject}-aged.jpg")
        entries.append(
            {
                "id": f"{subject}-1",
                "subject_id": subject,
                "light": "day",
                "season": "summer",
                "view": 0.0,
                "seed": n,
                "width": 128,
                "height": 96,
                "clean_file": f"{subject}.jpg",
                "aged_file": f"{subject}-aged.jpg",
                "damage_file": "",
                "damage_kinds": [],
            }
        )
    (root / "index.json").write_text(json.dumps({"generator_version": 1, "entries": entries}), encoding="utf-8")
    return root


@pytest.fixture
def editor(qtbot, tmp_path, app_home):
    runner = JobRunner()
    page = ScriptEditorPage(runner)
    page.samples_root = _samples(tmp_path)
    page.operations = FAKE
    page.folder = tmp_path
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    yield page
    assert runner.shutdown(10000)


def _type(qtbot, widget, text: str) -> None:
    """Click into the field and type: Latin text as key presses, Hangul as an input method commits it."""
    target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _ok(dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def _compose(qtbot, editor: ScriptEditorPage) -> None:
    """Title step with captions, then one sample added as a picture step, captions typed in ko and en."""
    _type(qtbot, editor.title_edits[0], "경주와 AI")
    _type(qtbot, editor.title_edits[1], "Gyeongju and AI")
    _type(qtbot, editor.form.captions[0], "환영합니다")
    _type(qtbot, editor.form.captions[1], "Welcome")
    qtbot.mouseClick(editor.samples_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.findChild(SamplePickDialog) is not None, timeout=5000)
    dialog = editor.findChild(SamplePickDialog)
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # ticks the first sample
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.draft.steps) == 2, timeout=5000)
    step = editor.draft.steps[1]
    assert (step.kind, step.subject, step.image) == ("image", "cheomseongdae", "images/cheomseongdae.jpg")
    _type(qtbot, editor.form.captions[0], "첨성대")
    _type(qtbot, editor.form.captions[1], "Cheomseongdae")
    _type(qtbot, editor.form.notes, "Queen Seondeok's reign.")
    assert step.captions == {"ko": "첨성대", "en": "Cheomseongdae"} and step.notes == "Queen Seondeok's reign."


def test_compose_preview_and_save_a_valid_script(qtbot, editor, tmp_path):
    _compose(qtbot, editor)
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.preview.current is not None and editor.preview_handle is None, timeout=10000)
    assert editor.preview.captions() == ("첨성대", "Cheomseongdae")
    assert editor.preview.picture.has_picture()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.findChild(QFileDialog, "SaveScriptDialog") is not None, timeout=5000)
    dialog = editor.findChild(QFileDialog, "SaveScriptDialog")
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.clear()
    qtbot.keyClicks(edit, "mine.toml")
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    accept = next(b for b in buttons.buttons() if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "mine.toml").is_file(), timeout=5000)
    script = load_script(tmp_path / "mine.toml")
    assert [s.kind for s in script.steps] == ["title", "image"]
    assert script.title == {"ko": "경주와 AI", "en": "Gyeongju and AI"}


def test_a_missing_caption_is_the_validators_sentence_and_nothing_is_saved(qtbot, editor, tmp_path):
    _type(qtbot, editor.title_edits[0], "경주")
    _type(qtbot, editor.title_edits[1], "Gyeongju")
    _type(qtbot, editor.form.captions[0], "환영합니다")  # English caption left empty
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "line" in editor.message.text() and "“en”" in editor.message.text()
    assert editor.findChild(QFileDialog, "SaveScriptDialog") is None
    assert not list(tmp_path.glob("*.toml"))


def test_reorder_by_drop_and_by_buttons(qtbot, editor):
    _compose(qtbot, editor)
    editor.plain_kind.setCurrentIndex(editor.plain_kind.findData("side_by_side"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # a side-by-side step after the picture
    assert [s.kind for s in editor.draft.steps] == ["title", "image", "side_by_side"]
    # What a drag does: the view asks the model for the dragged row's data and drops it before row 0.
    model = editor.model
    data = model.mimeData([model.index(2)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [s.kind for s in editor.draft.steps] == ["side_by_side", "title", "image"]
    assert editor.current_row() == 0
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert [s.kind for s in editor.draft.steps] == ["title", "image", "side_by_side"]
    assert model.data(model.index(0)).startswith("1. ") and model.data(model.index(2)).startswith("3. ")


def test_live_step_preview_and_build_a_pack_from_the_script(qtbot, editor, tmp_path):
    _compose(qtbot, editor)
    editor.picture_kind.setCurrentIndex(editor.picture_kind.findData("restore"))
    editor.add_pictures([(editor.samples_root / "dabotap-aged.jpg", "")], "restore")
    _type(qtbot, editor.form.captions[0], "복원")
    _type(qtbot, editor.form.captions[1], "Restoration")
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: editor.preview.current is not None and editor.preview.current.step.kind == "restore", timeout=10000
    )
    assert editor.preview.right.has_picture()  # the "after" picture of the live run
    out = tmp_path / "mine.gjpack"
    info = PackInfo(id="my-demo", title={"en": "My demo"}, institution="Gyeongju National Museum", licence="CC-BY-4.0")
    handle = editor.build_pack(info, out)
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    assert out.is_file(), editor.message.text()
    paths = {f.path for f in pack_operations.verify(out).manifest.files}
    assert {"scripts/show.toml", "images/cheomseongdae.jpg", "images/dabotap-aged.jpg"} <= paths
    assert "facts/cheomseongdae.json" in paths


def test_a_teach_step_is_added_and_its_groups_typed(qtbot, editor, tmp_path):
    """Teach steps are made in the editor too: two groups of the script's pictures, typed one per line."""
    _compose(qtbot, editor)
    qtbot.mouseClick(editor.samples_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.findChild(SamplePickDialog) is not None and
                    editor.findChild(SamplePickDialog).isVisible(), timeout=5000)
    dialog = editor.findChild(SamplePickDialog)
    dialog.list.setCurrentRow(1)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # the second sample, so the script has two pictures
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.draft.steps) == 3, timeout=5000)
    _type(qtbot, editor.form.captions[0], "다보탑")
    _type(qtbot, editor.form.captions[1], "Dabotap")

    editor.plain_kind.setCurrentIndex(editor.plain_kind.findData("teach"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    teach = editor.draft.steps[-1]
    assert teach.kind == "teach" and editor.form.examples.isVisible()
    _type(qtbot, editor.form.captions[0], "예시로 가르치기")
    _type(qtbot, editor.form.captions[1], "Teach by example")
    _type(qtbot, editor.form.examples, "tower: images/cheomseongdae.jpg")
    qtbot.keyClick(editor.form.examples, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.form.examples, "pagoda: images/dabotap.jpg")
    assert teach.examples == {"tower": ["images/cheomseongdae.jpg"], "pagoda": ["images/dabotap.jpg"]}
    assert not editor.save_to(tmp_path / "teach.toml")  # one photo per group cannot teach anything
    assert "at least two" in editor.message.text() and not (tmp_path / "teach.toml").exists()
    qtbot.keyClick(editor.form.examples, Qt.Key.Key_Up)
    qtbot.keyClick(editor.form.examples, Qt.Key.Key_End)
    qtbot.keyClicks(editor.form.examples, ", images/dabotap.jpg")
    qtbot.keyClick(editor.form.examples, Qt.Key.Key_Down)
    qtbot.keyClick(editor.form.examples, Qt.Key.Key_End)
    qtbot.keyClicks(editor.form.examples, ", images/cheomseongdae.jpg")
    assert teach.examples == {"tower": ["images/cheomseongdae.jpg", "images/dabotap.jpg"],
                              "pagoda": ["images/dabotap.jpg", "images/cheomseongdae.jpg"]}
    assert editor.save_to(tmp_path / "teach.toml"), editor.message.text()
    script = load_script(tmp_path / "teach.toml")
    assert [s.kind for s in script.steps] == ["title", "image", "image", "teach"]
