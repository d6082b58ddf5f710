"""What the packaging gives a user: the sdist builds, the wheel carries what an installed dfuforensics
needs (grammars, rules, tables, data files; the C extensions when a compiler was there), an installed
wheel reads its own grammars, and `pip install -e .` is a plain path entry with no import hook.

By default the sdist and wheel are built here, without build isolation and without a C compiler (the
optional extensions are then skipped, not an error).  ``.ci/wheel_smoke`` runs this file again on the
release build (``python -m build``, with a compiler) by naming its files in ``DFUFORENSICS_WHEEL`` and
``DFUFORENSICS_SDIST``; both extensions are then required.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GRAMMARS = sorted(p.name for p in (ROOT / "grammars").glob("*.lark"))
EXTENSIONS = ("_nrflog_accel", "_dwarf_accel")
NO_CC = {"CC": "/bin/false"}  # no compiler: the optional accelerators are skipped, not an error
COPY_IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "*.so", "__pycache__",
                                     "test-artifacts", ".pytest_cache", ".hypothesis", ".ruff_cache")


def _need_build_tools() -> None:
    from importlib.util import find_spec

    # (find_spec, not imports: a build/ folder in the checkout would make ruff sort `import build` as ours;
    # and, the checkout being on sys.path, would be found as a namespace package, which has no origin)
    missing = [name for name in ("build", "setuptools", "wheel") if getattr(find_spec(name), "origin", None) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not in this environment (the test extra has them)")


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> dict[str, Path]:
    """``{"sdist": ..., "wheel": ...}``: the release build's files if named in the environment, else built
    here -- the sdist from a copy of the tree, the wheel from that sdist (so the sdist is proven to build)."""
    given = os.environ.get("DFUFORENSICS_WHEEL"), os.environ.get("DFUFORENSICS_SDIST")
    if all(given):
        return {"wheel": Path(given[0]), "sdist": Path(given[1])}
    _need_build_tools()
    src = tmp_path_factory.mktemp("src") / "dfuforensics"
    shutil.copytree(ROOT, src, ignore=COPY_IGNORE)
    out = tmp_path_factory.mktemp("dist")
    p = subprocess.run([sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(out), str(src)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
    (sdist,) = out.glob("dfuforensics-*.tar.gz")
    p = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                        "-w", str(out), str(sdist)], capture_output=True, text=True,
                       env={**os.environ, **NO_CC}, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    (whl,) = out.glob("dfuforensics-*.whl")
    return {"wheel": whl, "sdist": sdist}


@pytest.fixture(scope="module")
def wheel_names(dist) -> set[str]:
    return set(zipfile.ZipFile(dist["wheel"]).namelist())


def test_wheel_has_grammars_rules_and_tables(wheel_names):
    assert {"nrf_log.lark", "rules.lark", "zephyr_log.lark"} <= set(GRAMMARS)  # and every other in grammars/
    for name in GRAMMARS:
        assert f"dfuforensics/grammars/{name}" in wheel_names
    for name in ("dfuforensics/rules/lalr_tables.json", "dfuforensics/rules/builtin_prebuilt.json",
                 "dfuforensics/nrf5/log_templates.tsv", "dfuforensics/nrf5/dfu_cc.proto",
                 "dfuforensics/evidence/grammar_terminals.json", "dfuforensics/mcuboot/log_templates.tsv"):
        assert name in wheel_names
    builtin = {n for n in wheel_names if n.startswith("dfuforensics/rules/builtin/") and n.endswith(".toml")}
    on_disk = {str(p.relative_to(ROOT)) for p in (ROOT / "dfuforensics/rules/builtin").rglob("*.toml")}
    assert builtin == on_disk and len(builtin) >= 40


def test_wheel_has_every_module_and_no_tests_or_samples(wheel_names):
    modules = {str(p.relative_to(ROOT)) for p in (ROOT / "dfuforensics").rglob("*.py")}
    assert modules <= wheel_names
    assert not any(n.startswith(("tests/", "samples/", "benchmarks/", "grammars/")) for n in wheel_names)


def test_wheel_has_the_extensions_it_was_built_with(dist, wheel_names):
    """The release wheel (named by .ci/wheel_smoke) has both; the compiler-less one here has neither."""
    built = {name for name in EXTENSIONS
             if any(n.startswith(f"dfuforensics/{name}.") and n.endswith((".so", ".pyd")) for n in wheel_names)}
    if os.environ.get("DFUFORENSICS_WHEEL"):
        assert built == set(EXTENSIONS)
        assert "-none-any" not in dist["wheel"].name  # a platform wheel
    else:
        assert built == set()


def test_sdist_has_grammars_and_c_sources_and_no_tests(dist):
    with tarfile.open(dist["sdist"]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for name in GRAMMARS:
        assert f"grammars/{name}" in names
    for name in EXTENSIONS:
        assert f"dfuforensics/{name}.c" in names
    assert {"setup.py", "pyproject.toml", "MANIFEST.in", "README.md"} <= names
    assert not any(n.startswith(("tests/", "samples/")) or n.endswith((".so", ".pyd", ".pyc")) for n in names)


def test_installed_wheel_reads_its_own_grammars(dist, tmp_path):
    """Installed without the source tree beside it, the package finds the grammars it carries, and
    analyses a log (nrf_log's grammar, the rules' grammar) as the checkout does."""
    target = tmp_path / "site"
    p = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                        str(dist["wheel"])], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    log = ROOT / "tests/corpus/dz-sdk15-serial-host-mcu-execute-ext-0x07-wrong-package/input.log"
    probe = ("import sys, json; sys.path.insert(0, sys.argv[1]); import dfuforensics.grammar_files as g; "
             "print(json.dumps([g.grammar_path(n).as_posix() for n in sys.argv[2:]]))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    p = subprocess.run([sys.executable, "-c", probe, str(target), *GRAMMARS], capture_output=True, text=True,
                       cwd=tmp_path, env=env, timeout=60)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == [(target / "dfuforensics/grammars" / n).as_posix() for n in GRAMMARS]

    def report(path: str) -> str:
        code = "import sys; sys.path.insert(0, sys.argv[1]); from dfuforensics.cli import main; sys.exit(main(sys.argv[2:]))"
        r = subprocess.run([sys.executable, "-c", code, path, "analyze", str(log), "--format", "json"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
        assert r.returncode in (0, 1), r.stderr
        return r.stdout

    installed, checkout = report(str(target)), report(str(ROOT))
    assert json.loads(installed)["findings"]
    assert installed == checkout


def test_editable_install_is_a_plain_path_entry(tmp_path):
    """`pip install -e .` (the README's install) adds the checkout to sys.path with a .pth line, with no
    import hook: a `package-dir` mapping of another folder (as `grammars/` once was) makes setuptools
    install a meta-path finder instead, which every Python process of the venv imports (~10-15 ms)."""
    _need_build_tools()
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=COPY_IGNORE)
    out = tmp_path / "out"
    out.mkdir()
    code = ("import sys; from setuptools import build_meta as b; "
            "print(b.build_editable(sys.argv[1]))")
    p = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True, cwd=src,
                       env={**os.environ, **NO_CC}, timeout=300)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
    names = zipfile.ZipFile(out / p.stdout.strip().splitlines()[-1]).namelist()
    assert not [n for n in names if "finder" in n or n.endswith(".py")], names
    (pth,) = [n for n in names if n.endswith(".pth")]
    lines = zipfile.ZipFile(out / p.stdout.strip().splitlines()[-1]).read(pth).decode().split()
    assert lines == [str(src)]  # a path, not an `import ...` line


def test_accel_status_says_which_extensions_load():
    """`python -m dfuforensics.accel`: a line per extension, exit 0 only when all load (CI's wheel check)."""
    import importlib.util

    env = {k: v for k, v in os.environ.items() if k != "DFUFORENSICS_NO_ACCEL"}
    p = subprocess.run([sys.executable, "-m", "dfuforensics.accel"], capture_output=True, text=True, env=env,
                       cwd=ROOT, timeout=60)
    built = all(importlib.util.find_spec(f"dfuforensics.{name}") is not None for name in EXTENSIONS)
    assert p.returncode == (0 if built else 1), p.stdout + p.stderr
    assert [line.split(":")[0] for line in p.stdout.splitlines()] == [f"dfuforensics.{n}" for n in EXTENSIONS]
    off = subprocess.run([sys.executable, "-m", "dfuforensics.accel"], capture_output=True, text=True,
                         env={**env, "DFUFORENSICS_NO_ACCEL": "1"}, cwd=ROOT, timeout=60)
    assert off.returncode == 1 and off.stdout.count("switched off") == len(EXTENSIONS)
