"""What pyproject.toml cannot say: the package list (with `grammars/` mapped in as
``dfuforensics.grammars``) and the optional C accelerator; everything else is in pyproject.toml.

``optional=True``: where no C compiler is available the install still succeeds and the pure-Python
path is used (``dfuforensics/_nrflog_accel.c`` says why the extension exists).
"""

from setuptools import Extension, find_packages, setup

setup(packages=find_packages(include=["dfuforensics", "dfuforensics.*"]) + ["dfuforensics.grammars"],
      ext_modules=[Extension("dfuforensics._nrflog_accel", ["dfuforensics/_nrflog_accel.c"],
                             extra_compile_args=["-O2", "-Wall"], optional=True),
                   Extension("dfuforensics._dwarf_accel", ["dfuforensics/_dwarf_accel.c"],
                             extra_compile_args=["-O2", "-Wall"], optional=True)])
