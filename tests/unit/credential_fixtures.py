"""Fixtures for the Content Credentials tests: identities made once per session, small images.

Certificates are generated once (``identities``) and copied into each test's own app home, so a
test can change its home (trust a partner, lock the key) without affecting another.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from skimage import data

MUSEUM = "Gyeongju National Museum"
PARTNER = "Busan Partner Museum"
PASSPHRASE = b"cheomseongdae-632"


def _make_home(root: Path, institution: str, passphrase: bytes | None = None) -> Path:
    from app.credentials.identity import create_identity

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GYEONGJU_AI_HOME", str(root))
        create_identity(institution, "KR", passphrase=passphrase)
    return root


@pytest.fixture(scope="session")
def identities(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """App homes holding a museum identity, a partner identity and a passphrase-locked identity."""
    base = tmp_path_factory.mktemp("identities")
    return {
        "museum": _make_home(base / "museum", MUSEUM),
        "partner": _make_home(base / "partner", PARTNER),
        "locked": _make_home(base / "locked", MUSEUM, PASSPHRASE),
    }


def use_home(source: Path | None, target: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point GYEONGJU_AI_HOME at ``target``, holding a copy of ``source``'s data (None: empty home)."""
    if source is not None:
        shutil.copytree(source, target, dirs_exist_ok=True)
        key = target / "data" / "credentials" / "signer.key"
        if key.exists():
            os.chmod(key, 0o600)
    else:
        target.mkdir(parents=True, exist_ok=True)
    (target / "config").mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("GYEONGJU_AI_HOME", str(target))
    monkeypatch.delenv("GYEONGJU_AI_PASSPHRASE_FILE", raising=False)
    return target


@pytest.fixture
def museum_home(identities, tmp_path, monkeypatch) -> Path:
    return use_home(identities["museum"], tmp_path / "museum-home", monkeypatch)


@pytest.fixture
def bare_home(tmp_path, monkeypatch) -> Path:
    return use_home(None, tmp_path / "bare-home", monkeypatch)


@pytest.fixture
def original(tmp_path) -> Path:
    """A small photo (96×128 JPEG) standing for a museum original."""
    path = tmp_path / "original.jpg"
    Image.fromarray(np.ascontiguousarray(data.astronaut()[::4, ::4][:96])).save(path, quality=90)
    return path
