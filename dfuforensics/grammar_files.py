"""Where the lark grammars are: ``grammars/`` ships inside the wheel as ``dfuforensics.grammars``."""

from __future__ import annotations

from pathlib import Path


def grammar_text(name: str) -> str:
    """A grammar file's text (from the installed package, or the source tree's ``grammars/``)."""
    from importlib import resources

    try:
        return resources.files("dfuforensics.grammars").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return (Path(__file__).resolve().parent.parent / "grammars" / name).read_text(encoding="utf-8")
