"""Build a pack from a selection (pictures, taught models, scripts) instead of a prepared folder.

``pack create --from-catalog DB --item ID … --model ID --script FILE`` and the script editor's
"Build pack" both come here: the selection is laid out in a temporary folder exactly as
docs/packs.md describes, and :func:`app.packs.builder.create_pack` builds it with every check
(scripts included), so a pack made this way is no different from one made from a folder.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.domain.errors import InvalidInput
from app.domain.ids import check_id
from app.packs.manifest import Manifest, check_version
from app.packs.paths import WEIGHTS_SUFFIX, check_member_path
from app.presentation.script import parse_script

#: Where catalogue item ``N`` goes in a pack made with ``--from-catalog``: ``images/item-N.<ext>``.
ITEM_FOLDER = "images"


@dataclass(frozen=True)
class PackInfo:
    """What ``pack.toml`` says about a pack built from a selection."""

    id: str
    title: dict[str, str]
    version: str = "1.0.0"
    description: dict[str, str] = field(default_factory=dict)
    institution: str = ""
    institution_url: str = ""
    licence: str = ""
    credit: str = ""

    def toml(self) -> str:
        def quote(text: str) -> str:
            return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string

        lines = [f"id = {quote(self.id)}", f"version = {quote(self.version)}"]
        for key in ("institution", "institution_url", "licence", "credit"):
            value = getattr(self, key)
            if value:
                lines.append(f"{key} = {quote(value)}")
        for table, texts in (("title", self.title), ("description", self.description)):
            if texts:
                lines += ["", f"[{table}]", *(f"{lang} = {quote(text)}" for lang, text in texts.items())]
        return "\n".join(lines) + "\n"


@dataclass
class Selection:
    """Pictures (pack path → file), model ids from the registry, and scripts (file name → TOML text)."""

    info: PackInfo
    images: dict[str, Path] = field(default_factory=dict)
    models: list[str] = field(default_factory=list)
    scripts: dict[str, str] = field(default_factory=dict)


def catalog_images(db_path: str | Path, item_ids: list[int]) -> dict[str, Path]:
    """``images/item-N.<ext>`` → the picture of catalogue item N (where the catalogue finds it now)."""
    from app.catalog.browse import item_file
    from app.catalog.database import open_catalog

    found: dict[str, Path] = {}
    with open_catalog(db_path) as catalog:
        for item_id in item_ids:
            path = Path(item_file(catalog, int(item_id)))
            suffix = path.suffix.lower() or ".jpg"
            found[f"{ITEM_FOLDER}/item-{int(item_id)}{suffix}"] = path
    return found


def _model_files(model_id: str) -> list[Path]:
    """A taught model's card and safetensors weights, from the registry (built-in weights refused)."""
    from app.vision.registry import ModelRegistry

    registry = ModelRegistry()
    spec = registry.get(check_id(model_id, "model id"))
    if spec.weights.package:
        raise InvalidInput(
            f"The model “{model_id}” is part of the app (every installation has it), so it is not put in packs."
        )
    weights = registry.verified_path(spec)
    if weights.suffix.lower() != WEIGHTS_SUFFIX:
        raise InvalidInput(f"The model “{model_id}” is not stored as safetensors, so it cannot travel in a pack.")
    return [spec.folder / "model.toml", weights]


def _copy(source: Path, target: Path) -> None:
    if not source.is_file():
        raise InvalidInput(f"“{source}” does not exist or is not a file.")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _fact_cards(scripts: dict[str, str]) -> dict[str, Path]:
    """The project's fact card of every subject an image step names (when the app has one)."""
    from app.content.facts import card_path

    found: dict[str, Path] = {}
    for name, text in scripts.items():
        for step in parse_script(text, source=name).steps:
            if step.subject:
                path = card_path(step.subject)
                if path.is_file():
                    found[f"facts/{step.subject}{path.suffix}"] = path
    return found


def assemble(selection: Selection, src: Path) -> Path:
    """Lay the selection out in ``src`` as docs/packs.md describes (pack.toml, images/, models/, scripts/)."""
    info = selection.info
    check_id(info.id, "pack id")
    check_version(info.version)
    if not any(text.strip() for text in info.title.values()):
        raise InvalidInput("A pack needs a title (in at least one language).")
    if not info.institution.strip():
        raise InvalidInput("A pack needs the name of the institution that sends it.")
    if not info.licence.strip():
        raise InvalidInput(
            "A pack needs the licence of its files (for example CC-BY-4.0), so partners know "
            "what they may do with them."
        )
    if not info.credit.strip():  # the sending institution is the natural credit
        info = replace(info, credit=info.institution)
    if not (selection.images or selection.models or selection.scripts):
        raise InvalidInput("Choose at least one picture, model or script for the pack.")
    src.mkdir(parents=True, exist_ok=True)
    (src / "pack.toml").write_text(info.toml(), encoding="utf-8")
    for relative, source in selection.images.items():
        check_member_path(relative)
        if not relative.startswith(f"{ITEM_FOLDER}/"):
            raise InvalidInput(f"“{relative}”: pictures go in the pack's images/ folder.")
        _copy(Path(source), src / relative)
    for model_id in dict.fromkeys(selection.models):
        for path in _model_files(model_id):
            _copy(path, src / "models" / model_id / path.name)
    for name, text in selection.scripts.items():
        if Path(name).name != name or not name.endswith(".toml"):
            raise InvalidInput(f"“{name}”: a script's name is a plain file name ending in .toml.")
        (src / "scripts").mkdir(exist_ok=True)
        (src / "scripts" / name).write_text(text, encoding="utf-8")
    for relative, source in _fact_cards(selection.scripts).items():
        _copy(source, src / relative)
    return src


def build_selection(selection: Selection, out_path: str | Path, *, sign_key: Path | None = None) -> Manifest:
    """Build ``out_path`` from ``selection`` with every check of ``pack create`` (scripts validated)."""
    from app.packs.builder import create_pack

    out = Path(out_path)
    if out.suffix.lower() != ".gjpack":
        raise InvalidInput(f"“{out}”: a pack's file name ends in .gjpack.")
    with tempfile.TemporaryDirectory(prefix="gjpack-selection-") as temp:
        src = assemble(selection, Path(temp) / "src")
        return create_pack(src, out, sign_key=sign_key)
