"""The one-click restore, the FFDNet denoiser and provenance (slow ones run the real model)."""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
import pytest
from skimage import data
from skimage.metrics import peak_signal_noise_ratio, structural_similarity

from app.domain.errors import Cancelled, InvalidInput
from app.domain.progress import CancelToken
from app.imaging.damage import apply_damage
from app.vision.engine import Engine, EngineConfig
from app.vision.registry import ModelRegistry
from app.vision.restoration.denoise import denoise, parse_sigma
from app.vision.restoration.pipeline import RestoreOptions, restore
from app.vision.restoration.provenance import mask_summary

MODELS = Path(__file__).resolve().parents[2] / "models"
# The package re-exports the function ``denoise``, which shadows the module's name as an attribute.
denoise_module = importlib.import_module("app.vision.restoration.denoise")
CLEAN = ("astronaut", "chelsea", "coffee", "rocket", "immunohistochemistry")


@pytest.fixture(scope="module")
def engine():
    return Engine(EngineConfig(device="cpu", threads=2), ModelRegistry([MODELS]))


def _noisy(image: np.ndarray, sigma: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(np.rint(image + rng.normal(0.0, sigma, image.shape)), 0, 255).astype(np.uint8)


# The real-photo calibration flags the pale immunohistochemistry slide as faded (SSIM 0.955 after
# the partial correction): a known cost, kept visible as a strict xfail (docs/restoration.md).
_PALE_SLIDE = pytest.param("immunohistochemistry", marks=pytest.mark.xfail(
    strict=True, reason="calibrated fading rule flags this pale slide (known, docs/restoration.md)"))


@pytest.mark.parametrize("repair", [False, True])
@pytest.mark.parametrize("name", [*[n for n in CLEAN if n != "immunohistochemistry"], _PALE_SLIDE])
def test_clean_photo_comes_back_almost_unchanged(name, repair):
    image = getattr(data, name)()
    result = restore(image, RestoreOptions(repair=repair))
    assert structural_similarity(image, result.image, channel_axis=2) >= 0.97
    assert not any(step.ran for step in result.steps if step.name != "repair")


def test_progress_and_cancel():
    image = data.chelsea()
    seen: list[float] = []
    restore(image, progress=lambda p: seen.append(p.fraction))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        restore(image, cancel=token)


def test_faded_photo_gets_colour_step_with_reasons():
    aged = apply_damage(data.chelsea(), ["fading:1.0", "color_cast:1.0"], seed=4).image
    result = restore(aged, RestoreOptions(denoise=False))
    colour = next(step for step in result.steps if step.name == "colour")
    assert colour.ran and "faded" in colour.reason and "colour cast" in colour.reason
    assert set(colour.params) == {"gains", "black", "white", "gamma"}


def test_sigma_parsing_and_options():
    assert parse_sigma("auto") is None and parse_sigma("12.5") == 12.5
    for bad in ("0", "-3", "80", "nan", "lots"):
        with pytest.raises(InvalidInput):
            parse_sigma(bad)
    with pytest.raises(InvalidInput):
        RestoreOptions(inpaint_method="learned")


def test_mask_summary_is_stable():
    mask = np.zeros((40, 50), np.uint8)
    mask[5:10, 5:10] = 255
    mask[30:35, 40:45] = 1  # any non-zero value is "region"
    summary = mask_summary(mask)
    assert summary["regions"] == 2 and summary["size"] == [50, 40]
    assert summary["area_fraction"] == pytest.approx(50 / 2000)
    assert mask_summary((mask > 0).astype(np.uint8) * 255)["pixels_sha256"] == summary["pixels_sha256"]


@pytest.mark.slow
def test_denoise_estimates_sigma_and_improves_psnr(engine):
    clean = np.ascontiguousarray(data.astronaut()[100:228, 150:278])
    noisy = _noisy(clean, 25.0)
    result = denoise(noisy, engine=engine)
    assert not result.skipped and abs(result.sigma - 25.0) < 3.0
    assert result.model["id"] == "ffdnet_color" and len(result.model["sha256"]) == 64
    assert peak_signal_noise_ratio(clean, result.image) > peak_signal_noise_ratio(clean, noisy) + 6.0


@pytest.mark.slow
def test_denoise_tiles_match_a_single_pass(engine, monkeypatch):
    clean = np.ascontiguousarray(data.coffee()[:150, :190])
    noisy = _noisy(clean, 20.0, seed=2)
    whole = denoise(noisy, 20.0, engine=engine).image
    monkeypatch.setattr(denoise_module, "TILE", 96)
    monkeypatch.setattr(denoise_module, "OVERLAP", 32)
    tiled = denoise(noisy, 20.0, engine=engine).image
    assert np.abs(tiled.astype(int) - whole).mean() < 0.5
    assert peak_signal_noise_ratio(whole, tiled) > 40.0


@pytest.mark.slow
def test_restore_denoises_a_noisy_photo(engine):
    clean = np.ascontiguousarray(data.astronaut()[300:428, 200:328])
    noisy = _noisy(clean, 20.0, seed=5)
    result = restore(noisy, engine=engine)
    step = next(step for step in result.steps if step.name == "denoise")
    assert step.ran and step.model["id"] == "ffdnet_color"
    assert peak_signal_noise_ratio(clean, result.image) > peak_signal_noise_ratio(clean, noisy) + 5.0
