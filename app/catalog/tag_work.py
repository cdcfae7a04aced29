"""The unit of work of batch tagging: a batch of file paths → embeddings and label scores.

Nothing here touches the catalogue. Only the process that owns the SQLite file writes it
(:mod:`app.catalog.tagging`), so this function can run in that process or on any worker of a
scale-out executor: it takes file paths and model ids and returns plain, picklable results that
say which exact model (id, version, sha256) produced them.

It reuses the recognition package's fast path: draft JPEG decoding to a 512 px preview in a small
thread pool (``loading.iter_loaded``), one batched pass of the (int8 on the CPU) backbone per view
the models need, and every model's head on the same features. The default tagger looks at the
centre view, so the centre-view embedding stored for "similar to this" costs nothing extra.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.vision.recognition.classify import Classifier
from app.vision.recognition.features import STANDARD_VIEWS, transform
from app.vision.recognition.loading import PREVIEW_SIDE, Loaded, iter_loaded
from app.vision.recognition.similarity import perceptual_hash
from app.vision.recognition.views import embed_with_window_probs

#: AI tags kept per photo and model: the best few, enough for a curator to pick another answer.
TAGS_PER_MODEL = 3
#: …of which those below this score are left out (the best one is always kept).
MIN_TAG_SCORE = 0.02
#: The view whose embedding is stored for similarity search (that of ``recognition similar``).
EMBEDDING_VIEW = "centre"
#: Decoding threads per batch (Pillow releases the GIL while decoding).
DECODE_WORKERS = 2


@dataclass(frozen=True)
class ModelIdentity:
    """Which exact model produced an answer."""

    id: str
    version: str
    sha256: str


@dataclass(frozen=True)
class ModelAnswer:
    """One model's answer for one photo: (label id, calibrated score) best first, and its unknown flag."""

    labels: tuple[tuple[str, float], ...]
    unknown: bool


@dataclass(frozen=True)
class PhotoResult:
    """One photo of a batch: its answers (in the batch's model order) and embedding, or why it failed."""

    path: str
    error: str = ""
    answers: tuple[ModelAnswer, ...] = ()
    vector: np.ndarray | None = None  # float32 (D,), unit length: power-transformed pooled embedding
    phash: int | None = None  # 64-bit perceptual hash of the decoded preview


@dataclass(frozen=True)
class BatchResult:
    """What one batch produced, with the identity of everything that produced it."""

    models: tuple[ModelIdentity, ...]
    embedding_sha256: str
    photos: tuple[PhotoResult, ...]


class Tagger:
    """Loaded models that tag batches of photos; thread-safe (torch inference is re-entrant)."""

    def __init__(self, model_ids: Sequence[str]) -> None:
        self.classifiers = [Classifier(model_id) for model_id in model_ids]
        self.backbone = self.classifiers[0].backbone
        self.models = tuple(
            ModelIdentity(c.model.spec.id, c.model.spec.version, c.model.spec.weights.sha256) for c in self.classifiers
        )

    def tag_loaded(self, items: Sequence[Loaded]) -> BatchResult:
        """Tag already decoded photos; unreadable ones come back with their error."""
        pixels = [item.pixels for item in items if item.pixels is not None]
        features: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        if pixels:
            for name in sorted({EMBEDDING_VIEW} | {c.view_name for c in self.classifiers}):
                views = [STANDARD_VIEWS[name](p) for p in pixels]
                pooled, concept_probs = embed_with_window_probs(self.backbone, views)
                features[name] = (transform(pooled), concept_probs)
            per_model = [self._answers(c, *features[c.view_name]) for c in self.classifiers]
            answers = iter(list(zip(*per_model, strict=True)))
            vectors = iter(features[EMBEDDING_VIEW][0])
        photos = []
        for item in items:
            if item.pixels is None:
                photos.append(PhotoResult(str(item.path), item.error or f"“{item.path}” could not be read."))
            else:
                photos.append(
                    PhotoResult(str(item.path), "", tuple(next(answers)), next(vectors), perceptual_hash(item.pixels))
                )
        return BatchResult(self.models, self.backbone.spec.weights.sha256, tuple(photos))

    @staticmethod
    def _answers(classifier: Classifier, vectors: np.ndarray, concept_probs: np.ndarray) -> list[ModelAnswer]:
        probs = np.clip(classifier.probabilities(vectors, concept_probs), 0.0, 1.0)
        verdicts = classifier.predict_vectors(vectors, concept_probs, top=1)
        ids = [label.id for label in classifier.model.labels]
        answers = []
        for row, verdict in zip(probs, verdicts, strict=True):
            order = np.argsort(-row)[:TAGS_PER_MODEL]
            kept = [(ids[i], float(row[i])) for rank, i in enumerate(order) if rank == 0 or row[i] >= MIN_TAG_SCORE]
            answers.append(ModelAnswer(tuple(kept), verdict.unknown))
        return answers

    def tag_paths(self, paths: Sequence[str]) -> BatchResult:
        """Decode a batch at preview size (a few threads) and tag it."""
        loaded = list(iter_loaded([Path(p) for p in paths], PREVIEW_SIDE, workers=DECODE_WORKERS))
        return self.tag_loaded(loaded)


@contextlib.contextmanager
def one_thread_per_stream() -> Iterator[None]:
    """Torch on one intra-op thread while several batches run side by side (process-wide, restored after).

    The engine sets torch's thread count when it first starts, so it is started here first.
    """
    from app.vision.engine import default_engine
    from app.vision.recognition.backbone import torch_threads

    default_engine().device  # noqa: B018 - settles the engine's own thread setting before this one
    with torch_threads(1):
        yield


_taggers: dict[tuple[str, ...], Tagger] = {}
_taggers_lock = threading.Lock()


def tag_batch(paths: Sequence[str], model_ids: Sequence[str]) -> BatchResult:
    """Tag one batch of files with the given models (loaded once per process and kept).

    A plain module-level function of picklable arguments, so a scale-out executor can ship it to
    its workers as it is.
    """
    key = tuple(model_ids)
    with _taggers_lock:
        tagger = _taggers.get(key)
        if tagger is None:
            tagger = _taggers[key] = Tagger(key)
    return tagger.tag_paths(paths)
