"""Partition Manager layouts: the generated ``partitions.yml`` and the user's ``pm_static.yml``.

Both are a YAML mapping of partition name to ``{address, size, end_address?, region?, device?, span?,
orig_span?, inside?, placement?, share_size?, ...}`` (sdk-nrf ``scripts/partition_manager.py``).  PyYAML
reads them, because users write ``pm_static.yml`` by hand with everything YAML allows (flow lists
``span: [mcuboot_pad, app]``, quoted strings, anchors ``&id001`` / ``*id001``, comments); its node
marks give every field's line.  Numbers are read by us from the scalar's text (``0x00000``, ``0xC000``),
not by YAML's type guessing.

Damage never stops the other partitions: a document PyYAML refuses is read again one top-level entry at
a time, and each entry that is still broken becomes a warning with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Location, ParseWarning
from .records import (
    ORIGIN_PARTITIONS_YML,
    ORIGIN_PM_STATIC,
    PM_DEFAULT_REGION,
    Partition,
)

#: A top-level key (a partition name) at the start of a line.
_TOP_KEY = re.compile(r"^([A-Za-z_][\w.\-]*)\s*:\s*(#.*)?$")
_HEX_FIELD = re.compile(r"^[ \t]+(address|end_address|size)\s*:\s*(0[xX][0-9a-fA-F]+|\d+)\s*$")
_DOMAIN = re.compile(r"^partitions_([A-Za-z0-9]+)\.ya?ml$")


def sniff_score(text: str) -> float:
    """How sure we are that ``text`` is a Partition Manager layout: top-level names whose entries carry
    an address and a size (or end address) in hex or decimal."""
    blocks = 0
    partition_like = 0
    fields: set[str] = set()
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if _TOP_KEY.match(raw):
            if fields >= {"address"} and fields & {"size", "end_address"}:
                partition_like += 1
            blocks += 1
            fields = set()
        elif m := _HEX_FIELD.match(raw):
            fields.add(m.group(1))
        elif not raw[0].isspace():
            return 0.0  # a top-level line that is not a mapping key: not this format
    if fields >= {"address"} and fields & {"size", "end_address"}:
        partition_like += 1
    if partition_like == 0 or partition_like * 2 < blocks:
        return 0.0
    return 0.9


def origin_of(file_name: str, entries_with_end: int, entries: int) -> str:
    """Which of the two files this is: by its name, else by content (the generated file writes
    ``end_address`` for every partition; a hand-written static file rarely does)."""
    low = file_name.lower()
    if "pm_static" in low:
        return ORIGIN_PM_STATIC
    if "partitions" in low:
        return ORIGIN_PARTITIONS_YML
    return ORIGIN_PARTITIONS_YML if entries and entries_with_end == entries else ORIGIN_PM_STATIC


def read(text: str, input_name: str, file_name: str) -> Iterator[Partition | ParseWarning]:
    """Every partition of the file, in the file's order, or a warning where one cannot be read."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        pieces = [(0, root)]
    except yaml.YAMLError as exc:
        yield ParseWarning(Location(input_name, line=_line_of(exc, 0)),
                           f"not valid YAML ({_problem(exc)}); reading each partition on its own")
        pieces = list(_entries_one_by_one(text, input_name))
    entries: list[tuple[str, int, dict[str, tuple[object, int]]]] = []
    for first_line, node in pieces:
        if isinstance(node, ParseWarning):
            yield node
            continue
        if node is None:
            continue
        if not isinstance(node, yaml.MappingNode):
            yield ParseWarning(Location(input_name, line=first_line + node.start_mark.line + 1),
                               "the document is not a mapping of partition names")
            continue
        for key, value in node.value:
            line = first_line + key.start_mark.line + 1
            if not isinstance(key, yaml.ScalarNode):
                yield ParseWarning(Location(input_name, line=line), "a partition name that is not a plain name")
                continue
            if not isinstance(value, yaml.MappingNode):
                yield ParseWarning(Location(input_name, line=line),
                                   f"{key.value}: not a mapping of address, size, region")
                continue
            entries.append((str(key.value), line, _fields(value, first_line)))
    origin = origin_of(file_name, sum(1 for _n, _l, f in entries if "end_address" in f), len(entries))
    m = _DOMAIN.match(file_name)
    domain = m.group(1) if m else ""
    for name, line, fields in entries:
        yield from _partition(name, line, fields, input_name, origin, domain)


def _partition(name: str, line: int, fields: dict[str, tuple[object, int]], input_name: str, origin: str,
               domain: str) -> Iterator[Partition | ParseWarning]:
    numbers: dict[str, int] = {}
    for what in ("address", "size", "end_address"):
        if what not in fields:
            continue
        value, at = fields[what]
        number = _number(value)
        if number is None:
            yield ParseWarning(Location(input_name, line=at), f"{name}.{what}: {value!r} is not a number")
        else:
            numbers[what] = number
    if "address" not in numbers:
        if "address" not in fields:
            yield ParseWarning(Location(input_name, line=line),
                               f"{name}: no address (a Partition Manager input, pm.yml, places it; "
                               "only a layout with addresses can be checked)")
        return
    address = numbers["address"]
    size = numbers.get("size")
    end = numbers.get("end_address")
    if size is None and end is not None:
        size = end - address
    if size is None or size < 0:
        yield ParseWarning(Location(input_name, line=line), f"{name}: no usable size")
        return
    if end is not None and end != address + size:
        yield ParseWarning(Location(input_name, line=fields["end_address"][1]),
                           f"{name}: end_address 0x{end:X} is not address 0x{address:X} + size 0x{size:X}; "
                           "the size is used")
    region_value = fields.get("region", (PM_DEFAULT_REGION, line))[0]
    device_value = fields.get("device", ("", line))[0]
    yield Partition(
        name=name, address=address, size=size,
        region=str(region_value) if isinstance(region_value, str) else PM_DEFAULT_REGION,
        input=input_name, line=line, origin=origin,
        device=str(device_value) if isinstance(device_value, str) else "",
        span=tuple(dict.fromkeys(_names(fields.get("span", (None, 0))[0])
                                 + _names(fields.get("orig_span", (None, 0))[0]))),
        inside=_names(fields.get("inside", (None, 0))[0]),
        domain=domain,
        lines={k: at for k, (_v, at) in fields.items()},
    )


def _fields(mapping: object, first_line: int) -> dict[str, tuple[object, int]]:
    """A partition's fields as plain values (scalars as text, sequences as lists) with their lines."""
    import yaml

    out: dict[str, tuple[object, int]] = {}
    assert isinstance(mapping, yaml.MappingNode)
    for key, value in mapping.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        line = first_line + key.start_mark.line + 1
        if isinstance(value, yaml.ScalarNode):
            out[str(key.value)] = (str(value.value), line)
        elif isinstance(value, yaml.SequenceNode):
            out[str(key.value)] = ([str(v.value) for v in value.value if isinstance(v, yaml.ScalarNode)], line)
        else:
            out[str(key.value)] = (None, line)
    return out


def _number(value: object) -> int | None:
    if not isinstance(value, str):
        return None
    try:
        return int(value.replace("_", ""), 0)
    except ValueError:
        return None


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    if isinstance(value, str) and value:
        return (value,)
    return ()


def _entries_one_by_one(text: str, input_name: str) -> Iterator[tuple[int, object]]:
    """Each top-level entry composed alone, so one broken entry costs only itself."""
    import yaml

    lines = text.splitlines(keepends=True)
    starts = [i for i, raw in enumerate(lines) if _TOP_KEY.match(raw.rstrip("\r\n"))]
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        try:
            yield start, yaml.compose("".join(lines[start:stop]), Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            yield start, ParseWarning(Location(input_name, line=_line_of(exc, start)),
                                      f"{lines[start].split(':', 1)[0].strip()}: not read ({_problem(exc)})")


def _line_of(exc: Exception, first_line: int) -> int:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return first_line + (mark.line + 1 if mark is not None else 1)


def _problem(exc: Exception) -> str:
    return str(getattr(exc, "problem", None) or exc).strip()
