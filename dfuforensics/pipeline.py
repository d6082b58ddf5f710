"""The one-way flow: sources -> parsers -> Case -> analyses -> rules -> Report.

Analyses run in the order of ``ANALYSES`` (later ones may read earlier ones' facts).  Each is
``analyze(case) -> None``; an analysis that fails is reported as a warning and the others still run.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .case import Case, read_source
from .model import Location, ParseWarning
from .report.model import Report, build_report
from .sources import Source, expand

ANALYSES: tuple[str, ...] = (
    "dfuforensics.nrf5.analysis",  # memory: flash map, settings, SoftDevice (dfu_session reads settings.*)
    "dfuforensics.nrf5.power",  # RESETREAS / GPREGRET read from the unit
    "dfuforensics.package.analysis",  # DFU packages vs the device (reads nrf5's softdevice/settings facts)
    "dfuforensics.crash.analysis",  # fault evidence, registers, RAM and ELF -> crash section and facts
    "dfuforensics.particle.analysis",
    "dfuforensics.partitions.analysis",  # partitions.yml / pm_static.yml / zephyr.dts: layout checks, flash map
    "dfuforensics.mcuboot.analysis",  # slots from files and flash images; mcumgr; logged swap decisions
    # after every parser room's analysis: they read the merged timeline and earlier facts
    "dfuforensics.analysis.timeline",
    "dfuforensics.analysis.dfu_session",
)


def build_case(sources: Sequence[Source], extra_elfs: Sequence[Source] = ()) -> Case:
    case = Case()
    for source in sources:
        read_source(case, source)
    for elf in extra_elfs:
        # --elf: symbols only; its image is not evidence of what is on the device
        case.elf_paths.append(elf.path)
    case.finish_memory()
    return case


def run_analyses(case: Case) -> None:
    for name in ANALYSES:
        started = time.monotonic()
        try:
            importlib.import_module(name).analyze(case)
        except Exception as exc:  # one analysis's bug must not hide the others' results
            case.analysis_warnings.append(
                ParseWarning(Location(name.rsplit(".", 1)[-1]),
                             f"analysis failed: {type(exc).__name__}: {exc} (a bug in dfuforensics)")
            )
        elapsed = time.monotonic() - started
        if elapsed > 10:  # on stderr, not in the report: the report stays byte-stable under load
            print(f"dfuforensics: {name} took {elapsed:.1f} s", file=sys.stderr)


def diagnose(case: Case, rule_dirs: Sequence[Path] = ()) -> None:
    try:
        from .rules.engine import evaluate_case

        case.findings = evaluate_case(case, rule_dirs)
    except Exception as exc:
        case.analysis_warnings.append(
            ParseWarning(Location("rules"), f"rule evaluation failed: {type(exc).__name__}: {exc}"))


def analyze_paths(paths: Sequence[str], elfs: Sequence[str] = (), rule_dirs: Sequence[Path] = (),
                  options: dict | None = None) -> Report:
    """The whole `analyze` command minus rendering: the entry point batch and tests use too.

    ``options`` carries user-given facts analyses may use (``public_key``: a key file path).
    """
    case = build_case(expand(list(paths)), expand(list(elfs)))
    case.options.update({k: v for k, v in (options or {}).items() if v is not None})
    run_analyses(case)
    diagnose(case, rule_dirs)
    return build_report(case)
