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

from functools import lru_cache

import numpy as np

#: ImageNet class index ranges (inclusive) whose concepts are never cultural heritage photos.
_NOT_HERITAGE_RANGES: tuple[tuple[int, int], ...] = (
    (0, 397),  # animals: fish, birds, reptiles, dogs, cats, insects, primates …
    (923, 969),  # food and drink
    (981, 983),  # people: ballplayer, groom, scuba diver
    (991, 999),  # fungi, ear of corn, toilet tissue
)

#: Further individual ImageNet classes that are everyday modern things.
_NOT_HERITAGE_CLASSES: frozenset[int] = frozenset(
    {
        # vehicles and craft
        403, 404, 405, 407, 408, 436, 444, 450, 466, 468, 472, 484, 510, 511, 547, 554, 555, 561, 565,
        569, 573, 575, 586, 595, 609, 612, 627, 628, 654, 656, 661, 665, 670, 671, 675, 705, 717, 734,
        751, 757, 779, 780, 802, 803, 812, 814, 817, 820, 829, 833, 847, 864, 866, 867, 870, 871, 874,
        880, 895, 908, 914,
        # electronics and appliances
        409, 480, 481, 482, 485, 487, 508, 527, 528, 530, 531, 534, 545, 550, 590, 592, 598, 605, 620,
        632, 651, 662, 664, 673, 713, 742, 745, 754, 759, 760, 761, 782, 851, 859, 878, 882, 886, 897,
        # clothing and accessories
        399, 400, 411, 414, 445, 451, 457, 459, 474, 514, 515, 578, 601, 608, 610, 617, 630, 638, 639,
        655, 697, 770, 774, 806, 834, 836, 837, 841, 842, 869, 906,
        # sports and toys
        416, 422, 429, 430, 522, 543, 574, 602, 702, 722, 746, 747, 768, 805, 850, 852, 890,
        # food containers and kitchen things
        440, 441, 504, 505, 521, 567, 659, 737, 898, 907, 909,
    }
)  # fmt: skip

#: Heritage-like ImageNet concepts → taxonomy type ids (evidence for explanations only).
HERITAGE_HINTS: dict[int, str] = {
    832: "pagoda",  # stupa
    663: "temple_hall",  # monastery
    406: "temple_hall",  # altar
    442: "bell",  # bell cote
    494: "bell",  # chime
    577: "bell",  # gong
    698: "palace_pavilion",  # palace
    483: "fortress_gate",  # castle
    825: "fortress_gate",  # stone wall
    649: "stone_monument",  # megalith
    682: "stone_monument",  # obelisk
    708: "stone_monument",  # pedestal
    458: "stone_monument",  # brass, memorial tablet
    835: "stone_monument",  # sundial
    821: "bridge",  # steel arch bridge
    839: "bridge",  # suspension bridge
    888: "bridge",  # viaduct
    853: "hanok_house",  # thatch
    858: "hanok_house",  # tile roof
    789: "hanok_house",  # shoji
    883: "ceramics",  # vase
    738: "ceramics",  # pot
    725: "ceramics",  # pitcher
    901: "ceramics",  # whiskey jug
    679: "crown_jewellery",  # necklace
    643: "buddhist_sculpture",  # mask
}

#: Default gate: a photo whose "not heritage" probability mass exceeds this is unknown.
GATE_THRESHOLD = 0.5


@lru_cache(maxsize=1)
def not_heritage_mask() -> np.ndarray:
    """Boolean (1000,) mask of the ImageNet classes that are clearly not heritage."""
    mask = np.zeros(1000, dtype=bool)
    for first, last in _NOT_HERITAGE_RANGES:
        mask[first : last + 1] = True
    mask[list(_NOT_HERITAGE_CLASSES)] = True
    return mask


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
    """Taxonomy types suggested by heritage-like ImageNet concepts of one image (probability mass)."""
    probs = softmax(imagenet_logits.astype(np.float64).reshape(-1))
    hints: dict[str, float] = {}
    for index, type_id in HERITAGE_HINTS.items():
        hints[type_id] = hints.get(type_id, 0.0) + float(probs[index])
    return {k: round(v, 4) for k, v in sorted(hints.items(), key=lambda kv: -kv[1]) if v >= min_prob}
