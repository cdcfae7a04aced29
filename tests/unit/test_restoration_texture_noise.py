"""A photo whose "noise" lives in its textured patches is only blended, never denoised in full.

Issue Step 9, item 3: clean real photos covered in fine texture (a shelf of toy boxes, a dog's fur
on wet asphalt) read σ̂ 5–13 even from their flattest patches and were denoised to SSIM 0.93–0.95
against the input. White noise is everywhere, texture is not, so on a noisy photo the flat patches
read as much as all patches; where they read far less, the reading is texture.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest
from skimage.metrics import structural_similarity

from app.vision.engine import Engine, EngineConfig
from app.vision.registry import ModelRegistry
from app.vision.restoration.noise import estimate_noise_levels, estimate_noise_sigma
from app.vision.restoration.pipeline import NOISE_PARTLY, restore
from app.vision.restoration.report import assess
from app.vision.restoration.thresholds import CALIBRATED
from benchmarks.condition_calibration import full_correction_ramps

MODELS = Path(__file__).resolve().parents[2] / "models"


def _textured_everywhere(seed: int = 0) -> np.ndarray:
    """Fine correlated texture over the whole frame, faint on the left, strong on the right: no noise."""
    rng = np.random.default_rng(seed)
    texture = cv2.GaussianBlur(rng.normal(0.0, 1.0, (240, 320, 3)), (0, 0), 0.7)
    texture /= texture.std()
    strength = np.linspace(5.0, 60.0, 320)[None, :, None]
    shade = np.linspace(70.0, 180.0, 240)[:, None, None]
    return np.clip(np.rint(shade + strength * texture), 0, 255).astype(np.uint8)


def _pure_noise(sigma: float, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(np.rint(128.0 + rng.normal(0.0, sigma, (240, 320, 3))), 0, 255).astype(np.uint8)


def test_both_estimates_come_from_one_sampling_and_match_the_single_ones():
    photo = _textured_everywhere()
    levels = estimate_noise_levels(photo)
    assert levels.flat == estimate_noise_sigma(photo)
    assert levels.whole == estimate_noise_sigma(photo, flat_fraction=1.0)


def test_texture_reads_as_texture_and_noise_as_noise():
    textured = assess(_textured_everywhere())
    # The flat patches still read past the noise threshold, but far below the rest: texture.
    assert textured.noisy and textured.textured_noise and textured.borderline_noisy
    assert textured.as_dict()["noise"]["textured"] is True

    noisy = assess(_pure_noise(10.0))
    assert noisy.noisy and not noisy.textured_noise and not noisy.borderline_noisy
    assert estimate_noise_levels(_pure_noise(10.0)).flat_share > CALIBRATED.texture_share

    # Light noise (below what σ 8 copies of real photos read) is noise, but borderline by level.
    light = assess(_pure_noise(6.0))
    assert light.noisy and not light.textured_noise and light.borderline_noisy


def test_without_the_texture_rule_the_same_photo_is_denoised_in_full():
    report = assess(_textured_everywhere())
    # Its flat patches read σ̂ ~5, light noise by level too; with the level band of before
    # 2026-12-08 (ramp 1.5) and no texture rule it is what shipped first: a full denoise.
    off = replace(report, thresholds=replace(report.thresholds, texture_share=0.0, noise_ramp=1.5))
    assert off.noisy and not off.borderline_noisy
    assert replace(report, thresholds=replace(report.thresholds, noise_ramp=1.5)).borderline_noisy


@pytest.mark.slow
def test_textured_photo_is_denoised_only_as_far_as_it_stays_close():
    engine = Engine(EngineConfig(device="cpu", threads=2), ModelRegistry([MODELS]))
    photo = _textured_everywhere()
    result = restore(photo, engine=engine)
    step = next(step for step in result.steps if step.name == "denoise")
    assert step.ran and "borderline_weight" in step.params
    # The record says the noise was removed only in part, and why.
    assert step.codes == (NOISE_PARTLY,) and "textured" in step.reason
    assert structural_similarity(photo, result.image, channel_axis=2) >= CALIBRATED.borderline_ssim - 0.002


def _stats(deepest: float, black: float, white: float, cast_b: float = 0.0) -> dict[str, float]:
    return {"deepest": deepest, "black": black, "white": white, "median": (black + white) / 2,
            "cast_a": 0.0, "cast_b": cast_b, "highlight_a": 0.0, "highlight_b": cast_b,
            "saturation": 30.0, "residual_chroma": 20.0}


def test_full_correction_starts_past_every_healthy_photo():
    healthy = [
        _stats(10.0, 20.0, 245.0),  # not faded, no cast
        _stats(61.0, 78.0, 161.0),  # a hazy mountain: past every fading threshold by 20
        _stats(10.0, 20.0, 245.0, cast_b=50.3),  # a strongly tinted scene: past the cast limit by 26.8
    ]
    short = replace(CALIBRATED, fading_ramp=1.0, cast_ramp=1.0)
    # Strictly past the largest margin, in steps of 5: 20 → 25, 26.8 → 30.
    assert full_correction_ramps(healthy, short) == (25.0, 30.0)
    # Nothing past a threshold: the ramps stay as they were.
    assert full_correction_ramps([_stats(10.0, 20.0, 245.0)], short) == (1.0, 1.0)
