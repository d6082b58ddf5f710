"""Public keys: load them, verify init packet signatures, and find them in a bootloader's flash.

nrfutil signs the serialized ``InitCommand`` with ECDSA P-256 / SHA-256 and stores the 64-byte
signature as r then s, each little-endian; the SDK's ``dfu_public_key.c`` array is X then Y, each
little-endian too (``nrfutil keys display --format code``).  The bootloader stores that array in
its flash (4-byte aligned), so scanning a bootloader for 64-byte points on the curve finds the key
it was built with, in either byte order.  ``cryptography`` does the ECDSA; the only arithmetic here
is the curve equation used as a cheap filter before handing a candidate to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..model import Location

# NIST P-256 (FIPS 186-4 D.1.2.3): y^2 = x^3 - 3x + b over GF(p)
_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
_HEX_BYTE = re.compile(rb"0x([0-9A-Fa-f]{1,2})\b")
_C_ARRAY = re.compile(rb"uint8_t\s+\w+\s*\[\s*64\s*\]\s*=\s*\{(?P<body>[^}]*)\}", re.S)


class KeyFileError(ValueError):
    """The key file holds no P-256 public key we can read; the message says what it holds instead."""


def on_curve(x: int, y: int) -> bool:
    return x < _P and y < _P and (y * y - (x * x * x - 3 * x + _B)) % _P == 0


def key_from_xy(xy_be: bytes) -> Any:
    """An ``EllipticCurvePublicKey`` from X||Y big-endian (raises ValueError when not on the curve)."""
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b"\x04" + bytes(xy_be))


def sdk_array_to_xy(arr: bytes) -> bytes:
    """The SDK's little-endian-per-coordinate 64 bytes as X||Y big-endian."""
    return arr[:32][::-1] + arr[32:][::-1]


def load_public_key(text: bytes) -> Any:
    """A P-256 public key from PEM (public, or a private key whose public half is used) or from the
    C array form of ``dfu_public_key.c``."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    if b"-----BEGIN" in text:
        try:
            if b"PRIVATE KEY" in text:
                key = serialization.load_pem_private_key(text, password=None).public_key()
            else:
                key = serialization.load_pem_public_key(text)
        except (ValueError, TypeError, UnsupportedAlgorithm) as exc:  # e.g. a damaged curve OID
            raise KeyFileError(f"PEM block is not a readable key ({exc})") from None
        if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
            raise KeyFileError(f"PEM holds a {type(key).__name__}, not a P-256 (secp256r1) key")
        return key
    m = _C_ARRAY.search(text)
    if not m:
        raise KeyFileError("neither a PEM key nor a C array 'uint8_t name[64] = {...}' (dfu_public_key.c)")
    values = [int(v, 16) for v in _HEX_BYTE.findall(m.group("body"))]
    if len(values) != 64:
        raise KeyFileError(f"the C array holds {len(values)} hex bytes, a P-256 public key has 64")
    try:
        return key_from_xy(sdk_array_to_xy(bytes(values)))
    except ValueError:
        raise KeyFileError("the 64 bytes of the C array are not a point on P-256 (in the SDK's "
                           "little-endian order)") from None


def raw_xy(key: Any) -> bytes:
    """X||Y big-endian of a public key (for comparing keys and for the report)."""
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)[1:]


def verify(key: Any, payload: bytes, signature: bytes) -> bool:
    """Does ``signature`` (nrfutil's r||s, each little-endian) sign ``payload`` under ``key``?"""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    if len(signature) != 64:
        return False
    r = int.from_bytes(signature[:32], "little")
    s = int.from_bytes(signature[32:], "little")
    if not (0 < r and 0 < s):
        return False
    try:
        key.verify(encode_dss_signature(r, s), payload, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


@dataclass(frozen=True, slots=True)
class KeyCandidate:
    """64 bytes in flash that are a P-256 point: ``order`` is ``sdk`` (little-endian per coordinate,
    as dfu_public_key.c) or ``big-endian``."""

    address: int
    order: str
    xy: bytes
    location: Location | None

    def key(self) -> Any:
        return key_from_xy(self.xy)


def find_key_candidates(spans: Iterable[tuple[int, bytes, Location | None]]) -> Iterator[KeyCandidate]:
    """Every 4-byte aligned 64-byte window of ``(address, bytes, location)`` spans that is a curve point.

    ``location`` is that of the span's first byte; the candidate's is shifted to its own offset.
    """
    for base, data, loc in spans:
        start = (-base) % 4
        for off in range(start, len(data) - 63, 4):
            window = data[off:off + 64]
            if window[:32] in (b"\xff" * 32, b"\x00" * 32):
                continue
            for order, xy in (("sdk", sdk_array_to_xy(window)), ("big-endian", window)):
                x = int.from_bytes(xy[:32], "big")
                y = int.from_bytes(xy[32:], "big")
                if on_curve(x, y):
                    where = None
                    if loc is not None and loc.offset is not None:
                        where = Location(loc.input, offset=loc.offset + off)
                    yield KeyCandidate(base + off, order, xy, where)
