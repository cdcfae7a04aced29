"""What a heritage-scene render is asked to draw.

Every subject renderer is a function ``render(spec: RenderSpec) -> np.ndarray``
returning an RGB ``uint8`` array of shape ``(spec.height, spec.width, 3)``. The
same spec (including ``seed``) must always give the same pixels, so the sample
set can be rebuilt bit-for-bit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Light = Literal["day", "dusk", "night"]
Season = Literal["spring", "summer", "autumn", "winter"]

SUBJECT_IDS: tuple[str, ...] = (
    "cheomseongdae",
    "dabotap",
    "seokgatap",
    "bulguksa",
    "seokguram",
    "seongdeok_bell",
    "gold_crown",
    "face_tile",
    "daereungwon",
    "bunhwangsa",
    "gameunsa",
    "woljeonggyo",
    "donggung_wolji",
    "yangdong",
)

# Render-only subjects whose id IS a heritage type id of assets/content/taxonomy.json. They
# give the type tagger pictures of types that no showcase subject covers; they are not
# showcase samples, so they need no fact card and stay out of SUBJECT_IDS.
TYPE_RENDER_IDS: tuple[str, ...] = ("fortress_gate", "ceramics", "painting_document")


@dataclass(frozen=True)
class RenderSpec:
    """Parameters of one render.

    ``view`` is a camera offset in [-1, 1]: 0 is the canonical front view, the
    extremes turn the camera (or shift/zoom it) to one side. ``light`` and
    ``season`` change sky, shadows, colours and ground cover (snow in winter,
    red/yellow foliage in autumn, lanterns and flood-lighting at night).
    """

    width: int = 1600
    height: int = 1200
    seed: int = 0
    view: float = 0.0
    light: Light = "day"
    season: Season = "summer"

    def __post_init__(self) -> None:
        if not (64 <= self.width <= 8192 and 64 <= self.height <= 8192):
            raise ValueError("render size must be between 64 and 8192 pixels per side")
        if not -1.0 <= self.view <= 1.0:
            raise ValueError("view must lie in [-1, 1]")
