"""Fill masked regions: classical OpenCV methods now, a learned model when one is installed.

``inpaint(image, mask, method=...)`` is the single entry point. Methods:

* ``telea`` – fast marching (Telea 2004): good for thin scratches and specks, smears large holes.
* ``ns`` – Navier–Stokes continuation of isophotes (Bertalmío et al. 2001): similar reach.
* ``fsr`` – frequency-selective reconstruction (xphoto ``INPAINT_FSR_FAST``): rebuilds texture
  in larger holes from its spectrum; much slower.
* ``learned`` – a registry model with ``task = "inpaint"`` (id :data:`LEARNED_MODEL_ID` unless
  another is named). Until such a model exists this raises :class:`ModelUnavailable`.

Classical methods only look a few pixels around each hole, so they run on crops around each
group of holes: a thin scratch across a 24 MP scan costs the scratch, not the scan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from app.domain.errors import InvalidInput, ModelUnavailable
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.vision.engine import Engine, default_engine

__all__ = ["CLASSICAL_METHODS", "INPAINT_METHODS", "LEARNED_MODEL_ID", "InpaintResult", "as_mask", "inpaint"]

LEARNED_MODEL_ID = "inpaint_net"
"""Registry id the learned inpainter is looked up under (its model.toml must say task = "inpaint")."""
CLASSICAL_METHODS: tuple[str, ...] = ("telea", "ns", "fsr")
INPAINT_METHODS: tuple[str, ...] = ("learned", *CLASSICAL_METHODS)

DEFAULT_RADIUS = 5
# Context kept around each hole group: Telea/NS read ``radius`` px, FSR fits blocks of 32 px.
_MARGIN = {"telea": 8, "ns": 8, "fsr": 48}


@dataclass(frozen=True, eq=False)
class InpaintResult:
    """The repaired image, the method used and its parameters (for the provenance record)."""

    image: np.ndarray
    method: str
    params: dict[str, Any] = field(default_factory=dict)
    model: dict[str, str] | None = None


def as_mask(mask: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Validate a repair mask (H×W, or H×W×3 from a file) and return it as uint8 0/255 of ``shape``.

    Any channel above mid-grey counts as "repair", so white strokes on black, drawn in any
    editor (with anti-aliased edges) or saved as RGB, all work.
    """
    if not isinstance(mask, np.ndarray) or mask.ndim not in (2, 3):
        raise InvalidInput("The mask must be a grey or RGB image (white = repair).")
    if mask.ndim == 3:
        mask = mask.max(axis=2)
    if mask.shape != tuple(shape):
        raise InvalidInput(
            f"The mask is {mask.shape[1]}×{mask.shape[0]} pixels but the image is {shape[1]}×{shape[0]}; "
            "they must be the same size."
        )
    threshold = 127 if mask.dtype == np.uint8 else 0.5
    return np.where(mask > threshold, np.uint8(255), np.uint8(0))


def _regions(mask: np.ndarray, margin: int) -> list[tuple[slice, slice]]:
    """Bounding boxes (grown by ``margin``) of groups of holes closer than ``margin`` to each other."""
    size = 2 * margin + 1
    grown = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(grown, connectivity=8)
    boxes = []
    for x, y, w, h, _ in stats[1:count]:
        boxes.append((slice(int(y), int(y + h)), slice(int(x), int(x + w))))
    return boxes


def _fsr(crop: np.ndarray, holes: np.ndarray) -> np.ndarray:
    """xphoto FSR on one crop. It expects a luminance-first colour space and marks *valid* pixels."""
    lab = cv2.cvtColor(crop, cv2.COLOR_RGB2Lab)
    out = np.zeros_like(lab)
    cv2.xphoto.inpaint(lab, cv2.bitwise_not(holes), out, cv2.xphoto.INPAINT_FSR_FAST)
    return cv2.cvtColor(out, cv2.COLOR_Lab2RGB)


def _classical_fn(method: str, radius: int) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """(RGB crop, hole mask) → filled RGB crop. cv2.inpaint treats channels alike, so RGB stays RGB."""
    if method == "telea":
        return lambda crop, holes: cv2.inpaint(crop, holes, radius, cv2.INPAINT_TELEA)
    if method == "ns":
        return lambda crop, holes: cv2.inpaint(crop, holes, radius, cv2.INPAINT_NS)
    return _fsr


def _inpaint_classical(
    image: np.ndarray, mask: np.ndarray, method: str, radius: int, progress: ProgressCallback, cancel: CancelToken
) -> np.ndarray:
    fill = _classical_fn(method, radius)
    out = image.copy()
    boxes = _regions(mask, _MARGIN[method])
    for index, (rows, cols) in enumerate(boxes):
        cancel.raise_if_cancelled()
        holes = mask[rows, cols]
        filled = fill(np.ascontiguousarray(image[rows, cols]), np.ascontiguousarray(holes))
        # Paste only hole pixels: the margin was context, and must stay bit-identical to the input.
        target = out[rows, cols]
        target[holes > 0] = filled[holes > 0]
        progress(Progress((index + 1) / len(boxes), f"region {index + 1} of {len(boxes)}"))
    return out


def _inpaint_learned(
    image: np.ndarray,
    mask: np.ndarray,
    model_id: str,
    engine: Engine | None,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[np.ndarray, dict[str, str]]:
    """Run the project's inpainting network (see models/inpaint_net/MODEL_CARD.md), tiled.

    The network corrects an OpenCV Telea pre-fill of the holes; only hole pixels change.
    """
    from app.vision.training.infer import inpaint_learned

    engine = engine or default_engine()
    if model_id not in engine.registry.ids():
        raise ModelUnavailable(
            f"Learned inpainting is not available: no inpainting model “{model_id}” is installed. "
            "Use the method “telea”, “ns” or “fsr” instead."
        )
    spec = engine.registry.get(model_id)
    if spec.task != "inpaint":
        raise ModelUnavailable(f"The model “{model_id}” is a {spec.task} model, not an inpainting model.")
    result = inpaint_learned(image, mask, model=engine.model(model_id), progress=progress, cancel=cancel)
    return result, spec.provenance()


def inpaint(
    image: np.ndarray,
    mask: np.ndarray,
    method: str = "telea",
    *,
    radius: int = DEFAULT_RADIUS,
    model_id: str = LEARNED_MODEL_ID,
    engine: Engine | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> InpaintResult:
    """Fill the pixels where ``mask`` is white (255) in an RGB ``uint8`` image; others stay exact.

    ``radius`` is the neighbourhood of telea/ns in pixels; ``model_id`` names the registry model
    used by ``learned``. Raises InvalidInput for a bad image, mask or method and ModelUnavailable
    when ``learned`` has no installed model.
    """
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise InvalidInput("Inpainting needs an 8-bit RGB image (H×W×3).")
    if method not in INPAINT_METHODS:
        raise InvalidInput(f"Unknown inpainting method “{method}”; choose from {', '.join(INPAINT_METHODS)}.")
    if not 1 <= radius <= 50:
        raise InvalidInput(f"The inpainting radius must be between 1 and 50 pixels, not {radius}.")
    holes = as_mask(mask, image.shape[:2])
    cancel = cancel or CancelToken()
    fraction = float(np.count_nonzero(holes)) / holes.size
    if method == "learned":
        out, model = _inpaint_learned(image, holes, model_id, engine, progress, cancel)
        return InpaintResult(out, method, {"model_id": model_id, "hole_fraction": round(fraction, 6)}, model)
    if not holes.any():
        progress(Progress(1.0, "nothing to repair"))
        return InpaintResult(image.copy(), method, {"hole_fraction": 0.0})
    out = _inpaint_classical(image, holes, method, radius, progress, cancel)
    params: dict[str, Any] = {"hole_fraction": round(fraction, 6), "context_margin": _MARGIN[method]}
    if method in ("telea", "ns"):
        params["radius"] = radius
    return InpaintResult(out, method, params)
