"""All 1000 ImageNet classes judged against the heritage types, kept as reviewable data.

``assets/content/imagenet_types.json`` gives every ImageNet-1k class one of three verdicts,
each with a one-sentence reason a curator can read and edit:

* ``"evidence": {"pagoda": 1.0}`` — the class is a hint for one or more heritage types; the
  weights lie in (0, 1] and sum to at most 1, so an ambiguous class (``cup``) carries little;
* ``"evidence": "not_heritage"`` with a ``kind`` (animal, vehicle, food…) — the photo shows an
  everyday thing, whatever a small heritage head would like to call it;
* ``"evidence": "neutral"`` — the class says nothing either way (``candle``, ``umbrella``).

Given the backbone's ImageNet probabilities averaged over a photo's views, the evidence for a
type is ``probs @ evidence_matrix(types)`` and the not-heritage mass is the probability that falls
on the ``not_heritage`` classes. Both are hints for explanations and the open-set gate, never
labels. numpy only: no torch or torchvision is imported here (the class names are checked against
torchvision's in the tests).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from app.content._data import content_dir, file_stamp, is_valid_id, read_json_object
from app.content.taxonomy import load_taxonomy
from app.domain.errors import InvalidInput

__all__ = [
    "IMAGENET_CLASSES",
    "ClassVerdict",
    "ImagenetMap",
    "evidence_matrix",
    "load_imagenet_map",
    "not_heritage_mask",
    "not_heritage_mass",
    "type_evidence",
]

#: Number of ImageNet-1k classes; the file must judge every one of them exactly once.
IMAGENET_CLASSES = 1000
#: The newest file layout this code understands.
MAP_VERSION = 1
FILE_NAME = "imagenet_types.json"
EVIDENCE, NOT_HERITAGE, NEUTRAL = "evidence", "not_heritage", "neutral"
# Weights are written with two decimals by people; a sum of 0.35 + 0.35 + 0.2 + 0.1 must pass.
_SUM_TOLERANCE = 1e-6


@dataclass(frozen=True)
class ClassVerdict:
    """What one ImageNet class says about heritage, and why."""

    index: int
    name: str
    verdict: str  # EVIDENCE, NOT_HERITAGE or NEUTRAL
    weights: tuple[tuple[str, float], ...]  # (type id, weight); empty unless verdict is EVIDENCE
    kind: str | None  # set only for NOT_HERITAGE
    reason: str


@dataclass(frozen=True)
class ImagenetMap:
    """The checked file: one verdict per class in index order, and the dense arrays built from it."""

    version: int
    kinds: tuple[tuple[str, str], ...]  # (kind id, description), in file order
    type_ids: tuple[str, ...]  # every taxonomy type, in taxonomy order: the columns of _weights
    classes: tuple[ClassVerdict, ...]
    _weights: np.ndarray = field(init=False, repr=False, compare=False)
    _mask: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        column = {type_id: j for j, type_id in enumerate(self.type_ids)}
        weights = np.zeros((IMAGENET_CLASSES, len(self.type_ids)), dtype=np.float64)
        mask = np.zeros(IMAGENET_CLASSES, dtype=bool)
        for verdict in self.classes:
            for type_id, weight in verdict.weights:
                weights[verdict.index, column[type_id]] = weight
            mask[verdict.index] = verdict.verdict == NOT_HERITAGE
        # Shared through the cache, so nobody may change them in place.
        weights.setflags(write=False)
        mask.setflags(write=False)
        object.__setattr__(self, "_weights", weights)
        object.__setattr__(self, "_mask", mask)

    def evidence_matrix(self, type_ids: Sequence[str]) -> np.ndarray:
        """(1000, len(type_ids)) weights; a type no class speaks for has a zero column."""
        column = {type_id: j for j, type_id in enumerate(self.type_ids)}
        unknown = [t for t in type_ids if t not in column]
        if unknown:
            raise InvalidInput(f"'{unknown[0]}' is not a known heritage type.")
        return self._weights[:, [column[t] for t in type_ids]].copy()

    def not_heritage_mask(self) -> np.ndarray:
        """(1000,) bool: the classes whose photos show everyday things, not heritage."""
        return self._mask.copy()

    def mismatched_names(self, labels: Sequence[str]) -> list[int]:
        """Indices whose name differs from ``labels`` (e.g. torchvision's categories)."""
        return [c.index for c in self.classes if c.index >= len(labels) or labels[c.index] != c.name]


def default_path() -> Path:
    """The shipped mapping file."""
    return content_dir() / FILE_NAME


def load_imagenet_map(path: str | Path | None = None) -> ImagenetMap:
    """Load and check the mapping; ``InvalidInput`` with one sentence when it is unusable."""
    file = Path(path) if path is not None else default_path()
    return _load_cached(file, file_stamp(file, "ImageNet mapping"))


@lru_cache(maxsize=4)
def _load_cached(path: Path, stamp: int) -> ImagenetMap:
    # ``stamp`` only keys the cache, so an edited file is picked up on the next call.
    root = read_json_object(path, "ImageNet mapping")
    where = f"ImageNet mapping {path.name}"
    version = root.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidInput(f"The {where} must state its version as a whole number.")
    if version > MAP_VERSION:
        raise InvalidInput(f"The {where} was written by a newer version of the app.")
    kinds = _parse_kinds(root.get("kinds"), where)
    type_ids = tuple(t.id for t in load_taxonomy().types)
    items = root.get("classes")
    if not isinstance(items, list):
        raise InvalidInput(f"The {where} must hold a list of classes under 'classes'.")
    by_index: dict[int, ClassVerdict] = {}
    for item in items:
        verdict = _parse_class(item, where, set(type_ids), {k for k, _ in kinds})
        if verdict.index in by_index:
            raise InvalidInput(f"The {where} judges ImageNet class {verdict.index} twice.")
        by_index[verdict.index] = verdict
    missing = [i for i in range(IMAGENET_CLASSES) if i not in by_index]
    if missing:
        raise InvalidInput(
            f"The {where} has no entry for ImageNet class {missing[0]} ({len(missing)} classes are missing)."
        )
    classes = tuple(by_index[i] for i in range(IMAGENET_CLASSES))
    return ImagenetMap(version=version, kinds=kinds, type_ids=type_ids, classes=classes)


def _parse_kinds(value: object, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not value:
        raise InvalidInput(f"The {where} must describe its not-heritage kinds under 'kinds'.")
    for kind, text in value.items():
        if not is_valid_id(kind) or not isinstance(text, str) or not text.strip():
            raise InvalidInput(f"In the {where}, every kind must be a snake_case id with a description.")
    return tuple(value.items())


def _parse_class(item: object, where: str, type_ids: set[str], kinds: set[str]) -> ClassVerdict:
    if not isinstance(item, dict):
        raise InvalidInput(f"In the {where}, every class must be an object.")
    index = item.get("index")
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < IMAGENET_CLASSES:
        raise InvalidInput(f"In the {where}, every class needs an 'index' from 0 to {IMAGENET_CLASSES - 1}.")
    here = f"In the {where}, class {index}"
    name, reason = item.get("name"), item.get("reason")
    if not isinstance(name, str) or not name.strip():
        raise InvalidInput(f"{here} needs its ImageNet 'name'.")
    if not isinstance(reason, str) or not reason.strip():
        raise InvalidInput(f"{here} ({name}) needs a 'reason' saying why it is judged so.")
    evidence, kind = item.get("evidence"), item.get("kind")
    if evidence == NOT_HERITAGE:
        if kind not in kinds:
            raise InvalidInput(f"{here} ({name}) is not heritage but names no known 'kind'.")
        return ClassVerdict(index, name, NOT_HERITAGE, (), kind, reason)
    if kind is not None:
        raise InvalidInput(f"{here} ({name}) has a 'kind', which only not-heritage classes may have.")
    if evidence == NEUTRAL:
        return ClassVerdict(index, name, NEUTRAL, (), None, reason)
    if not isinstance(evidence, dict) or not evidence:
        raise InvalidInput(f'{here} ({name}) must give \'evidence\' as type weights, "not_heritage" or "neutral".')
    weights: list[tuple[str, float]] = []
    for type_id, weight in evidence.items():
        if type_id not in type_ids:
            raise InvalidInput(f"{here} ({name}) names '{type_id}', which is not a heritage type of the taxonomy.")
        if (
            not isinstance(weight, int | float)
            or isinstance(weight, bool)
            or not math.isfinite(weight)
            or not 0 < weight <= 1
        ):
            raise InvalidInput(f"{here} ({name}) gives '{type_id}' a weight outside the range above 0 up to 1.")
        weights.append((type_id, float(weight)))
    if sum(w for _, w in weights) > 1 + _SUM_TOLERANCE:
        raise InvalidInput(f"{here} ({name}) has evidence weights that add up to more than 1.")
    return ClassVerdict(index, name, EVIDENCE, tuple(weights), None, reason)


def evidence_matrix(type_ids: Sequence[str], path: str | Path | None = None) -> np.ndarray:
    """(1000, len(type_ids)) evidence weights of the shipped (or given) mapping."""
    return load_imagenet_map(path).evidence_matrix(type_ids)


def not_heritage_mask(path: str | Path | None = None) -> np.ndarray:
    """(1000,) bool mask of the classes marked not heritage."""
    return load_imagenet_map(path).not_heritage_mask()


def _as_probs(imagenet_probs: np.ndarray) -> np.ndarray:
    probs = np.asarray(imagenet_probs, dtype=np.float64)
    if probs.ndim == 1:
        probs = probs[None, :]
    if probs.ndim != 2 or probs.shape[1] != IMAGENET_CLASSES:
        raise ValueError(f"expected ImageNet probabilities of shape (N, {IMAGENET_CLASSES}), got {probs.shape}")
    return probs


def type_evidence(imagenet_probs: np.ndarray, type_ids: Sequence[str], path: str | Path | None = None) -> np.ndarray:
    """(N, 1000) probabilities (softmax, not logits) → (N, T) evidence: sum of probability × weight."""
    return _as_probs(imagenet_probs) @ evidence_matrix(type_ids, path)


def not_heritage_mass(imagenet_probs: np.ndarray, path: str | Path | None = None) -> np.ndarray:
    """(N, 1000) probabilities (softmax, not logits) → (N,) probability on not-heritage classes."""
    probs = _as_probs(imagenet_probs)
    return probs[:, load_imagenet_map(path).not_heritage_mask()].sum(axis=1)
