"""The GDB remote-protocol client against a fake server: framing, NAKs, retries, errors, read-only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dfuforensics.capture import rsp
from dfuforensics.capture.gdb import GdbProbe, parse_memory_map, parse_target_xml
from dfuforensics.capture.probe import ProbeLost, ReadFailed
from dfuforensics.capture.rsp import LinkDropped, LinkError, NotReadOnly, RemoteError, RemoteLink

from .fake_gdb import Behaviour, FakeGdbServer

PATTERN = bytes((i * 7 + 3) & 0xFF for i in range(0x3000))


def _link(server: FakeGdbServer, **kw) -> RemoteLink:
    link = RemoteLink.connect(server.address, timeout=kw.pop("timeout", 2.0), retries=kw.pop("retries", 3))
    link.handshake()
    return link


# -- framing (GDB manual, "Overview": $packet-data#checksum, checksum = sum mod 256) -------------------
@pytest.mark.parametrize("payload, wire", [(b"g", b"$g#67"), (b"?", b"$?#3f"), (b"OK", b"$OK#9a"),
                                           (b"m0,4", b"$m0,4#fd")])
def test_frame_checksum(payload: bytes, wire: bytes) -> None:
    assert rsp.frame(payload) == wire


def test_escape_and_run_length_decoding() -> None:
    # "0* " is the manual's example: '0' then ' ' (32) - 29 = 3 more copies
    assert rsp.decode_reply(b"0* ") == b"0000"
    assert rsp.decode_reply(b"ab}\x03c") == b"ab#c"  # '}' escape: next byte XOR 0x20
    assert rsp.frame(b"a#b") == b"$a}\x03b#" + b"%02x" % (sum(b"a}\x03b") & 0xFF)


# -- read-only by construction ------------------------------------------------------------------------
WRITES = [b"M20000000,4:00000000", b"X20000000,4:\x00\x00\x00\x00", b"P0=00000000", b"G" + b"00" * 68,
          b"Z0,1000,2", b"z0,1000,2", b"Z2,20000000,4", b"c", b"s", b"C05", b"S05", b"vCont;c", b"vCont;s",
          b"vFlashErase:0,1000", b"vFlashWrite:0:\x00", b"vFlashDone", b"D", b"k", b"R00", b"r",
          b"qRcmd,7265736574", b"QStartNoAckMode", b"vRun;", b"vAttach;1", b"A0,0,", b"i", b"I", b"!",
          b"m0,4;", b"mzz,4", b"qXfer:features:write:target.xml:0:"]


@pytest.mark.parametrize("packet", WRITES)
def test_write_and_resume_packets_are_refused_before_the_wire(packet: bytes) -> None:
    with FakeGdbServer(Behaviour()) as server:
        link = _link(server)
        before = list(server.received)
        with pytest.raises(NotReadOnly):
            link.request(packet)
        assert link.request(b"?") == b"S05"  # the link still works; the refused packet never went out
        assert server.received == [*before, b"?"]
        link.close()


def test_no_code_path_builds_a_write_packet() -> None:
    """Every literal handed to the wire in the capture package is a read request, an ack or 0x03."""
    pkg = Path(rsp.__file__).parent
    sent = []
    for path in sorted(pkg.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args and \
                    node.func.attr in ("request", "_send_packet", "_write", "sendall", "send"):
                arg = node.args[0]
                while isinstance(arg, ast.BinOp):  # b"m%x,%x" % (...)
                    arg = arg.left
                if isinstance(arg, ast.Constant) and isinstance(arg.value, bytes | str):
                    sent.append((path.name, node.func.attr, arg.value))
    assert sent, "the scan found no packets at all"
    for name, func, value in sent:
        value = value.encode() if isinstance(value, str) else value
        if func == "_write":
            assert value in (b"+", b"-"), (name, value)
        else:
            assert value[:1] in (b"q", b"?", b"g", b"p", b"m"), (name, value)
            assert not value.startswith((b"qRcmd", b"QStart")), (name, value)
    # and the public surface has nothing that could write
    for cls in (RemoteLink, GdbProbe):
        names = [n for n in dir(cls) if not n.startswith("_")]
        assert not [n for n in names if any(w in n for w in ("write", "resume", "step", "reset", "erase",
                                                              "flash", "breakpoint", "cont"))], names


def test_interrupt_only_after_the_halt_was_announced() -> None:
    with FakeGdbServer(Behaviour(running=True)) as server:
        link = _link(server)
        with pytest.raises(NotReadOnly):
            link.interrupt()
        assert server.interrupts == 0
        link.allow_halt = True
        assert link.interrupt() == b"T02"
        assert server.interrupts == 1
        link.close()


# -- link robustness ----------------------------------------------------------------------------------
def test_naks_from_the_server_make_the_client_resend() -> None:
    with FakeGdbServer(Behaviour(memory={0x1000: PATTERN}, nak_first=2)) as server:
        link = _link(server)
        assert link.stats["naks_received"] == 2 and link.stats["resends"] == 2
        assert link.read_memory(0x1000, 64) == PATTERN[:64]
        link.close()


def test_a_corrupt_reply_is_nakked_and_resent() -> None:
    with FakeGdbServer(Behaviour(memory={0x1000: PATTERN})) as server:
        link = _link(server)
        server.b.corrupt_replies = 2
        assert link.read_memory(0x1000, 200) == PATTERN[:200]
        assert link.stats["bad_checksums"] == 2
        assert server.naks_from_client == 2
        link.close()


def test_silence_is_retried_then_reported() -> None:
    with FakeGdbServer(Behaviour(memory={0x1000: PATTERN}, silent_first=1)) as server:
        link = _link(server, timeout=0.3)
        assert link.read_memory(0x1000, 16) == PATTERN[:16]
        assert link.stats["timeouts"] >= 1
        server.b.silent_first = 100
        with pytest.raises(LinkError, match="did not"):
            link.read_memory(0x1000, 16)
        link.close()


def test_e_reply_reports_address_and_keeps_what_was_read() -> None:
    with FakeGdbServer(Behaviour(memory={0x20000000: PATTERN[:0x400]}, packet_size=0x100)) as server:
        link = _link(server)
        with pytest.raises(RemoteError) as err:
            link.read_memory(0x20000000, 0x800)
        assert err.value.reply == "E14"
        assert err.value.partial == PATTERN[:len(err.value.partial)]
        assert 0x20000000 + len(err.value.partial) == err.value.address
        assert 0x400 - link.chunk_size < len(err.value.partial) <= 0x400
        link.close()


def test_reads_are_chunked_to_the_servers_packet_size_and_rle_decoded() -> None:
    data = bytes(0x800) + PATTERN[:0x800]
    with FakeGdbServer(Behaviour(memory={0: data}, packet_size=0x100, use_rle=True)) as server:
        link = _link(server)
        assert link.packet_size == 0x100
        seen = []
        assert link.read_memory(0, len(data), seen.append) == data
        sizes = [int(p.split(b",")[1], 16) for p in server.received if p.startswith(b"m")]
        assert max(sizes) * 2 + 4 <= 0x100 and sum(sizes) == len(data) == sum(seen)
        link.close()


def test_a_dropped_connection_is_a_lost_probe() -> None:
    with FakeGdbServer(Behaviour(memory={0: PATTERN}, drop_after=3, packet_size=0x100)) as server:
        probe = GdbProbe(_link(server))
        with pytest.raises(ProbeLost, match="closed the connection|lost"):
            probe.read_memory(0, 0x1000)
        probe.close()
    with FakeGdbServer(Behaviour(memory={0: PATTERN}, drop_after=2)) as server:
        link = _link(server)
        with pytest.raises(LinkDropped):
            link.read_memory(0, 0x100)
        link.close()


def test_connecting_to_nothing_says_what_to_check() -> None:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(LinkError, match=f"GDB server at 127.0.0.1:{port}: .*listening"):
        RemoteLink.connect(f"127.0.0.1:{port}", connect_timeout=1)
    with pytest.raises(rsp.DfuForensicsError, match="HOST:PORT"):
        rsp.parse_address("localhost:notaport")


# -- registers and maps -------------------------------------------------------------------------------
M_PROFILE_XML = (b'<?xml version="1.0"?><target><architecture>arm</architecture>'
                 b'<feature name="org.gnu.gdb.arm.m-profile">'
                 + b"".join(b'<reg name="r%d" bitsize="32"/>' % i for i in range(13))
                 + b'<reg name="sp" bitsize="32"/><reg name="lr" bitsize="32"/><reg name="pc" bitsize="32"/>'
                 b'<reg name="xpsr" bitsize="32" regnum="16"/></feature></target>')


def test_registers_by_number_from_the_target_description() -> None:
    regs = [0x1000 + i for i in range(16)] + [0x21000000]
    with FakeGdbServer(Behaviour(registers=regs, target_xml=M_PROFILE_XML, packet_size=0x80)) as server:
        probe = GdbProbe(_link(server))
        out = probe.read_core_registers()
        assert out["r0"] == 0x1000 and out["sp"] == 0x100D and out["pc"] == 0x100F and out["xpsr"] == 0x21000000
        assert any(p.startswith(b"qXfer:features:read:target.xml:") for p in server.received)
        assert b"p10" in server.received and b"g" not in server.received
        probe.close()


def test_registers_fall_back_to_g_without_p() -> None:
    regs = [0x2000 + i for i in range(16)] + [0x01000000]
    with FakeGdbServer(Behaviour(registers=regs, target_xml=M_PROFILE_XML, no_p=True)) as server:
        out = GdbProbe(_link(server)).read_core_registers()
        assert out["lr"] == 0x200E and out["xpsr"] == 0x01000000 and b"g" in server.received


def test_target_xml_includes_and_regnum_gaps() -> None:
    docs = {"target.xml": b'<target><xi:include href="core.xml"/><xi:include href="fp.xml"/></target>',
            "core.xml": b'<feature><reg name="r0" bitsize="32"/><reg name="pc" bitsize="32" regnum="15"/>'
                        b'<reg name="xpsr" bitsize="32" regnum="25"/></feature>',
            "fp.xml": b'<feature><reg name="d0" bitsize="64"/><reg name="fpscr" bitsize="32"/></feature>'}
    assert parse_target_xml(docs.get) == [("r0", 0, 32), ("pc", 15, 32), ("xpsr", 25, 32), ("d0", 26, 64),
                                          ("fpscr", 27, 32)]


def test_memory_map_xml() -> None:
    xml = (b'<memory-map><memory type="ram" start="0x20000000" length="0x40000"/>'
           b'<memory type="flash" start="0x0" length="0x100000"><property name="blocksize">0x1000</property>'
           b'</memory></memory-map>')
    with FakeGdbServer(Behaviour(memory_map=xml)) as server:
        probe = GdbProbe(_link(server))
        regions = probe.memory_map()
        assert [(r.kind, r.start, r.length) for r in regions] == [("flash", 0, 0x100000),
                                                                  ("ram", 0x20000000, 0x40000)]
        probe.close()
    assert parse_memory_map(b"<memory-map></memory-map>") == []


def test_probe_read_failed_carries_the_refusal() -> None:
    with FakeGdbServer(Behaviour(memory={0: PATTERN[:0x100]})) as server:
        probe = GdbProbe(_link(server))
        with pytest.raises(ReadFailed) as err:
            probe.read_memory(0, 0x200)
        assert err.value.reason == "the GDB server answered E14" and err.value.partial == PATTERN[:0xF0]  # two 0x78-byte chunks
        probe.close()
