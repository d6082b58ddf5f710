"""`dfuforensics symbolize ELF [ADDR...]`: addr2line-compatible symbolization."""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # argparse is not imported for the plain form (see quick_args)
if TYPE_CHECKING:
    import argparse

HELP = "symbolize addresses with an ELF (addr2line -a -f -i compatible text, or JSON)"
DESCRIPTION = """\
Symbolize code addresses with an ELF's symbols and DWARF: function, file:line and the chain of
inlined functions, innermost first.  Text output is what `addr2line -a -f -i -e ELF` prints; JSON
gives one object per address.  Addresses are hexadecimal (0x optional); with none on the command line
they are read from stdin, whitespace-separated.  The ELF's index is cached by its sha256 in
$DFUFORENSICS_CACHE (default ~/.cache/dfuforensics).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("elf", metavar="ELF")
    p.add_argument("addresses", nargs="*", metavar="ADDR", help="addresses (hex); read from stdin when none")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the index cache")


class _Args:
    """The attributes argparse would set for the plain form."""

    def __init__(self, elf: str, addresses: list[str]) -> None:
        self.elf, self.addresses, self.format, self.no_cache = elf, addresses, "text", False


def quick_args(words: list[str]) -> _Args | None:
    """``ELF [ADDR...]`` with no option parsed without argparse, whose import and set-up cost more
    than a cached run's lookups; anything with a dash (options, help, ``--``) is left to argparse."""
    if not words or any(w.startswith("-") for w in words):
        return None
    return _Args(words[0], words[1:])


def run(args: argparse.Namespace | _Args) -> int:
    import os
    from itertools import repeat

    from ..errors import UsageError
    from ..symbols.index import SymbolError, load_index

    if not os.path.isfile(args.elf):
        raise UsageError(f"{args.elf}: no such ELF file")
    words = args.addresses or sys.stdin.read().split()
    addrs: list[int] = []
    try:  # int() takes an optional 0x itself: one C-level map for the usual short addresses
        addrs = list(map(int, words, repeat(16)))
    except ValueError:
        addrs = [-1]
    if addrs and (min(addrs) < 0 or max(map(len, words)) > 16):
        from ..symbols.addr2line import parse_address

        addrs = []  # something unusual: word by word, naming the first bad one
        for w in words:
            try:
                addrs.append(parse_address(w))
            except ValueError:
                raise UsageError(f"{w!r} is not a hexadecimal address") from None
    try:
        index = load_index(args.elf, use_cache=not args.no_cache)
    except SymbolError as exc:
        raise UsageError(str(exc)) from None
    for w in index.warnings:
        print(f"dfuforensics symbolize: {args.elf}: {w}", file=sys.stderr)
    out = sys.stdout
    if args.format == "json":
        import json

        from ..symbols.addr2line import json_record

        json.dump({"elf": args.elf, "sha256": index.sha256,
                   "addresses": [json_record(a, index.lookup(a)) for a in addrs]}, out, indent=2)
        out.write("\n")
    else:
        out.write(index.text(addrs))  # one write: 10,000 addresses are ~40,000 lines
    return 0
