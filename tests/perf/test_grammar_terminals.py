"""The shipped log-grammar terminal table is exactly what lark derives from the grammars now."""

from __future__ import annotations

import json
import subprocess
import sys

from dfuforensics.evidence import nrf_log


def test_shipped_table_matches_the_grammars():
    assert nrf_log.TERMINALS_FILE.read_text(encoding="utf-8") == nrf_log.terminals_table()


def test_every_grammar_is_served_from_the_table_and_equals_lark():
    table = json.loads(nrf_log.TERMINALS_FILE.read_text(encoding="utf-8"))
    for name in nrf_log.LOG_GRAMMARS:
        assert table[name]["terminals"] == nrf_log.derive_terminals(name)
        assert nrf_log.grammar_terminals(name) == nrf_log.derive_terminals(name)


def test_an_edited_grammar_misses_and_is_compiled_live(monkeypatch):
    original = nrf_log.grammar_text
    monkeypatch.setattr(nrf_log, "grammar_text", lambda name: original(name) + "\n// edited\n")
    nrf_log.grammar_terminals.cache_clear()
    nrf_log.lark_parser.cache_clear()
    try:
        assert nrf_log.grammar_terminals("nrf_log.lark")["CLOCK"]
    finally:
        nrf_log.grammar_terminals.cache_clear()
        nrf_log.lark_parser.cache_clear()


def test_reading_a_small_log_does_not_import_lark(tmp_path):
    log = tmp_path / "boot.log"
    log.write_text("<info> app: Inside main\r\n<debug> app: In nrf_bootloader_init\r\n")
    code = ("import sys; from dfuforensics.pipeline import build_case; from dfuforensics.sources import expand;"
            f"build_case(expand([{str(log)!r}])); print('lark' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
