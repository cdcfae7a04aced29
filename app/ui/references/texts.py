"""Sentences and names, in the UI language, for the References room.

The gallery's functions (:mod:`app.vision.subjects.manage`) refuse a new subject with a short code;
people read a sentence in their own language instead, through Qt Linguist like every UI string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import GyeongjuError
from app.domain.ids import ID_MAX_LENGTH
from app.vision.subjects.manage import BAD_ID, IN_TAXONOMY, NO_NAME, TAKEN

_CONTEXT = "ReferenceTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def new_subject_sentence(code: str, subject_id: str) -> str:
    """Why ``subject_id`` cannot become a new subject, as one sentence."""
    shown = subject_id if len(subject_id) <= 40 else subject_id[:39] + "…"
    shown = shown.encode("unicode_escape").decode("ascii")
    sentences = {
        BAD_ID: _tr(
            "“{0}” cannot be a subject id: use 1–{1} lower-case letters (a–z), digits, “_” or “-”, "
            "starting with a letter or digit."
        ).format(shown, ID_MAX_LENGTH),
        IN_TAXONOMY: _tr("“{0}” is already one of the sites in the list; choose it there and add photos.").format(
            shown
        ),
        TAKEN: _tr("There is already a subject “{0}”; choose it in the list and add photos to it.").format(shown),
        NO_NAME: _tr("Give the new subject an English name."),
    }
    return sentences.get(code, _tr("This subject cannot be created."))


def unreadable_photo(file_name: str) -> str:
    return _tr("“{0}” could not be read as a photo, so nothing was added.").format(file_name)


def no_photos() -> str:
    return _tr("Choose at least one photo.")


def type_name(type_id: str, language: str) -> str:
    """A heritage type's name in ``language`` (its id when the taxonomy does not know it)."""
    try:
        from app.content.taxonomy import load_taxonomy

        return load_taxonomy().type_by_id(type_id).name(language)
    except GyeongjuError:
        return type_id
