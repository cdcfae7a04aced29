"""Ids that become file or folder names: one rule, checked everywhere an id turns into a path.

A model id, a taught label set's name, a subject id or a pack id all end up as a folder under a
folder the app owns. An id from outside (a shared ``.gjmodel`` archive, a command-line argument,
a pack) is hostile until checked: ``..``, ``/``, ``\\``, NUL, a drive letter, a Unicode
look-alike of a Latin letter or a Windows device name could each make the app write somewhere
else, or create a folder another system cannot open. So an id is plain ASCII ``[a-z0-9_-]``,
starts with a letter or digit, is at most 64 characters and is not a reserved device name; and
the final path is checked once more, after resolving links, to stay inside its folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.domain.errors import InvalidInput

#: Longest id accepted (folder names stay well below every file system's limit).
ID_MAX_LENGTH = 64

# ASCII only on purpose: a str pattern's ``[a-z]`` never matches "ѕ" (Cyrillic) or "ａ" (full width).
_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")

# Windows refuses these as file names whatever the extension; a model shared from Linux with such
# an id could not be installed by a partner museum on Windows.
_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul", "clock$"}
    | {f"com{n}" for n in range(10)}
    | {f"lpt{n}" for n in range(10)}
)


def is_valid_id(value: object) -> bool:
    """True when ``value`` may become a file or folder name under one of the app's folders."""
    return (
        isinstance(value, str)
        and _ID_PATTERN.fullmatch(value) is not None
        and value not in _RESERVED_NAMES
    )


def check_id(value: object, what: str = "name") -> str:
    """Return ``value`` when it is a valid id; otherwise raise :class:`InvalidInput` naming ``what``."""
    if is_valid_id(value):
        return str(value)
    shown = repr(value) if not isinstance(value, str) else value.encode("unicode_escape").decode("ascii")
    if len(shown) > 80:
        shown = shown[:77] + "…"
    raise InvalidInput(
        f"“{shown}” cannot be a {what}: use 1–{ID_MAX_LENGTH} lower-case letters (a–z), digits, “_” or “-”, "
        "starting with a letter or digit."
    )


def child_path(folder: str | Path, value: object, what: str = "name") -> Path:
    """``folder / value`` after checking the id and that the result stays inside ``folder``.

    The second check resolves symbolic links, so an existing link named like a valid id that
    points elsewhere is refused as well.
    """
    name = check_id(value, what)
    base = Path(folder).resolve()
    target = (base / name).resolve()
    if target.parent != base:
        raise InvalidInput(f"The {what} “{name}” would lead outside the folder “{base}”, so it was refused.")
    return Path(folder) / name
