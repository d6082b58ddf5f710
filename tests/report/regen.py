"""Regenerate the renderer golden files (run by hand after a deliberate change; review the diff).

    .venv/bin/python tests/report/regen.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from goldens import GOLDEN_DIR, render_all  # noqa: E402


def main() -> int:
    os.chdir(HERE.parents[1])  # report paths are relative to the project root
    GOLDEN_DIR.mkdir(exist_ok=True)
    for name, text in render_all().items():
        target = GOLDEN_DIR / name
        old = target.read_text(encoding="utf-8") if target.exists() else None
        target.write_text(text, encoding="utf-8", newline="")
        print(f"{'unchanged' if old == text else 'written  '} {target.relative_to(HERE.parents[1])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
