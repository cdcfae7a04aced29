"""Command-line interface: ``gyeongju-ai [COMMAND] ...``.

Headless by design: nothing here imports PySide6. With no command the desktop
application opens (the GUI package is imported only then). Any
:class:`~app.domain.errors.GyeongjuError` becomes one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from app.commands import models as models_cmd
from app.commands import recognition as recognition_cmd
from app.commands import restoration as restoration_cmd
from app.commands import samples as samples_cmd
from app.commands import train as train_cmd
from app.domain.errors import GyeongjuError
from app.version import __version__

log = logging.getLogger(__name__)


class _OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2, like every other bad input."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="gyeongju-ai",
        description="Gyeongju Heritage AI: restore and recognise heritage images with local models. "
        "Run without a command to open the application.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_OneLineParser)
    gui = sub.add_parser("gui", help="open the desktop application (the default)")
    gui.add_argument("--mode", choices=("start", "studio", "exhibition", "presentation"), default="start")
    gui.add_argument("image", nargs="?", help="an image to open in Studio")
    gui.add_argument("--language", choices=("ko", "en", "zh", "ja"), help="UI language for this session")
    gui.add_argument("--screenshot", metavar="PNG", help="save a screenshot once loaded, then quit")
    models_cmd.register(sub)
    samples_cmd.register(sub)
    train_cmd.register(sub)
    recognition_cmd.register(sub)
    restoration_cmd.register(sub)
    return parser


# Debian packages of the X11 libraries Qt's xcb plugin loads at start-up (it aborts the process without them).
_XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def _missing_display_libraries() -> list[str]:
    """Debian packages missing for an X11 window; empty when not on X11 or all present."""
    import ctypes.util
    import os

    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return []
    return [package for lib, package in _XCB_LIBRARIES.items() if not ctypes.util.find_library(lib)]


def _run_gui(args: argparse.Namespace) -> int:
    missing = _missing_display_libraries()
    if missing:
        packages = " ".join(missing)
        sys.stderr.write(
            f"gyeongju-ai: the desktop window needs system libraries that are missing; "
            f"install them with “sudo apt-get install {packages}” and try again.\n"
        )
        return 2
    # Imported here so that every other command runs without Qt.
    from app.ui.app import run_app

    return run_app(
        mode=getattr(args, "mode", "start"),
        image=getattr(args, "image", None),
        screenshot=getattr(args, "screenshot", None),
        language=getattr(args, "language", None),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "gui"):
        return _run_gui(args)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return int(args.handler(args) or 0)
    except GyeongjuError as exc:
        sys.stderr.write(f"gyeongju-ai: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("gyeongju-ai: interrupted.\n")
        return 130
