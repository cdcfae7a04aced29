"""Restoration of old and damaged photos: denoise, inpaint, colour, condition report, pipeline.

Modules (each small, each usable on its own):

* :mod:`.noise` – blind noise-level estimate (PCA of patches);
* :mod:`.denoise` – FFDNet through the model registry, tiled;
* :mod:`.inpaint` – ``inpaint(image, mask, method)``: telea, ns, fsr, learned (registry model);
* :mod:`.colour` – fading and colour-cast measurement and correction;
* :mod:`.detect` – classical scratch and dust detector;
* :mod:`.report` – the condition report that chooses the steps;
* :mod:`.pipeline` – one-click ``restore``;
* :mod:`.provenance` – JSON sidecars; :mod:`.files` – file-to-file jobs for the CLI and UI.

All functions take and return RGB ``uint8`` H×W×3 arrays (masks ``uint8`` H×W, 255 = region).
"""

from __future__ import annotations

from app.vision.restoration.denoise import DenoiseResult, denoise
from app.vision.restoration.inpaint import INPAINT_METHODS, InpaintResult, inpaint
from app.vision.restoration.noise import estimate_noise_sigma
from app.vision.restoration.pipeline import RestoreOptions, RestoreResult, restore
from app.vision.restoration.report import ConditionReport, assess

__all__ = [
    "INPAINT_METHODS",
    "ConditionReport",
    "DenoiseResult",
    "InpaintResult",
    "RestoreOptions",
    "RestoreResult",
    "assess",
    "denoise",
    "estimate_noise_sigma",
    "inpaint",
    "restore",
]
