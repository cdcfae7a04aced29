"""Name a photo by its nearest reference photos: centred cosine similarity with a margin.

Method (numpy only, vectorised; about a millisecond per photo at 50 references):

1. **Same vectors as the rest of recognition.** Pooled backbone features are power-transformed and
   L2-normalised (:func:`app.vision.recognition.features.transform`).
2. **Centred.** Every photo shares a large "this is a photo" component, so raw cosines between
   unrelated photos are already 0.5–0.7 and a fixed threshold cannot tell a match from a mood.
   Subtracting the mean vector of a set of everyday photos (:mod:`generic_mean`) removes it: after
   re-normalising, unrelated photos score near 0 and views of one subject well above.
3. **Nearest reference.** A subject's score is its best cosine over its reference photos × their
   stored views × the query's views (one view in plain ``classify``, three with ``--tta``).
4. **Two thresholds, chosen for precision.** The best subject is named only when its score is at
   least :data:`MIN_SCORE` *and* beats the second-best subject by :data:`MIN_MARGIN`; otherwise the
   answer is ``None``. A wrong name on a museum label costs more than a missing one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.domain.errors import InvalidInput, ModelUnavailable
from app.vision.recognition.features import transform
from app.vision.subjects.gallery import Gallery, Reference, SubjectRecord
from app.vision.subjects.generic_mean import load_generic_mean

log = logging.getLogger(__name__)

#: Least centred cosine between the query and a subject's nearest reference for a name. Chosen on
#: real multi-view photos (``python -m benchmarks.subjects_match``, docs/subjects.md): 6 places × 2
#: reference photos, 50 photos of them from other viewpoints, 54 photos of places not in the gallery
#: and 5 067 everyday photos (Caltech-101/BSDS500/ImageNet train split; 5 010 eval photos confirm).
#: With MIN_MARGIN below, query view "whole": 49/50 named, 0 wrong, 4/54 unknown places and 0.12 %
#: of everyday photos named; view "centre": 44/50, 0 wrong, 3/54, 0.10 %. 0.45 costs 4–8 % coverage
#: for no precision gain; 0.35 names everyday photos twice as often (0.16 %, 0.14 %).
MIN_SCORE = 0.40
#: Least lead of the best subject over the second best (over 0 with a single subject). The same
#: test: 0.10 instead of 0.05 cuts photos of places *not* in the gallery named as another place from
#: 12/54 to 4/54 at no loss of coverage with the "whole" view (4/50 with "centre").
MIN_MARGIN = 0.10


@dataclass(frozen=True)
class SubjectMatch:
    """The subject a photo shows, how sure, and which reference photo (and view) it resembled most."""

    id: str
    name_en: str
    name_ko: str
    type: str
    score: float
    margin: float
    reference: Reference
    reference_view: str
    thumbnail: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name_en": self.name_en,
            "name_ko": self.name_ko,
            "type": self.type,
            "score": round(self.score, 4),
            "margin": round(self.margin, 4),
            "reference": {
                "path": self.reference.path,
                "sha256": self.reference.sha256,
                "view": self.reference_view,
                "thumbnail": self.thumbnail,
            },
        }


def centred_vectors(pooled: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """Pooled features (..., D) → transformed, centred, unit-length vectors (float32, same shape)."""
    shape = pooled.shape
    vectors = transform(pooled.reshape(-1, shape[-1])) - mean.astype(np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-8)
    return vectors.reshape(shape).astype(np.float32, copy=False)


class SubjectMatcher:
    """The stored references as one matrix; :meth:`match` names photos from their pooled features."""

    def __init__(
        self,
        entries: Sequence[tuple[SubjectRecord, np.ndarray]],
        mean: np.ndarray | None,
        *,
        thumbnails_root: Any = None,
        min_score: float = MIN_SCORE,
        min_margin: float = MIN_MARGIN,
    ) -> None:
        """``entries``: each subject's record and its (references, views, D) pooled features."""
        self.min_score, self.min_margin = float(min_score), float(min_margin)
        self.records = [record for record, features in entries if len(record.references) and features.size]
        self._root = thumbnails_root
        if not self.records:
            self._matrix = np.zeros((0, 1), np.float32)
            self._starts = np.zeros(0, np.intp)
            return
        if mean is None:
            raise ModelUnavailable("Matching subjects needs the generic-photo mean, which is missing.")
        self.mean = np.asarray(mean, np.float32)
        blocks = [features for record, features in entries if record in self.records]
        self._views = [len(record.views) for record in self.records]
        sizes = [block.shape[0] * block.shape[1] for block in blocks]
        self._starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.intp)
        stacked = np.concatenate([block.reshape(-1, block.shape[-1]) for block in blocks])
        self._matrix = centred_vectors(stacked, self.mean)  # (rows, D); rows of one subject together

    @classmethod
    def from_gallery(cls, gallery: Gallery | None = None, backbone_sha256: str | None = None) -> SubjectMatcher:
        """All usable subjects of a gallery; ones embedded by another backbone are left out (logged)."""
        gallery = gallery or Gallery()
        entries = []
        for record in gallery.records():
            if backbone_sha256 and record.backbone.get("sha256") not in (None, backbone_sha256):
                log.warning("Subject %s was embedded with another backbone; add its photos again.", record.id)
                continue
            try:
                entries.append((record, gallery.embeddings(record)))
            except InvalidInput as exc:
                log.warning("%s", exc)
        mean = load_generic_mean(backbone_sha256) if entries else None
        return cls(entries, mean, thumbnails_root=gallery.root)

    def __len__(self) -> int:
        return len(self.records)

    def provenance(self) -> dict[str, Any]:
        """What the ``subject`` answers were based on (for JSON outputs)."""
        return {
            "subjects": len(self.records),
            "references": sum(len(record.references) for record in self.records),
            "method": "nearest reference, centred cosine (generic-photo mean), max over views",
            "min_score": self.min_score,
            "min_margin": self.min_margin,
        }

    def subject_scores(self, pooled: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(N, S) best score per subject and (N, S) index of the reference row that gave it.

        ``pooled`` is (N, D) or (N, Q, D): Q views of each query, the best view counts.
        """
        queries = pooled[:, None, :] if pooled.ndim == 2 else pooled
        n, q, d = queries.shape
        if not self.records:
            return np.zeros((n, 0), np.float32), np.zeros((n, 0), np.intp)
        vectors = centred_vectors(queries.reshape(n * q, d), self.mean)
        sims = (vectors @ self._matrix.T).reshape(n, q, -1).max(axis=1)  # (N, rows)
        best = np.maximum.reduceat(sims, self._starts, axis=1)  # (N, S)
        ends = np.append(self._starts[1:], sims.shape[1])
        rows = np.stack([np.argmax(sims[:, s:e], axis=1) + s for s, e in zip(self._starts, ends, strict=True)], 1)
        return best, rows

    def match(self, pooled: np.ndarray) -> list[SubjectMatch | None]:
        """The subject each query shows, or None when no subject is close and clearly ahead."""
        pooled = np.asarray(pooled, np.float32)
        best, rows = self.subject_scores(pooled)
        results: list[SubjectMatch | None] = []
        for i in range(best.shape[0]):
            if best.shape[1] == 0:
                results.append(None)
                continue
            order = np.argsort(-best[i])
            top = int(order[0])
            score = float(best[i, top])
            second = float(best[i, order[1]]) if len(order) > 1 else 0.0
            margin = score - max(second, 0.0)
            if score < self.min_score or margin < self.min_margin:
                results.append(None)
                continue
            results.append(self._answer(top, int(rows[i, top]) - int(self._starts[top]), score, margin))
        return results

    def _answer(self, subject: int, row: int, score: float, margin: float) -> SubjectMatch:
        record = self.records[subject]
        reference, view = record.references[row // self._views[subject]], record.views[row % self._views[subject]]
        thumbnail = str(self._root / record.id / reference.thumbnail) if self._root is not None else ""
        return SubjectMatch(
            record.id, record.name_en, record.name_ko, record.type, score, margin, reference, view, thumbnail
        )
