"""Rehearsal writes the cache; a live step that fails or is too slow shows the cached result."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest
from presentation_fixtures import failing_operation, fake_operation, make_pack, slow_operation

from app.cli import main
from app.domain.errors import InvalidInput
from app.presentation.cache import load_result
from app.presentation.live import LIVE, TOO_SLOW, run_step
from app.presentation.operations import Operations
from app.presentation.rehearse import rehearse, timings_table
from app.presentation.script import load_script

FAKE = Operations(restore=fake_operation, recognise=fake_operation, teach=fake_operation)


@pytest.fixture
def pack(tmp_path):
    return make_pack(tmp_path / "pack")


def test_rehearse_writes_the_cache_and_a_timings_table(pack):
    script = load_script(pack / "scripts" / "show.toml")
    seen = []
    timings = rehearse(script, pack, seen.append, operations=FAKE, warm=False)
    assert [(t.step, t.kind) for t in timings] == [(2, "restore"), (3, "recognise"), (4, "teach")]
    assert all(t.within_budget for t in timings)
    assert seen[-1].fraction == 1.0
    for timing in timings:
        folder = pack / "cache" / f"{timing.step}-{timing.kind}"
        assert timing.cache == folder
        record = json.loads((folder / "result.json").read_text(encoding="utf-8"))
        assert record["step"] == timing.step and record["seconds"] >= 0 and record["within_budget"] is True
        assert record["provenance"]["model"]["id"] == "fake"
        assert sorted(p.name for p in folder.glob("*.png")) == ["after.png", "before.png"]
    table = timings_table(timings).splitlines()
    assert table[0].split() == ["step", "kind", "seconds", "budget_s", "within", "budget"]
    assert table[1].split()[:2] == ["2", "restore"] and table[1].split()[-1] == "yes"
    assert table[3].split()[3] == "5"


def test_failing_model_shows_the_cached_result(pack):
    script = load_script(pack / "scripts" / "show.toml")
    rehearse(script, pack, operations=FAKE, warm=False)
    step = script.steps[1]
    outcome = run_step(step, pack / "cache" / step.cache_name, 2.0, operation=failing_operation)
    assert outcome.source.startswith("cache (failed: ") and outcome.from_cache
    assert "weights do not match their checksum" in outcome.source
    cached, _record = load_result(pack / "cache" / "2-restore")
    assert np.array_equal(outcome.result.images["after"], cached.images["after"])
    assert outcome.record["kind"] == "restore"


def test_step_slower_than_its_budget_shows_the_cached_result(pack):
    script = load_script(pack / "scripts" / "show.toml")
    rehearse(script, pack, operations=FAKE, warm=False)
    step = script.steps[2]
    outcome = run_step(step, pack / "cache" / step.cache_name, 0.2, operation=slow_operation)
    assert outcome.source == TOO_SLOW
    assert outcome.seconds < 1.0
    assert "after" in outcome.result.images
    # The slow step is asked to stop; it ends soon instead of running on in the background.
    for thread in threading.enumerate():
        if thread.name.startswith("live-step-"):
            thread.join(2.0)
            assert not thread.is_alive()


def test_step_within_budget_runs_live(pack):
    script = load_script(pack / "scripts" / "show.toml")
    step = script.steps[1]
    outcome = run_step(step, pack / "cache" / step.cache_name, operation=fake_operation)
    assert outcome.source == LIVE and not outcome.from_cache and outcome.record is None


def test_failure_without_cache_is_one_sentence(pack):
    step = load_script(pack / "scripts" / "show.toml").steps[1]
    with pytest.raises(InvalidInput) as caught:
        run_step(step, pack / "cache" / step.cache_name, 2.0, operation=failing_operation)
    message = str(caught.value)
    assert message.startswith("Step 2 (restore) failed (") and "rehearse" in message and "\n" not in message


def test_slow_step_without_cache_is_waited_for(pack):
    step = load_script(pack / "scripts" / "show.toml").steps[1]
    outcome = run_step(step, pack / "cache" / step.cache_name, 0.05,
                       operation=lambda *a: slow_operation(*a, seconds=0.3))
    assert outcome.source == LIVE and outcome.seconds >= 0.3


def test_present_without_rehearse_checks_the_target_before_opening_a_window(tmp_path, capsys):
    # Opening the presenter itself is covered by tests/gui/test_presenter.py.
    assert main(["present", str(tmp_path / "missing.toml")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("gyeongju-ai: “") and "does not exist" in err


def test_present_rehearse_of_a_show_without_live_steps(tmp_path, capsys):
    script = tmp_path / "show.toml"
    script.write_text('[show]\nlanguages = ["ko", "en"]\ntitle = { ko = "가", en = "A" }\n'
                      '[[step]]\nkind = "title"\ncaptions = { ko = "가", en = "A" }\n', encoding="utf-8")
    assert main(["present", str(script), "--rehearse"]) == 0
    assert "nothing to rehearse" in capsys.readouterr().out


def test_present_rehearse_reports_a_bad_script_on_one_line(tmp_path, capsys):
    script = tmp_path / "show.toml"
    script.write_text('[show]\nlanguages = ["ko"]\n', encoding="utf-8")
    assert main(["present", str(script), "--rehearse"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 2" in err
