"""Noise estimate, colour measurement/correction and the classical damage detector (no model)."""

from __future__ import annotations

import numpy as np
import pytest
from skimage import data

from app.domain.errors import InvalidInput
from app.imaging.damage import apply_damage
from app.vision.restoration.colour import apply_correction, measure_colour, plan_correction
from app.vision.restoration.detect import detect_damage
from app.vision.restoration.noise import estimate_noise_sigma
from app.vision.restoration.thresholds import RENDER_TUNED

CLEAN = ("astronaut", "chelsea", "coffee", "rocket", "immunohistochemistry")


def _noisy(image: np.ndarray, sigma: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(np.rint(image + rng.normal(0.0, sigma, image.shape)), 0, 255).astype(np.uint8)


@pytest.mark.parametrize("name", ["astronaut", "chelsea", "coffee"])
@pytest.mark.parametrize("sigma", [5.0, 15.0, 25.0])
def test_noise_estimate_is_close(name, sigma):
    estimate = estimate_noise_sigma(_noisy(getattr(data, name)(), sigma))
    assert abs(estimate - sigma) < 1.5, estimate


def test_noise_estimate_at_sigma_50_is_within_ten_percent():
    estimate = estimate_noise_sigma(_noisy(data.chelsea(), 50.0))
    assert 45.0 < estimate < 52.0


@pytest.mark.parametrize("name", CLEAN)
def test_clean_photos_measure_as_clean(name):
    assert estimate_noise_sigma(getattr(data, name)()) < 3.0


def test_noise_estimate_rejects_bad_input():
    with pytest.raises(InvalidInput):
        estimate_noise_sigma(np.zeros((4, 4, 3), np.uint8))
    with pytest.raises(InvalidInput):
        estimate_noise_sigma(np.zeros((64, 64, 3), np.float32))


# The thresholds fitted on real photos (docs/restoration.md) call this pale microscopy slide faded
# (blacks at 69, range 169); the render-tuned ones did not. A known cost of the fit, kept visible.
_PALE_SLIDE = pytest.param("immunohistochemistry", marks=pytest.mark.xfail(
    strict=True, reason="calibrated fading rule flags this pale slide (known, docs/restoration.md)"))
HEALTHY = (*[name for name in CLEAN if name != "immunohistochemistry"], _PALE_SLIDE)


@pytest.mark.parametrize("name", HEALTHY)
def test_healthy_colour_is_left_alone(name):
    assert plan_correction(getattr(data, name)()) is None


def test_fading_and_cast_are_detected_and_reduced():
    # The correction itself, at full strength: the render-tuned thresholds (no ramp) detect this
    # mix; the calibrated ones' detection is tested in test_restoration_calibration.py.
    clean = data.astronaut()
    aged = apply_damage(clean, ["fading:0.8", "color_cast:0.8"], seed=4).image
    stats = measure_colour(aged, RENDER_TUNED)
    assert stats.faded and stats.has_cast and not stats.monochrome
    corrected = apply_correction(aged, plan_correction(aged, stats))
    before = np.abs(aged.astype(int) - clean).mean()
    after = np.abs(corrected.astype(int) - clean).mean()
    assert after < 0.8 * before
    assert measure_colour(corrected).contrast_range > stats.contrast_range + 20


def test_monochrome_keeps_its_tone():
    toned = apply_damage(data.chelsea(), ["sepia:0.8", "fading:0.8"], seed=1).image
    stats = measure_colour(toned)
    assert stats.monochrome and not stats.has_cast
    correction = plan_correction(toned, stats)
    assert correction is not None and correction.gains == (1.0, 1.0, 1.0)
    grey = apply_damage(data.coffee(), ["grayscale:1.0"], seed=1).image
    assert measure_colour(grey).monochrome


def test_detector_finds_strong_specks_on_flat_ground():
    image = np.full((200, 240, 3), 120, np.uint8)
    image[50:53, 60:63] = 250  # a bright speck
    image[150, 20:200] = 20  # a dark hairline scratch
    found = detect_damage(image)
    assert found.mask[51, 61] == 255 and found.mask[150, 100] == 255
    assert found.specks >= 1 and found.lines >= 1
    assert np.count_nonzero(found.mask) < 4 * (9 + 180)  # the defects plus a 1 px halo, nothing else


def test_detector_ignores_flat_images_and_rejects_bad_input():
    assert detect_damage(np.full((64, 64, 3), 90, np.uint8)).fraction == 0.0
    with pytest.raises(InvalidInput):
        detect_damage(np.zeros((64, 64), np.uint8))
