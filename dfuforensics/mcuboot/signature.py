"""Verify an MCUboot image signature with the user's public key (``--public-key``).

Two questions are kept apart so a report can tell a wrong key from damaged bytes: ``keyhash_match``
(is the KEYHASH/PUBKEY TLV this key?) and ``signature_ok`` (does the signature verify, with this
key, over the image hash the TLV states?).  Whether the bytes match that hash is ``hash_ok``'s job.
The ``cryptography`` library does all the mathematics; it is imported only here, only when a key is
given.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import NOT_PRESENT, Absent
from .image import HASH_TLVS, SlotImage

_C_BYTES = re.compile(r"0x([0-9a-fA-F]{2})")


class KeyError_(ValueError):
    """The key file cannot be used; the message names the file and why."""


@dataclass(slots=True)
class SignatureCheck:
    key_type: str
    keyhash_match: bool | Absent
    signature_ok: bool | Absent
    detail: str


def load_public_key(path: str | Path) -> Any:
    """A public key from a PEM (public or private), DER, or ``imgtool getpub`` C array file."""
    from cryptography.hazmat.primitives import serialization

    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise KeyError_(f"{p}: cannot read the key file ({exc.strerror})") from None
    candidates: list[bytes] = []
    if b"-----BEGIN" in raw:
        candidates.append(raw)
    else:
        text = raw.decode("latin-1")
        if "0x" in text and ("{" in text or "const" in text):
            candidates.append(bytes(int(h, 16) for h in _C_BYTES.findall(text)))
        candidates.append(raw)
    for blob in candidates:
        for loader in (serialization.load_pem_public_key, serialization.load_der_public_key):
            try:
                return loader(blob)
            except (ValueError, TypeError):
                pass
        for loader in (serialization.load_pem_private_key, serialization.load_der_private_key):
            try:
                return loader(blob, password=None).public_key()
            except (ValueError, TypeError):
                pass
    raise KeyError_(f"{p}: not a public or private key in PEM, DER or C-array form")


def _public_bytes(key: Any) -> tuple[str, bytes]:
    """The key type and the bytes imgtool embeds (PUBKEY) or hashes (KEYHASH)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    der = serialization.Encoding.DER
    if isinstance(key, rsa.RSAPublicKey):
        return f"rsa-{key.key_size}", key.public_bytes(der, serialization.PublicFormat.PKCS1)
    spki = key.public_bytes(der, serialization.PublicFormat.SubjectPublicKeyInfo)
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"ecdsa-{key.curve.name}", spki
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "ed25519", spki
    return type(key).__name__, spki


def check_signature(img: SlotImage, key: Any) -> SignatureCheck:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa, utils

    key_type, pub = _public_bytes(key)
    hash_tlv = img.hash_tlv
    hash_name = HASH_TLVS[hash_tlv.it_type] if hash_tlv else "sha256"
    keyhash: bool | Absent = NOT_PRESENT
    if (t := img.tlv(0x01)) is not None:
        keyhash = hashlib.new(hash_name, pub).digest() == t.data
    elif (t := img.tlv(0x02)) is not None:
        keyhash = t.data == pub
    sig = img.signature_tlv
    if sig is None:
        return SignatureCheck(key_type, keyhash, NOT_PRESENT, "the image carries no signature TLV")
    pure = img.tlv(0x25) is not None
    if pure:
        message = img.signed_region
    elif hash_tlv is not None:
        message = hash_tlv.data
    else:
        return SignatureCheck(key_type, keyhash, NOT_PRESENT, "no hash TLV to check the signature against")
    algo = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}[hash_name]
    try:
        if sig.it_type == 0x22 and isinstance(key, ec.EllipticCurvePublicKey):
            der = sig.data[:sig.data[1] + 2] if len(sig.data) > 2 else sig.data  # drop --pad-sig zeros
            scheme = ec.ECDSA(algo) if pure else ec.ECDSA(utils.Prehashed(algo))
            key.verify(der, message, scheme)
        elif sig.it_type in (0x20, 0x23) and isinstance(key, rsa.RSAPublicKey):
            pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
            key.verify(sig.data, message, pss, hashes.SHA256() if pure else utils.Prehashed(hashes.SHA256()))
        elif sig.it_type == 0x24 and isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(sig.data, message)
        else:
            return SignatureCheck(key_type, False if keyhash is NOT_PRESENT else keyhash, False,
                                  f"the image is signed with {sig.type_name}, the key is {key_type}")
    except InvalidSignature:
        return SignatureCheck(key_type, keyhash, False, f"{sig.type_name} signature does not verify with this key")
    except ValueError as exc:
        return SignatureCheck(key_type, keyhash, False, f"{sig.type_name} signature malformed: {exc}")
    return SignatureCheck(key_type, keyhash, True, f"{sig.type_name} signature verifies with this key")
