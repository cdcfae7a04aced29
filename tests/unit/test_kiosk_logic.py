"""Qt-free kiosk logic: config + PIN, idle state machine, statistics, energy, gesture, contrast, watchdog."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.kiosk.config import (
    KioskConfig,
    KioskConfigError,
    config_from_dict,
    hash_pin,
    load_config,
    save_config,
    verify_pin,
)
from app.kiosk.contrast import contrast_ratio
from app.kiosk.energy import EnergyMeter
from app.kiosk.gesture import CornerTaps
from app.kiosk.idle import IdleMachine, IdleState
from app.kiosk.languages import KIOSK_LANGUAGES, LANGUAGE_CODES, TOUCH_TO_BEGIN
from app.kiosk.stats import CSV_COLUMNS, KioskStats
from app.kiosk.watchdog import Watchdog


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    config = KioskConfig().with_pin("2468")
    path = tmp_path / "kiosk.toml"
    save_config(config, path)
    text = path.read_text(encoding="utf-8")
    assert "2468" not in text and "pbkdf2_sha256$" in text
    loaded = load_config(path)
    assert loaded == config
    assert loaded.idle_seconds == 60 and loaded.countdown_seconds == 10
    assert loaded.check_pin("2468") and not loaded.check_pin("2469")


def test_pin_hash_is_salted_and_wrong_pin_refused() -> None:
    a, b = hash_pin("1234", iterations=10_000), hash_pin("1234", iterations=10_000)
    assert a != b  # salted
    assert verify_pin("1234", a) and not verify_pin("4321", a)
    assert not verify_pin("1234", "pbkdf2_sha256$10000$zz$00")
    assert verify_pin("0000", "") and not verify_pin("1234", "")
    with pytest.raises(KioskConfigError):
        hash_pin("12ab")


@pytest.mark.parametrize(
    "data",
    [
        {"idle_seconds": "soon"},
        {"idle_seconds": 5},
        {"default_language": "fr"},
        {"languages": ["ko", "xx"]},
        {"theme": "neon"},
        {"pin_hash": "1234"},
        {"countdown_seconds": 60, "idle_seconds": 30},
        {"colour": "red"},
        {"large_text": "yes"},
    ],
)
def test_config_errors_are_one_sentence(data: dict) -> None:
    with pytest.raises(KioskConfigError) as info:
        config_from_dict(data, Path("kiosk.toml"))
    message = str(info.value)
    assert message.startswith("kiosk.toml: ") and message.endswith(".") and "\n" not in message


def test_cli_bad_config_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "kiosk.toml"
    bad.write_text("idle_seconds = 'never'\n", encoding="utf-8")
    assert main(["kiosk", "--config", str(bad), "--soak", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "idle_seconds" in err
    bad.write_text("idle_seconds = \n", encoding="utf-8")
    assert main(["kiosk", "--config", str(bad)]) == 2
    assert "not valid TOML" in capsys.readouterr().err
    assert main(["kiosk", "--config", str(tmp_path / "missing.toml")]) == 2


def test_idle_two_stages_with_fake_clock() -> None:
    clock = FakeClock()
    idle = IdleMachine(60, 10, clock)
    assert idle.tick() is IdleState.ATTRACT
    clock.now += 500
    assert idle.tick() is IdleState.ATTRACT  # the attract loop never times out
    idle.touch()
    clock.now += 59.9
    assert idle.tick() is IdleState.ACTIVE
    clock.now += 0.2
    assert idle.tick() is IdleState.WARNING and idle.seconds_left() == 10
    clock.now += 6.5
    assert idle.tick() is IdleState.WARNING and idle.seconds_left() == 4
    idle.touch()  # "I'm still here"
    assert idle.tick() is IdleState.ACTIVE and idle.seconds_left() == 0
    clock.now += 70.1
    assert idle.tick() is IdleState.ATTRACT


def test_stats_csv_is_anonymous(tmp_path: Path) -> None:
    clock = FakeClock()
    stats = KioskStats(tmp_path / "s.sqlite", clock=clock)
    stats.begin_session()
    stats.experience_started("heal", "th")
    clock.now += 42.0
    stats.experience_ended("heal")
    stats.begin_session()
    stats.experience_started("teach", "es")
    stats.end_all()
    rows = list(csv.reader(io.StringIO(stats.to_csv())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1][:3] == ["1", "heal", "th"] and rows[1][4] == "42.0"
    assert rows[2][:3] == ["2", "teach", "es"]
    assert stats.session_count() == 2 and stats.languages() == {"th": 1, "es": 1}
    out = stats.export_csv(tmp_path / "out" / "stats.csv")
    assert out.read_text(encoding="utf-8") == stats.to_csv()
    stats.close()


def test_energy_estimate_uses_the_stated_power() -> None:
    cpu, wall = FakeClock(), FakeClock()
    meter = EnergyMeter(watts_per_core=10.0, clock=wall, cpu_clock=cpu)
    with meter.measure() as out:
        cpu.now += 0.9
        wall.now += 0.5
    assert out[0].joules == pytest.approx(9.0) and out[0].led_bulb_seconds == pytest.approx(1.0)
    assert "LED bulb" in out[0].comparison()
    assert meter.total_joules == pytest.approx(9.0)


def test_corner_gesture_needs_five_quick_taps() -> None:
    clock = FakeClock()
    taps = CornerTaps(5, 3.0, clock)
    assert not any(taps.tap(True) for _ in range(4))
    assert taps.tap(True)
    for _ in range(4):
        taps.tap(True)
        clock.now += 1.0
    assert not taps.tap(True)  # too slow: 4 s for five taps
    assert not taps.tap(False)


def test_languages_named_in_their_own_script() -> None:
    assert LANGUAGE_CODES == ("ko", "en", "zh", "ja", "es", "vi", "th", "id")
    names = {lang.code: lang.native_name for lang in KIOSK_LANGUAGES}
    assert names["th"] == "ภาษาไทย" and names["ko"] == "한국어" and names["vi"] == "Tiếng Việt"
    assert set(TOUCH_TO_BEGIN) == set(LANGUAGE_CODES)


def test_contrast_ratio_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


class _FakeChild:
    def __init__(self, statuses: list[int | None]) -> None:
        self.statuses = statuses
        self.terminated = False

    def poll(self) -> int | None:
        return self.statuses.pop(0) if self.statuses else None

    def terminate(self) -> None:
        self.terminated = True

    def wait(self, timeout: float | None = None) -> int:
        return -15

    def kill(self) -> None:
        pass


def test_watchdog_restarts_after_crash_and_stale_heartbeat(tmp_path: Path) -> None:
    clock = FakeClock()
    heartbeat = tmp_path / "heartbeat"
    heartbeat.write_text("0")
    children = [_FakeChild([None, 1]), _FakeChild([None] * 100), _FakeChild([0])]
    started: list[_FakeChild] = []

    def popen(command: list[str]) -> subprocess.Popen[bytes]:
        child = children.pop(0)
        started.append(child)
        return child  # type: ignore[return-value]

    def sleep(seconds: float) -> None:
        clock.now += seconds

    # The heartbeat file's mtime is "now" in real time; the fake clock runs far ahead, so it goes stale.
    clock.now = heartbeat.stat().st_mtime
    dog = Watchdog(["kiosk"], heartbeat, stale_after=20, poll=5, popen=popen, clock=clock, sleep=sleep)
    assert dog.run() == 0
    assert dog.restarts == 2 and started[1].terminated
