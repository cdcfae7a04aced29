"""Model descriptions read from ``models/<id>/model.toml``.

A model is data, not code: the toml names the architecture, where the weights
are, their sha256, the input contract, labels and measured metrics. The
registry turns these into :class:`ModelSpec` objects; nothing here imports torch.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput
from app.domain.ids import check_id

REQUIRED_KEYS = ("id", "version", "task", "architecture", "licence", "origin", "weights", "input")
WEIGHT_FORMATS = ("safetensors", "pth")


@dataclass(frozen=True)
class InputSpec:
    """How pixels are prepared: RGB in [0, 1], then ``(x - mean) / std``, at ``size`` (w, h) when fixed."""

    size: tuple[int, int] | None = None
    mean: tuple[float, float, float] = (0.0, 0.0, 0.0)
    std: tuple[float, float, float] = (1.0, 1.0, 1.0)
    channel_order: str = "RGB"


@dataclass(frozen=True)
class WeightsSpec:
    """Where the weights live: ``file`` relative to an installed ``package`` or to the model folder."""

    file: str
    sha256: str
    format: str
    package: str | None = None


@dataclass(frozen=True)
class ModelSpec:
    id: str
    version: str
    task: str
    architecture: str
    licence: str
    origin: str
    weights: WeightsSpec
    input: InputSpec
    folder: Path
    arch_params: dict[str, Any] = field(default_factory=dict)
    labels: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    description_en: str = ""
    description_ko: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def provenance(self) -> dict[str, str]:
        """The identity every AI output records: id, version, sha256, licence."""
        return {
            "id": self.id,
            "version": self.version,
            "sha256": self.weights.sha256,
            "architecture": self.architecture,
            "licence": self.licence,
        }


def _tuple3(value: Any, default: tuple[float, float, float], where: str) -> tuple[float, float, float]:
    if value is None:
        return default
    if not (isinstance(value, list) and len(value) == 3):
        raise InvalidInput(f"The model description {where} has an invalid mean/std (three numbers expected).")
    return (float(value[0]), float(value[1]), float(value[2]))


def parse_model_toml(path: Path) -> ModelSpec:
    """Parse one ``model.toml``; a malformed file raises :class:`InvalidInput` naming it."""
    where = f"“{path.parent.name}/{path.name}”"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"The model description {where} cannot be read ({exc}).") from exc
    return parse_model_toml_text(text, path.parent, where)


def parse_model_toml_text(text: str, folder: Path, where: str = "“model.toml”") -> ModelSpec:
    """Parse a model description held in memory (an archive being checked before anything is written)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"The model description {where} cannot be read ({exc}).") from exc
    missing = [key for key in REQUIRED_KEYS if key not in raw]
    if missing:
        raise InvalidInput(f"The model description {where} lacks: {', '.join(missing)}.")
    weights_raw = raw["weights"]
    fmt = str(weights_raw.get("format", Path(str(weights_raw.get("file", ""))).suffix.lstrip(".")))
    if fmt not in WEIGHT_FORMATS or "file" not in weights_raw or "sha256" not in weights_raw:
        raise InvalidInput(f"The model description {where} needs weights.file, weights.sha256 and a known format.")
    try:
        # The id names the model's folder; a hostile one ("../x", "/tmp/x") must never become a path.
        check_id(raw["id"], "model id")
    except InvalidInput as exc:
        raise InvalidInput(f"The model description {where} is refused: {exc}") from None
    input_raw = raw["input"]
    size = input_raw.get("size")
    spec_input = InputSpec(
        size=(int(size[0]), int(size[1])) if size else None,
        mean=_tuple3(input_raw.get("mean"), (0.0, 0.0, 0.0), where),
        std=_tuple3(input_raw.get("std"), (1.0, 1.0, 1.0), where),
        channel_order=str(input_raw.get("channel_order", "RGB")),
    )
    known = set(REQUIRED_KEYS) | {"arch_params", "labels", "metrics", "description_en", "description_ko"}
    return ModelSpec(
        id=str(raw["id"]),
        version=str(raw["version"]),
        task=str(raw["task"]),
        architecture=str(raw["architecture"]),
        licence=str(raw["licence"]),
        origin=str(raw["origin"]),
        weights=WeightsSpec(
            file=str(weights_raw["file"]),
            sha256=str(weights_raw["sha256"]).lower(),
            format=fmt,
            package=weights_raw.get("package"),
        ),
        input=spec_input,
        folder=folder,
        arch_params=dict(raw.get("arch_params", {})),
        labels=dict(raw.get("labels", {})),
        metrics=dict(raw.get("metrics", {})),
        description_en=str(raw.get("description_en", "")),
        description_ko=str(raw.get("description_ko", "")),
        extra={k: v for k, v in raw.items() if k not in known},
    )

