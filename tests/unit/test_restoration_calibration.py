"""The condition report's thresholds fitted on real photos, and tile skipping in the denoiser.

The real photos themselves are not in a fresh clone, so these cases are built to look like the
ones that decided the fit: a well-exposed photo whose darkest tone is lifted (mist, a low-key scene
with no true black — what the render-tuned rule called "faded"), a warm scene, and strongly aged
copies that must still be corrected.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from skimage import data
from skimage.metrics import structural_similarity

from app.imaging.damage import apply_damage
from app.vision.engine import Engine, EngineConfig
from app.vision.registry import ModelRegistry
from app.vision.restoration.colour import measure_colour
from app.vision.restoration.pipeline import RestoreOptions, restore
from app.vision.restoration.report import assess
from app.vision.restoration.thresholds import CALIBRATED, RENDER_TUNED

MODELS = Path(__file__).resolve().parents[2] / "models"
denoise_module = importlib.import_module("app.vision.restoration.denoise")


def _lifted(image: np.ndarray, low: int, high: int) -> np.ndarray:
    """``image`` with its levels squeezed into [low, high]: a misty, well-exposed scene."""
    return np.rint(low + image.astype(np.float64) * (high - low) / 255.0).astype(np.uint8)


def test_the_app_uses_the_calibrated_thresholds():
    report = assess(data.coffee()).as_dict()
    assert report["thresholds"] == CALIBRATED.as_dict()
    assert report["noise"]["threshold"] == CALIBRATED.noise_sigma == denoise_module.SKIP_BELOW_SIGMA
    assert CALIBRATED != RENDER_TUNED


@pytest.mark.parametrize("low,high", [(36, 228), (44, 236)])
def test_a_misty_photo_is_not_faded_any_more(low, high):
    misty = _lifted(data.astronaut(), low, high)
    assert measure_colour(misty, RENDER_TUNED).faded  # what the render-tuned rule did
    assert not measure_colour(misty).faded
    result = restore(misty, RestoreOptions(denoise=False))
    assert not result.changed and result.image is misty


def test_a_warm_scene_keeps_its_colour():
    warm = data.coffee()
    assert not measure_colour(warm).has_cast
    result = restore(warm, RestoreOptions(denoise=False))
    assert not result.changed


def test_a_strongly_faded_print_is_still_corrected():
    clean = data.astronaut()
    faded = apply_damage(clean, ["fading:1.0", "sepia:0.8"], seed=4).image
    stats = measure_colour(faded)
    assert stats.faded and stats.monochrome
    result = restore(faded, RestoreOptions(denoise=False))
    colour = next(step for step in result.steps if step.name == "colour")
    assert colour.ran
    before = np.abs(faded.astype(int) - clean).mean()
    after = np.abs(result.image.astype(int) - clean).mean()
    assert after < before


def test_a_borderline_photo_is_corrected_only_a_little():
    misty = _lifted(data.astronaut(), 62, 226)
    stats = measure_colour(misty)
    assert stats.faded and stats.fading_confidence < 0.5
    full = measure_colour(misty, replace(CALIBRATED, fading_ramp=1e-6))
    assert full.fading_confidence == 1.0
    gentle = restore(misty, RestoreOptions(denoise=False)).image
    assert structural_similarity(misty, gentle, channel_axis=2) > 0.97


def test_thresholds_decide_and_measurements_do_not_change():
    misty = _lifted(data.astronaut(), 36, 228)
    ours = assess(misty)
    theirs = assess(misty, thresholds=RENDER_TUNED)
    assert ours.colour.black == theirs.colour.black and ours.noise_sigma == theirs.noise_sigma
    assert theirs.findings() != ours.findings()
    assert replace(ours.colour, thresholds=RENDER_TUNED).faded == theirs.colour.faded


@pytest.mark.slow
def test_clean_tiles_are_skipped_and_noisy_ones_denoised(monkeypatch):
    engine = Engine(EngineConfig(device="cpu", threads=2), ModelRegistry([MODELS]))
    monkeypatch.setattr(denoise_module, "TILE", 96)
    monkeypatch.setattr(denoise_module, "OVERLAP", 16)
    clean = np.ascontiguousarray(data.astronaut()[:192, :192])
    noisy = clean.copy()
    rng = np.random.default_rng(1)
    left = noisy[:, :80].astype(np.float64) + rng.normal(0.0, 15.0, (192, 80, 3))
    noisy[:, :80] = np.clip(np.rint(left), 0, 255).astype(np.uint8)
    skipping = denoise_module.denoise(noisy, 15.0, engine=engine, skip_clean_tiles=True)
    every = denoise_module.denoise(noisy, 15.0, engine=engine)
    assert every.clean_tiles == 0 and 0 < skipping.clean_tiles < skipping.tiles
    # The clean right-hand tiles keep their pixels; the noisy side is denoised as before.
    assert np.array_equal(skipping.image[:, 176:], noisy[:, 176:])
    assert not np.array_equal(every.image[:, 176:], noisy[:, 176:])
    # Balanced tiles of 76 px start at 0, 60, 116: columns before 60 belong to the noisy first tile only.
    assert np.array_equal(skipping.image[:, :56], every.image[:, :56])
    assert structural_similarity(clean[:, :56], skipping.image[:, :56], channel_axis=2) > structural_similarity(
        clean[:, :56], noisy[:, :56], channel_axis=2
    )
