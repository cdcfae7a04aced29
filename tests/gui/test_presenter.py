"""The presenter: clicker keys move through a small show, live steps fall back to the cache, both languages show."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from presentation_fixtures import failing_operation, fake_operation, make_pack  # noqa: E402

from app.cli import main  # noqa: E402
from app.presentation.operations import Operations  # noqa: E402
from app.presentation.rehearse import rehearse  # noqa: E402
from app.presentation.script import load_script  # noqa: E402
from app.ui.presenter.show import PresenterShow  # noqa: E402

FAKE = Operations(fake_operation, fake_operation, fake_operation)


@pytest.fixture
def pack(tmp_path):
    folder = make_pack(tmp_path / "pack")
    rehearse(load_script(folder / "scripts" / "show.toml"), folder, operations=FAKE, warm=False)
    return folder


@pytest.fixture
def make_show(qtbot, pack):
    shows: list[PresenterShow] = []

    def build(operations: Operations = FAKE, one_screen: bool = False) -> PresenterShow:
        show = PresenterShow(load_script(pack / "scripts" / "show.toml"), pack, one_screen=one_screen,
                             operations=operations)
        for window in show.windows:
            window.resize(1280, 720)
            window.show()
        shows.append(show)
        with qtbot.waitSignal(show.stepShown, timeout=10000):
            show.start()
        return show

    yield build
    for show in shows:
        show.close()
        assert show.runner.shutdown(10000)


def _press(qtbot, show: PresenterShow, key: Qt.Key, expected: int) -> None:
    qtbot.keyClick(show.audience, key)
    qtbot.waitUntil(lambda: show.index == expected and not show.running
                    and show.prepared is not None and show.prepared.step.index == expected + 1, timeout=10000)


def test_clicker_keys_move_through_the_show(qtbot, make_show):
    show = make_show()
    _press(qtbot, show, Qt.Key.Key_PageDown, 1)
    _press(qtbot, show, Qt.Key.Key_Right, 2)
    _press(qtbot, show, Qt.Key.Key_Space, 3)
    _press(qtbot, show, Qt.Key.Key_Left, 2)
    _press(qtbot, show, Qt.Key.Key_PageUp, 1)
    qtbot.keyClick(show.presenter, Qt.Key.Key_5)  # keys work on the presenter's screen too
    qtbot.keyClick(show.presenter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: show.prepared.step.index == 5, timeout=10000)
    assert show.audience.pages.currentIndex() == show.audience.page_of["closing"]
    assert "https://gyeongju.museum.go.kr" in show.audience.url.text()
    _press(qtbot, show, Qt.Key.Key_PageDown, 4)  # past the end: stays on the closing slide
    qtbot.keyClick(show.audience, Qt.Key.Key_2)  # a digit alone jumps after a short wait
    qtbot.waitUntil(lambda: show.prepared.step.index == 2, timeout=10000)


def test_black_key_blanks_the_audience_and_tells_the_presenter(qtbot, make_show):
    show = make_show()
    qtbot.keyClick(show.audience, Qt.Key.Key_B)
    assert show.audience.black and show.audience.outer.currentIndex() == 1
    assert show.presenter.black_label.isVisible()
    _press(qtbot, show, Qt.Key.Key_PageDown, 1)  # moving on stays black until B again
    assert show.audience.black
    qtbot.keyClick(show.audience, Qt.Key.Key_B)
    assert not show.audience.black and not show.presenter.black_label.isVisible()


def test_failing_live_step_shows_the_cache_and_the_presenter_says_so(qtbot, make_show):
    show = make_show(Operations(failing_operation, fake_operation, fake_operation))
    _press(qtbot, show, Qt.Key.Key_PageDown, 1)
    assert show.prepared.source.startswith("cache (failed:")
    assert show.audience.left.has_picture() and show.audience.right.has_picture()
    assert "cache" in show.presenter.source.text()
    assert "checksum" in show.presenter.source.text()
    _press(qtbot, show, Qt.Key.Key_PageDown, 2)  # the next live step runs live again
    assert show.prepared.source == "live" and "live" in show.presenter.source.text()


def test_captions_show_both_languages(qtbot, make_show):
    show = make_show()
    assert show.audience.captions() == ("환영합니다", "Welcome")
    assert not show.presenter.thumb.has_picture()  # a title step has no picture to show
    _press(qtbot, show, Qt.Key.Key_PageDown, 1)
    assert show.audience.captions() == ("복원", "Restoration")
    assert show.presenter.thumb.has_picture()  # the presenter sees a small copy of the current step
    assert "복원" in show.presenter.captions.text() and "Restoration" in show.presenter.captions.text()
    assert "The noise is measured first." in show.presenter.notes.text()
    assert "3" in show.presenter.next_step.text()


def test_audience_keeps_the_previous_step_while_a_live_step_runs(qtbot, make_show):
    release = threading.Event()

    def held(step, pack_dir, progress, cancel):
        release.wait(5)
        return fake_operation(step, pack_dir, progress, cancel)

    show = make_show(Operations(held, fake_operation, fake_operation))
    qtbot.keyClick(show.audience, Qt.Key.Key_PageDown)
    qtbot.wait(100)
    assert show.running and show.audience.captions() == ("환영합니다", "Welcome")
    assert "Running live" in show.presenter.source.text()
    release.set()
    qtbot.waitUntil(lambda: not show.running, timeout=10000)
    assert show.audience.captions() == ("복원", "Restoration") and show.prepared.source == "live"


def test_one_screen_mode_toggles_the_presenter_panel(qtbot, make_show):
    show = make_show(one_screen=True)
    assert show.one_screen is not None and show.presenter.isVisible()
    qtbot.keyClick(show.audience, Qt.Key.Key_P)
    assert not show.presenter.isVisible()
    qtbot.keyClick(show.audience, Qt.Key.Key_P)
    assert show.presenter.isVisible()


def test_present_command_opens_the_presenter(pack, monkeypatch):
    import app.ui.presenter.launch as launch

    opened = {}
    monkeypatch.setattr(launch, "run_presenter", lambda show, one_screen: opened.update(
        steps=len(show.script.steps), one_screen=one_screen) or 0)
    assert main(["present", str(pack / "scripts" / "show.toml"), "--one-screen"]) == 0
    assert opened == {"steps": 5, "one_screen": True}
