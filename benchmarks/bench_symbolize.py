"""Benchmark: symbolize 10,000 addresses in one call, against addr2line and llvm-symbolizer.

    .venv/bin/python benchmarks/bench_symbolize.py [--runs 5] [--functions 1600]

Generates C (many functions, inlined helpers, switches and loops: >= 300 KiB of Thumb code with full
DWARF 5), builds it with arm-none-eabi-gcc into $TMPDIR/dfuforensics-bench/ (never committed), picks 10,000 code
addresses, and times in the same run, each as one process reading the addresses on stdin:

* ``arm-none-eabi-addr2line -f -i -a -e ELF``
* ``llvm-symbolizer --obj=ELF`` (inlining on by default)
* ``dfuforensics symbolize ELF`` cold (empty cache: the index is built) and cached (index loaded),
  as this checkout runs it (editable install; with PYTHONDONTWRITEBYTECODE set, every module is
  compiled from source on each start)
* the same from a wheel installed the ordinary way (``pip install --target``: byte-compiled, no
  editable import hook), run as ``python -S -m dfuforensics`` with that folder and the venv's
  site-packages on PYTHONPATH -- what a user's ``pip install dfuforensics`` gives
* ``ours-cold-pure``: cold with ``DFUFORENSICS_NO_ACCEL=1`` (no ``_dwarf_accel``): the same-run baseline
  for the C decoders

Prints medians of wall time and of CPU time (user + sys: less sensitive to other load on a shared
machine) and the ratios to addr2line (goal: cached < 1.0, cold within 5x), and checks that our text
output equals addr2line's for all 10,000 addresses.

``--check-fast`` instead builds more ELFs (the benchmark's C at -Os with DWARF 4, C++ with namespaces,
classes, templates and lambdas) and checks that the fast decoders' index equals pyelftools' table
for table, and that no fallback was taken (headers read without pyelftools, no decoder declined).
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


def build(n_functions: int, flags: list[str] | None = None, tag: str = "") -> Path:
    flags = flags or ["-O2", "-gdwarf-5"]
    elf = BUILD / f"bench-{n_functions}{'-' + tag if tag else ''}.elf"
    if elf.exists():
        return elf
    files = generate(n_functions, 16)
    (BUILD / "link.ld").write_text(LINKER)
    objs = []
    for f in files:
        o = f.with_suffix(".o")
        o = o.with_name(f"{o.stem}{'-' + tag if tag else ''}.o")
        subprocess.run(["arm-none-eabi-gcc", "-mcpu=cortex-m4", "-mthumb", *flags, "-g",
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


def timed(cmd: list[str], stdin: str, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    import resource

    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # run from the build folder: ``python -m`` puts the working directory first on sys.path, and from the
    # checkout that would import the checkout's package instead of the installed one
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env, check=True, cwd=BUILD)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), p.stdout


def install_wheel() -> Path:
    """The package as ``pip install`` leaves it: built from a copy of the tree (so no build/ folder
    appears in the checkout) and installed byte-compiled into $TMPDIR/dfuforensics-bench/site."""
    site = BUILD / "site"
    src = BUILD / "pkg-src"
    shutil.rmtree(site, ignore_errors=True)
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    shutil.copytree(ROOT / "dfuforensics", src / "dfuforensics",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copytree(ROOT / "grammars", src / "grammars")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, src / name)
    py = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run([py, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(BUILD / "wheel"),
                    str(src)], check=True, capture_output=True)
    wheel = max((BUILD / "wheel").glob("dfuforensics-*.whl"), key=lambda w: w.stat().st_mtime)
    subprocess.run([py, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)], check=True,
                   capture_output=True)
    return site


def check_fast() -> int:
    """Fast decoders (with the C accelerator when built, and the raw header reader) vs pyelftools on ELFs
    unlike the fixtures: more CUs, DWARF 4, C++."""
    from dfuforensics.symbols import builder, index

    cpp = BUILD / "src" / "classes.cpp"
    cpp.parent.mkdir(parents=True, exist_ok=True)
    cpp.write_text(CPP)
    elfs = [build(240)]
    for tag, flags in (("os-dwarf4", ["-Os", "-gdwarf-4"]), ("o3-dwarf5", ["-O3", "-gdwarf-5"])):
        elfs.append(build(120, flags, tag))
    for tag, flags in (("cpp-o2", ["-O2", "-gdwarf-5"]), ("cpp-os4", ["-Os", "-gdwarf-4"])):
        elf = BUILD / f"{tag}.elf"
        subprocess.run(["arm-none-eabi-g++", "-mcpu=cortex-m4", "-mthumb", *flags, "-g", "-fno-exceptions",
                        "-fno-rtti", "-nostdlib", "-nostartfiles", "-Wl,-T," + str(BUILD / "link.ld"), str(cpp),
                        "-o", str(elf)], check=True)
        elfs.append(elf)
    used: list[bool] = []
    real = builder._dwarf_tables

    def spy(elf_file: object, data: dict[str, object], fast: bool) -> None:
        used.append(fast)
        real(elf_file, data, fast)

    builder._dwarf_tables = spy  # type: ignore[assignment]
    bad = 0
    for elf in elfs:
        raw = builder._build_raw(str(elf), "x") is not None  # headers read without pyelftools
        used.clear()
        t0 = time.perf_counter()
        fast = index.build(elf, "x")
        t1 = time.perf_counter()
        ref = index.build(elf, "x", fast=False)
        t2 = time.perf_counter()
        diff = [k for k in sorted(set(fast) | set(ref)) if fast.get(k) != ref.get(k)]
        ok = not diff and used == [True, False] and raw
        bad += not ok
        print(f"{elf.name:24s} nodes {len(fast['nodes']):6d}  fast {t1 - t0:6.2f} s  pyelftools {t2 - t1:6.2f} s  "
              f"{'same' if ok else f'DIFFERENT {diff} (decoders used: {used}, raw headers: {raw})'}")
    return 1 if bad else 0


CPP = r"""
#include <stdint.h>
extern volatile uint32_t sink;
namespace fw { namespace dsp {
template <typename T, int N> struct Ring {
    T buf[N]; unsigned head = 0;
    inline void push(T v) { buf[head++ % N] = v; if (head > 3 * N) head -= N; }
    inline T sum() const { T s{}; for (int i = 0; i < N; i++) s += buf[i] * (i + 1); return s; }
};
class Filter {
public:
    explicit Filter(uint32_t k) : k_(k) {}
    uint32_t step(uint32_t x);
    static uint32_t clamp(uint32_t v) { return v > 1000u ? 1000u : v; }
private:
    Ring<uint32_t, 8> ring_; uint32_t k_;
};
uint32_t Filter::step(uint32_t x) {
    ring_.push(x * k_);
    auto twice = [this](uint32_t v) { return clamp(v + k_) * 2u; };
    return twice(ring_.sum()) ^ ring_.sum();
}
} }
extern "C" void Reset_Handler(void) {
    fw::dsp::Filter f(3), g(5);
    for (uint32_t i = 0;; i++) { sink = f.step(i) + g.step(sink); }
}
extern "C" __attribute__((section(".isr_vector"), used)) void (*const vec[2])(void) =
    {(void (*)(void))0x20040000, Reset_Handler};
volatile uint32_t sink;
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--functions", type=int, default=240)
    ap.add_argument("--check-fast", action="store_true", help="compare the fast decoders with pyelftools instead")
    args = ap.parse_args()
    for tool in ("arm-none-eabi-gcc", "arm-none-eabi-addr2line", "llvm-symbolizer"):
        if not shutil.which(tool):
            print(f"needs {tool}", file=sys.stderr)
            return 2
    if args.check_fast:
        return check_fast()
    elf = build(args.functions)
    site = install_wheel()
    venv_site = next((ROOT / ".venv" / "lib").glob("python3*/site-packages"))
    lo, hi = text_range(elf)
    print(f"ELF {elf.name}: .text {hi - lo} bytes ({(hi - lo) / 1024:.0f} KiB), {elf.stat().st_size} bytes on disk")
    rnd = random.Random(42)
    addrs = [rnd.randrange(lo, hi) & ~1 for _ in range(N_ADDRS)]
    stdin = "\n".join(f"0x{a:x}" for a in addrs) + "\n"
    ours = [str(ROOT / ".venv" / "bin" / "dfuforensics"), "symbolize", str(elf)]
    installed = [str(ROOT / ".venv" / "bin" / "python"), "-S", "-m", "dfuforensics", "symbolize", str(elf)]
    names = ("addr2line", "llvm-symbolizer", "ours-cold", "ours-cached", "installed-cold", "installed-cached",
             "ours-cold-pure")
    wall: dict[str, list[float]] = {k: [] for k in names}
    cpu: dict[str, list[float]] = {k: [] for k in names}
    out_a2l = out_ours = out_inst = out_pure = ""

    def run(name: str, cmd: list[str], env: dict[str, str] | None = None) -> str:
        w, c, out = timed(cmd, stdin, env)
        wall[name].append(w)
        cpu[name].append(c)
        return out

    for _ in range(args.runs):
        out_a2l = run("addr2line", ["arm-none-eabi-addr2line", "-f", "-i", "-a", "-e", str(elf)])
        run("llvm-symbolizer", ["llvm-symbolizer", f"--obj={elf}"])
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, DFUFORENSICS_CACHE=cache)
            run("ours-cold", ours, env)
            out_ours = run("ours-cached", ours, env)
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, DFUFORENSICS_CACHE=cache, PYTHONPATH=f"{site}{os.pathsep}{venv_site}")
            run("installed-cold", installed, env)
            out_inst = run("installed-cached", installed, env)
        with tempfile.TemporaryDirectory() as cache:  # the same-run "before": no C accelerator
            out_pure = run("ours-cold-pure", ours, dict(os.environ, DFUFORENSICS_CACHE=cache, DFUFORENSICS_NO_ACCEL="1"))
    base_w, base_c = statistics.median(wall["addr2line"]), statistics.median(cpu["addr2line"])
    for k in names:
        mw, mc = statistics.median(wall[k]), statistics.median(cpu[k])
        print(f"{k:17s} wall median {mw * 1000:8.1f} ms (x{mw / base_w:5.2f})  cpu median {mc * 1000:8.1f} ms "
              f"(x{mc / base_c:5.2f})  wall runs: {', '.join(f'{x * 1000:.0f}' for x in wall[k])}")
    print("ratios to addr2line, wall medians: "
          + ", ".join(f"{k} {statistics.median(wall[k]) / base_w:.2f}" for k in names[2:])
          + "  (goals: cached < 1.0, cold < 5)")
    if out_inst != out_ours or out_pure != out_ours:
        print("installed, checkout and pure-Python outputs differ")
        return 1
    a, b = out_a2l.splitlines(), out_ours.splitlines()
    diff = sum(1 for x, y in zip(a, b, strict=False) if x != y) + abs(len(a) - len(b))
    print(f"output lines: addr2line {len(a)}, ours {len(b)}, differing {diff}")
    return 0 if diff == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
