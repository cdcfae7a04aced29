"""Test-wide setup: offscreen Qt, a private app home, and a guard against leaked threads."""

from __future__ import annotations

import os
import threading
import time

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the real user's settings, logs or models.
os.environ.setdefault("GYEONGJU_AI_HOME", os.path.join(os.getcwd(), ".pytest_cache", "app-home"))
os.environ.setdefault("OMP_NUM_THREADS", "2")
# The app builds missing sample images in the background; tests that want it call prepare_samples.
os.environ.setdefault("GYEONGJU_AI_BUILD_SAMPLES", "0")


@pytest.fixture(autouse=True)
def no_leaked_threads():
    """Fail a test that leaves Python threads or Qt pool workers running after it ends."""
    before = {t.ident for t in threading.enumerate()}
    yield
    deadline = time.monotonic() + 2.0
    leaked: list[threading.Thread] = []
    while time.monotonic() < deadline:
        leaked = [t for t in threading.enumerate() if t.ident not in before and t.is_alive() and not t.daemon]
        if not leaked:
            break
        time.sleep(0.02)
    assert not leaked, f"test left threads running: {[t.name for t in leaked]}"
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QThreadPool

        assert QThreadPool.globalInstance().waitForDone(2000), "test left Qt thread-pool workers running"


@pytest.fixture(autouse=True)
def garbage_collection_as_the_app_does(request):
    """Qt tests collect cycles on the UI thread, as the app does; other tests use Python's default.

    A cycle collection started on a job's worker thread can free a Qt object in the wrong thread and
    crash the process (see app/ui/garbage.py); the app's three entry points prevent it and so do
    tests that run Qt. Tests without Qt behave like the command line: automatic collection on.
    """
    import gc

    if "qapp" in request.fixturenames:
        from app.ui.garbage import collect_on_ui_thread

        collect_on_ui_thread(request.getfixturevalue("qapp"))
    else:
        gc.enable()
    yield


@pytest.fixture(autouse=True)
def english_ui_unless_asked():
    """Every test starts with the UI in English, whatever the app's default or an earlier test saved.

    The app's default UI language is Korean; GUI tests that check English text would otherwise pass
    or fail depending on which test last saved the shared test home's settings. Tests that want
    another language set it themselves.
    """
    from app.config.paths import app_paths
    from app.config.settings import load_settings, save_settings

    path = app_paths().settings_file
    settings = load_settings(path)
    if settings.language != "en" or not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        save_settings(settings.with_language("en"), path)
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            from app.ui.i18n import install_translation

            install_translation("en")  # an earlier test's window may have left its language installed
    yield


@pytest.fixture
def app_home(tmp_path, monkeypatch):
    """A fresh GYEONGJU_AI_HOME for tests that write settings, logs or user models."""
    home = tmp_path / "home"
    monkeypatch.setenv("GYEONGJU_AI_HOME", str(home))
    return home
