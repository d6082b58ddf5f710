"""Generate the MCUboot slot fixtures with MCUboot's own imgtool, plus `imgtool dumpinfo` as the oracle.

Run from the project root: ``.venv/bin/python tests/mcuboot/make_slots.py``.  Keys are generated once
and reused (test keys, never for devices); ECDSA signatures differ between runs, so rerunning changes
the bytes but not what dumpinfo reports about them.  Every image is small (2 KiB payload, 12 KiB slot).
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fixtures"
IMGTOOL = str(Path(sys.executable).with_name("imgtool"))
SLOT_SIZE = 0x3000
PRIMARY_BASE = 0xC000  # where the payload is linked to run: the primary slot of an nRF52840 NCS layout

KEYS = {"ecdsa-p256": "ec256", "ed25519": "ed25519", "rsa-2048": "rsa2048"}

#: name: (key or None, header size, version, extra imgtool options)
IMAGES: dict[str, tuple[str | None, int, str, list[str]]] = {
    "ec256_h200_confirm": ("ec256", 0x200, "1.2.3+4", ["--pad", "--confirm", "-s", "auto", "-d", "(1,1.0.0)"]),
    "ed25519_h400_pad": ("ed25519", 0x400, "2.0.0+7", ["--pad"]),
    "rsa2048_h800": ("rsa2048", 0x800, "0.9.1+0", []),
    "unsigned_h200": (None, 0x200, "3.4.5+6", []),
    "ec256_pubkey_full_h200": ("ec256", 0x200, "1.0.0+0", ["--public-key-format", "full"]),
}


def run(*args: str) -> str:
    return subprocess.run([IMGTOOL, *args], check=True, capture_output=True, text=True).stdout


def payload(header_size: int) -> bytes:
    """A Cortex-M style payload linked for PRIMARY_BASE + header_size (SP, reset vector, pattern)."""
    vt = struct.pack("<II", 0x20010000, PRIMARY_BASE + header_size + 0x101)
    body = bytes((i * 7 + 3) & 0xFF for i in range(0x800 - len(vt)))
    return b"\0" * header_size + vt + body


def dumpinfo(path: Path) -> None:
    proc = subprocess.run([IMGTOOL, "dumpinfo", "-f", "json", str(path)], capture_output=True, text=True)
    record = json.loads(proc.stdout) if proc.returncode == 0 and proc.stdout.strip().startswith("{") else {
        "error": (proc.stderr or proc.stdout).strip().splitlines()[-1:]}
    record.pop("filename", None)
    path.with_name(path.name + ".dumpinfo.json").write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")


def verify(path: Path, keys: list[str]) -> None:
    """`imgtool verify` with each key: its verdict is the oracle for our signature check."""
    out = {}
    for key in keys:
        proc = subprocess.run([IMGTOOL, "verify", "-k", str(OUT / f"{key}.pem"), str(path)],
                              capture_output=True, text=True)
        out[key] = {"returncode": proc.returncode, "output": (proc.stdout + proc.stderr).strip().splitlines()[:1]}
    path.with_name(path.name + ".verify.json").write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for kind, name in {**KEYS, "ecdsa-p256-other": "ec256_other"}.items():
        key = OUT / f"{name}.pem"
        if not key.exists():
            run("keygen", "-k", str(key), "-t", kind.removesuffix("-other"))
        (OUT / f"{name}.pub.pem").write_text(run("getpub", "-k", str(key), "-e", "pem"))
    for name, (key, hdr, version, extra) in IMAGES.items():
        src = OUT / f"_{name}.raw"
        src.write_bytes(payload(hdr))
        out = OUT / f"{name}.bin"
        args = ["sign", "-v", version, "-H", hex(hdr), "-S", hex(SLOT_SIZE), "--align", "4", *extra]
        if key:
            args += ["-k", str(OUT / f"{key}.pem")]
        run(*args, str(src), str(out))
        src.unlink()
        dumpinfo(out)
    # Damage: one flipped payload byte (hash mismatch), and an upload cut inside its TLV area.
    good = (OUT / "ec256_h200_confirm.bin").read_bytes()
    flipped = bytearray(good)
    flipped[0x200 + 0x100] ^= 0x01
    (OUT / "ec256_h200_confirm_flipped.bin").write_bytes(bytes(flipped))
    dumpinfo(OUT / "ec256_h200_confirm_flipped.bin")
    rsa = (OUT / "rsa2048_h800.bin").read_bytes()
    (OUT / "rsa2048_h800_truncated.bin").write_bytes(rsa[:0x800 + 0x800 + 40])
    dumpinfo(OUT / "rsa2048_h800_truncated.bin")
    for name in [*IMAGES, "ec256_h200_confirm_flipped", "rsa2048_h800_truncated"]:
        verify(OUT / f"{name}.bin", [*KEYS.values(), "ec256_other"])
    shutil.rmtree(OUT / "__pycache__", ignore_errors=True)
    make_rule_fixtures()


RULE_FIXTURES = HERE.parents[1] / "dfuforensics" / "rules" / "builtin" / "mcuboot" / "fixtures"
SECONDARY_BASE = PRIMARY_BASE + SLOT_SIZE


def sign_raw(raw: bytes, header: int, version: str, name: str, key: str = "ec256") -> bytes:
    src, out = OUT / f"_{name}.raw", OUT / f"_{name}.signed"
    src.write_bytes(raw)
    run("sign", "-k", str(OUT / f"{key}.pem"), "-v", version, "-H", hex(header), "-S", hex(SLOT_SIZE),
        "--align", "4", str(src), str(out))
    data = out.read_bytes()
    src.unlink()
    out.unlink()
    return data


def slot_bytes(image: bytes, *, magic: bool = False, swap_info: int = 0xFF, copy_done: int = 0xFF,
               image_ok: int = 0xFF, status: bytes = b"") -> bytearray:
    """An image in a slot with its trailer, laid out as bootutil does with BOOT_MAX_ALIGN 8."""
    slot = bytearray(b"\xff" * SLOT_SIZE)
    slot[:len(image)] = image
    if magic:
        slot[-16:] = bytes.fromhex("77c295f360d2ef7f3552500f2cb67980")
    slot[-24], slot[-32], slot[-40] = image_ok, copy_done, swap_info
    if status:  # swap status records sit below swap_size (slot - 48)
        slot[-48 - 0x300:-48 - 0x300 + len(status)] = status
    return slot


def write_flash(name: str, primary: bytearray, secondary: bytearray) -> None:
    """Both slots as Intel HEX at their device addresses; only the image and trailer ranges are known."""
    from intelhex import IntelHex

    ih = IntelHex()
    for base, slot in ((PRIMARY_BASE, primary), (SECONDARY_BASE, secondary)):
        used = len(bytes(slot[:-0x800]).rstrip(b"\xff"))
        for start, end in ((0, (used + 15) // 16 * 16), (SLOT_SIZE - 0x800, SLOT_SIZE)):
            ih.frombytes(bytes(slot[start:end]), offset=base + start)
    ih.write_hex_file(str(RULE_FIXTURES / f"{name}.hex"))


def make_rule_fixtures() -> None:
    RULE_FIXTURES.mkdir(parents=True, exist_ok=True)
    new = sign_raw(payload(0x200), 0x200, "2.0.0+0", "new")
    old = sign_raw(payload(0x200), 0x200, "1.0.0+0", "old")
    # linked for a 0x200 header (CONFIG_ROM_START_OFFSET) but signed with -H 0x400
    mislinked = sign_raw(b"\0" * 0x400 + payload(0x200)[0x200:], 0x400, "2.0.0+0", "mislinked")
    flipped = bytearray(new)
    flipped[0x200 + 0x80] ^= 0x01
    write_flash("flash_swap_test", slot_bytes(old), slot_bytes(new, magic=True))
    write_flash("flash_revert_pending", slot_bytes(new, magic=True, swap_info=0x02, copy_done=0x01),
                slot_bytes(old))
    write_flash("flash_confirmed", slot_bytes(new, magic=True, swap_info=0x02, copy_done=0x01, image_ok=0x01),
                slot_bytes(old))
    other = sign_raw(payload(0x200), 0x200, "2.0.0+0", "other", key="ec256_other")
    write_flash("flash_secondary_other_key", slot_bytes(old), slot_bytes(other, magic=True))
    write_flash("flash_secondary_flipped", slot_bytes(old), slot_bytes(bytes(flipped), magic=True))
    write_flash("flash_header_mismatch", slot_bytes(old), slot_bytes(mislinked, magic=True))
    write_flash("flash_swap_interrupted",
                slot_bytes(old, magic=True, swap_info=0x02, status=b"\x01\xff\xff\xff" * 3 + b"\x02"),
                slot_bytes(new, magic=True))
    bad = bytearray(slot_bytes(new, magic=True))
    bad[0:4] = b"\x0d\x0a\xf3\x96"  # header magic altered (a 0x3d byte turned into CR LF by a text transfer)
    (RULE_FIXTURES / "secondary_bad_header.bin").write_bytes(bytes(bad))
    for src, dst in (("unsigned_h200", "secondary_unsigned.bin"), ("ec256_h200_confirm", "secondary_signed.bin"),
                     ("ec256_h200_confirm_flipped", "secondary_flipped.bin"),
                     ("rsa2048_h800_truncated", "secondary_truncated.bin")):
        shutil.copyfile(OUT / f"{src}.bin", RULE_FIXTURES / dst)


if __name__ == "__main__":
    main()
