"""Command-line interface: ``gyeongju-ai [COMMAND] ...``.

Headless by design: nothing here imports PySide6. With no command the desktop
application opens (the GUI package is imported only then). Any
:class:`~app.domain.errors.GyeongjuError` becomes one line on stderr and exit 2. A reader
that goes away (``gyeongju-ai classify --json DIR | head -1``) ends a command quietly, exit 141.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from app.commands import catalog as catalog_cmd
from app.commands import credentials as credentials_cmd
from app.commands import kiosk as kiosk_cmd
from app.commands import models as models_cmd
from app.commands import pack as pack_cmd
from app.commands import present as present_cmd
from app.commands import recognition as recognition_cmd
from app.commands import restoration as restoration_cmd
from app.commands import samples as samples_cmd
from app.commands import subjects as subjects_cmd
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
    catalog_cmd.register(sub)
    subjects_cmd.register(sub)
    kiosk_cmd.register(sub)
    pack_cmd.register(sub)
    present_cmd.register(sub)
    credentials_cmd.register(sub)
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
    """Run one command (or the window) and return its exit status."""
    try:
        try:
            return _main(argv)
        finally:
            # Flush here, not at interpreter exit, so that a reader that has gone away is seen
            # where it can be handled (argparse's --help and buffered output end up here too).
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        if not _stdout_reader_gone():
            raise  # a broken pipe to something else is a real error
        _discard_stdout()
        return BROKEN_PIPE_STATUS


def _main(argv: Sequence[str] | None) -> int:
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


#: Exit status when stdout's reader went away (``gyeongju-ai classify --json DIR | head -1``):
#: 128 + SIGPIPE, what a shell reports for ``yes | head -1``. Not 0: the output was cut short,
#: and a script with ``set -o pipefail`` should see that as it would for any other tool.
BROKEN_PIPE_STATUS = 141


def _stdout_reader_gone() -> bool:
    """Whether stdout is a pipe or socket whose reader has closed it (True where that cannot be told)."""
    try:
        import select

        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):
        return True  # no poll() (Windows) or stdout is not a file: trust the exception


def _discard_stdout() -> None:
    """Point stdout's descriptor at the null device.

    What is still in Python's buffer is flushed once more at interpreter exit; into the closed pipe
    that would print "Exception ignored … BrokenPipeError" on stderr, into the null device it is quiet.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass  # stdout is not a real file (a test captures it): nothing reaches a closed pipe at exit
    finally:
        os.close(devnull)
