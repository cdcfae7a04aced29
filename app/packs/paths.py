"""Member paths inside a pack: one rule, checked for the zip's names and the manifest's alike.

A name from a pack is hostile until checked: ``..``, an absolute path, a backslash, a drive letter,
a control character or an over-long name could each make extraction write somewhere else.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.errors import InvalidInput

MAX_PATH_LENGTH = 240
MAX_COMPONENT_LENGTH = 128

# Top-level folder → the role its files have (models/ holds two roles, told apart by name).
ROLE_FOLDERS: dict[str, str] = {
    "images": "image",
    "facts": "fact_card",
    "scripts": "script",
    "kiosk": "kiosk_content",
    "settings": "settings",
}
ROLES = (
    "image", "fact_card", "model_weights", "model_card", "script", "kiosk_content", "settings",
    "reference_photo", "reference_subject",
)
MODEL_CARD_NAME = "model.toml"
#: Reference photos for the user's gallery: ``references/<subject_id>/subject.toml`` + photos beside it.
REFERENCES_FOLDER = "references"
REFERENCE_SUBJECT_NAME = "subject.toml"
#: Where each role's files go, as the one-line refusals name them.
ROLE_FOLDERS_TEXT = "images/, facts/, models/<id>/, scripts/, kiosk/, settings/, references/<subject_id>/"
WEIGHTS_SUFFIX = ".safetensors"

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def shown(name: str) -> str:
    """A name as it may appear in a one-line message (escaped, shortened)."""
    text = name.encode("unicode_escape").decode("ascii")
    return text if len(text) <= 80 else text[:77] + "…"


def check_member_path(name: object, *, directory: bool = False) -> str:
    """Return ``name`` when it is a safe relative POSIX path inside a pack; else raise ``InvalidInput``."""
    if not isinstance(name, str) or not name:
        raise InvalidInput("The pack lists a file without a usable path, so it was refused.")
    if directory and name.endswith("/"):
        name = name[:-1]
    where = f"The pack entry “{shown(name)}”"
    if "\\" in name:
        raise InvalidInput(f"{where} uses a backslash in its path, which could write outside the pack's "
            f"folder, so the pack was refused.")
    if name.startswith("/"):
        raise InvalidInput(f"{where} has an absolute path, which could write outside the pack's folder, "
            f"so the pack was refused.")
    if re.match(r"^[A-Za-z]:", name) or ":" in name:
        raise InvalidInput(f"{where} names a drive or stream (“:”), which could write outside the pack's "
            f"folder, so the pack was refused.")
    if _CONTROL.search(name):
        raise InvalidInput(f"{where} has a control character in its path, so the pack was refused.")
    if len(name) > MAX_PATH_LENGTH:
        raise InvalidInput(f"{where} has a path longer than {MAX_PATH_LENGTH} characters, so the pack was refused.")
    parts = name.split("/")
    for part in parts:
        if part in ("", ".", ".."):
            raise InvalidInput(f"{where} has an empty, “.” or “..” part in its path, which could write "
                f"outside the pack's folder, so the pack was refused.")
        if len(part) > MAX_COMPONENT_LENGTH or part != part.strip() or part.endswith("."):
            raise InvalidInput(f"{where} has a path part that other systems cannot store, so the pack was refused.")
    return name


def fold(name: str) -> str:
    """The key under which two names collide on a case-insensitive, normalising file system."""
    return unicodedata.normalize("NFC", name).casefold()


def role_for_path(path: str) -> str | None:
    """The role a file at ``path`` must have, from its folder; ``None`` when no role allows it there."""
    parts = path.split("/")
    if len(parts) < 2:
        return None
    top = parts[0]
    if top in ROLE_FOLDERS:
        return ROLE_FOLDERS[top]
    if top == "models" and len(parts) == 3:
        leaf = parts[2]
        if leaf == MODEL_CARD_NAME:
            return "model_card"
        if leaf.lower().endswith(WEIGHTS_SUFFIX):
            return "model_weights"
    if top == REFERENCES_FOLDER and len(parts) == 3:
        return "reference_subject" if parts[2] == REFERENCE_SUBJECT_NAME else "reference_photo"
    return None
