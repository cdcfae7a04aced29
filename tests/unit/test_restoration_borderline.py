"""Texture is not noise, and a borderline finding must not harm the photo (issue Step 9, item 3).

The flat-patch noise estimate must read fine texture as (almost) no noise while still measuring
real noise, and a photo only just past a threshold gets at most a correction that keeps it close
to the input; a photo clearly past a threshold still gets the full one.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest
from skimage import data
from skimage.metrics import peak_signal_noise_ratio, structural_similarity

from app.domain.errors import InvalidInput
from app.vision.engine import Engine, EngineConfig
from app.vision.registry import ModelRegistry
from app.vision.restoration import noise
from app.vision.restoration.colour import apply_correction, measure_colour, plan_correction, window_ssim
from app.vision.restoration.noise import estimate_noise_sigma
from app.vision.restoration.pipeline import restore
from app.vision.restoration.report import assess
from app.vision.restoration.thresholds import CALIBRATED

MODELS = Path(__file__).resolve().parents[2] / "models"


def _noisy(image: np.ndarray, sigma: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(np.rint(image + rng.normal(0.0, sigma, image.shape)), 0, 255).astype(np.uint8)


def _sky_and_foliage(seed: int = 0) -> np.ndarray:
    """Smooth sky above, fine high-contrast texture below (like leaves in a JPEG): no noise at all."""
    rng = np.random.default_rng(seed)
    rows = np.linspace(150.0, 210.0, 256)[:, None, None]
    image = np.repeat(np.repeat(rows, 384, axis=1), 3, axis=2)
    leaves = cv2.GaussianBlur(rng.normal(0.0, 1.0, (128, 384, 3)), (0, 0), 0.8)
    image[128:] = 90.0 + 40.0 * leaves / leaves.std()
    return np.clip(np.rint(image), 0, 255).astype(np.uint8)


@pytest.mark.parametrize("sigma", [3.0, 10.0, 25.0])
def test_flat_patch_estimate_is_unbiased_on_pure_noise(sigma):
    grey = _noisy(np.full((600, 600, 3), 128.0), sigma, seed=int(sigma))
    assert abs(estimate_noise_sigma(grey) / sigma - 1.0) < 0.05


def test_texture_is_not_read_as_noise_but_noise_on_it_is():
    textured = _sky_and_foliage()
    every_patch = estimate_noise_sigma(textured, flat_fraction=1.0)
    flat = estimate_noise_sigma(textured)
    assert flat < 1.0 and flat < 0.5 * every_patch, (flat, every_patch)
    assert abs(estimate_noise_sigma(_noisy(textured, 6.0)) - 6.0) < 0.6


def test_flat_fraction_must_be_a_share():
    with pytest.raises(InvalidInput):
        estimate_noise_sigma(data.chelsea(), flat_fraction=0.0)
    with pytest.raises(InvalidInput):
        estimate_noise_sigma(data.chelsea(), flat_fraction=1.5)
    assert noise.FLAT_FRACTION < 1.0


def test_the_calibrated_threshold_finds_sigma_5_noise():
    for name in ("astronaut", "chelsea", "coffee"):
        assert assess(_noisy(getattr(data, name)(), 5.0)).noisy, name


def test_light_noise_is_borderline_and_from_sigma_10_it_is_clear():
    # Light noise (σ 5: what a camera's own grain reads) is denoised only as far as the bound
    # allows; from what σ 8 copies of real photos read, the denoise runs in full.
    for name in ("astronaut", "chelsea", "coffee"):
        light = assess(_noisy(getattr(data, name)(), 5.0))
        assert light.noisy and light.borderline_noisy, name
        clear = assess(_noisy(getattr(data, name)(), 10.0))
        assert clear.noisy and not clear.borderline_noisy, name
    assert CALIBRATED.noise_sigma + CALIBRATED.noise_ramp == pytest.approx(7.25)


def _low_contrast_studio_shot() -> np.ndarray:
    """A healthy but low-contrast scene, past every fading threshold by a little (confidence < 1)."""
    image = data.astronaut().astype(np.float64)
    return np.rint(80.0 + image * (225.0 - 80.0) / 255.0).astype(np.uint8)


def test_a_borderline_fade_is_corrected_only_as_far_as_it_stays_close():
    photo = _low_contrast_studio_shot()
    stats = measure_colour(photo)
    assert stats.faded and stats.fading_confidence < 1.0
    unbounded = plan_correction(photo, replace(stats, thresholds=replace(CALIBRATED, borderline_ssim=0.0)))
    assert window_ssim(photo, apply_correction(photo, unbounded)) < CALIBRATED.borderline_ssim  # the bound bites
    bounded = plan_correction(photo, stats)
    after = apply_correction(photo, bounded)
    assert structural_similarity(photo, after, channel_axis=2) >= CALIBRATED.borderline_ssim - 0.002
    # Still a correction in the right direction, only smaller.
    assert unbounded.black > bounded.black > 0.0


def test_a_clearly_faded_photo_gets_its_full_correction():
    photo = np.rint(110.0 + data.astronaut() * (190.0 - 110.0) / 255.0).astype(np.uint8)
    stats = measure_colour(photo)
    assert stats.faded and stats.fading_confidence == 1.0
    unbounded = plan_correction(photo, replace(stats, thresholds=replace(CALIBRATED, borderline_ssim=0.0)))
    assert plan_correction(photo, stats) == unbounded


@pytest.fixture(scope="module")
def engine():
    return Engine(EngineConfig(device="cpu", threads=2), ModelRegistry([MODELS]))


@pytest.mark.slow
def test_borderline_noise_is_blended_but_clear_noise_is_removed_in_full(engine):
    # Faint grain read just past the noise threshold: denoising it in full would move the photo
    # further than the bound allows, so it is blended back.
    clean = np.ascontiguousarray(data.astronaut()[200:392, 150:342])
    faint = _noisy(clean, 3.5, seed=2)
    borderline = replace(assess(faint), noise_sigma=CALIBRATED.noise_sigma + 0.5 * CALIBRATED.noise_ramp)
    assert borderline.borderline_noisy
    result = restore(faint, report=borderline, engine=engine)
    step = next(step for step in result.steps if step.name == "denoise")
    assert step.ran and 0.0 < step.params["borderline_weight"] < 1.0
    assert "light (full removal from σ 7.25)" in step.reason
    assert structural_similarity(faint, result.image, channel_axis=2) >= CALIBRATED.borderline_ssim - 0.002

    noisy = _noisy(clean, 15.0, seed=3)
    clear = restore(noisy, engine=engine)
    step = next(step for step in clear.steps if step.name == "denoise")
    assert step.ran and not clear.report.borderline_noisy and "borderline_weight" not in step.params
    assert peak_signal_noise_ratio(clean, clear.image) > peak_signal_noise_ratio(clean, noisy) + 5.0
