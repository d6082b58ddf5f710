"""The fleet summary page: one self-contained HTML file with inline SVG charts, no script, no fetches.

Built from the unit rows in one streaming pass: it keeps counters (bounded by the number of distinct
categories, versions, months and crash locations) and at most ``GROUP_LINKS`` unit names per crash
group, so it does not grow with the fleet.  Every string that came from evidence (unit names, versions,
function names, error reasons) is escaped; the page's CSP forbids loading anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..report.common import inert

#: How many units each crash group links to by name (the rest are counted).
GROUP_LINKS = 25
#: Bars per chart; the rest are summed into "(other)".
TOP_BARS = 20
ERROR_LIST = 50
_ABSENT = ("not present", "unreadable", None)

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac", "#1f77b4", "#8c564b", "#17becf", "#bcbd22", "#7f7f7f", "#d62728",
           "#2ca02c", "#9467bd", "#e377c2", "#aec7e8", "#ffbb78", "#98df8a")

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#222;max-width:1100px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;
vertical-align:top}th{background:#f3f3f3}.num{text-align:right}.muted{color:#777}
code{font-size:12px}.grid{display:flex;flex-wrap:wrap;gap:16px}.grid>div{flex:1 1 480px}
svg text{font-size:11px;font-family:system-ui,sans-serif}
""".strip()


def esc(text: object) -> str:
    return html.escape(inert(text), quote=True)


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; script-src 'none'; "
            "connect-src 'none'; font-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; "
            "form-action 'none'")


def _label(v: Any) -> str:
    return f"({v})" if v in ("not present", "unreadable") else "(not present)" if v is None else str(v)


def _n(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


class FleetSummary:
    """Counters fed one unit at a time; ``render()`` gives the page."""

    def __init__(self, out: Path | None = None) -> None:
        self.out = out
        #: whether the tables were also written as Parquet (the page links say so)
        self.parquet = True
        self.units = self.errors = self.with_findings = self.crashes = self.undated = self.inconclusive = 0
        self.by: dict[str, Counter] = {k: Counter() for k in
                                       ("top_category", "top_rule_id", "app_version", "softdevice",
                                        "transport", "hardware", "status")}
        self.finding_rules: Counter = Counter()
        self.finding_categories: Counter = Counter()
        self.over_time: Counter = Counter()
        self.by_version: Counter = Counter()
        self.crash_groups: dict[str, dict[str, Any]] = {}
        self.error_units: list[tuple[str, str]] = []
        self.categories: set[str] = set()
        self.category_units: dict[str, list[str]] = {}

    # ---------------------------------------------------------------- feeding
    def add(self, record: dict[str, Any]) -> None:
        row = record["unit"]
        self.units += 1
        inconclusive = row.get("status") == "inconclusive"
        ok = row.get("status") == "ok" or inconclusive
        cat = row.get("top_category") if ok else "(analysis error)"
        if ok and cat in _ABSENT:
            cat = "(nothing recognised)" if inconclusive else "(no finding)"
        self.inconclusive += inconclusive
        self.categories.add(cat)
        listed = self.category_units.setdefault(cat, [])
        if len(listed) < GROUP_LINKS:
            listed.append(row["unit"])
        if not ok:
            self.errors += 1
            if len(self.error_units) < ERROR_LIST:
                self.error_units.append((row["unit"], str(row.get("error"))))
        self.with_findings += bool(row.get("n_findings"))
        self.by["status"][row.get("status")] += 1
        self.by["top_category"][cat] += 1
        if ok:
            rule = row.get("top_rule_id")
            self.by["top_rule_id"]["(no finding)" if rule in _ABSENT else rule] += 1
            for col in ("app_version", "softdevice", "transport", "hardware"):
                self.by[col][_label(row.get(col))] += 1
        for f in record["findings"]:
            self.finding_rules[f["rule_id"]] += 1
            self.finding_categories[f["category"]] += 1
            self.categories.add(f["category"])
        date = row.get("date")
        if isinstance(date, str) and len(date) >= 7 and date not in _ABSENT:
            self.over_time[(date[:7], cat)] += 1
        else:
            self.undated += 1
        self.by_version[(_label(row.get("app_version")), cat)] += 1
        fp = row.get("crash_fingerprint")
        if row.get("fault_type") not in _ABSENT or fp not in _ABSENT:
            self.crashes += 1
            key = fp if fp not in _ABSENT else "(not symbolized)"
            g = self.crash_groups.setdefault(key, {"frames": row.get("crash_frames"), "count": 0,
                                                   "faults": Counter(), "units": []})
            g["count"] += 1
            g["faults"][_label(row.get("fault_type"))] += 1
            if len(g["units"]) < GROUP_LINKS:
                g["units"].append(row["unit"])

    # ---------------------------------------------------------------- drawing
    def _color(self, cat: str) -> str:
        if cat == "(no finding)":
            return "#c7c7c7"
        if cat == "(analysis error)":
            return "#555555"
        ordered = sorted(c for c in self.categories if not c.startswith("("))
        return PALETTE[ordered.index(cat) % len(PALETTE)] if cat in ordered else "#999999"

    def _hbar(self, title: str, counts: Counter, color: bool = False) -> str:
        items = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
        if len(items) > TOP_BARS:
            rest = sum(v for _, v in items[TOP_BARS - 1:])
            items = items[:TOP_BARS - 1] + [(f"(other: {len(items) - TOP_BARS + 1})", rest)]
        if not items:
            return f"<h3>{esc(title)}</h3><p class=muted>none</p>"
        top = max(v for _, v in items)
        lw, bw, rh = 330.0, 280.0, 18.0
        h = rh * len(items) + 4
        parts = [f'<svg width="{_n(lw + bw + 60)}" height="{_n(h)}" '
                 f'role="img" aria-label="{esc(title)}">']
        for i, (label, v) in enumerate(items):
            y = 2 + i * rh
            w = max(1.0, bw * v / top)
            fill = self._color(str(label)) if color else "#4e79a7"
            text = str(label) if len(str(label)) <= 52 else str(label)[:51] + "…"
            parts.append(f'<text x="{_n(lw - 6)}" y="{_n(y + 12)}" text-anchor="end">{esc(text)}'
                         f'<title>{esc(label)}</title></text>'
                         f'<rect x="{_n(lw)}" y="{_n(y + 2)}" width="{_n(w)}" height="{_n(rh - 5)}" fill="{fill}"/>'
                         f'<text x="{_n(lw + w + 4)}" y="{_n(y + 12)}">{v}</text>')
        parts.append("</svg>")
        return f"<h3>{esc(title)}</h3>" + "".join(parts)

    def _stacked(self, title: str, counts: Counter, empty_note: str) -> str:
        xs = sorted({x for x, _ in counts})
        if not xs:
            return f"<h3>{esc(title)}</h3><p class=muted>{esc(empty_note)}</p>"
        if len(xs) > 40:  # keep the last 40 (most recent months, highest versions by text order)
            xs = xs[-40:]
        cats = sorted({c for _, c in counts})
        totals = {x: sum(counts[(x, c)] for c in cats) for x in xs}
        top = max(totals.values()) or 1
        x0, ph, bw = 40.0, 180.0, max(10.0, min(40.0, 900.0 / len(xs)))
        width = x0 + bw * len(xs) + 70
        parts = [f'<svg width="{_n(width)}" height="{_n(ph + 80)}" role="img" '
                 f'aria-label="{esc(title)}"><line x1="{_n(x0)}" y1="{_n(ph + 5)}" x2="{_n(width)}" '
                 f'y2="{_n(ph + 5)}" stroke="#999"/><text x="{_n(x0 - 4)}" y="14" text-anchor="end">{top}</text>']
        for i, x in enumerate(xs):
            base = ph + 5
            for c in cats:
                v = counts[(x, c)]
                if not v:
                    continue
                hgt = ph * v / top
                base -= hgt
                parts.append(f'<rect x="{_n(x0 + i * bw + 1)}" y="{_n(base)}" width="{_n(bw - 2)}" '
                             f'height="{_n(hgt)}" fill="{self._color(c)}"><title>{esc(x)}: {esc(c)} {v}</title></rect>')
            lx, ly = x0 + i * bw + bw / 2, ph + 16
            label = str(x) if len(str(x)) <= 14 else str(x)[:13] + "…"
            parts.append(f'<text x="{_n(lx)}" y="{_n(ly)}" transform="rotate(45 {_n(lx)} {_n(ly)})">'
                         f'{esc(label)}</text>')
        parts.append("</svg>")
        legend = " ".join(f'<svg width="10" height="10"><rect width="10" height="10" fill="{self._color(c)}"/></svg> '
                          f'{esc(c)}' for c in cats)
        return f"<h3>{esc(title)}</h3>{''.join(parts)}<p>{legend}</p>"

    def _unit_link(self, unit: str) -> str:
        q = quote(unit, safe="")
        has_html = self.out is not None and (self.out / "units" / f"{unit}.html").is_file()
        main = f"units/{q}.html" if has_html else f"units/{q}.json"
        extra = f' <a class=muted href="units/{q}.json">json</a>' if has_html else ""
        return f'<a href="{esc(main)}">{esc(unit)}</a>{extra}'

    def _crash_table(self) -> str:
        if not self.crash_groups:
            return "<p class=muted>No unit's evidence holds a crash.</p>"
        rows = []
        groups = sorted(self.crash_groups.items(), key=lambda kv: (-kv[1]["count"], kv[0]))
        for fp, g in groups[:TOP_BARS]:
            frames = g["frames"] if g["frames"] not in _ABSENT else "(no symbols: give --elf to name the location)"
            faults = ", ".join(f"{esc(k)} {v}" for k, v in sorted(g["faults"].items()))
            links = ", ".join(self._unit_link(u) for u in g["units"])
            more = g["count"] - len(g["units"])
            if more > 0:
                links += f" <span class=muted>and {more} more (see units.csv, crash_fingerprint)</span>"
            rows.append(f"<tr><td class=num>{g['count']}</td><td><code>{esc(frames)}</code><br>"
                        f"<span class=muted>fingerprint {esc(fp)}</span></td><td>{faults}</td><td>{links}</td></tr>")
        if len(groups) > TOP_BARS:
            rows.append(f"<tr><td colspan=4 class=muted>{len(groups) - TOP_BARS} more groups in units.csv</td></tr>")
        return ("<table><tr><th>units</th><th>location (innermost first)</th><th>fault</th><th>units</th></tr>"
                + "".join(rows) + "</table>")

    def _category_table(self) -> str:
        counts = self.by["top_category"]
        rows = []
        for cat, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            units = self.category_units.get(cat, [])
            links = ", ".join(self._unit_link(u) for u in units)
            if n > len(units):
                links += f" <span class=muted>and {n - len(units)} more (see units.csv)</span>"
            swatch = f'<svg width="10" height="10"><rect width="10" height="10" fill="{self._color(cat)}"/></svg>'
            rows.append(f"<tr><td>{swatch} {esc(cat)}</td><td class=num>{n}</td><td>{links}</td></tr>")
        return ("<table><tr><th>top category</th><th>units</th><th>reports</th></tr>" + "".join(rows)
                + "</table>")

    def render(self) -> str:
        from .. import __version__

        errors = "".join(f"<tr><td>{self._unit_link(u)}</td><td>{esc(r)}</td></tr>" for u, r in self.error_units)
        if self.errors > len(self.error_units):
            errors += f"<tr><td colspan=2 class=muted>{self.errors - len(self.error_units)} more in units.csv</td></tr>"
        body = [
            f"<h1>Fleet summary: {self.units} units</h1>",
            f"<p>{self.units - self.errors} analysed ({self.inconclusive} inconclusive: nothing in them was "
            f"recognised as update, boot or crash evidence), {self.errors} could not be analysed, "
            f"{self.with_findings} with findings, {self.crashes} with a crash. "
            "Tables: <a href=\"units.csv\">units.csv</a>, <a href=\"findings.csv\">findings.csv</a>"
            + (" (and .parquet)." if self.parquet else ".") + "</p>",
            "<h2>Top finding per unit</h2><div class=grid>",
            "<div>" + self._hbar("Units by category of the top finding", self.by["top_category"], color=True) + "</div>",
            "<div>" + self._hbar("Units by rule of the top finding", self.by["top_rule_id"]) + "</div>",
            "</div>",
            self._category_table(),
            "<h2>All findings</h2><div class=grid>",
            "<div>" + self._hbar("Findings by category", self.finding_categories, color=True) + "</div>",
            "<div>" + self._hbar("Findings by rule", self.finding_rules) + "</div>",
            "</div><h2>The fleet</h2><div class=grid>",
            "<div>" + self._hbar("Units by application version", self.by["app_version"]) + "</div>",
            "<div>" + self._hbar("Units by SoftDevice", self.by["softdevice"]) + "</div>",
            "<div>" + self._hbar("Units by DFU transport", self.by["transport"]) + "</div>",
            "<div>" + self._hbar("Units by hardware", self.by["hardware"]) + "</div>",
            "</div><h2>Failure categories over time and by version</h2>",
            self._stacked("Top category by month of the capture or log date", self.over_time,
                          "No unit's evidence carries a date (capture manifest or dated log lines)."),
            f"<p class=muted>{self.undated} units without a capture or log date are not in this chart.</p>"
            if self.undated else "",
            self._stacked("Top category by application version", self.by_version, "No units."),
            "<h2>Top crash locations</h2>",
            "<p class=muted>Grouped by the symbolized frames (function and file name; no addresses or line "
            "numbers, so a rebuild of the same source keeps its group).</p>",
            self._crash_table(),
            "<h2>Units that could not be analysed</h2>",
            f"<table><tr><th>unit</th><th>reason</th></tr>{errors}</table>" if errors else "<p>None.</p>",
            f"<p class=muted>dfuforensics {esc(__version__)}</p>",
        ]
        return ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
                f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">'
                "<title>dfuforensics fleet summary</title>"
                f"<style>{CSS}</style></head><body>\n" + "\n".join(b for b in body if b) + "\n</body></html>\n")
