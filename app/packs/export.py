"""Export an installed pack back to a ``.gjpack``, byte for byte what was installed.

The installed folder keeps ``manifest.json`` and ``signature.json`` exactly as they arrived, so the
exported pack carries the original signature and a partner can pass it on unchanged. Only the files
the manifest lists travel: the rehearsal cache and the install record stay behind.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.domain.errors import InvalidInput
from app.domain.hashing import sha256_file
from app.imaging.atomic import atomic_output
from app.packs.install import InstalledPack, list_packs, parse_spec
from app.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME
from app.packs.reader import read_pack

_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
_STORED = (".jpg", ".jpeg", ".png", ".webp", ".safetensors")


def _find(spec: str) -> InstalledPack:
    pack_id, version = parse_spec(spec)
    found = [p for p in list_packs() if p.id == pack_id and (version is None or p.version == version)]
    if not found:
        raise InvalidInput(f"The pack “{spec}” is not installed (see pack list).")
    return found[-1]  # newest version when none is named


def _write(zf: zipfile.ZipFile, name: str, path: Path) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.external_attr = 0o100644 << 16
    info.compress_type = zipfile.ZIP_STORED if name.lower().endswith(_STORED) else zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as out, open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            out.write(chunk)


def export_installed(spec: str, out_path: str | Path) -> InstalledPack:
    """Write installed pack ``ID[@VERSION]`` to ``out_path`` (atomically, checked like an install)."""
    pack = _find(spec)
    out = Path(out_path)
    if out.suffix.lower() != ".gjpack":
        raise InvalidInput(f"“{out}”: a pack's file name ends in .gjpack.")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder “{out.parent}” for the pack does not exist.")
    for entry in pack.manifest.files:
        path = pack.path / entry.path
        if not path.is_file() or sha256_file(path) != entry.sha256:
            raise InvalidInput(
                f"The installed pack “{pack.id}” {pack.version} was changed on this computer "
                f"(“{entry.path}” differs), so it was not exported; install it again."
            )
    try:
        with atomic_output(out, ".gjpack") as temp:
            with zipfile.ZipFile(temp, "w") as zf:
                _write(zf, MANIFEST_NAME, pack.path / MANIFEST_NAME)
                if (pack.path / SIGNATURE_NAME).is_file():
                    _write(zf, SIGNATURE_NAME, pack.path / SIGNATURE_NAME)
                for entry in pack.manifest.files:
                    _write(zf, entry.path, pack.path / entry.path)
            read_pack(temp, check_signatures=False)
    except OSError as exc:
        raise InvalidInput(f"The pack “{out}” could not be written ({exc.strerror or exc}).") from None
    return pack
