"""A curator's restoration session in Studio: in-memory steps, undo, and saving with provenance.

The UI applies tools one after another to the image on screen; each tool is a Qt-free job
that returns the new pixels and a provenance step. Saving writes the current pixels as a new
file (never over the original) and a sidecar listing every step since the original was opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.credentials.output import visible_label_enabled
from app.domain.errors import ImageWriteError, InvalidInput
from app.domain.hashing import sha256_bytes
from app.domain.progress import CancelToken, Progress, ProgressCallback, scaled
from app.imaging.io import LoadedImage
from app.jobs import Job
from app.vision.restoration.denoise import denoise
from app.vision.restoration.inpaint import as_mask, inpaint
from app.vision.restoration.pipeline import RestoreOptions, restore
from app.vision.restoration.provenance import mask_summary, save_output, step_record
from app.vision.restoration.report import ConditionReport, assess


@dataclass(frozen=True, eq=False)
class StepOutcome:
    """What one tool produced: the new pixels, its provenance step, and a one-line summary."""

    image: np.ndarray
    step: dict[str, Any]
    summary: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class EditSession:
    """The original file, the image as edited so far, and the steps that made it."""

    source: LoadedImage
    current: np.ndarray = field(init=False)
    steps: list[dict[str, Any]] = field(default_factory=list)
    _history: list[tuple[np.ndarray, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.current = np.array(self.source.pixels)

    def apply(self, outcome: StepOutcome) -> None:
        self._history.append((self.current, len(self.steps)))
        self.current = outcome.image
        self.steps.append(outcome.step)

    def can_undo(self) -> bool:
        return bool(self._history)

    def undo(self) -> None:
        if self._history:
            self.current, count = self._history.pop()
            del self.steps[count:]

    def changed(self) -> bool:
        return bool(self.steps)

    def save(self, output: Path, *, overwrite: bool = False) -> Path:
        """Write the edited image to ``output`` plus ``output.json``; returns the sidecar path."""
        if not self.steps:
            raise InvalidInput("Nothing has been changed yet, so there is nothing new to save.")
        if Path(output).suffix.lower() not in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp"):
            raise ImageWriteError(f"“{Path(output).name}” needs a .png, .jpg, .tif or .webp extension.")
        # Content Credentials are embedded when the museum has a signing identity (see provenance.save_output).
        sidecar, _ = save_output(self.current, output, self.source, "studio", list(self.steps), overwrite=overwrite,
                                 label=visible_label_enabled())
        return sidecar


def restore_job(
    image: np.ndarray,
    options: RestoreOptions | None = None,
    *,
    report: ConditionReport | None = None,
    repair_mask: np.ndarray | None = None,
    review: dict[str, Any] | None = None,
) -> Job[StepOutcome]:
    """The one-click restore as a Studio step; ``review`` records what the curator decided about the mask.

    ``report`` and ``repair_mask`` come from :func:`assess_job` and the curator's review (see
    :func:`~app.vision.restoration.pipeline.restore`).
    """

    def work(progress: ProgressCallback, cancel: CancelToken) -> StepOutcome:
        result = restore(image, options, report=report, repair_mask=repair_mask, progress=progress, cancel=cancel)
        ran = [s.name for s in result.steps if s.ran]
        step = {
            "name": "restore",
            "ran": bool(ran),
            "params": {"steps": [s.as_dict() for s in result.steps]},
            "condition": result.report.as_dict(),
        }
        if review is not None:
            step["review"] = dict(review)
        summary = "restored: " + (", ".join(ran) if ran else "the photo needed no changes")
        return StepOutcome(result.image, step, summary, {"report": result.report.as_dict()})

    return Job("Restore old photo", work)


def assess_job(image: np.ndarray) -> Job[ConditionReport]:
    """Measure the photo's condition, whose damage mask the curator reviews before a one-click repair."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> ConditionReport:
        return assess(image, progress=progress, cancel=cancel)

    return Job("Look for damage", work)


def denoise_job(image: np.ndarray, sigma: float | None = None) -> Job[StepOutcome]:
    def work(progress: ProgressCallback, cancel: CancelToken) -> StepOutcome:
        result = denoise(image, sigma, progress=progress, cancel=cancel)
        step = step_record("denoise", result.params(), ran=not result.skipped, model=result.model)
        if result.skipped:
            summary = f"noise σ≈{result.estimated_sigma:.1f} is too low to remove; nothing changed"
        else:
            summary = f"denoised at σ={result.sigma:.1f}"
        return StepOutcome(result.image, step, summary)

    return Job("Denoise", work)


def inpaint_job(image: np.ndarray, mask: np.ndarray, method: str = "telea") -> Job[StepOutcome]:
    holes = as_mask(mask, image.shape[:2])
    if not holes.any():
        raise InvalidInput("Paint the areas to repair first: the mask is empty.")

    def work(progress: ProgressCallback, cancel: CancelToken) -> StepOutcome:
        result = inpaint(image, holes, method, progress=scaled(progress, 0.0, 1.0), cancel=cancel)
        step = step_record("inpaint", {"method": result.method, **result.params}, model=result.model,
                           mask=mask_summary(holes))
        share = 100.0 * float((holes > 0).mean())
        return StepOutcome(result.image, step, f"filled {share:.2f} % of the image ({method})")

    return Job("Inpaint", work)


def detect_job(image: np.ndarray) -> Job[np.ndarray]:
    """Propose a damage mask for the curator to edit.

    The learned detector finds far more of the damage on the aged samples than the classical
    filter (F1 0.38 vs 0.19, see models/damage_unet); the classical one is the
    fallback when the model is not installed, so the button always does something useful.
    """
    from app.domain.errors import ModelUnavailable
    from app.vision.restoration.damage_mask import find_damage

    def work(progress: ProgressCallback, cancel: CancelToken) -> np.ndarray:
        progress(Progress(0.05, "looking for scratches, dust, cracks and stains"))
        try:
            found = find_damage(image, "learned", progress=progress, cancel=cancel)
        except ModelUnavailable:
            found = find_damage(image, "classical", progress=progress, cancel=cancel)
        cancel.raise_if_cancelled()
        return found.mask

    return Job("Detect damage", work)


def colorize_job(image: np.ndarray, reference: np.ndarray) -> Job[StepOutcome]:
    """Colourise the image on screen from a reference colour photo the curator chose."""
    from app.vision.restoration.colorize import colorize

    def work(progress: ProgressCallback, cancel: CancelToken) -> StepOutcome:
        result = colorize(image, reference=reference, progress=progress, cancel=cancel)
        step = step_record("colorize", result.params, model=result.model)
        return StepOutcome(result.image, step, "colourised from the reference photo")

    return Job("Colourise", work)


def hint_colours(hints: np.ndarray) -> list[dict[str, object]]:
    """The distinct colours painted in an RGBA hint layer, most-used first, as ``{"rgb": "#rrggbb", "pixels": n}``."""
    painted = hints[hints[..., 3] > 0][:, :3].astype(np.uint32)
    codes, counts = np.unique((painted[:, 0] << 16) | (painted[:, 1] << 8) | painted[:, 2], return_counts=True)
    order = np.argsort(-counts, kind="stable")
    return [{"rgb": f"#{int(codes[i]):06x}", "pixels": int(counts[i])} for i in order]


def hints_colorize_job(
    image: np.ndarray, hints: np.ndarray, summary: str = "colourised from painted hints"
) -> Job[StepOutcome]:
    """Colourise ``image`` from an RGBA hint layer (alpha > 0 = painted), recording the hints in the step.

    The step keeps what is needed to check the result later without storing the strokes: the
    mask summary (where, with the sha256 of its pixels), every colour used and how much, and the
    sha256 of the whole RGBA layer.
    """
    from app.vision.restoration.colorize import colorize

    painted = hints[..., 3] > 0
    if hints.shape[:2] != image.shape[:2] or not painted.any():
        raise InvalidInput("Paint some colour hints on the photo first.")

    def work(progress: ProgressCallback, cancel: CancelToken) -> StepOutcome:
        progress(Progress(0.05, "reading the painted hints"))
        layer = np.where(painted[..., None], hints, 0).astype(np.uint8)
        record = {
            "colours": hint_colours(layer),
            "rgba_sha256": sha256_bytes(f"{layer.shape[0]}x{layer.shape[1]}x4:".encode() + layer.tobytes()),
        }
        cancel.raise_if_cancelled()
        result = colorize(image, hints=layer, progress=progress, cancel=cancel)
        cancel.raise_if_cancelled()
        step = step_record("colorize", {**result.params, "hints": record}, model=result.model,
                           mask=mask_summary(painted.astype(np.uint8) * 255))
        return StepOutcome(result.image, step, summary)

    return Job("Colourise from hints", work)


def upscale_job(image: np.ndarray, scale: int) -> Job[StepOutcome]:
    """Enlarge the image on screen ×2 or ×4 with the learned network."""
    from app.vision.restoration.upscale import upscale

    def work(progress: ProgressCallback, cancel: CancelToken) -> StepOutcome:
        result = upscale(image, scale, progress=progress, cancel=cancel)
        step = step_record("upscale", result.params, model=result.model)
        width, height = result.params["output_size"]
        return StepOutcome(result.image, step, f"enlarged ×{scale} to {width} × {height} px")

    return Job(f"Upscale ×{scale}", work)
