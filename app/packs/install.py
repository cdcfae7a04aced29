"""Installing packs into ``<user data>/packs/<id>/<version>/``, atomically, versions side by side.

Install extracts into a hidden staging folder next to the packs (same file system), checks every
file there, then renames the staging folder to its final name in one step. A crash or kill before
the rename leaves only a hidden ``.staging-*`` folder, which ``list_packs`` ignores and the next
install removes; a refused pack leaves the disk exactly as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.config.paths import app_paths
from app.domain.errors import InvalidInput
from app.domain.ids import check_id, child_path
from app.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME, Manifest, check_version, parse_manifest, version_key
from app.packs.reader import DEFAULT_LIMITS, Limits, PackContents, read_pack
from app.version import __version__

INSTALL_RECORD = "install.json"
_STAGING_PREFIX = ".staging-"
_TRASH_PREFIX = ".trash-"


@dataclass(frozen=True)
class InstalledPack:
    id: str
    version: str
    title: str
    institution: str
    signer: str
    path: Path
    manifest: Manifest

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "version": self.version, "title": self.title, "institution": self.institution,
            "signer": self.signer, "path": str(self.path), "files": len(self.manifest.files),
        }


def packs_dir() -> Path:
    return app_paths().data_dir / "packs"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_stale_staging(root: Path) -> None:
    """Remove staging and trash folders left by a killed install or uninstall."""
    if not root.is_dir():
        return
    for child in root.iterdir():
        if not child.name.startswith((_STAGING_PREFIX, _TRASH_PREFIX)):
            continue
        pid_text = child.name.split("-")[1] if child.name.count("-") >= 2 else ""
        if pid_text.isdigit() and int(pid_text) != os.getpid() and _pid_alive(int(pid_text)):
            continue
        shutil.rmtree(child, ignore_errors=True)


def _makedirs_tracked(folder: Path, created: list[Path]) -> None:
    missing = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        path.mkdir()
        created.append(path)


def install_pack(
    pack_path: str | Path, confirm_unsigned: bool = False, *, limits: Limits = DEFAULT_LIMITS
) -> InstalledPack:
    """Check and install a pack; refuse unsigned or untrusted packs unless ``confirm_unsigned``."""
    root = packs_dir()
    created: list[Path] = []

    def admit(contents: PackContents) -> None:
        manifest = contents.manifest
        if contents.signature.state != "trusted" and not confirm_unsigned:
            who = "is not signed" if contents.signature.state == "unsigned" else (
                f"is signed by a key that is not among your trusted keys ({contents.signature.key_id})"
            )
            raise InvalidInput(
                f"The pack “{manifest.id}” {who}; install it only if you trust where it came from, "
                "by confirming (pack install --yes-unsigned)."
            )
        folder = child_path(root, manifest.id, "pack id") if root.is_dir() else root / manifest.id
        if (folder / manifest.version).exists():
            raise InvalidInput(f"The pack “{manifest.id}” version {manifest.version} is already installed.")

    # Check everything that needs no disk first, so a refused pack never creates a folder.
    first = read_pack(pack_path, None, limits=limits, before_extract=admit, check_files=False)
    manifest = first.manifest
    staging: Path | None = None
    try:
        _makedirs_tracked(root, created)
        clean_stale_staging(root)
        staging = root / f"{_STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        staging.mkdir()
        contents = read_pack(pack_path, staging, limits=limits, before_extract=admit)
        if contents.manifest_bytes != first.manifest_bytes:
            raise InvalidInput("The pack changed while it was being installed, so it was refused.")
        (staging / MANIFEST_NAME).write_bytes(contents.manifest_bytes)
        if contents.signature_bytes is not None:
            (staging / SIGNATURE_NAME).write_bytes(contents.signature_bytes)
        status = contents.signature
        record = {"signature": status.describe(), "signer": status.signer, "app_version": __version__}
        (staging / INSTALL_RECORD).write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        pack_folder = child_path(root, manifest.id, "pack id")
        _makedirs_tracked(pack_folder, created)
        final = pack_folder / manifest.version
        os.rename(staging, final)  # atomic; fails if the version appeared meanwhile
        staging = None
    except BaseException as exc:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(exc, OSError):
            raise InvalidInput(f"The pack could not be installed ({exc.strerror or exc}); nothing was "
                f"installed.") from None
        raise
    return _installed(final)


def _installed(folder: Path) -> InstalledPack:
    manifest = parse_manifest((folder / MANIFEST_NAME).read_bytes())
    signer = "unsigned"
    with contextlib.suppress(OSError, ValueError):
        signer = json.loads((folder / INSTALL_RECORD).read_text(encoding="utf-8")).get("signature", signer)
    return InstalledPack(
        id=manifest.id, version=manifest.version, title=manifest.display_title(), institution=manifest.institution,
        signer=signer, path=folder, manifest=manifest,
    )


def list_packs() -> list[InstalledPack]:
    """Installed packs, by id then version; half-installed (staging) and broken folders are skipped."""
    root = packs_dir()
    found: list[InstalledPack] = []
    if not root.is_dir():
        return found
    for pack_folder in sorted(root.iterdir()):
        if pack_folder.name.startswith(".") or not pack_folder.is_dir():
            continue
        for version_folder in pack_folder.iterdir():
            if version_folder.name.startswith(".") or not (version_folder / MANIFEST_NAME).is_file():
                continue
            try:
                pack = _installed(version_folder)
            except (InvalidInput, OSError):
                continue
            if pack.id == pack_folder.name and pack.version == version_folder.name:
                found.append(pack)
    return sorted(found, key=lambda p: (p.id, version_key(p.version)))


def parse_spec(spec: str) -> tuple[str, str | None]:
    """``ID`` or ``ID@VERSION`` → (id, version or None), both checked."""
    pack_id, _, version = spec.partition("@")
    check_id(pack_id, "pack id")
    if version:
        try:
            check_version(version)
        except InvalidInput:
            raise InvalidInput(f"“{version}” is not a pack version such as 1.0.0.") from None
    return pack_id, version or None


def uninstall(pack_id: str, version: str | None = None) -> list[InstalledPack]:
    """Remove one version (or all versions) of a pack; returns what was removed."""
    root = packs_dir()
    folder = child_path(root, pack_id, "pack id")
    installed = [p for p in list_packs() if p.id == pack_id and (version is None or p.version == version)]
    if not installed:
        what = f"“{pack_id}” version {version}" if version else f"“{pack_id}”"
        raise InvalidInput(f"The pack {what} is not installed (see pack list).")
    for pack in installed:
        trash = root / f"{_TRASH_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        os.rename(pack.path, trash)  # one step: the version is gone or still whole
        shutil.rmtree(trash, ignore_errors=True)
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when no other version is left
    return installed
