"""``present PACK --rehearse`` with the app's real models on a tiny installed pack."""

from __future__ import annotations

import json

import pytest
from pack_fixtures import PACK_TOML
from presentation_fixtures import make_pack

from app.cli import main
from app.packs.operations import create, install


@pytest.mark.slow
def test_rehearse_an_installed_pack_with_the_real_models(tmp_path, app_home, capsys):
    source = make_pack(tmp_path / "src")
    (source / "pack.toml").write_text(
        PACK_TOML.format(pack_id="rehearse-demo", version="1.0.0").split("[[files]]")[0], encoding="utf-8")
    packed = tmp_path / "demo.gjpack"
    create(source, packed)
    installed = install(packed, confirm_unsigned=True)

    assert main(["present", str(packed), "--rehearse"]) == 0
    out = capsys.readouterr().out
    print(out)
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["step", "kind", "seconds"]
    assert [line.split()[1] for line in lines[1:4]] == ["restore", "recognise", "teach"]
    assert "3 live step(s) rehearsed" in lines[4]
    cache = installed.path / "cache"
    restored = json.loads((cache / "2-restore" / "result.json").read_text(encoding="utf-8"))
    assert restored["images"] == {"before": "before.png", "after": "after.png"}
    assert (cache / "2-restore" / "after.png").is_file()
    recognised = json.loads((cache / "3-recognise" / "result.json").read_text(encoding="utf-8"))
    assert recognised["provenance"]["id"] and recognised["provenance"]["sha256"]
    assert (cache / "3-recognise" / "heatmap.png").is_file()
    taught = json.loads((cache / "4-teach" / "result.json").read_text(encoding="utf-8"))
    assert taught["data"]["labels"] == {"warm": 2, "cool": 2}
    assert (cache / "4-teach" / "examples.png").is_file()
