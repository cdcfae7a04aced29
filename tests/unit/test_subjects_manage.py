"""The gallery's named operations shared by the CLI and the References page (no model needed)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from image_fixtures import gradient
from PIL import Image

from app.cli import main
from app.content.taxonomy import load_taxonomy
from app.domain.errors import InvalidInput
from app.vision.subjects.embed import REFERENCE_VIEWS
from app.vision.subjects.gallery import Gallery, Reference, SubjectRecord
from app.vision.subjects.manage import (
    BAD_ID,
    IN_TAXONOMY,
    NO_NAME,
    TAKEN,
    UnreadablePhoto,
    add_photos,
    create_subject,
    list_subjects,
    new_subject_problem,
    remove_reference,
    remove_subject,
)

V = len(REFERENCE_VIEWS)


def _save(subject_id: str, n: int, credit: str = "") -> SubjectRecord:
    refs = tuple(
        Reference(f"{i:02d}".ljust(64, "a"), f"/photos/{subject_id}{i}.jpg", f"thumbs/{i:016x}.jpg", "kim",
                  "2026-01-01T00:00:00+00:00", 64, 48, credit, "CC BY 4.0" if credit else "")
        for i in range(n)
    )
    record = SubjectRecord(subject_id, "Our bell", "우리 종", "bell", tuple(REFERENCE_VIEWS), {"sha256": "x"}, refs)
    return Gallery().save(record, np.ones((n, V, 1280), np.float32), {r.thumbnail: b"jpeg" for r in refs})


def test_list_has_every_taxonomy_site_then_the_museums_own(app_home):
    _save("museum_bell", 2)
    entries = list_subjects()
    taxonomy = [s.id for s in load_taxonomy().subjects]
    assert [e.id for e in entries] == [*taxonomy, "museum_bell"]
    own = entries[-1]
    assert not own.in_taxonomy and len(own.references) == 2 and own.name_ko == "우리 종"
    assert all(e.in_taxonomy and e.record is None for e in entries[:-1])
    assert [e.id for e in list_subjects(include_taxonomy=False)] == ["museum_bell"]


def test_new_subject_problems_are_codes(app_home):
    _save("museum_bell", 1)
    assert new_subject_problem("../x", "X") == BAD_ID
    assert new_subject_problem("dabotap", "Dabotap") == IN_TAXONOMY
    assert new_subject_problem("museum_bell", "Bell") == TAKEN
    assert new_subject_problem("new_bell", " ") == NO_NAME
    assert new_subject_problem("new_bell", "New bell") is None
    with pytest.raises(InvalidInput, match="already a subject"):
        create_subject("museum_bell", ["/nowhere.jpg"], name_en="Bell")
    with pytest.raises(InvalidInput, match="cannot be a subject id"):
        create_subject("../x", ["/nowhere.jpg"], name_en="X")


def test_credit_and_licence_are_stored_and_old_records_still_load(app_home):
    saved = _save("museum_bell", 1, credit="Museum archive")
    again = Gallery().load("museum_bell")
    assert again == saved and again.references[0].licence == "CC BY 4.0"
    path = Gallery().folder("museum_bell") / "subject.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for ref in data["references"]:
        del ref["credit"], ref["licence"]  # as written by the first version
    path.write_text(json.dumps(data), encoding="utf-8")
    assert Gallery().load("museum_bell").references[0].credit == ""


def test_unreadable_photo_names_itself_and_writes_nothing(app_home, tmp_path, originals):
    good = originals.image("good.png", Image.fromarray(gradient(96, 64)))
    broken = originals.bytes("broken.jpg", b"\xff\xd8\xff not a jpeg")
    with pytest.raises(UnreadablePhoto) as caught:
        add_photos("cheomseongdae", [good, broken])
    assert caught.value.path == broken and "broken.jpg" in str(caught.value)
    with pytest.raises(UnreadablePhoto):
        add_photos("cheomseongdae", [tmp_path / "missing.jpg"])
    assert Gallery().ids() == []


def test_remove_one_reference_then_the_subject(app_home):
    saved = _save("museum_bell", 2)
    left = remove_reference("museum_bell", saved.references[0].sha256)
    assert left is not None and left.references == saved.references[1:]
    remove_subject("museum_bell")
    assert Gallery().ids() == []
    with pytest.raises(InvalidInput):
        remove_subject("museum_bell")
    with pytest.raises(InvalidInput):
        remove_subject("../museum_bell")


def test_cli_create_refuses_a_used_id_and_list_all_shows_the_taxonomy(app_home, tmp_path, capsys):
    _save("museum_bell", 1)
    photo = tmp_path / "p.png"
    Image.fromarray(gradient(64, 48)).save(photo)
    assert main(["subjects", "create", "museum_bell", str(photo), "--name-en", "Bell"]) == 2
    assert main(["subjects", "create", "dabotap", str(photo), "--name-en", "Dabotap"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err
    assert len(Gallery().load("museum_bell").references) == 1
    assert main(["subjects", "list", "--all", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(load_taxonomy().subjects) + 1
    assert rows[0]["in_taxonomy"] and rows[0]["references"] == [] and rows[-1]["id"] == "museum_bell"
