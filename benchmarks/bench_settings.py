"""Settings room timings: decode_settings per page, and the `settings` command end to end.

Run: .venv/bin/python benchmarks/bench_settings.py   (prints medians; baseline = `dfuforensics --help`
in the same run, i.e. interpreter + CLI start-up).
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

from dfuforensics.nrf5.init_packet import encode_init_packet
from dfuforensics.nrf5.settings import decode_settings, encode_settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for benchmarks.common

from benchmarks.common import median_seconds  # noqa: E402


def main() -> None:
    page = encode_settings(app_version=3, peer_data=bytes(60), adv_name="x",
                           init_command=encode_init_packet(fw_version=1, sd_req=[0x101], signature=bytes(64)))
    decode_settings(page)  # warm the protobuf import
    print(f"decode_settings (v2 page with signed init command): {median_seconds(lambda: decode_settings(page), 200) * 1e6:.0f} us")
    with tempfile.TemporaryDirectory() as d:
        dump = Path(d) / "flash.bin"
        buf = bytearray(random.Random(1).randbytes(0x100000))
        buf[0xFF000:0x100000] = page
        buf[0xFE000:0xFF000] = page
        dump.write_bytes(bytes(buf))
        hexfile = ROOT / "tests/nrf5_settings/oracle/nrf52840_v2_ecdsa_sd.hex"
        exe = [sys.executable, "-m", "dfuforensics"]

        def run(*args: str) -> None:
            subprocess.run([*exe, *args], check=True, capture_output=True)

        print(f"baseline `dfuforensics --help`: {median_seconds(lambda: run('--help'), 7) * 1e3:.0f} ms")
        print(f"`settings` nrfutil hex --format json: {median_seconds(lambda: run('settings', str(hexfile), '--format', 'json'), 7) * 1e3:.0f} ms")
        print(f"`settings` 1 MiB flash dump --format json: {median_seconds(lambda: run('settings', str(dump), '--format', 'json'), 7) * 1e3:.0f} ms")
        print(f"`settings` 1 MiB flash dump rich: {median_seconds(lambda: run('settings', str(dump)), 7) * 1e3:.0f} ms")


if __name__ == "__main__":
    main()
