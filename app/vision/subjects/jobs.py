"""Qt-free jobs for the Studio's reference photos: recognise with names, add, create, read thumbnails.

Each factory returns an :class:`app.jobs.Job`; ``app/ui/runner.py`` runs it on a worker thread. The
gallery is read inside the job every time, so a subject added a moment ago is named by the very
next recognition: nothing is trained, nothing is cached between runs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.domain.progress import CancelToken, Progress, ProgressCallback
from app.imaging.io import load_preview
from app.jobs import Job
from app.vision.recognition import DEFAULT_MODEL_ID
from app.vision.subjects.gallery import Gallery
from app.vision.subjects.manage import AddResult, PhotoCredit, add_photos, create_subject

if TYPE_CHECKING:
    from app.vision.recognition.explain import Explanation

# Torch is imported by the work functions, on the worker thread: the page that lists thumbnails
# imports this module and must open without waiting for it.


@dataclass(frozen=True)
class Recognition:
    """A heat-map explanation whose prediction carries the gallery's subject (or None), and the gallery's size.

    ``references`` counts the reference photos the matcher held (0: the gallery is empty, so no site
    could be named whatever the photo); ``thumbnail`` is the matched reference's stored thumbnail.
    """

    explanation: Explanation
    subjects: int
    references: int
    thumbnail: np.ndarray | None = None

    @property
    def prediction(self):  # noqa: ANN201 - classify.Prediction
        return self.explanation.prediction


def read_thumbnail(path: str | os.PathLike[str]) -> np.ndarray | None:
    """A stored reference thumbnail as RGB uint8, or None when it is missing or unreadable."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            return np.asarray(image.convert("RGB"))
    except (OSError, UnidentifiedImageError, ValueError):
        return None


def recognise_job(
    path: str | os.PathLike[str], model_id: str = DEFAULT_MODEL_ID, gallery: Gallery | None = None
) -> Job[Recognition]:
    """Classify one photo, draw its heat-map and name its subject from the reference gallery."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> Recognition:
        from app.vision.recognition.classify import Classifier
        from app.vision.recognition.explain import explain
        from app.vision.recognition.jobs import EXPLAIN_SIDE
        from app.vision.subjects.match import SubjectMatcher

        image = load_preview(path, EXPLAIN_SIDE).pixels
        cancel.raise_if_cancelled()
        classifier = Classifier(model_id)
        matcher = SubjectMatcher.from_gallery(gallery, backbone_sha256=classifier.backbone.spec.weights.sha256)
        classifier.subjects = matcher if len(matcher) else None
        explanation = explain(classifier, image, max_side=EXPLAIN_SIDE)
        subject = explanation.prediction.subject
        thumbnail = read_thumbnail(subject.thumbnail) if subject is not None and subject.thumbnail else None
        references = sum(len(record.references) for record in matcher.records)
        return Recognition(explanation, len(matcher), references, thumbnail)

    return Job("Recognise the photo", work)


def add_photos_job(
    subject_id: str, photos: Sequence[str | Path], credits: Mapping[str, PhotoCredit] | None = None,
    gallery: Gallery | None = None,
) -> Job[AddResult]:
    """Add reference photos to a subject (a taxonomy subject is created on its first photo)."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> AddResult:
        progress(Progress(0.1, subject_id))
        return add_photos(subject_id, photos, credits=credits, gallery=gallery)

    return Job(f"Add reference photos of “{subject_id}”", work)


def create_subject_job(
    subject_id: str,
    photos: Sequence[str | Path],
    *,
    name_en: str,
    name_ko: str | None = None,
    type_id: str | None = None,
    credits: Mapping[str, PhotoCredit] | None = None,
    gallery: Gallery | None = None,
) -> Job[AddResult]:
    """Create a museum's own subject with its first reference photos."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> AddResult:
        progress(Progress(0.1, subject_id))
        return create_subject(
            subject_id, photos, name_en=name_en, name_ko=name_ko, type_id=type_id, credits=credits, gallery=gallery
        )

    return Job(f"Create the subject “{subject_id}”", work)


def thumbnails_job(files: Mapping[str, Path]) -> Job[dict[str, np.ndarray]]:
    """Decode stored thumbnails (key → file); keys whose file cannot be read are left out."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for key, path in files.items():
            cancel.raise_if_cancelled()
            pixels = read_thumbnail(path)
            if pixels is not None:
                found[key] = pixels
        return found

    return Job("Read reference thumbnails", work)
