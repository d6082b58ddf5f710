"""A debug bootloader's hexdump of the init packet it received, read back as a ``dfu.init_command`` event.

SDK 12 dumps the whole ``dfu.Packet`` at the init command's EXECUTE (and the bare ``InitCommand`` it hashes)
in its 16-byte rows without ``|``; SDK 15.3+ dumps the ``InitCommand`` after "Prevalidation failed." in
8-byte rows with the record prefix.  The event comes after the dump's last row, at its first row's line;
a dump ends at the first non-blank line that is not its next row -- in the block parse also where that
line is in the next block or was written by the C scan, which the tests here cross on purpose.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from dfuforensics.commands.timeline import stream
from dfuforensics.evidence import nrf_log
from dfuforensics.evidence.nrf_log import NrfLogParser
from dfuforensics.model import Event
from dfuforensics.nrf5.init_packet import decode_init_packet, encode_init_packet, init_fields, wire_shape
from dfuforensics.sources import expand

from .reference import reference_parse
from .render import hexdump_line, legacy_hexdump_lines


def _packet(rng: random.Random, **over: object) -> bytes:
    args: dict = {"fw_version": rng.randrange(1, 9), "hw_version": 52, "sd_req": [0x8C, rng.choice([0x91, 0xA8])],
                  "type": rng.choice(["APPLICATION", "SOFTDEVICE_BOOTLOADER", "BOOTLOADER"]),
                  "app_size": rng.randrange(1, 1 << 18), "image_sha256": bytes(rng.randrange(256) for _ in range(32)),
                  "is_debug": False, "signature": bytes(rng.randrange(256) for _ in range(64))}
    args.update(over)
    return encode_init_packet(**args)


def _events(path: Path) -> list[Event]:
    return [x for x in NrfLogParser().parse(expand([str(path)])[0]) if type(x) is Event]


def test_sdk12_dumps_of_the_packet_and_the_init_command(tmp_path: Path) -> None:
    packet = _packet(random.Random(1), sd_req=[0x8C])
    command = decode_init_packet(packet).signed_payload
    lines = [":INFO:Before OP execute command", ":INFO:Valid command execute", ":INFO:", *legacy_hexdump_lines(packet),
             ":INFO:", ":INFO:Handling signed command", ":INFO:p_Init command:", ":INFO:",
             *(ln.rstrip() for ln in legacy_hexdump_lines(command)), ":INFO:",  # as a forum keeps it
             ":INFO:Signature", ":INFO:", *legacy_hexdump_lines(bytes(range(64))), ":INFO:",
             ":INFO:Prevalidate FAILED!", ":INFO:Sending Response: [0x4, 0xa]"]
    path = tmp_path / "sdk12.log"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    events = _events(path)
    dumps = [e for e in events if e.kind == "dfu.init_command"]
    assert [d.fields["form"] for d in dumps] == ["packet", "init_command"]  # the signature is no init packet
    first = dumps[0]
    assert first.line == 4 and first.text == lines[3] and (first.level, first.module) == ("info", None)
    assert first.fields["sd_req"] == [0x8C] and first.fields["hw_version"] == 52 and first.fields["signed"] is True
    assert first.fields["signature_type"] == "ECDSA_P256_SHA256"
    assert (first.fields["rows"], first.fields["size"]) == (len(legacy_hexdump_lines(packet)), len(packet))
    kinds = [e.kind for e in events]
    at = kinds.index("dfu.init_command")  # after the dump's last row, before the line that ended it
    assert kinds[at - 1] == "log.hexdump" and events[at + 1].text == ":INFO:"
    assert {k: dumps[1].fields[k] for k in ("fw_version", "sd_req", "type")} == \
           {k: first.fields[k] for k in ("fw_version", "sd_req", "type")}
    assert "signed" not in dumps[1].fields  # a bare InitCommand says nothing of the packet around it


def test_sdk15_prevalidation_dump(tmp_path: Path) -> None:
    """8-byte rows with their prefix and stamps; a short last row ends the dump at once, a full one at the
    next record (here one the C scan writes)."""
    rng = random.Random(2)
    for size_fits in (False, True):
        command = decode_init_packet(_packet(rng)).signed_payload
        while (len(command) % 8 == 0) != size_fits:
            command = decode_init_packet(_packet(rng)).signed_payload
        rows = [f"[00:00:01.{k:03d},500] <debug> nrf_dfu_validation: {hexdump_line(command[k:k + 8])}"
                for k in range(0, len(command), 8)]
        lines = ["[00:00:01.000,100] <warning> nrf_dfu_validation: Prevalidation failed.",
                 "[00:00:01.000,200] <debug> nrf_dfu_validation: Init command:", *rows,
                 "[00:00:01.900,000] <info> nrf_dfu_req_handler: Request handling complete. Result: 0xB"]
        path = tmp_path / f"sdk15_{size_fits}.log"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        events = _events(path)
        (dump,) = [e for e in events if e.kind == "dfu.init_command"]
        assert dump.line == 3 and dump.module == "nrf_dfu_validation" and dump.t == 1.0005
        assert dump.fields["form"] == "init_command" and dump.fields["rows"] == len(rows)
        assert [e.kind for e in events][-2:] == ["dfu.init_command", "dfu.response"]


def test_wire_shapes_and_random_bytes() -> None:
    rng = random.Random(3)
    packet = _packet(rng)
    assert wire_shape(packet) == "packet"
    assert wire_shape(decode_init_packet(packet).signed_payload) == "init_command"
    assert wire_shape(encode_init_packet(type="APPLICATION", image_sha256=bytes(32))) == "packet"  # unsigned
    for n in (16, 32, 48, 64, 65, 91):  # hashes, signatures, keys: never an init packet
        for _ in range(2000):
            assert init_fields(bytes(rng.randrange(256) for _ in range(n))) is None
    assert init_fields(packet[:-1]) is None and init_fields(packet + b"\x00") is None


def _dump_log(rng: random.Random, n: int) -> str:
    """Records the C scan writes, around dumps of every kind: init packets in both forms and row widths,
    other buffers, blank lines inside and after, ticks, dumps glued to the end of the input."""
    out: list[str] = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            out.append(f"<info> app: record {rng.randrange(1000)}")
        elif r < 0.6:
            out.append("")
        elif r < 0.8:
            data = _packet(rng) if rng.random() < 0.5 else decode_init_packet(_packet(rng)).signed_payload
            data = data if rng.random() < 0.8 else bytes(rng.randrange(256) for _ in range(rng.randrange(1, 70)))
            head = rng.choice(["", "[0001234] "])
            out += [f"{head}<debug> nrf_dfu_validation: {hexdump_line(data[k:k + 8])}" for k in range(0, len(data), 8)]
        else:
            data = _packet(rng) if rng.random() < 0.7 else bytes(rng.randrange(256) for _ in range(40))
            out.append(":INFO:")
            rows = legacy_hexdump_lines(data, rng.choice([0, 10]))
            if rng.random() < 0.2:
                rows.insert(rng.randrange(len(rows) + 1), "")
            out += rows
    return "\n".join(out)


@pytest.mark.parametrize("seed", range(4))
def test_dumps_across_blocks_equal_the_line_by_line_parse(tmp_path: Path, seed: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    path = tmp_path / "dumps.log"
    path.write_text(_dump_log(rng, 600) + ("\n" if seed % 2 else ""), encoding="utf-8")  # even seeds: no last \n
    monkeypatch.setattr(nrf_log, "BLOCK_BYTES", 257 + 61 * seed)
    source = expand([str(path)])[0]
    got = list(NrfLogParser().parse(source))
    want = list(reference_parse(NrfLogParser(), source))
    assert got == want
    assert sum(1 for x in got if type(x) is Event and x.kind == "dfu.init_command") > 20


@pytest.mark.parametrize("block", (199, 4096 + 3, nrf_log.BLOCK_BYTES))
def test_dumps_same_bytes_accelerated_and_pure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    """The init packet events come out at the same place whether the records around them were written by the C
    scan or in Python (``DFUFORENSICS_NO_ACCEL=1``)."""
    path = tmp_path / "dumps.log"
    path.write_text(_dump_log(random.Random(block), 3000) + "\n", encoding="utf-8")
    monkeypatch.setattr(nrf_log, "BLOCK_BYTES", block)
    results = []
    for env in ("0", "1"):
        monkeypatch.setenv("DFUFORENSICS_NO_ACCEL", env)
        out, err = io.StringIO(), io.StringIO()
        results.append((stream(expand([str(path)]), "jsonl", out, err), out.getvalue(), err.getvalue()))
    assert results[0] == results[1]
    assert results[0][1].count('"kind": "dfu.init_command"') > 100
