"""The one-click restore's frame-saving paths give the same bytes as the copying ones.

Big scans are restored in place (tiles written back into the input, colour and the borderline
blend applied to the step's own array) to keep a 24 MP restore under 1 GiB; these tests hold
that to bit-identity and check that a caller's input is untouched unless it was lent.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image
from skimage import data

from app.imaging.tiling import cast_to, process_tiled
from app.vision.engine import Engine, EngineConfig
from app.vision.registry import ModelRegistry
from app.vision.restoration import pipeline
from app.vision.restoration.colour import ColourCorrection, apply_correction
from app.vision.restoration.files import restore_file_job
from app.vision.restoration.pipeline import restore

MODELS = Path(__file__).resolve().parents[2] / "models"


def _noisy(image: np.ndarray, sigma: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(np.rint(image + rng.normal(0.0, sigma, image.shape)), 0, 255).astype(np.uint8)


def _context_filter(tile: np.ndarray) -> np.ndarray:
    # Depends on the whole tile (its mean), so an input row overwritten too early would show.
    return tile.astype(np.float32) * 0.9 + float(tile.mean()) * 0.1


def test_tiles_written_into_their_own_input_match_a_new_output():
    image = np.random.default_rng(1).integers(0, 256, (301, 217, 3), dtype=np.uint8)
    expected = process_tiled(image, _context_filter, tile=(64, 48), overlap=8, finish=cast_to(np.uint8))
    own = image.copy()
    result = process_tiled(own, _context_filter, tile=(64, 48), overlap=8, finish=cast_to(np.uint8), out=own)
    assert result is own
    assert np.array_equal(own, expected)


def _per_channel_reference(image: np.ndarray, correction: ColourCorrection) -> np.ndarray:
    """The lookup as it was before the single 3-channel table."""
    levels = np.arange(256, dtype=np.float64)
    span = max(correction.white - correction.black, 1.0)
    out = np.empty_like(image)
    for channel, gain in enumerate(correction.gains):
        x = np.clip((levels * gain - correction.black) / span, 0.0, 1.0) ** correction.gamma
        lut = np.clip(np.rint(x * 255.0), 0, 255).astype(np.uint8)
        out[..., channel] = cv2.LUT(image[..., channel], lut)
    return out


def test_colour_correction_in_place_is_the_same_lookup():
    image = (data.astronaut() * 0.6 + 40).astype(np.uint8)
    correction = ColourCorrection(gains=(1.08, 1.0, 0.93), black=38.0, white=190.0, gamma=0.9)
    expected = _per_channel_reference(image, correction)
    untouched = image.copy()
    assert np.array_equal(apply_correction(image, correction), expected)
    assert np.array_equal(image, untouched)
    result = apply_correction(image, correction, out=image)
    assert result is image and np.array_equal(image, expected)


def test_banded_borderline_blend_matches_the_whole_frame_formula():
    original = _noisy(np.full((700, 300, 3), 120, np.uint8), 6.0)
    processed = cv2.GaussianBlur(original, (5, 5), 0)
    kept = original.copy()
    blended, weight = pipeline._blend_within(original, processed.copy(), 0.9)
    assert 0.0 < weight < 1.0
    full = original.astype(np.float32)
    expected = np.clip(np.rint(full + weight * (processed.astype(np.float32) - full)), 0, 255).astype(np.uint8)
    # ``weight`` is the exact bisection value (a dyadic fraction), so rounding cannot differ.
    assert np.array_equal(blended, expected)
    assert np.array_equal(original, kept)


@pytest.fixture(scope="module")
def engine():
    return Engine(EngineConfig(device="cpu", threads=2), ModelRegistry([MODELS]))


def test_restore_in_place_equals_the_copying_restore(engine):
    photo = _noisy(data.chelsea() * 0.5 + 70, 12.0)
    photo.flags.writeable = False
    copied = restore(photo, engine=engine)
    assert [step.ran for step in copied.steps] == [False, True, True]
    assert not np.may_share_memory(copied.image, photo)
    lent = photo.copy()
    reused = restore(lent, engine=engine, reuse_input=True)
    assert reused.image is lent
    assert np.array_equal(reused.image, copied.image)


def test_file_job_writes_the_in_memory_result(engine, tmp_path):
    photo = _noisy(data.chelsea() * 0.5 + 70, 12.0)
    source, target = tmp_path / "in.png", tmp_path / "out.png"
    Image.fromarray(photo).save(source)
    expected = restore(photo, engine=engine).image
    restore_file_job(source, target, report_path=tmp_path / "r.json", engine=engine).run()
    assert np.array_equal(np.asarray(Image.open(target).convert("RGB")), expected)
