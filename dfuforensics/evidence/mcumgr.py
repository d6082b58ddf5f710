"""``mcumgr`` / ``newtmgr`` CLI output: ``image list`` and the ``Error: N`` lines of failed commands.

The printer is ``newtmgr/cli/image.go`` (reference §B6): ``Images:``, then per slot `` image=N slot=M``
(2019 builds print `` slot=M`` only), ``version:``, ``bootable:``, ``flags:``, ``hash:``, and
``Split status:``.  Forum copies lose the indentation, so nothing here depends on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import NOT_PRESENT, Event, Location, ParseWarning
from ..sources import Source
from .textutil import clean_line, looks_like_text

#: SMP/MCUmgr error codes (zephyr mgmt_defines.h).
MGMT_ERRORS = {0: "EOK", 1: "EUNKNOWN", 2: "ENOMEM", 3: "EINVAL", 4: "ETIMEOUT", 5: "ENOENT", 6: "EBADSTATE",
               7: "EMSGSIZE", 8: "ENOTSUP", 9: "ECORRUPT", 10: "EBUSY", 11: "EACCESSDENIED",
               12: "UNSUPPORTED_TOO_OLD", 13: "UNSUPPORTED_TOO_NEW", 256: "EPERUSER"}
IMAGE_FLAGS = ("active", "confirmed", "pending", "permanent")

_SLOT = re.compile(r"^(?:image=(?P<image>\d+)\s+)?slot=(?P<slot>\d+)$")
_KV = re.compile(r"^(?P<key>version|bootable|flags|hash):\s*(?P<value>.*)$")
_SPLIT = re.compile(r"^Split status:\s*(?P<text>.*?)\s*(?:\((?P<code>\d+)\))?$")
_ERROR = re.compile(r"^Error:\s*(?P<rc>-?\d+)\s*$")
_COMMAND = re.compile(r"(?:^|[\s/$])(?:mcumgr|newtmgr)\b(?P<args>.*)$")


#: A shell command line running the tool, as pasted into a device log: an optional prompt, ``sudo``, a path.
_SHELL_COMMAND = re.compile(r"^(?:[^$#>]{0,80}[$#>]\s*)?(?:sudo\s+)?(?:\S*/)?(?:mcumgr|newtmgr)(?:\s|$)")


class McumgrReader:
    """The image list and error lines of mcumgr output, a line at a time: for a file of mcumgr output
    (``McumgrParser``) and for mcumgr output pasted into a device log (``ZephyrLogParser``).

    ``embedded``: the lines are read only inside a block -- from a shell command running the tool or an
    ``Images:`` header, to the first line that is not the tool's -- so a device log's own lines are not
    taken for its output; and a slot's event is given as soon as its four lines are read, so it keeps its
    place among the log's events.
    """

    def __init__(self, src: str, embedded: bool = False) -> None:
        self.src, self.embedded = src, embedded
        self.started = False   # an image list, a command or an error was seen
        self.in_block = False  # (embedded) inside the tool's output
        self.cur: dict[str, Any] | None = None

    def feed(self, lineno: int, raw: str, text: str) -> tuple[bool, list[Any]]:
        """(whether the line is the tool's, the records to give now, in order)."""
        out: list[Any] = []
        if self.embedded and not self.in_block:
            if text != "Images:" and not _SHELL_COMMAND.match(text):
                return False, out
            self.in_block = True
        if text == "Images:":
            self.started = True
            return True, out
        m = _SLOT.match(text)
        if m:
            if self.cur is not None:
                out.append(self._slot_event())
            self.cur = {"image": int(m.group("image")) if m.group("image") else 0, "slot": int(m.group("slot")),
                        "line": lineno, "text": [raw]}
            self.started = True
            return True, out
        m = _KV.match(text)
        if m and self.cur is not None:
            self.cur[m.group("key")] = m.group("value").strip()
            self.cur["text"].append(raw)
            if self.embedded and all(k in self.cur for k in ("version", "bootable", "flags", "hash")):
                out.append(self._slot_event())
            return True, out
        if self.cur is not None:
            out.append(self._slot_event())
        m = _SPLIT.match(text)
        if m:
            out.append(Event("mcumgr.split_status", raw, self.src, line=lineno,
                             fields={"status": m.group("text"),
                                     "code": int(m.group("code")) if m.group("code") else NOT_PRESENT}))
            return True, out
        m = _ERROR.match(text)
        if m:
            rc = int(m.group("rc"))
            out.append(Event("mcumgr.error", raw, self.src, line=lineno, level="err",
                             fields={"rc": rc, "name": MGMT_ERRORS.get(rc, f"rc {rc}")}))
            self.started = True
            return True, out
        m = _COMMAND.search(text)
        if m and (not self.embedded or _SHELL_COMMAND.match(text)):
            args = m.group("args").split()
            words = [a for a in args if not a.startswith("-") and not a.startswith("<")]
            op = " ".join(w for w in words if w in ("image", "list", "upload", "test", "confirm", "erase",
                                                    "reset", "echo", "state"))
            out.append(Event("mcumgr.command", raw, self.src, line=lineno, fields={"op": op or NOT_PRESENT}))
            self.started = True
            return True, out
        self.in_block = False
        return False, out

    def close(self) -> list[Any]:
        """The records of a slot still being read when the input ends."""
        self.in_block = False
        return [self._slot_event()] if self.cur is not None else []

    def _slot_event(self) -> Event:
        cur, self.cur = self.cur, None
        assert cur is not None
        flags = cur.get("flags", "").split()
        digest = cur.get("hash", "")
        fields: dict[str, Any] = {
            "image": cur["image"], "slot": cur["slot"],
            "version": cur.get("version", NOT_PRESENT),
            "bootable": {"true": True, "false": False}.get(cur.get("bootable", ""), NOT_PRESENT),
            "flags": flags,
            "hash": digest.lower() if re.fullmatch(r"[0-9a-fA-F]{16,}", digest) else NOT_PRESENT,
        }
        for flag in IMAGE_FLAGS:
            fields[flag] = flag in flags
        return Event("mcumgr.image_state", "\n".join(cur["text"]), self.src, line=cur["line"], fields=fields)


class McumgrParser:
    kind = "mcumgr-output"

    def sniff(self, source: Source) -> float:
        if not looks_like_text(source.head):
            return 0.0
        lines = [clean_line(ln)[0] for ln in source.head.decode("utf-8", "replace").splitlines()[:200]]
        content = [ln for ln in lines if ln and not ln.startswith("#")]
        has_images = "Images:" in content
        has_slot = any(_SLOT.match(ln) for ln in content)
        if not (has_images and has_slot):
            return 0.0
        first = content[0] if content else ""
        return 0.9 if first == "Images:" or _COMMAND.search(first) else 0.6

    def parse(self, source: Source) -> Iterator[Any]:
        reader = McumgrReader(source.display)
        for lineno, raw, _cut in source.iter_lines():
            text, _rtt = clean_line(raw)
            if not text or (text.startswith("#") and not reader.started):
                continue
            taken, records = reader.feed(lineno, raw, text)
            yield from records
            if not taken:
                # Sniffing found an image list in this file; other lines (a console log around the
                # commands) are kept as unparsed events so the timeline still shows them.
                yield Event("unparsed", raw, source.display, line=lineno)
                yield ParseWarning(Location(source.display, line=lineno), "not mcumgr output; kept as an unparsed line")
        yield from reader.close()
        if not reader.started:
            yield ParseWarning(Location(source.display), "no mcumgr image list found")


PARSERS = [McumgrParser()]
