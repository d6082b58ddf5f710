"""A fake nRF5 serial DFU target on a pseudo-terminal, to make Nordic's own nrfutil talk.

Why: we have few real nrfutil outputs.  Driving the real nrfutil 6.1.7 against a target that answers
with a chosen result gives us genuine nrfutil output (messages, traceback shapes) for every result
code, produced by a tool nobody here wrote.  The target speaks SLIP-framed requests and answers
``[0x60, op, result, payload]`` (nrf5-sdk.md §3.3); ``fail_op``/``fail_result``/``fail_ext`` choose
the answer that breaks the update.

Usage: python fake_serial_target.py PTY_LINK_PATH SCENARIO   (prints nothing; exits when nrfutil closes)
"""

from __future__ import annotations

import binascii
import os
import pty
import select
import struct
import sys
import tty

END, ESC, ESC_END, ESC_ESC = 0xC0, 0xDB, 0xDC, 0xDD

#: scenario -> (object type the failure hits (1 command, 2 data), op, result, ext or None)
SCENARIOS = {
    "sd_req": (1, 0x04, 0x0B, 0x07),
    "invalid_object": (1, 0x04, 0x05, None),
    "op_failed": (1, 0x04, 0x0A, None),
    "hash": (2, 0x04, 0x0B, 0x0C),
    "no_room": (2, 0x01, 0x04, None),
    "success": (0, 0, 0, None),
    "silent": (-1, 0, 0, None),
}


def slip(data: bytes) -> bytes:
    out = bytearray()
    for b in data:
        if b == END:
            out += bytes([ESC, ESC_END])
        elif b == ESC:
            out += bytes([ESC, ESC_ESC])
        else:
            out.append(b)
    out.append(END)
    return bytes(out)


def main() -> int:
    link, scenario = sys.argv[1], sys.argv[2]
    fail_type, fail_op, fail_result, fail_ext = SCENARIOS[scenario]
    master, slave = pty.openpty()
    tty.setraw(slave)
    if os.path.lexists(link):
        os.unlink(link)
    os.symlink(os.ttyname(slave), link)
    objects = {1: bytearray(), 2: bytearray()}
    committed = {1: 0, 2: 0}
    current = 1
    buf = bytearray()
    esc = False
    idle = 0
    while True:
        r, _, _ = select.select([master], [], [], 1.0)
        if not r:
            idle += 1
            if idle > 120:
                print("fake target: idle", file=sys.stderr)
                return 0
            continue
        idle = 0
        try:
            chunk = os.read(master, 4096)
        except OSError as exc:
            print(f"fake target: {exc}", file=sys.stderr)
            return 0
        for c in chunk:
            if esc:
                buf.append(END if c == ESC_END else ESC)
                esc = False
                continue
            if c == ESC:
                esc = True
                continue
            if c != END:
                buf.append(c)
                continue
            req, buf = bytes(buf), bytearray()
            if not req or fail_type == -1:
                continue
            op = req[0]
            resp = None
            if fail_type == current and op == fail_op:
                resp = bytes([0x60, op, fail_result]) + (bytes([fail_ext]) if fail_ext is not None else b"")
            elif op == 0x09:
                resp = bytes([0x60, 0x09, 0x01, req[1]])
            elif op == 0x02:
                resp = bytes([0x60, 0x02, 0x01])
            elif op == 0x07:
                resp = bytes([0x60, 0x07, 0x01]) + struct.pack("<H", 131)
            elif op == 0x06:
                current = req[1]
                data = objects[current]
                resp = bytes([0x60, 0x06, 0x01]) + struct.pack("<III", 0x1000 if current == 2 else 0x200,
                                                                len(data), binascii.crc32(data) & 0xFFFFFFFF)
            elif op == 0x01:
                current = req[1]
                del objects[current][committed[current]:]
                resp = bytes([0x60, 0x01, 0x01])
            elif op == 0x08:
                objects[current] += req[1:]
            elif op == 0x03:
                data = objects[current]
                resp = bytes([0x60, 0x03, 0x01]) + struct.pack("<II", len(data), binascii.crc32(data) & 0xFFFFFFFF)
            elif op == 0x04:
                committed[current] = len(objects[current])
                resp = bytes([0x60, 0x04, 0x01])
            else:
                resp = bytes([0x60, op, 0x02])
            if resp is not None:
                os.write(master, slip(resp))


if __name__ == "__main__":
    sys.exit(main())
