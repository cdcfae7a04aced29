"""Packs carry reference photos: create → install → use in the gallery → uninstall, and hostile cases.

A stand-in backbone (one feature block per dominant colour) keeps these fast; matching is checked
through the gallery's own matcher, with the real maths.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from pack_fixtures import make_source, manifest_json, png_bytes, snapshot, write_zip

from app.cli import main
from app.domain.errors import InvalidInput
from app.packs import operations
from app.packs.install import packs_dir
from app.packs.references import added_by, use_pack_references
from app.vision.subjects.embed import REFERENCE_VIEWS
from app.vision.subjects.gallery import Gallery, Reference, SubjectRecord
from app.vision.subjects.match import SubjectMatcher

D = 1280
RED, BLUE = (200, 30, 20), (20, 40, 210)
MUSEUM_BELL_TOML = 'name_en = "Museum bell"\nname_ko = "박물관 종"\ntype = "bell"\n'


def _features(image: np.ndarray) -> np.ndarray:
    vector = np.full(D, 0.01, np.float32)
    block = int(np.argmax(image.reshape(-1, 3).mean(axis=0)))
    vector[block * 400 : (block + 1) * 400] = 1.0
    return vector


class FakeBackbone:
    spec = SimpleNamespace(weights=SimpleNamespace(sha256="f" * 64))
    precision = "fp32"

    def embed_views(self, views):
        pooled = np.stack([_features(np.asarray(v)) for v in views])
        return pooled, np.zeros((len(views), 1000), np.float32)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    (folder / "config").mkdir(parents=True)
    (folder / "config" / "settings.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("GYEONGJU_AI_HOME", str(folder))
    import app.vision.recognition.backbone as backbone_module

    monkeypatch.setattr(backbone_module, "shared_backbone", lambda *a, **k: FakeBackbone())
    return folder


def _source(tmp_path: Path, version: str = "1.0.0") -> Path:
    src = make_source(tmp_path / f"src-{version}", version=version)
    refs = {
        "references/cheomseongdae/subject.toml": b'name_en = "Not the taxonomy name"\n',
        "references/cheomseongdae/c1.png": png_bytes((32, 24), RED),
        "references/cheomseongdae/c2.png": png_bytes((30, 26), (210, 40, 30)),
        "references/museum_bell/subject.toml": MUSEUM_BELL_TOML.encode(),
        "references/museum_bell/b1.png": png_bytes((32, 24), BLUE),
        "references/museum_bell/b2.png": png_bytes((28, 24), (30, 30, 220)),
    }
    for name, data in refs.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(data)
    with open(src / "pack.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[[files]]\npath = "references/museum_bell/b1.png"\ncredit = "Photo: Kim, bell archive"\n'
                     'licence = "CC-BY-SA-4.0"\n')
    return src


def _installed_pack(tmp_path: Path, version: str = "1.0.0") -> Path:
    out = tmp_path / f"refs-{version}.gjpack"
    operations.create(_source(tmp_path, version), out)
    return out


def test_pack_with_reference_photos_installs_and_feeds_the_gallery(home, tmp_path):
    pack = operations.install(_installed_pack(tmp_path), confirm_unsigned=True)
    roles = {f.path: f.role for f in pack.manifest.files if f.path.startswith("references/")}
    assert roles["references/museum_bell/subject.toml"] == "reference_subject"
    assert roles["references/museum_bell/b1.png"] == "reference_photo" and len(roles) == 6
    assert (pack.path / "references" / "cheomseongdae" / "c1.png").is_file()

    report = operations.use_references("bulguksa-demo")
    assert report.added == {"cheomseongdae": 2, "museum_bell": 2} and report.already_there == 0
    assert sorted(report.new_subjects) == ["cheomseongdae", "museum_bell"]
    gallery = Gallery()
    taxonomy_subject, own = gallery.load("cheomseongdae"), gallery.load("museum_bell")
    assert (taxonomy_subject.name_en, taxonomy_subject.type) == ("Cheomseongdae Observatory", "stone_monument")
    assert (own.name_en, own.name_ko, own.type) == ("Museum bell", "박물관 종", "bell")
    assert {r.added_by for r in own.references} == {"pack bulguksa-demo@1.0.0"}
    credits = {Path(r.path).name: (r.credit, r.licence) for r in own.references}
    assert credits["b1.png"] == ("Photo: Kim, bell archive", "CC-BY-SA-4.0")
    assert credits["b2.png"] == ("Gyeongju National Museum", "CC-BY-4.0")
    assert all(Path(r.path).is_relative_to(pack.path) for r in own.references)

    matcher = SubjectMatcher([(rec, gallery.embeddings(rec)) for rec in gallery.records()], np.zeros(D, np.float32))
    red_query = _features(np.full((8, 8, 3), RED, np.uint8))[None]
    blue_query = _features(np.full((8, 8, 3), BLUE, np.uint8))[None]
    red, blue = matcher.match(np.concatenate([red_query, blue_query]))
    assert red is not None and red.id == "cheomseongdae" and red.reference.added_by == "pack bulguksa-demo@1.0.0"
    assert blue is not None and blue.id == "museum_bell" and blue.reference.licence.startswith("CC-BY")


def test_using_the_references_again_adds_nothing_and_existing_subjects_keep_their_names(home, tmp_path):
    refs = (Reference("e" * 64, "/photos/own.jpg", "thumbs/eeeeeeeeeeeeeeee.jpg", "kim", "2026-01-01T00:00:00+00:00",
                      64, 48),)
    record = SubjectRecord("museum_bell", "Our bell", "우리 종", "bell", tuple(REFERENCE_VIEWS), {"sha256": "f" * 64},
                           refs)
    Gallery().save(record, np.ones((1, len(REFERENCE_VIEWS), D), np.float32), {refs[0].thumbnail: b"jpeg"})
    operations.install(_installed_pack(tmp_path), confirm_unsigned=True)
    first = use_pack_references("bulguksa-demo", "1.0.0")
    assert first.new_subjects == ["cheomseongdae"] and first.total_added == 4
    bell = Gallery().load("museum_bell")
    assert (bell.name_en, bell.name_ko) == ("Our bell", "우리 종") and len(bell.references) == 3
    before = snapshot(home / "data" / "subjects")
    again = use_pack_references("bulguksa-demo")
    assert again.total_added == 0 and again.already_there == 4
    assert snapshot(home / "data" / "subjects") == before

    # Uninstalling keeps the photos the curator now uses; --remove-references removes only the pack's.
    assert main(["pack", "uninstall", "bulguksa-demo"]) == 0
    assert snapshot(home / "data" / "subjects") == before
    operations.install(_installed_pack(tmp_path / "again"), confirm_unsigned=True)
    assert use_pack_references("bulguksa-demo").total_added == 0  # same photos: already there
    assert main(["pack", "uninstall", "bulguksa-demo", "--remove-references"]) == 0
    assert Gallery().ids() == ["museum_bell"]
    assert [r.sha256 for r in Gallery().load("museum_bell").references] == ["e" * 64]


def test_cli_install_with_use_references(home, tmp_path, capsys):
    pack = _installed_pack(tmp_path)
    assert main(["pack", "install", str(pack), "--yes-unsigned", "--use-references"]) == 0
    out = capsys.readouterr().out
    assert "4 added" in out and Gallery().ids() == ["cheomseongdae", "museum_bell"]
    assert main(["pack", "use-references", "bulguksa-demo@1.0.0"]) == 0
    assert "0 added" in capsys.readouterr().out
    assert main(["pack", "use-references", "bulguksa-demo@2.0.0"]) == 2
    assert main(["pack", "use-references", "../x"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err


def test_a_pack_without_references_says_so(home, tmp_path):
    src = make_source(tmp_path / "plain")
    operations.create(src, tmp_path / "plain.gjpack")
    operations.install(tmp_path / "plain.gjpack", confirm_unsigned=True)
    with pytest.raises(InvalidInput, match="carries no reference photos"):
        use_pack_references("bulguksa-demo")
    assert not (home / "data" / "subjects").exists()


PHOTO = png_bytes((16, 12), RED)
SUBJECT = b'name_en = "Museum bell"\n'


def _hostile(files: dict[str, bytes], *, roles: dict[str, str] | None = None, blank: str = "", credit: str = ""):
    def build(path: Path) -> Path:
        data = manifest_json(files)
        for entry in data["files"]:
            if roles and entry["path"] in roles:
                entry["role"] = roles[entry["path"]]
            if entry["path"] == blank:
                entry["credit"] = credit
        return write_zip(path, [("manifest.json", json.dumps(data).encode()), *files.items()])

    return build


def _bell(toml: bytes | None = SUBJECT, photo: bytes = PHOTO) -> dict[str, bytes]:
    files = {} if toml is None else {"references/museum_bell/subject.toml": toml}
    return {**files, "references/museum_bell/a.png": photo}


HOSTILE = {
    "photo outside references/": _hostile(
        {"images/x.png": PHOTO, "references/museum_bell/subject.toml": SUBJECT},
        roles={"images/x.png": "reference_photo"},
    ),
    "photo directly in references/": _hostile(
        {"references/x.png": PHOTO}, roles={"references/x.png": "reference_photo"}
    ),
    "hostile subject folder": _hostile({"references/CON/subject.toml": SUBJECT, "references/CON/a.png": PHOTO}),
    "upper-case subject folder": _hostile({"references/Evil/subject.toml": SUBJECT, "references/Evil/a.png": PHOTO}),
    "subject.toml names another id": _hostile(_bell(b'id = "../../escape"\nname_en = "X"\n')),
    "subject.toml with an unknown type": _hostile(_bell(b'name_en = "X"\ntype = "spaceship"\n')),
    "subject.toml without a name": _hostile(_bell(b'name_ko = "X"\n')),
    "subject.toml not TOML": _hostile(_bell(b"name_en = [")),
    "photo without subject.toml": _hostile(_bell(None)),
    "photo that is not an image": _hostile(_bell(photo=b"not an image")),
    "photo without credit": _hostile(_bell(), blank="references/museum_bell/a.png"),
    "credit on two lines": _hostile(_bell(), blank="references/museum_bell/a.png", credit="Kim\nLee"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_reference_packs_are_refused_with_one_sentence_and_nothing_written(home, tmp_path, case, capsys):
    pack = HOSTILE[case](tmp_path / "hostile.gjpack")
    before = snapshot(home)
    assert main(["pack", "install", str(pack), "--yes-unsigned", "--use-references"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "refused" in err, err
    assert snapshot(home) == before
    assert not (tmp_path / "escape").exists() and not packs_dir().exists()


def test_pack_create_refuses_a_badly_laid_out_references_folder(tmp_path):
    for name in ("references/a.png", "references/Bad Id/a.png", "references/bell/deeper/a.png"):
        src = make_source(tmp_path / f"src-{len(name)}")
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(PHOTO)
        with pytest.raises(InvalidInput):
            operations.create(src, tmp_path / "out.gjpack")
        assert not (tmp_path / "out.gjpack").exists()
    src = make_source(tmp_path / "no-subject")
    (src / "references" / "bell").mkdir(parents=True)
    (src / "references" / "bell" / "a.png").write_bytes(PHOTO)
    with pytest.raises(InvalidInput, match="subject.toml"):
        operations.create(src, tmp_path / "out.gjpack")


def test_added_by_names_the_pack_version():
    assert added_by("bulguksa-demo", "1.2.0") == "pack bulguksa-demo@1.2.0"


@pytest.mark.slow
def test_real_backbone_classify_names_a_subject_from_a_pack(tmp_path, monkeypatch, capsys):
    """A pack's renders of a taxonomy site and of a new subject; classify --json names a new photo."""
    from PIL import Image

    from app.content.render.catalog import render
    from app.content.render.spec import RenderSpec

    monkeypatch.setenv("GYEONGJU_AI_HOME", str(tmp_path / "real-home"))

    def photo(subject: str, seed: int, view: float) -> np.ndarray:
        return render(subject, RenderSpec(width=320, height=240, seed=seed, view=view))

    src = make_source(tmp_path / "src")
    for folder, subject, toml in (
        ("cheomseongdae", "cheomseongdae", b""),
        ("royal_mounds", "daereungwon", b'name_en = "Royal mounds"\ntype = "royal_tomb"\n'),
    ):
        (src / "references" / folder).mkdir(parents=True)
        (src / "references" / folder / "subject.toml").write_bytes(toml)
        for i, view in enumerate((-0.4, 0.4)):
            Image.fromarray(photo(subject, i, view)).save(src / "references" / folder / f"{i}.jpg", quality=90)
    operations.create(src, tmp_path / "real.gjpack")
    assert main(["pack", "install", str(tmp_path / "real.gjpack"), "--yes-unsigned", "--use-references"]) == 0
    query = tmp_path / "query.jpg"
    Image.fromarray(photo("cheomseongdae", 21, 0.0)).save(query)
    capsys.readouterr()
    assert main(["classify", "--json", str(query)]) == 0
    subject = json.loads(capsys.readouterr().out)["subject"]
    assert subject is not None and subject["id"] == "cheomseongdae", subject
    assert Path(subject["reference"]["path"]).is_relative_to(packs_dir().resolve() / "bulguksa-demo" / "1.0.0")
