"""Recipe that builds the default heritage-type tagger (``models/heritage_types``).

    python -m app.vision.recognition.default_tagger [--per-subject 12] [--seed 0]

Built only from material the project may use:

* the project's own procedural renders of Gyeongju subjects (random view, light, season, crop),
  labelled with their subject's heritage *type* from the taxonomy;
* photos that ship inside scikit-image (astronaut, coffee, a cat, a rocket, textures…) as the
  explicit ``not_heritage`` class;
* the backbone's ImageNet concepts, as the "clearly not heritage" gate (see ``concepts.py``).

Renders are not photographs: the tagger's accuracy on real photos is unknown until a real
heritage set is evaluated (``gyeongju-ai evaluate``); its model card says so. Re-run this recipe
when subject renderers are added: types without a renderer cannot be predicted.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

import numpy as np

from app.config.paths import BUILTIN_MODELS_DIR
from app.content.render.spec import SUBJECT_IDS
from app.content.taxonomy import load_taxonomy
from app.content.training_data import iter_renders
from app.vision.recognition.backbone import shared_backbone
from app.vision.recognition.concepts import GATE_THRESHOLD
from app.vision.recognition.features import random_view
from app.vision.recognition.store import Label, OpenSet, build_card, label_names, save_head_model
from app.vision.recognition.teach import train_head
from app.vision.recognition.trainset import embed_training_set

log = logging.getLogger(__name__)

MODEL_ID = "heritage_types"
#: Side of the square, jittered "photo" made from each render (see ``build``).
PHOTO_SIDE = 320
NOT_HERITAGE = "not_heritage"
#: scikit-image photos used as "not heritage" examples. The cat (chelsea) and the motorcycle are
#: deliberately left out: tests use them as unseen everyday photos that must come out "unknown".
NEGATIVE_PHOTOS = (
    "astronaut", "coffee", "rocket", "clock", "cell", "immunohistochemistry",
    "hubble_deep_field", "retina", "camera", "coins", "page", "text", "brick", "grass", "gravel", "moon",
)  # fmt: skip

LIMITATIONS = [
    "Trained on procedural renders of Gyeongju subjects, not on photographs: accuracy on real photos is "
    "not measured by the project; evaluate it on your own labelled photos with “gyeongju-ai evaluate”.",
    "Only predicts the heritage types listed in [labels]; other types (and materials) are never suggested.",
    "Tells types apart, not individual monuments (Dabotap and Seokgatap are both 'pagoda'); "
    "teach a model by example for that.",
    "“unknown” means: looks like an everyday object (ImageNet concept gate), too unlike the training "
    "renders, or not confident enough; it is not a judgement that a photo has no heritage value.",
]


def available_subjects() -> list[str]:
    """Subjects whose renderer exists in this checkout (others are still being written)."""
    from app.content.render.catalog import renderer_for

    found = []
    for subject in SUBJECT_IDS:
        try:
            renderer_for(subject)
        except (ImportError, KeyError):
            log.warning("no renderer for %s yet; skipped", subject)
            continue
        found.append(subject)
    return found


def negative_photos() -> list[np.ndarray]:
    """The scikit-image sample photos as RGB uint8."""
    import skimage.data

    photos = []
    for name in NEGATIVE_PHOTOS:
        image = np.asarray(getattr(skimage.data, name)())
        if image.ndim == 2:
            image = np.repeat(image[..., None], 3, axis=2)
        if image.dtype != np.uint8:
            image = (255 * (image - image.min()) / max(float(np.ptp(image)), 1e-8)).astype(np.uint8)
        photos.append(np.ascontiguousarray(image[..., :3]))
    return photos


def build(per_subject: int = 12, seed: int = 0, out_dir: Path = BUILTIN_MODELS_DIR) -> Path:
    """Render, embed, cross-validate and save the default tagger; returns its folder."""
    started = time.perf_counter()
    taxonomy = load_taxonomy()
    subjects = available_subjects()
    type_of = {s: taxonomy.subject_by_id(s).type_id for s in subjects}
    type_ids = sorted(set(type_of.values())) + [NOT_HERITAGE]
    images: list[np.ndarray] = []
    labels: list[int] = []
    renders = iter_renders(seed, size=(400, 300), subjects=subjects, out_size=None, min_crop=0.5)
    rng = np.random.default_rng(seed)
    for _ in range(per_subject * len(subjects)):
        sample = next(renders)
        # A clean render is easier than any photo; cross-validating (and so calibrating the
        # "unknown" threshold) on jittered copies keeps the threshold from being absurdly strict.
        images.append(random_view(sample.image, rng, PHOTO_SIDE))
        labels.append(type_ids.index(type_of[sample.subject_id]))
    for photo in negative_photos():
        images.append(photo)
        labels.append(type_ids.index(NOT_HERITAGE))
    backbone = shared_backbone()
    data = embed_training_set(backbone, images, labels, seed=seed, view_budget=1200)
    head, cv = train_head(data, len(type_ids), seed=seed)
    label_objs = [Label(t, *label_names(t)) for t in type_ids[:-1]]
    label_objs.append(Label(NOT_HERITAGE, "Not heritage", "문화유산 아님", unknown=True))
    card = build_card(
        model_id=MODEL_ID,
        version="0.1.0",
        labels=label_objs,
        backbone_sha256=backbone.spec.weights.sha256,
        head=head,
        origin="project recipe app/vision/recognition/default_tagger.py: procedural renders of "
        f"{len(subjects)} Gyeongju subjects + {len(NEGATIVE_PHOTOS)} scikit-image photos as not-heritage",
        licence="Apache-2.0",
        description_en="Default heritage-type tagger with an explicit 'unknown' answer (trained on renders).",
        description_ko="'알 수 없음' 판정을 포함한 기본 유산 유형 태거 (렌더 이미지로 학습).",
        metrics={
            **cv.metrics(type_ids),
            "n_images": data.n_images,
            "cv_note": "cross-validated on renders and package photos, not on real heritage photographs",
        },
        open_set=OpenSet(concept_gate=True, gate_threshold=GATE_THRESHOLD),
        training={
            "subjects": subjects,
            "renders_per_subject": per_subject,
            "negative_photos": list(NEGATIVE_PHOTOS),
            "views_per_image": data.views_per_image,
            "seed": seed,
            "seconds": round(time.perf_counter() - started, 1),
        },
        limitations=LIMITATIONS,
    )
    return save_head_model(out_dir / MODEL_ID, card, head, replace=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-subject", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    folder = build(args.per_subject, args.seed)
    print(f"saved {folder}")


if __name__ == "__main__":
    main()
