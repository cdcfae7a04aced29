"""The ImageNet → heritage-type mapping: complete, consistent with torchvision and the taxonomy, sane."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.content.taxonomy import load_taxonomy
from app.domain.errors import InvalidInput
from app.vision.recognition import imagenet_map
from app.vision.recognition.imagenet_map import (
    IMAGENET_CLASSES,
    default_path,
    evidence_matrix,
    load_imagenet_map,
    not_heritage_mask,
    not_heritage_mass,
    type_evidence,
)

DOGS = range(151, 269)  # ImageNet's dog breeds, Chihuahua … Mexican hairless


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(default_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def mapping() -> imagenet_map.ImagenetMap:
    return load_imagenet_map()


def _index(name: str) -> int:
    from app.vision.imagenet import imagenet_labels

    return imagenet_labels().index(name)


def test_file_judges_every_class_exactly_once(raw):
    indices = [c["index"] for c in raw["classes"]]
    assert sorted(indices) == list(range(IMAGENET_CLASSES))
    assert len(indices) == len(set(indices)) == 1000


def test_names_match_torchvision_categories(mapping):
    from app.vision.imagenet import imagenet_labels

    labels = imagenet_labels()
    assert mapping.mismatched_names(labels) == []
    assert [c.name for c in mapping.classes] == list(labels)
    # The check itself notices a wrong name.
    wrong = list(labels)
    wrong[832] = "pagoda"
    assert mapping.mismatched_names(wrong) == [832]


def test_every_entry_has_a_reason_and_a_valid_verdict(raw):
    kinds = set(raw["kinds"])
    for entry in raw["classes"]:
        assert isinstance(entry["reason"], str) and len(entry["reason"].strip()) > 10, entry
        evidence = entry["evidence"]
        if evidence == "not_heritage":
            assert entry["kind"] in kinds, entry
        else:
            assert "kind" not in entry, entry
            assert evidence == "neutral" or (isinstance(evidence, dict) and evidence), entry


def test_type_ids_exist_and_weights_are_in_range(raw):
    known = {t.id for t in load_taxonomy().types}
    for entry in raw["classes"]:
        if isinstance(entry["evidence"], dict):
            assert set(entry["evidence"]) <= known, entry
            assert all(0 < w <= 1 for w in entry["evidence"].values()), entry
            assert sum(entry["evidence"].values()) <= 1 + 1e-9, entry


def test_heritage_concepts_point_at_the_right_types(mapping):
    types = [t.id for t in load_taxonomy().types]
    matrix = mapping.evidence_matrix(types)
    assert matrix.shape == (IMAGENET_CLASSES, len(types))

    def dominant(name: str) -> str:
        row = matrix[_index(name)]
        assert row.sum() > 0, name
        return types[int(np.argmax(row))]

    assert dominant("stupa") == "pagoda" and matrix[_index("stupa"), types.index("pagoda")] == 1.0
    assert dominant("castle") == "fortress_gate"
    assert dominant("palace") == "palace_pavilion"
    assert dominant("monastery") == "temple_hall"
    assert dominant("bell cote") == "bell"
    assert dominant("vase") == "ceramics"
    assert dominant("thatch") == "hanok_house"
    assert dominant("necklace") == "crown_jewellery"
    assert dominant("megalith") == "stone_monument"
    assert matrix[_index("tile roof"), types.index("roof_tile")] > 0


def test_everyday_things_are_not_heritage(mapping):
    mask = mapping.not_heritage_mask()
    labels = [c.name for c in mapping.classes]
    assert mask[list(DOGS)].all()
    assert {c.kind for c in mapping.classes if c.index in DOGS} == {"animal"}
    for name in ("tabby", "sports car", "cellular telephone", "pizza", "soccer ball", "laptop", "jean"):
        assert mask[labels.index(name)], name
    for name in ("stupa", "castle", "candle"):
        assert not mask[labels.index(name)], name
    assert 700 < mask.sum() < 950


def test_type_evidence_and_not_heritage_mass_follow_the_weights():
    types = ["pagoda", "fortress_gate", "ceramics"]
    probs = np.zeros((3, IMAGENET_CLASSES))
    probs[0, _index("stupa")] = 1.0
    probs[1, _index("castle")] = 0.5
    probs[1, _index("beagle")] = 0.5
    probs[2, :] = 1.0 / IMAGENET_CLASSES
    evidence = type_evidence(probs, types)
    assert evidence.shape == (3, 3)
    np.testing.assert_allclose(evidence[0], [1.0, 0.0, 0.0])
    castle = evidence_matrix(["fortress_gate"])[_index("castle"), 0]
    np.testing.assert_allclose(evidence[1], [0.0, 0.5 * castle, 0.0])
    mass = not_heritage_mass(probs)
    np.testing.assert_allclose(mass, [0.0, 0.5, not_heritage_mask().sum() / IMAGENET_CLASSES])
    # One image may be passed as a flat vector.
    np.testing.assert_allclose(type_evidence(probs[0], types), evidence[:1])
    with pytest.raises(ValueError):
        not_heritage_mass(np.zeros((2, 10)))


def test_returned_arrays_are_copies():
    matrix = evidence_matrix(["pagoda"])
    matrix[:] = 7
    mask = not_heritage_mask()
    mask[:] = False
    assert evidence_matrix(["pagoda"]).max() == 1.0
    assert not_heritage_mask().any()


def test_unknown_type_is_refused():
    with pytest.raises(InvalidInput, match="not a known heritage type"):
        evidence_matrix(["pagoda", "spaceship"])


def _write(tmp_path: Path, data: dict | str) -> Path:
    path = tmp_path / "imagenet_types.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _drop_last(d):
    d["classes"].pop()


def _duplicate(d):
    d["classes"][5] = dict(d["classes"][6])


def _unknown_type(d):
    d["classes"][832]["evidence"] = {"spaceship": 1.0}


def _too_heavy(d):
    d["classes"][832]["evidence"] = {"pagoda": 0.8, "temple_hall": 0.5}


def _zero_weight(d):
    d["classes"][832]["evidence"] = {"pagoda": 0}


def _empty_reason(d):
    d["classes"][3]["reason"] = "  "


def _unknown_kind(d):
    d["classes"][0]["kind"] = "spaceship"


def _bad_verdict(d):
    d["classes"][0]["evidence"] = "maybe"


def _kind_on_evidence(d):
    d["classes"][832]["kind"] = "animal"


def _bad_index(d):
    d["classes"][0]["index"] = 1000


def _newer(d):
    d["version"] = 99


def _no_classes(d):
    del d["classes"]


@pytest.mark.parametrize(
    "mutate",
    [
        _drop_last,
        _duplicate,
        _unknown_type,
        _too_heavy,
        _zero_weight,
        _empty_reason,
        _unknown_kind,
        _bad_verdict,
        _kind_on_evidence,
        _bad_index,
        _newer,
        _no_classes,
    ],
)
def test_malformed_file_raises_one_sentence(tmp_path, raw, mutate):
    data = copy.deepcopy(raw)
    mutate(data)
    with pytest.raises(InvalidInput) as info:
        load_imagenet_map(_write(tmp_path, data))
    message = str(info.value)
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message


def test_unreadable_files_raise_invalid_input(tmp_path):
    with pytest.raises(InvalidInput, match="not valid JSON"):
        load_imagenet_map(_write(tmp_path, "{ not json"))
    with pytest.raises(InvalidInput, match="missing"):
        load_imagenet_map(tmp_path / "absent.json")


def test_a_good_copy_loads_and_edits_are_picked_up(tmp_path, raw):
    path = _write(tmp_path, raw)
    assert load_imagenet_map(path).not_heritage_mask()[0]
    edited = copy.deepcopy(raw)
    edited["classes"][0] = {"index": 0, "name": "tench", "evidence": "neutral", "reason": "A test edit."}
    path.write_text(json.dumps(edited), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert not load_imagenet_map(path).not_heritage_mask()[0]


def test_module_imports_neither_torch_nor_qt():
    code = (
        "import sys\nimport app.vision.recognition.imagenet_map as m\n"
        "m.load_imagenet_map()\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('torch', 'torchvision', 'PySide6')]\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
