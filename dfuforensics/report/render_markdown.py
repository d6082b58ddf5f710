"""Markdown for tickets: CommonMark + GitHub tables, so it renders on GitHub, GitLab and in Jira
Cloud's Markdown paste.

Order: verdict, findings, log excerpts (the lines around every cited line), DFU, crash, flash map,
other sections, tables, key events, inputs with sha256, warnings.  Evidence text only ever appears
inside code spans or fenced code blocks (fences longer than any backtick run in the text), so a log
line cannot open a link, a heading, an HTML tag or a table cell; prose from rules is backslash-escaped.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

from . import common
from .common import clip, conf, inert
from .values import format_value

#: Rows of the "key events" table (the full timeline is in the JSON report and `dfuforensics timeline`).
KEY_EVENTS_LIMIT = 60

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&@$])")
#: What makes a line a list item or a thematic break (``#``, ``>``, ``*``, ``_`` are escaped anywhere).
_BLOCK_START = re.compile(r"^(\s*)(?:([-+])|(\d{1,9})([.)])(?=\s|$))")


def md_text(text: object) -> str:
    """Prose for a paragraph or a table cell: one line, every Markdown/HTML control character escaped."""
    s = inert(" ".join(str(text).split()))
    s = _INLINE_SPECIAL.sub(r"\\\1", s)
    return _BLOCK_START.sub(_escape_block_start, s)


def _escape_block_start(m: re.Match[str]) -> str:
    if m.group(2):  # "- " / "+ ": a bullet
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"  # "1. ": the digits cannot be escaped, the dot can


def md_prose(text: object) -> str:
    """Rule-written prose: its line breaks kept as soft breaks, each line escaped like ``md_text``."""
    return "\n".join(md_text(line) for line in str(text).splitlines() if line.strip())


def md_code(text: object, *, in_table: bool = False) -> str:
    """A code span that holds any text literally (in a table, ``|`` is escaped as GFM requires)."""
    s = inert(" ".join(str(text).split("\n")))
    if not s:
        return ""
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    if s.startswith("`") or s.endswith("`") or (s.startswith(" ") and s.endswith(" ") and s.strip(" ")):
        s = f" {s} "
    if in_table:
        s = s.replace("|", "\\|")
    return f"{fence}{s}{fence}"


def md_block(lines: list[str], info: str = "text") -> str:
    """A fenced block; the fence is longer than any run of backticks or tildes inside."""
    body = [inert(x) for x in lines]
    longest = max((len(m) for x in body for m in re.findall(r"`+", x)), default=0)
    fence = "`" * max(3, longest + 1)
    return "\n".join([fence + info, *body, fence])


def md_url(url: str) -> str:
    """A reference: an autolink when it is a plain http(s) URL, else escaped text."""
    if re.fullmatch(r"https?://[^\s<>`\\]+", url):
        return f"<{url}>"
    return md_text(url)


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(c if c else " " for c in row) + " |" for row in rows]
    return out


def render(report, out: TextIO, **_options: Any) -> None:  # noqa: ANN001
    out.write(render_text(report))


def render_text(report: Any) -> str:
    """The whole document as one string (deterministic: same report, same bytes)."""
    w: list[str] = ["# dfuforensics report", ""]
    top = report.top
    if top is None:
        w += [f"> **Verdict:** {md_text(common.no_finding_verdict(report))}", ""]
    else:
        w += [f"> **Verdict:** {md_code(top.category)} ({md_text(top.severity)}, confidence {conf(top.confidence)})",
              ">",
              f"> {md_text(top.title)}"]
        if top.remediation:
            w += [">", f"> **What to do:** {md_text(top.remediation)}"]
        w.append("")

    if report.findings:
        w += [f"## Findings ({len(report.findings)})", ""]
        for i, f in enumerate(report.findings, 1):
            w += [f"### {i}. {md_text(f.title)}", ""]
            w += _table(["category", "severity", "confidence", "rule"],
                        [[md_code(f.category, in_table=True), md_text(f.severity), conf(f.confidence),
                          md_code(f.rule_id, in_table=True)]])
            w.append("")
            if f.explanation:
                w += [md_prose(f.explanation), ""]
            if f.evidence:
                w += ["**Evidence**", ""]
                w += _table(["where", "text"],
                            [[md_code(common.where(ev), in_table=True), md_code(clip(ev.text), in_table=True)]
                             for ev in f.evidence])
                w.append("")
            if f.remediation:
                w += [f"**What to do:** {md_prose(f.remediation)}", ""]
            if f.references:
                w += ["**References:**", ""] + [f"- {md_url(r)}" for r in f.references] + [""]

    ex = common.excerpts(report)
    if ex:
        w += ["## Log excerpts", "", "Lines around every cited line; cited lines are marked `>`.", ""]
        for x in ex:
            first, last = x.lines[0].line, x.lines[-1].line
            src = "" if x.origin == "input" else " (from the timeline; the file was not re-read)"
            w += [f"{md_code(x.input)} lines {first}–{last}{src}", ""]
            width = len(str(last))
            w += [md_block([f"{'>' if ln.cited else ' '} {ln.line:>{width}}  {clip(ln.text)}" for ln in x.lines]), ""]

    if report.dfu:
        w += ["## DFU", ""]
        w += _table(["", ""], [[md_text(k), md_code(v, in_table=True)] for k, v in common.dfu_rows(report.dfu)])
        w.append("")

    if report.crash:
        w += ["## Crash", ""] + _crash(report.crash) + [""]

    if report.flash_map:
        w += ["## Flash map", ""] + _flash_map(report.flash_map) + [""]

    for name in common.GENERIC_SECTIONS:
        value = getattr(report, name, None)
        if value:
            w += [f"## {name.capitalize()}", ""]
            w += _table(["field", "value"], [[md_code(k, in_table=True), md_code(common.section_value(k, v), in_table=True)]
                                             for k, v in common.flatten(value)])
            w.append("")

    for t in common.extra_tables(report):
        w += [f"## {md_text(t.title)}", ""]
        if t.rows:
            w += _table([md_text(c.name) for c in t.columns],
                        [[md_code(format_value(v, c.type), in_table=True) for v, c in zip(row, t.columns, strict=False)]
                         for row in t.rows])
        else:
            w.append("(no rows)")
        w.append("")

    key = common.notable(report.timeline)
    if key:
        w += ["## Key events", ""]
        if report.timeline_total > len(report.timeline):
            w += [f"The report holds the first {len(report.timeline)} of {report.timeline_total} events.", ""]
        w += _table(["t", "where", "kind", "text"],
                    [[_t(e), md_code(common.where(e), in_table=True), md_code(e.kind, in_table=True),
                      md_code(clip(e.text, 160), in_table=True)] for e in key[:KEY_EVENTS_LIMIT]])
        if len(key) > KEY_EVENTS_LIMIT:
            w += ["", f"… {len(key) - KEY_EVENTS_LIMIT} more (see `dfuforensics timeline`)."]
        w.append("")

    w += ["## Inputs", ""]
    w += _table(["path", "kind", "size", "sha256"],
                [[md_code(r.path, in_table=True), md_code(r.kind, in_table=True), str(r.size),
                  md_code(r.sha256 or "not read", in_table=True)] for r in report.inputs])
    w.append("")
    problems = [(r.path, w_.describe()) for r in report.inputs for w_ in r.warnings]
    problems += [(r.path, f"{r.path}: {r.error}") for r in report.inputs
                 if r.error and all(x.message != r.error for x in r.warnings)]
    problems += [("analysis", w_.describe()) for w_ in report.warnings]
    if problems:
        w += [f"## Warnings ({len(problems)})", ""]
        w += [f"- {md_code(clip(text))}" for _, text in problems]
        w.append("")
    return "\n".join(w).rstrip("\n") + "\n"


def _t(e: Any) -> str:
    if e.t is None:
        return ""
    return md_text(f"{e.t:.3f}" + ("" if e.clock in ("device", "none") else f" {e.clock}"))


def _crash(c: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key in ("pc", "lr"):
        if isinstance(c.get(key), dict):
            lines.append(f"{key.upper():3} {common.frame_text(c[key])}")
    fault = c.get("fault")
    if isinstance(fault, dict) and fault:
        text = f"fault {format_value(fault.get('type'))}"
        bits = fault.get("cfsr_bits")
        if bits:
            text += f"  {format_value(bits)}"
        fa = common.as_int(fault.get("fault_address"))
        if fa is not None:
            text += f"  at 0x{fa:08X}"
        lines.append(text)
    bt = c.get("backtrace") or []
    if bt:
        lines.append("backtrace (innermost first):")
        lines += [f"  #{i:<2} {common.frame_text(fr)}" for i, fr in enumerate(bt)]
    out = [md_block(lines)] if lines else []
    other = {k: v for k, v in c.items() if k not in ("pc", "lr", "fault", "backtrace")}
    if other:
        out += ["", *_table(["field", "value"], [[md_code(k, in_table=True), md_code(common.section_value(k, v), in_table=True)]
                                                 for k, v in common.flatten(other)])]
    return out


def _flash_map(regions: list[Any]) -> list[str]:
    rows = []
    for r in regions:
        b = common.region_bounds(r)
        if b is None:
            rows.append([md_code(format_value(r.get("name") if isinstance(r, dict) else r), in_table=True),
                         "?", "?", "?", md_text("no usable start/end"), ""])
            continue
        s, e = b
        mark = " (damaged)" if common.region_damaged(r) else ""
        rows.append([md_code(format_value(r.get("name")), in_table=True) + mark, f"`0x{s:08X}`", f"`0x{e:08X}`",
                     md_text(common.human_size(e - s)), md_code(format_value(r.get("detail", "")), in_table=True),
                     md_code(format_value(r.get("read_from", "")), in_table=True)])
    out = _table(["region", "start", "end (excl.)", "size", "detail", "read from"], rows)
    for i, j, s, e in common.overlaps([r if isinstance(r, dict) else {} for r in regions]):
        out += ["", f"**Overlap:** {md_code(format_value(regions[i].get('name')))} and "
                    f"{md_code(format_value(regions[j].get('name')))} share `0x{s:08X}`–`0x{e:08X}`"]
    return out
