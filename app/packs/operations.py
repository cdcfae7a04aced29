"""The named pack operations the UI and the CLI call (one place, one set of sentences)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput
from app.packs.builder import create_pack
from app.packs.export import export_installed
from app.packs.install import InstalledPack, install_pack, list_packs, parse_spec, uninstall
from app.packs.manifest import Manifest
from app.packs.reader import DEFAULT_LIMITS, Limits, read_pack
from app.packs.references import UseReport, remove_pack_references, use_pack_references
from app.packs.selection import PackInfo, Selection, build_selection, catalog_images
from app.packs.signing import SignatureStatus, check_signature, generate_keypair, trust_key

__all__ = [
    "InstalledPack",
    "Limits",
    "PackInfo",
    "Selection",
    "UseReport",
    "VerifyReport",
    "create",
    "create_from_selection",
    "export",
    "generate_keys",
    "install",
    "installed",
    "remove",
    "remove_references",
    "selection_from_catalog",
    "signature_of",
    "trust",
    "use_references",
    "verify",
]


@dataclass(frozen=True)
class VerifyReport:
    manifest: Manifest
    signature: SignatureStatus

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.manifest.files)


def create(src_dir: str | Path, out_path: str | Path, *, sign_key: Path | None = None) -> Manifest:
    """Build a pack from a documented folder layout."""
    return create_pack(src_dir, out_path, sign_key=sign_key)


def create_from_selection(selection: Selection, out_path: str | Path, *, sign_key: Path | None = None) -> Manifest:
    """Build a pack from chosen pictures, taught models and scripts (scripts validated)."""
    return build_selection(selection, out_path, sign_key=sign_key)


def selection_from_catalog(
    info: PackInfo, db_path: str | Path | None, item_ids: list[int], models: list[str], scripts: list[Path]
) -> Selection:
    """The selection ``pack create --from-catalog DB --item ID … --model ID --script FILE`` names."""
    from app.presentation.script import load_script

    images = catalog_images(db_path, item_ids) if db_path is not None else {}
    texts: dict[str, str] = {}
    for path in scripts:
        load_script(path)  # one sentence with the line before anything is copied
        if path.name in texts:
            raise InvalidInput(f"Two scripts are called “{path.name}”; rename one.")
        texts[path.name] = path.read_text(encoding="utf-8")
    return Selection(info, images, list(models), texts)


def export(spec: str, out_path: str | Path) -> InstalledPack:
    """Write installed pack ``ID`` (newest version) or ``ID@VERSION`` to a ``.gjpack`` with its signature."""
    return export_installed(spec, out_path)


def verify(pack_path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> VerifyReport:
    """Run every install check on a pack without installing it (tampered signatures are refused)."""
    contents = read_pack(pack_path, None, limits=limits)
    return VerifyReport(contents.manifest, contents.signature)


def install(pack_path: str | Path, *, confirm_unsigned: bool = False, limits: Limits = DEFAULT_LIMITS) -> InstalledPack:
    """Install a pack (unsigned or untrusted only with ``confirm_unsigned``)."""
    return install_pack(pack_path, confirm_unsigned, limits=limits)


def use_references(spec: str, **kwargs: Any) -> UseReport:
    """Add the reference photos of installed pack ``ID`` (newest version) or ``ID@VERSION`` to the gallery."""
    pack_id, version = parse_spec(spec)
    return use_pack_references(pack_id, version, **kwargs)


def installed() -> list[InstalledPack]:
    return list_packs()


def signature_of(pack: InstalledPack) -> SignatureStatus:
    """An installed pack's signature checked against today's trusted keys (a key trusted later counts)."""
    from app.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME

    signature = pack.path / SIGNATURE_NAME
    try:
        return check_signature((pack.path / MANIFEST_NAME).read_bytes(),
                               signature.read_bytes() if signature.is_file() else None)
    except (OSError, InvalidInput):
        return SignatureStatus("untrusted")


def remove(spec: str) -> list[InstalledPack]:
    """Uninstall ``ID`` (every version) or ``ID@VERSION``.

    The reference photos the pack added to the gallery stay (the curator may rely on them); call
    :func:`remove_references` with what this returns to remove those photos too.
    """
    pack_id, version = parse_spec(spec)
    return uninstall(pack_id, version)


def remove_references(removed: list[InstalledPack]) -> dict[str, int]:
    """Remove from the gallery only the photos these (uninstalled) pack versions added; count per subject."""
    counts: dict[str, int] = {}
    for pack_id in sorted({p.id for p in removed}):
        for subject, n in remove_pack_references(pack_id, [p.version for p in removed if p.id == pack_id]).items():
            counts[subject] = counts.get(subject, 0) + n
    return counts


def generate_keys(prefix: str | Path) -> tuple[Path, Path]:
    return generate_keypair(Path(prefix))


def trust(public_key: str | Path, institution: str) -> Path:
    return trust_key(Path(public_key), institution)
