"""The window prepares sample images in the background and shows how far it is."""

from __future__ import annotations

import threading

import pytest

from app.domain.errors import InvalidInput
from app.domain.progress import Progress
from app.jobs import Job
from app.ui.app import build_main_window
from app.ui.widgets.background_task import BackgroundTask

pytestmark = pytest.mark.gui


def _stepping_job(release: threading.Event, fail: bool = False) -> Job[int]:
    def work(progress, cancel) -> int:
        progress(Progress(0.5, "half"))
        release.wait(10)
        if fail:
            raise InvalidInput("the disk is full.")
        return 3

    return Job("preparing sample images", work)


def test_progress_is_shown_then_the_gallery_reloads(qtbot):
    window = build_main_window()
    qtbot.addWidget(window)
    reloaded = threading.Event()

    def gallery(progress, cancel):
        reloaded.set()
        return []

    release = threading.Event()
    window.prepare_samples(_stepping_job(release), Job("gallery", gallery))
    task = window.statusBar().findChild(BackgroundTask)
    assert task is not None and not task.isHidden()
    qtbot.waitUntil(lambda: task.bar.value() == 50, timeout=5000)
    assert "50" in task.label.text()
    release.set()
    qtbot.waitUntil(lambda: task.isHidden(), timeout=5000)
    qtbot.waitUntil(reloaded.is_set, timeout=5000)


def test_a_failure_is_one_sentence_and_the_window_goes_on(qtbot):
    window = build_main_window()
    qtbot.addWidget(window)
    release = threading.Event()
    release.set()
    window.prepare_samples(_stepping_job(release, fail=True), Job("gallery", lambda p, c: []))
    task = window.statusBar().findChild(BackgroundTask)
    qtbot.waitUntil(lambda: "could not be prepared" in task.label.text(), timeout=5000)
    assert "disk is full" in task.label.text() and task.bar.isHidden() and task.isVisibleTo(window)
    window.show_mode("studio")
    assert window.pages.currentWidget() is window.studio
