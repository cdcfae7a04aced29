"""Find damage on a photo and return it as an editable mask, with the learned or classical detector.

The learned detector (``damage_unet``, trained by the project) is the default: on the aged
samples it finds far more of the damage than the classical scratch/speck filter. The classical
detector stays available (no model file needed, different mistakes) and is what the one-click
restore's condition report measures with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress, scaled

__all__ = ["DETECTORS", "DamageMask", "check_detection", "find_damage"]

DETECTORS = ("learned", "classical")


@dataclass(frozen=True, eq=False)
class DamageMask:
    """uint8 H×W mask (255 = damaged), what produced it, and the share of the image it covers."""

    mask: np.ndarray
    detector: str
    params: dict[str, Any] = field(default_factory=dict)
    model: dict[str, str] | None = None

    @property
    def fraction(self) -> float:
        return float(np.count_nonzero(self.mask)) / max(1, self.mask.size)


def check_detection(detector: str, sensitivity: float) -> None:
    """Refuse an unknown detector or a sensitivity outside [-1, 1] (before any pixel is decoded)."""
    if detector not in DETECTORS:
        raise InvalidInput(f"Unknown damage detector “{detector}”; choose from {', '.join(DETECTORS)}.")
    if not -1.0 <= float(sensitivity) <= 1.0:
        raise InvalidInput("The detection sensitivity must be between -1 and 1.")


def find_damage(
    image: np.ndarray,
    detector: str = "learned",
    *,
    sensitivity: float = 0.0,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> DamageMask:
    """Detect scratches, cracks, creases, dust, stains and tears on an RGB uint8 photo.

    ``sensitivity`` in [-1, 1] (learned detector only) marks more (> 0) or less (< 0) than the
    thresholds chosen on validation data. Raises InvalidInput for a bad image or argument and
    ModelUnavailable when the learned model is missing.
    """
    check_detection(detector, sensitivity)
    # Both detectors check the image themselves.
    if detector == "classical":
        from app.vision.restoration.detect import detect_damage as classical
        from app.vision.restoration.noise import estimate_noise_sigma

        progress(Progress(0.05, "measuring noise"))
        sigma = estimate_noise_sigma(image)
        found = classical(image, sigma)
        progress(Progress(1.0, "damage mask ready"))
        return DamageMask(found.mask, detector, {"detector": detector, "noise_sigma": round(sigma, 3)})
    from app.vision.engine import default_engine
    from app.vision.training.infer import DAMAGE_MODEL_ID, WORKING_SIDE, detect_damage

    engine = default_engine()
    model = engine.model(DAMAGE_MODEL_ID)
    spec = engine.registry.get(DAMAGE_MODEL_ID)
    thresholds = list(spec.extra.get("thresholds", {}).get("values", []))
    mask = detect_damage(image, model=model, thresholds=thresholds, sensitivity=float(sensitivity),
                         progress=scaled(progress, 0.0, 1.0), cancel=cancel)
    params = {"detector": detector, "sensitivity": float(sensitivity), "thresholds": thresholds,
              "working_side": WORKING_SIDE}
    return DamageMask(mask, detector, params, spec.provenance())
