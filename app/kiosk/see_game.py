""" "What does the AI see?": the default tagger's honest answer, its heat-map and the subject it names.

Qt-free. :func:`load_seer` builds the classifier once (worker thread); :func:`look` runs one photo
through it and returns what the kiosk shows: the top answers with their calibrated probabilities
(they and the "not heritage" share sum to at most 1), whether the AI should say "I don't know",
the Grad-CAM overlay of where it looked and, when the museum's reference gallery recognises the
photo, the subject whose fact card to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

#: Long side of the photo the heat-map is drawn on (the kiosk shows it at about this size).
LOOK_SIDE = 800
TOP = 3
#: Reason code for a photo with (almost) nothing in it: the tagger still picks a type for a flat grey
#: frame (measured: "Painting and document", 57 %), so the kiosk checks for detail itself.
BLANK = "blank"
#: Below this standard deviation of grey levels (0–255) a photo counts as blank.
BLANK_STD = 6.0


def is_blank(image: np.ndarray) -> bool:
    """True when the photo is (nearly) one flat colour: there is nothing for the AI to recognise."""
    grey = image.astype(np.float32).mean(axis=2)
    return float(grey.std()) < BLANK_STD


@dataclass(frozen=True)
class Bar:
    """One answer: a heritage-type id, its English name (the UI localises through the taxonomy) and score."""

    id: str
    name_en: str
    score: float


@dataclass(frozen=True, eq=False)
class SeeAnswer:
    bars: tuple[Bar, ...]
    unknown: bool
    reasons: tuple[str, ...]
    overlay: np.ndarray  # the photo with the heat-map drawn on it (RGB uint8)
    photo: np.ndarray  # the same-sized photo without it
    subject_id: str | None  # the reference gallery's subject, when it names one

    @property
    def top(self) -> Bar | None:
        return self.bars[0] if self.bars else None


Seer = Callable[[np.ndarray], SeeAnswer]


def answer_from(explanation, photo: np.ndarray) -> SeeAnswer:  # noqa: ANN001 - recognition.explain.Explanation
    """Turn an :class:`~app.vision.recognition.explain.Explanation` into what the kiosk shows."""
    prediction = explanation.prediction
    bars = tuple(Bar(label.id, label.name_en, float(label.score)) for label in prediction.labels[:TOP])
    subject = prediction.subject
    blank = is_blank(photo)
    return SeeAnswer(
        bars=bars,
        unknown=bool(prediction.unknown) or blank,
        reasons=tuple(prediction.reasons) + ((BLANK,) if blank else ()),
        overlay=explanation.overlay,
        photo=photo,
        subject_id=None if blank else getattr(subject, "id", None),
    )


def load_seer() -> Seer:
    """The default tagger (with the museum's reference gallery when it has one); raises when it cannot load."""
    import cv2

    from app.vision.recognition.classify import Classifier
    from app.vision.recognition.explain import explain

    classifier = Classifier()
    try:
        from app.vision.subjects.match import SubjectMatcher

        matcher = SubjectMatcher.from_gallery(backbone_sha256=classifier.backbone.spec.weights.sha256)
        classifier.subjects = matcher if len(matcher) else None
    except Exception:  # noqa: BLE001 - a broken gallery only costs the subject names, never the answer
        classifier.subjects = None

    def look(image: np.ndarray) -> SeeAnswer:
        scale = LOOK_SIDE / max(image.shape[:2])
        if scale < 1.0:
            size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        return answer_from(explain(classifier, image, max_side=LOOK_SIDE, top=TOP), image)

    return look
