"""The condition language: parsing, the "unknown is false" rule, order, counts, memory, evidence."""

from __future__ import annotations

import pytest

from dfuforensics.memory import MemoryView
from dfuforensics.model import NOT_PRESENT, Event, Location, MemorySegment
from dfuforensics.rules.lang import ConditionError, Context, compile_condition


def ev(kind: str, line: int, t: float | None = None, **fields) -> Event:
    return Event(kind, f"{kind} {fields}", "dev.log", line=line, t=t, clock="device" if t is not None else "none",
                 fields=fields)


EVENTS = [
    ev("boot.start", 1, 0.0, stage="bootloader"),
    ev("dfu.request", 2, 1.0, op="CREATE", object_type="COMMAND"),
    ev("dfu.validation", 3, 1.5, check="sd_req", ok=False, ext_error="SD_VERSION_FAILURE"),
    ev("dfu.response", 4, 1.6, op="EXECUTE", result="EXT_ERROR", ext_error="SD_VERSION_FAILURE"),
    ev("transport.disconnect", 5, 9.0, reason="timeout"),
    ev("boot.start", 6, 0.0, stage="bootloader"),
]


def check(cond: str, facts: dict | None = None, memory: MemoryView | None = None):
    return compile_condition(cond).evaluate(Context(EVENTS, facts or {}, memory))


def test_where_binds_field_tests_and_top_level_keeps_or():
    r = check('event dfu.validation where check == "sd_req" and ok == false\n'
              'or event dfu.response where ext_error == "NOPE"')
    assert r.ok and [e.line for e in r.events] == [3]


def test_and_no_after_is_about_the_last_a():
    assert check('event dfu.response where op == "EXECUTE" and no event boot.app_start after').ok
    assert not check('event dfu.request and no event boot.start after').ok
    assert check('event transport.disconnect and no event dfu.* after').ok


def test_then_within_uses_one_clock():
    assert check('event dfu.request then event dfu.response within 1 s').ok
    assert not check('event dfu.request then event transport.disconnect within 5 s').ok
    assert check('event dfu.request then event transport.disconnect').ok
    # boot.start at line 6 comes after, but its uptime restarted: "within" cannot be proven from t alone
    assert not check('event dfu.response then event dfu.request').ok


def test_count_and_globs():
    assert check('count(event boot.start where stage == "bootloader") >= 2').ok
    assert not check('count(event boot.*) > 2').ok
    r = check('count(event dfu.*) == 3')
    assert r.ok and len(r.events) == 3


def test_unknown_facts_are_false_both_ways():
    facts = {"dfu": {"outcome": "failed", "image_size": NOT_PRESENT}}
    assert check('dfu.outcome == "failed"', facts).ok
    assert not check('dfu.image_size > 0', facts).ok
    assert not check('dfu.image_size <= 0', facts).ok
    assert not check('exists(dfu.image_size)', facts).ok
    assert check('exists(dfu.outcome) and dfu.outcome != "success"', facts).ok
    assert not check('settings.crc_valid == false', facts).ok


def test_operators_and_fact_evidence():
    facts = {"flash": {"fds_start": 0x26000, "fds_end": 0x28000, "bank1_start": 0x27000},
             "_where": {"flash.fds_start": Location("flash.hex", offset=0x26000)}}
    r = check('overlaps(flash.fds_start, flash.fds_end, flash.bank1_start, 0x80000)', facts)
    assert r.ok and r.facts[0].location == Location("flash.hex", offset=0x26000)
    assert not check('overlaps(flash.fds_start, flash.fds_end, 0x28000, 0x30000)', facts).ok
    assert check('event dfu.validation where check in ["hash", "sd_req"] and text contains "sd_req"').ok
    assert check('event dfu.response where ext_error matches "^SD_.*FAIL"').ok


def test_memory_checks():
    mem = MemoryView()
    mem.add(MemorySegment(0x10001014, bytes.fromhex("ffffffff"), Location("uicr.bin", offset=0x14)))
    r = check('u32(0x10001014) == 0xFFFFFFFF and known(0x10001014, 4)', memory=mem)
    assert r.ok and r.facts[0].location.input == "uicr.bin"
    assert not check('u32(0x3000) == 0', memory=mem).ok
    assert check('not known(0x3000, 4)', memory=mem).ok


@pytest.mark.parametrize("bad, line", [
    ('event dfu.x where a ==', 1),
    ('event dfu.x where a == "b"\nand and', 2),
    ('event dfu.x where text matches "(("', 1),
    ('dfu.outcome > "x"', 1),
    ('', 1),
])
def test_errors_carry_a_line(bad, line):
    with pytest.raises(ConditionError) as exc:
        compile_condition(bad)
    assert exc.value.line == line and exc.value.message
