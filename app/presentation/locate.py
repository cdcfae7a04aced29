"""From what the presenter names (a .gjpack, an installed pack folder, or a script) to a script and its pack folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import InvalidInput
from app.packs.manifest import MANIFEST_NAME
from app.presentation.script import Script, load_script

SCRIPTS_FOLDER = "scripts"


@dataclass(frozen=True)
class Show:
    script: Script
    pack_dir: Path


def _pack_of_script(script_path: Path) -> Path:
    """The installed pack holding ``script_path`` (a folder with manifest.json above it), else its folder."""
    for folder in script_path.resolve().parents[:3]:
        if (folder / MANIFEST_NAME).is_file():
            return folder
    return script_path.parent


def _installed_folder(pack_file: Path) -> Path:
    from app.packs.install import packs_dir
    from app.packs.reader import read_pack

    manifest = read_pack(pack_file, None, check_files=False, check_signatures=False).manifest
    folder = packs_dir() / manifest.id / manifest.version
    if not (folder / MANIFEST_NAME).is_file():
        raise InvalidInput(
            f"The pack “{manifest.id}” version {manifest.version} is not installed; "
            f"install it first (gyeongju-ai pack install {pack_file})."
        )
    return folder


def _pick_script(pack_dir: Path, name: str | None) -> Path:
    folder = pack_dir / SCRIPTS_FOLDER
    scripts = sorted(p for p in folder.rglob("*.toml") if p.is_file()) if folder.is_dir() else []
    if name is not None:
        chosen = [p for p in scripts if p.name == name or p.relative_to(pack_dir).as_posix() == name]
        if not chosen:
            raise InvalidInput(f"The pack has no presentation script “{name}”.")
        return chosen[0]
    if not scripts:
        raise InvalidInput(f"The pack in “{pack_dir}” has no presentation script (scripts/*.toml).")
    if len(scripts) > 1:
        names = ", ".join(p.relative_to(pack_dir).as_posix() for p in scripts)
        raise InvalidInput(f"The pack has several presentation scripts ({names}); choose one with --script.")
    return scripts[0]


def locate(target: str | Path, script_name: str | None = None) -> Show:
    """Resolve PACK|SCRIPT: a ``.gjpack`` (must be installed), an installed pack folder, or a script file."""
    target = Path(target)
    if target.is_dir():
        if not (target / MANIFEST_NAME).is_file():
            raise InvalidInput(f"“{target}” is not an installed pack (it has no {MANIFEST_NAME}).")
        return Show(load_script(_pick_script(target, script_name)), target)
    if not target.is_file():
        raise InvalidInput(f"“{target}” does not exist; give a .gjpack, an installed pack folder or a script.")
    if target.suffix.lower() == ".toml":
        return Show(load_script(target), _pack_of_script(target))
    if target.suffix.lower() == ".gjpack":
        pack_dir = _installed_folder(target)
        return Show(load_script(_pick_script(pack_dir, script_name)), pack_dir)
    raise InvalidInput(f"“{target.name}” is neither a pack (.gjpack) nor a presentation script (.toml).")
