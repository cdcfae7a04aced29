"""Recipe ``sr_x2``: ×2 super-resolution (``sr_x2``) and its benchmark against bicubic and Lanczos.

The degradation is the usual benchmark one: a bicubic ½ downscale with antialiasing (Pillow's
``BICUBIC`` filter widens its kernel when shrinking, like MATLAB's ``imresize``). Training pairs
are 96-px clean crops and their 48-px downscales; loss is L1. The benchmark downsamples each
held-out photo the same way, upscales it back and compares PSNR over RGB (2-px border excluded).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import cv2
import numpy as np
import torch
from PIL import Image
from torch import Tensor, nn

from app.vision.training.data import PhotoSet, heldout_photos, random_crop, render_set, train_photos, weights_by_area
from app.vision.training.infer import upscale_x2
from app.vision.training.loop import Batch, TrainConfig, TrainTask
from app.vision.training.metrics import psnr
from app.vision.training.recipe import Recipe

CROP = 96
BATCH = 8
BORDER = 2


def downscale_x2(image: np.ndarray) -> np.ndarray:
    """Antialiased bicubic ½ downscale (the degradation the model is trained and tested on)."""
    height, width = image.shape[:2]
    return np.asarray(Image.fromarray(image).resize((width // 2, height // 2), Image.Resampling.BICUBIC))


def _even(image: np.ndarray) -> np.ndarray:
    return image[: image.shape[0] // 2 * 2, : image.shape[1] // 2 * 2]


def batches(photos: PhotoSet, seed: int) -> Iterator[Batch]:
    """Endless (low-res, high-res) float batches."""
    rng = np.random.default_rng(seed)
    weights = weights_by_area(photos)
    while True:
        highs = [random_crop(photos.images[int(rng.choice(len(photos), p=weights))], CROP, rng)
                 for _ in range(BATCH)]
        lows = [downscale_x2(h) for h in highs]
        high = torch.from_numpy(np.stack(highs)).permute(0, 3, 1, 2).float() / 255.0
        low = torch.from_numpy(np.stack(lows)).permute(0, 3, 1, 2).float() / 255.0
        yield low, high


def loss_fn(model: nn.Module, batch: Batch) -> Tensor:
    low, high = (t.contiguous(memory_format=torch.channels_last) for t in batch)
    return (model(low) - high).abs().mean()


def _crop_border(image: np.ndarray) -> np.ndarray:
    return image[BORDER:-BORDER, BORDER:-BORDER]


def _bicubic(low: np.ndarray) -> np.ndarray:
    return np.asarray(Image.fromarray(low).resize((low.shape[1] * 2, low.shape[0] * 2), Image.Resampling.BICUBIC))


def _lanczos(low: np.ndarray) -> np.ndarray:
    return np.asarray(Image.fromarray(low).resize((low.shape[1] * 2, low.shape[0] * 2), Image.Resampling.LANCZOS))


def _cv_cubic(low: np.ndarray) -> np.ndarray:
    return cv2.resize(low, (low.shape[1] * 2, low.shape[0] * 2), interpolation=cv2.INTER_CUBIC)


def _score(model: nn.Module, photos: PhotoSet) -> dict[str, Any]:
    methods = {"learned": None, "bicubic": _bicubic, "bicubic_opencv": _cv_cubic, "lanczos": _lanczos}
    scores: dict[str, list[float]] = {name: [] for name in methods}
    per_photo: dict[str, dict[str, float]] = {}
    for name, photo in zip(photos.names, photos.images, strict=True):
        high = _even(photo)
        low = downscale_x2(high)
        per_photo[name] = {}
        for method, fn in methods.items():
            out = upscale_x2(low, model=model) if fn is None else fn(low)
            value = psnr(_crop_border(high), _crop_border(out))
            scores[method].append(value)
            per_photo[name][method] = round(value, 2)
    result: dict[str, Any] = {f"psnr_{m}": float(np.mean(v)) for m, v in scores.items()}
    result["gain_over_bicubic_db"] = result["psnr_learned"] - max(result["psnr_bicubic"], result["psnr_bicubic_opencv"])
    result["per_photo"] = per_photo
    return result


def make_task(model: nn.Module, seed: int) -> tuple[TrainTask, dict[str, Any]]:
    photos = train_photos(seed=seed)
    val = render_set(6, 60_000)

    def validate(net: nn.Module) -> dict[str, float]:
        metrics = _score(net, val)
        return {"score": metrics["gain_over_bicubic_db"], "val_psnr": metrics["psnr_learned"]}

    data = {"train_photos": list(photos.names), "crop": CROP, "batch": BATCH,
            "degradation": "Pillow BICUBIC 1/2 downscale (antialiased)",
            "validation": "6 held-out renders (seed 60000)"}
    return TrainTask(model, lambda s: batches(photos, s), loss_fn, validate), data


def evaluate(model: nn.Module) -> dict[str, Any]:
    """PSNR on held-out photos vs bicubic / Lanczos, and seconds for a 1 MP (1000×1000) output."""
    photos = heldout_photos()
    result = _score(model, photos)
    low = cv2.resize(photos.images[0], (500, 500), interpolation=cv2.INTER_AREA)
    started, cpu_started = time.perf_counter(), time.process_time()
    upscale_x2(low, model=model)
    # Wall time depends on what else the machine runs; CPU time (all threads) does much less.
    result["seconds_per_megapixel_output"] = time.perf_counter() - started
    result["cpu_seconds_per_megapixel_output"] = time.process_time() - cpu_started
    result["threads"] = torch.get_num_threads()
    result["photos"] = list(photos.names)
    return result


RECIPE = Recipe(
    name="sr_x2",
    model_id="sr_x2",
    architecture="sr_x2",
    arch_params={"channels": 32, "blocks": 4},
    task="super-resolution",
    description_en="×2 super-resolution: a compact residual network that adds detail over bicubic upscaling.",
    description_ko="2배 초해상도: 쌍삼차 보간 위에 세부를 더하는 작은 잔차 신경망.",
    config=TrainConfig(steps=1200, lr=2e-3, warmup=100, validate_every=500, log_every=50),
    make_task=make_task,
    evaluate=evaluate,
)
