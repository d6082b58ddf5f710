"""Only the optional C accelerator is declared here; everything else is in pyproject.toml.

``optional=True``: where no C compiler is available the install still succeeds and the pure-Python
path is used (``dfuforensics/_nrflog_accel.c`` says why the extension exists).
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("dfuforensics._nrflog_accel", ["dfuforensics/_nrflog_accel.c"],
                             extra_compile_args=["-O2", "-Wall"], optional=True)])
