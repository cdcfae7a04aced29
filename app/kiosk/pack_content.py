"""Kiosk content from a heritage pack: a ``.gjpack`` file or the id of an installed pack.

The pack code (``app.packs``) is used read-only through its public functions: ``read_pack`` checks a
pack file completely (directory, manifest, sizes, sha256, hostile names, bombs) before it extracts
anything, and ``list_packs``/``parse_spec`` find installed packs. A pack's ``kiosk/`` files are the
kiosk's pictures when it has any, else its ``images/``. Any problem is an ``InvalidInput`` with one
sentence, which the command line prints before exiting with status 2.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.domain.errors import InvalidInput
from app.kiosk.content import IMAGE_SUFFIXES, resolve_content_dir

PACK_SUFFIX = ".gjpack"
#: Folders of a pack that may hold kiosk pictures, in order of preference.
PICTURE_FOLDERS = ("kiosk", "images")


def _pictures(root: Path, what: str) -> Path:
    for name in PICTURE_FOLDERS:
        folder = root / name
        if folder.is_dir() and any(p.suffix.lower() in IMAGE_SUFFIXES for p in folder.iterdir()):
            return folder
    raise InvalidInput(f"{what} has no pictures for the kiosk (nothing in kiosk/ or images/).")


def extract_pack(pack_file: Path, cache: Path) -> Path:
    """Check ``pack_file`` and unpack it into ``cache`` (emptied first: it holds only the kiosk's copy)."""
    from app.packs.reader import read_pack

    if cache.exists():
        shutil.rmtree(cache)
    cache.mkdir(parents=True)
    try:
        read_pack(pack_file, cache)
    except InvalidInput:
        shutil.rmtree(cache, ignore_errors=True)  # nothing of a refused pack stays on disk
        raise
    return _pictures(cache, f"The pack “{pack_file.name}”")


def installed_pack_folder(spec: str) -> Path:
    """The picture folder of the installed pack ``ID`` or ``ID@VERSION`` (newest version without one)."""
    from app.packs.install import list_packs, parse_spec

    pack_id, version = parse_spec(spec)
    matches = [p for p in list_packs() if p.id == pack_id and (version is None or p.version == version)]
    if not matches:
        raise InvalidInput(f"No installed pack “{spec}” and no folder or .gjpack file of that name.")
    pack = matches[-1]  # list_packs sorts by id, then version
    return _pictures(pack.path, f"The pack “{pack.id}@{pack.version}”")


def resolve_kiosk_content(content: str | None, cache: Path) -> Path:
    """The folder the kiosk shows for ``--content`` (a folder, a .gjpack file or an installed pack id)."""
    if not content:
        return resolve_content_dir(None)
    path = Path(content).expanduser()
    if path.is_dir():
        return resolve_content_dir(path)
    if path.is_file() or path.suffix.lower() == PACK_SUFFIX:
        if not path.is_file():
            raise InvalidInput(f"The pack file {path} does not exist.")
        return extract_pack(path, cache)
    if "/" in content or "\\" in content:
        raise InvalidInput(f"The content folder {path} does not exist.")
    return installed_pack_folder(content)
