"""The terminal report: verdict first, then evidence, DFU, crash, memory, inputs.

Sized for 80 columns; colour only where it carries meaning (severity), none when piped.  Every
string from evidence goes through ``rich.text.Text`` (never markup) and has control characters
made visible, so a log line cannot restyle or move the terminal.
"""

from __future__ import annotations

from typing import TextIO

from .values import format_value

_SEVERITY_STYLE = {"critical": "bold red", "error": "red", "warning": "yellow", "info": "cyan"}


def inert(text: str) -> str:
    """Terminal-safe: escape sequences and other control characters shown, not obeyed."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}" for ch in str(text))


def render(report, out: TextIO, *, width: int | None = None, color: bool | None = None, **_options) -> None:  # noqa: ANN001
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    is_tty = hasattr(out, "isatty") and out.isatty()
    console = Console(
        file=out,
        width=width or (None if is_tty else 80),
        force_terminal=bool(color) if color is not None else None,
        no_color=not (color if color is not None else is_tty),
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )

    def heading(title: str) -> None:
        console.print()
        console.print(Text(title, style="bold"))
        console.print(Text("─" * min(len(title), 78)))

    # Verdict
    top = report.top
    heading("Verdict")
    if top is None:
        console.print(Text("No known failure signature matched the evidence."))
    else:
        line = Text()
        line.append(f"{top.category}", style=_SEVERITY_STYLE.get(top.severity, ""))
        line.append(f"  ({top.severity}, confidence {top.confidence:.2f})")
        console.print(line)
        console.print(Text(inert(top.title)))
        if top.remediation:
            console.print(Text("What to do: " + inert(top.remediation)))

    # Findings
    if report.findings:
        heading(f"Findings ({len(report.findings)})")
        for i, f in enumerate(report.findings, 1):
            head = Text(f"{i}. ")
            head.append(f"[{f.severity}]", style=_SEVERITY_STYLE.get(f.severity, ""))
            head.append(f" {f.category} {f.confidence:.2f}  {inert(f.title)}  ({f.rule_id})")
            console.print(head)
            if f.explanation:
                console.print(Text("   " + inert(f.explanation)))
            for ev in f.evidence[:8]:
                where = ev.input + (f":{ev.line}" if ev.line is not None else "")
                where += f"@0x{ev.offset:X}" if ev.offset is not None else ""
                console.print(Text(f"   • {inert(where)}: {inert(ev.text)}"))
            if len(f.evidence) > 8:
                console.print(Text(f"   • … {len(f.evidence) - 8} more"))
            if f.remediation:
                console.print(Text("   → " + inert(f.remediation)))

    if report.dfu:
        heading("DFU")
        for key in ("outcome", "transport", "last_request", "bytes_transferred", "image_size"):
            if key in report.dfu:
                value = report.dfu[key]
                if isinstance(value, dict):
                    value = ", ".join(f"{k}={format_value(v)}" for k, v in value.items())
                console.print(Text(f"{key:18} {inert(format_value(value))}"))

    if report.crash:
        heading("Crash")
        c = report.crash
        for key in ("pc", "lr"):
            loc = c.get(key)
            if isinstance(loc, dict):
                console.print(Text(f"{key.upper():3} {_frame(loc)}"))
        fault = c.get("fault") or {}
        if fault:
            console.print(Text(f"fault: {inert(format_value(fault.get('type')))}  "
                               f"{inert(format_value(fault.get('cfsr_bits', [])))}"))
        for i, fr in enumerate(c.get("backtrace") or []):
            console.print(Text(f"  #{i} {_frame(fr)}"))

    for table in report.tables:
        heading(table.title)
        t = RichTable(show_header=True, header_style="bold", box=None, pad_edge=False)
        for col in table.columns:
            t.add_column(col.name, overflow="fold")
        for row in table.rows:
            t.add_row(*[Text(inert(format_value(v, col.type))) for v, col in zip(row, table.columns)])
        console.print(t)

    heading("Inputs")
    for rec in report.inputs:
        console.print(Text(f"{inert(rec.path)}  [{rec.kind}]  {rec.size} bytes  sha256 {rec.sha256[:16]}…"))
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


def _frame(fr: dict) -> str:
    addr = fr.get("address")
    a = f"0x{addr:08X}" if isinstance(addr, int) else "?"
    fn = fr.get("function") or "??"
    loc = f"{fr.get('file')}:{fr.get('line')}" if fr.get("file") else "??:?"
    return inert(f"{a} {fn} at {loc}")
