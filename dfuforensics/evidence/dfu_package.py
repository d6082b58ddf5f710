"""DFU packages as evidence: nrfutil zips, loose ``.dat`` + ``.bin`` pairs and public key files.

* ``dfu-package``: a zip holding ``manifest.json`` (nrfutil secure or legacy), read in memory with
  size limits (``package.archive``); damaged members, unsafe names and manifest errors are warnings
  and the rest of the package is still used.
* ``init-packet``: a loose ``.dat`` (secure protobuf or legacy struct); ``dfu-image``: a loose
  ``.bin`` next to a ``.dat`` of the same stem.  The package analysis pairs them by stem.
* ``public-key``: a PEM public key or the SDK's ``dfu_public_key.c`` array, used to verify the
  package's signatures (same as ``analyze --public-key``).

Sniffers read ``source.head`` (and, for a ``.bin``, whether a sibling ``.dat`` exists) only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import WrongFormat
from ..model import Location, ParseWarning
from ..sources import Source

_C_KEY = re.compile(rb"uint8_t\s+\w+\s*\[\s*64\s*\]\s*=")
#: a .dat larger than this is no init packet (nrfutil's are ~140 bytes; limits of dfu-cc.options < 512)
MAX_DAT_BYTES = 4096


class ZipPackageParser:
    kind = "dfu-package"

    def sniff(self, source: Source) -> float:
        head = source.head
        if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            return 0.0
        # nrfutil writes manifest.json first or among the first members; any zip is a candidate
        return 0.97 if b"manifest.json" in head else 0.6

    def parse(self, source: Source) -> Iterator[object]:
        from ..package.archive import MAX_TOTAL_BYTES, read_members
        from ..package.manifest import build_package

        data = source.read_bytes(limit=MAX_TOTAL_BYTES)
        members, warnings = read_members(data, source.display)
        if "manifest.json" not in members and not any(n.endswith(".dat") for n in members):
            raise WrongFormat("a zip archive with neither manifest.json nor an init packet (.dat): "
                              "not an nrfutil DFU package")
        yield from warnings
        package = build_package(members, source.display)
        for problem in package.problems:
            yield ParseWarning(Location(source.display, offset=0), problem)
        for part in package.parts:
            if part.init_error:
                yield ParseWarning(part.dat_location or Location(source.display, offset=0),
                                   f"{part.dat_file}: init packet not decodable: {part.init_error}")
        # what the archive reader refused is part of what is wrong with the package
        package.problems[:0] = [w.message for w in warnings]
        yield package


def _stem(source: Source) -> str:
    return str(source.path.with_suffix(""))


class InitPacketParser:
    kind = "init-packet"

    def sniff(self, source: Source) -> float:
        from ..package.legacy import looks_legacy

        if source.path.suffix.lower() != ".dat" or source.load_address is not None:
            return 0.0
        head = source.head
        if not head or source.size > MAX_DAT_BYTES:
            return 0.0
        # protobuf dfu.Packet starts with field 1 (command) or 2 (signed_command), length-delimited
        if head[0] in (0x0A, 0x12) or looks_legacy(head):
            return 0.9
        return 0.0

    def parse(self, source: Source) -> Iterator[object]:
        from ..package.model import LooseFile, decode_dat

        data = source.read_bytes(limit=MAX_DAT_BYTES)
        _init, error, _fmt = decode_dat(data)
        if error:
            yield ParseWarning(Location(source.display, offset=0), f"init packet not decodable: {error}")
        yield LooseFile("dat", _stem(source), data, Location(source.display, offset=0))


class LooseImageParser:
    kind = "dfu-image"

    def sniff(self, source: Source) -> float:
        if source.path.suffix.lower() != ".bin" or source.load_address is not None:
            return 0.0
        dat = source.path.with_suffix(".dat")
        return 0.9 if dat.is_file() and dat.stat().st_size <= MAX_DAT_BYTES else 0.0

    def parse(self, source: Source) -> Iterator[object]:
        from ..package.model import LooseFile

        yield LooseFile("bin", _stem(source), source.read_bytes(), Location(source.display, offset=0))


class PublicKeyParser:
    kind = "public-key"

    def sniff(self, source: Source) -> float:
        head = source.head[:8192]
        if b"-----BEGIN PUBLIC KEY-----" in head or _C_KEY.search(head):
            return 0.95
        return 0.0

    def parse(self, source: Source) -> Iterator[object]:
        from ..package.keys import KeyFileError, load_public_key
        from ..package.model import PublicKeyFile

        text = source.read_bytes(limit=1 << 20)
        try:
            load_public_key(text)
        except KeyFileError as exc:
            raise WrongFormat(str(exc)) from None
        yield PublicKeyFile(text, Location(source.display, offset=0))


PARSERS = [ZipPackageParser(), InitPacketParser(), LooseImageParser(), PublicKeyParser()]
