"""Colourising black-and-white photos, steered by a curator — never guessed.

No learned automatic colouriser exists offline, so the colours always come from a person:

* **hints** painted on the photo: the optimisation of Levin, Lischinski & Weiss (2004) spreads
  each hint's chroma to neighbouring pixels of similar brightness, so colour stops at edges;
* a **reference** colour photo: mid-level EfficientNet-Lite0 features of both photos (computed
  on their luminance only, so colour cannot bias the match) pair each region of the B/W photo
  with the most similar region of the reference; the confident pairs become hints, which the
  same propagation spreads.

Brightness (L of CIE Lab) is always the original photo's; only a and b are added. The
optimisation runs at a working resolution (long side ≤ 384 px) and the chroma is resized up,
which is invisible because chroma carries little fine detail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from app.domain.errors import InvalidInput
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress

WORK_SIDE = 384
FEATURE_SIDE = 448
BACKBONE_ID = "efficientnet_lite0_imagenet"
# Blocks of EfficientNet-Lite0 whose outputs are at stride 8 (40 ch) and stride 16 (112 ch).
_STRIDE8_BLOCK, _STRIDE16_BLOCK = 4, 10
_HINT_CHROMA = 12.0  # a painted pixel counts as a hint when its Lab chroma exceeds this
# Capping the window variance keeps strong edges strong: colour must not leak across them.
_MAX_VARIANCE = 0.002


@dataclass(frozen=True, eq=False)
class ColorizeResult:
    image: np.ndarray
    params: dict[str, Any] = field(default_factory=dict)
    model: dict[str, str] | None = None


def _lab(image: np.ndarray) -> np.ndarray:
    """RGB uint8 → float32 Lab (L 0–100, a/b about −128–127)."""
    return cv2.cvtColor(image.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)


def _rgb(lab: np.ndarray) -> np.ndarray:
    rgb = cv2.cvtColor(lab.astype(np.float32), cv2.COLOR_LAB2RGB)
    return np.clip(np.rint(rgb * 255.0), 0, 255).astype(np.uint8)


def _work_size(height: int, width: int) -> tuple[int, int]:
    scale = min(1.0, WORK_SIDE / max(height, width))
    return max(8, round(width * scale)), max(8, round(height * scale))


def propagate(luminance: np.ndarray, hint_ab: np.ndarray, hinted: np.ndarray) -> np.ndarray:
    """Levin et al.: chroma that varies only where luminance does, fixed at the hinted pixels.

    ``luminance`` H×W float (0–100), ``hint_ab`` H×W×2, ``hinted`` H×W bool → H×W×2 chroma.
    """
    from scipy.sparse import csr_matrix, diags
    from scipy.sparse.linalg import splu

    height, width = luminance.shape
    n = height * width
    index = np.arange(n).reshape(height, width)
    y = luminance.astype(np.float64) / 100.0
    padded = np.pad(y, 1, mode="edge")
    offsets = [(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if (dy, dx) != (0, 0)]
    shifted = np.stack([padded[1 + dy : 1 + dy + height, 1 + dx : 1 + dx + width] for dy, dx in offsets])
    window = np.concatenate([y[None], shifted])
    variance = np.clip(window.var(axis=0) * 0.6, 2e-5, _MAX_VARIANCE)
    exponent = -((shifted - y[None]) ** 2) / (2 * variance[None])
    # Shift by the row's largest exponent so at least one neighbour keeps weight 1 (no 0/0 underflow).
    weights = np.exp(exponent - exponent.max(axis=0, keepdims=True))
    weights /= weights.sum(axis=0, keepdims=True)
    rows, cols, vals = [index.ravel()], [index.ravel()], [np.ones(n)]
    for k, (dy, dx) in enumerate(offsets):
        ys = np.clip(np.arange(height)[:, None] + dy, 0, height - 1)
        xs = np.clip(np.arange(width)[None, :] + dx, 0, width - 1)
        rows.append(index.ravel())
        cols.append(index[ys, xs].ravel())
        vals.append(-weights[k].ravel())
    system = csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))
    fixed = hinted.ravel()
    # Hinted rows become identity rows: U(r) = hint(r); the rest satisfy U(r) = Σ w_rs U(s).
    system = (diags((~fixed).astype(np.float64)) @ system + diags(fixed.astype(np.float64))).tocsc()
    # One factorisation serves both chroma channels.
    rhs = np.where(fixed[:, None], hint_ab.reshape(n, 2), 0.0)
    return splu(system).solve(rhs).reshape(height, width, 2).astype(np.float32)


def painted_hint_mask(hints: np.ndarray, hint_mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The (ab, mask) of painted hints: RGBA alpha or an explicit mask marks them, else their colourfulness."""
    hints_rgb = hints[..., :3] if hints.ndim == 3 else np.repeat(hints[..., None], 3, axis=2)
    lab = _lab(np.ascontiguousarray(hints_rgb))
    if hint_mask is None and hints.ndim == 3 and hints.shape[2] == 4:
        hint_mask = hints[..., 3]
    mask = (hint_mask > 0) if hint_mask is not None else np.hypot(lab[..., 1], lab[..., 2]) > _HINT_CHROMA
    return lab[..., 1:], mask


def _solve(image: np.ndarray, hint_ab: np.ndarray, mask: np.ndarray, params: dict[str, Any]) -> ColorizeResult:
    height, width = image.shape[:2]
    lab = _lab(image)
    work_w, work_h = _work_size(height, width)
    small_l = cv2.resize(lab[..., 0], (work_w, work_h), interpolation=cv2.INTER_AREA)
    # Each hint lands on the working grid at its nearest cell; colours within a cell are averaged.
    ys, xs = np.nonzero(mask)
    gy = np.minimum((ys * work_h / height).astype(int), work_h - 1)
    gx = np.minimum((xs * work_w / width).astype(int), work_w - 1)
    sums = np.zeros((work_h, work_w, 2), np.float64)
    counts = np.zeros((work_h, work_w), np.float64)
    np.add.at(sums, (gy, gx), hint_ab[ys, xs])
    np.add.at(counts, (gy, gx), 1.0)
    hinted = counts > 0
    small_hint = np.where(hinted[..., None], sums / np.maximum(counts, 1)[..., None], 0.0)
    ab = propagate(small_l, small_hint, hinted)
    full_ab = cv2.resize(ab, (width, height), interpolation=cv2.INTER_CUBIC)
    out = np.dstack([lab[..., 0], full_ab])
    return ColorizeResult(_rgb(out), {**params, "method": "levin2004-propagation", "work_size": [work_w, work_h]})


def _features(model: Any, gray: np.ndarray) -> tuple[np.ndarray, tuple[int, int]]:
    """Unit-length per-cell descriptors (stride 8) of a grey photo: mid-level features + brightness."""
    import torch
    import torch.nn.functional as F  # noqa: N812

    height, width = gray.shape[:2]
    scale = FEATURE_SIDE / max(height, width)
    size = (max(32, round(width * scale / 32) * 32), max(32, round(height * scale / 32) * 32))
    rgb = cv2.resize(np.repeat(gray[..., None], 3, axis=2), size, interpolation=cv2.INTER_AREA)
    x = torch.from_numpy(rgb).permute(2, 0, 1)[None].float() / 255.0
    with torch.inference_mode():
        h = F.relu6(model._bn0(model._conv_stem(x * 2.0 - 1.0)))
        maps = {}
        for i, block in enumerate(model._blocks):
            h = block(h)
            if i in (_STRIDE8_BLOCK, _STRIDE16_BLOCK):
                maps[i] = h
            if i == _STRIDE16_BLOCK:
                break
    s8 = F.normalize(maps[_STRIDE8_BLOCK], dim=1)
    s16 = F.interpolate(F.normalize(maps[_STRIDE16_BLOCK], dim=1), size=s8.shape[2:], mode="bilinear")
    lum = F.avg_pool2d(x[:, :1], 8)
    desc = torch.cat([s8 * 0.6, s16, (lum - 0.5) * 1.5], dim=1)[0]
    return F.normalize(desc.flatten(1).T, dim=1).numpy(), (int(s8.shape[2]), int(s8.shape[3]))


def reference_hints(
    image: np.ndarray, reference: np.ndarray, model: Any, keep: float = 0.5
) -> tuple[np.ndarray, np.ndarray, float]:
    """Hints for ``image`` from the most similar regions of ``reference`` (confident half kept)."""
    gray_t = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    gray_r = cv2.cvtColor(reference, cv2.COLOR_RGB2GRAY)
    feats_t, (th, tw) = _features(model, gray_t)
    feats_r, (rh, rw) = _features(model, gray_r)
    similarity = feats_t @ feats_r.T
    best = similarity.argmax(axis=1)
    score = similarity[np.arange(len(best)), best]
    ref_lab = _lab(cv2.resize(reference, (rw, rh), interpolation=cv2.INTER_AREA))
    ab = ref_lab[..., 1:].reshape(-1, 2)[best]
    confident = score >= np.quantile(score, 1.0 - keep)
    height, width = image.shape[:2]
    hint_ab = np.zeros((height, width, 2), np.float32)
    mask = np.zeros((height, width), bool)
    cy = ((np.arange(th) + 0.5) * height / th).astype(int)
    cx = ((np.arange(tw) + 0.5) * width / tw).astype(int)
    grid_y, grid_x = np.meshgrid(cy, cx, indexing="ij")
    ys, xs = grid_y.ravel()[confident], grid_x.ravel()[confident]
    hint_ab[ys, xs] = ab[confident]
    mask[ys, xs] = True
    return hint_ab, mask, float(score[confident].mean())


def colorize(
    image: np.ndarray,
    *,
    reference: np.ndarray | None = None,
    hints: np.ndarray | None = None,
    hint_mask: np.ndarray | None = None,
    engine: Any = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> ColorizeResult:
    """Colourise from a reference photo and/or painted hints (painted hints win where both exist)."""
    if reference is None and hints is None:
        raise InvalidInput("Colourising needs a reference colour photo or painted colour hints.")
    height, width = image.shape[:2]
    hint_ab = np.zeros((height, width, 2), np.float32)
    mask = np.zeros((height, width), bool)
    params: dict[str, Any] = {"sources": []}
    model_info = None
    if reference is not None:
        from app.vision.engine import default_engine

        engine = engine or default_engine()
        progress(Progress(0.1, "matching the reference photo"))
        model = engine.model(BACKBONE_ID)
        ref_ab, ref_mask, mean_similarity = reference_hints(image, reference, model)
        hint_ab[ref_mask], mask[ref_mask] = ref_ab[ref_mask], True
        params["sources"].append("reference")
        params["reference_mean_similarity"] = round(mean_similarity, 4)
        model_info = engine.registry.get(BACKBONE_ID).provenance()
    if cancel is not None:
        cancel.raise_if_cancelled()
    if hints is not None:
        if hints.shape[:2] != image.shape[:2]:
            raise InvalidInput("The colour-hints image must have the same size as the photo.")
        painted_ab, painted_mask = painted_hint_mask(hints, hint_mask)
        if not painted_mask.any() and reference is None:
            raise InvalidInput("The colour-hints image has no coloured strokes to follow.")
        hint_ab[painted_mask], mask[painted_mask] = painted_ab[painted_mask], True
        params["sources"].append("hints")
        params["hint_pixels"] = int(painted_mask.sum())
    progress(Progress(0.5, "spreading the colours"))
    result = _solve(image, hint_ab, mask, params)
    progress(Progress(1.0, "colourised"))
    return ColorizeResult(result.image, result.params, model_info)
