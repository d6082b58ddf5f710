"""Fault prints and crash text of every era and tool, as people paste them.

Each form is checked on at least two inputs from different sources: the printer's own format string
(Zephyr fault.c/fatal.c, the nRF5 SDK, TF-M exception_info.c, Device OS) or its documentation, and real
posts (tests/crash/data/SOURCES.md, tests/corpus).  Strings built here from format strings name the
source file they come from; everything under data/ and corpus/ is as posted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dfuforensics.crash.records import PrintedBacktrace, RegisterSnapshot
from dfuforensics.evidence import detect, opened
from dfuforensics.evidence.fault_text import FaultTextParser, fault_line_family, records_from_lines
from dfuforensics.model import Event, InputKind, ParseWarning
from dfuforensics.sources import expand

DATA = Path(__file__).resolve().parent / "data"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PARSER = FaultTextParser()


def parse(path: Path) -> list:
    return list(PARSER.parse(expand([str(path)])[0]))


def parse_text(tmp_path: Path, text: str, name: str = "paste.txt") -> list:
    p = tmp_path / name
    p.write_text(text)
    return parse(p)


def faults(records: list) -> list[Event]:
    return [r for r in records if isinstance(r, Event) and r.kind == "fault"]


def kind_of(path: Path) -> str:
    with opened(expand([str(path)])[0]) as (_view, parser):
        return parser.kind if parser else "unknown"


# --- Zephyr 1.x: printk prints with thread and pc lines under the head -----------------------------------

def test_zephyr_1x_fault_print_from_the_mpu_test_sample(tmp_path: Path) -> None:
    # samples/mpu/mpu_test/README.rst (Zephyr 1.7.99): _FaultThreadShow() and the 1.x "Address:" line
    [f] = faults(parse_text(tmp_path, "***** BUS FAULT *****\n"
                                      "  Executing thread ID (thread): 0x200003b8\n"
                                      "  Faulting instruction address:  0x290\n"
                                      "  Precise data bus error\n"
                                      "  Address: 0x24000000\n"
                                      "Fatal fault in thread 0x200003b8! Aborting.\n"))
    assert (f.fields["zephyr_fault"], f.fields["thread"], f.fields["pc"]) == ("BUS FAULT", "0x200003b8", 0x290)
    assert f.fields["cfsr_bits"] == ["CFSR.PRECISERR", "CFSR.BFARVALID"]
    assert f.fields["fault_address"] == 0x24000000


def test_zephyr_1_12_post_with_its_indentation_lost() -> None:
    recs = parse(DATA / "zephyr112_mpu_iaccviol_nrf52840.log")
    [f] = faults(recs)
    assert f.line == 10 and f.fields["zephyr_fault"] == "MPU FAULT"
    assert f.fields["pc"] == 0x20000BD2 and f.fields["thread"] == "0x200003dc"
    assert f.fields["cfsr_bits"] == ["CFSR.IACCVIOL"]
    # the old banner and SYS_LOG lines around it are log lines, not fault text
    assert [r.line for r in recs if isinstance(r, Event) and r.kind == "boot.start"] == [1]
    assert [r.line for r in recs if isinstance(r, Event) and r.kind == "log.line"] == [2, 3, 4, 5, 7, 8, 9]


def test_zephyr_escalation_and_reason_head_make_one_report(tmp_path: Path) -> None:
    # 1.14-era: fault.c's escalation heads and fatal.c's "***** Hardware exception *****" are one report
    [f] = faults(parse(DATA / "zephyr114_nrf9160_escalated_busfault.log"))
    assert f.fields["zephyr_fault"] == "BUS FAULT" and f.fields["escalated"] is True
    assert f.fields["reason_text"] == "Hardware exception"
    assert f.fields["cfsr_bits"] == ["HFSR.FORCED", "CFSR.PRECISERR", "CFSR.BFARVALID"]
    assert (f.fields["fault_address"], f.fields["pc"], f.fields["thread"]) == (0x50008120, 0, "0x200205f4")
    # the same shape in Memfault's write-up of a Zephyr 2.0 fault (interrupt blog, "cortex-m fault debug")
    [g] = faults(parse_text(tmp_path, "***** MPU FAULT *****\n  Instruction Access Violation\n"
                                      "***** Hardware exception *****\nCurrent thread ID = 0x20000074\n"
                                      "Faulting instruction address = 0xe0000000\n"
                                      "Fatal fault in thread 0x20000074! Aborting.\n"))
    assert (g.fields["zephyr_fault"], g.fields["pc"], g.fields["cfsr_bits"]) == (
        "MPU FAULT", 0xE0000000, ["CFSR.IACCVIOL"])


def test_zephyr_1x_fault_in_the_fault_handler_is_a_second_report(tmp_path: Path) -> None:
    # samples/mpu/mpu_stack_guard_test/README.rst (Zephyr 1.7.99): a stack overflow, then the escalated
    # fault taken while handling it
    fs = faults(parse_text(tmp_path, "***** MPU FAULT *****\n  Executing thread ID (thread): 0x200003ac\n"
                                     "  Faulting instruction address:  0x0\n  Stacking error\n"
                                     "Fatal fault in thread 0x200003ac! Aborting.\n***** HARD FAULT *****\n"
                                     "  Fault escalation (see below)\n***** MPU FAULT *****\n"
                                     "  Executing thread ID (thread): 0x200003ac\n"
                                     "  Faulting instruction address:  0x8000466\n  Stacking error\n"
                                     "Fatal fault in ISR! Spinning...\n"))
    assert [f.line for f in fs] == [1, 6]
    assert fs[0].fields["cfsr_bits"] == ["CFSR.MSTKERR"] and fs[0].fields["pc"] == 0
    assert fs[1].fields["zephyr_fault"] == "MPU FAULT" and fs[1].fields["escalated"] is True
    assert fs[1].fields["cfsr_bits"] == ["HFSR.FORCED", "CFSR.MSTKERR"] and fs[1].fields["pc"] == 0x8000466


def test_zephyr_short_form_fault_dump_1(tmp_path: Path) -> None:
    # CONFIG_FAULT_DUMP=1, arch/arm/core/fault.c (the example in its own comment)
    recs = parse_text(tmp_path, "Fault! EXC #3\nHARD FAULT: Escalation (see below)!\n"
                                "MMFSR: 0x00000000, BFSR: 0x00000082, UFSR: 0x00000000\nBFAR: 0xff001234\n")
    [f] = faults(recs)
    assert f.fields["zephyr_fault"] == "HardFault"
    assert f.fields["registers"]["cfsr"] == 0x8200
    assert f.fields["cfsr_bits"] == ["HFSR.FORCED", "CFSR.BFARVALID", "CFSR.PRECISERR"]
    assert f.fields["fault_address"] == 0xFF001234
    # the printed status registers reach the analysis as a register read, not as inferred bits
    [snap] = [r for r in recs if isinstance(r, RegisterSnapshot)]
    assert not snap.stacked and snap.registers["cfsr"] == 0x8200 and snap.registers["bfar"] == 0xFF001234


# --- Zephyr 2.x-4.x / NCS ----------------------------------------------------------------------------

@pytest.mark.parametrize("name,thread", [("ncs24_mpsl_assert_kernel_oops_nrf52840.log", "unknown"),
                                         ("ncs_mpsl_assert_debugger_pause.log", "sysworkq")])
def test_mpsl_assert_then_kernel_oops_is_one_report(name: str, thread: str) -> None:
    [f] = faults(parse(DATA / name))
    assert f.line == 1 and f.fields["assert_expr"] == "MPSL ASSERT"
    assert (f.fields["file"], f.fields["file_line"]) == ("112", 2134)
    assert f.fields["zephyr_fault"] == "HARD FAULT" and f.fields["arch_except_reason"] == 3
    assert (f.fields["reason"], f.fields["reason_text"], f.fields["thread"]) == (3, "Kernel oops", thread)
    assert f.fields["in_isr"] is True and f.fields["cfsr_bits"] == ["HFSR.FORCED"]
    assert isinstance(f.fields["pc"], int) and isinstance(f.fields["lr"], int)


def test_zephyr_assert_then_kernel_panic(tmp_path: Path) -> None:
    # lib/os/assert.c "ASSERTION FAIL [%s] @ %s:%d" then kernel/fatal.c's reason line
    [f] = faults(parse_text(tmp_path, "E: ASSERTION FAIL [buf != NULL] @ WEST_TOPDIR/app/src/main.c:42\n"
                                      "E: >>> ZEPHYR FATAL ERROR 4: Kernel panic on CPU 0\n"
                                      "E: Current thread: 0x20001000 (main)\nE: Halting system\n"))
    assert (f.fields["assert_expr"], f.fields["file"], f.fields["file_line"]) == ("buf != NULL", "app/src/main.c", 42)
    assert (f.fields["reason"], f.fields["reason_text"], f.fields["thread"]) == (4, "Kernel panic", "main")


def test_secure_fault_with_sfar_and_sfsr_bits(tmp_path: Path) -> None:
    [f] = faults(parse(DATA / "ncs261_secure_fault_nrf9160_terminal_markers.log"))
    assert f.fields["zephyr_fault"] == "SECURE FAULT"
    assert f.fields["sfsr_bits"] == ["SFSR.SFARVALID", "SFSR.AUVIOL"] and f.fields["fault_address"] == 0x22
    assert "cfsr_bits" not in f.fields  # a SecureFault is not a CFSR fault
    assert (f.fields["reason"], f.fields["reason_text"], f.fields["pc"]) == (41, "Unknown error", 0x56080)
    # fault.c's SecureFault() wording for the other SFSR causes
    [g] = faults(parse_text(tmp_path, "***** SECURE FAULT *****\n  Invalid entry point\n"
                                      "Faulting instruction address (r15/pc): 0x00001234\n"))
    assert g.fields["sfsr_bits"] == ["SFSR.INVEP"] and "fault_address" not in g.fields


def test_markdown_mangled_head_and_cut_paste_from_the_corpus() -> None:
    path = CORPUS / "ncs-thingy53-mcumgr-cli-upload-smp-bt-null-buf-bus-fault" / "input.log"
    recs = parse(path)
    [f] = faults(recs)
    assert f.fields["zephyr_fault"] == "BUS FAULT" and f.fields["fault_address"] == 0xC
    assert f.fields["cfsr_bits"] == ["CFSR.PRECISERR", "CFSR.BFARVALID"]
    assert not [r for r in recs if isinstance(r, ParseWarning)]  # "--" and the cut "[0" say nothing
    # the same print read back from a log parser's lines (the crash analysis's path)
    lines = [(i, ln) for i, ln in enumerate(path.read_text().splitlines(), 1)]
    [g] = [r for r in records_from_lines("log", lines) if isinstance(r, Event) and r.kind == "fault"]
    assert g.fields["fault_address"] == 0xC


def test_register_rows_whose_head_was_cut_start_a_report(tmp_path: Path) -> None:
    [f] = faults(parse_text(tmp_path, "E: r0/a1:  0x0000002a  r1/a2:  0x00000000  r2/a3:  0x00000000\n"
                                      "E: r3/a4:  0x00000001 r12/ip:  0x00000000 r14/lr:  0x00001235\n"
                                      "E:  xpsr:  0x61000000\n"
                                      "E: Faulting instruction address (r15/pc): 0x00001240\n"))
    assert f.line == 1 and f.fields["pc"] == 0x1240 and f.fields["registers"]["r0"] == 0x2A


def test_extra_exception_info_rows(tmp_path: Path) -> None:
    # CONFIG_EXTRA_EXCEPTION_INFO: esf_dump()'s callee-saved rows and EXC_RETURN (cortex_m/fatal.c)
    [f] = faults(parse_text(tmp_path, "E: ***** USAGE FAULT *****\nE:   Division by zero\n"
                                      "E: r0/a1:  0x00000001  r1/a2:  0x00000000  r2/a3:  0x00000000\n"
                                      "E: r4/v1:  0x00000004  r5/v2:  0x00000005  r6/v3:  0x00000006\n"
                                      "E: r10/v7: 0x0000000a  r11/v8: 0x0000000b    psp:  0x20001f00\n"
                                      "E: EXC_RETURN: 0xfffffffd\n"
                                      "E: Faulting instruction address (r15/pc): 0x00002000\n"))
    assert f.fields["cfsr_bits"] == ["CFSR.DIVBYZERO"] and f.fields["exc_return"] == 0xFFFFFFFD
    assert f.fields["registers"]["r10"] == 0xA and "psp" not in f.fields["registers"]


# --- TF-M ------------------------------------------------------------------------------------------

def test_tfm_secure_fault_context_dump() -> None:
    recs = parse(DATA / "tfm_securefault_ns_thread.log")
    [f] = faults(recs)
    assert (f.fields["origin"], f.fields["exception"]) == ("tfm", "SecureFault")
    assert f.fields["exc_return"] == 0xFFFFFFAD and f.fields["exception_from"] == "non-secure FW in thread mode"
    assert (f.fields["pc"], f.fields["lr"], f.fields["frame_address"]) == (0x3D7B6, 0x44181, 0x2002CD40)
    regs = f.fields["registers"]
    assert regs["xpsr"] == 0x61000000 and regs["r4"] == 0x2000D414  # the frame's xPSR; callee row glued
    assert f.fields["sfsr_bits"] == ["SFSR.AUVIOL", "SFSR.SFARVALID"] and f.fields["fault_address"] == 0
    [live] = [r for r in recs if isinstance(r, RegisterSnapshot)]
    assert live.registers["xpsr"] == 0x60000007 and live.registers["psp_ns"] == 0x2002CD40  # the handler's
    assert live.registers["cfsr"] == 0 and live.registers["sfsr"] == 0x48


def test_tfm_usage_fault_with_cfsr_value() -> None:
    [f] = faults(parse(DATA / "tfm_usagefault_secure_thread.log"))
    assert f.fields["exception"] == "UsageFault" and f.fields["frame_may_be_corrupt"] is True
    assert f.fields["cfsr_bits"] == ["CFSR.INVSTATE"] and f.fields["pc"] == 0x38026D2A
    assert "fault_address" not in f.fields  # BFAR/MMFAR "Not Valid"


def test_tfm_spu_platform_exception_after_mcuboot() -> None:
    recs = parse(DATA / "tfm_spu_fault_nrf9160_mcuboot.log")
    [f] = faults(recs)
    assert f.line == 8 and f.fields["platform_exception"] == "SPU Fault"


# --- nRF5 SDK ------------------------------------------------------------------------------------

def test_hardfault_library_flattened_with_file_line_prefix() -> None:
    [f] = faults(parse(DATA / "nrf_hardfault_fileline_flattened_sdk16.txt"))
    assert f.fields["pc"] == 0xCFB3986B and f.fields["lr"] == 0x2003E820
    assert f.fields["cfsr_bits"] == ["CFSR.DACCVIOL", "CFSR.MSTKERR", "CFSR.MMARVALID"]
    assert f.fields["fault_address"] == 0x2003E878


def test_hardfault_library_without_logger_prefix() -> None:
    src = expand([str(DATA / "nrf_hardfault_bare_lines_nrf52840.txt")])[0]
    assert PARSER.sniff(src) == 0.9
    [f] = faults(parse(DATA / "nrf_hardfault_bare_lines_nrf52840.txt"))
    assert f.fields["pc"] == 0 and f.fields["registers"]["r12"] == 0x20012FCC


def test_module_prefix_without_level(tmp_path: Path) -> None:
    # app_error_weak.c (SDK 15-17): "ERROR %u [%s] at %s:%u\r\nPC at: 0x%08x", "End of error report"
    [f] = faults(parse_text(tmp_path, "app: ERROR 3735928559 [Unknown error code] at ../../main.c:123\n"
                                      "PC at: 0x0002F43B\napp: End of error report\n"))
    assert (f.fields["error_code"], f.fields["file_line"], f.fields["pc"]) == (0xDEADBEEF, 123, 0x2F43B)
    # hardfault_implementation.c under its module name ("<error>" lost in the paste)
    [g] = faults(parse_text(tmp_path, "hardfault: HARD FAULT at 0x00012280\n"
                                      "hardfault: R0: 0x00000000 R1: 0x00000000 R2: 0x00000001 R3: 0x0001541D\n",
                            "g.txt"))
    assert g.fields["pc"] == 0x12280 and g.fields["registers"]["r3"] == 0x1541D
    # and a line that merely looks like "name: value" keeps its name
    assert fault_line_family("xpsr:  0x61000000") == "zephyr"


# --- IDEs and debuggers ----------------------------------------------------------------------------

def test_iar_cspy_fault_messages_from_the_corpus() -> None:
    path = CORPUS / "dz-sdk17-iar9-secure-bootloader-hardfault-at-start" / "input.log"
    assert kind_of(path) == "fault-text"
    [f] = faults(parse(path))
    assert (f.fields["origin"], f.fields["exception"]) == ("iar", "HardFault")
    assert f.fields["cfsr_bits"] == ["HFSR.FORCED", "CFSR.PRECISERR", "CFSR.BFARVALID", "CFSR.INVSTATE"]
    assert (f.fields["pc"], f.fields["lr"], f.fields["fault_address"]) == (0x43E, 0xFFFFFFFF, 0xFF07E004)


def test_iar_cspy_debug_log_with_time_stamps() -> None:
    [f] = faults(parse(DATA / "iar_cspy_debuglog_busfault_stm32h753.log"))
    assert f.line == 1 and f.fields["escalated_from"] == "BusFault" and f.fields["exception"] == "HardFault"
    assert f.fields["cfsr_bits"] == ["HFSR.FORCED", "CFSR.IMPRECISERR"] and f.fields["pc"] == 0x800310E


def test_iar_sentences_quoted_without_their_head(tmp_path: Path) -> None:
    # the same C-SPY sentences as the corpus post, quoted from the middle of the report
    [f] = faults(parse_text(tmp_path, "A precise data access error has occurred (CFSR.PRECISERR, BFAR) at data "
                                      "address 0xff07e004.\nException occurred at PC = 0x43e, LR = 0xffffffff\n"))
    assert f.fields["origin"] == "iar" and f.fields["fault_address"] == 0xFF07E004 and f.fields["pc"] == 0x43E


def test_ozone_exception_dialog_text() -> None:
    [f] = faults(parse(DATA / "ozone_hardfault_undefinstr_k60.txt"))
    assert (f.fields["origin"], f.fields["escalated_from"], f.fields["pc"]) == ("ozone", "UsageFault", 0x1B0)
    assert f.fields["cfsr_bits"] == ["CFSR.UNDEFINSTR", "HFSR.FORCED"]


# --- gdb backtraces ------------------------------------------------------------------------------

def test_gdb_backtrace_through_an_exception_from_the_corpus() -> None:
    path = CORPUS / "crash-particle-gen3-nrf52840-clock-irq-after-bootloader-jump" / "input.log"
    assert kind_of(path) == "fault-text"
    [bt] = [r for r in parse(path) if isinstance(r, PrintedBacktrace)]
    assert bt.functions == ["nrfx_clock_irq_handler", "Set_System", "HAL_Core_Config", "Reset_Handler"]
    assert bt.frames[1].kind == "signal" and bt.interrupted.function == "Set_System"
    assert (bt.frames[3].address, bt.frames[3].file, bt.frames[3].file_line) == (
        0x48778, "src/nRF52840/core_hal.c", 301)
    assert bt.frames[4].file_line is None  # the post is cut inside frame #4's file name


def test_gdb_backtrace_with_wrapped_arguments_and_inlined_frames() -> None:
    path = CORPUS / "ncs-mcumgr-ble-second-fota-smp-bt-null-buf-mpu-fault" / "input2.log"
    assert kind_of(path) == "fault-text"
    [bt] = [r for r in parse(path) if isinstance(r, PrintedBacktrace)]
    assert [f.index for f in bt.frames] == [0, 1, 2, 3, 4, 5, 6] and bt.truncated  # "#7" and nothing more
    f3 = bt.frames[3]
    assert f3.function == "smp_bt_chr_write" and f3.address is None and f3.inlined_caller
    assert f3.file_line == 58 and "flags=2 '\\002'" in f3.args and f3.location.line == 6
    assert bt.frames[1].address == 0x57B8E and bt.frames[1].file_line == 820


def test_gdb_backtrace_flattened_by_the_forum() -> None:
    [bt] = [r for r in parse(DATA / "gdb_bt_flattened_sdk152.txt") if isinstance(r, PrintedBacktrace)]
    assert [f.kind for f in bt.frames] == ["call", "signal", "call"]
    assert bt.frames[0].function == "HardFault_c_handler" and bt.frames[2].address == 0
    assert bt.frames[2].function is None and bt.stopped.startswith("previous frame identical")
    # and the corpus's uart bt ending in "(gdb)"
    path = CORPUS / "dz-sdk14-serial-uart-error-4-during-data-write" / "input2.log"
    [bt2] = [r for r in parse(path) if isinstance(r, PrintedBacktrace)]
    assert bt2.interrupted is not None and bt2.interrupted.address == 0x13D6E


def test_dart_stack_trace_is_not_a_gdb_backtrace(tmp_path: Path) -> None:
    p = tmp_path / "dart.txt"
    p.write_text("#0      StandardMethodCodec.decodeEnvelope (package:flutter/src/services/message_codecs.dart:653)\n"
                 "#1      MethodChannel._invokeMethod (package:flutter/src/services/platform_channel.dart:296)\n")
    assert PARSER.sniff(expand([str(p)])[0]) == 0.0


# --- hand-written handlers and printed registers ---------------------------------------------------------

def test_handler_head_line_and_register_rows() -> None:
    [f] = faults(parse(DATA / "handler_print_hard_fault_words.txt"))
    assert (f.fields["origin"], f.fields["exception"]) == ("handler", "HardFault")
    assert (f.fields["pc"], f.fields["lr"], f.fields["registers"]["sp"]) == (0x200000, 0x32581, 0x200003C8)


def test_printed_frame_without_a_head_is_a_stacked_snapshot() -> None:
    recs = parse(DATA / "printed_frame_busfault_nrf52832.txt")
    snaps = [r for r in recs if isinstance(r, RegisterSnapshot)]
    assert snaps[0].stacked and snaps[0].registers["r3"] == 0x5B2B02D7 and snaps[0].registers["lr"] == 0x11677
    assert InputKind("registers") in recs


def test_scb_values_as_a_handler_read_them(tmp_path: Path) -> None:
    recs = parse(DATA / "scb_registers_stm32f407.txt")
    [snap] = [r for r in recs if isinstance(r, RegisterSnapshot)]
    assert (snap.registers["hfsr"], snap.registers["cfsr"], snap.registers["bfar"]) == (0x40000000, 0x8200,
                                                                                        0x20020000)
    # and with the SCB-> spelling inside a handler's block
    [f] = faults(parse_text(tmp_path, "HardFault_Handler\nSCB->CFSR = 0x00000400\nSCB->HFSR = 0x40000000\n"))
    assert f.fields["cfsr_bits"] == ["CFSR.IMPRECISERR", "HFSR.FORCED"]


# --- Particle --------------------------------------------------------------------------------------------

def test_particle_panic_codes(tmp_path: Path) -> None:
    # system_cloud_internal.cpp: last_reset data "panic, " + panicCodeString(); the console list shape of
    # tests/corpus/particle-argon-xenon-rc26-ota-update-timeout (event, data, device, date)
    [f] = faults(parse_text(tmp_path, "spark/device/last_reset panic, hard_fault xenon-1 9/17/19 at 10:03:00 pm\n"))
    assert (f.fields["origin"], f.fields["panic"], f.fields["fault_type"]) == ("particle", "HardFault", "hardfault")
    # services/inc/debug.h PANIC(code, msg) at PANIC level in the Device OS log format
    [g] = faults(parse_text(tmp_path, "0000012345 [hal] PANIC: OutOfHeap\n", "g.txt"))
    assert (g.fields["panic"], g.fields["fault_type"]) == ("OutOfHeap", "app_error")


# --- sniffing ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["zephyr114_nrf9160_escalated_busfault.log", "tfm_securefault_ns_thread.log",
                                  "iar_cspy_debuglog_busfault_stm32h753.log", "gdb_bt_flattened_sdk152.txt",
                                  "ozone_hardfault_undefinstr_k60.txt", "scb_registers_stm32f407.txt",
                                  "handler_print_hard_fault_words.txt"])
def test_mostly_fault_text_is_claimed(name: str) -> None:
    src = expand([str(DATA / name)])[0]
    assert PARSER.sniff(src) == 0.9
    assert detect(src) is not None and detect(src).kind == "fault-text"


def test_fault_line_family_for_lines_met_inside_logs() -> None:
    assert fault_line_family("[00:00:25.554,656] <err> os: ***** *BUS FAULT* *****") == "zephyr"
    assert fault_line_family("<error> hardfault: Cause: Instruction bus error.") == "nrf"
    assert fault_line_family("uart:~$ FATAL ERROR: SecureFault") == "tfm"
    assert fault_line_family("I: Starting swap using scratch algorithm.") == ""
    assert fault_line_family("...") == ""


def test_a_log_with_a_fault_print_inside_stays_weak() -> None:
    for path in (DATA / "zephyr112_mpu_iaccviol_nrf52840.log", DATA / "tfm_spu_fault_nrf9160_mcuboot.log"):
        assert PARSER.sniff(expand([str(path)])[0]) == 0.32, path.name


def test_shared_samples_and_cases_are_never_claimed_strongly(shared: Path) -> None:
    for root in (shared / "samples", shared / "cases"):
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            for src in expand([str(path)]):
                with opened(src) as (view, _parser):
                    assert PARSER.sniff(view) <= 0.32, src.display


def test_nrfjprog_memory_reads_are_memory(tmp_path) -> None:
    """``nrfjprog --memrd``: one word a line as people paste it, or four with the bytes as text."""
    from dfuforensics.case import Case, read_source
    from dfuforensics.model import MemorySegment
    from dfuforensics.sources import expand

    path = tmp_path / "memrd.txt"
    path.write_text("0x00065FE8: FFFFFF01\n0x00065FF0: F395C277\n"
                    "0x00000000: 20000400 000001D9 000001DB 000001DD   |................|\n", encoding="utf-8")
    case = Case()
    rec = read_source(case, expand([str(path)])[0])
    segs = {s.address: s.data for s in case.of_type(MemorySegment)}
    assert rec.kind == "registers"
    assert segs[0x65FE8] == bytes.fromhex("01ffffff") and segs[0x65FF0] == bytes.fromhex("77c295f3")
    assert segs[0] == bytes.fromhex("00040020" "d9010000" "db010000" "dd010000")


def _printed_crash(path):
    from dfuforensics.pipeline import analyze_paths

    report = analyze_paths([str(path)])
    return report.crash, report


def test_a_printed_backtrace_alone_is_a_crash_section() -> None:
    """gdb's `bt` pasted on its own (here flattened by a forum): the handler frame 0 names the fault, the
    frame after <signal handler called> is the interrupted code -- here a call through a null pointer."""
    crash, report = _printed_crash(DATA / "gdb_bt_flattened_sdk152.txt")
    assert crash["fault"] == {"type": "hardfault", "cfsr_bits": [], "source": "printed-backtrace"}
    assert crash["pc"]["address"] == 0 and crash["backtrace_method"] == "printed"
    assert crash["backtrace"][0]["function"] == "HardFault_c_handler"
    assert any("fault status" in n for n in crash["not_established"])
    assert [f.rule_id for f in report.findings] == ["CRASH-HARDWARE-FAULT-UNPLACED"]


def test_a_software_error_in_a_printed_backtrace_is_placed_at_its_caller() -> None:
    """app_error_handler_bare called from a UART event handler inside an IRQ: the error is the caller's
    (the signal frame marks the UART interrupt, not a fault), and the bootloader's sources raised it."""
    corpus = Path(__file__).resolve().parents[1] / "corpus" / "dz-sdk14-serial-uart-error-4-during-data-write"
    crash, report = _printed_crash(corpus / "input2.log")
    assert crash["fault"]["type"] == "sdk_error"
    assert crash["pc"]["function"] == "uart_event_handler" and crash["pc"]["address"] == 0x775A0
    assert report.findings[0].rule_id == "CRASH-IN-BOOTLOADER"
