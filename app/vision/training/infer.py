"""Run the project's own restoration networks on RGB uint8 images (the one image contract).

These are the entry points the restoration pipeline calls:

* :func:`detect_damage` → uint8 H×W mask (255 = damaged), :func:`damage_probabilities` per kind;
* :func:`inpaint_learned` → the image with only the mask's pixels replaced;
* :func:`upscale_x2` → a 2H×2W image.

Each loads its model through the engine (registry: sha256-verified safetensors) unless a module
is passed in (training evaluations do that), works in overlapping tiles for large images,
reports progress and honours a cancel token between tiles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import cv2
import numpy as np
import torch

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress, scaled
from app.imaging.tiling import process_tiled

DAMAGE_MODEL_ID = "damage_unet"
INPAINT_MODEL_ID = "inpaint_net"
SR_MODEL_ID = "sr_x2"


def _check_rgb(image: np.ndarray) -> np.ndarray:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise InvalidInput("The image must be an RGB uint8 array of shape H×W×3.")
    return image


def _check_mask(mask: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    if not isinstance(mask, np.ndarray) or mask.shape != shape[:2]:
        raise InvalidInput("The mask must be an H×W array the size of the image (255 = region).")
    return mask > 0


def _registered(model_id: str) -> tuple[Any, Mapping[str, Any]]:
    """The engine's cached module for ``model_id`` and its spec's extra tables."""
    from app.vision.engine import default_engine

    engine = default_engine()
    return engine.model(model_id), engine.registry.get(model_id).extra


def _device(model: torch.nn.Module) -> torch.device:
    parameter = next(model.parameters(), None)
    return parameter.device if parameter is not None else torch.device("cpu")


def _to_tensor(array: np.ndarray, device: torch.device) -> torch.Tensor:
    """H×W×C uint8 → (1, C, H, W) float in [0, 1] (channels-last, the faster CPU layout)."""
    # np.array copies: tiles are views into the caller's (possibly read-only) image.
    tensor = torch.from_numpy(np.array(array)).to(device).permute(2, 0, 1)[None].float() / 255.0
    return tensor.contiguous(memory_format=torch.channels_last)


def telea_fill(image: np.ndarray, hole: np.ndarray, radius: int = 3) -> np.ndarray:
    """OpenCV Telea inpainting of RGB ``image`` where ``hole`` is true (the inpainter's starting point)."""
    bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
    filled = cv2.inpaint(bgr, hole.astype(np.uint8) * 255, radius, cv2.INPAINT_TELEA)
    return cv2.cvtColor(filled, cv2.COLOR_BGR2RGB)


def _to_uint8(tensor: torch.Tensor) -> np.ndarray:
    return (tensor[0].clamp(0, 1) * 255.0).round().byte().permute(1, 2, 0).cpu().numpy()


def _damage_run(model: torch.nn.Module) -> Callable[[np.ndarray], np.ndarray]:
    device = _device(model)

    def run(part: np.ndarray) -> np.ndarray:
        with torch.inference_mode():
            probs = torch.sigmoid(model(_to_tensor(part, device)))
        return probs[0].permute(1, 2, 0).float().cpu().numpy()

    return run


def damage_probabilities(
    image: np.ndarray,
    *,
    model: torch.nn.Module | None = None,
    tile: int = 512,
    overlap: int = 32,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """Per-kind damage probabilities, float32 H×W×K (K = the model's kinds, see ``DAMAGE_OUTPUTS``).

    This is 24 bytes per pixel (576 MB for a 24 MP scan); :func:`detect_damage` thresholds
    each row of tiles as it is finished and never holds the whole map.
    """
    _check_rgb(image)
    model = model if model is not None else _registered(DAMAGE_MODEL_ID)[0]
    return process_tiled(image, _damage_run(model), tile=tile, overlap=overlap, progress=progress, cancel=cancel)


WORKING_SIDE = 640
"""The learned detector looks at photos with their long side at most this many pixels.

It was trained on frames of 320–640 px, where the synthesiser's scratches, dust and stains have
the widths they have on a print of that size. On a 1600-px frame of the same print every defect
is 2.5× wider and the texture of stone, tiles and foliage is 2.5× coarser; run there, the net
took walls and sky for stains (24–30 % of an aged sample marked against 1–2 % true damage). At
640 px it scores the card's numbers (models/damage_unet/MODEL_CARD.md).
"""


def reduce_to_side(image: np.ndarray, side: int = WORKING_SIDE) -> np.ndarray:
    """``image`` shrunk (area-averaged) so its long side is ``side`` px, as the detector sees it."""
    height, width = image.shape[:2]
    factor = side / max(height, width)
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)


def detect_damage(
    image: np.ndarray,
    *,
    model: torch.nn.Module | None = None,
    thresholds: Sequence[float] | None = None,
    sensitivity: float = 0.0,
    working_side: int | None = WORKING_SIDE,
    tile: int = 512,
    overlap: int = 32,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """The editable damage mask: uint8 H×W, 255 where any kind's probability passes its threshold.

    ``thresholds`` (one per kind) default to the ones chosen on validation data and stored in
    the model's ``model.toml``; ``sensitivity`` in [-1, 1] lowers (> 0) or raises (< 0) all of
    them, so a user can ask for more or fewer detections without retraining. A photo larger than
    ``working_side`` is looked at reduced to that size (see :data:`WORKING_SIDE`; None = never)
    and the probabilities are interpolated back, one kind at a time. At full size the result
    equals thresholding :func:`damage_probabilities`, with memory of one row of tiles.
    """
    _check_rgb(image)
    if not -1.0 <= sensitivity <= 1.0:
        raise InvalidInput("Damage sensitivity must be between -1 and 1.")
    if model is None:
        model, extra = _registered(DAMAGE_MODEL_ID)
        if thresholds is None:
            thresholds = list(extra.get("thresholds", {}).get("values", []))

    def limits_for(kinds: int) -> np.ndarray:
        chosen = list(thresholds) if thresholds else [0.5] * kinds
        if len(chosen) != kinds:
            raise InvalidInput(f"Expected {kinds} damage thresholds, got {len(chosen)}.")
        return np.clip(np.asarray(chosen, np.float32) * (1.0 - 0.8 * sensitivity), 0.02, 0.98)

    def to_mask(probs: np.ndarray) -> np.ndarray:
        return ((probs >= limits_for(probs.shape[2])).any(axis=2) * 255).astype(np.uint8)

    height, width = image.shape[:2]
    if working_side is None or max(height, width) <= working_side:
        return process_tiled(
            image, _damage_run(model), tile=tile, overlap=overlap, finish=to_mask, progress=progress, cancel=cancel
        )
    small = reduce_to_side(image, working_side)
    probs = process_tiled(small, _damage_run(model), tile=tile, overlap=overlap,
                          progress=scaled(progress, 0.0, 0.9), cancel=cancel)
    limits = limits_for(probs.shape[2])
    mask = np.zeros((height, width), np.uint8)
    for kind in range(probs.shape[2]):
        if cancel is not None:
            cancel.raise_if_cancelled()
        # One full-size float channel at a time: 96 MB at 24 MP, never H×W×K.
        full = cv2.resize(np.ascontiguousarray(probs[..., kind]), (width, height), interpolation=cv2.INTER_LINEAR)
        mask[full >= limits[kind]] = 255
    progress(Progress(1.0, "damage mask ready"))
    return mask


def inpaint_learned(
    image: np.ndarray,
    mask: np.ndarray,
    *,
    model: torch.nn.Module | None = None,
    tile: int = 1024,
    overlap: int = 96,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """Fill the mask's pixels (mask > 0) of ``image``; every other pixel is returned bit-identical.

    The holes are first filled by OpenCV's Telea method, which the network then corrects.
    Images up to ``tile``² go through the network in one piece; larger ones in overlapping tiles
    cross-faded by :func:`process_tiled`, and tiles without a hole pixel are skipped.
    """
    _check_rgb(image)
    hole = _check_mask(mask, image.shape)
    if not hole.any():
        return image.copy()
    model = model if model is not None else _registered(INPAINT_MODEL_ID)[0]
    device = _device(model)

    def run(part: np.ndarray) -> np.ndarray:
        rgb, part_hole = part[..., :3], part[..., 3] > 0
        if not part_hole.any():
            return rgb
        hole_t = torch.from_numpy(part_hole).to(device)[None, None].float()
        guide = _to_tensor(telea_fill(rgb, part_hole), device)
        with torch.inference_mode():
            out = model(guide, hole_t.contiguous(memory_format=torch.channels_last))
        return _to_uint8(out)

    stacked = np.dstack((image, hole.astype(np.uint8) * 255))
    filled = process_tiled(stacked, run, tile=tile, overlap=overlap, progress=progress, cancel=cancel)
    del stacked
    # Blending of overlapping tiles only touches hole pixels' values; re-composite to guarantee
    # that every pixel outside the mask is the input's, bit for bit (in place: no third copy).
    np.copyto(filled, image, where=~hole[..., None])
    return filled


def upscale_x2(
    image: np.ndarray,
    *,
    model: torch.nn.Module | None = None,
    tile: int = 256,
    overlap: int = 16,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """Super-resolve ``image`` ×2 (RGB uint8 H×W×3 → 2H×2W×3), in tiles of ``tile`` input pixels."""
    _check_rgb(image)
    model = model if model is not None else _registered(SR_MODEL_ID)[0]
    device = _device(model)

    def run(part: np.ndarray) -> np.ndarray:
        with torch.inference_mode():
            out = model(_to_tensor(part, device))
        return _to_uint8(out)

    return process_tiled(image, run, tile=tile, overlap=overlap, scale=2, progress=progress, cancel=cancel)
