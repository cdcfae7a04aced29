"""A live step's result and its cached copy: ``<pack>/cache/<index>-<kind>/`` with PNGs and ``result.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from app.imaging.atomic import atomic_output, atomic_write_bytes

RESULT_FILE = "result.json"
CACHE_FOLDER = "cache"
SCHEMA = "gyeongju-ai/presentation-cache/1"


@dataclass(frozen=True, eq=False)
class StepResult:
    """What a live step shows: named RGB ``uint8`` images, JSON-able data and the models' provenance."""

    images: dict[str, np.ndarray]
    data: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Any] = field(default_factory=dict)


def cache_root(pack_dir: Path) -> Path:
    return Path(pack_dir) / CACHE_FOLDER


def save_result(folder: Path, result: StepResult, record: dict[str, Any]) -> Path:
    """Write the result's images as PNG and ``result.json`` (last, atomically) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    names: dict[str, str] = {}
    for name, pixels in result.images.items():
        file_name = f"{name}.png"
        with atomic_output(folder / file_name, ".png") as temp:
            Image.fromarray(np.ascontiguousarray(pixels)).save(temp, "PNG")
        names[name] = file_name
    for stale in folder.glob("*.png"):
        if stale.name not in names.values():
            stale.unlink(missing_ok=True)
    body = {"schema": SCHEMA, **record, "images": names, "data": result.data, "provenance": result.provenance}
    target = folder / RESULT_FILE
    atomic_write_bytes(target, (json.dumps(body, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8"))
    return target


def load_result(folder: Path) -> tuple[StepResult, dict[str, Any]] | None:
    """The cached result and its record, or None when there is none or it cannot be read."""
    try:
        body = json.loads((folder / RESULT_FILE).read_text(encoding="utf-8"))
        images = {}
        for name, file_name in body.get("images", {}).items():
            if "/" in file_name or "\\" in file_name or file_name.startswith("."):
                return None
            with Image.open(folder / file_name) as im:
                images[name] = np.asarray(im.convert("RGB"))
    except (OSError, ValueError, AttributeError):
        return None
    result = StepResult(images, body.get("data", {}), body.get("provenance", {}))
    return result, body
