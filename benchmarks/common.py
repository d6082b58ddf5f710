"""What the benchmarks share: timing a call or a child process, and running a child with or without
byte-compiled modules (this sandbox sets PYTHONDONTWRITEBYTECODE=1; an installed copy has its .pyc)."""

from __future__ import annotations

import os
import resource
import statistics
import time
from collections.abc import Callable
from typing import Any


def median_seconds(fn: Callable[[], Any], n: int = 5) -> float:
    """Median wall time of ``n`` calls of ``fn``."""
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def child_cpu() -> float:
    """CPU seconds (user + system) of the finished children so far: the difference around a run is its own."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def child_env(bytecode: bool, prefix: str, **extra: str) -> dict[str, str]:
    """The environment for a child: ``bytecode`` -- it reads and writes .pyc files under ``prefix`` (not in
    the checkout), as an installed copy has them; else it compiles every module from source on each run."""
    env = dict(os.environ, **extra)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = prefix
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env
