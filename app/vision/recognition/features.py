"""From backbone outputs to the vectors heads are trained on, plus training-time augmentation.

Two cheap tricks carry most of the few-shot accuracy:

* **Power transform + L2 norm.** Pooled ReLU6 features are non-negative and heavy-tailed; a
  square root evens out their scale so a handful of very active channels no longer dominate the
  cosine geometry (Hu et al. 2021, "Leveraging the feature distribution in transfer-based
  few-shot learning").
* **Centring** (``head.centre_vectors``) on the teaching photos' mean, applied by each taught head.
* **The whole photo.** Taught models look at the whole photo squeezed to a square rather than
  ImageNet's 87.5 % centre crop: a subject is rarely cut off (+1 to +2 points on real photos).
* **Views from one forward pass.** A random crop of a photo is approximated by pooling a
  sub-window of its 7×7 feature map. Each image-level view therefore yields several training
  vectors for the price of one forward pass, which keeps "500 images in under 60 s" possible.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import torch

from app.vision.recognition.backbone import INPUT_SIZE, centre_crop, check_rgb, resize_square, standard_view

#: Sub-windows (top, left, height, width) of a 7×7 map pooled as extra "crops" of a view.
_WINDOWS_7 = ((0, 0, 5, 5), (0, 2, 5, 5), (2, 0, 5, 5), (2, 2, 5, 5), (1, 1, 5, 5))


def transform(pooled: np.ndarray) -> np.ndarray:
    """Pooled embeddings (N, D) → power-transformed, unit-length vectors (float32)."""
    root = np.sqrt(np.maximum(pooled, 0.0, dtype=np.float32))
    norms = np.linalg.norm(root, axis=1, keepdims=True)
    return (root / np.maximum(norms, 1e-8)).astype(np.float32)


def whole_view(image: np.ndarray, size: int = INPUT_SIZE) -> np.ndarray:
    """The whole photo squeezed to size × size (no crop): what taught models look at."""
    check_rgb(image)
    return resize_square(image, size)


#: The standard views a model card can name in ``arch_params.view``.
STANDARD_VIEWS: dict[str, Callable[[np.ndarray], np.ndarray]] = {"centre": standard_view, "whole": whole_view}
#: The view teaching uses (``benchmarks/teach_fewshot.py``: the whole photo beats the centre crop).
TEACH_VIEW = "whole"


def window_pools(maps: torch.Tensor) -> torch.Tensor:
    """(N, C, 7, 7) maps → (N, 1 + W, C): the full pool followed by each sub-window's pool."""
    pools = [maps.mean(dim=(2, 3))]
    height, width = maps.shape[2:]
    for top, left, h, w in _WINDOWS_7:
        if top + h <= height and left + w <= width:
            pools.append(maps[:, :, top : top + h, left : left + w].mean(dim=(2, 3)))
    return torch.stack(pools, dim=1)


def flipped(view: np.ndarray) -> np.ndarray:
    """Mirror image of a view (heritage scenes are rarely chiral enough to matter)."""
    return np.ascontiguousarray(view[:, ::-1])


def _colour_jitter(view: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Random brightness, contrast, saturation and white balance, like different cameras and light."""
    pixels = view.astype(np.float32)
    grey = pixels.mean(axis=2, keepdims=True)
    pixels = grey + (pixels - grey) * rng.uniform(0.6, 1.4)  # saturation
    pixels = pixels * rng.uniform(0.85, 1.15, size=3).astype(np.float32)  # white balance
    mean = pixels.mean()
    pixels = mean + (pixels - mean) * rng.uniform(0.7, 1.3)  # contrast
    pixels = pixels * rng.uniform(0.7, 1.3)  # exposure
    return np.clip(pixels, 0, 255).astype(np.uint8)


def random_view(image: np.ndarray, rng: np.random.Generator, size: int = INPUT_SIZE) -> np.ndarray:
    """A random "new photo" of the same subject: crop of 35–100 % area, aspect 3:4–4:3, flip, colour."""
    check_rgb(image)
    height, width = image.shape[:2]
    for _ in range(10):
        area = rng.uniform(0.35, 1.0) * height * width
        aspect = np.exp(rng.uniform(np.log(3 / 4), np.log(4 / 3)))
        h, w = int(round(np.sqrt(area / aspect))), int(round(np.sqrt(area * aspect)))
        if 8 <= h <= height and 8 <= w <= width:
            top, left = int(rng.integers(0, height - h + 1)), int(rng.integers(0, width - w + 1))
            crop = image[top : top + h, left : left + w]
            break
    else:
        crop = centre_crop(image)
    view = resize_square(crop, size)
    if rng.random() < 0.5:
        view = flipped(view)
    view = _colour_jitter(view, rng)
    if rng.random() < 0.2:
        # Soft focus / motion: phone photos of a display case are often slightly blurred.
        import cv2

        view = cv2.GaussianBlur(view, (0, 0), rng.uniform(0.5, 1.5))
    return view


def views_per_image(n_images: int, budget: int = 1000) -> int:
    """How many image-level views to embed per training photo: more when there are few photos.

    ``budget`` bounds the forward passes so that teaching stays fast: at ~10 ms of CPU per view
    (int8 backbone; ~35 ms in float), 1000 views cost about 5–10 s on two cores; 500 photos get
    2 views each, 42 photos get 8.
    """
    return int(np.clip(budget // max(1, n_images), 2, 8))
