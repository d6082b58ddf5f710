"""What pyproject.toml cannot say: the optional C extensions, and the grammars copied into the wheel.

``optional=True``: where no C compiler is available the install still succeeds and the pure-Python
path is used (``dfuforensics/_nrflog_accel.c`` and ``_dwarf_accel.c`` say why each exists;
``python -m dfuforensics.accel`` tells which were built).

The top-level ``grammars/`` (where grammar authors look) is not a package: ``build_py`` below copies its
``*.lark`` files to ``dfuforensics/grammars/`` in the build, so a wheel carries them, and
``dfuforensics/grammar_files.py`` finds them there or, in a checkout, at the top level.  Mapping the
folder in with ``package-dir`` would do the same for the wheel, but then setuptools' editable install
needs an import hook (a meta-path finder every Python process of the venv imports at start-up) instead
of a plain ``.pth`` path entry -- ``tests/test_packaging.py`` checks it stays a path entry.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_py import build_py

GRAMMARS = Path("grammars")


class build_py_with_grammars(build_py):  # noqa: N801 - a setuptools command class, named like the others
    """``build_py`` plus ``grammars/*.lark`` -> ``<build_lib>/dfuforensics/grammars/``."""

    def _grammar_targets(self) -> list[tuple[str, str]]:
        out = Path(self.build_lib, "dfuforensics", "grammars")
        return [(str(src), str(out / src.name)) for src in sorted(GRAMMARS.glob("*.lark"))]

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # the editable install reads the checkout's grammars/ in place
            return
        targets = self._grammar_targets()
        if not targets:
            raise SystemExit("grammars/*.lark not found: the sdist or checkout is incomplete")
        for src, dst in targets:
            self.mkpath(str(Path(dst).parent))
            self.copy_file(src, dst)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        return outputs if self.editable_mode else outputs + [dst for _, dst in self._grammar_targets()]


setup(cmdclass={"build_py": build_py_with_grammars},
      ext_modules=[Extension("dfuforensics._nrflog_accel", ["dfuforensics/_nrflog_accel.c"],
                             extra_compile_args=["-O2", "-Wall"], optional=True),
                   Extension("dfuforensics._dwarf_accel", ["dfuforensics/_dwarf_accel.c"],
                             extra_compile_args=["-O2", "-Wall"], optional=True)])
