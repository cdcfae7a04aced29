"""Super-resolution ×2 and ×4 with the project's own network (``sr_x2``), tiled with progress and cancel.

×4 is two ×2 passes of the same network: measured sharper than bicubic without the invented
texture a GAN upscaler adds (see models/sr_x2/MODEL_CARD.md). The network learned to undo a
bicubic reduction, so it restores detail; it does not hallucinate new structures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, ProgressCallback, ignore_progress, scaled

SR_MODEL_ID = "sr_x2"
SCALES = (2, 4)
#: Largest output accepted: beyond this a museum scan should be upscaled in parts, not at once.
MAX_OUTPUT_PIXELS = 200_000_000


@dataclass(frozen=True, eq=False)
class UpscaleResult:
    image: np.ndarray
    params: dict[str, Any] = field(default_factory=dict)
    model: dict[str, str] | None = None


def upscale(
    image: np.ndarray,
    scale: int,
    *,
    deblock: bool = True,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> UpscaleResult:
    """Enlarge an RGB uint8 image ``scale`` (2 or 4) times with the learned network.

    With ``deblock`` (the default) a visible JPEG block grid is first removed with FFDNet at a
    small σ (:mod:`app.vision.restoration.artifacts`); the network would otherwise sharpen the
    grid into the result. What was measured and done is in ``params["deblock"]``.
    """
    from app.vision.engine import default_engine
    from app.vision.training.infer import upscale_x2

    if scale not in SCALES:
        raise InvalidInput(f"The scale must be 2 or 4, not {scale}.")
    height, width = image.shape[:2]
    if height * width * scale * scale > MAX_OUTPUT_PIXELS:
        raise InvalidInput(
            f"A ×{scale} enlargement of this {width}×{height} image would exceed "
            f"{MAX_OUTPUT_PIXELS // 1_000_000} megapixels; crop it or choose ×2."
        )
    engine = default_engine()
    current, cleaning = _deblocked(image, progress, cancel) if deblock else (image, {"applied": False})
    model = engine.model(SR_MODEL_ID)
    passes = scale // 2
    start = 0.2 if cleaning["applied"] else 0.0
    for index in range(passes):
        part = scaled(progress, start + (1 - start) * index / passes, start + (1 - start) * (index + 1) / passes)
        current = upscale_x2(current, model=model, progress=part, cancel=cancel)
    params = {"scale": scale, "passes": passes, "input_size": [width, height],
              "output_size": [int(current.shape[1]), int(current.shape[0])], "deblock": cleaning}
    return UpscaleResult(current, params, engine.registry.get(SR_MODEL_ID).provenance())


def _deblocked(
    image: np.ndarray, progress: ProgressCallback, cancel: CancelToken | None
) -> tuple[np.ndarray, dict[str, Any]]:
    """The image with its JPEG grid removed when one shows, and a record of the decision."""
    from app.vision.restoration.artifacts import deblock_sigma, jpeg_blockiness
    from app.vision.restoration.denoise import denoise

    blockiness = jpeg_blockiness(image)
    sigma = deblock_sigma(blockiness)
    record: dict[str, Any] = {"blockiness": round(blockiness, 4), "sigma": round(sigma, 3), "applied": sigma > 0}
    if sigma <= 0:
        return image, record
    cleaned = denoise(image, sigma, progress=scaled(progress, 0.0, 0.2), cancel=cancel)
    record["model"] = cleaned.model
    return cleaned.image, record
