"""Zephyr / nRF Connect SDK / MCUboot device logs -> events (kind ``mcuboot-log`` or ``zephyr-log``).

Same machinery as ``nrf_log`` (hot-path regexes compiled from ``grammars/zephyr_log.lark``, cached
classification, slow path for the rest); this dialect adds ``CONFIG_LOG_MODE_MINIMAL`` lines (``I: msg``,
MCUboot's default), the kernel / NCS / MCUboot boot banners (also glued to a shell prompt or to a
banner cut by a reset), and bare printk lines of the NCS immutable bootloader (b0).  Meaning comes
from the MCUboot format strings (``mcuboot/log_templates.py``).

The input's kind starts as ``zephyr-log`` and becomes ``mcuboot-log`` (an ``InputKind`` record) at the
first line MCUboot printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..mcuboot.log_templates import MCUBOOT_MODULES
from ..model import Event, InputKind
from ..sources import Source
from .nrf_log import DeviceLogDialect, Rows, _InputState

_BANNER_SPLIT = re.compile(r"(?<=[^*])(?=\*{3,5} (?:Booting|Using) )")
_BANNER_VERSION = re.compile(r"(?:build|OS|SDK|MCUboot|v)\s*(v?\d[\w.\-+]*|[0-9a-f]{7,}\b)")
#: Bare printk lines are matched only against formats with at least this much fixed text.
_BARE_MIN_LITERAL = 8


class ZephyrLogParser(DeviceLogDialect):
    kind = "zephyr-log"
    grammar = "zephyr_log.lark"
    levels = {"err": "error", "wrn": "warning", "inf": "info", "dbg": "debug",
              "E": "error", "W": "warning", "I": "info", "D": "debug"}

    def compile_extra(self, t: dict[str, str]) -> None:
        self.minimal = re.compile(rf"({t['MIN_LEVEL']}):(.*)")
        self.banner = re.compile(rf"{t['BANNER']}")
        banner_start = t["BANNER"].split(" ", 1)[0]
        self.banner_glue = re.compile(rf"{banner_start} (?:Booting|Using) ")

    def index(self):  # noqa: ANN201 - a TemplateIndex
        from ..mcuboot.log_templates import mcuboot_index

        return mcuboot_index()

    def batches(self, source: Source) -> Iterator[list[Any]]:
        refined = False
        for batch in super().batches(source):
            for i, item in enumerate(batch):
                if refined:
                    break
                if type(item) is Rows:
                    refined = item.insert_before_first(InputKind("mcuboot-log"), _is_mcuboot)
                elif type(item) is Event and _is_mcuboot(item.kind, item.module, item.fields):
                    batch.insert(i, InputKind("mcuboot-log"))
                    refined = True
            yield batch

    # MCUboot's own errors and warnings that have no more specific meaning
    def plain(self, level: str, module: str | None, msg: str, t: Any,
              fields: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        if level in ("error", "warning") and (module is None or module in MCUBOOT_MODULES) \
                and any(m in MCUBOOT_MODULES for m in t.modules):
            return "mcuboot.error", fields
        return "log.line", fields

    def unmatched(self, level: str, module: str | None, msg: str) -> tuple[str, dict[str, Any]]:
        if level == "error" and module in MCUBOOT_MODULES:
            return "mcuboot.error", {"message": msg}
        return "log.line", {"message": msg}

    def other_forms(self, st: _InputState, src: str, raw: str, text: str, lineno: int) -> Iterator[Any]:
        if self.banner_glue.search(text):
            yield from self._banners(st, src, raw, text, lineno)
            return
        m = self.minimal.match(text)
        if m is not None:
            level = self.levels[m.group(1)]
            msg = m.group(2).strip()
            kind, fields = self._classify(level, None, msg)
            st.prev_level, st.prev_module = level, None
            yield self._event(st, kind, raw, src, lineno, None, None, level, None, dict(fields))
            return
        hit = self._index.match(None, text)
        if hit is not None and hit[0].literal >= _BARE_MIN_LITERAL:  # a bare printk line (b0, kernel)
            t, args = hit
            fields = t.fields_for(args) if t.kind != "log.line" else {"message": text, **({"args": args} if args else {})}
            fields["template"] = t.fmt
            yield self._event(st, t.kind, raw, src, lineno, None, None, None, None, fields)
            return
        yield from self.leftovers(st, src, raw, text, lineno)

    def _banners(self, st: _InputState, src: str, raw: str, text: str, lineno: int) -> Iterator[Any]:
        start = self.banner_glue.search(text).start()  # type: ignore[union-attr]
        if start:
            yield from self.fragment(st, src, text[:start].strip(), lineno)
        parts = _BANNER_SPLIT.split(text[start:])
        for part in parts:
            part = part.strip()
            fields: dict[str, Any] = {"banner": part}
            v = _BANNER_VERSION.search(part)
            if v:
                fields["version"] = v.group(1)
            if " Booting " in part:
                fields["stage"] = "mcuboot" if "MCUboot" in part else "zephyr"
                kind = "boot.start"
            else:
                kind = "log.line"
                fields["message"] = part
            shown = raw if len(parts) == 1 and not start else part
            yield self._event(st, kind, shown, src, lineno, None, None, None, None, fields)

    _SNIFF = re.compile(r"<(?:err|wrn|inf|dbg)> [A-Za-z_][\w.\-]*:|^(?:\d\d> ?)?[EWID]: \S"
                        r"|\*{3,5} (?:Booting|Using) (?:Zephyr|nRF Connect|MCUboot)", re.M)


def _is_mcuboot(kind: str, module: str | None, fields: dict[str, Any]) -> bool:
    """Whether an event (its kind, module and fields) is one MCUboot printed."""
    if module in MCUBOOT_MODULES or kind.startswith("mcuboot."):
        return True
    return fields.get("stage") == "mcuboot" and kind in ("boot.start", "boot.app_start")


PARSERS = [ZephyrLogParser()]
