"""The presentation script: a TOML file inside a pack that lists the show's steps (docs/presentation.md).

Parsing is strict: an unknown key, a missing caption or a bad value is refused with one sentence
that names the line, so that a presenter who edits the file by hand finds the mistake at once.
tomllib reports the position of a syntax error; for a schema error the line is found by scanning
the text for the step's ``[[step]]`` header (or the offending key inside it).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from app.domain.errors import InvalidInput

KINDS = ("title", "image", "restore", "recognise", "teach", "side_by_side", "closing")
#: Steps that run a model during the show (and are rehearsed and cached).
LIVE_KINDS = ("restore", "recognise", "teach")
DEFAULT_BUDGET_S = 2.0
MAX_BUDGET_S = 600.0
MAX_SCRIPT_BYTES = 1 << 20

_COMMON_KEYS = {"kind", "captions", "notes", "time_budget_s"}
_KIND_KEYS: dict[str, set[str]] = {
    "title": set(),
    "image": {"image", "subject"},
    "restore": {"image", "mask"},
    "recognise": {"image", "model"},
    "teach": {"examples"},
    "side_by_side": {"images"},
    "closing": {"url"},
}
_REQUIRED: dict[str, tuple[str, ...]] = {
    "image": ("image", "subject"),
    "restore": ("image",),
    "recognise": ("image",),
    "teach": ("examples",),
    "side_by_side": ("images",),
    "closing": ("url",),
}
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_STEP_HEADER = re.compile(r"^\s*\[\[\s*step\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[")


@dataclass(frozen=True)
class Step:
    """One step of the show; ``index`` counts from 1, ``line`` is its ``[[step]]`` header."""

    index: int
    kind: str
    captions: dict[str, str]
    notes: str = ""
    time_budget_s: float = DEFAULT_BUDGET_S
    image: str | None = None
    subject: str | None = None
    model: str | None = None
    images: tuple[str, ...] = ()
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    url: str | None = None
    mask: str | None = None  # restore: the known damage (white = repair), filled by the learned inpainter
    line: int = 1

    @property
    def live(self) -> bool:
        return self.kind in LIVE_KINDS

    @property
    def cache_name(self) -> str:
        """The step's folder under the pack's ``cache/``: ``<index>-<kind>``."""
        return f"{self.index}-{self.kind}"

    def files(self) -> list[str]:
        """Every pack file the step shows or feeds to a model."""
        found = [self.image] if self.image else []
        found += [self.mask] if self.mask else []
        found += list(self.images)
        for paths in self.examples.values():
            found += list(paths)
        return found


@dataclass(frozen=True)
class Script:
    """A parsed script: the show's title per language, its two languages and its steps."""

    title: dict[str, str]
    languages: tuple[str, str]
    steps: tuple[Step, ...]
    path: Path | None = None

    @property
    def live_steps(self) -> list[Step]:
        return [step for step in self.steps if step.live]


class _Locator:
    """Finds the line of a step's header, or of a key inside a step or the ``[show]`` table."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers = [n for n, line in enumerate(self.lines, 1) if _STEP_HEADER.match(line)]

    def step(self, position: int) -> int:
        return self.headers[position] if position < len(self.headers) else 1

    def _section_end(self, start: int) -> int:
        for n in range(start + 1, len(self.lines) + 1):
            line = self.lines[n - 1]
            if _STEP_HEADER.match(line) or (_TABLE_HEADER.match(line) and not re.match(r"^\s*\[\s*step\.", line)):
                return n
        return len(self.lines) + 1

    def key_in(self, start: int, key: str, table: str = "step") -> int:
        """The line of ``key`` in the section that starts at ``start`` (the header's line if not found)."""
        pattern = re.compile(rf"^\s*(\"?{re.escape(key)}\"?\s*[=.]|\[\s*{table}\.{re.escape(key)}\s*\])")
        for n in range(start, self._section_end(start)):
            if pattern.match(self.lines[n - 1]):
                return n
        return start

    def show(self) -> int:
        for n, line in enumerate(self.lines, 1):
            if re.match(r"^\s*\[\s*show\s*\]", line):
                return n
        return 1

    def show_key(self, key: str) -> int:
        start = self.show()
        if start == 1 and not (self.lines and re.match(r"^\s*\[\s*show\s*\]", self.lines[0])):
            return 1
        pattern = re.compile(rf"^\s*(\"?{re.escape(key)}\"?\s*[=.]|\[\s*show\.{re.escape(key)}\s*\])")
        for n in range(start + 1, len(self.lines) + 1):
            line = self.lines[n - 1]
            if pattern.match(line):
                return n
            if _TABLE_HEADER.match(line) and not re.match(r"^\s*\[\s*show\.", line):
                break
        return start


class _Checker:
    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.where = _Locator(text)

    def error(self, line: int, problem: str) -> InvalidInput:
        return InvalidInput(f"The presentation script “{self.source}” has a problem on line {line}: {problem}.")

    def languages(self, show: dict[str, Any]) -> tuple[str, str]:
        value = show.get("languages")
        line = self.where.show_key("languages")
        if value is None:
            raise self.error(line, "[show] needs languages = [presenter's, delegation's], e.g. [\"ko\", \"en\"]")
        ok = isinstance(value, list) and len(value) == 2
        ok = ok and all(isinstance(v, str) and _LANGUAGE.match(v) for v in value)
        if not ok or value[0] == value[1]:
            raise self.error(line, "languages must name two different language codes, e.g. [\"ko\", \"en\"]")
        return value[0], value[1]

    def texts(self, value: object, languages: tuple[str, str], what: str, line: int) -> dict[str, str]:
        if not isinstance(value, dict):
            raise self.error(line, f"{what} must be a table with one text per language ({', '.join(languages)})")
        for language in languages:
            text = value.get(language)
            if not isinstance(text, str) or not text.strip():
                raise self.error(line, f"{what} must include a text in “{language}”")
        for language, text in value.items():
            if not _LANGUAGE.match(str(language)) or not isinstance(text, str):
                raise self.error(line, f"{what} has “{language}”, which is not a language code with a text")
        return {str(k): v.strip() for k, v in value.items()}

    def path(self, value: object, what: str, line: int) -> str:
        if not isinstance(value, str) or not value:
            raise self.error(line, f"{what} must be the path of a file inside the pack, e.g. \"images/bell.png\"")
        bad = ("\\" in value or ":" in value or value.startswith("/")
               or any(part in ("", ".", "..") for part in value.split("/")))
        if bad:
            raise self.error(line, f"{what} “{value}” must be a relative path inside the pack, without “..”")
        return str(PurePosixPath(value))

    def step(self, position: int, raw: object, languages: tuple[str, str]) -> Step:
        index = position + 1
        header = self.where.step(position)
        if not isinstance(raw, dict):
            raise self.error(header, f"step {index} must be a table")
        kind = raw.get("kind")
        if kind not in KINDS:
            line = self.where.key_in(header, "kind")
            shown = f"“{kind}”" if isinstance(kind, str) else "missing"
            raise self.error(line, f"step {index} has kind {shown}; use one of {', '.join(KINDS)}")
        label = f"step {index} ({kind})"
        allowed = _COMMON_KEYS | _KIND_KEYS[kind]
        for key in raw:
            if key not in allowed:
                raise self.error(self.where.key_in(header, key),
                                 f"{label} does not take “{key}” (it takes {', '.join(sorted(allowed))})")
        if "captions" not in raw:
            raise self.error(header, f"{label} needs captions in {' and '.join(languages)}")
        for key in _REQUIRED.get(kind, ()):
            if key not in raw:
                raise self.error(header, f"{label} needs “{key}”")
        line = self.where.key_in
        captions = self.texts(raw["captions"], languages, f"the captions of {label}", line(header, "captions"))
        notes = raw.get("notes", "")
        if not isinstance(notes, str):
            raise self.error(line(header, "notes"), f"the notes of {label} must be text")
        budget = raw.get("time_budget_s", DEFAULT_BUDGET_S)
        if isinstance(budget, bool) or not isinstance(budget, int | float) or not 0 < budget <= MAX_BUDGET_S:
            raise self.error(line(header, "time_budget_s"),
                             f"time_budget_s of {label} must be seconds above 0 and at most {MAX_BUDGET_S:g}")
        values: dict[str, Any] = {}
        if "image" in raw:
            values["image"] = self.path(raw["image"], f"the image of {label}", line(header, "image"))
        if "mask" in raw:
            values["mask"] = self.path(raw["mask"], f"the damage mask of {label}", line(header, "mask"))
        if "subject" in raw:
            subject = raw["subject"]
            if not isinstance(subject, str) or not _ID.match(subject):
                raise self.error(line(header, "subject"), f"the subject of {label} must be an id such as “dabotap”")
            values["subject"] = subject
        if "model" in raw:
            model = raw["model"]
            if not isinstance(model, str) or not _ID.match(model):
                raise self.error(line(header, "model"), f"the model of {label} must be a model id")
            values["model"] = model
        if "images" in raw:
            images = raw["images"]
            at = line(header, "images")
            if not isinstance(images, list) or len(images) != 2:
                raise self.error(at, f"{label} needs images = [two image paths], shown left and right")
            values["images"] = tuple(self.path(v, f"an image of {label}", at) for v in images)
        if "examples" in raw:
            values["examples"] = self.examples(raw["examples"], label, line(header, "examples"))
        if "url" in raw:
            url = raw["url"]
            if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+\.[^\s]+$", url):
                raise self.error(line(header, "url"), f"the url of {label} must be a web address starting with https://")
            values["url"] = url
        return Step(index=index, kind=kind, captions=captions, notes=notes.strip(), time_budget_s=float(budget),
                    line=header, **values)

    def examples(self, value: object, label: str, at: int) -> dict[str, tuple[str, ...]]:
        if not isinstance(value, dict) or len(value) < 2:
            raise self.error(at, f"{label} needs examples with at least two labels, "
                                 "e.g. { dabotap = [\"images/a.png\", \"images/b.png\"], … }")
        found: dict[str, tuple[str, ...]] = {}
        for name, paths in value.items():
            if not _ID.match(str(name)):
                raise self.error(at, f"the label “{name}” of {label} must be an id such as “dabotap”")
            if not isinstance(paths, list) or len(paths) < 2:
                raise self.error(at, f"the label “{name}” of {label} needs at least two image paths")
            found[str(name)] = tuple(self.path(p, f"an example of {label}", at) for p in paths)
        return found


def _syntax_line(exc: tomllib.TOMLDecodeError) -> int:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else 1


def parse_script(text: str, *, source: str = "script", path: Path | None = None) -> Script:
    """Parse and check a script's text; any problem is one :class:`InvalidInput` sentence with its line."""
    checker = _Checker(text, source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        detail = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc)).rstrip(".")
        raise checker.error(_syntax_line(exc), f"it is not valid TOML ({detail[:1].lower() + detail[1:]})") from None
    for key in data:
        if key not in ("show", "step"):
            line = next((n for n, ln in enumerate(checker.where.lines, 1)
                         if re.match(rf"^\s*(\[\s*{re.escape(key)}\s*\]|\"?{re.escape(key)}\"?\s*=)", ln)), 1)
            raise checker.error(line, f"“{key}” is not part of a script (use [show] and [[step]] tables)")
    show = data.get("show")
    if not isinstance(show, dict):
        raise checker.error(1, "the script needs a [show] table with its title and languages")
    for key in show:
        if key not in ("title", "languages"):
            raise checker.error(checker.where.show_key(key), f"[show] does not take “{key}” (only title, languages)")
    languages = checker.languages(show)
    if "title" not in show:
        raise checker.error(checker.where.show(), f"[show] needs a title in {' and '.join(languages)}")
    title = checker.texts(show["title"], languages, "the show's title", checker.where.show_key("title"))
    steps = data.get("step")
    if not isinstance(steps, list) or not steps:
        raise checker.error(len(checker.where.lines) or 1, "the script has no steps; add at least one [[step]]")
    parsed = tuple(checker.step(i, raw, languages) for i, raw in enumerate(steps))
    return Script(title=title, languages=languages, steps=parsed, path=path)


def load_script(path: str | Path) -> Script:
    """Read and parse a script file (UTF-8, at most 1 MiB)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"The presentation script “{path}” could not be read ({exc.strerror or exc}).") from None
    if len(raw) > MAX_SCRIPT_BYTES:
        raise InvalidInput(f"The presentation script “{path.name}” is larger than 1 MiB, which no script needs.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"The presentation script “{path.name}” is not UTF-8 text.") from None
    return parse_script(text, source=path.name, path=path)
