"""Tagging photos with a recognition model: labels, calibrated scores and an explicit "unknown".

A photo is "unknown" when any of four independent signals says so, and the answer records which:

* ``not_heritage``  – the head's own top class is a "none of the above" label;
* ``concept_gate``  – the backbone's ImageNet head is confident the photo shows an everyday
  non-heritage thing (an animal, vehicle, food…), for models whose card enables the gate;
* ``low_confidence`` – the temperature-calibrated top probability is under the threshold
  chosen on held-out folds;
* ``unfamiliar``    – the photo is far (cosine) from every class's training examples, which
  catches confident softmax answers on photos unlike anything the model was taught.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import torch

from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.vision.engine import Engine
from app.vision.recognition import DEFAULT_MODEL_ID
from app.vision.recognition.backbone import (
    BATCH_SIZE,
    Backbone,
    resize_square,
    shared_backbone,
    standard_view,
    torch_threads,
)
from app.vision.recognition.features import STANDARD_VIEWS, flipped, transform
from app.vision.recognition.fusion import fused_probabilities, with_silent_column
from app.vision.recognition.imagenet_map import not_heritage_mass
from app.vision.recognition.loading import PREVIEW_SIDE, Loaded, batched, iter_loaded
from app.vision.recognition.store import RecognitionModel, load_recognition_model
from app.vision.recognition.views import embed_with_window_probs
from app.vision.registry import ModelRegistry

NOT_HERITAGE, CONCEPT_GATE, LOW_CONFIDENCE, UNFAMILIAR = "not_heritage", "concept_gate", "low_confidence", "unfamiliar"
#: Every code a :class:`Prediction` can give in ``reasons`` (the UI has a sentence for each).
UNKNOWN_REASONS = (NOT_HERITAGE, CONCEPT_GATE, LOW_CONFIDENCE, UNFAMILIAR)

#: Test-time views averaged with ``tta``: +3 to +4 points on the Kodak proxy, at 3× the cost.
TTA_VIEWS = ("centre", "mirrored", "whole")


def tta_views(image: np.ndarray) -> list[np.ndarray]:
    """The standard centre view, its mirror image and the whole photo squeezed to a square."""
    centre = standard_view(image)
    return [centre, flipped(centre), resize_square(image)]


class SubjectNamer(Protocol):
    """Names the museum's own subject of each photo from the pooled features tagging computed anyway.

    ``match`` takes (N, D) pooled features, or (N, Q, D) for Q views of each photo, and returns one
    answer (an object with ``to_json()``) or None per photo. ``app.vision.subjects.match.SubjectMatcher``
    is the implementation; recognition does not import it, so the gallery stays a room of its own.
    """

    def match(self, pooled: np.ndarray) -> Sequence[Any]: ...


@dataclass(frozen=True)
class LabelScore:
    """One candidate label with its calibrated probability."""

    id: str
    name_en: str
    name_ko: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name_en": self.name_en, "name_ko": self.name_ko, "score": round(self.score, 4)}


@dataclass(frozen=True)
class Prediction:
    """The answer for one photo. ``labels`` are best first; ``unknown`` says not to trust them."""

    labels: tuple[LabelScore, ...]
    unknown: bool
    reasons: tuple[str, ...] = ()
    not_heritage: float = 0.0
    similarity: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)
    #: The museum's own subject this photo shows (a ``SubjectMatch``), or None; see :class:`SubjectNamer`.
    subject: Any = None

    @property
    def top(self) -> LabelScore | None:
        return self.labels[0] if self.labels else None

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": [label.to_json() for label in self.labels],
            "unknown": self.unknown,
            "unknown_reasons": list(self.reasons),
            "not_heritage_concepts": round(self.not_heritage, 4),
            "similarity": round(self.similarity, 4),
            "subject": self.subject.to_json() if self.subject is not None else None,
        }


@dataclass(frozen=True)
class PathResult:
    """A classified file, or the reason it was skipped."""

    path: Path
    prediction: Prediction | None
    error: str = ""


class Classifier:
    """A recognition model bound to the shared backbone; thread-safe for predictions."""

    def __init__(
        self,
        model_id: str = DEFAULT_MODEL_ID,
        *,
        engine: Engine | None = None,
        registry: ModelRegistry | None = None,
        tta: bool = False,
        subjects: SubjectNamer | None = None,
    ) -> None:
        self.tta = tta
        #: Reference gallery that names subjects from the same pooled features (None: no names).
        self.subjects = subjects
        self.backbone: Backbone = shared_backbone(engine)
        registry = registry or self.backbone.engine.registry
        self.model: RecognitionModel = load_recognition_model(registry, model_id, self.backbone.spec.weights.sha256)
        self.view_name = str(self.model.spec.arch_params.get("view", "centre"))
        # The card names the view its model was fitted on: the centre crop or the whole photo.
        self._view = STANDARD_VIEWS.get(self.view_name, standard_view)

    def view(self, image: np.ndarray) -> np.ndarray:
        """The 224 px view this model was fitted on (centre crop or whole photo)."""
        return self._view(image)

    @property
    def model_id(self) -> str:
        return self.model.spec.id

    def provenance(self, top: int = 3) -> dict[str, Any]:
        """Which model, backbone and settings produced the answers (for every JSON output)."""
        head = self.model.head
        return {
            **self.model.spec.provenance(),
            "backbone": self.backbone.provenance(),
            "parameters": {
                "top": top,
                "tta": list(TTA_VIEWS) if self.tta else [self.view_name],
                "concept_views": "full map + five 5×5 windows, ImageNet probabilities averaged",
                "temperature": round(head.temperature, 5),
                "threshold": round(head.threshold, 5),
                "min_similarity": round(head.min_similarity, 5),
                "concept_gate": self.model.open_set.concept_gate,
                "gate_threshold": self.model.open_set.gate_threshold,
            },
        }

    def predict_features(self, pooled: np.ndarray, imagenet_probs: np.ndarray, top: int = 3) -> list[Prediction]:
        """Predictions from pooled backbone embeddings and ImageNet probabilities (N rows each)."""
        return self.predict_vectors(transform(pooled), imagenet_probs, top)

    def probabilities(self, vectors: np.ndarray, imagenet_probs: np.ndarray) -> np.ndarray:
        """(N, K) calibrated label probabilities: the head's, or the fused answer of a fused model."""
        probs = self.model.head.probabilities(vectors)
        fusion = self.model.fusion
        if fusion is None:
            return probs
        if probs.shape[1] == fusion.evidence.shape[1] - 1:
            probs = with_silent_column(probs)
        everyday = None if fusion.everyday is None else fusion.everyday.logit(vectors)
        return fused_probabilities(imagenet_probs.astype(np.float64) @ fusion.evidence, probs, fusion.params, everyday)

    def predict_vectors(self, vectors: np.ndarray, imagenet_probs: np.ndarray, top: int = 3) -> list[Prediction]:
        """Predictions from transformed (unit-length) vectors and ImageNet probabilities (N rows each)."""
        if len(vectors) == 0:
            return []
        head, labels = self.model.head, self.model.labels
        probs = self.probabilities(vectors, imagenet_probs)
        similarity = head.similarity(vectors)
        mass = not_heritage_mass(imagenet_probs)
        unknown_label = np.array([label.unknown for label in labels])
        known = np.flatnonzero(~unknown_label)
        results = []
        for row in range(len(vectors)):
            order = known[np.argsort(-probs[row, known])][: max(1, top)]
            reasons = []
            best = int(np.argmax(probs[row]))
            if labels[best].unknown:
                reasons.append(NOT_HERITAGE)
            if self.model.open_set.concept_gate and mass[row] > self.model.open_set.gate_threshold:
                reasons.append(CONCEPT_GATE)
            if probs[row, best] < head.threshold:
                reasons.append(LOW_CONFIDENCE)
            nearest = float(similarity[row, known].max()) if len(known) else 0.0
            if nearest < head.min_similarity:
                reasons.append(UNFAMILIAR)
            scores = tuple(
                LabelScore(labels[i].id, labels[i].name_en, labels[i].name_ko, float(probs[row, i])) for i in order
            )
            results.append(Prediction(scores, bool(reasons), tuple(reasons), float(mass[row]), nearest))
        return results

    def classify_images(self, images: Sequence[np.ndarray], top: int = 3) -> list[Prediction]:
        """Tag RGB uint8 photos (any size); with ``tta`` three views of each photo are averaged."""
        if not self.tta:
            pooled, concept_probs = embed_with_window_probs(self.backbone, [self.view(image) for image in images])
            return self.with_subjects(self.predict_features(pooled, concept_probs, top), pooled)
        views = [view for image in images for view in tta_views(image)]
        pooled, concept_probs = embed_with_window_probs(self.backbone, views)
        n = len(TTA_VIEWS)
        vectors = transform(pooled).reshape(len(images), n, -1).mean(axis=1)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-8)
        predictions = self.predict_vectors(vectors, concept_probs.reshape(len(images), n, -1).mean(axis=1), top)
        return self.with_subjects(predictions, pooled.reshape(len(images), n, -1))

    def with_subjects(self, predictions: list[Prediction], pooled: np.ndarray) -> list[Prediction]:
        """Predictions with the gallery's subject filled in from the pooled features already computed."""
        if self.subjects is None or not predictions:
            return predictions
        matches = self.subjects.match(pooled)
        return [replace(p, subject=m) for p, m in zip(predictions, matches, strict=True)]

    def classify_loaded(self, items: Sequence[Loaded], top: int = 3) -> list[PathResult]:
        """Tag a batch of decoded files; unreadable ones come back with their error."""
        readable = [item for item in items if item.pixels is not None]
        predictions = iter(self.classify_images([item.pixels for item in readable], top) if readable else [])
        return [
            PathResult(item.path, next(predictions) if item.pixels is not None else None, item.error) for item in items
        ]

    def classify_paths(
        self,
        paths: Sequence[Path],
        top: int = 3,
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
        *,
        decode_workers: int = 2,
    ) -> Iterator[PathResult]:
        """Tag files in order, decoding ahead in threads while the network runs; never stops on a bad file."""
        cancel = cancel or CancelToken()
        done = 0
        loaded = iter_loaded(paths, PREVIEW_SIDE, workers=decode_workers)
        # Decoders and torch share the cores: torch gets what the decoders leave (at least one).
        # Set per batch, not across the yield, so the caller's own torch work is unaffected.
        threads = torch.get_num_threads() - (decode_workers if len(paths) > 1 else 0)
        try:
            for batch in batched(loaded, BATCH_SIZE):
                cancel.raise_if_cancelled()
                with torch_threads(threads):
                    results = self.classify_loaded(batch, top)
                yield from results
                done += len(batch)
                progress(Progress(done / max(1, len(paths)), f"{done} / {len(paths)} photos"))
        finally:
            loaded.close()
