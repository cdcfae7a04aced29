"""Text that leaves the catalogue: one cleaning rule for every export format.

Catalogue values come from curators, spreadsheets and other programs, so they may hold anything:
control characters, lone surrogates (decoded from broken UTF-8), right-to-left marks, emoji,
ten-thousand-character notes. XML 1.0 forbids some of those characters outright, so an XMP
sidecar carrying one would be unreadable; the same cleaning is applied to CSV, JSON and IIIF so
that the four exports of one catalogue agree with each other.
"""

from __future__ import annotations

import re
import unicodedata

# What XML 1.0 (5th edition) forbids — C0 controls except tab, LF and CR, the surrogate block,
# U+FFFE/U+FFFF — plus DEL and the C1 controls, which it discourages and which XMP readers turn
# into spaces (so the value would not read back as written). Bidi marks and emoji are fine.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# BCP 47 shape (language, then subtags): enough to refuse values that could not be an xml:lang or
# a IIIF language-map key, without a registry of every language.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")

# Characters Windows refuses in file names, plus both slashes; control characters are handled
# apart. Output names must work on the museum's other machines, not only on this one.
_UNSAFE_IN_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED_STEMS = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}
)
#: Longest output file stem, in characters (well under every file system's 255-byte limit in UTF-8).
MAX_STEM_CHARS = 80


def clean_text(value: str) -> str:
    """``value`` with each character XML 1.0 cannot (or should not) carry replaced by U+FFFD."""
    return _NOT_XML_CHAR.sub("\ufffd", value)


def language_tag(code: str) -> str | None:
    """``code`` as a language tag (``ko``, ``en-GB``), or None when it is empty or not one."""
    code = code.strip()
    if not code or not _LANGUAGE_TAG.fullmatch(code):
        return None
    return code


def safe_stem(stem: str, fallback: str) -> str:
    """A file-name stem that every common file system accepts, or ``fallback`` when none is left."""
    text = unicodedata.normalize("NFC", clean_text(stem)).replace("\ufffd", "_")
    text = _UNSAFE_IN_NAME.sub("_", text)[:MAX_STEM_CHARS].strip(" .")
    if not text or text.lower().split(".")[0] in _RESERVED_STEMS:
        return fallback
    return text
