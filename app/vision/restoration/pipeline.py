"""One-click restoration: condition report → the steps it calls for → result + record.

Order: repair scratches/dust first (specks would otherwise be treated as image detail by the
denoiser), then denoise, then colour last (levels and white balance are judged on the clean
signal). Each step reports why it ran or was skipped; a healthy photo comes back unchanged.

A photo only just past the noise threshold (``report.borderline_noisy``) may be fine texture
rather than noise, so its denoised version is blended back towards the input until the two keep
SSIM ≥ ``thresholds.borderline_ssim`` (do no harm when unsure); clearer noise is removed in full.

Repair is on by default but fills only what the learned detector *and* the damage verifier are
sure of (:mod:`app.vision.restoration.sure_damage`: on the real eval photos 0.91 of what it
fills is damage, and it touched none of 210 clean ones; it finds about a fifth); the rest of the detector's
proposal is counted in the step record as left for the curator. Without those models the step is
skipped and says so. The classical detector's measurement stays in the report. A curator can
review a proposed mask first and pass the edited mask back (``repair_mask``): the step then
records both the proposal and what was used.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from app.domain.errors import InvalidInput, ModelUnavailable
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress, scaled
from app.vision.engine import Engine
from app.vision.restoration.colour import apply_correction, measure_colour, plan_correction, window_ssim
from app.vision.restoration.denoise import MAX_SIGMA, PRECISIONS, denoise
from app.vision.restoration.inpaint import CLASSICAL_METHODS, inpaint
from app.vision.restoration.provenance import mask_summary
from app.vision.restoration.report import ConditionReport, assess

__all__ = ["STEP_REASONS", "RestoreOptions", "RestoreResult", "StepRecord", "restore"]

# Why each step ran or was skipped, as codes the UI turns into sentences (``reason`` stays English for logs).
REPAIR_OFF, DAMAGE_BELOW_THRESHOLD, DAMAGE_FOUND, MASK_REVIEWED, MASK_EMPTY, REPAIR_UNAVAILABLE = (
    "repair_off", "damage_below_threshold", "damage_found", "mask_reviewed", "mask_empty", "repair_unavailable"
)
DENOISE_OFF, NOISE_BELOW_THRESHOLD, NOISE_MEASURED, NOISE_GIVEN, NOISE_PARTLY = (
    "denoise_off", "noise_below_threshold", "noise_measured", "noise_given", "noise_partly"
)
COLOUR_OFF, COLOUR_FINE, LEVELS_FADED, LEVELS_CAST, TONE_KEPT = (
    "colour_off", "colour_fine", "levels_faded", "levels_cast", "tone_kept"
)
STEP_REASONS = (
    REPAIR_OFF, DAMAGE_BELOW_THRESHOLD, DAMAGE_FOUND, MASK_REVIEWED, MASK_EMPTY, REPAIR_UNAVAILABLE,
    DENOISE_OFF, NOISE_BELOW_THRESHOLD, NOISE_MEASURED, NOISE_GIVEN, NOISE_PARTLY,
    COLOUR_OFF, COLOUR_FINE, LEVELS_FADED, LEVELS_CAST, TONE_KEPT,
)
"""Every code a :class:`StepRecord` can carry in ``codes``."""


@dataclass(frozen=True)
class RestoreOptions:
    """What the one-click restore may do. ``sigma`` None = estimate; ``repair`` fills the sure damage
    (or the curator's reviewed mask).

    ``precision`` "int8" runs the denoiser's int8 copy: about 40 % less CPU on big scans, slightly
    less clean at low noise (docs/restoration.md), so float32 stays the default.
    """

    repair: bool = True
    denoise: bool = True
    colour: bool = True
    inpaint_method: str = "telea"
    sigma: float | None = None
    precision: str = "float32"

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise InvalidInput(f"Precision must be one of {', '.join(PRECISIONS)}, not “{self.precision}”.")
        if self.inpaint_method not in CLASSICAL_METHODS:
            raise InvalidInput(
                f"Automatic repair uses a classical method ({', '.join(CLASSICAL_METHODS)}), "
                f"not “{self.inpaint_method}”."
            )


@dataclass(frozen=True)
class StepRecord:
    """One step for the provenance record: whether it ran, why (English and :data:`STEP_REASONS` codes), how."""

    name: str
    ran: bool
    reason: str
    params: dict[str, Any] = field(default_factory=dict)
    model: dict[str, str] | None = None
    mask: dict[str, Any] | None = None
    seconds: float = 0.0
    codes: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"name": self.name, "ran": self.ran, "reason": self.reason, "params": self.params,
                                  "codes": list(self.codes)}
        if self.model is not None:
            record["model"] = self.model
        if self.mask is not None:
            record["mask"] = self.mask
        record["seconds"] = round(self.seconds, 3)
        return record


@dataclass(frozen=True, eq=False)
class RestoreResult:
    """The restored image, the condition report of the input, and every step taken or skipped."""

    image: np.ndarray
    report: ConditionReport
    steps: list[StepRecord]

    @property
    def changed(self) -> bool:
        return any(step.ran for step in self.steps)


def _left_out(proposed: np.ndarray, used: np.ndarray) -> int:
    """How many pieces of the detector's proposal the reviewed mask no longer touches at all."""
    count, labels = cv2.connectedComponents((proposed > 0).astype(np.uint8), connectivity=8)
    kept = np.unique(labels[(used > 0) & (labels > 0)])
    return int(count - 1 - kept.size)


def _repair(
    image: np.ndarray, report: ConditionReport, options: RestoreOptions, reviewed: np.ndarray | None,
    engine: Engine | None, progress: ProgressCallback, cancel: CancelToken,
) -> tuple[np.ndarray, StepRecord]:
    if not options.repair:
        return image, StepRecord("repair", False, "automatic repair not requested", codes=(REPAIR_OFF,))
    model = None
    if reviewed is not None:
        source = report.damage.summary()
        mask, code, reason = reviewed, MASK_REVIEWED, "mask proposed by the detector, reviewed by the curator"
        if not mask.any():
            return image, StepRecord("repair", False, "the reviewed mask is empty", codes=(MASK_EMPTY,),
                                     mask={"source": source, "left_out_regions": _left_out(report.damage.mask, mask)})
        review = {"proposed": mask_summary(report.damage.mask),
                  "left_out_regions": _left_out(report.damage.mask, mask)}
    else:
        from app.vision.restoration.sure_damage import find_sure_damage

        try:
            sure = find_sure_damage(image, engine=engine, progress=scaled(progress, 0.0, 0.3), cancel=cancel)
        except ModelUnavailable as exc:
            return image, StepRecord("repair", False, f"damage models unavailable: {exc}",
                                     codes=(REPAIR_UNAVAILABLE,))
        # The detector is the step's model; the verifier that narrowed its proposal is named beside it.
        model = sure.models[0]
        found = {**sure.summary(), **sure.params, "verifier": sure.models[1]}
        if not sure.mask.any():
            return image, StepRecord(
                "repair", False, f"no damage the detector is sure of ({sure.candidates} candidate regions left "
                "for the curator)", found, model, codes=(DAMAGE_BELOW_THRESHOLD,))
        mask, code, review, source = sure.mask, DAMAGE_FOUND, found, "learned detector + verifier"
        reason = (f"{sure.sure_regions} damage regions the detector is sure of; "
                  f"{sure.left_regions} left for the curator")
    started = time.perf_counter()
    result = inpaint(image, mask, options.inpaint_method, progress=scaled(progress, 0.3, 1.0), cancel=cancel)
    return result.image, StepRecord(
        "repair", True, reason, {"method": result.method, **result.params}, model,
        mask={**mask_summary(mask), "source": source, **review},
        seconds=time.perf_counter() - started, codes=(code,),
    )


_SSIM_SIDE = 1024
_BISECTIONS = 6
_BLEND_ROWS = 256  # rows blended at a time: float32 copies of a 24 MP frame would be 2 × 290 MB


def _blend_within(original: np.ndarray, processed: np.ndarray, bound: float) -> tuple[np.ndarray, float]:
    """``processed`` moved back towards ``original`` until SSIM ≥ ``bound``, and the weight kept.

    SSIM is judged on a central crop of at most 1024² pixels: noise is a pixel-scale signal, so a
    reduced copy would hide it, and a crop keeps the cost bounded on any size. The blend is
    written into ``processed`` (the caller's own denoised array), band by band.
    """
    height, width = original.shape[:2]
    top, left = max(0, (height - _SSIM_SIDE) // 2), max(0, (width - _SSIM_SIDE) // 2)
    window = (slice(top, top + _SSIM_SIDE), slice(left, left + _SSIM_SIDE))
    before = original[window].astype(np.float32)
    change = processed[window].astype(np.float32) - before

    def mixed(source: np.ndarray, delta: np.ndarray, weight: float) -> np.ndarray:
        return np.clip(np.rint(source + weight * delta), 0, 255).astype(np.uint8)

    if window_ssim(original[window], processed[window]) >= bound:
        return processed, 1.0
    low, high = 0.0, 1.0
    for _ in range(_BISECTIONS):
        middle = 0.5 * (low + high)
        if window_ssim(original[window], mixed(before, change, middle)) >= bound:
            low = middle
        else:
            high = middle
    # Element-wise, so bands give the same bytes as whole-frame arithmetic.
    for top in range(0, height, _BLEND_ROWS):
        rows = slice(top, top + _BLEND_ROWS)
        source = original[rows].astype(np.float32)
        processed[rows] = mixed(source, processed[rows].astype(np.float32) - source, low)
    return processed, low


def _denoise(
    image: np.ndarray, owned: bool, report: ConditionReport, options: RestoreOptions, engine: Engine | None,
    progress: ProgressCallback, cancel: CancelToken,
) -> tuple[np.ndarray, StepRecord]:
    if not options.denoise:
        return image, StepRecord("denoise", False, "denoising not requested", codes=(DENOISE_OFF,))
    if options.sigma is None and not report.noisy:
        return image, StepRecord(
            "denoise", False, f"estimated noise σ {report.noise_sigma:.2f} is below the threshold",
            {"estimated_sigma": round(report.noise_sigma, 3)}, codes=(NOISE_BELOW_THRESHOLD,),
        )
    started = time.perf_counter()
    # The report already measured σ on the input; do not estimate it again on a repaired copy.
    sigma = options.sigma if options.sigma is not None else report.noise_sigma
    blend = options.sigma is None and report.borderline_noisy and report.thresholds.borderline_ssim > 0.0
    # An array we own is denoised in place (one frame less) unless the blend still needs the input.
    result = denoise(image, min(sigma, MAX_SIGMA), engine=engine, progress=progress, cancel=cancel,
                     skip_clean_tiles=options.sigma is None, precision=options.precision,
                     out=image if owned and not blend else None)
    params = result.params()
    params["sigma_source"] = "given" if options.sigma is not None else "estimated"
    params["estimated_sigma"] = round(report.noise_sigma, 3)
    output = result.image
    if blend:
        output, weight = _blend_within(image, output, report.thresholds.borderline_ssim)
        params["borderline_weight"] = round(weight, 3)
    reason = "noise level given" if options.sigma is not None else f"estimated noise σ {report.noise_sigma:.2f}"
    code = NOISE_GIVEN if options.sigma is not None else NOISE_MEASURED
    if blend:
        # Say so: the curator should know the photo still holds some of what was measured as noise.
        edge = report.thresholds.noise_sigma + report.thresholds.noise_ramp
        why = ", mostly in textured areas" if report.textured_noise else f", light (full removal from σ {edge:.2f})"
        reason += f"{why}; blended back to weight {params['borderline_weight']:.2f} to keep fine detail"
        code = NOISE_PARTLY
    return output, StepRecord(
        "denoise", True, reason, params, result.model, seconds=time.perf_counter() - started, codes=(code,)
    )


def _colour(
    image: np.ndarray, owned: bool, report: ConditionReport, options: RestoreOptions, denoised: bool
) -> tuple[np.ndarray, StepRecord]:
    if not options.colour:
        return image, StepRecord("colour", False, "colour correction not requested", codes=(COLOUR_OFF,))
    started = time.perf_counter()
    # Noise puts false chroma into the "most neutral" pixels; judge colour on the denoised image.
    stats = measure_colour(image, report.thresholds) if denoised else report.colour
    correction = plan_correction(image, stats)
    if correction is None:
        return image, StepRecord("colour", False, "no fading or colour cast measured", codes=(COLOUR_FINE,))
    found = [(r, c) for r, c, flag in (("faded", LEVELS_FADED, stats.faded),
                                       ("colour cast", LEVELS_CAST, stats.has_cast),
                                       ("monochrome: tone kept", TONE_KEPT, stats.monochrome)) if flag]
    return apply_correction(image, correction, out=image if owned else None), StepRecord(
        "colour", True, ", ".join(r for r, _ in found), correction.as_dict(), seconds=time.perf_counter() - started,
        codes=tuple(c for _, c in found),
    )


def restore(
    image: np.ndarray,
    options: RestoreOptions | None = None,
    *,
    engine: Engine | None = None,
    report: ConditionReport | None = None,
    repair_mask: np.ndarray | None = None,
    reuse_input: bool = False,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> RestoreResult:
    """Assess an RGB ``uint8`` photo and run the steps its condition calls for (see module notes).

    ``report`` reuses a condition report already measured on this very image (the Studio's review);
    ``repair_mask`` (uint8 H×W, 255 = repair) replaces the detector's mask when ``options.repair``:
    the curator's reviewed version of ``report.damage.mask``. Progress covers the whole job;
    ``cancel`` is honoured between steps and between tiles. The input array is never modified,
    unless ``reuse_input``: then steps may write into it (it must be writable and needed by no one
    else, like a file job's own decoded copy) and the result may be that array, a frame less.
    """
    options = options or RestoreOptions()
    cancel = cancel or CancelToken()
    if report is None:
        report = assess(image, progress=scaled(progress, 0.0, 0.1), cancel=cancel)
    elif (report.width, report.height) != (image.shape[1], image.shape[0]):
        raise InvalidInput("The condition report belongs to an image of another size; measure this one again.")
    if repair_mask is not None and repair_mask.shape != image.shape[:2]:
        raise InvalidInput("The repair mask must be the same size as the photo.")
    cancel.raise_if_cancelled()
    current, repair_step = _repair(image, report, options, repair_mask, engine, scaled(progress, 0.1, 0.25), cancel)
    cancel.raise_if_cancelled()
    # Steps write in place into arrays that are ours: a step's new output, or the input if reusable.
    owned = reuse_input or not np.may_share_memory(current, image)
    current, denoise_step = _denoise(current, owned, report, options, engine, scaled(progress, 0.25, 0.95), cancel)
    cancel.raise_if_cancelled()
    owned = reuse_input or not np.may_share_memory(current, image)
    current, colour_step = _colour(current, owned, report, options, denoise_step.ran)
    progress(Progress(1.0, "restoration finished"))
    return RestoreResult(current, report, [repair_step, denoise_step, colour_step])
