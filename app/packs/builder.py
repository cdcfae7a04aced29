"""``create_pack``: a folder laid out as documented (docs/packs.md) → a checked ``.gjpack``.

Layout::

    SRC/pack.toml            (or manifest.toml) id, version, title.*, description.*, institution, …
    SRC/images/…             images (role image)
    SRC/facts/…              fact cards (fact_card)
    SRC/models/<id>/model.toml + *.safetensors   taught models (model_card, model_weights)
    SRC/scripts/…            presentation scripts (script)
    SRC/kiosk/…              kiosk content (kiosk_content)
    SRC/settings/…           settings (settings)
    SRC/references/<subject_id>/subject.toml + photos   reference photos for the user's gallery
                             (reference_subject, reference_photo); see docs/subjects.md

The finished zip is read back with every install check before it is published (atomically), so a
pack this function writes always installs.
"""

from __future__ import annotations

import json
import tomllib
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput
from app.domain.hashing import sha256_file
from app.domain.ids import check_id
from app.imaging.atomic import atomic_output
from app.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME, Manifest, parse_manifest
from app.packs.paths import (
    MODEL_CARD_NAME,
    REFERENCES_FOLDER,
    ROLE_FOLDERS,
    ROLE_FOLDERS_TEXT,
    WEIGHTS_SUFFIX,
    check_member_path,
    role_for_path,
)
from app.packs.reader import DEFAULT_LIMITS, Limits, read_pack
from app.packs.signing import sign_manifest
from app.version import __version__

_CONFIG_NAMES = ("pack.toml", "manifest.toml")
_STORED_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".safetensors")
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def _load_config(src: Path) -> dict[str, Any]:
    for name in _CONFIG_NAMES:
        path = src / name
        if path.is_file():
            try:
                return tomllib.loads(path.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise InvalidInput(f"“{path}” is not valid TOML ({exc}).") from None
    raise InvalidInput(f"“{src}” has no pack.toml (or manifest.toml) describing the pack; see docs/packs.md.")


def _collect(src: Path) -> list[tuple[str, Path]]:
    """(member path, file) for every file under the role folders; refuses anything else."""
    found: list[tuple[str, Path]] = []
    for child in sorted(src.iterdir()):
        if child.name.startswith(".") or child.name in _CONFIG_NAMES:
            continue
        if child.name not in (*ROLE_FOLDERS, "models", REFERENCES_FOLDER) or not child.is_dir() or child.is_symlink():
            raise InvalidInput(
                f"“{child}” does not belong in a pack folder: use {ROLE_FOLDERS_TEXT} (see docs/packs.md)."
            )
        for path in sorted(child.rglob("*")):
            rel = path.relative_to(src)
            if any(part.startswith(".") for part in rel.parts):
                continue
            if path.is_symlink():
                raise InvalidInput(f"“{path}” is a symbolic link; packs hold only regular files.")
            if path.is_dir():
                continue
            if not path.is_file():
                raise InvalidInput(f"“{path}” is not a regular file; packs hold only regular files.")
            name = check_member_path(rel.as_posix())
            if child.name == "models":
                parts = rel.parts
                if len(parts) != 3:
                    raise InvalidInput(f"“{path}” must sit directly in a model folder models/<id>/.")
                check_id(parts[1], "model id")
                if parts[2] != MODEL_CARD_NAME and not parts[2].lower().endswith(WEIGHTS_SUFFIX):
                    raise InvalidInput(
                        f"“{path}” is not a model card (model.toml) or safetensors weights; other model formats "
                        "can run code when loaded and are not accepted in packs."
                    )
            if child.name == REFERENCES_FOLDER:
                if len(rel.parts) != 3:
                    raise InvalidInput(
                        f"“{path}” must sit directly in a subject folder references/<subject_id>/ "
                        "(see docs/subjects.md)."
                    )
                check_id(rel.parts[1], "subject id")
            if role_for_path(name) is None:
                raise InvalidInput(f"“{path}” has no place in a pack (see docs/packs.md).")
            found.append((name, path))
    return found


def _text_map(value: object, key: str) -> dict[str, str]:
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    if value is None:
        return {}
    raise InvalidInput(f"pack.toml: “{key}” must be a text or a table of texts by language.")


def build_manifest(src: Path, files: list[tuple[str, Path]]) -> Manifest:
    config = _load_config(src)
    overrides = {str(f.get("path")): f for f in config.get("files", []) if isinstance(f, dict)}
    entries = []
    for name, path in files:
        extra = overrides.get(name, {})
        entries.append(
            {
                "path": name,
                "role": role_for_path(name),
                "licence": extra.get("licence", config.get("licence", "")),
                "credit": extra.get("credit", config.get("credit", "")),
                "sha256": sha256_file(path),
                "size": path.stat().st_size,
            }
        )
    unknown = set(overrides) - {name for name, _ in files}
    if unknown:
        raise InvalidInput(f"pack.toml describes “{sorted(unknown)[0]}”, which is not in the pack folder.")
    institution = config.get("institution", "")
    data = {
        "format": "gjpack",
        "format_version": 1,
        "id": config.get("id"),
        "version": config.get("version"),
        "title": _text_map(config.get("title"), "title"),
        "description": _text_map(config.get("description"), "description"),
        "institution": institution if isinstance(institution, dict) else {
            "name": institution, "url": config.get("institution_url", "")
        },
        "created_at": str(config.get("created_at") or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
        "app_version_needed": config.get("app_version_needed", __version__.split("+", 1)[0]),
        "files": entries,
    }


    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    try:
        return parse_manifest(raw)
    except InvalidInput as exc:
        raise InvalidInput(str(exc).replace("The pack manifest's", "pack.toml:").replace(", so the pack "
            "was refused", "")) from None


def check_scripts(files: list[tuple[str, Path]]) -> None:
    """Refuse a pack whose presentation script the presenter would refuse, or that names a file it lacks.

    A partner must be able to present what they install, so a script is checked with the same
    validator as ``present`` (one sentence naming the line) before anything is written.
    """
    from app.presentation.script import load_script

    names = {name for name, _ in files}
    for name, path in files:
        if role_for_path(name) != "script" or not name.lower().endswith(".toml"):
            continue
        script = load_script(path)
        for step in script.steps:
            for relative in step.files():
                if relative not in names:
                    raise InvalidInput(
                        f"The presentation script “{path.name}” has a problem on line {step.line}: step "
                        f"{step.index} ({step.kind}) shows “{relative}”, which is not in the pack."
                    )


def _add(zf: zipfile.ZipFile, name: str, data: bytes | None = None, path: Path | None = None) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.external_attr = 0o100644 << 16
    info.compress_type = zipfile.ZIP_STORED if name.lower().endswith(_STORED_SUFFIXES) else zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as out:
        if data is not None:
            out.write(data)
        elif path is not None:
            with open(path, "rb") as handle:
                while chunk := handle.read(1 << 20):
                    out.write(chunk)


def create_pack(
    src_dir: str | Path, out_path: str | Path, *, sign_key: Path | None = None, limits: Limits = DEFAULT_LIMITS
) -> Manifest:
    """Build ``out_path`` from ``src_dir``; check it like an install would; write it atomically."""
    src, out = Path(src_dir), Path(out_path)
    if not src.is_dir():
        raise InvalidInput(f"“{src}” is not a folder.")
    if out.suffix.lower() != ".gjpack":
        raise InvalidInput(f"“{out}”: a pack's file name ends in .gjpack.")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder “{out.parent}” for the pack does not exist.")
    if out.resolve().is_relative_to(src.resolve()):
        raise InvalidInput("The pack cannot be written inside the folder it is made from.")
    files = _collect(src)
    check_scripts(files)
    manifest = build_manifest(src, files)
    manifest_bytes = manifest.to_bytes()
    signature = sign_manifest(manifest_bytes, sign_key) if sign_key is not None else None
    try:
        with atomic_output(out, ".gjpack") as temp:
            with zipfile.ZipFile(temp, "w") as zf:
                _add(zf, MANIFEST_NAME, manifest_bytes)
                if signature is not None:
                    _add(zf, SIGNATURE_NAME, signature)
                for name, path in files:
                    _add(zf, name, path=path)
            try:
                read_pack(temp, limits=limits, check_signatures=False)
            except InvalidInput as exc:
                raise InvalidInput(f"The pack was not written: {exc}") from None
    except OSError as exc:
        raise InvalidInput(f"The pack “{out}” could not be written ({exc.strerror or exc}).") from None
    return manifest
