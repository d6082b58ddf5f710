"""Fixed partitions from a devicetree source: a build's ``zephyr/zephyr.dts`` (what the build used, with
every include resolved), or a board file or overlay whose values are plain numbers.

The tree is read with lark (``grammars/dts.lark``), node references (``&flash0 { ... }``) and
``/delete-node/`` are applied as dtc applies them, then every ``partitions`` node yields its children.
A ``partitions`` node is the one with ``compatible = "fixed-partitions"``, or (newer Zephyr) the one
whose children are ``zephyr,mapped-partition`` nodes; its parent is the flash device.  Partition
addresses in ``reg`` are offsets in that device; the device's own ``reg`` (the SoC flash) or the
``qspi_mm`` window of its QSPI controller says where the CPU sees it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..model import Location, ParseWarning
from .records import ORIGIN_DEVICETREE, FlashDevice, Partition

#: Devicetree macros a board file may still hold (``DT_SIZE_K(48)``), evaluated; others are not numbers.
_SIZE_MACROS = {"DT_SIZE_K": 1024, "DT_SIZE_M": 1024 * 1024}
_CALL = re.compile(r"^([A-Za-z_]\w*)\s*\(\s*(0[xX][0-9a-fA-F]+|\d+)\s*\)$")
_INCLUDE = re.compile(r"^[ \t]*#[ \t]*include\b(.*)$", re.M)
#: Flash devices that are the SoC's own flash (or RRAM/MRAM); anything else holding partitions is external.
_INTERNAL_COMPATIBLE = ("soc-nv-flash",)
MAX_WARNINGS = 20


@dataclass
class Node:
    name: str
    line: int
    labels: list[str] = field(default_factory=list)
    props: dict[str, tuple[list[Any], int]] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    resolved: bool = True  # False: a &label node whose definition is not in this file

    @property
    def path(self) -> str:
        if self.parent is None:
            return "/" if self.name == "/" else f"&{self.name}"
        base = self.parent.path
        return f"{base.rstrip('/')}/{self.name}"

    def strings(self, prop: str) -> list[str]:
        values = self.props.get(prop, ([], 0))[0]
        return [v for v in values if isinstance(v, str)]

    def cells(self, prop: str) -> list[int | None] | None:
        """The cells of ``prop`` as numbers (None for a cell that is not one); None without the property."""
        if prop not in self.props:
            return None
        out: list[int | None] = []
        for v in self.props[prop][0]:
            if isinstance(v, list):
                out.extend(v)
        return out

    def cell_count(self, prop: str, default: int) -> int:
        cells = self.cells(prop)
        return cells[0] if cells and isinstance(cells[0], int) else default


def sniff_score(text: str) -> float:
    """A devicetree source: the ``/dts-v1/;`` tag, or partition nodes with ``reg`` in a braces tree."""
    body = re.sub(r"/\*.*?\*/", "", text[:65536], flags=re.S)
    stripped = "\n".join(ln for ln in body.splitlines() if not ln.strip().startswith(("//", "#include")))
    if stripped.lstrip().startswith("/dts-v1/;"):
        return 0.9
    if re.search(r"\bpartition@[0-9a-fA-F]+\s*\{", stripped) and re.search(r"\breg\s*=\s*<", stripped) \
            and "};" in stripped:
        return 0.85
    return 0.0


@cache
def _parser() -> Any:
    import lark

    from ..grammar_files import grammar_text

    return lark.Lark(grammar_text("dts.lark"), parser="lalr", propagate_positions=True, maybe_placeholders=False)


def read(text: str, input_name: str) -> Iterator[Partition | FlashDevice | ParseWarning]:
    """Every fixed partition in the source, and the flash devices that hold them."""
    for m in _INCLUDE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        yield ParseWarning(Location(input_name, line=line),
                           f"#include{m.group(1).rstrip()} is not resolved here: partitions it defines are not "
                           "read (give the build's zephyr/zephyr.dts, which has every include resolved)")
    errors: list[ParseWarning] = []
    tree = _parse(text, input_name, errors)
    yield from errors
    if tree is None:
        return
    root = Node("/", 1)
    detached: dict[str, Node] = {}
    warnings: list[ParseWarning] = []
    for item in tree.children:
        if item.data == "node":
            _merge(root, _node(item), warnings, input_name)
        elif item.data == "ref_node":
            target = _by_ref(root, detached, str(_first_token(item, "REF")), item, warnings, input_name)
            _apply_body(target, item, warnings, input_name)
        elif item.data == "delete_node":
            _delete(root, detached, str(item.children[0]), warnings, input_name, item.meta.line)
    yield from warnings
    for holder in [root, *detached.values()]:
        yield from _partitions_under(holder, input_name)
        yield from _mapped_external_flashes(holder, input_name)


def _mapped_external_flashes(holder: Node, input_name: str) -> Iterator[FlashDevice]:
    """QSPI flash chips the CPU sees through their controller's ``qspi_mm`` window, also without partitions
    (with Partition Manager the external partitions are in partitions.yml, the window only here)."""
    for node in _walk(holder):
        if node.parent is not None and "qspi_mm" in node.parent.strings("reg-names") and "reg" in node.props \
                and not any(_is_partitions(c) for c in node.children):
            device = _device(node, input_name)
            if device.external:
                yield device


def _parse(text: str, input_name: str, errors: list[ParseWarning]) -> Any:
    import lark

    def on_error(exc: lark.exceptions.UnexpectedInput) -> bool:
        if len(errors) < MAX_WARNINGS:
            errors.append(ParseWarning(Location(input_name, line=getattr(exc, "line", None) or 1),
                                       f"devicetree syntax not understood here ({_what(exc)}); skipped"))
        return True  # drop the token and go on: one damaged node costs that node, not the file

    try:
        return _parser().parse(text, on_error=on_error)
    except lark.exceptions.UnexpectedCharacters as exc:
        errors.append(ParseWarning(Location(input_name, line=exc.line),
                                   f"devicetree syntax not understood ({_what(exc)}); the file is not read"))
    except lark.exceptions.LarkError as exc:
        line = getattr(exc, "line", None) or 1
        errors.append(ParseWarning(Location(input_name, line=line if line > 0 else 1),
                                   f"devicetree not complete ({_what(exc)}); the file is not read"))
    return None


def _what(exc: Exception) -> str:
    token = getattr(exc, "token", None)
    if token is not None:
        return "unexpected end of file" if token.type == "$END" else f"unexpected {str(token)[:40]!r}"
    char = getattr(exc, "char", None)
    return f"unexpected {char!r}" if char else type(exc).__name__


def _first_token(item: Any, kind: str) -> Any:
    return next(c for c in item.children if getattr(c, "type", None) == kind)


def _node(item: Any) -> Node:
    labels = [str(c)[:-1] for c in item.children if getattr(c, "type", None) == "LABEL"]
    name = next(str(c) for c in item.children if getattr(c, "type", None) in ("ROOT", "NAME"))
    node = Node(name, item.meta.line, labels)
    _apply_body(node, item, [], "")
    return node


def _apply_body(target: Node, item: Any, warnings: list[ParseWarning], input_name: str) -> None:
    """Merge a node body into ``target``, dtc's way: later properties win, same-named children merge."""
    for labels in (c for c in item.children if getattr(c, "type", None) == "LABEL"):
        if str(labels)[:-1] not in target.labels:
            target.labels.append(str(labels)[:-1])
    for child in item.children:
        data = getattr(child, "data", None)
        if data == "property":
            name_tok = _first_token(child, "NAME")
            target.props[str(name_tok)] = ([_value(v) for v in child.children if hasattr(v, "data")],
                                           name_tok.line)
        elif data == "node":
            _merge(target, _node(child), warnings, input_name)
        elif data == "delete_property":
            target.props.pop(str(child.children[0]), None)
        elif data == "delete_node":
            name = str(child.children[0])
            target.children = [c for c in target.children if c.name != name and name.lstrip("&") not in c.labels]


def _merge(parent: Node, node: Node, warnings: list[ParseWarning], input_name: str) -> None:
    same = next((c for c in parent.children if c.name == node.name), None)
    if same is None:
        node.parent = parent
        parent.children.append(node)
        for child in node.children:
            child.parent = node
        return
    same.labels += [lb for lb in node.labels if lb not in same.labels]
    same.props.update(node.props)
    for child in node.children:
        _merge(same, child, warnings, input_name)


def _value(v: Any) -> Any:
    if v.data == "string":
        return _unquote(str(v.children[0]))
    if v.data == "cells":
        return [_cell(c) for c in v.children]
    if v.data == "bytes":
        return bytes.fromhex("".join(str(v.children[0])[1:-1].split()))
    return str(v.children[0])  # a reference: &label


def _cell(c: Any) -> int | None:
    token = c.children[0]
    text = str(token)
    if token.type == "NUMBER":
        return _c_number(text.rstrip("uUlL"))
    if token.type == "CALL" and (m := _CALL.match(text)) and m.group(1) in _SIZE_MACROS:
        return int(m.group(2), 0) * _SIZE_MACROS[m.group(1)]
    return None


def _c_number(text: str) -> int | None:
    """A number as C and dtc read it: 0x.. hex, a leading 0 octal, else decimal."""
    try:
        if text[:2] in ("0x", "0X"):
            return int(text, 16)
        return int(text, 8) if len(text) > 1 and text[0] == "0" else int(text)
    except ValueError:
        return None


def _unquote(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s[1:-1])


def _walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _by_ref(root: Node, detached: dict[str, Node], ref: str, item: Any, warnings: list[ParseWarning],
            input_name: str) -> Node:
    label = ref[1:]
    if label.startswith("{"):
        path = label[1:-1].strip("/").split("/")
        node = root
        for part in filter(None, path):
            found = next((c for c in node.children if c.name == part), None)
            if found is None:
                found = Node(part, item.meta.line, parent=node)
                node.children.append(found)
            node = found
        return node
    for node in [*_walk(root), *(n for d in detached.values() for n in _walk(d))]:
        if label in node.labels:
            return node
    node = Node(label, item.meta.line, [label], resolved=False)
    detached[label] = node
    warnings.append(ParseWarning(Location(input_name, line=item.meta.line),
                                 f"&{label} is defined in a file this input does not include; its partitions "
                                 "are read as offsets in a device of that name"))
    return node


def _delete(root: Node, detached: dict[str, Node], ref: str, warnings: list[ParseWarning], input_name: str,
            line: int) -> None:
    label = ref.lstrip("&")
    for node in [*_walk(root), *(n for d in detached.values() for n in _walk(d))]:
        if label in node.labels and node.parent is not None:
            node.parent.children.remove(node)
            return
    warnings.append(ParseWarning(Location(input_name, line=line), f"/delete-node/ {ref}: no such node here"))


def _is_partitions(node: Node) -> bool:
    if "fixed-partitions" in node.strings("compatible"):
        return True
    return node.name == "partitions" and any(
        "zephyr,mapped-partition" in c.strings("compatible") or c.name.startswith("partition@")
        for c in node.children)


def _partitions_under(holder: Node, input_name: str) -> Iterator[Partition | FlashDevice | ParseWarning]:
    for node in _walk(holder):
        if not _is_partitions(node):
            continue
        device = _device(node.parent if node.parent is not None else node, input_name)
        yield device
        address_cells = node.cell_count("#address-cells", 1)
        size_cells = node.cell_count("#size-cells", 1)
        for part in node.children:
            reg = part.cells("reg")
            line = part.props["reg"][1] if "reg" in part.props else part.line
            if reg is None:
                yield ParseWarning(Location(input_name, line=part.line), f"{part.path}: no reg; not a partition")
                continue
            want = address_cells + size_cells
            if len(reg) < want or any(v is None for v in reg[:want]):
                yield ParseWarning(Location(input_name, line=line),
                                   f"{part.path}: reg is not {want} plain numbers (a macro or expression this "
                                   "reader cannot evaluate; the build's zephyr.dts has them evaluated)")
                continue
            address = _join(reg[:address_cells])
            size = _join(reg[address_cells:want])
            unit = part.name.partition("@")[2]
            if unit and _hex(unit) is not None and _hex(unit) != address:
                yield ParseWarning(Location(input_name, line=part.line),
                                   f"{part.path}: the unit address @{unit} is not reg's address 0x{address:X}; "
                                   "reg is what the build uses")
            label = part.strings("label")
            yield Partition(
                name=label[0] if label else (part.labels[0] if part.labels else part.name),
                address=address, size=size,
                region="external_flash" if device.external else "flash_primary",
                input=input_name, line=part.line, origin=ORIGIN_DEVICETREE, device=device.label,
                dt_label=part.labels[0] if part.labels else "",
                lines={"address": line, "size": line, "reg": line},
            )


def _device(node: Node, input_name: str) -> FlashDevice:
    compatible = tuple(node.strings("compatible"))
    external = bool(compatible) and not any(c in _INTERNAL_COMPATIBLE for c in compatible)
    base: int | None = None
    size: int | None = None
    if not external:
        reg = node.cells("reg")
        if reg and len(reg) >= 2 and all(isinstance(v, int) for v in reg[:2]):
            base, size = reg[0], reg[1]
        elif not node.resolved:
            base = 0  # &flash0 from an include we do not have: offsets are all we know
    else:
        controller = node.parent
        if controller is not None and "qspi_mm" in controller.strings("reg-names"):
            index = controller.strings("reg-names").index("qspi_mm")
            reg = controller.cells("reg") or []
            if len(reg) >= 2 * index + 2 and all(isinstance(v, int) for v in reg[2 * index:2 * index + 2]):
                base, size = reg[2 * index], reg[2 * index + 1]
    label = node.labels[0] if node.labels else node.name
    return FlashDevice(label, node.path, compatible, external, base, size, input_name, node.line)


def _join(cells: list[int | None]) -> int:
    out = 0
    for c in cells:
        out = (out << 32) | (c or 0)
    return out


def _hex(text: str) -> int | None:
    try:
        return int(text, 16)
    except ValueError:
        return None
