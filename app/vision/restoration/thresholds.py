"""The condition report's decision thresholds, as data.

Two sets exist: :data:`RENDER_TUNED`, the values chosen on the scikit-image photos, Kodak crops
and renders (kept so the benchmark can compare against them in the same run), and
:data:`CALIBRATED`, fitted on real clean photographs of the training split of
``benchmarks/data/real_photos.csv`` by ``benchmarks/condition_calibration.py`` (the fitting rule
and the measured rates are in ``docs/restoration.md``). The app uses :data:`CALIBRATED`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["CALIBRATED", "RENDER_TUNED", "ConditionThresholds"]


@dataclass(frozen=True)
class ConditionThresholds:
    """When a photo counts as noisy, blurred, faded or colour-cast (8-bit luminance / CIELAB units)."""

    noise_sigma: float
    """Estimated noise σ (0–255) from which the photo is denoised."""
    blurry_below: float
    """Normalised sharpness under which a photo is reported as blurred (no step fixes blur)."""
    cast_limit: float
    """Cast magnitude (a*b* of the neutral pixels, shared by the highlights) above which white balance runs."""
    faded_black: float
    """1st-percentile luminance above which blacks count as lifted."""
    faded_deepest: float
    """0.1st-percentile luminance that must be lifted too."""
    faded_white: float
    """99th-percentile luminance below which whites count as dulled."""
    faded_range: float
    """1–99 percentile luminance range below which contrast counts as lost."""
    fading_ramp: float = 20.0
    """Luminance levels past the nearest fading threshold at which the full correction is applied."""
    cast_ramp: float = 12.0
    """Cast units past the cast limit at which the full white balance is applied."""
    noise_ramp: float = 0.0
    """σ̂ units past the noise threshold within which a photo counts as borderline noisy."""
    borderline_ssim: float = 0.0
    """Least SSIM with the input that a borderline finding's correction may reach (0 = no bound)."""
    texture_share: float = 0.0
    """Flat-patch σ̂ over every-patch σ̂ below which a noise reading counts as borderline: so much
    more "noise" in the textured patches than in the flat ones is texture, not noise (0 = off)."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


RENDER_TUNED = ConditionThresholds(
    noise_sigma=3.0,
    blurry_below=0.02,
    cast_limit=12.0,
    faded_black=32.0,
    faded_deepest=20.0,
    faded_white=232.0,
    faded_range=190.0,
    fading_ramp=1e-6,
    cast_ramp=1e-6,
)
"""The thresholds before calibration on real photos (tuned on Kodak crops and renders); a
vanishing ramp reproduces the old all-or-nothing correction exactly."""

CALIBRATED = ConditionThresholds(
    noise_sigma=3.0,
    blurry_below=0.0359,
    cast_limit=23.5,
    faded_black=58.0,
    faded_deepest=40.0,
    faded_white=250.0,
    faded_range=190.0,
    fading_ramp=40.0,
    cast_ramp=30.0,
    noise_ramp=4.25,
    borderline_ssim=0.975,
    texture_share=0.9,
)
"""Fitted on 600 real clean photos of the train split (200 BSDS500, 200 ImageNet samples, 200
Caltech-101): each of the fading and cast rules flags at most 1.5 % of them, noise at their 99th
percentile of the flat-patch σ̂, the noise ramp up to the 1st percentile of σ̂ under added σ 8
noise (below it light noise is denoised only as far as ``borderline_ssim`` allows),
``texture_share`` the 1st percentile of flat / every-patch σ̂ under added σ 5–25 noise,
rounded down to 0.05; the fading and cast ramps reach past the largest margin by which any of
5 067 clean train photos passes those thresholds (rounded up to 5), so a full correction only runs
where no healthy train photo ever reached (see ``benchmarks/condition_calibration.py``);
``borderline_ssim`` is a policy, not fitted."""
