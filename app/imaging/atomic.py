"""Atomic file output: write next to the target, then rename over it in one step.

Originals are sacred and outputs must never be half-written: a crash, a full disk or an
exception in the middle of an encoder must leave either the old file or the new one, never a
truncated mix. The recipe is the classic one: write a temporary file *in the same directory*
(so the final rename stays on one filesystem and is atomic), flush it to disk, then
``os.replace`` it onto the target. Temporary names start with a dot so that folder scans
(``iter_image_files``) and file browsers ignore a leftover from a killed process.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

# Permission bits requested for new files; the process umask is applied by the OS, so outputs
# get the same permissions as any other file the user creates (tempfile.mkstemp would force 0600).
_NEW_FILE_MODE = 0o666
_MAX_NAME_TRIES = 100


def _create_temp(directory: Path, stem: str, suffix: str) -> Path:
    """Create (exclusively) and close an empty, uniquely named hidden file in ``directory``."""
    for _ in range(_MAX_NAME_TRIES):
        candidate = directory / f".{stem}.{secrets.token_hex(4)}.tmp{suffix}"
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _NEW_FILE_MODE)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(errno.EEXIST, "could not find a free temporary file name", str(directory))


def _fsync_file(path: Path) -> None:
    """Push a finished temp file to disk so the rename cannot expose an empty file after a crash."""
    # Best effort: some filesystems (network shares, FAT on Windows) refuse fsync; the rename
    # is still atomic there, only durability across a power cut is weaker.
    with contextlib.suppress(OSError), open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    """Persist the rename itself (POSIX only; Windows cannot open directories)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _publish(temp: Path, target: Path, *, overwrite: bool) -> None:
    """Move the finished temp file onto ``target``; refuse an existing target unless ``overwrite``."""
    if overwrite:
        if target.exists():
            # Keep the permissions the user gave the file being replaced.
            with contextlib.suppress(OSError):
                shutil.copymode(target, temp)
        os.replace(temp, target)
        return
    try:
        # A hard link fails atomically if the target appeared since the caller checked, so two
        # batch jobs writing the same name cannot silently clobber each other.
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        # Filesystems without hard links (FAT, some network shares): check, then rename.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(target)) from None
        os.replace(temp, target)
    else:
        with contextlib.suppress(OSError):
            temp.unlink()


@contextlib.contextmanager
def atomic_output(
    path: str | os.PathLike[str], suffix: str = "", *, overwrite: bool = True
) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on clean exit move it onto ``path`` atomically.

    ``suffix`` (e.g. ``".png"``) ends the temporary name, for writers that pick a format from it.
    If the body raises, the temporary file is removed and ``path`` is left exactly as it was.
    With ``overwrite=False`` an existing ``path`` raises ``FileExistsError`` and is not touched.
    OS errors are raised unchanged; callers translate them into domain errors.
    """
    target = Path(path)
    directory = target.parent
    temp = _create_temp(directory, target.name, suffix)
    try:
        yield temp
        _fsync_file(temp)
        _publish(temp, target, overwrite=overwrite)
    except BaseException:
        # BaseException too: a KeyboardInterrupt mid-encode must not leave a stray temp file.
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(directory)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` atomically (e.g. a JSON provenance sidecar)."""
    with atomic_output(path, overwrite=overwrite) as temp, open(temp, "wb") as handle:
        handle.write(data)
