"""The terminal report, in the same order as the Markdown and HTML ones: verdict, findings, log
excerpts, DFU, crash, flash map, other sections, tables, key events, inputs, warnings.

Sized for 80 columns; colour only where it carries meaning (severity, errors, cited lines), none
when piped.  Every string from evidence goes through ``rich.text.Text`` (never markup) after
``inert`` has made control characters visible, so a log line cannot restyle or move the terminal.
"""

from __future__ import annotations

import io
import shutil
from typing import Any, TextIO

from . import common
from .common import clip, conf
from .common import inert as inert  # re-exported: other code imported it from here
from .values import format_value

_SEVERITY_STYLE = {"critical": "bold red", "error": "red", "warning": "yellow", "info": "cyan"}
#: Rows of the key-events list (the full timeline: `dfuforensics timeline`).
KEY_EVENTS_LIMIT = 30
EVIDENCE_LIMIT = 8


def render(report, out: TextIO, *, width: int | None = None, color: bool | None = None, **_options: Any) -> None:  # noqa: ANN001
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    is_tty = hasattr(out, "isatty") and out.isatty()
    colour = color if color is not None else is_tty
    if width is None:
        width = shutil.get_terminal_size((80, 24)).columns if is_tty else 80
    buf = io.StringIO()  # rendered here, then written with trailing blanks removed
    console = Console(
        file=buf,
        width=width,
        force_terminal=colour,
        no_color=not colour,
        color_system="standard" if colour else None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )

    def heading(title: str) -> None:
        console.print()
        console.print(Text(title, style="bold"))
        console.print(Text("─" * min(len(title), 78)))

    def item(prefix: str, text: str, style: str = "") -> None:
        """A list item whose wrapped lines stay indented under its text (hanging indent)."""
        g = RichTable.grid()
        g.add_column(no_wrap=True)
        g.add_column(overflow="fold")
        g.add_row(Text(prefix), Text(text, style=style))
        console.print(g)

    def kv_table(rows: list[tuple[str, str]]) -> None:
        t = RichTable(show_header=False, box=None, pad_edge=False)
        t.add_column("key", style="bold", no_wrap=False, max_width=30, overflow="fold")
        t.add_column("value", overflow="fold")
        for k, v in rows:
            t.add_row(Text(inert(k)), Text(inert(v)))
        console.print(t)

    # Verdict
    top = report.top
    heading("Verdict")
    if top is None:
        console.print(Text(common.no_finding_verdict(report)))
    else:
        line = Text()
        line.append(inert(top.category), style=_SEVERITY_STYLE.get(top.severity, ""))
        line.append(f"  ({inert(top.severity)}, confidence {conf(top.confidence)})")
        console.print(line)
        console.print(Text(inert(top.title)))
        if top.remediation:
            console.print(Text("What to do: " + inert(top.remediation)))

    if report.findings:
        heading(f"Findings ({len(report.findings)})")
        for i, f in enumerate(report.findings, 1):
            head = Text()
            head.append(f"[{inert(f.severity)}]", style=_SEVERITY_STYLE.get(f.severity, ""))
            head.append(f" {inert(f.category)} {conf(f.confidence)}  {inert(f.title)}  ({inert(f.rule_id)})")
            g = RichTable.grid()
            g.add_column(no_wrap=True)
            g.add_column(overflow="fold")
            g.add_row(Text(f"{i}. "), head)
            console.print(g)
            if f.explanation:
                item("   ", common.prose(f.explanation))
            for ev in f.evidence[:EVIDENCE_LIMIT]:
                item("   • ", f"{inert(common.where(ev))}: {inert(clip(ev.text, 200))}")
            if len(f.evidence) > EVIDENCE_LIMIT:
                item("   • ", f"… {len(f.evidence) - EVIDENCE_LIMIT} more (see --format json)")
            if f.remediation:
                item("   → ", common.prose(f.remediation))
            for r in f.references:
                item("   ref ", inert(r))

    ex = common.excerpts(report)
    if ex:
        heading("Log excerpts")
        for x in ex:
            console.print(Text(f"{inert(x.input)} lines {x.lines[0].line}–{x.lines[-1].line}"
                               + ("" if x.origin == "input" else " (from the timeline)")))
            width_no = len(str(x.lines[-1].line))
            for ln in x.lines:
                item(f"{'>' if ln.cited else ' '} {ln.line:>{width_no}}  ", inert(clip(ln.text, 200)),
                     "bold" if ln.cited else "")

    if report.dfu:
        heading("DFU")
        kv_table(common.dfu_rows(report.dfu))

    if report.crash:
        heading("Crash")
        c = report.crash
        for key in ("pc", "lr"):
            if isinstance(c.get(key), dict):
                console.print(Text(f"{key.upper():3} {common.frame_text(c[key])}"))
        fault = c.get("fault")
        if isinstance(fault, dict) and fault:
            text = f"fault: {format_value(fault.get('type'))}"
            if fault.get("cfsr_bits"):
                text += f"  {format_value(fault.get('cfsr_bits'))}"
            fa = common.as_int(fault.get("fault_address"))
            if fa is not None:
                text += f"  at 0x{fa:08X}"
            console.print(Text(inert(text), style="red"))
        bt = c.get("backtrace") or []
        if bt:
            console.print(Text("backtrace (innermost first):"))
            for i, fr in enumerate(bt):
                console.print(Text(f"  #{i:<2} {common.frame_text(fr)}"))
        other = {k: v for k, v in c.items() if k not in ("pc", "lr", "fault", "backtrace")}
        if other:
            kv_table([(k, common.section_value(k, v)) for k, v in common.flatten(other)])

    if report.flash_map:
        heading("Flash map")
        t = RichTable(show_header=True, header_style="bold", box=None, pad_edge=False)
        inputs, offsets = common.region_sources(report.flash_map)
        if len(inputs) == 1:
            console.print(Text(f"read from {inert(inputs[0])} (offsets in that input)", style="dim"))
        for name in ("region", "start", "end (excl.)", "size", "detail", "offset" if len(inputs) == 1 else "read from"):
            t.add_column(name, overflow="fold")
        for i, r in enumerate(report.flash_map):
            b = common.region_bounds(r)
            name = format_value(r.get("name")) if isinstance(r, dict) else format_value(r)
            damaged = isinstance(r, dict) and common.region_damaged(r)
            cells = [Text(inert(name) + (" DAMAGED" if damaged else ""), style="red" if damaged else "")]
            if b is None:
                cells += [Text("?"), Text("?"), Text("?")]
            else:
                cells += [Text(f"0x{b[0]:08X}"), Text(f"0x{b[1]:08X}"), Text(common.human_size(b[1] - b[0]))]
            detail = r.get("detail", "") if isinstance(r, dict) else ""
            cells.append(Text(inert(format_value(detail)) if detail not in (None, "") else ""))
            cells.append(Text(inert(offsets[i] if len(inputs) == 1 else format_value(r.get("read_from", "")))
                              if isinstance(r, dict) else ""))
            t.add_row(*cells)
        console.print(t)
        regions = [r if isinstance(r, dict) else {} for r in report.flash_map]
        for i, j, s, e in common.overlaps(regions):
            console.print(Text(f"overlap: {inert(format_value(regions[i].get('name')))} and "
                               f"{inert(format_value(regions[j].get('name')))} share 0x{s:08X}–0x{e:08X}", style="red"))

    for name in common.GENERIC_SECTIONS:
        value = getattr(report, name, None)
        if value:
            heading(name.capitalize())
            kv_table([(k, common.section_value(k, v)) for k, v in common.flatten(value)])

    for table in common.extra_tables(report):
        heading(inert(table.title))
        t = RichTable(show_header=True, header_style="bold", box=None, pad_edge=False)
        for col in table.columns:
            t.add_column(inert(col.name), overflow="fold")
        for row in table.rows:
            t.add_row(*[Text(inert(format_value(v, col.type))) for v, col in zip(row, table.columns, strict=False)])
        console.print(t)

    key = common.notable(report.timeline)
    if key:
        heading("Key events")
        for e in key[:KEY_EVENTS_LIMIT]:
            when = f"{e.t:>9.3f} " if e.t is not None else " " * 10
            item(when, f"{inert(common.where(e).rsplit('/', 1)[-1])} {inert(e.kind)}: {inert(clip(e.text, 160))}",
                 "red" if common.is_error(e) else "")
        if len(key) > KEY_EVENTS_LIMIT:
            console.print(Text(f"… {len(key) - KEY_EVENTS_LIMIT} more (see `dfuforensics timeline`)"))

    heading("Inputs")
    for rec in report.inputs:
        console.print(Text(f"{inert(rec.path)}  [{inert(rec.kind)}]  {rec.size} bytes"))
        console.print(Text(f"   sha256 {rec.sha256 or 'not read'}"))
        if rec.error:
            console.print(Text(f"   ! {inert(rec.error)}", style="red"))
        for w in rec.warnings[:5]:
            console.print(Text(f"   ! {inert(w.describe())}"))
        if len(rec.warnings) > 5:
            console.print(Text(f"   ! … {len(rec.warnings) - 5} more warnings (see --format json)"))
    if report.warnings:
        heading("Analysis warnings")
        for w in report.warnings:
            console.print(Text(f"! {inert(w.describe())}"))
    # rich pads table cells to the column width: trailing blanks are noise in a file or a pipe
    out.write("\n".join(line.rstrip(" ") for line in buf.getvalue().split("\n")))
