"""Damage kinds, the spec/result types and argument checks shared by the package."""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field

import numpy as np

from app.domain.errors import InvalidInput

# Canonical order is also the order of application: defects that live on the
# print come first, then the print ages as a whole (tone), then tears expose an
# untinted backing, and the scanner's optics and JPEG encoder come last.
LOCAL_KINDS: tuple[str, ...] = ("stains", "creases", "cracks", "scratches", "dust", "tears")
GLOBAL_KINDS: tuple[str, ...] = (
    "grayscale",
    "sepia",
    "fading",
    "color_cast",
    "vignette",
    "grain",
    "blur",
    "jpeg",
)
APPLY_ORDER: tuple[str, ...] = (
    "stains",
    "creases",
    "cracks",
    "scratches",
    "dust",
    "grayscale",
    "sepia",
    "fading",
    "color_cast",
    "vignette",
    "grain",
    "tears",
    "blur",
    "jpeg",
)
DAMAGE_KINDS: tuple[str, ...] = LOCAL_KINDS + GLOBAL_KINDS

MIN_SIDE = 16


def check_severity(value: object) -> float:
    """Return ``value`` as a float in [0, 1] or raise :class:`InvalidInput`."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InvalidInput(f"Damage severity must be a number between 0 and 1, not {value!r}.")
    result = float(value)
    if not math.isfinite(result) or not 0.0 <= result <= 1.0:
        raise InvalidInput(f"Damage severity must be between 0 and 1, not {result}.")
    return result


def check_image(image: object) -> np.ndarray:
    """Return ``image`` if it is an RGB uint8 H×W×3 array of usable size, else raise."""
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8:
        raise InvalidInput("The image to damage must be an RGB uint8 array.")
    if image.ndim != 3 or image.shape[2] != 3:
        raise InvalidInput(f"The image to damage must have shape H×W×3, not {image.shape}.")
    if min(image.shape[:2]) < MIN_SIDE:
        raise InvalidInput(f"The image to damage must be at least {MIN_SIDE}×{MIN_SIDE} pixels.")
    return np.ascontiguousarray(image)


def check_seed(seed: object) -> int:
    """Return ``seed`` as a non-negative int or raise :class:`InvalidInput`."""
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or int(seed) < 0:
        raise InvalidInput(f"The damage seed must be a non-negative whole number, not {seed!r}.")
    return int(seed)


@dataclass(frozen=True)
class DamageSpec:
    """One kind of damage at a severity in [0, 1] (0 = faintest visible, 1 = strongest)."""

    kind: str
    severity: float = 0.5

    def __post_init__(self) -> None:
        if self.kind not in DAMAGE_KINDS:
            raise InvalidInput(f"Unknown damage kind {self.kind!r}; choose from {', '.join(DAMAGE_KINDS)}.")
        object.__setattr__(self, "severity", check_severity(self.severity))

    @classmethod
    def parse(cls, text: str) -> DamageSpec:
        """Build a spec from ``"kind"`` or ``"kind:severity"`` (e.g. ``"scratches:0.7"``)."""
        kind, sep, level = text.strip().partition(":")
        if not sep:
            return cls(kind)
        try:
            severity = float(level)
        except ValueError:
            raise InvalidInput(f"Damage severity in {text!r} is not a number.") from None
        return cls(kind, severity)


@dataclass(frozen=True, eq=False)
class DamageResult:
    """A damaged image with one ground-truth mask per applied kind.

    ``masks[kind]`` is uint8 H×W (255 = affected). Local kinds mark exactly the
    pixels they changed; global kinds mark the whole frame.
    """

    image: np.ndarray
    masks: dict[str, np.ndarray] = field(default_factory=dict)
    specs: tuple[DamageSpec, ...] = ()
    seed: int = 0

    @property
    def damage_mask(self) -> np.ndarray:
        """Union of the local kinds' masks: the pixels a restorer should repair."""
        union = np.zeros(self.image.shape[:2], np.uint8)
        for kind, mask in self.masks.items():
            if kind in LOCAL_KINDS:
                np.maximum(union, mask, out=union)
        return union
