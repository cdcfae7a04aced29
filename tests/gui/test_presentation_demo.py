"""“Present the Gyeongju demo”: builds, installs and rehearses the default pack in the background, then presents."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from presentation_fixtures import fake_operation  # noqa: E402

from app.packs import operations  # noqa: E402
from app.packs.default_pack import PACK_ID  # noqa: E402
from app.presentation.cache import cache_root  # noqa: E402
from app.presentation.operations import Operations  # noqa: E402
from app.ui.presentation.page import PresentationPage  # noqa: E402
from app.ui.runner import JobRunner  # noqa: E402

pytestmark = pytest.mark.gui
FAKE = Operations(fake_operation, fake_operation, fake_operation)


def test_present_the_demo_from_nothing_without_freezing(qtbot, app_home):
    runner = JobRunner()
    page = PresentationPage(runner)
    qtbot.addWidget(page)
    page.demo_operations, page.demo_size, page.demo_warm = FAKE, (160, 120), False  # small renders, stand-in models
    page.show()
    began = time.monotonic()
    with qtbot.waitSignal(page.presenterOpened, timeout=60000) as opened:
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
        assert time.monotonic() - began < 1.0  # the click returns at once: the work is a job
        assert page.bar.isVisible() and not page.demo_button.isEnabled() and page.status.text()
    show = opened.args[0]
    try:
        qtbot.waitUntil(lambda: show.prepared is not None, timeout=10000)
        assert show.one_screen is not None and show.one_screen.isVisible()
        [pack] = [p for p in operations.installed() if p.id == PACK_ID]
        assert len(list(cache_root(pack.path).glob("*/result.json"))) == 3  # restore, recognise, teach rehearsed
        qtbot.keyClick(show.audience, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda: show.prepared.step.index == 2, timeout=10000)
        qtbot.keyClick(show.audience, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: page.presenter is None, timeout=5000)
        assert page.demo_button.isEnabled() and not page.bar.isVisible()
        # A second time the installed, rehearsed pack is presented as it is: nothing is rebuilt.
        stamp = (pack.path / "manifest.json").stat().st_mtime_ns
        with qtbot.waitSignal(page.presenterOpened, timeout=20000) as again:
            qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
        assert (pack.path / "manifest.json").stat().st_mtime_ns == stamp
        again.args[0].close()
        assert again.args[0].runner.shutdown(10000)
    finally:
        show.close()
        assert show.runner.shutdown(10000)
        assert runner.shutdown(10000)
