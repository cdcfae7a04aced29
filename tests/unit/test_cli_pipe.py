"""Commands in a pipe: when the reader goes away (``… | head -1``) the command ends quietly.

Each test runs the real command (``python -m app …``) with its stdout on a pipe whose reader
closes early, then checks the exit status (141, as a shell reports for a process ended by SIGPIPE)
and that nothing like a traceback reached stderr. The pipes are made so that the command is
certain to write after the reader has gone: otherwise the output could fit into the pipe before
the reader closes and the test would prove nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipe semantics (EPIPE)")

ROOT = Path(__file__).resolve().parents[2]
NOISE = ("Traceback", "BrokenPipeError", "Exception ignored")
#: What app/cli.py returns when its reader went away: 128 + SIGPIPE, like `yes | head -1` in a shell.
SIGPIPE_STATUS = 141


def _env(tmp_path: Path, unbuffered: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    # Buffered stdout, as a user's shell has it, unless asked: then output meets the closed pipe only
    # when the buffer is flushed, at the end of the command.
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    env["GYEONGJU_AI_HOME"] = str(tmp_path / "home")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _start(argv: list[str], tmp_path: Path, stdout: int, unbuffered: bool = False) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env=_env(tmp_path, unbuffered),
    )


def _finish(process: subprocess.Popen[bytes]) -> tuple[int, str]:
    assert process.stderr is not None
    err = process.stderr.read().decode("utf-8", "replace")
    return process.wait(timeout=300), err


def _assert_quiet_end(status: int, err: str) -> None:
    for word in NOISE:
        assert word not in err, f"stderr has {word!r}:\n{err}"
    assert status == SIGPIPE_STATUS, f"exit status {status}, stderr:\n{err}"


def _read_line(fd: int) -> bytes:
    """One line, byte by byte: nothing beyond it is taken out of the pipe."""
    line = b""
    while not line.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte:
            break
        line += byte
    return line


@pytest.mark.parametrize(
    ("argv", "unbuffered"),
    [
        (["models", "list", "--json"], False),
        (["models", "list", "--json"], True),
        (["models", "list"], False),
        (["--help"], False),  # argparse exits with SystemExit; its text is still in the buffer
    ],
    ids=["models list --json", "models list --json unbuffered", "models list", "--help"],
)
def test_reader_gone_before_any_output(argv, unbuffered, tmp_path):
    """A pipe with no reader at all: every write fails, and so does the flush at exit."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command writes anything
    try:
        process = _start(argv, tmp_path, stdout=write_end, unbuffered=unbuffered)
    finally:
        os.close(write_end)
    _assert_quiet_end(*_finish(process))


@pytest.mark.slow
def test_classify_json_into_a_reader_that_stops_after_one_line(tmp_path):
    """``classify --json DIR | head -1``: the reader takes one line and leaves while results keep coming."""
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_SETPIPE_SZ"):
        pytest.skip("needs Linux's F_SETPIPE_SZ to make the pipe small")
    folder = tmp_path / "photos"
    folder.mkdir()
    rng = np.random.default_rng(0)
    for index in range(8):  # 8 lines of about 1 KB each: more than the 4 KiB pipe plus the line read
        pixels = rng.integers(0, 256, (48, 64, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(folder / f"photo_{index}.png")
    read_end, write_end = os.pipe()
    capacity = fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    try:
        process = _start(["classify", "--json", str(folder)], tmp_path, stdout=write_end)
    finally:
        os.close(write_end)
    try:
        first = _read_line(read_end)
    finally:
        os.close(read_end)
    status, err = _finish(process)
    assert first.startswith(b"{") and b'"path"' in first, (first, err)
    # Lines differ by a few dozen bytes; the 7 unread ones must not all fit into the pipe.
    assert 7 * (len(first) - 100) > capacity, "the command must still have output to write after the reader left"
    _assert_quiet_end(status, err)
