"""The shipped restoration models: they load through the registry and do their job on held-out photos.

Photos come from scikit-image's wheel (``coffee`` and ``rocket`` are never trained on); no ../shared.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from skimage import data

from app.imaging.damage import apply_damage, random_hole_mask
from app.vision.registry import ModelRegistry
from app.vision.training.infer import detect_damage, inpaint_learned, upscale_x2
from app.vision.training.metrics import psnr
from app.vision.training.superres import downscale_x2

pytestmark = pytest.mark.slow

MODEL_IDS = ("damage_unet", "inpaint_net", "sr_x2")


@pytest.fixture(scope="module")
def models() -> dict:
    registry = ModelRegistry()
    return {model_id: registry.build(registry.get(model_id)) for model_id in MODEL_IDS}


@pytest.fixture(scope="module")
def coffee() -> np.ndarray:
    return data.coffee()[:256, 200:456].copy()


def test_shipped_weights_verify_and_load(models):
    registry = ModelRegistry()
    for model_id in MODEL_IDS:
        result = registry.verify(model_id)
        assert result.ok, result.message
        assert result.path is not None and result.path.stat().st_size <= 20 * 1024 * 1024
        assert registry.get(model_id).licence == "Apache-2.0"
    thresholds = registry.get("damage_unet").extra["thresholds"]["values"]
    assert len(thresholds) == 6 and all(0.0 < t < 1.0 for t in thresholds)


def test_damage_model_finds_synthesised_scratches_on_a_held_out_photo(models):
    thresholds = ModelRegistry().get("damage_unet").extra["thresholds"]["values"]
    photo = data.coffee()
    damaged = apply_damage(photo, ["scratches:0.8"], seed=2)
    found = detect_damage(damaged.image, model=models["damage_unet"], thresholds=thresholds)
    truth = damaged.masks["scratches"] > 0
    recall = np.count_nonzero(found[truth]) / np.count_nonzero(truth)
    false_alarms = np.count_nonzero(detect_damage(photo, model=models["damage_unet"], thresholds=thresholds))
    assert recall > 0.6, recall
    assert false_alarms / truth.size < 0.05, false_alarms / truth.size


@pytest.mark.xfail(strict=True, reason="known weakness: a straight, even hand-drawn line does not look like the "
                   "synthesiser's tapered, uneven scratches the model was trained on (see MODEL_CARD.md)")
def test_damage_model_finds_a_hand_drawn_straight_scratch(models, coffee):
    thresholds = ModelRegistry().get("damage_unet").extra["thresholds"]["values"]
    line = np.zeros(coffee.shape[:2], np.uint8)
    cv2.line(line, (20, 30), (230, 200), 255, 2, lineType=cv2.LINE_AA)
    alpha = (line.astype(np.float32) / 255.0)[..., None]
    scratched = np.round(coffee * (1 - alpha) + 240 * alpha).astype(np.uint8)
    found = detect_damage(scratched, model=models["damage_unet"], thresholds=thresholds)
    on_line = line > 128
    assert np.count_nonzero(found[on_line]) / np.count_nonzero(on_line) > 0.6


def test_inpainter_beats_a_constant_fill_and_keeps_other_pixels(models, coffee):
    hole = random_hole_mask(coffee.shape[0], coffee.shape[1], 5, area=(0.15, 0.2))
    out = inpaint_learned(coffee, hole, model=models["inpaint_net"])
    assert np.array_equal(out[hole == 0], coffee[hole == 0])
    constant = coffee.copy()
    constant[hole > 0] = coffee[hole == 0].mean(axis=0).round().astype(np.uint8)
    assert psnr(coffee, out, hole) > psnr(coffee, constant, hole) + 3.0


def test_super_resolution_beats_bicubic_on_a_held_out_photo(models):
    from PIL import Image

    high = data.rocket()[:256, 192:448].copy()
    low = downscale_x2(high)
    bicubic = np.asarray(Image.fromarray(low).resize((256, 256), Image.Resampling.BICUBIC))
    ours = upscale_x2(low, model=models["sr_x2"])
    assert psnr(high[2:-2, 2:-2], ours[2:-2, 2:-2]) > psnr(high[2:-2, 2:-2], bicubic[2:-2, 2:-2]) + 0.3
