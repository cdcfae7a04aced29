"""Why the model thinks so: a Grad-CAM heat-map of the top label, drawn over the photo.

Grad-CAM (Selvaraju et al. 2017) weights each channel of the last convolutional map by the
gradient of the class score with respect to it. Because our heads sit on the *frozen* backbone,
the gradient is only needed from the pooled map to the logit (pooling, power transform,
normalisation, linear head): the backbone runs once without autograd, and the backward pass
through the head costs well under a millisecond. A heat-map therefore costs one forward pass.

The map covers the centre crop the model actually looked at; outside it the photo is dimmed,
which is itself honest information for a visitor ("the model did not look here").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import torch

from app.vision.recognition.backbone import centre_crop, check_rgb, to_batch
from app.vision.recognition.classify import Classifier, LabelScore, Prediction
from app.vision.recognition.concepts import heritage_hints, top_concepts
from app.vision.recognition.views import window_probabilities

#: Heat-map opacity at the hottest point.
_ALPHA = 0.55
#: Brightness kept outside the region the model saw.
_OUTSIDE = 0.45


@dataclass(frozen=True)
class Explanation:
    """A heat-map for one prediction: ``overlay`` is the photo with the map drawn on it (RGB uint8)."""

    overlay: np.ndarray
    heatmap: np.ndarray  # float32 H×W in [0, 1], same size as the photo
    label: LabelScore | None
    prediction: Prediction
    box: tuple[int, int, int, int]  # x, y, w, h of the region the model looked at
    concepts: list[tuple[str, float]]  # the backbone's top ImageNet concepts ("looks like…")
    hints: dict[str, float]  # heritage types suggested by those concepts

    def to_json(self) -> dict[str, Any]:
        """The prediction plus the evidence shown next to the heat-map."""
        return {
            **self.prediction.to_json(),
            "explained_label": self.label.id if self.label else None,
            "looked_at": list(self.box),
            "imagenet_concepts": [{"name": n, "probability": round(p, 4)} for n, p in self.concepts],
            "heritage_hints": self.hints,
        }


def _crop_box(image: np.ndarray, view_name: str = "centre") -> tuple[int, int, int, int]:
    """Where in the photo the model's view came from: the centre square, or all of it."""
    height, width = image.shape[:2]
    if view_name == "whole":
        return 0, 0, width, height
    side = centre_crop(image).shape[0]
    return (width - side) // 2, (height - side) // 2, side, side


def class_activation(
    classifier: Classifier, view: np.ndarray, top: int = 3
) -> tuple[np.ndarray, Prediction, np.ndarray]:
    """Grad-CAM (h×w, in [0, 1]) of the top known label of a view, its prediction and ImageNet logits.

    One forward pass serves both: the prediction comes from the same pooled map the
    gradient flows through, so the heat-map always explains the answer that is shown.
    """
    backbone, head = classifier.backbone, classifier.model.head
    # The same (int8 on the CPU) maps as tagging: the gradient starts at the maps, not in the network.
    maps = backbone.feature_maps(to_batch([view])).float()
    pooled = maps.mean(dim=(2, 3))
    imagenet_logits = backbone.imagenet_logits(pooled)
    # The same window-averaged concepts as tagging, so the explained answer is the tagged answer.
    pooled_array = pooled.cpu().numpy()
    prediction = classifier.predict_features(pooled_array, window_probabilities(backbone, maps), top)[0]
    # The classifier's reference gallery (if it has one) names the subject from the same features.
    prediction = classifier.with_subjects([prediction], pooled_array)[0]
    labels = classifier.model.labels
    top_label = prediction.top
    class_index = next(i for i, label in enumerate(labels) if top_label is not None and label.id == top_label.id)
    maps = maps.cpu().clone().requires_grad_(True)  # clone: inference-mode tensors cannot enter autograd
    with torch.enable_grad():
        root = maps.mean(dim=(2, 3)).clamp_min(1e-6).sqrt()  # clamp: sqrt has an infinite slope at 0
        vector = root / root.norm(dim=1, keepdim=True)
        if head.centre is not None:  # as HeadParams.prepare: centre, then normalise again
            vector = vector - torch.from_numpy(head.centre)
            vector = vector / vector.norm(dim=1, keepdim=True).clamp_min(1e-8)
        logits = ((vector - torch.from_numpy(head.mean)) / head.scale) @ torch.from_numpy(head.weight).T
        logits[0, class_index].backward()
    assert maps.grad is not None
    channel_weights = maps.grad[0].mean(dim=(1, 2))
    cam = torch.relu((channel_weights[:, None, None] * maps[0].detach()).sum(dim=0)).numpy()
    peak = float(cam.max())
    heat = (cam / peak if peak > 0 else cam).astype(np.float32)
    return heat, prediction, imagenet_logits[0].cpu().numpy()


def render_overlay(image: np.ndarray, cam: np.ndarray, box: tuple[int, int, int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Upsample ``cam`` into ``box`` and blend a colour map over the photo; returns (overlay, heatmap)."""
    height, width = image.shape[:2]
    x, y, w, h = box
    heat = np.zeros((height, width), np.float32)
    heat[y : y + h, x : x + w] = cv2.resize(cam, (w, h), interpolation=cv2.INTER_CUBIC).clip(0.0, 1.0)
    colours = cv2.applyColorMap((heat * 255).astype(np.uint8), cv2.COLORMAP_TURBO)[..., ::-1].astype(np.float32)
    alpha = (_ALPHA * heat)[..., None]
    overlay = image.astype(np.float32) * (1.0 - alpha) + colours * alpha
    outside = np.full((height, width, 1), _OUTSIDE, np.float32)
    outside[y : y + h, x : x + w] = 1.0
    return np.clip(overlay * outside, 0, 255).astype(np.uint8), heat


def explain(classifier: Classifier, image: np.ndarray, *, max_side: int = 1024, top: int = 3) -> Explanation:
    """Classify ``image`` and return the heat-map of its top label over a (≤ ``max_side``) copy of it."""
    check_rgb(image)
    scale = max_side / max(image.shape[:2])
    if scale < 1.0:
        size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    box = _crop_box(image, classifier.view_name)
    view = classifier.view(image)
    cam, prediction, imagenet_logits = class_activation(classifier, view, top)
    overlay, heat = render_overlay(image, cam, box)
    return Explanation(
        overlay, heat, prediction.top, prediction, box, top_concepts(imagenet_logits), heritage_hints(imagenet_logits)
    )
