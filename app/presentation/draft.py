"""A presentation script being edited: plain, mutable steps that become the documented TOML.

The script editor (``app/ui/script_editor``) and ``pack create`` both work on a :class:`ScriptDraft`.
A draft may be incomplete while someone edits it; :func:`validate` turns it into the TOML text and
parses that with :func:`app.presentation.script.parse_script`, so a saved or packed script is
always one the presenter accepts, and a problem is the validator's one sentence with its line.

A draft also remembers where each file it names comes from (``files``: pack path → file on this
computer), so a pack can be built from a script whose pictures are catalogue items or samples.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from app.imaging.atomic import atomic_write_bytes
from app.presentation.script import DEFAULT_BUDGET_S, KINDS, LIVE_KINDS, Script, Step, parse_script

#: Kinds that show one picture (``image = …``).
ONE_IMAGE_KINDS = ("image", "restore", "recognise")


@dataclass
class StepDraft:
    """One step as the editor holds it; only the keys its kind takes are written."""

    kind: str = "title"
    captions: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    time_budget_s: float | None = None  # None: the default budget
    image: str = ""
    subject: str = ""
    model: str = ""
    images: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)
    url: str = ""
    mask: str = ""  # restore: the known damage to fill (kept from a script; not edited in the form)

    @property
    def live(self) -> bool:
        return self.kind in LIVE_KINDS

    def files(self) -> list[str]:
        """Pack paths this step shows (in order, each once)."""
        found = [self.image] if self.kind in ONE_IMAGE_KINDS and self.image else []
        if self.kind == "restore" and self.mask:
            found.append(self.mask)
        if self.kind == "side_by_side":
            found += [p for p in self.images if p]
        if self.kind == "teach":
            found += [p for paths in self.examples.values() for p in paths]
        return list(dict.fromkeys(found))

    def copy(self) -> StepDraft:
        return StepDraft(
            self.kind,
            dict(self.captions),
            self.notes,
            self.time_budget_s,
            self.image,
            self.subject,
            self.model,
            list(self.images),
            {k: list(v) for k, v in self.examples.items()},
            self.url,
            self.mask,
        )


@dataclass
class ScriptDraft:
    languages: tuple[str, str] = ("ko", "en")
    title: dict[str, str] = field(default_factory=dict)
    steps: list[StepDraft] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)
    name: str = "show.toml"

    def move(self, source: int, target: int) -> None:
        """Move step ``source`` so that it ends up at index ``target`` (the order the audience sees)."""
        step = self.steps.pop(source)
        self.steps.insert(max(0, min(target, len(self.steps))), step)

    def used_files(self) -> dict[str, Path]:
        """The files the steps name, with where they are on this computer (only those known)."""
        used = [p for step in self.steps for p in step.files()]
        return {p: self.files[p] for p in dict.fromkeys(used) if p in self.files}


def _string(text: str) -> str:
    # JSON's string escapes are all valid in a TOML basic string, so json.dumps quotes safely.
    return json.dumps(text, ensure_ascii=False)


def _table(header: str, texts: dict[str, str]) -> list[str]:
    return [f"[{header}]", *(f"{lang} = {_string(text)}" for lang, text in texts.items() if lang)]


def _bare_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _string(key)


def to_toml(draft: ScriptDraft) -> str:
    """The draft as the documented TOML (docs/presentation.md); only the keys each kind takes."""
    first, second = draft.languages
    lines = ["[show]", f"languages = [{_string(first)}, {_string(second)}]", *_table("show.title", draft.title)]
    for step in draft.steps:
        lines += ["", "[[step]]", f"kind = {_string(step.kind)}"]
        if step.kind in ONE_IMAGE_KINDS:
            lines.append(f"image = {_string(step.image)}")
        if step.kind == "image":
            lines.append(f"subject = {_string(step.subject)}")
        if step.kind == "restore" and step.mask:
            lines.append(f"mask = {_string(step.mask)}")
        if step.kind == "recognise" and step.model:
            lines.append(f"model = {_string(step.model)}")
        if step.kind == "side_by_side":
            lines.append(f"images = [{', '.join(_string(p) for p in step.images)}]")
        if step.kind == "teach":
            inner = ", ".join(
                f"{_bare_key(label)} = [{', '.join(_string(p) for p in paths)}]"
                for label, paths in step.examples.items()
            )
            lines.append(f"examples = {{ {inner} }}")
        if step.kind == "closing":
            lines.append(f"url = {_string(step.url)}")
        if step.time_budget_s is not None:
            lines.append(f"time_budget_s = {float(step.time_budget_s)!r}")
        if step.notes.strip():
            lines.append(f"notes = {_string(step.notes.strip())}")
        lines += _table("step.captions", step.captions)
    return "\n".join(lines) + "\n"


def validate(draft: ScriptDraft) -> Script:
    """Parse the draft's TOML with the presenter's validator; its one sentence (with the line) on a problem."""
    return parse_script(to_toml(draft), source=draft.name)


def save(draft: ScriptDraft, path: str | Path) -> Script:
    """Validate, then write the script atomically (a refused draft writes nothing)."""
    path = Path(path)
    script = validate(draft)
    atomic_write_bytes(path, to_toml(draft).encode("utf-8"))
    return script


def _from_step(step: Step) -> StepDraft:
    budget = None if step.time_budget_s == DEFAULT_BUDGET_S else step.time_budget_s
    return StepDraft(
        step.kind,
        dict(step.captions),
        step.notes,
        budget,
        step.image or "",
        step.subject or "",
        step.model or "",
        list(step.images),
        {k: list(v) for k, v in step.examples.items()},
        step.url or "",
        step.mask or "",
    )


def from_script(script: Script, pack_dir: Path | None = None) -> ScriptDraft:
    """A draft of a parsed script; with ``pack_dir`` the files it names are found there."""
    steps = [_from_step(step) for step in script.steps]
    files: dict[str, Path] = {}
    if pack_dir is not None:
        for step in steps:
            for relative in step.files():
                if (Path(pack_dir) / relative).is_file():
                    files[relative] = Path(pack_dir) / relative
    name = script.path.name if script.path is not None else "show.toml"
    return ScriptDraft(script.languages, dict(script.title), steps, files, name)


def pack_image_name(source: Path, taken: set[str] | dict[str, Path], folder: str = "images") -> str:
    """A safe pack path for a picture from this computer: ``images/<ascii name>``, unique among ``taken``.

    Names in a pack must be plain relative paths (docs/packs.md), so accents and other scripts
    are folded to ASCII and anything else becomes “-”.
    """
    ascii_stem = unicodedata.normalize("NFKD", source.stem).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_stem).strip("-_").lower()[:60] or "picture"
    suffix = source.suffix.lower() if re.fullmatch(r"\.[a-z0-9]{1,5}", source.suffix.lower()) else ".jpg"
    candidate, number = f"{folder}/{stem}{suffix}", 2
    while candidate in taken:
        candidate = f"{folder}/{stem}-{number}{suffix}"
        number += 1
    return candidate


def add_picture(draft: ScriptDraft, source: Path) -> str:
    """Remember ``source`` under a new pack path (the same path when it is already in the draft)."""
    for relative, known in draft.files.items():
        if known == source:
            return relative
    relative = pack_image_name(source, draft.files)
    draft.files[relative] = source
    return relative


def new_step(kind: str, languages: tuple[str, str]) -> StepDraft:
    """An empty step of ``kind`` with empty captions in both languages (to be filled in)."""
    if kind not in KINDS:
        raise ValueError(kind)
    step = StepDraft(kind, {languages[0]: "", languages[1]: ""})
    if kind == "closing":
        step.url = "https://"
    return step
