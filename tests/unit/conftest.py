"""Fixtures of the unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from image_fixtures import Originals


@pytest.fixture
def originals(tmp_path: Path):
    """Register input files; fails the test if any of them changed by the end."""
    registry = Originals(tmp_path)
    yield registry
    registry.check()
