"""Running the per-unit function over a fleet: a local process pool or a dask cluster.

The local pool is ours rather than ``concurrent.futures``: a unit that runs past ``--unit-timeout``
must be *killed* (its worker process ended and replaced), and a worker that dies (a crash in native
code, the OOM killer) must cost only its unit.  Workers are forked where the platform allows it (no
re-import per worker; monkeypatched analyses in tests reach them), and each returns one small row the
parent appends to a rows file at once: the parent's memory does not grow with the fleet.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .units import UnitSpec, discover, settings_key
from .worker import BatchSettings, error_row, process_unit, to_json_row

Result = dict[str, Any]

#: How long to try reaching a dask scheduler before saying it cannot be reached.
DASK_CONNECT_TIMEOUT = "10s"


@dataclass
class BatchStats:
    units: int = 0
    ignored: int = 0
    errors: int = 0
    cached: int = 0
    analysed: int = 0
    timeouts: int = 0
    seconds: float = 0.0


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


# ------------------------------------------------------------------------------------------------
# local pool

def _worker_main(conn: Any, settings: BatchSettings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            spec = conn.recv()
        except (EOFError, OSError):
            return
        if spec is None:
            return
        try:
            result = process_unit(spec, settings)
        except Exception as exc:  # a bug outside the pipeline's own guards: this unit only
            result = {"unit": to_json_row(error_row(spec, f"internal error: {type(exc).__name__}: {exc}")),
                      "findings": [], "cached": False, "seconds": 0.0}
        conn.send(result)


class _Slot:
    """One worker process and the unit it is working on."""

    def __init__(self, ctx: Any, settings: BatchSettings) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, settings), daemon=True,
                                name="dfuforensics-batch-worker")
        self.proc.start()
        child.close()
        self.spec: UnitSpec | None = None
        self.deadline = 0.0

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.proc.kill()
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _preload(settings: BatchSettings, warm: bool) -> None:
    """Import the pipeline and load the rules once in the parent: forked workers inherit them.

    Without it every worker (and every replacement of a killed one) pays ~0.5 s of imports and rule
    parsing before its first unit.
    """
    import importlib

    from ..evidence import all_parsers
    from ..pipeline import ANALYSES
    from ..report import RENDERERS
    from ..rules.loader import rules_for

    all_parsers()
    for name in (*ANALYSES, RENDERERS["json"], RENDERERS["html"], "dfuforensics.rules.engine"):
        try:
            importlib.import_module(name)
        except Exception:  # noqa: S112 - a broken module shows up, with its reason, in the unit's report
            continue
    try:
        rules_for([Path(d) for d in settings.rule_dirs])
    except Exception:  # same: the unit's diagnose() records the rule problem
        pass
    if warm:
        _warm_up()


#: Lines in the forms the log parsers know, for the warm-up (no real device or case is quoted).
_WARM_UP_LOGS = {
    "nrf.log": "<info> app: Inside main\n<debug> nrf_dfu_validation: Prevalidate\n",
    "zephyr.log": "*** Booting Zephyr OS build v3.0.0 ***\n[00:00:00.005,000] <inf> mcuboot: Starting bootloader\n",
    "host.log": "2020-01-01 00:00:00,000 DFU service started\n",
}


def _warm_up() -> None:
    """Run the pipeline once on tiny synthetic logs so lazily built parser tables (log templates,
    grammars) exist before the workers fork, instead of being built again in every worker."""
    import tempfile

    from ..pipeline import build_case, diagnose, run_analyses
    from ..sources import expand

    with tempfile.TemporaryDirectory(prefix="dfuforensics-warm-") as tmp:
        for name, text in _WARM_UP_LOGS.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        try:
            case = build_case(expand([tmp]))
            run_analyses(case)
            diagnose(case)
        except Exception:  # noqa: S110 - only a speed-up; a real unit will show any problem
            pass


def run_local(units: Sequence[UnitSpec], settings: BatchSettings, jobs: int,
              unit_timeout: float) -> Iterator[tuple[UnitSpec, Result]]:
    """Yield ``(spec, result)`` as units finish; a unit past its time is killed and yields an error row."""
    from multiprocessing.connection import wait

    if not units:
        return
    ctx = _context()
    if ctx.get_start_method() == "fork":
        # warm-up pays off when workers take several units each or get replaced after a timeout
        _preload(settings, warm=len(units) > 2 * jobs)
    pending = deque(units)
    slots = [_Slot(ctx, settings) for _ in range(max(1, min(jobs, len(units))))]
    try:
        while True:
            for i, slot in enumerate(slots):
                if slot.spec is None and pending:
                    slot.spec = pending.popleft()
                    slot.deadline = time.monotonic() + unit_timeout
                    try:
                        slot.conn.send(slot.spec)
                    except OSError:  # the worker died while idle: replace it, try again
                        slot.stop(kill=True)
                        spec, slots[i] = slot.spec, _Slot(ctx, settings)
                        slots[i].spec, slots[i].deadline = spec, slot.deadline
                        slots[i].conn.send(spec)
            busy = [s for s in slots if s.spec is not None]
            if not busy:
                return
            timeout = max(0.0, min(s.deadline for s in busy) - time.monotonic())
            ready = wait([s.conn for s in busy], timeout=timeout)
            now = time.monotonic()
            for i, slot in enumerate(slots):
                spec = slot.spec
                if spec is None:
                    continue
                if slot.conn in ready:
                    try:
                        result = slot.conn.recv()
                    except (EOFError, OSError):
                        slot.proc.join(5)
                        code = slot.proc.exitcode
                        why = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
                        result = _error(spec, f"worker process died while analysing this unit ({why})")
                        slot.stop(kill=True)
                        slots[i] = _Slot(ctx, settings)
                    else:
                        slot.spec = None
                    yield spec, result
                elif now >= slot.deadline:
                    slot.stop(kill=True)
                    slots[i] = _Slot(ctx, settings)
                    yield spec, _error(spec, f"timeout: analysis took longer than {unit_timeout:g} s; killed",
                                       timeout=True)
    finally:
        for slot in slots:
            slot.stop(kill=slot.spec is not None)


def _error(spec: UnitSpec, reason: str, timeout: bool = False) -> Result:
    return {"unit": to_json_row(error_row(spec, reason)), "findings": [], "cached": False, "seconds": 0.0,
            "timeout": timeout}


# ------------------------------------------------------------------------------------------------
# dask

def run_dask(units: Sequence[UnitSpec], settings: BatchSettings, scheduler: str | None, jobs: int,
             unit_timeout: float) -> Iterator[tuple[UnitSpec, Result]]:
    """The same per-unit function on a dask.distributed cluster (``DIR`` must be shared with the workers).

    Without ``scheduler`` a LocalCluster on 127.0.0.1 with ``jobs`` single-threaded workers is started.
    dask cannot kill a running task: a unit past its time is recorded as a timeout and its future
    cancelled; the worker finishes it in the background.
    """
    try:
        from distributed import Client, LocalCluster, wait
    except ImportError as exc:
        raise UsageError("--executor dask needs dask.distributed: pip install 'dfuforensics[fleet]' "
                         f"({exc})") from exc
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise UsageError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from exc
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None, processes=True)
        client = Client(cluster)
    try:
        width = max(1, sum(client.nthreads().values()) or jobs)
        pending = deque(units)
        inflight: dict[Any, tuple[UnitSpec, float]] = {}
        while pending or inflight:
            while pending and len(inflight) < width:
                spec = pending.popleft()
                fut = client.submit(process_unit, spec, settings, pure=False)
                inflight[fut] = (spec, time.monotonic() + unit_timeout)
            timeout = max(0.01, min(d for _, d in inflight.values()) - time.monotonic())
            try:
                done, _ = wait(list(inflight), timeout=timeout, return_when="FIRST_COMPLETED")
            except TimeoutError:
                done = set()
            for fut in sorted(done, key=lambda f: inflight[f][0].name):
                spec, _ = inflight.pop(fut)
                try:
                    result = fut.result()
                except Exception as exc:
                    result = _error(spec, f"dask task failed: {type(exc).__name__}: {exc}")
                yield spec, result
            now = time.monotonic()
            for fut in [f for f, (_, d) in inflight.items() if now >= d]:
                spec, _ = inflight.pop(fut)
                fut.cancel()
                yield spec, _error(spec, f"timeout: analysis took longer than {unit_timeout:g} s; cancelled",
                                   timeout=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ------------------------------------------------------------------------------------------------
# progress

class _Progress:
    """A rich bar on a terminal; plain lines (about every 5 % or 10 s) otherwise."""

    def __init__(self, total: int, enabled: bool, stream: Any = None) -> None:
        self.total, self.enabled = total, enabled
        self.stream = stream or sys.stderr
        self.done = self.errors = self.cached = 0
        self.started = time.monotonic()
        self._last_line = 0.0
        self._bar = None
        if enabled and self.stream.isatty() and total:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            # auto_refresh off: no refresh thread while worker processes are forked
            self._bar = Progress(TextColumn("units"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[info]}"), TimeRemainingColumn(),
                                 console=Console(file=self.stream), auto_refresh=False, transient=False)
            self._task = self._bar.add_task("batch", total=total, info="")
            self._bar.start()

    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.started, 1e-9)

    def info(self) -> str:
        return f"{self.errors} errors, {self.cached} cached, {self.rate():.1f} units/s"

    def update(self, result: Result) -> None:
        self.done += 1
        self.errors += result["unit"].get("status") == "error"
        self.cached += bool(result.get("cached"))
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done, info=self.info())
            self._bar.refresh()
            return
        now = time.monotonic()
        step = max(1, self.total // 20)
        if self.done == self.total or self.done % step == 0 or now - self._last_line > 10:
            self._last_line = now
            print(f"batch: {self.done}/{self.total} units, {self.info()}", file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


# ------------------------------------------------------------------------------------------------
# the batch

def run_batch(paths: Sequence[str], out: str | Path, *, jobs: int | None = None, executor: str = "local",
              scheduler: str | None = None, unit_timeout: float = 120.0, elfs: Sequence[str] = (),
              rule_dirs: Sequence[str] = (), options: dict[str, Any] | None = None, write_html: bool = True,
              progress: bool = True) -> BatchStats:
    """Analyse every unit PATHs name, then write the tables and the summary page under ``out``."""
    started = time.monotonic()
    ignored: list[str] = []
    units = discover(paths, ignored)
    if ignored and progress:
        shown = ", ".join(ignored[:5]) + (f" and {len(ignored) - 5} more" if len(ignored) > 5 else "")
        print(f"batch: ignored {len(ignored)} top-level files of fleet folders (not units, not evidence): {shown}",
              file=sys.stderr)
    if not units:
        raise UsageError("no units found in " + ", ".join(paths))
    for p in (*elfs, *rule_dirs):
        if not Path(p).exists():
            raise UsageError(f"{p}: no such file or folder")
    out = Path(out).absolute()
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: exists and is not a folder")
    (out / "units").mkdir(parents=True, exist_ok=True)
    (out / ".cache").mkdir(exist_ok=True)
    opts = dict(sorted((options or {}).items()))
    settings = BatchSettings(out=str(out), elfs=tuple(str(Path(e).absolute()) for e in elfs),
                             rule_dirs=tuple(str(Path(d).absolute()) for d in rule_dirs),
                             options=tuple(opts.items()), key=settings_key(elfs, rule_dirs, opts),
                             write_html=write_html)
    jobs = jobs or default_jobs()
    if executor == "dask":
        results = run_dask(units, settings, scheduler, jobs, unit_timeout)
    elif executor == "local":
        results = run_local(units, settings, jobs, unit_timeout)
    else:
        raise UsageError(f"unknown executor {executor!r}")

    stats = BatchStats(units=len(units), ignored=len(ignored))
    bar = _Progress(len(units), progress)
    rows_path = out / ".cache" / f"rows-{os.getpid()}.jsonl"
    offsets: dict[str, int] = {}
    try:
        with open(rows_path, "w", encoding="utf-8") as rows:
            for spec, result in results:
                offsets[spec.name] = rows.tell()
                rows.write(json.dumps({"unit": result["unit"], "findings": result["findings"]},
                                      sort_keys=True) + "\n")
                rows.flush()
                stats.errors += result["unit"].get("status") == "error"
                stats.cached += bool(result.get("cached"))
                stats.analysed += not result.get("cached") and not result.get("timeout")
                stats.timeouts += bool(result.get("timeout"))
                bar.update(result)
        bar.close()
        write_outputs(out, _ordered_rows(rows_path, [u.name for u in units], offsets))
    finally:
        bar.close()
        try:
            rows_path.unlink()
        except OSError:
            pass
    stats.seconds = time.monotonic() - started
    return stats


def write_outputs(out: Path, records: Iterator[Result]) -> None:
    """One pass over the rows in unit order feeds the tables and the summary page."""
    from ..output import atomic_write_text
    from .summary import FleetSummary
    from .tables import TableWriter

    summary = FleetSummary(out)
    with TableWriter(out) as tables:
        summary.parquet = tables.parquet
        for rec in records:
            tables.add(rec)
            summary.add(rec)
    atomic_write_text(out / "summary.html", summary.render())
    if not tables.parquet:
        from .tables import FLEET_EXTRA

        print(f"batch: tables written as CSV only; for Parquet copies: {FLEET_EXTRA}", file=sys.stderr)


def _ordered_rows(rows_path: Path, order: list[str], offsets: dict[str, int]) -> Iterator[Result]:
    """The rows in unit order (not finishing order), read back one at a time: same input, same bytes."""
    with open(rows_path, encoding="utf-8") as fh:
        for name in order:
            if name not in offsets:
                continue
            fh.seek(offsets[name])
            yield json.loads(fh.readline())
