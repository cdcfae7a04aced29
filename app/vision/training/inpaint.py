"""Recipe ``inpaint``: the learned inpainter (``inpaint_net``) and its held-out benchmark.

Training pairs are clean photo crops with free-form holes (``random_hole_mask``, sized for a
512-pixel frame so holes are as large in pixels as on real scans) and, a quarter of the time,
thin scratch / crack / crease masks from the damage synthesiser, dilated by a pixel as a
detector's mask would be. The holes are pre-filled with OpenCV Telea, which the network learns
to correct. The loss is squared error (plus a little L1) inside the hole only: outside it the
caller keeps the original pixels anyway.

The benchmark fills holes covering 10–30 % of each held-out photo and compares in-hole PSNR
with OpenCV's Telea and Navier–Stokes inpainting, the xphoto FSR method when available, and the
push-pull fill the network starts from.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import cv2
import numpy as np
import torch
from torch import Tensor, nn

from app.imaging.damage import apply_damage, random_hole_mask
from app.vision.archs.inpaint_net import push_pull_fill
from app.vision.training.data import PhotoSet, heldout_photos, random_crop, render_set, train_photos, weights_by_area
from app.vision.training.infer import inpaint_learned, telea_fill
from app.vision.training.loop import Batch, TrainConfig, TrainTask
from app.vision.training.metrics import psnr
from app.vision.training.recipe import Recipe

CROP = 256
BATCH = 3
MASK_FRAME = 512
EVAL_AREA = (0.1, 0.3)


def mask_pool(seed: int, count: int = 192, thin: int = 48) -> list[np.ndarray]:
    """Hole masks for a 512² frame: free-form holes plus dilated scratch/crack/crease masks."""
    rng = np.random.default_rng(seed)
    masks = [random_hole_mask(MASK_FRAME, MASK_FRAME, rng, area=(0.05, 0.4)) for _ in range(count)]
    grey = np.full((MASK_FRAME, MASK_FRAME, 3), 128, np.uint8)
    kernel = np.ones((3, 3), np.uint8)
    for i in range(thin):
        kinds = [k for k in ("scratches", "cracks", "creases") if rng.random() < 0.6] or ["scratches"]
        result = apply_damage(grey, [f"{k}:{rng.uniform(0.4, 1.0):.2f}" for k in kinds], seed=seed * 1000 + i)
        masks.append(cv2.dilate(result.damage_mask, kernel))
    return masks


def batches(
    photos: PhotoSet, masks: list[np.ndarray], seed: int, crop: int = CROP, batch: int = BATCH, upright: bool = False
) -> Iterator[Batch]:
    """Endless (image, hole) batches; crops with almost no hole are redrawn.

    ``upright`` mirrors photo crops but never turns them (holes are still turned).
    """
    rng = np.random.default_rng(seed)
    weights = weights_by_area(photos)
    while True:
        images, holes = [], []
        while len(images) < batch:
            hole = random_crop(masks[int(rng.integers(len(masks)))][..., None], crop, rng)[..., 0]
            if np.count_nonzero(hole) < 0.02 * hole.size:
                continue
            photo = photos.images[int(rng.choice(len(photos), p=weights))]
            images.append(random_crop(photo, crop, rng, rotate=not upright))
            holes.append(hole)
        guides = [telea_fill(image, hole > 0) for image, hole in zip(images, holes, strict=True)]
        image = torch.from_numpy(np.stack(images)).permute(0, 3, 1, 2).float() / 255.0
        guide = torch.from_numpy(np.stack(guides)).permute(0, 3, 1, 2).float() / 255.0
        hole_t = torch.from_numpy(np.stack(holes) > 0)[:, None].float()
        yield image, guide, hole_t


def loss_fn(model: nn.Module, batch: Batch) -> Tensor:
    image, guide, hole = (t.contiguous(memory_format=torch.channels_last) for t in batch)
    out = model(guide, hole)
    # Squared error inside the hole is what in-hole PSNR measures; a little L1 keeps gradients
    # useful once errors are small. Outside the hole the caller keeps its own pixels.
    error = (out - image) * hole
    count = (hole.sum() * 3.0).clamp_min(1.0)
    return (error.square().sum() + 0.05 * error.abs().sum()) / count


def _validation_set(seed: int = 20_000) -> list[tuple[np.ndarray, np.ndarray]]:
    """Held-out renders with fixed 10–30 % holes (for choosing the checkpoint; not the test set)."""
    renders = render_set(6, seed)
    return [(im, random_hole_mask(im.shape[0], im.shape[1], seed + i, area=EVAL_AREA))
            for i, im in enumerate(renders.images)]


def make_task(model: nn.Module, seed: int) -> tuple[TrainTask, dict[str, Any]]:
    photos = train_photos(seed=seed)
    masks = mask_pool(seed + 7)
    val = _validation_set()

    def validate(net: nn.Module) -> dict[str, float]:
        scores = [psnr(im, inpaint_learned(im, m, model=net), m) for im, m in val]
        return {"score": float(np.mean(scores)), "val_hole_psnr": float(np.mean(scores))}

    data = {"train_photos": list(photos.names), "crop": CROP, "batch": BATCH,
            "masks": "random_hole_mask 5-40 % on 512² frames + dilated scratches/cracks/creases",
            "validation": "6 held-out renders (seed 20000), holes 10-30 %"}
    return TrainTask(model, lambda s: batches(photos, masks, s), loss_fn, validate), data


def _telea(image: np.ndarray, hole: np.ndarray) -> np.ndarray:
    return telea_fill(image, hole > 0)


def _ns(image: np.ndarray, hole: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(cv2.inpaint(cv2.cvtColor(image, cv2.COLOR_RGB2BGR), hole, 3, cv2.INPAINT_NS),
                        cv2.COLOR_BGR2RGB)


def _fsr(image: np.ndarray, hole: np.ndarray) -> np.ndarray:
    # xphoto marks *valid* pixels with non-zero, the opposite of cv2.inpaint.
    out = np.zeros_like(image)
    cv2.xphoto.inpaint(image, (hole == 0).astype(np.uint8) * 255, out, cv2.xphoto.INPAINT_FSR_FAST)
    return out


def _push_pull(image: np.ndarray, hole: np.ndarray) -> np.ndarray:
    valid = torch.from_numpy(hole == 0)[None, None].float()
    x = torch.from_numpy(np.array(image)).permute(2, 0, 1)[None].float() / 255.0
    filled = push_pull_fill(x * valid, valid)
    return (filled[0].permute(1, 2, 0).numpy() * 255.0).round().astype(np.uint8)


def evaluate(model: nn.Module, photos: PhotoSet | None = None, seed: int = 1000) -> dict[str, Any]:
    """In-hole PSNR (mean over photos) of the network and the classical fills; time per megapixel."""
    photos = photos or heldout_photos()
    methods = {"learned": None, "telea": _telea, "ns": _ns, "push_pull": _push_pull}
    if hasattr(cv2, "xphoto"):
        methods["fsr_fast"] = _fsr
    scores: dict[str, list[float]] = {name: [] for name in methods}
    per_photo: dict[str, dict[str, float]] = {}
    seconds, cpu_seconds, megapixels = 0.0, 0.0, 0.0
    for i, (name, image) in enumerate(zip(photos.names, photos.images, strict=True)):
        hole = random_hole_mask(image.shape[0], image.shape[1], seed + i, area=EVAL_AREA)
        per_photo[name] = {"hole_fraction": float(np.count_nonzero(hole) / hole.size)}
        for method, fn in methods.items():
            if fn is None:
                started, cpu_started = time.perf_counter(), time.process_time()
                out = inpaint_learned(image, hole, model=model)
                seconds += time.perf_counter() - started
                cpu_seconds += time.process_time() - cpu_started
                megapixels += image.shape[0] * image.shape[1] / 1e6
            else:
                out = fn(image, hole)
            value = psnr(image, out, hole)
            scores[method].append(value)
            per_photo[name][method] = round(value, 2)
    result: dict[str, Any] = {f"hole_psnr_{m}": float(np.mean(v)) for m, v in scores.items()}
    best_classical = max(v for k, v in result.items() if k in ("hole_psnr_telea", "hole_psnr_ns", "hole_psnr_fsr_fast"))
    result["gain_over_best_opencv_db"] = result["hole_psnr_learned"] - best_classical
    # Wall time depends on what else the machine runs; CPU time (all threads) does much less.
    result["seconds_per_megapixel"] = seconds / max(megapixels, 1e-9)
    result["cpu_seconds_per_megapixel"] = cpu_seconds / max(megapixels, 1e-9)
    result["threads"] = torch.get_num_threads()
    result["photos"] = list(photos.names)
    result["per_photo"] = per_photo
    return result


RECIPE = Recipe(
    name="inpaint",
    model_id="inpaint_net",
    architecture="inpaint_net",
    arch_params={"widths": [48, 96, 144, 192, 224]},
    task="inpaint",
    description_en="Learned inpainting of scratches, cracks and holes up to about 30 % of the image.",
    description_ko="긁힘, 균열, 최대 약 30 % 크기의 구멍을 채우는 학습된 인페인팅 모델.",
    config=TrainConfig(steps=3000, lr=3e-4, warmup=300, validate_every=500, log_every=50),
    make_task=make_task,
    evaluate=evaluate,
)
