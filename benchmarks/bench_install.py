#!/usr/bin/env python3
"""The README's install (`pip install -e .`) and an installed wheel side by side, same run, interleaved.

    .venv/bin/python benchmarks/bench_install.py [--runs 7] [--lines 200000] [--also-editable TREE]

Makes, under $TMPDIR/dfuforensics-bench-install/ (never in the checkout), one venv per column:

* ``editable``: ``pip install -e`` of this checkout -- the README's quick start, exactly;
* ``wheel``: ``python -m build`` of a copy of this tree (sdist, then the wheel built from it, with the C
  extensions) and ``pip install`` of that wheel -- what a user of a released wheel gets;
* ``--also-editable TREE``: ``pip install -e TREE`` too (another copy of the project, e.g. a
  ``git archive`` of an older commit), a same-run "before" for a change of the packaging.

Every command runs in a fresh process from a neutral working directory, with the columns' runs
interleaved (editable, wheel, editable, ...) so that all see the same load on a shared machine, after one
warm-up run each; medians of ``--runs`` of wall time and of the child's CPU time (user + sys), and the
ratio editable / wheel.  Modules are byte-compiled (each column keeps its .pyc in a PYTHONPYCACHEPREFIX
of its own), as for a user; ``--as-is`` instead runs them in this environment unchanged -- in this
sandbox PYTHONDONTWRITEBYTECODE=1, so the editable copy's modules are compiled from source on every
start while the wheel's were byte-compiled by pip at install.

Rows: ``python -c pass`` in the venv (what its ``site`` start-up costs every Python process -- an
editable install's import hook lands here), ``-X importtime`` of ``import dfuforensics.cli`` (the
``site`` and ``dfuforensics.cli`` cumulative microseconds), ``dfuforensics --version``, ``analyze`` of a
bundled sample and of a small log, ``timeline --format jsonl`` of a generated nRF5 RTT log
(``bench_timeline.generate``; lines/s by CPU), and ``symbolize`` of 10,000 addresses cold (empty cache:
index built) and cached -- on the ``bench_symbolize`` ELF when arm-none-eabi-gcc is here, else on the
fixture ELF's golden addresses.  Every command's output must be byte-identical across the columns.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for benchmarks.*

from benchmarks.common import child_cpu, child_env  # noqa: E402

WORK = Path(tempfile.gettempdir()) / "dfuforensics-bench-install"
SAMPLE = ROOT / "samples" / "sd-req-mismatch"
SMALL_LOG = ROOT / "tests" / "corpus" / "dz-sdk15-serial-host-mcu-execute-ext-0x07-wrong-package" / "input.log"
COPY_IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "*.so", "__pycache__",
                                     "test-artifacts", ".pytest_cache", ".hypothesis", ".ruff_cache")


def sh(cmd: list[str], **kw: object) -> None:
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)  # type: ignore[call-overload]
    if p.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{(p.stdout + p.stderr)[-3000:]}")


def make_venv(name: str, *pip_args: str) -> Path:
    venv = WORK / name
    shutil.rmtree(venv, ignore_errors=True)
    sh([sys.executable, "-m", "venv", str(venv)])
    sh([str(venv / "bin" / "pip"), "install", "-q", *pip_args])
    return venv


def build_wheel() -> Path:
    """``python -m build`` (sdist, then the wheel from it) of a copy of the tree, no build isolation (the
    test extra has setuptools, wheel and build): the checkout gets no build/ or egg-info."""
    src, dist = WORK / "src", WORK / "dist"
    for d in (src, dist):
        shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(ROOT, src, ignore=COPY_IGNORE)
    sh([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(src)])
    return next(dist.glob("dfuforensics-*.whl"))


def symbolize_input() -> tuple[Path, bytes]:
    """The ELF and the 10,000 addresses of ``bench_symbolize`` if its toolchain is here, else a fixture."""
    if shutil.which("arm-none-eabi-gcc"):
        from benchmarks import bench_symbolize as bs

        elf = bs.build(240)
        lo, hi = bs.text_range(elf)
        rnd = random.Random(42)
        return elf, "".join(f"0x{rnd.randrange(lo, hi) & ~1:x}\n" for _ in range(bs.N_ADDRS)).encode()
    return ROOT / "tests/firmware/elf/m4.elf", (ROOT / "tests/firmware/goldens/m4.addrs").read_bytes()


def importtime(stderr: bytes) -> dict[str, float]:
    """Cumulative microseconds of ``site`` and ``dfuforensics.cli`` from ``-X importtime`` output."""
    out = {}
    for line in stderr.decode().splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)$", line)
        if m and not m.group(2) and m.group(3) in ("site", "dfuforensics.cli"):
            out[m.group(3)] = float(m.group(1))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--lines", type=int, default=200_000, help="length of the generated nRF5 log")
    ap.add_argument("--also-editable", type=Path, metavar="TREE", help="a third column: pip install -e TREE")
    ap.add_argument("--as-is", action="store_true",
                    help="children in this environment as it is (bytecode settings included), not with .pyc caches")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    venvs = {"editable": make_venv("editable", "-e", str(ROOT)),
             "wheel": make_venv("wheel", str(build_wheel()))}
    if args.also_editable:
        venvs["editable TREE"] = make_venv("editable-tree", "-e", str(args.also_editable.resolve()))
    for name, venv in venvs.items():
        hook = list(venv.glob("lib/python3*/site-packages/__editable___*finder.py"))
        print(f"{name:14s} {venv}: {'import hook ' + hook[0].name if hook else 'no import hook'}")
    log = WORK / f"nrf5-rtt-{args.lines}.log"
    if not log.exists():
        from benchmarks.bench_timeline import generate

        generate(log, args.lines)
    elf, addrs = symbolize_input()
    n_addrs = addrs.count(b"\n")
    print(f"set-up {time.perf_counter() - started:.0f} s; symbolize: {elf.name}, {n_addrs} addresses; "
          f"timeline: {args.lines} lines")

    rows: dict[str, tuple[list[str], bytes | None]] = {
        "python -c pass": (["@python", "-c", "pass"], None),
        "import dfuforensics.cli (-X importtime)": (["@python", "-X", "importtime", "-c", "import dfuforensics.cli"], None),
        "dfuforensics --version": (["--version"], None),
        "analyze sample (flash dump)": (["analyze", str(SAMPLE), "--format", "json"], None),
        "analyze small log": (["analyze", str(SMALL_LOG), "--format", "json"], None),
        f"timeline jsonl {args.lines // 1000}k lines": (["timeline", str(log), "--format", "jsonl"], None),
        "symbolize cold": (["symbolize", str(elf)], addrs),
        "symbolize cached": (["symbolize", str(elf)], addrs),
    }
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    imports: dict[tuple[str, str], list[float]] = {}
    outputs: dict[str, set[bytes]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        caches = {name: Path(tmp, "cache-" + name.replace(" ", "-")) for name in venvs}

        def run(label: str, name: str) -> tuple[float, float, subprocess.CompletedProcess[bytes]]:
            words, stdin = rows[label]
            venv = venvs[name]
            cmd = ([str(venv / "bin" / "python"), *words[1:]] if words[0] == "@python"
                   else [str(venv / "bin" / "dfuforensics"), *words])
            if label == "symbolize cold":
                shutil.rmtree(caches[name], ignore_errors=True)
            env = (dict(os.environ, DFUFORENSICS_CACHE=str(caches[name])) if args.as_is else
                   child_env(True, f"{tmp}/pyc-{name.replace(' ', '-')}", DFUFORENSICS_CACHE=str(caches[name])))
            env.pop("PYTHONPATH", None)
            c, t = child_cpu(), time.perf_counter()
            p = subprocess.run(cmd, input=stdin, capture_output=True, env=env, cwd=tmp)
            wall, cpu = time.perf_counter() - t, child_cpu() - c
            if p.returncode not in (0, 1):
                raise SystemExit(f"{name}: {' '.join(cmd)} failed ({p.returncode}): {p.stderr.decode()[-600:]}")
            return wall, cpu, p

        for label in rows:  # warm-up: .pyc written, files in the page cache, the symbol cache filled
            for name in venvs:
                run(label, name)
        for _ in range(args.runs):
            for label in rows:
                for name in venvs:
                    wall, cpu, p = run(label, name)
                    times.setdefault((label, name), []).append((wall, cpu))
                    if "importtime" in label:
                        for mod, us in importtime(p.stderr).items():
                            imports.setdefault((mod, name), []).append(us)
                    else:
                        outputs.setdefault(label, set()).add(p.stdout)
    names = list(venvs)
    print(f"\n{'command':40s}" + "".join(f"{n + ' wall':>20s}{'cpu':>8s}" for n in names) + f"{'editable/wheel cpu':>20s}")
    for label in rows:
        cells = []
        for name in names:
            xs = times[(label, name)]
            cells.append(f"{statistics.median(w for w, _ in xs):20.3f}{statistics.median(c for _, c in xs):8.3f}")
        cpu = {n: statistics.median(c for _, c in times[(label, n)]) for n in names}
        print(f"{label:40s}{''.join(cells)}{cpu['editable'] / cpu['wheel']:20.2f}")
        if label.startswith("timeline"):
            print(f"{'  = lines/s by cpu':40s}" + "".join(f"{args.lines / cpu[n]:28,.0f}" for n in names))
    for mod in ("site", "dfuforensics.cli"):
        print(f"{'  importtime ' + mod + ' (ms, cumulative)':40s}"
              + "".join(f"{statistics.median(imports.get((mod, n), [0])) / 1000:28.1f}" for n in names))
    same = all(len(v) == 1 for v in outputs.values())
    bytecode = ("environment as is, PYTHONDONTWRITEBYTECODE=" + os.environ.get("PYTHONDONTWRITEBYTECODE", "")
                if args.as_is else "byte-compiled, a .pyc cache per column")
    print(f"(seconds; medians of {args.runs} interleaved runs; {bytecode}; cpu = the child's user+sys; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"outputs identical across the columns and runs: {'yes' if same else 'NO: ' + ', '.join(k for k, v in outputs.items() if len(v) > 1)}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
