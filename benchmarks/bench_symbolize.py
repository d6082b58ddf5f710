"""Benchmark: symbolize 10,000 addresses in one call, against addr2line and llvm-symbolizer.

    .venv/bin/python benchmarks/bench_symbolize.py [--runs 5] [--functions 1600]

Generates C (many functions, inlined helpers, switches and loops: >= 300 KiB of Thumb code with full
DWARF 5), builds it with arm-none-eabi-gcc into $TMPDIR/dfuforensics-bench/ (never committed), picks 10,000 code
addresses, and times in the same run, each as one process reading the addresses on stdin:

* ``arm-none-eabi-addr2line -f -i -a -e ELF``
* ``llvm-symbolizer --obj=ELF`` (inlining on by default)
* ``dfuforensics symbolize ELF`` cold (empty cache: the index is built) and cached (index loaded)

Prints medians and the ratios to addr2line (goal: cached < 1.0, cold within 5x), and checks that our
text output equals addr2line's for all 10,000 addresses.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = Path(tempfile.gettempdir()) / "dfuforensics-bench"  # generated: never committed
ROOT = HERE.parent
N_ADDRS = 10_000

LINKER = """
MEMORY { FLASH (rx) : ORIGIN = 0x00000000, LENGTH = 4M
         RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 256K }
SECTIONS { .text : { KEEP(*(.isr_vector)) *(.text*) *(.rodata*) } > FLASH
           .data : { *(.data*) } > RAM AT > FLASH
           .bss (NOLOAD) : { *(.bss*) *(COMMON) } > RAM }
"""


def generate(n_functions: int, n_files: int) -> list[Path]:
    rnd = random.Random(1234)
    src = BUILD / "src"
    src.mkdir(parents=True, exist_ok=True)
    files = []
    per = n_functions // n_files
    for f in range(n_files):
        lines = ["#include <stdint.h>", "extern volatile uint32_t sink;", "extern uint32_t table[64];"]
        for i in range(4):
            lines.append(f"static inline __attribute__((always_inline)) uint32_t mix{f}_{i}(uint32_t a, uint32_t b)")
            lines.append("{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }")
            lines.append(f"  return r + table[(a + {i}) & 63]; }}")
        for j in range(per):
            name = f"fn_{f}_{j}"
            lines.append(f"uint32_t {name}(uint32_t x, uint32_t y)")
            lines.append("{")
            lines.append("    uint32_t acc = x;")
            for k in range(rnd.randint(3, 6)):
                case_vals = rnd.sample(range(1, 40), 6)
                lines.append(f"    switch ((acc + {k}) % 41) {{")
                for c in case_vals:
                    lines.append(f"    case {c}: acc = mix{f}_{rnd.randint(0, 3)}(acc, y + {c}); break;")
                lines.append(f"    default: acc ^= y * {rnd.randint(3, 999)}u; break;")
                lines.append("    }")
                lines.append(f"    if (acc & {1 << rnd.randint(0, 15)}u) {{ sink = acc; }}")
            if j:
                lines.append(f"    acc += fn_{f}_{j - 1}(acc, y ^ {j});")
            lines.append("    return acc;")
            lines.append("}")
        path = src / f"gen{f}.c"
        path.write_text("\n".join(lines) + "\n")
        files.append(path)
    main = src / "main.c"
    main.write_text("#include <stdint.h>\nvolatile uint32_t sink; uint32_t table[64];\n"
                    "void Reset_Handler(void) { for (;;) { sink++; } }\n"
                    "__attribute__((section(\".isr_vector\"), used)) void (*const vec[2])(void) = "
                    "{(void (*)(void))0x20040000, Reset_Handler};\n")
    return files + [main]


def build(n_functions: int) -> Path:
    elf = BUILD / f"bench-{n_functions}.elf"
    if elf.exists():
        return elf
    files = generate(n_functions, 16)
    (BUILD / "link.ld").write_text(LINKER)
    objs = []
    for f in files:
        o = f.with_suffix(".o")
        subprocess.run(["arm-none-eabi-gcc", "-mcpu=cortex-m4", "-mthumb", "-O2", "-g", "-gdwarf-5",
                        "-ffunction-sections", "-c", str(f), "-o", str(o)], check=True)
        objs.append(str(o))
    subprocess.run(["arm-none-eabi-gcc", "-mcpu=cortex-m4", "-mthumb", "-nostdlib", "-nostartfiles",
                    "-Wl,-T," + str(BUILD / "link.ld"), *objs, "-o", str(elf)], check=True)
    return elf


def text_range(elf: Path) -> tuple[int, int]:
    from elftools.elf.elffile import ELFFile

    with open(elf, "rb") as fh:
        sec = ELFFile(fh).get_section_by_name(".text")
        return sec["sh_addr"], sec["sh_addr"] + sec["sh_size"]


def timed(cmd: list[str], stdin: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env, check=True)
    return time.perf_counter() - t0, p.stdout


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--functions", type=int, default=240)
    args = ap.parse_args()
    for tool in ("arm-none-eabi-gcc", "arm-none-eabi-addr2line", "llvm-symbolizer"):
        if not shutil.which(tool):
            print(f"needs {tool}", file=sys.stderr)
            return 2
    elf = build(args.functions)
    lo, hi = text_range(elf)
    print(f"ELF {elf.name}: .text {hi - lo} bytes ({(hi - lo) / 1024:.0f} KiB), {elf.stat().st_size} bytes on disk")
    rnd = random.Random(42)
    addrs = [rnd.randrange(lo, hi) & ~1 for _ in range(N_ADDRS)]
    stdin = "\n".join(f"0x{a:x}" for a in addrs) + "\n"
    ours = [str(ROOT / ".venv" / "bin" / "dfuforensics"), "symbolize", str(elf)]
    results: dict[str, list[float]] = {"addr2line": [], "llvm-symbolizer": [], "ours-cold": [], "ours-cached": []}
    out_a2l = out_ours = ""
    for _ in range(args.runs):
        t, out_a2l = timed(["arm-none-eabi-addr2line", "-f", "-i", "-a", "-e", str(elf)], stdin)
        results["addr2line"].append(t)
        t, _ = timed(["llvm-symbolizer", f"--obj={elf}"], stdin)
        results["llvm-symbolizer"].append(t)
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, DFUFORENSICS_CACHE=cache)
            t, _ = timed(ours, stdin, env)
            results["ours-cold"].append(t)
            t, out_ours = timed(ours, stdin, env)
            results["ours-cached"].append(t)
    med = {k: statistics.median(v) for k, v in results.items()}
    for k, v in med.items():
        print(f"{k:16s} median {v * 1000:8.1f} ms  (runs: {', '.join(f'{x * 1000:.0f}' for x in results[k])})")
    print(f"ratio cached/addr2line = {med['ours-cached'] / med['addr2line']:.2f}  (goal < 1.0)")
    print(f"ratio cold/addr2line   = {med['ours-cold'] / med['addr2line']:.2f}  (goal < 5)")
    a, b = out_a2l.splitlines(), out_ours.splitlines()
    diff = sum(1 for x, y in zip(a, b, strict=False) if x != y) + abs(len(a) - len(b))
    print(f"output lines: addr2line {len(a)}, ours {len(b)}, differing {diff}")
    return 0 if diff == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
