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


@pytest.mark.slow
def test_a_restore_step_with_a_known_mask_fills_it_with_the_learned_inpainter(tmp_path):
    """The pack says where the damage is; the live step fills exactly there and records model and mask."""
    import numpy as np
    from PIL import Image

    from app.domain.progress import CancelToken
    from app.presentation.operations import restore_step
    from app.presentation.script import Step

    y, x = np.mgrid[0:96, 0:128]
    clean = np.dstack([60 + x, 80 + y, np.full_like(x, 120)]).astype(np.uint8)
    aged, mask = clean.copy(), np.zeros((96, 128), np.uint8)
    aged[40:44, 10:118] = 250  # a bright scratch across the picture
    mask[39:45, 8:120] = 255
    (tmp_path / "images").mkdir()
    Image.fromarray(aged).save(tmp_path / "images" / "aged.png")
    Image.fromarray(mask).save(tmp_path / "images" / "damage.png")
    step = Step(1, "restore", {"ko": "복원", "en": "Restore"}, image="images/aged.png", mask="images/damage.png")

    result = restore_step(step, tmp_path, lambda _p: None, CancelToken())
    after = result.images["after"].astype(int)
    scratch = (slice(40, 44), slice(10, 118))
    assert np.abs(after[scratch] - clean[scratch]).mean() < 0.3 * np.abs(aged[scratch] - clean[scratch]).mean()
    first = result.data["steps"][0]
    assert first["name"] == "inpaint" and first["model"]["id"] == "inpaint_net"
    assert first["mask"]["file"] == "images/damage.png" and len(first["mask"]["sha256"]) == 64
    assert {"id": "inpaint_net"}.items() <= result.provenance["models"][0].items()
