"""A self-contained HTML report to attach to a ticket: one file, inline CSS and SVG, no script.

The page's Content-Security-Policy allows nothing to be fetched or run: ``default-src 'none'`` and
the one stylesheet admitted by its hash (so not even an injected ``style`` element applies).  Every
string from evidence is escaped (``html.escape`` of the inert text), so a log line holding
``<script>`` shows as text.  No timestamps: same report, same bytes.

Order: verdict, contents, findings (evidence linked to the excerpt of each cited line), timeline
SVG, log excerpts, DFU, crash, flash map SVG + table, other sections, tables, inputs, warnings.
"""

from __future__ import annotations

import base64
import hashlib
import html
from typing import Any, TextIO

from .. import SCHEMA_VERSION, __version__
from . import common, svg
from .common import clip, conf, inert
from .values import format_value

CSS = """
:root{--fg:#1f2328;--mut:#59636e;--bd:#d0d7de;--err:#cf222e;--warn:#9a6700;--ok:#1a7f37;--bg2:#f6f8fa}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0 auto;
max-width:1060px;padding:16px 20px 40px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:17px;border-bottom:1px solid var(--bd);padding-bottom:3px;
margin:28px 0 10px}h3{font-size:15px;margin:16px 0 6px}
code,pre,.mono{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
code{background:var(--bg2);padding:0 3px;border-radius:3px;overflow-wrap:anywhere}
pre{background:var(--bg2);border:1px solid var(--bd);border-radius:4px;padding:6px 0;overflow-x:auto;margin:4px 0}
pre span{display:block;padding:0 10px;white-space:pre-wrap;overflow-wrap:anywhere}
pre span.cited{background:#fff8c5;border-left:3px solid #d4a72c;padding-left:7px}
pre span:target{background:#ffd33d;outline:1px solid #9a6700}
.ln{color:var(--mut);user-select:none;display:inline-block;min-width:4.5em}
.verdict{border:2px solid var(--bd);border-left-width:8px;border-radius:6px;padding:12px 16px;margin-bottom:14px}
.verdict.critical,.verdict.error{border-color:var(--err)}.verdict.warning{border-color:#d4a72c}
.verdict.info{border-color:#0969da}.verdict.none{border-color:var(--ok)}
.verdict .cat{font-size:22px;font-weight:700}.verdict .todo{margin-top:6px}
.sev{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;
background:var(--mut)}.sev.critical,.sev.error{background:var(--err)}.sev.warning{background:#bf8700}
.sev.info{background:#0969da}
.muted{color:var(--mut)}.prose{white-space:pre-line}
nav{font-size:13px;margin:6px 0 0}nav a{margin-right:12px}
table{border-collapse:collapse;margin:6px 0;width:100%}
th,td{border:1px solid var(--bd);padding:3px 7px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--bg2);font-weight:600}
td.num{text-align:right;white-space:nowrap}
article.finding{border:1px solid var(--bd);border-radius:6px;padding:8px 14px;margin:10px 0}
article.finding h3{margin-top:4px}
ul.ev{list-style:none;padding-left:0;margin:4px 0}ul.ev li{margin:2px 0}
.figure{overflow-x:auto;border:1px solid var(--bd);border-radius:4px;padding:4px;background:#fff}
.figure svg{width:100%;height:auto;display:block;min-width:640px}
svg text{font:11px system-ui,sans-serif;fill:var(--fg)}
svg text.ep{font-weight:600}svg text.lane{font-weight:600;fill:var(--mut)}svg text.ax{fill:var(--mut);font-size:10px}
svg text.ph{font-size:9.5px;fill:#0b3d91}svg text.rg{font-weight:600}svg text.dt{font-size:10px;fill:var(--mut)}
svg text.ad{font:10.5px ui-monospace,monospace}svg text.ov{fill:var(--err);font-weight:700}
svg text.gap{fill:var(--mut);font-style:italic}
.warn-list li{overflow-wrap:anywhere}
footer{margin-top:30px;color:var(--mut);font-size:12px}
@media print{
body{max-width:none;padding:0;font-size:11px}nav,.noprint{display:none}
a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{break-after:avoid}article.finding,.figure,tr{break-inside:avoid}
.figure{overflow:visible;border:none}.figure svg{min-width:0}
pre{overflow:visible;white-space:pre-wrap}
}
""".strip()


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; font-src 'none'; "
            "connect-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
            "base-uri 'none'; form-action 'none'")


def esc(text: object) -> str:
    """Evidence as HTML text: control characters made visible, then every markup character escaped."""
    return html.escape(inert(text), quote=True)


def _href(url: str) -> str:
    """A reference as a link only when it is a plain http(s) URL; anything else stays text."""
    u = str(url).strip()
    if (u.startswith("https://") or u.startswith("http://")) and not any(c in u for c in ' "<>`\\') and u.isprintable():
        return f'<a href="{html.escape(u, quote=True)}" rel="noreferrer noopener">{esc(u)}</a>'
    return esc(u)


def render(report, out: TextIO, **_options: Any) -> None:  # noqa: ANN001
    out.write(render_text(report))


def render_text(report: Any) -> str:
    """The whole page as one string (deterministic)."""
    top = report.top
    title = f"dfuforensics: {top.category}" if top else "dfuforensics: no known failure signature"
    h: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
    ]
    h += _verdict(report)
    ex = common.excerpts(report)
    anchors = {(x.input, ln.line) for x in ex for ln in x.lines if ln.cited}
    idx = common.input_index(report)
    toc = [("findings", "Findings", bool(report.findings)), ("timeline", "Timeline", bool(report.timeline)),
           ("excerpts", "Log excerpts", bool(ex)), ("dfu", "DFU", bool(report.dfu)),
           ("crash", "Crash", bool(report.crash)), ("flash-map", "Flash map", bool(report.flash_map)),
           ("inputs", "Inputs", True)]
    h.append("<nav>" + "".join(f'<a href="#{a}">{t}</a>' for a, t, ok in toc if ok) + "</nav>")

    if report.findings:
        h.append(f'<section id="findings"><h2>Findings ({len(report.findings)})</h2>')
        for i, f in enumerate(report.findings, 1):
            h.append(f'<article class="finding" id="finding-{i}">')
            h.append(f'<h3>{i}. {esc(f.title)}</h3>')
            h.append(f'<p><span class="sev {esc(f.severity)}">{esc(f.severity)}</span> '
                     f'<code>{esc(f.category)}</code> confidence <b>{conf(f.confidence)}</b> '
                     f'<span class="muted">rule <code>{esc(f.rule_id)}</code></span></p>')
            if f.explanation:
                h.append(f'<p class="prose">{html.escape(common.prose(f.explanation))}</p>')
            if f.evidence:
                h.append('<p><b>Evidence</b></p><ul class="ev">')
                for ev in f.evidence:
                    loc = esc(common.where(ev))
                    if ev.line is not None and (ev.input, ev.line) in anchors:
                        loc = f'<a href="#{common.line_anchor(idx.get(ev.input, -1), ev.line)}">{loc}</a>'
                    h.append(f"<li>{loc} <code>{esc(clip(ev.text))}</code></li>")
                h.append("</ul>")
            if f.remediation:
                h.append(f'<p class="prose"><b>What to do:</b> {html.escape(common.prose(f.remediation))}</p>')
            if f.references:
                h.append("<p><b>References:</b></p><ul>" + "".join(f"<li>{_href(r)}</li>" for r in f.references)
                         + "</ul>")
            h.append("</article>")
        h.append("</section>")

    tl = svg.timeline_svg(report, anchors)
    if tl:
        shown = len(report.timeline)
        note = (f" (the first {shown} of {report.timeline_total} events)" if report.timeline_total > shown else
                f" ({shown} events)")
        h.append(f'<section id="timeline"><h2>Timeline{esc(note)}</h2>')
        h.append('<p class="muted">One stretch per boot epoch (device uptime restarts at each reset); events '
                 "without a time are placed in order between their neighbours. Marks link to the log excerpt."
                 "</p>")
        h.append(f'<div class="figure">{tl}</div></section>')

    if ex:
        h.append('<section id="excerpts"><h2>Log excerpts</h2>')
        cited_by = _cited_by(report)
        for x in ex:
            origin = "" if x.origin == "input" else ' <span class="muted">(from the timeline; file not re-read)</span>'
            h.append(f"<h3><code>{esc(x.input)}</code> lines {x.lines[0].line}–{x.lines[-1].line}{origin}</h3><pre>")
            for ln in x.lines:
                if ln.cited:
                    refs = " ".join(f'<a href="#finding-{n}">#{n}</a>' for n in cited_by.get((x.input, ln.line), []))
                    h.append(f'<span class="cited" id="{common.line_anchor(x.input_idx, ln.line)}">'
                             f'<span class="ln">{ln.line}</span>{esc(clip(ln.text))}'
                             f'{"  ← " + refs if refs else ""}</span>')
                else:
                    h.append(f'<span><span class="ln">{ln.line}</span>{esc(clip(ln.text))}</span>')
            h.append("</pre>")
        h.append("</section>")

    if report.dfu:
        h.append('<section id="dfu"><h2>DFU</h2>')
        h.append(_kv(common.dfu_rows(report.dfu)))
        h.append("</section>")

    if report.crash:
        h.append('<section id="crash"><h2>Crash</h2>' + _crash(report.crash) + "</section>")

    if report.flash_map:
        h.append('<section id="flash-map"><h2>Flash map</h2>')
        fm = svg.flash_map_svg(report.flash_map)
        if fm:
            h.append('<p class="muted">Heights on a compressed scale (small regions stay visible); labels are real '
                     "addresses; end addresses are exclusive. Overlaps hatched red, damaged regions crossed.</p>")
            h.append(f'<div class="figure">{fm}</div>')
        h.append(_flash_table(report.flash_map))
        h.append("</section>")

    for name in common.GENERIC_SECTIONS:
        value = getattr(report, name, None)
        if value:
            h.append(f'<section id="{name}"><h2>{esc(name.capitalize())}</h2>')
            h.append(_kv([(k, common.section_value(k, v)) for k, v in common.flatten(value)], code_keys=True))
            h.append("</section>")

    for n, t in enumerate(common.extra_tables(report)):
        h.append(f'<section id="table-{n}"><h2>{esc(t.title)}</h2><table><tr>'
                 + "".join(f"<th>{esc(c.name)}</th>" for c in t.columns) + "</tr>")
        for row in t.rows:
            h.append("<tr>" + "".join(
                f'<td{" class=num" if c.type in ("int", "size") else ""}>{esc(format_value(v, c.type))}</td>'
                for v, c in zip(row, t.columns, strict=False)) + "</tr>")
        h.append("</table></section>")

    h.append('<section id="inputs"><h2>Inputs</h2><table><tr><th>#</th><th>path</th><th>kind</th>'
             "<th>size</th><th>sha256</th></tr>")
    for i, r in enumerate(report.inputs):
        h.append(f'<tr><td class="num">{i}</td><td><code>{esc(r.path)}</code></td><td>{esc(r.kind)}</td>'
                 f'<td class="num">{r.size}</td><td class="mono">{esc(r.sha256 or "not read")}</td></tr>')
    h.append("</table></section>")

    problems = [w.describe() for r in report.inputs for w in r.warnings]
    problems += [f"{r.path}: {r.error}" for r in report.inputs
                 if r.error and all(x.message != r.error for x in r.warnings)]
    problems += [w.describe() for w in report.warnings]
    if problems:
        h.append(f'<section id="warnings"><h2>Warnings ({len(problems)})</h2><ul class="warn-list">')
        h += [f"<li><code>{esc(clip(p))}</code></li>" for p in problems]
        h.append("</ul></section>")

    h.append(f"<footer>dfuforensics {esc(__version__)}, report schema {esc(SCHEMA_VERSION)}. "
             "Every string from the evidence is shown as text.</footer>")
    h += ["</body>", "</html>"]
    return "\n".join(h) + "\n"


def _verdict(report: Any) -> list[str]:
    top = report.top
    if top is None:
        return ['<header class="verdict none"><h1>Verdict</h1>',
                f'<div class="cat">{esc(report.outcome())}</div>',
                f'<div class="muted">{esc(common.no_finding_verdict(report))} See the inputs and warnings below '
                'for what was read.</div></header>']
    out = [f'<header class="verdict {esc(top.severity)}"><h1>Verdict</h1>',
           f'<div class="cat">{esc(top.category)}</div>',
           f'<div><span class="sev {esc(top.severity)}">{esc(top.severity)}</span> confidence '
           f"<b>{conf(top.confidence)}</b> · {esc(top.title)}</div>"]
    if top.remediation:
        out.append(f'<div class="todo"><b>What to do:</b> {esc(top.remediation)}</div>')
    if len(report.findings) > 1:
        out.append(f'<div class="muted">{len(report.findings) - 1} more finding(s) below.</div>')
    out.append("</header>")
    return out


def _cited_by(report: Any) -> dict[tuple[str, int], list[int]]:
    out: dict[tuple[str, int], list[int]] = {}
    for i, f in enumerate(report.findings, 1):
        for ev in f.evidence:
            if ev.line is not None:
                lst = out.setdefault((ev.input, ev.line), [])
                if i not in lst:
                    lst.append(i)
    return out


def _kv(rows: list[tuple[str, str]], code_keys: bool = False) -> str:
    cells = "".join(
        f"<tr><th>{f'<code>{esc(k)}</code>' if code_keys else esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def _crash(c: dict[str, Any]) -> str:
    out: list[str] = []
    rows = []
    for key in ("pc", "lr"):
        if isinstance(c.get(key), dict):
            rows.append((key.upper(), common.frame_text(c[key])))
    fault = c.get("fault")
    if isinstance(fault, dict) and fault:
        text = format_value(fault.get("type"))
        if fault.get("cfsr_bits"):
            text += "  " + format_value(fault.get("cfsr_bits"))
        fa = common.as_int(fault.get("fault_address"))
        if fa is not None:
            text += f"  fault address 0x{fa:08X}"
        rows.append(("fault", text))
    if rows:
        out.append("<table>" + "".join(f"<tr><th>{esc(k)}</th><td class=mono>{esc(v)}</td></tr>" for k, v in rows)
                   + "</table>")
    bt = c.get("backtrace") or []
    if bt:
        out.append("<h3>Backtrace (innermost first)</h3><table><tr><th>#</th><th>address</th><th>function</th>"
                   "<th>location</th></tr>")
        for i, fr in enumerate(bt):
            if not isinstance(fr, dict):
                fr = {"address": fr}
            addr = common.as_int(fr.get("address"))
            loc = f"{format_value(fr.get('file'))}:{format_value(fr.get('line'))}" if fr.get("file") else "??:?"
            a = f"0x{addr:08X}" if addr is not None else "?"
            out.append(f'<tr><td class="num">{i}</td><td class="mono">{a}'
                       f'</td><td class="mono">{esc(fr.get("function") or "??")}</td><td class="mono">{esc(loc)}</td></tr>')
        out.append("</table>")
    other = {k: v for k, v in c.items() if k not in ("pc", "lr", "fault", "backtrace")}
    if other:
        out.append(_kv([(k, common.section_value(k, v)) for k, v in common.flatten(other)], code_keys=True))
    return "".join(out)


def _flash_table(regions: list[Any]) -> str:
    rows = ["<table><tr><th>region</th><th>start</th><th>end (excl.)</th><th>size</th><th>detail</th>"
            "<th>read from</th></tr>"]
    for r in regions:
        if not isinstance(r, dict):
            rows.append(f"<tr><td colspan=6>{esc(format_value(r))}</td></tr>")
            continue
        b = common.region_bounds(r)
        name = esc(format_value(r.get("name")))
        if common.region_damaged(r):
            name += ' <span class="sev error">damaged</span>'
        if b is None:
            rows.append(f"<tr><td>{name}</td><td colspan=3>no usable start/end</td>"
                        f"<td>{esc(format_value(r.get('detail', '')))}</td><td></td></tr>")
            continue
        s, e = b
        rows.append(f'<tr><td>{name}</td><td class="mono">0x{s:08X}</td><td class="mono">0x{e:08X}</td>'
                    f'<td class="num">{esc(common.human_size(e - s))}</td><td>{esc(format_value(r.get("detail", "")))}</td>'
                    f'<td class="mono">{esc(format_value(r.get("read_from", "")))}</td></tr>')
    rows.append("</table>")
    ovs = common.overlaps([r if isinstance(r, dict) else {} for r in regions])
    if ovs:
        rows.append("<ul>" + "".join(
            f'<li><span class="sev error">overlap</span> {esc(format_value(regions[i].get("name")))} and '
            f'{esc(format_value(regions[j].get("name")))} share 0x{s:08X}–0x{e:08X}</li>' for i, j, s, e in ovs) + "</ul>")
    return "".join(rows)
