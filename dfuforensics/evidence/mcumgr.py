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
        cur: dict[str, Any] | None = None
        started = False
        for lineno, raw, _cut in source.iter_lines():
            text, _rtt = clean_line(raw)
            loc = Location(source.display, line=lineno)
            if not text or (text.startswith("#") and not started):
                continue
            if text == "Images:":
                started = True
                continue
            m = _SLOT.match(text)
            if m:
                if cur is not None:
                    yield self._slot_event(source, cur)
                cur = {"image": int(m.group("image")) if m.group("image") else 0, "slot": int(m.group("slot")),
                       "line": lineno, "text": [raw]}
                started = True
                continue
            m = _KV.match(text)
            if m and cur is not None:
                cur[m.group("key")] = m.group("value").strip()
                cur["text"].append(raw)
                continue
            if cur is not None:
                yield self._slot_event(source, cur)
                cur = None
            m = _SPLIT.match(text)
            if m:
                yield Event("mcumgr.split_status", raw, source.display, line=lineno,
                            fields={"status": m.group("text"),
                                    "code": int(m.group("code")) if m.group("code") else NOT_PRESENT})
                continue
            m = _ERROR.match(text)
            if m:
                rc = int(m.group("rc"))
                yield Event("mcumgr.error", raw, source.display, line=lineno, level="err",
                            fields={"rc": rc, "name": MGMT_ERRORS.get(rc, f"rc {rc}")})
                started = True
                continue
            m = _COMMAND.search(text)
            if m:
                args = m.group("args").split()
                words = [a for a in args if not a.startswith("-") and not a.startswith("<")]
                op = " ".join(w for w in words if w in ("image", "list", "upload", "test", "confirm", "erase",
                                                        "reset", "echo", "state"))
                yield Event("mcumgr.command", raw, source.display, line=lineno, fields={"op": op or NOT_PRESENT})
                started = True
                continue
            # Sniffing found an image list in this file; other lines (a console log around the commands)
            # are kept as unparsed events so the timeline still shows them.
            yield Event("unparsed", raw, source.display, line=lineno)
            yield ParseWarning(loc, "not mcumgr output; kept as an unparsed line")
        if cur is not None:
            yield self._slot_event(source, cur)
        if not started:
            yield ParseWarning(Location(source.display), "no mcumgr image list found")

    @staticmethod
    def _slot_event(source: Source, cur: dict[str, Any]) -> Event:
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
        return Event("mcumgr.image_state", "\n".join(cur["text"]), source.display, line=cur["line"], fields=fields)


PARSERS = [McumgrParser()]
