"""One timeline from every input: order, boot epochs, gaps.

Why: a device log, a host log and an nrfutil trace each have their own clock.  Device uptime
restarts at every reset, so its timestamps only order events inside one boot epoch; host wall-clock
times order events across host inputs.  We never invent an offset between the two clocks: inputs
whose clocks cannot be compared stay in the order they were given, each in its own line order.

``analyze`` re-orders ``case.events`` in place (rules' "then"/"after" and the report's timeline use
that order), stores a ``Timeline`` record and publishes ``timeline.*`` facts.  It works on plain
Python records: importing pandas costs more than analysing a small log, so the pandas frame
(``Timeline.frame``, ``ordered_frame``) is built only when someone asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import NOT_PRESENT, Event

#: A device clock that goes back by more than this (seconds) means the device restarted.
UPTIME_RESTART_S = 0.5
#: A silence longer than this (seconds, on one clock, inside one epoch) is reported as a stall.
STALL_S = 10.0

COLUMNS = ("order", "source", "line", "offset", "clock", "t", "epoch", "kind", "level", "module", "text")


@dataclass(slots=True)
class Timeline:
    """The merged timeline: events in order and their boot epochs; ``frame`` is the pandas view.

    The frame (one row per event, columns ``COLUMNS``) is built on first access and kept.
    """

    events: list[Event]
    epochs: list[int]
    _frame: Any = None

    @property
    def frame(self) -> Any:
        if self._frame is None:
            self._frame = to_frame(self.events, self.epochs)
        return self._frame


def merge_order(events: list[Event]) -> list[Event]:
    """Events in timeline order: host-clock inputs merged by time, others as blocks in input order."""
    by_source: dict[str, list[Event]] = {}
    for e in events:
        by_source.setdefault(e.source, []).append(e)
    host_sources = [s for s, evs in by_source.items()
                    if any(e.clock == "host" and e.t is not None for e in evs)
                    and all(e.clock in ("host", "none") for e in evs)]
    out: list[Event] = []
    host_done = False
    for source, evs in by_source.items():
        if source not in host_sources:
            out.extend(evs)
            continue
        if host_done:
            continue
        host_done = True
        keyed: list[tuple[float, int, int, Event]] = []
        for srank, s in enumerate(host_sources):
            last_t = float("-inf")
            for i, e in enumerate(by_source[s]):
                if e.t is not None:
                    last_t = e.t
                keyed.append((last_t, srank, i, e))
        keyed.sort(key=lambda k: (k[0], k[1], k[2]))
        out.extend(k[3] for k in keyed)
    return out


def boot_epochs(events: list[Event]) -> list[int]:
    """The boot epoch of each event: per input, a new epoch at every ``boot.start`` or uptime restart."""
    epochs: list[int] = []
    state: dict[str, tuple[int, float | None, bool]] = {}  # source -> (epoch, last device t, seen any)
    for e in events:
        epoch, last_t, seen = state.get(e.source, (0, None, False))
        restarted = False
        if e.kind == "boot.start" and seen:
            restarted = True
        elif e.clock == "device" and e.t is not None and last_t is not None and e.t < last_t - UPTIME_RESTART_S:
            restarted = True
        if restarted:
            epoch += 1
            last_t = None
        if e.clock == "device" and e.t is not None:
            last_t = e.t
        state[e.source] = (epoch, last_t, True)
        epochs.append(epoch)
    return epochs


def to_frame(events: list[Event], epochs: list[int]) -> Any:
    import pandas as pd

    rows = {
        "order": list(range(len(events))),
        "source": [e.source for e in events],
        "line": pd.array([e.line for e in events], dtype="Int64"),
        "offset": pd.array([e.offset for e in events], dtype="Int64"),
        "clock": [e.clock for e in events],
        "t": pd.array([e.t for e in events], dtype="Float64"),
        "epoch": epochs,
        "kind": [e.kind for e in events],
        "level": [e.level or "" for e in events],
        "module": [e.module or "" for e in events],
        "text": [e.text for e in events],
    }
    return pd.DataFrame(rows, columns=list(COLUMNS))


def gaps(frame: Any) -> list[dict[str, Any]]:
    """Silences longer than STALL_S within one input, one clock and one boot epoch."""
    timed = frame[frame["t"].notna() & (frame["clock"] != "none")]
    out: list[dict[str, Any]] = []
    for (source, clock, epoch), grp in timed.groupby(["source", "clock", "epoch"], sort=True):
        dt = grp["t"].diff()
        for idx in dt[dt > STALL_S].index:
            pos = grp.index.get_loc(idx)
            prev = grp.iloc[pos - 1]
            out.append({"source": source, "clock": clock, "epoch": int(epoch), "seconds": float(dt[idx]),
                        "after_line": None if prev["line"] is None else int(prev["line"]),
                        "order": int(grp.loc[idx, "order"])})
    out.sort(key=lambda g: g["order"])
    return out


def find_gaps(events: list[Event], epochs: list[int]) -> list[dict[str, Any]]:
    """``gaps`` without pandas: the same silences, in the same order, from the event list."""
    groups: dict[tuple[str, str, int], list[int]] = {}
    for i, e in enumerate(events):
        if e.t is not None and e.t == e.t and e.clock != "none":  # e.t == e.t: NaN is "no time", as in pandas
            groups.setdefault((e.source, e.clock, epochs[i]), []).append(i)
    out: list[dict[str, Any]] = []
    for (source, clock, epoch), idx in sorted(groups.items(), key=lambda kv: kv[0]):
        for prev, cur in zip(idx, idx[1:], strict=False):
            seconds = events[cur].t - events[prev].t  # type: ignore[operator]
            if seconds > STALL_S:
                line = events[prev].line
                out.append({"source": source, "clock": clock, "epoch": int(epoch), "seconds": float(seconds),
                            "after_line": None if line is None else int(line), "order": cur})
    out.sort(key=lambda g: g["order"])
    return out


def analyze(case: Any) -> None:
    if not case.events:
        return
    case.events[:] = merge_order(case.events)
    epochs = boot_epochs(case.events)
    case.records[Timeline] = [Timeline(list(case.events), epochs)]
    stalls = find_gaps(case.events, epochs)
    case.facts["timeline"] = {
        "events": len(case.events),
        "sources": len({e.source for e in case.events}),
        "clocks": sorted({e.clock for e in case.events}),
        "boot_epochs": max(epochs) + 1,
        "boot_starts": sum(1 for e in case.events if e.kind == "boot.start"),
        "stalls": len(stalls),
        "longest_gap_s": max((g["seconds"] for g in stalls), default=NOT_PRESENT),
        "last_kind": case.events[-1].kind,
    }
    case.facts.setdefault("_timeline", {})["gaps"] = stalls


def ordered_frame(case: Any) -> Any:
    """The frame for ``case`` (built if the analysis did not run, e.g. a partial pipeline)."""
    got = case.records.get(Timeline)
    if got:
        return got[0].frame
    events = merge_order(case.events)
    return to_frame(events, boot_epochs(events))
