"""The export folder: atomic writes, unique names, and never a file that is not ours.

A curator may point an export at the folder of the originals (sidecars next to the pictures are
what Lightroom expects) or at a folder with other work in it. So an export only ever replaces
files that an earlier export of this app wrote there — listed in :data:`MARKER` — and never a
picture of the catalogue. Every file appears complete or not at all (temp file + rename).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from app.catalog.exports.common import exporter, now_iso
from app.domain.errors import InvalidInput
from app.imaging.atomic import atomic_output, atomic_write_bytes
from app.imaging.reader import quoted

#: Written last into every export folder: what was exported, what was skipped and why, and which
#: files this app wrote (so that a later export may replace them and nothing else).
MARKER = "gyeongju-export.json"
_MARKER_APP = "gyeongju-heritage-ai"


def _key(rel: str) -> str:
    # Case-folded: IMG.xmp and img.xmp are one file on Windows and macOS.
    return rel.casefold()


class OutputFolder:
    """Where one export writes; ``rel`` paths use ``/`` and are relative to the folder."""

    def __init__(self, root: Path, original_paths: list[str]) -> None:
        self.root = root
        self._prepare()
        self._previous = self._read_marker()
        self._claimed: set[str] = set()
        self.written: list[str] = []
        self._originals = self._originals_inside(original_paths)

    def _prepare(self) -> None:
        name = quoted(self.root)
        if self.root.exists() and not self.root.is_dir():
            raise InvalidInput(f"{name} is a file; choose a folder to export into.")
        if not self.root.exists():
            if not self.root.parent.is_dir():
                raise InvalidInput(
                    f"The folder “{self.root.parent}” does not exist, so {name} cannot be created there."
                )
            try:
                self.root.mkdir()
            except OSError as exc:
                raise InvalidInput(f"The export folder {name} could not be created: {exc.strerror or exc}.") from None
        if not os.access(self.root, os.W_OK | os.X_OK):
            raise InvalidInput(f"The export folder {name} cannot be written to.")

    def _read_marker(self) -> dict[str, str]:
        """Case-folded key → relative path, for every file an earlier export wrote here."""
        path = self.root / MARKER
        if not path.exists():
            return {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("app") != _MARKER_APP or not isinstance(data.get("written"), list):
                raise ValueError
            return {_key(str(rel)): str(rel) for rel in data["written"]}
        except (OSError, ValueError, AttributeError):
            raise InvalidInput(
                f"{quoted(self.root)} already holds a “{MARKER}” that this app did not write; choose another folder."
            ) from None

    def _originals_inside(self, paths: list[str]) -> set[str]:
        root = os.path.realpath(self.root)
        inside: set[str] = set()
        for path in paths:
            real = os.path.realpath(path)
            if real.startswith(root + os.sep):
                inside.add(_key(Path(os.path.relpath(real, root)).as_posix()))
        return inside

    def ours(self, rel: str) -> bool:
        """True when ``rel`` (or a folder above it) was written by an earlier export of this app."""
        parts = rel.split("/")
        return any(_key("/".join(parts[:n])) in self._previous for n in range(1, len(parts) + 1))

    def usable(self, rel: str) -> bool:
        """May this export write ``rel``? Free (or ours from before), unclaimed, and not an original."""
        key = _key(rel)
        if key in self._claimed or key in self._originals:
            return False
        return not (self.root / rel).exists() or self.ours(rel)

    def claim(self, rel: str) -> bool:
        """Reserve ``rel`` for this export if :meth:`usable`; record it as written by this app."""
        if not self.usable(rel):
            return False
        self._claimed.add(_key(rel))
        self.written.append(rel)
        return True

    def require(self, rel: str) -> Path:
        """Claim a fixed name (``collection.json``); one that is taken by someone else is an error."""
        if not self.claim(rel):
            raise InvalidInput(
                f"{quoted(self.root)} already holds “{rel}”, which this app did not write; choose another folder."
            )
        return self.root / rel

    def write_bytes(self, rel: str, data: bytes) -> None:
        """Write a claimed file atomically, creating its folders."""
        target = self.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, data)

    def atomic(self, rel: str) -> contextlib.AbstractContextManager[Path]:
        """``atomic_output`` for a claimed file that is streamed rather than built in memory."""
        target = self.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        return atomic_output(target)

    def finish(self, report: dict[str, object]) -> None:
        """Write :data:`MARKER`: ``report`` plus every file this app has written here so far.

        Only files that exist are listed (a cancelled CSV never appeared), and nothing is written
        when there are none (an export refused before it started, or cancelled before any file).
        """
        candidates = dict.fromkeys([*self.written, *sorted(self._previous.values())])
        written = [rel for rel in candidates if (self.root / rel).exists()]
        if not written:
            return
        document = {"app": _MARKER_APP, "exporter": exporter(), "finished_at": now_iso(), **report, "written": written}
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        atomic_write_bytes(self.root / MARKER, data)
