"""The fleet tables: ``units`` and ``findings`` as CSV and (with the ``fleet`` extra) Parquet, in chunks.

Rows arrive one unit at a time (in unit order) and are written a chunk at a time through pandas
(CSV) and a pyarrow ParquetWriter with a fixed schema, so a fleet of any size is written in bounded
memory and every file has the same columns and types whatever the first chunk happened to hold.
Absent values: text columns carry the reason (``not present``, ``unreadable``); numeric columns are
null (Parquet null, empty CSV cell) because a number column cannot hold a reason.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .worker import FINDING_COLUMNS, UNIT_COLUMNS

CHUNK_ROWS = 500

_PANDAS_TYPES = {"text": "string", "int": "Int64", "float": "Float64"}


def _arrow_schema(columns: tuple[tuple[str, str], ...]) -> Any:
    import pyarrow as pa

    kinds = {"text": pa.string(), "int": pa.int64(), "float": pa.float64()}
    return pa.schema([pa.field(name, kinds[t]) for name, t in columns])


#: What to install for the Parquet copies of the tables (and dask): shown when pyarrow is missing.
FLEET_EXTRA = "pip install 'dfuforensics[fleet]'"


def parquet_available() -> bool:
    """Whether pyarrow is installed: the plain install writes the tables as CSV only."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


class _Table:
    def __init__(self, out: Path, name: str, columns: tuple[tuple[str, str], ...], parquet: bool) -> None:
        self.columns = columns
        self.exts = ("csv", "parquet") if parquet else ("csv",)
        self.final = {ext: out / f"{name}.{ext}" for ext in self.exts}
        self.tmp = {ext: out / f".{name}.{ext}.{os.getpid()}.tmp" for ext in self.exts}
        self.csv = open(self.tmp["csv"], "w", encoding="utf-8", newline="")
        self.parquet: Any = None
        if parquet:
            import pyarrow.parquet as pq

            self.schema = _arrow_schema(columns)
            self.parquet = pq.ParquetWriter(self.tmp["parquet"], self.schema, compression="zstd")
        self.rows: list[dict[str, Any]] = []
        self.header = True

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        import pandas as pd

        if not self.rows and not self.header:
            return
        data = {}
        for name, t in self.columns:
            values = [r.get(name) for r in self.rows]
            if t != "text":  # an absent number (its reason string or null) is null
                values = [v if isinstance(v, (int, float)) and not isinstance(v, bool) else None for v in values]
            else:
                values = [v if v is None or isinstance(v, str) else str(v) for v in values]
            data[name] = pd.Series(values, dtype=_PANDAS_TYPES[t])
        df = pd.DataFrame(data, columns=[c for c, _ in self.columns])
        df.to_csv(self.csv, header=self.header, index=False, lineterminator="\n")
        self.header = False
        if len(df) and self.parquet is not None:
            import pyarrow as pa

            self.parquet.write_table(pa.Table.from_pandas(df, schema=self.schema, preserve_index=False))
        self.rows = []

    def close(self, ok: bool) -> None:
        try:
            if ok:
                self.flush()
        finally:
            self.csv.close()
            if self.parquet is not None:
                self.parquet.close()
        for ext in self.exts:
            if ok:
                os.replace(self.tmp[ext], self.final[ext])
            else:
                try:
                    os.unlink(self.tmp[ext])
                except OSError:
                    pass


class TableWriter:
    """``with TableWriter(out) as t: t.add(record)`` for records ``{"unit": row, "findings": [rows]}``."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.units: _Table | None = None
        self.findings: _Table | None = None
        #: whether the tables are also written as Parquet (pyarrow installed)
        self.parquet = parquet_available()

    def __enter__(self) -> TableWriter:
        self.units = _Table(self.out, "units", UNIT_COLUMNS, self.parquet)
        self.findings = _Table(self.out, "findings", FINDING_COLUMNS, self.parquet)
        return self

    def add(self, record: dict[str, Any]) -> None:
        assert self.units is not None and self.findings is not None
        self.units.add(record["unit"])
        for f in record["findings"]:
            self.findings.add(f)

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        for table in (self.units, self.findings):
            if table is not None:
                table.close(exc_type is None)
