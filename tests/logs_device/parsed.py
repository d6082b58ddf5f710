"""One input through the parser its content selects (or the one given): kind, events, warnings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dfuforensics.evidence import detect
from dfuforensics.model import Event, InputKind, ParseWarning
from dfuforensics.sources import expand


def parse(path: Path, parser: Any = None) -> tuple[str, list[Event], list[ParseWarning]]:
    source = expand([str(path)])[0]
    parser = parser or detect(source)
    assert parser is not None, f"{path} not recognised"
    kind, events, warnings = parser.kind, [], []
    for item in parser.parse(source):
        if isinstance(item, Event):
            events.append(item)
        elif isinstance(item, ParseWarning):
            warnings.append(item)
        elif isinstance(item, InputKind):
            kind = item.kind
    return kind, events, warnings


def grammar_agreement(grammar: Any, regexes: list[Any], lines: set[str], context: Any = None) -> int:
    """Assert that the lark grammar and the regexes compiled from its terminals accept the same lines;
    how many both accept."""
    accepted = 0
    for text in sorted(lines):
        try:
            grammar.parse(text)
            by_grammar = True
        except Exception:
            by_grammar = False
        assert by_grammar == any(rx.fullmatch(text) for rx in regexes), (context, text)
        accepted += by_grammar
    return accepted
