"""The rule condition language: lark grammar -> a tree of small node objects -> evaluation over a Case.

Never Python ``eval``: a condition is parsed once (``compile_condition``) into nodes whose
``evaluate(ctx)`` returns a ``Result`` (true/false plus the events and facts that made it so, which a
finding cites as evidence).  Unknown facts and fields are ``Absent``: any test on them is false.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..model import NOT_PRESENT, Absent, Event, Location

# --------------------------------------------------------------------------------------------- errors


class ConditionError(Exception):
    """A condition that does not parse or is not valid; ``line``/``column`` are within the text."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


# ------------------------------------------------------------------------------------------ evaluation


@dataclass(slots=True)
class FactRef:
    """A fact a condition read: its path, value and (if the analysis said) where it came from."""

    path: str
    value: Any
    location: Location | None = None


@dataclass(slots=True)
class Result:
    ok: bool
    events: list[Event] = field(default_factory=list)
    facts: list[FactRef] = field(default_factory=list)


FALSE = Result(False)


class Context:
    """What a condition is evaluated over: ordered events, facts, memory.

    ``events`` must already be in timeline order (``analysis.timeline.ordered_events``); the
    position in that list is what "then" and "after" mean when clocks cannot be compared.
    """

    def __init__(self, events: list[Event], facts: dict[str, Any], memory: Any = None) -> None:
        self.events = events
        self.facts = facts
        self.memory = memory
        self._by_kind: dict[str, list[int]] = {}

    def indices(self, pattern: str) -> list[int]:
        """Positions of the events whose kind matches the glob ``pattern`` (cached)."""
        hit = self._by_kind.get(pattern)
        if hit is None:
            if any(c in pattern for c in "*?["):
                hit = [i for i, e in enumerate(self.events) if fnmatch.fnmatchcase(e.kind, pattern)]
            else:
                hit = [i for i, e in enumerate(self.events) if e.kind == pattern]
            self._by_kind[pattern] = hit
        return hit

    def fact(self, path: str) -> FactRef:
        return lookup_fact(self.facts, path)


def lookup_fact(facts: dict[str, Any], path: str) -> FactRef:
    """Walk a dotted path through dicts/attributes; a value with ``.value``/``.location`` is unwrapped.

    Provenance can also be given by an analysis in ``facts["_where"][path]`` (a ``Location``).
    """
    cur: Any = facts
    for part in path.split("."):
        if isinstance(cur, dict):
            cur = cur.get(part, NOT_PRESENT)
        elif isinstance(cur, (list, tuple)) and part.isdigit():
            idx = int(part)
            cur = cur[idx] if idx < len(cur) else NOT_PRESENT
        elif cur is not None and not isinstance(cur, Absent) and hasattr(cur, part):
            cur = getattr(cur, part)
        else:
            cur = NOT_PRESENT
        if cur is None:
            cur = NOT_PRESENT
        if isinstance(cur, Absent):
            break
    location = None
    if hasattr(cur, "value") and hasattr(cur, "location") and not isinstance(cur, (dict, Absent)):
        location = cur.location
        cur = cur.value
    sources = facts.get("_where") if isinstance(facts, dict) else None
    if location is None and isinstance(sources, dict):
        # the fact's own location, else the nearest enclosing one (``crash`` for ``crash.pc``)
        prefix = path
        while prefix:
            loc = sources.get(prefix)
            if isinstance(loc, Location):
                location = loc
                break
            prefix = prefix.rpartition(".")[0]
    if cur is None:
        cur = NOT_PRESENT
    return FactRef(path, cur, location)


EVENT_ATTRS = ("text", "level", "module", "kind", "source", "clock", "t", "line", "offset")


def event_field(ev: Event, name: str) -> Any:
    if name in ev.fields:
        value = ev.fields[name]
        return NOT_PRESENT if value is None else value
    if name in EVENT_ATTRS:
        value = getattr(ev, name)
        return NOT_PRESENT if value is None else value
    return NOT_PRESENT


# ------------------------------------------------------------------------------------------ nodes


def _node(cls: type) -> type:
    """What ``@dataclass`` gives a node class (``__init__``, ``__repr__``, ``__eq__`` over its annotated
    fields, class values as defaults), without compiling three functions per class at import: for
    these 18 classes that was ~8 ms, most of this module's import and a few % of a small ``analyze``."""
    names: tuple[str, ...] = tuple(cls.__dict__.get("__annotations__", {}))
    defaults = {n: cls.__dict__[n] for n in names if n in cls.__dict__}
    qualname = cls.__qualname__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            raise TypeError(f"{qualname}() takes {len(names)} arguments, {len(args)} given")
        for name, value in zip(names, args, strict=False):
            setattr(self, name, value)
        for name in names[len(args):]:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif name in defaults:
                setattr(self, name, defaults[name])
            else:
                raise TypeError(f"{qualname}() missing argument {name!r}")
        if kwargs:
            raise TypeError(f"{qualname}() got unexpected arguments {', '.join(sorted(kwargs))}")

    def __repr__(self: Any) -> str:
        return f"{qualname}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in names)

    cls.__init__ = __init__  # type: ignore[misc]
    cls.__repr__ = __repr__  # type: ignore[method-assign]
    cls.__eq__ = __eq__  # type: ignore[method-assign]
    cls.__hash__ = None  # type: ignore[assignment]  # as @dataclass(eq=True): mutable, not hashable
    cls.node_fields = names  # type: ignore[attr-defined]
    return cls



class Node:
    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:  # pragma: no cover - abstract
        raise NotImplementedError

    def kinds(self) -> set[str]:
        """Event kinds the condition mentions (for `rules lint` warnings and documentation)."""
        return set()

    def fact_paths(self) -> set[str]:
        return set()


class Value:
    """A value node: returns (value, FactRef or None)."""

    def get(self, ctx: Context, ev: Event | None) -> tuple[Any, FactRef | None]:  # pragma: no cover
        raise NotImplementedError

    def fact_paths(self) -> set[str]:
        return set()


@_node
class Literal(Value):
    value: Any

    def get(self, ctx: Context, ev: Event | None) -> tuple[Any, FactRef | None]:
        return self.value, None


@_node
class FactValue(Value):
    path: str

    def get(self, ctx: Context, ev: Event | None) -> tuple[Any, FactRef | None]:
        ref = ctx.fact(self.path)
        return ref.value, ref

    def fact_paths(self) -> set[str]:
        return {self.path}


@_node
class FieldValue(Value):
    name: str

    def get(self, ctx: Context, ev: Event | None) -> tuple[Any, FactRef | None]:
        if ev is None:
            return NOT_PRESENT, None
        return event_field(ev, self.name), None


@_node
class MemValue(Value):
    """``u32(ADDR)``: the little-endian word the memory images hold at ADDR (Absent if unknown)."""

    width: int
    address: Value

    def get(self, ctx: Context, ev: Event | None) -> tuple[Any, FactRef | None]:
        addr, _ = self.address.get(ctx, ev)
        if not isinstance(addr, int) or isinstance(addr, bool) or ctx.memory is None:
            return NOT_PRESENT, None
        data = ctx.memory.read(addr, self.width)
        if data is None:
            return NOT_PRESENT, None
        value = int.from_bytes(data, "little")
        loc = ctx.memory.source_of(addr)
        return value, FactRef(f"u{self.width * 8}(0x{addr:08X})", value, loc)

    def fact_paths(self) -> set[str]:
        return self.address.fact_paths()


def _num(v: Any) -> float | int | None:
    if isinstance(v, bool) or isinstance(v, Absent) or v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    return None


def compare(op: str, left: Any, right: Any, regex: re.Pattern[str] | None = None) -> bool:
    """One comparison; anything with an absent side is false (the language's 'unknown')."""
    if isinstance(left, Absent) or isinstance(right, Absent) or left is None or right is None:
        return False
    if op == "==":
        return _eq(left, right)
    if op == "!=":
        return not _eq(left, right)
    if op == "in":
        if isinstance(right, (list, tuple, set)):
            return any(_eq(left, r) for r in right)
        if isinstance(right, str) and isinstance(left, str):
            return left in right
        return False
    if op == "contains":
        if isinstance(left, (list, tuple, set)):
            return any(_eq(x, right) for x in left)
        if isinstance(left, str) and isinstance(right, str):
            return right in left
        return False
    if op == "matches":
        pattern = regex or re.compile(str(right))
        return pattern.search(str(left)) is not None
    a, b = _num(left), _num(right)
    if a is None or b is None:
        return False
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _eq(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return a == b


@_node
class Compare(Node):
    op: str
    left: Value
    right: Value
    regex: re.Pattern[str] | None = None

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        lv, lref = self.left.get(ctx, ev)
        rv, rref = self.right.get(ctx, ev)
        if not compare(self.op, lv, rv, self.regex):
            return FALSE
        return Result(True, facts=[r for r in (lref, rref) if r is not None])

    def fact_paths(self) -> set[str]:
        return self.left.fact_paths() | self.right.fact_paths()


@_node
class Truthy(Node):
    value: Value

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        v, ref = self.value.get(ctx, ev)
        if isinstance(v, Absent) or not v:
            return FALSE
        return Result(True, facts=[ref] if ref else [])

    def fact_paths(self) -> set[str]:
        return self.value.fact_paths()


@_node
class Exists(Node):
    name: str
    is_fact: bool

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        if self.is_fact:
            ref = ctx.fact(self.name)
            return Result(True, facts=[ref]) if not isinstance(ref.value, Absent) else FALSE
        if ev is None:
            return FALSE
        return Result(not isinstance(event_field(ev, self.name), Absent))

    def fact_paths(self) -> set[str]:
        return {self.name} if self.is_fact else set()


@_node
class Known(Node):
    """``known(ADDR, LEN)``: the memory images cover every byte of the range."""

    address: Value
    length: Value

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        a, _ = self.address.get(ctx, ev)
        n, _ = self.length.get(ctx, ev)
        if _num(a) is None or _num(n) is None or ctx.memory is None:
            return FALSE
        return Result(bool(ctx.memory.covers(int(a), int(n))))

    def fact_paths(self) -> set[str]:
        return self.address.fact_paths() | self.length.fact_paths()


@_node
class Overlaps(Node):
    """``overlaps(s1, e1, s2, e2)``: half-open ranges [s1, e1) and [s2, e2) share a byte."""

    values: list[Value]

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        got = [v.get(ctx, ev) for v in self.values]
        nums = [_num(v) for v, _ in got]
        if any(n is None for n in nums):
            return FALSE
        s1, e1, s2, e2 = nums  # type: ignore[misc]
        if s1 < e2 and s2 < e1:  # type: ignore[operator]
            return Result(True, facts=[r for _, r in got if r is not None])
        return FALSE

    def fact_paths(self) -> set[str]:
        out: set[str] = set()
        for v in self.values:
            out |= v.fact_paths()
        return out


class _Junction(Node):
    """And/Or: what a list of parts reads is what any of them reads."""

    parts: list[Node]

    def kinds(self) -> set[str]:
        return set().union(*(p.kinds() for p in self.parts))

    def fact_paths(self) -> set[str]:
        return set().union(*(p.fact_paths() for p in self.parts))


@_node
class And(_Junction):
    parts: list[Node]

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        out = Result(True)
        for p in self.parts:
            r = p.evaluate(ctx, ev)
            if not r.ok:
                return FALSE
            out.events.extend(r.events)
            out.facts.extend(r.facts)
        return out


@_node
class Or(_Junction):
    parts: list[Node]

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        out = Result(False)
        for p in self.parts:
            r = p.evaluate(ctx, ev)
            if r.ok:
                out.ok = True
                out.events.extend(r.events)
                out.facts.extend(r.facts)
        return out


@_node
class Not(Node):
    part: Node

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        return FALSE if self.part.evaluate(ctx, ev).ok else Result(True)

    def kinds(self) -> set[str]:
        return self.part.kinds()

    def fact_paths(self) -> set[str]:
        return self.part.fact_paths()


@_node
class EventSel:
    """``KIND [where cond]``: which events qualify."""

    kind: str
    cond: Node | None = None

    def matching(self, ctx: Context) -> list[int]:
        idx = ctx.indices(self.kind)
        if self.cond is None:
            return idx
        return [i for i in idx if self.cond.evaluate(ctx, ctx.events[i]).ok]

    def fact_paths(self) -> set[str]:
        return self.cond.fact_paths() if self.cond else set()


#: A finding cites at most this many events per test (the first ones, in timeline order).
MAX_CITED = 5


@_node
class EventTest(Node):
    sel: EventSel

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        hits = self.sel.matching(ctx)
        if not hits:
            return FALSE
        return Result(True, events=[ctx.events[i] for i in hits[:MAX_CITED]])

    def kinds(self) -> set[str]:
        return {self.sel.kind}

    def fact_paths(self) -> set[str]:
        return self.sel.fact_paths()


@_node
class NoEvent(Node):
    sel: EventSel

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        return FALSE if self.sel.matching(ctx) else Result(True)

    def kinds(self) -> set[str]:
        return {self.sel.kind}

    def fact_paths(self) -> set[str]:
        return self.sel.fact_paths()


def _later(ctx: Context, i: int, j: int) -> bool:
    """Event j happened after event i: timeline position (the timeline orders by clock where it can)."""
    return j > i


@_node
class Then(Node):
    """``event A then event B [within N s]``: some B after some A (within N seconds on one clock)."""

    first: EventSel
    second: EventSel
    within: float | None = None

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        a_hits = self.first.matching(ctx)
        if not a_hits:
            return FALSE
        b_hits = self.second.matching(ctx)
        for i in a_hits:
            for j in b_hits:
                if not _later(ctx, i, j):
                    continue
                if self.within is not None:
                    a, b = ctx.events[i], ctx.events[j]
                    if a.t is None or b.t is None or a.clock != b.clock or a.source != b.source:
                        continue
                    if not 0 <= b.t - a.t <= self.within:
                        continue
                return Result(True, events=[ctx.events[i], ctx.events[j]])
        return FALSE

    def kinds(self) -> set[str]:
        return {self.first.kind, self.second.kind}

    def fact_paths(self) -> set[str]:
        return self.first.fact_paths() | self.second.fact_paths()


@_node
class AfterNone(Node):
    """``event A and no event B after``: the last A is followed by no B."""

    first: EventSel
    second: EventSel

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        a_hits = self.first.matching(ctx)
        if not a_hits:
            return FALSE
        last = a_hits[-1]
        if any(_later(ctx, last, j) for j in self.second.matching(ctx)):
            return FALSE
        return Result(True, events=[ctx.events[last]])

    def kinds(self) -> set[str]:
        return {self.first.kind, self.second.kind}

    def fact_paths(self) -> set[str]:
        return self.first.fact_paths() | self.second.fact_paths()


@_node
class Count(Node):
    sel: EventSel
    op: str
    value: Value

    def evaluate(self, ctx: Context, ev: Event | None = None) -> Result:
        hits = self.sel.matching(ctx)
        n, ref = self.value.get(ctx, ev)
        if not compare(self.op, len(hits), n):
            return FALSE
        return Result(True, events=[ctx.events[i] for i in hits[:MAX_CITED]],
                      facts=[ref] if ref else [])

    def kinds(self) -> set[str]:
        return {self.sel.kind}

    def fact_paths(self) -> set[str]:
        return self.sel.fact_paths() | self.value.fact_paths()


# ------------------------------------------------------------------------------------------ parsing


@cache
def _grammar_text() -> str:
    from ..grammar_files import grammar_text

    return grammar_text("rules.lark")


#: How the condition parser is built (``lalr_build`` writes tables for exactly these options).
PARSER_OPTIONS: dict[str, Any] = {"parser": "lalr", "lexer": "contextual", "propagate_positions": False}


def grammar_sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


TABLES_FILE = Path(__file__).resolve().parent / "lalr_tables.json"


def read_tables(path: Path = TABLES_FILE) -> dict[str, Any] | None:
    """``lalr_tables.json`` (see ``lalr_build``) with its integer keys restored; None if unreadable."""
    import json

    def pairs(items: list[tuple[str, Any]]) -> dict[Any, Any]:
        return {int(k) if k.isdigit() else k: v for k, v in items}

    try:
        return json.loads(path.read_bytes(), object_pairs_hook=pairs)
    except (OSError, ValueError):
        return None


@cache
def _parser() -> Any:
    """The condition parser: from the pre-computed tables (``lalr_tables.json``, written by
    ``lalr_build``) when they belong to this grammar and this lark, else built from the grammar."""
    import lark

    text = _grammar_text()
    doc = read_tables()
    if (doc is not None and doc.get("lark_version") == lark.__version__
            and doc.get("grammar_sha256") == grammar_sha256(text)):
        try:
            return lark.Lark.load(doc["tables"])
        except Exception:  # noqa: BLE001 - tables this lark cannot read: build them, as below
            pass
    return lark.Lark(text, **PARSER_OPTIONS)


def _unquote(s: str) -> str:
    import json

    return json.loads(s)


def _build(tree: Any) -> Any:
    """lark tree -> nodes.  Written as a plain recursive function so no lark type leaks out."""
    from lark import Token, Tree

    if isinstance(tree, Token):
        raise ConditionError(f"unexpected {tree.value!r}", tree.line or 1, tree.column or 1)
    assert isinstance(tree, Tree)
    d, ch = tree.data, tree.children
    if d == "paren":
        return _build(ch[0])
    if d in ("or_", "and_"):
        parts = [_build(c) for c in _join_after_tails(ch)]
        if len(parts) == 1:
            return parts[0]
        return (Or if d == "or_" else And)(parts)
    if d == "not_":
        return Not(_build(ch[0]))
    if d == "compare":
        left, op, right = _value(ch[0]), str(ch[1]), _value(ch[2])
        regex = None
        if op == "matches" and isinstance(right, Literal):
            try:
                regex = re.compile(str(right.value))
            except re.error as exc:
                raise ConditionError(f"bad regular expression {right.value!r}: {exc}",
                                     ch[1].line or 1, ch[1].column or 1) from exc
        if op in ("<", "<=", ">", ">=") and isinstance(right, Literal) and _num(right.value) is None:
            raise ConditionError(f"'{op}' needs a number, not {right.value!r}", ch[1].line or 1,
                                 ch[1].column or 1)
        return Compare(op, left, right, regex)
    if d == "truthy":
        return Truthy(_value(ch[0]))
    if d == "exists":
        name = str(ch[0])
        return Exists(name, is_fact=ch[0].type == "DOTTED")
    if d == "known":
        return Known(_value(ch[0]), _value(ch[1]))
    if d == "overlaps":
        return Overlaps([_value(c) for c in ch])
    if d == "event_test":
        return EventTest(_sel(ch[0]))
    if d == "no_event":
        return NoEvent(_sel(ch[0]))
    if d == "then_test":
        within = float(ch[2]) if len(ch) > 2 and ch[2] is not None else None
        return Then(_sel(ch[0]), _sel(ch[1]), within)
    if d == "after_none":
        return AfterNone(_sel(ch[0]), _sel(ch[1]))
    if d == "count_cmp":
        return Count(_sel(ch[0]), str(ch[1]), _value(ch[2]))
    if d in ("fact", "field", "string", "number", "hexnum", "true", "false", "list_", "mem"):
        # a bare value at condition level: truthiness
        return Truthy(_value(tree))
    raise ConditionError(f"unsupported construct {d}")


def _join_after_tails(children: list[Any]) -> list[Any]:
    """``event A and no event B after``: join each ``after_tail`` to the event test just before it.

    The grammar leaves the two apart so LALR need not decide at ``and`` whether ``after`` follows;
    ``not`` in front of the event test applies to the whole ``after`` test, as it always has.
    """
    from lark import Tree

    out: list[Any] = []
    for child in children:
        if not (isinstance(child, Tree) and child.data == "after_tail"):
            out.append(child)
            continue
        prev = out.pop()
        nots = 0
        while isinstance(prev, Tree) and prev.data == "not_":
            nots += 1
            prev = prev.children[0]
        if not (isinstance(prev, Tree) and prev.data == "event_test"):
            kind = child.children[0].children[0]
            raise ConditionError("'no event ... after' must follow an 'event ...' test directly",
                                 kind.line or 1, kind.column or 1)
        joined = Tree("after_none", [prev.children[0], child.children[0]])
        for _ in range(nots):
            joined = Tree("not_", [joined])
        out.append(joined)
    return out


def _sel(tree: Any) -> EventSel:
    kind = str(tree.children[0])
    cond = _build(tree.children[1]) if len(tree.children) > 1 and tree.children[1] is not None else None
    return EventSel(kind, cond)


def _value(tree: Any) -> Value:
    from lark import Token

    if isinstance(tree, Token):
        if tree.type == "FIELD":
            return FieldValue(str(tree))
        if tree.type == "DOTTED":
            return FactValue(str(tree))
        raise ConditionError(f"unexpected {tree.value!r}", tree.line or 1, tree.column or 1)
    d, ch = tree.data, tree.children
    if d == "fact":
        if "*" in str(ch[0]):
            raise ConditionError(f"{ch[0]} is not a fact path (globs are for event kinds)",
                                 ch[0].line or 1, ch[0].column or 1)
        return FactValue(str(ch[0]))
    if d == "field":
        return FieldValue(str(ch[0]))
    if d == "string":
        return Literal(_unquote(str(ch[0])))
    if d == "number":
        text = str(ch[0])
        return Literal(float(text) if any(c in text for c in ".eE") else int(text))
    if d == "hexnum":
        return Literal(int(str(ch[0]), 16))
    if d == "true":
        return Literal(True)
    if d == "false":
        return Literal(False)
    if d == "list_":
        return Literal([_value(c).value for c in ch if c is not None])  # type: ignore[attr-defined]
    if d == "mem":
        width = {"u32": 4, "u16": 2, "u8": 1}[str(ch[0])]
        return MemValue(width, _value(ch[1]))
    raise ConditionError(f"expected a value, found {d}")


_COMPILED: dict[str, Node] = {}


def references(node: Any, kind: str | None = None) -> Iterator[tuple[str, str | None, str]]:
    """Every name a condition uses: ``("kind", KIND, "")``, ``("field", KIND or None, NAME)`` (a field of
    the events ``KIND`` selects; None outside any event test) and ``("fact", None, PATH)`` -- what the
    loader checks against ``vocabulary.py``."""
    if isinstance(node, EventSel):
        yield ("kind", node.kind, "")
        if node.cond is not None:
            yield from references(node.cond, node.kind)
        return
    if isinstance(node, FactValue):
        yield ("fact", None, node.path)
        return
    if isinstance(node, FieldValue):
        yield ("field", kind, node.name)
        return
    if isinstance(node, Exists):
        yield ("fact", None, node.name) if node.is_fact else ("field", kind, node.name)
        return
    for name in getattr(node, "node_fields", ()):
        value = getattr(node, name)
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if hasattr(item, "node_fields"):
                yield from references(item, kind)


def compile_condition(text: str) -> Node:
    """Parse a `when` condition; raises ``ConditionError`` with the line/column inside ``text``.

    Compiled conditions are kept for the life of the process (``rules lint`` and batch load the same
    text again); LALR parsing takes well under a millisecond, so nothing is kept on disk.
    """
    hit = _COMPILED.get(text)
    if hit is None:
        hit = _COMPILED[text] = _compile(text)
    return hit


def _compile(text: str) -> Node:
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

    if not text.strip():
        raise ConditionError("the condition is empty")
    try:
        tree = _parser().parse(text)
    except (UnexpectedEOF, UnexpectedToken) as exc:
        if isinstance(exc, UnexpectedToken) and exc.token.type != "$END":
            raise ConditionError(f"syntax error: unexpected {str(exc.token)!r}", exc.line, exc.column) from exc
        lines = text.rstrip().splitlines() or [""]
        raise ConditionError("the condition ends too early (an operand or a closing bracket is missing)",
                             len(lines), len(lines[-1]) + 1) from exc
    except UnexpectedCharacters as exc:
        snippet = text.splitlines()[exc.line - 1][max(exc.column - 1, 0):][:20] if exc.line > 0 else ""
        raise ConditionError(f"cannot read the condition at {snippet!r}", exc.line, exc.column) from exc
    except UnexpectedInput as exc:
        raise ConditionError(f"syntax error: {str(exc).splitlines()[0]}", getattr(exc, "line", 1) or 1,
                             getattr(exc, "column", 1) or 1) from exc
    return _build(tree)
