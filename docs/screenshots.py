"""Drive the real application offscreen and save the screenshots shown in the docs.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [--language ko] [--out docs]

Needs the samples (``make run`` or ``gyeongju-ai samples build``). Every step goes through the
same widgets and jobs a curator uses: open an aged sample, "Find damage automatically", repair
with the AI inpainter, compare; then recognise a clean photo and show the heat-map.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.ui.app import build_main_window  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def wait_until(condition, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the application did not finish in time")
        QApplication.processEvents()
        time.sleep(0.02)


def idle(window) -> bool:
    return window.runner.pool.activeThreadCount() == 0


def settle(window, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)
    wait_until(lambda: idle(window))


def show_tab(studio, widget) -> None:
    for index in range(studio.tools.count()):
        page = studio.tools.widget(index)
        if page is widget or page.isAncestorOf(widget):
            studio.tools.setCurrentIndex(index)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="ko")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--sample", default="yangdong")
    args = parser.parse_args()
    window = build_main_window()
    window.resize(1440, 900)
    window.show()
    window.set_language(args.language)
    studio = window.studio

    opened: list[str] = []
    studio.imageOpened.connect(opened.append)
    window.open_aged_sample(args.sample)
    wait_until(lambda: bool(opened))
    settle(window, 1.0)
    panel = studio.restore_panel
    show_tab(studio, panel)
    panel.detect_button.click()
    settle(window)
    panel.paint_toggle.setChecked(True)
    settle(window)
    window.grab().save(str(args.out / f"screenshot_studio_mask_{args.language}.png"))

    panel.method.setCurrentIndex(panel.method.findData("learned"))
    steps_before = len(studio.restorer.session.steps)
    panel.inpaint_button.click()
    wait_until(lambda: len(studio.restorer.session.steps) > steps_before)
    settle(window, 1.0)
    window.grab().save(str(args.out / f"screenshot_studio_repair_{args.language}.png"))

    opened.clear()
    studio.open_path(REPO / "assets" / "samples" / "bulguksa" / "bulguksa-day-summer.jpg")
    wait_until(lambda: bool(opened))
    settle(window, 1.0)
    recognise = studio.recognise_panel
    show_tab(studio, recognise)
    handle = recognise.recognise()
    done: list[bool] = []
    handle.finished.connect(lambda *a: done.append(True))
    wait_until(lambda: bool(done))
    settle(window)
    window.grab().save(str(args.out / f"screenshot_studio_recognise_{args.language}.png"))
    recognise.heatmap.setChecked(True)
    settle(window)
    window.grab().save(str(args.out / f"screenshot_studio_heatmap_{args.language}.png"))
    window.close()
    window.runner.shutdown(20000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
