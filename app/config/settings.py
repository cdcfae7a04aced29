"""The settings schema: frozen dataclasses with a version number and migration.

The file on disk is JSON. Unknown keys are dropped, wrong types fall back to the
default for that field, and a file that cannot be parsed at all falls back to
defaults with a warning: a broken settings file must never stop the kiosk.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

log = logging.getLogger(__name__)

SETTINGS_VERSION = 3
Language = Literal["ko", "en", "zh", "ja"]
LANGUAGES: tuple[str, ...] = ("ko", "en", "zh", "ja")
DEVICES: tuple[str, ...] = ("auto", "cpu", "cuda")


@dataclass(frozen=True)
class InferenceSettings:
    """How models run: ``device`` is auto/cpu/cuda; ``threads`` 0 means one per core."""

    device: str = "auto"
    threads: int = 0
    model_cache_mb: int = 1024


@dataclass(frozen=True)
class ImageSettings:
    """Image I/O limits: images above ``max_megapixels`` are refused as possible decompression bombs."""

    max_megapixels: int = 250


@dataclass(frozen=True)
class CredentialSettings:
    """Content Credentials: ``visible_label`` also draws a small "AI-restored" label on AI outputs.

    Off by default: archival masters stay untouched; the signed credentials are always embedded
    when the museum has an identity (that identity lives in the data folder, not here).
    """

    visible_label: bool = False


@dataclass(frozen=True)
class Settings:
    version: int = SETTINGS_VERSION
    language: str = "ko"
    inference: InferenceSettings = field(default_factory=InferenceSettings)
    images: ImageSettings = field(default_factory=ImageSettings)
    credentials: CredentialSettings = field(default_factory=CredentialSettings)

    def with_language(self, language: str) -> Settings:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        return replace(self, language=language)


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings dict up to :data:`SETTINGS_VERSION`.

    Version 1 stored ``device`` and ``threads`` at the top level; version 2 groups
    them under ``inference``. Version 3 drops ``kiosk_idle_seconds`` and ``images.jpeg_quality``,
    which nothing read: a setting that is offered must have an effect.
    """
    data = dict(raw)
    version = int(data.get("version", 1)) if isinstance(data.get("version", 1), int) else 1
    if version < 2:
        inference = dict(data.get("inference") or {})
        for key in ("device", "threads"):
            if key in data:
                inference.setdefault(key, data.pop(key))
        data["inference"] = inference
    if version < 3:
        data.pop("kiosk_idle_seconds", None)
        if isinstance(data.get("images"), dict):
            data["images"] = {k: v for k, v in data["images"].items() if k != "jpeg_quality"}
    data["version"] = SETTINGS_VERSION
    return data


def _coerce(cls: type, raw: Any) -> Any:
    """Build dataclass ``cls`` from ``raw``, keeping only well-typed known fields."""
    default = cls()
    if not isinstance(raw, dict):
        return default
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in raw:
            continue
        current = getattr(default, f.name)
        candidate = raw[f.name]
        if hasattr(current, "__dataclass_fields__"):
            values[f.name] = _coerce(type(current), candidate)
        elif type(candidate) is type(current):
            values[f.name] = candidate
        else:
            log.warning("settings: ignoring %s=%r (expected %s)", f.name, candidate, type(current).__name__)
    return replace(default, **values)


def _validated(settings: Settings) -> Settings:
    inference = settings.inference
    if inference.device not in DEVICES:
        inference = replace(inference, device="auto")
    if inference.threads < 0:
        inference = replace(inference, threads=0)
    language = settings.language if settings.language in LANGUAGES else "ko"
    images = settings.images
    if not 1 <= images.max_megapixels <= 4000:
        images = replace(images, max_megapixels=ImageSettings().max_megapixels)
    return replace(settings, language=language, inference=inference, images=images)


def load_settings(path: Path) -> Settings:
    """Read settings; missing file → defaults; corrupt file → defaults with a warning."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("settings: cannot read %s (%s); using defaults", path, exc)
        return Settings()
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("top level is not an object")
    except ValueError as exc:
        log.warning("settings: %s is corrupt (%s); using defaults", path, exc)
        return Settings()
    return _validated(_coerce(Settings, migrate(raw)))


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically so a crash mid-write never leaves a half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(asdict(settings), indent=2, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
