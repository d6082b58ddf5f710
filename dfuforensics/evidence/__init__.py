"""Evidence parsers: one module per kind of evidence, found by content sniffing.

Each module listed in ``PARSER_MODULES`` exposes ``PARSERS``: a list of parser objects with

* ``kind`` -- the contract's input kind (``"nrf-log"``, ``"flash-image"``, ...);
* ``sniff(source) -> float`` -- how sure (0..1) the parser is that this input is its kind.  Cheap:
  it reads ``source.head`` only and must not import heavy libraries;
* ``parse(source) -> Iterable[record | ParseWarning]`` -- yields typed records (``Event``,
  ``MemorySegment``, or a domain record such as a Particle module table) and warnings with their
  location.  It may raise ``WrongFormat`` before yielding anything; after that, damage is a warning.

Add a parser: write the module, append it here, add tests (see docs/howto-add-a-parser.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, Protocol

from ..model import ParseWarning
from ..sources import Source

PARSER_MODULES: tuple[str, ...] = (
    "dfuforensics.evidence.settings_page",  # before memory_images: both claim a lone settings page
    "dfuforensics.evidence.dfu_package",  # before memory_images: a zip / .dat / .bin is binary too
    "dfuforensics.evidence.zephyr_coredump",  # before memory_images: a core dump file is binary too
    "dfuforensics.evidence.memory_images",
    "dfuforensics.evidence.particle",
    "dfuforensics.evidence.particle_cli",
    "dfuforensics.evidence.mcuboot_slot",
    "dfuforensics.evidence.partition_layout",  # partitions.yml, pm_static.yml, zephyr.dts fixed partitions
    "dfuforensics.evidence.mcumgr",
    "dfuforensics.evidence.nrf_log",
    "dfuforensics.evidence.zephyr_log",
    "dfuforensics.evidence.nrfutil_log",
    "dfuforensics.evidence.nrfutil_device",
    "dfuforensics.evidence.nrfjprog_log",
    "dfuforensics.evidence.desktop_dfu_log",
    "dfuforensics.evidence.android_dfu_log",
    "dfuforensics.evidence.ios_dfu_log",
    "dfuforensics.evidence.fault_text",  # log parsers win ties on logs that carry a fault print
    "dfuforensics.evidence.fragments",  # last resort: bare lines no parser claims, read by their words
)

#: Scores below this are "not mine"; if no parser reaches it the input is of kind "unknown".
SNIFF_THRESHOLD = 0.3


class Parser(Protocol):
    kind: str

    def sniff(self, source: Source) -> float: ...

    def parse(self, source: Source) -> Iterable[Any | ParseWarning]: ...


@cache
def all_parsers() -> tuple[Parser, ...]:
    parsers: list[Parser] = []
    for name in PARSER_MODULES:
        module = importlib.import_module(name)
        parsers.extend(module.PARSERS)
    return tuple(parsers)


def detect(source: Source) -> Parser | None:
    """The parser most sure of this input, or None.  Ties go to the earlier-registered parser."""
    best: Parser | None = None
    best_score = SNIFF_THRESHOLD
    for parser in all_parsers():
        if getattr(parser, "max_score", 1.0) <= best_score:  # cannot win: not worth its sniff
            continue
        try:
            score = parser.sniff(source)
        except Exception:  # a sniffer must never take the run down; treat as "not mine"
            score = 0.0
        if score > best_score:
            best, best_score = parser, score
    return best


@contextmanager
def opened(source: Source) -> Iterator[tuple[Source, Parser | None]]:
    """The view of an input its parser reads -- the input itself, or, for a pasted log (quoted, numbered,
    HTML-escaped, flattened), its rewritten text (``pasted.py``) -- and the parser most sure of that view.
    Records parsed from the view go through ``pasted.relocate`` to cite the input's own lines."""
    from .pasted import PastedSource, unpasted

    view = unpasted(source)
    try:
        yield view, detect(view)
    finally:
        if isinstance(view, PastedSource):
            view.close()
