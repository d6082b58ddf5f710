"""The wheel carries what an installed dfuforensics needs: grammars, rules, tables, data files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    try:
        import setuptools  # noqa: F401
        import wheel  # noqa: F401
    except ImportError:
        pytest.skip("setuptools/wheel not in this environment")
    src = tmp_path_factory.mktemp("src") / "dfuforensics"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "*.so",
                                                             "__pycache__", "test-artifacts", ".pytest_cache"))
    out = tmp_path_factory.mktemp("wheel")
    env_cc = {"CC": "/bin/false"}  # no compiler: the optional accelerator is skipped, not an error
    p = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                        "-w", str(out), str(src)], capture_output=True, text=True,
                       env={**os.environ, **env_cc}, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    (whl,) = out.glob("dfuforensics-*.whl")
    return set(zipfile.ZipFile(whl).namelist())


def test_wheel_has_grammars_rules_and_tables(wheel_names):
    for name in ("nrf_log.lark", "zephyr_log.lark", "rules.lark"):
        assert f"dfuforensics/grammars/{name}" in wheel_names
    for name in ("dfuforensics/rules/lalr_tables.json", "dfuforensics/rules/builtin_prebuilt.json",
                 "dfuforensics/nrf5/log_templates.tsv", "dfuforensics/nrf5/dfu_cc.proto"):
        assert name in wheel_names
    builtin = {n for n in wheel_names if n.startswith("dfuforensics/rules/builtin/") and n.endswith(".toml")}
    on_disk = {str(p.relative_to(ROOT)) for p in (ROOT / "dfuforensics/rules/builtin").rglob("*.toml")}
    assert builtin == on_disk and len(builtin) >= 40


def test_wheel_carries_no_tests_or_samples(wheel_names):
    assert not any(n.startswith(("tests/", "samples/", "benchmarks/")) for n in wheel_names)
