"""What the backbone's own ImageNet classifier says about heritage, used as an open-set guard.

No offline model knows Gyeongju, but EfficientNet-Lite0 does know 1000 everyday concepts. Two
facts from its ImageNet head are trustworthy enough to use:

* **"Clearly not heritage."** When most of the probability goes to animals, vehicles, food,
  electronics, clothing or sports gear, the photo shows a cat, a car or a coffee cup, whatever
  a heritage head trained on a few dozen photos would like to call it. This is the concept gate.
* **Heritage-like concepts** (stupa, palace, bell cote, megalith, vase…) are mapped to the
  taxonomy's types and reported as evidence in explanations; they are hints, not labels.
"""

from __future__ import annotations

import numpy as np

#: Default gate: a photo whose "not heritage" probability mass exceeds this is unknown. The mass
#: is summed over the 865 everyday classes of the reviewed mapping (``imagenet_map``); its thin
#: long tail adds up on unusual photos (two thirds of Caltech's pagodas pass 0.5), so the gate
#: speaks only when the backbone is quite sure: at 0.8 it rejects 84 % of everyday Caltech photos
#: and 0–19 % of the heritage-like ones.
GATE_THRESHOLD = 0.8


def not_heritage_mask() -> np.ndarray:
    """Boolean (1000,) mask of the ImageNet classes that are clearly not heritage (the reviewed mapping)."""
    from app.vision.recognition.imagenet_map import not_heritage_mask as mapped_mask

    return mapped_mask()


def softmax(logits: np.ndarray, axis: int = -1) -> np.ndarray:
    """Numerically stable softmax."""
    shifted = logits - logits.max(axis=axis, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=axis, keepdims=True)


def not_heritage_mass(imagenet_logits: np.ndarray) -> np.ndarray:
    """(N, 1000) ImageNet logits → (N,) probability that the photo shows an everyday non-heritage thing."""
    return softmax(imagenet_logits.astype(np.float64))[:, not_heritage_mask()].sum(axis=1)


def top_concepts(imagenet_logits: np.ndarray, k: int = 3) -> list[tuple[str, float]]:
    """The ``k`` most likely ImageNet concepts of one image, as (name, probability)."""
    from app.vision.imagenet import imagenet_labels

    probs = softmax(imagenet_logits.astype(np.float64).reshape(-1))
    order = np.argsort(-probs)[:k]
    labels = imagenet_labels()
    return [(labels[i], float(probs[i])) for i in order]


def heritage_hints(imagenet_logits: np.ndarray, min_prob: float = 0.05) -> dict[str, float]:
    """Taxonomy types suggested by heritage-like ImageNet concepts of one image (weighted probability mass)."""
    from app.content.taxonomy import load_taxonomy
    from app.vision.recognition.imagenet_map import evidence_matrix

    type_ids = [entry.id for entry in load_taxonomy().types]
    probs = softmax(imagenet_logits.astype(np.float64).reshape(-1))
    evidence = probs @ evidence_matrix(type_ids)
    hints = {type_id: float(value) for type_id, value in zip(type_ids, evidence, strict=True)}
    return {k: round(v, 4) for k, v in sorted(hints.items(), key=lambda kv: -kv[1]) if v >= min_prob}
