"""Denoising with FFDNet, run through the model registry and engine, tiled for large images.

The noise level is estimated from the photo itself (:func:`estimate_noise_sigma`) unless the
caller gives one; below :data:`SKIP_BELOW_SIGMA` the photo is left untouched, because FFDNet at a
tiny σ can only remove real detail (film grain the eye does not see as noise, fine engraving).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress, scaled
from app.imaging.tiling import balanced_tile, cast_to, process_tiled
from app.vision.engine import Engine, default_engine, inference_mode
from app.vision.restoration.noise import estimate_noise_sigma
from app.vision.restoration.thresholds import CALIBRATED

__all__ = ["DENOISE_MODEL_ID", "MAX_SIGMA", "PRECISIONS", "SKIP_BELOW_SIGMA", "DenoiseResult", "denoise", "parse_sigma"]

DENOISE_MODEL_ID = "ffdnet_color"
SKIP_BELOW_SIGMA = CALIBRATED.noise_sigma
"""An estimated σ below this (0–255 scale) means the photo is clean enough to leave alone."""
MAX_SIGMA = 75.0
"""FFDNet was trained on σ ∈ [0, 75]; beyond that its noise map is extrapolation."""

# Tiles of at most 512 px keep one activation near 25 MB (96 channels at half resolution, float32).
# Each tile is then shrunk so the tiles share the frame evenly (balanced_tile): with fixed 512 px
# tiles and 64 px overlap a 6000×4000 scan ran 1.38× its own area through the network, now about
# 1.14×. The overlap is only cross-fade: 12 layers of 3×3 at half resolution see 24 px either side,
# and the linear ramp gives a tile's outer 24 px little weight (measured in the benchmark's PSNR).
# 768-px tiles were as fast on a 24 MP scan (38.5 s vs 38.4 s) and held 40 MB more at the peak.
TILE = 512
OVERLAP = 32
PRECISIONS = ("float32", "int8")
"""``float32`` is the reference; ``int8`` (denoise_int8.py) is faster on the CPU but measurably
less clean at low σ (Kodak24: −1.1 dB PSNR at σ 5, −0.4 at σ 8, −0.1 at σ 15), so it is opt-in."""
CLEAN_TILE_FRACTION = 0.6
"""With ``skip_clean_tiles``, a tile whose own estimated σ is below this fraction of the σ in use
is passed through: a clean sky or margin in a scan whose noise sits in the shadows is not run
through the network. Uniformly noisy photos skip nothing."""
_TILE_PATCHES = 4000


@dataclass(frozen=True, eq=False)
class DenoiseResult:
    """The denoised image and what was done: ``sigma`` used (None when skipped), the estimate, the model."""

    image: np.ndarray
    sigma: float | None
    estimated_sigma: float | None
    skipped: bool
    model: dict[str, str] | None
    tiles: int = 0
    clean_tiles: int = 0
    precision: str = "float32"
    tile_size: tuple[int, int] = (TILE, TILE)

    def params(self) -> dict[str, Any]:
        """Parameters for a provenance record."""
        return {
            "sigma": None if self.sigma is None else round(self.sigma, 3),
            "sigma_source": "given" if self.estimated_sigma is None else "estimated",
            "estimated_sigma": None if self.estimated_sigma is None else round(self.estimated_sigma, 3),
            "skipped": self.skipped,
            "skip_below_sigma": SKIP_BELOW_SIGMA,
            "precision": self.precision,
            "tile": list(self.tile_size),
            "overlap": OVERLAP,
            "tiles": self.tiles,
            "clean_tiles_skipped": self.clean_tiles,
        }


def parse_sigma(text: str) -> float | None:
    """``"auto"`` → None, otherwise a σ in (0, MAX_SIGMA] on the 0–255 scale; InvalidInput otherwise."""
    if text.strip().lower() == "auto":
        return None
    try:
        value = float(text)
    except ValueError:
        raise InvalidInput(f"“{text}” is not a noise level; give a number such as 15, or “auto”.") from None
    return check_sigma(value)


def check_sigma(value: float) -> float:
    """Return ``value`` if it is a usable noise level, else raise InvalidInput."""
    if not np.isfinite(value) or not 0.0 < value <= MAX_SIGMA:
        raise InvalidInput(f"The noise level must be above 0 and at most {MAX_SIGMA:g} (0–255 scale), not {value:g}.")
    return float(value)


def _check_image(image: np.ndarray) -> None:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.ndim != 3 or image.shape[2] != 3:
        raise InvalidInput("Denoising needs an 8-bit RGB image (H×W×3).")


def denoise(
    image: np.ndarray,
    sigma: float | None = None,
    *,
    engine: Engine | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    skip_clean_tiles: bool = False,
    precision: str = "float32",
    out: np.ndarray | None = None,
) -> DenoiseResult:
    """Denoise an RGB ``uint8`` image with FFDNet at ``sigma`` (0–255 scale; None = estimate it).

    An estimated σ below :data:`SKIP_BELOW_SIGMA` returns the input unchanged (``skipped``); a
    given σ is always applied. Estimates above :data:`MAX_SIGMA` are capped. Large images run in
    overlapping tiles, so memory is one tile of activations plus one row of tiles in float32.
    ``skip_clean_tiles`` passes tiles through whose own noise estimate is below
    :data:`CLEAN_TILE_FRACTION` × σ (the one-click restore sets it when σ was estimated).
    ``precision="int8"`` runs the quantised copy of the model (CPU only; see :data:`PRECISIONS`).
    ``out`` (same shape, writable) receives the denoised pixels when the network runs; it may be
    ``image`` itself (see :func:`process_tiled`), which saves a frame when the caller owns it.
    """
    _check_image(image)
    if precision not in PRECISIONS:
        raise InvalidInput(f"Precision must be one of {', '.join(PRECISIONS)}, not “{precision}”.")
    estimated: float | None = None
    if sigma is None:
        progress(Progress(0.0, "measuring noise"))
        estimated = estimate_noise_sigma(image)
        if estimated < SKIP_BELOW_SIGMA:
            progress(Progress(1.0, "no visible noise; left unchanged"))
            return DenoiseResult(image, None, estimated, True, None)
        sigma = min(estimated, MAX_SIGMA)
    else:
        sigma = check_sigma(sigma)
    engine = engine or default_engine()
    model = engine.model(DENOISE_MODEL_ID)
    spec = engine.registry.get(DENOISE_MODEL_ID)
    device = engine.device
    import torch

    level = sigma / 255.0
    # Channels-last activations run the 3×3 convolutions ~10–40 % faster on CPU (same numbers).
    model = model.to(memory_format=torch.channels_last)
    provenance = spec.provenance()
    if precision == "int8":
        if device != "cpu":
            raise InvalidInput("The int8 denoiser runs on the CPU only; choose float32 on a GPU.")
        from app.vision.restoration.denoise_int8 import int8_available, int8_model

        if not int8_available():
            raise InvalidInput("This PyTorch build has no int8 CPU engine; use float32.")
        # The int8 weights are a function of the verified float file (its sha256 is checked
        # against the calibration's), so that sha256 plus the precision identify them.
        model = int8_model(model, provenance["sha256"])
        provenance = {**provenance, "precision": "int8"}
    counts = [0, 0]

    def run_tile(tile: np.ndarray) -> np.ndarray:
        counts[0] += 1
        if skip_clean_tiles and min(tile.shape[:2]) >= 24 and (
            estimate_noise_sigma(tile, max_patches=_TILE_PATCHES) < CLEAN_TILE_FRACTION * sigma
        ):
            counts[1] += 1
            return tile.astype(np.float32)
        # astype copies: loaded pixels are read-only and torch refuses to wrap those.
        x = torch.from_numpy(tile.astype(np.float32)).to(device).permute(2, 0, 1)[None] / 255.0
        with inference_mode():
            y = model(x.contiguous(memory_format=torch.channels_last), level).clamp_(0.0, 1.0)
        return (y[0].permute(1, 2, 0) * 255.0).cpu().numpy()

    # Tiles stay float so that overlaps blend before the single rounding to 8 bits, which
    # happens row by row of tiles: no float copy of a 24 MP frame (290 MB) ever exists.
    tile = (balanced_tile(image.shape[0], TILE, OVERLAP), balanced_tile(image.shape[1], TILE, OVERLAP))
    result = process_tiled(
        image, run_tile, tile=tile, overlap=OVERLAP, finish=cast_to(np.uint8), out=out,
        progress=scaled(progress, 0.05, 1.0), cancel=cancel,
    )
    return DenoiseResult(
        result, float(sigma), estimated, False, provenance, counts[0], counts[1], precision, tile
    )
