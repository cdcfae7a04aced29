"""Which heritage images the kiosk shows: before/after pairs from the samples or a content folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.content.samples import SAMPLES_DIR, load_index
from app.domain.errors import InvalidInput

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"}


@dataclass(frozen=True)
class AttractPair:
    """An image to show; ``before`` is its aged/damaged version when one exists (for the wipe)."""

    after: Path
    before: Path | None = None


def resolve_content_dir(content: str | Path | None) -> Path:
    """The folder to show: the operator's folder, else the bundled samples (which may not be built yet)."""
    if not content:
        return SAMPLES_DIR
    path = Path(content).expanduser()
    if not path.exists():
        raise InvalidInput(f"The content folder {path} does not exist.")
    if not path.is_dir():
        raise InvalidInput(f"{path} is a file; pass a folder of heritage images as the kiosk content.")
    return path


def attract_pairs(folder: Path, limit: int = 24) -> list[AttractPair]:
    """Pairs for the attract loop: the sample index's aged → clean pairs, else a folder's images.

    In a plain folder, ``name.before.jpg`` next to ``name.jpg`` makes a pair (an operator's own
    restoration); other images are shown on their own.
    """
    index = load_index(folder)
    if index is not None:
        return [AttractPair(folder / e.clean_file, folder / e.aged_file) for e in index.entries][:limit]
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())
    except OSError:
        return []
    befores = {p.name.replace(".before", ""): p for p in files if ".before." in p.name}
    pairs = [AttractPair(p, befores.get(p.name)) for p in files if ".before." not in p.name]
    return pairs[:limit]
