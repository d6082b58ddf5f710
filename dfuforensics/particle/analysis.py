"""Particle analysis: decode the module tables, check dependencies the way Device OS does, follow the healer.

Device OS marks a module invalid when ``vc & ~vv`` is not zero; for the dependency bit it compares
each declared dependency (function, index, version) against the installed module with the same
function and index (``validate_module_dependencies``: valid iff installed and version >= required).
We redo that comparison from the table itself so a finding can name the missing module and the
version to install, and say when the device's own verdict and ours disagree.
Facts published: docs/facts/particle.md.
"""

from __future__ import annotations

from typing import Any

from ..case import Case, Column, Table
from ..model import NOT_PRESENT, Absent, Location
from . import codes
from .modules import ModuleTable, ParticleDependency, ParticleModule


def _release(function: str, version: int | Absent) -> str | Absent:
    if isinstance(version, Absent):
        return version
    return codes.release_of(function, version) or NOT_PRESENT


def installed(table: ModuleTable, function: str, index: int | Absent) -> ParticleModule | None:
    """The module a dependency points at: same function and index, main store preferred."""
    found = [m for m in table.modules if m.function == function and m.index == index and not m.empty]
    found.sort(key=lambda m: m.location != "m")
    return found[0] if found else None


def check_dependency(table: ModuleTable, dep: ParticleDependency) -> dict[str, Any]:
    target = installed(table, dep.function, dep.index)
    have = target.version if target is not None else NOT_PRESENT
    if isinstance(dep.version, Absent) or isinstance(have, Absent):
        met: bool | Absent = False if target is None else NOT_PRESENT
    else:
        met = have >= dep.version
    return {
        "function": codes.function_name(dep.function),
        "index": dep.index,
        "version": dep.version,
        "release": _release(dep.function, dep.version),
        "installed_version": have,
        "installed_release": _release(dep.function, have),
        "met": met,
    }


def _dep_label(dep: ParticleDependency) -> str:
    idx = "" if isinstance(dep.index, Absent) else f" #{dep.index}"
    return f"{codes.display_name(dep.function)} module{idx}"


def _version_text(function: str, version: int | Absent) -> str:
    if isinstance(version, Absent):
        return "unknown version"
    rel = codes.release_of(function, version)
    return f"{version} (Device OS {rel})" if rel else str(version)


def module_row(table: ModuleTable, mod: ParticleModule) -> dict[str, Any]:
    failed = mod.failed
    return {
        "function": codes.function_name(mod.function),
        "index": mod.index,
        "version": mod.version,
        "release": _release(mod.function, mod.version),
        "location": codes.LOCATIONS.get(mod.location, mod.location),
        "max_size": mod.max_size,
        "checks_failed": [] if mod.empty or isinstance(failed, Absent) else codes.flags_named(failed),
        "dependencies": [check_dependency(table, d) for d in mod.dependencies],
    }


def _signature(table: ModuleTable) -> tuple:
    return tuple((m.function, str(m.index), str(m.version), str(m.passed)) for m in table.modules)


def analyze(case: Case) -> None:
    tables: list[ModuleTable] = list(case.of_type(ModuleTable))
    safe_mode_events = [e for e in case.events if e.kind == "particle.safe_mode"]
    if not tables and not safe_mode_events:
        return
    facts: dict[str, Any] = {"safe_mode_events": len(safe_mode_events), "tables": len(tables)}
    case.facts["particle"] = facts
    if not tables:
        facts["safe_mode"] = True
        return
    table = tables[-1]  # the latest the evidence shows (events are in stream order)
    rows = [module_row(table, m) for m in table.modules]
    case.sections["modules"] = rows

    pid = table.platform_id
    facts["platform_id"] = pid
    facts["platform"] = NOT_PRESENT if isinstance(pid, Absent) else codes.platform_name(pid)
    facts["generation"] = (NOT_PRESENT if isinstance(pid, Absent) else
                           "gen2" if pid in codes.GEN2_PLATFORMS else
                           "gen3" if pid in codes.GEN3_PLATFORMS else "other")
    system = [m for m in table.modules if m.function in ("s", "m") and not isinstance(m.version, Absent)]
    sysver = max((m.version for m in system), default=NOT_PRESENT)
    facts["system_version"] = sysver
    facts["device_os"] = _release("s", sysver)
    boot = installed(table, "b", 0)
    facts["bootloader_version"] = boot.version if boot else NOT_PRESENT
    user = [m for m in table.modules if m.function == "u" and m.location == "m"]
    facts["user_part_index"] = user[0].index if user else NOT_PRESENT

    nonempty = [(m, r) for m, r in zip(table.modules, rows, strict=True) if not m.empty]
    failed = [(m, r) for m, r in nonempty if r["checks_failed"]]
    facts["module_count"] = len(nonempty)
    facts["failed_modules"] = [m.label() for m, _r in failed]
    union = sorted({c for _m, r in failed for c in r["checks_failed"]},
                   key=lambda name: codes.FLAG_BY_NAME[name])
    facts["checks_failed"] = union
    for flag in ("integrity", "range", "platform"):
        facts[f"{flag}_failed"] = flag in union
    facts["safe_mode"] = bool(safe_mode_events) or bool(failed)

    unmet = []
    for mod, row in nonempty:
        for dep, res in zip(mod.dependencies, row["dependencies"], strict=True):
            if res["met"] is False:
                unmet.append((mod, dep, res))
    facts["dependency_unmet"] = bool(unmet)
    facts["unmet_all"] = [_unmet_summary(m, d, r) for m, d, r in unmet]
    sources = case.facts.setdefault("_where", {})
    if unmet:
        mod, dep, res = unmet[0]
        where = Location(table.source, line=mod.line)
        for key in ("dependency_unmet", "unmet.summary", "unmet.module", "unmet.requires",
                    "unmet.required_version", "unmet.installed_version"):
            sources[f"particle.{key}"] = where
        facts["unmet"] = {
            "module": mod.label(),
            "module_version": mod.version,
            "requires": _dep_label(dep),
            "required_version": dep.version,
            "required_release": res["release"],
            "installed_version": res["installed_version"],
            "installed_release": res["installed_release"],
            "summary": _unmet_summary(mod, dep, res),
        }
    dep_flag_failed = any(set(r["checks_failed"]) & {"dependencies", "dependencies_full"} for _m, r in failed)
    facts["dependency_check_failed"] = dep_flag_failed
    #: the device says a dependency failed but the table's own dependencies are all satisfied
    facts["dependency_failure_unexplained"] = dep_flag_failed and not unmet

    # Safe-mode healer: consecutive safe-mode tables of one device; did anything change between them?
    sm_tables = [t for t in tables if t.origin == "safe-mode-event"]
    changes = sum(1 for a, b in zip(sm_tables, sm_tables[1:], strict=False) if _signature(a) != _signature(b))
    facts["healer_progress"] = changes > 0 if len(sm_tables) > 1 else NOT_PRESENT
    stalled_run = 0
    for a, b in zip(sm_tables, sm_tables[1:], strict=False):
        stalled_run = stalled_run + 1 if _signature(a) == _signature(b) else 0
    facts["healer_stalled"] = (stalled_run > 0 and bool(failed)) if len(sm_tables) > 1 else NOT_PRESENT
    facts["healer_repeats"] = stalled_run
    if len(sm_tables) > 1:
        sources["particle.healer_stalled"] = Location(sm_tables[-1].source, line=sm_tables[-1].line)

    case.tables.append(_table(table, rows))


def _unmet_summary(mod: ParticleModule, dep: ParticleDependency, res: dict[str, Any]) -> str:
    want = _version_text(dep.function, dep.version)
    if isinstance(res["installed_version"], Absent):
        have = "it is not installed"
    else:
        have = f"installed: {_version_text(dep.function, res['installed_version'])}"
    return f"{mod.label()} v{mod.version} needs {_dep_label(dep)} version {want} or newer; {have}"


def _table(table: ModuleTable, rows: list[dict[str, Any]]) -> Table:
    out = Table("particle-modules", f"Particle modules ({table.origin}, {table.source})",
                [Column("module"), Column("version", "int"), Column("release"), Column("location"),
                 Column("max size", "size"), Column("checks failed"), Column("dependencies")])
    for mod, row in zip(table.modules, rows, strict=True):
        deps = "; ".join(
            f"{d['function']} #{d['index']} >= {d['version']}"
            + ("" if d["met"] is True else " (UNMET)" if d["met"] is False else " (?)")
            for d in row["dependencies"])
        out.rows.append([mod.label(), mod.version, row["release"], row["location"], mod.max_size,
                         ", ".join(row["checks_failed"]) or "-", deps or "-"])
    return out
