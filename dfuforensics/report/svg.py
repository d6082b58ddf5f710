"""The two drawings of the HTML report, as inline SVG text (no script, no external reference).

Timeline: one row per domain (boot/resets, DFU, transport/host, faults, log) over boot epochs.  A
device's uptime clock restarts at every reset, so each epoch gets its own stretch of the axis; inside
an epoch, events with a time sit at their time and events without one sit, in order, between their
timed neighbours.  Phases (init packet, firmware data) are bands, objects and errors are marks, resets
are dashed lines.  Every mark whose line has an excerpt links to it.

Flash map: regions top (low address) to bottom (high), each elementary stretch between two region
boundaries sized on a power scale (KiB ** 0.4) with a minimum, so a 4 KiB settings page is as legible as a 900 KiB
application; real addresses label every boundary; regions that share bytes are put side by side and
the shared stretch is hatched red; damaged regions are cross-hatched.

Every string from evidence passes through ``esc`` (HTML/XML escaping of inert text).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from . import common
from .common import clip, inert
from .values import format_value


def esc(text: object) -> str:
    return html.escape(inert(text), quote=True)


def _n(x: float) -> str:
    """Coordinates with two decimals at most: stable text, small files."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


# ------------------------------------------------------------------------------------------------
# timeline

LANES = (("boot", "Boot / resets"), ("dfu", "DFU"), ("link", "Transport / host"), ("fault", "Faults"),
         ("log", "Log"))
#: Plain log lines are drawn as ticks only while the timeline is at most this long.
PLAIN_TICKS_LIMIT = 1500

_W, _X0, _X1 = 1000.0, 130.0, 985.0
_TOP, _EPOCH_H, _LANE_H = 8.0, 22.0, 30.0

PHASES = (("COMMAND", "init packet", "#cfe3fb"), ("DATA", "firmware data", "#d5f0d5"))


def _epochs(events: Sequence[Any]) -> list[tuple[int, int]]:
    """[start, end) index ranges of boot epochs; a new one starts at every ``boot.start``."""
    cuts = [0] + [i for i, e in enumerate(events) if e.kind == "boot.start" and i > 0] + [len(events)]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _positions(events: Sequence[Any]) -> tuple[list[float], list[tuple[int, int, float, float]]]:
    """x of every event, and the epochs with their x extent."""
    n = len(events)
    epochs = _epochs(events)
    weights = [(b - a) + 0.03 * n for a, b in epochs]
    total = sum(weights) or 1.0
    span = _X1 - _X0
    xs = [0.0] * n
    out_epochs = []
    x = _X0
    for (a, b), wgt in zip(epochs, weights, strict=True):
        width = span * wgt / total
        pad = min(8.0, width / 4)
        lo, hi = x + pad, x + width - pad
        fracs = _fractions(events[a:b])
        for k, fr in enumerate(fracs):
            xs[a + k] = lo + (hi - lo) * fr
        out_epochs.append((a, b, x, x + width))
        x += width
    return xs, out_epochs


def _fractions(evs: Sequence[Any]) -> list[float]:
    """Where each event of one epoch sits in [0, 1]: by time when its clock allows, else by order."""
    n = len(evs)
    if n == 1:
        return [0.5]
    by_order = [i / (n - 1) for i in range(n)]
    clocks: dict[str, int] = {}
    for e in evs:
        if e.t is not None and e.clock != "none":
            clocks[e.clock] = clocks.get(e.clock, 0) + 1
    if not clocks:
        return by_order
    clock = sorted(clocks.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    timed = [(i, float(e.t)) for i, e in enumerate(evs) if e.t is not None and e.clock == clock]
    ts = [t for _, t in timed]
    if len(timed) < 2 or ts[-1] <= ts[0] or any(b < a for a, b in pairwise(ts)):
        return by_order  # too few times, or times out of order: order is the honest axis
    t0, t1 = ts[0], ts[-1]
    # time fraction for timed events; untimed ones interpolated by order between timed neighbours;
    # order still gets a share (30 %) so bursts at one instant stay apart
    anchor = {i: (t - t0) / (t1 - t0) for i, t in timed}
    keys = sorted(anchor)
    out = []
    for i in range(n):
        if i in anchor:
            tf = anchor[i]
        else:
            prev = max((k for k in keys if k < i), default=None)
            nxt = min((k for k in keys if k > i), default=None)
            if prev is None:
                tf = anchor[nxt] * (i / nxt) if nxt else 0.0
            elif nxt is None:
                tf = anchor[prev] + (1 - anchor[prev]) * ((i - prev) / (n - prev))
            else:
                tf = anchor[prev] + (anchor[nxt] - anchor[prev]) * (i - prev) / (nxt - prev)
        out.append(0.7 * tf + 0.3 * by_order[i])
    return out


def _fmt_t(t: float, clock: str) -> str:
    if clock == "host" and 0 <= t < 86400 * 2:
        h, rem = divmod(t, 3600)
        m, s = divmod(rem, 60)
        return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"
    return f"{t:.3f} s"


def timeline_svg(report: Any, anchors: set[tuple[str, int]] | None = None) -> str:
    """The DFU timeline; empty string when the report has no events."""
    events = list(report.timeline)
    if not events:
        return ""
    anchors = anchors or set()
    idx = common.input_index(report)
    xs, epochs = _positions(events)
    lane_y = {name: _TOP + _EPOCH_H + 6 + k * _LANE_H for k, (name, _) in enumerate(LANES)}
    bottom = _TOP + _EPOCH_H + 6 + len(LANES) * _LANE_H
    height = bottom + 58
    o: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {_n(_W)} {_n(height)}" '
        f'width="{_n(_W)}" height="{_n(height)}" role="img" aria-label="DFU timeline">',
        "<title>DFU timeline: boot epochs, phases, objects, errors and resets</title>",
    ]
    # epochs
    for k, (a, b, x0, x1) in enumerate(epochs):
        first = events[a]
        fill = "#f3f5f8" if k % 2 == 0 else "#ffffff"
        o.append(f'<rect x="{_n(x0)}" y="{_n(_TOP)}" width="{_n(x1 - x0)}" height="{_n(bottom - _TOP)}" '
                 f'fill="{fill}" stroke="#d0d7de" stroke-width="0.5"/>')
        if first.kind == "boot.start":
            stage = (first.fields or {}).get("stage")
            number = k + 1 if events[0].kind == "boot.start" else k
            label = f"boot {number}" + (f" · {stage}" if stage else "")
        else:
            label = "before first reset"
        o.append(f'<text x="{_n(x0 + 4)}" y="{_n(_TOP + 15)}" class="ep">{esc(clip(label, max(4, int((x1 - x0) / 6.5))))}'
                 "</text>")
        # time labels of the epoch (first and last timed event)
        timed = [e for e in events[a:b] if e.t is not None and e.clock != "none"]
        if timed:
            lo, hi = timed[0], timed[-1]
            o.append(f'<text x="{_n(x0 + 3)}" y="{_n(bottom + 13)}" class="ax">{esc(_fmt_t(lo.t, lo.clock))}</text>')
            if hi is not lo and x1 - x0 > 150:
                o.append(f'<text x="{_n(x1 - 3)}" y="{_n(bottom + 13)}" class="ax" text-anchor="end">'
                         f"{esc(_fmt_t(hi.t, hi.clock))}</text>")
        else:
            o.append(f'<text x="{_n(x0 + 3)}" y="{_n(bottom + 13)}" class="ax">no times: in order</text>')
    # lanes
    for name, label in LANES:
        y = lane_y[name]
        o.append(f'<line x1="{_n(_X0)}" y1="{_n(y + _LANE_H / 2)}" x2="{_n(_X1)}" y2="{_n(y + _LANE_H / 2)}" '
                 'stroke="#c8ced6" stroke-width="0.6"/>')
        o.append(f'<text x="4" y="{_n(y + _LANE_H / 2 + 4)}" class="lane">{esc(label)}</text>')
    # phases: per epoch, from the first to the last event of each object type
    for a, b, _, _ in epochs:
        for otype, plabel, colour in PHASES:
            hits = [i for i in range(a, b) if events[i].kind.startswith("dfu.")
                    and (events[i].fields or {}).get("object_type") == otype]
            if not hits:
                continue
            x0, x1 = xs[hits[0]] - 4, xs[hits[-1]] + 4
            y = lane_y["dfu"] + 3
            o.append(f'<rect x="{_n(x0)}" y="{_n(y)}" width="{_n(x1 - x0)}" height="{_n(_LANE_H - 6)}" rx="3" '
                     f'fill="{colour}"><title>{esc(plabel)}: {len(hits)} events</title></rect>')
            if x1 - x0 > 70:
                o.append(f'<text x="{_n(x0 + 3)}" y="{_n(y + 9)}" class="ph">{esc(plabel)}</text>')
    # resets
    for i, e in enumerate(events):
        if common.is_reset(e):
            o.append(f'<line x1="{_n(xs[i])}" y1="{_n(_TOP + _EPOCH_H)}" x2="{_n(xs[i])}" y2="{_n(bottom)}" '
                     'stroke="#57606a" stroke-width="1" stroke-dasharray="3 2"/>')
    # marks
    plain_ticks = len(events) <= PLAIN_TICKS_LIMIT
    for i, e in enumerate(events):
        err = common.is_error(e)
        lane = common.lane_of(e)
        if lane == "log" and not (err or common.is_warning(e)):
            if plain_ticks:
                y = lane_y["log"] + _LANE_H / 2
                o.append(f'<line x1="{_n(xs[i])}" y1="{_n(y - 3)}" x2="{_n(xs[i])}" y2="{_n(y + 3)}" '
                         'stroke="#afb8c1" stroke-width="0.6"/>')
            continue
        o.append(_mark(e, xs[i], lane_y[lane] + _LANE_H / 2, err, anchors, idx))
    # legend
    ly = bottom + 34
    legend = [("circle", "#0969da", "event"), ("square", "#0969da", "object created"),
              ("diamond", "#0969da", "object executed"), ("circle", "#cf222e", "error"),
              ("circle", "#bf8700", "warning")]
    x = _X0
    for shape, colour, text in legend:
        o.append(_shape(shape, x + 5, ly, colour, 4.5))
        o.append(f'<text x="{_n(x + 14)}" y="{_n(ly + 4)}" class="ax">{esc(text)}</text>')
        x += 24 + 6.2 * len(text)
    o.append(f'<line x1="{_n(x)}" y1="{_n(ly - 6)}" x2="{_n(x)}" y2="{_n(ly + 6)}" stroke="#57606a" '
             'stroke-dasharray="3 2"/>')
    o.append(f'<text x="{_n(x + 6)}" y="{_n(ly + 4)}" class="ax">reset</text>')
    x += 50
    for _, plabel, colour in PHASES:
        o.append(f'<rect x="{_n(x)}" y="{_n(ly - 5)}" width="18" height="10" fill="{colour}"/>')
        o.append(f'<text x="{_n(x + 22)}" y="{_n(ly + 4)}" class="ax">{esc(plabel)}</text>')
        x += 30 + 6.2 * len(plabel)
    o.append("</svg>")
    return "\n".join(o)


def _shape(shape: str, x: float, y: float, colour: str, r: float) -> str:
    if shape == "square":
        return f'<rect x="{_n(x - r)}" y="{_n(y - r)}" width="{_n(2 * r)}" height="{_n(2 * r)}" fill="{colour}"/>'
    if shape == "diamond":
        pts = f"{_n(x)},{_n(y - r - 1)} {_n(x + r + 1)},{_n(y)} {_n(x)},{_n(y + r + 1)} {_n(x - r - 1)},{_n(y)}"
        return f'<polygon points="{pts}" fill="{colour}"/>'
    return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{colour}"/>'


def _mark(e: Any, x: float, y: float, err: bool, anchors: set[tuple[str, int]], idx: dict[str, int]) -> str:
    f = e.fields or {}
    shape = "circle"
    if e.kind == "dfu.object":
        shape = {"create": "square", "execute": "diamond"}.get(f.get("action"), "circle")
    colour = "#cf222e" if err else "#bf8700" if common.is_warning(e) else "#0969da"
    r = 5.0 if err else 3.5
    when = f" t={_fmt_t(e.t, e.clock)}" if e.t is not None else ""
    tip = f"{common.where(e)}{when} {e.kind}: {clip(e.text, 200)}"
    body = f"{_shape(shape, x, y, colour, r)[:-2]}><title>{esc(tip)}</title></{_tag(shape)}>"
    if e.line is not None and (e.source, e.line) in anchors:
        return f'<a href="#{common.line_anchor(idx.get(e.source, -1), e.line)}">{body}</a>'
    return body


def _tag(shape: str) -> str:
    return {"square": "rect", "diamond": "polygon"}.get(shape, "circle")


# ------------------------------------------------------------------------------------------------
# flash map

_REGION_COLOURS = {
    "mbr": "#d0d7de", "softdevice": "#b6d4fe", "application": "#c2ecc4", "app": "#c2ecc4",
    "bootloader": "#dccbf5", "settings": "#ffd8a8", "mbr-params": "#ffe8c8", "fds": "#fff3b0",
    "app-data": "#fff3b0", "free": "#ffffff", "bank1": "#e0f2e0", "primary": "#c2ecc4", "secondary": "#e0f2e0",
}
_FM_W, _FM_AX, _FM_X1 = 1000.0, 112.0, 990.0


def _stretch_height(size: int) -> float:
    """A power scale (KiB ** 0.4) with a floor: 4 KiB -> 18 px, 100 KiB -> 55, 1 MiB -> 140.

    Sub-linear so a 4 KiB page and a 900 KiB application share one drawing, but still additive
    enough that a region cut into stretches by an overlapping one keeps its place in the size order.
    """
    return min(200.0, max(18.0, 8.7 * (max(size, 1) / 1024) ** 0.4))


def _columns(bounds: list[tuple[int, int, int]]) -> dict[int, int]:
    """Greedy interval colouring: regions sharing bytes get different columns."""
    col_end: list[int] = []
    out: dict[int, int] = {}
    for i, s, e in sorted(bounds, key=lambda b: (b[1], -b[2], b[0])):
        for c, end in enumerate(col_end):
            if end <= s:
                col_end[c] = e
                out[i] = c
                break
        else:
            out[i] = len(col_end)
            col_end.append(e)
    return out


def flash_map_svg(regions: list[Any]) -> str:
    """The flash map; empty string when no region has a usable range."""
    bounds = [(i, *b) for i, r in enumerate(regions) if (b := common.region_bounds(r))]
    bounds = [b for b in bounds if b[2] > b[1]]
    if not bounds:
        return ""
    cols = _columns(bounds)
    ncol = max(cols.values()) + 1
    colw = (_FM_X1 - _FM_AX - 8) / ncol
    # The axis is cut at the edges of the first column's regions (which never overlap each other) and
    # at edges of other regions lying outside them; a region inside another is placed by interpolation,
    # so an overlap never inflates the region it sits in.
    primary = [(s, e) for i, s, e in bounds if cols[i] == 0]

    def inside_primary(a: int) -> bool:
        return any(s < a < e for s, e in primary)

    cuts = sorted({x for _, s, e in bounds for x in (s, e) if (s, e) in primary or not inside_primary(x)})
    # y of each cut; stretches covered by no region are gaps (fixed small height, axis break)
    y = {cuts[0]: 10.0}
    gaps = []
    for a, b in pairwise(cuts):
        covered = any(s <= a and e >= b for _, s, e in bounds)
        h = _stretch_height(b - a) if covered else 22.0
        if not covered:
            gaps.append((a, b))
        y[b] = y[a] + h

    def ypos(addr: int) -> float:
        if addr in y:
            return y[addr]
        a = max(c for c in cuts if c < addr)
        b = min(c for c in cuts if c > addr)
        return y[a] + (y[b] - y[a]) * (addr - a) / (b - a)

    def span(s: int, e: int) -> tuple[float, float]:
        """Drawn top and bottom of [s, e): interpolated, but never thinner than 16 px."""
        top, bot = ypos(s), ypos(e)
        return (min(top, bot - 16.0), bot)

    height = y[cuts[-1]] + 30
    o = [f'<svg xmlns="http://www.w3.org/2000/svg" class="flashmap" viewBox="0 0 {_n(_FM_W)} {_n(height)}" '
         f'width="{_n(_FM_W)}" height="{_n(height)}" role="img" aria-label="Flash map">',
         "<title>Flash map: regions in address order (compressed heights, real addresses)</title>",
         "<defs>",
         '<pattern id="fm-overlap" width="8" height="8" patternUnits="userSpaceOnUse" '
         'patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffebe9"/>'
         '<line x1="0" y1="0" x2="0" y2="8" stroke="#cf222e" stroke-width="3"/></pattern>',
         '<pattern id="fm-damage" width="8" height="8" patternUnits="userSpaceOnUse">'
         '<rect width="8" height="8" fill="#fff1f0"/><path d="M0,0 L8,8 M8,0 L0,8" stroke="#cf222e" '
         'stroke-width="0.8" stroke-opacity="0.45"/></pattern>',
         "</defs>"]
    for a, b in gaps:
        o.append(f'<rect x="{_n(_FM_AX)}" y="{_n(y[a])}" width="{_n(_FM_X1 - _FM_AX)}" height="{_n(y[b] - y[a])}" '
                 'fill="none" stroke="#afb8c1" stroke-dasharray="4 3"/>')
        o.append(f'<text x="{_n(_FM_AX + 8)}" y="{_n(y[a] + 15)}" class="gap">not in the map: '
                 f"{esc(common.human_size(b - a))}</text>")
    labels: list[str] = []  # drawn last, over the hatching
    for i, s, e in bounds:
        r = regions[i]
        name = format_value(r.get("name"))
        x = _FM_AX + 4 + cols[i] * colw
        w = colw - 4
        damaged = common.region_damaged(r)
        fill = "url(#fm-damage)" if damaged else _REGION_COLOURS.get(str(r.get("name")).lower(), "#d8f3f1")
        stroke = "#cf222e" if damaged else "#57606a"
        dash = ' stroke-dasharray="5 3"' if str(r.get("name")).lower() == "free" else ""
        top, bot = span(s, e)
        h = bot - top
        detail = format_value(r.get("detail", "")) if r.get("detail") not in (None, "") else ""
        tip = f"{name} 0x{s:08X}–0x{e:08X} ({common.human_size(e - s)}){' DAMAGED' if damaged else ''} {detail}"
        o.append(f'<rect x="{_n(x)}" y="{_n(top)}" width="{_n(w)}" height="{_n(h)}" fill="{fill}" '
                 f'stroke="{stroke}" stroke-width="{1.5 if damaged else 0.8}"{dash}><title>{esc(tip)}</title></rect>')
        chars = max(4, int(w / 6.6))
        label = f"{name}  {common.human_size(e - s)}" + ("  DAMAGED" if damaged else "")
        if detail and h < 30:  # no room for a second line: the detail follows the name
            label += f" · {detail}"
        labels.append(f'<text x="{_n(x + 6)}" y="{_n(top + 13)}" class="rg">{esc(clip(label, chars))}</text>')
        if detail and h >= 30:
            labels.append(f'<text x="{_n(x + 6)}" y="{_n(top + 26)}" class="dt">{esc(clip(detail, chars))}</text>')
    # overlaps: hatched across the columns of the regions involved
    for i, j, s, e in common.overlaps(regions):
        x0 = _FM_AX + 4 + min(cols.get(i, 0), cols.get(j, 0)) * colw
        x1 = _FM_AX + (max(cols.get(i, 0), cols.get(j, 0)) + 1) * colw
        ov = (f"overlap: {format_value(regions[i].get('name'))} and {format_value(regions[j].get('name'))} "
              f"share 0x{s:08X}–0x{e:08X}")
        top, bot = span(s, e)
        o.append(f'<rect x="{_n(x0)}" y="{_n(top)}" width="{_n(x1 - x0)}" height="{_n(bot - top)}" '
                 f'fill="url(#fm-overlap)" fill-opacity="0.45" stroke="#cf222e" stroke-width="1.5">'
                 f"<title>{esc(ov)}</title></rect>")
        labels.append(f'<text x="{_n(x1 - 6)}" y="{_n(top + 13)}" class="ov" text-anchor="end">overlap</text>')
    o += labels
    # boundary addresses: every region edge, at the height it is drawn; one label per 10 px
    marks: dict[int, float] = {}
    for _, s, e in sorted(bounds, key=lambda b: (cols[b[0]], b[1])):
        top, bot = span(s, e)
        marks.setdefault(s, top)
        marks.setdefault(e, bot)
    placed: list[float] = []
    for addr, ym in sorted(marks.items(), key=lambda kv: (kv[1], kv[0])):
        o.append(f'<line x1="{_n(_FM_AX - 4)}" y1="{_n(ym)}" x2="{_n(_FM_AX)}" y2="{_n(ym)}" stroke="#57606a"/>')
        ty = ym + 4
        if placed and ty - placed[-1] < 10:
            ty = placed[-1] + 10  # nudge down rather than hide an address
        placed.append(ty)
        o.append(f'<text x="{_n(_FM_AX - 7)}" y="{_n(ty)}" class="ad" text-anchor="end">0x{addr:08X}</text>')
    o.append("</svg>")
    return "\n".join(o)
