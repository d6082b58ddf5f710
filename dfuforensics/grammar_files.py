"""Where the lark grammars are.

Authors edit them in the repository's top-level ``grammars/``; a wheel carries them inside the package,
as ``dfuforensics/grammars/`` (``setup.py``'s ``build_py`` copies them there).  The folder is found by
path at run time rather than mapped in as a package (``package-dir``): with no mapping, setuptools'
editable install is a plain ``.pth`` path entry instead of an import hook that every Python process of
the venv ran at start-up (~10-15 ms; ``docs/perf.md``).  Plain paths also keep ``importlib.resources``
out of the start-up of every log analysis.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
#: installed wheel first; then the source tree (checkout, editable install).  The package-local folder
#: comes first because beside an installed package ``../grammars`` is site-packages' business.
SEARCH = (_PACKAGE / "grammars", _PACKAGE.parent / "grammars")


def grammar_path(name: str) -> Path:
    """The grammar file ``name`` (``nrf_log.lark``...): the first of ``SEARCH`` that has it."""
    for folder in SEARCH:
        path = folder / name
        if path.is_file():
            return path
    raise FileNotFoundError(f"grammar {name} is in none of: {', '.join(str(f) for f in SEARCH)}")


def grammar_text(name: str) -> str:
    """A grammar file's text (from the installed package, or the source tree's ``grammars/``)."""
    return grammar_path(name).read_text(encoding="utf-8")
