"""Fault prints, crash dumps and debugger output as standalone text inputs (kind ``fault-text`` / ``registers``).

What a user pastes after a crash, in every era of the firmware that printed it:

* nRF5 SDK 11-17: the hardfault library block (``HARD FAULT at 0x…`` / SDK 12 ``Hardfault PC:…``, its
  ``R0:`` rows, ``Cause:`` lines, fault addresses, the stack-violation line), ``app_error`` output
  (``Fatal``/``Fatal error``, ``ERROR 3735928559 [Unknown error code] at f.c:12`` + ``PC at:``,
  ``ASSERTION FAILED at``, ``SOFTDEVICE: ASSERTION FAILED``), the bootloader's "Received a fault!";
* Zephyr / nRF Connect SDK from 1.x to today: ``***** BUS FAULT *****`` heads (also as a forum's
  Markdown left them: ``***** *BUS FAULT* *****``), the cause lines, ``BFAR Address:`` (1.x: ``Address:``),
  the ``r0/a1:`` rows, ``Faulting instruction address``, the 1.x thread lines and ``Fatal fault in thread …!
  Aborting.``, the short form (``Fault! EXC #3`` / ``MMFSR: …, BFSR: …, UFSR: …``), ``>>> ZEPHYR FATAL
  ERROR n: …``, ``Current thread:``, ``ASSERTION FAIL [...] @ f:l``, ``MPSL ASSERT:``, ``ARCH_EXCEPT with
  reason``, the closing ``Halting system``/``Resetting system`` of ``k_sys_fatal_error_handler``;
* TF-M on nRF5340/nRF91 (NCS 2.x): ``FATAL ERROR: SecureFault`` and its context dump, the nRF platform's
  ``Platform Exception: SPU Fault``;
* debuggers and IDEs: gdb ``info registers``, ``x/Nwx`` and ``bt`` (also flattened onto one line by a
  forum), J-Link Commander ``regs``/``mem``, IAR C-SPY's fault messages (``HardFault exception.`` …
  ``(CFSR.PRECISERR, BFAR) at data address 0x…`` … ``Exception occurred at PC = …``), Ozone's exception
  dialog (``The target stopped in HardFault exception state.`` / ``Reason: …``);
* CmBacktrace, a hand-written handler's ``Hard Fault`` line with ``R0 = 0x…``/``CFSR: 0x…`` rows, and
  Particle Device OS panics (``panic, hard_fault`` as the last-reset event reports them, or a ``PANIC``
  log line); the exception frame alone as hex words.

Fault prints become ``fault`` events (one per report: registers, causes, addresses gathered from its
lines; status registers printed as values also become a live ``RegisterSnapshot`` so the analysis reads a
real CFSR); register dumps become ``RegisterSnapshot`` records; memory words read by a debugger become
``MemorySegment`` records (the SCB fault registers and RAM reach the crash analysis like any dump); a gdb
backtrace becomes a ``PrintedBacktrace``.

Every form is recognised by the firmware's or tool's own format strings, matched on their fixed words,
so a line keeps its meaning whatever prefix a logger, terminal or forum put before it.

The same fault lines inside a whole RTT/UART log belong to the log parsers; this parser claims inputs
that are mostly fault text (0.9) and weakly (0.32) anything with a fault print nobody else claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..crash import cortexm as cm
from ..crash.records import BacktraceFrame, PrintedBacktrace, RegisterSnapshot
from ..model import Event, InputKind, Location, MemorySegment, ParseWarning
from ..sources import Source
from .textutil import clean_line

#: Unrecognised lines reported one by one up to this count, then summarised.
MAX_LINE_WARNINGS = 20

# Prefixes loggers, debuggers and shells put before the message: nrf_log "<error> module: ", SDK 12
# "MODULE:ERROR:", Zephyr "[00:00:01.234,567] <err> os: ", minimal Zephyr "E: ", uptime stamps, IAR's
# debug log "Sun Jan 16, 2022 19:20:21: ", an nrf_log backend's "file.c, 108, ", a Zephyr shell prompt.
_PREFIXES = (
    re.compile(r"^\s*\d{1,2}> ?"),
    re.compile(r"^\[\d{2}:\d{2}:\d{2}\.\d{3},\d{3}\]\s*"),
    re.compile(r"^\[?\d+(?:\.\d+)?\]?\s+(?=<)"),
    re.compile(r"^<(?:error|warning|info|debug|err|wrn|inf|dbg)>\s+[\w.]+:\s?"),
    re.compile(r"^[A-Z_]*:(?:ERROR|WARNING|INFO|DEBUG):"),
    re.compile(r"^[EWID]: "),
    re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} +\d{1,2}, \d{4} \d{2}:\d{2}:\d{2}:(?: |$)"),
    re.compile(r"^[\w./\\-]+\.(?:c|cc|cpp|h|hpp), \d+, "),
    re.compile(r"^[\w-]*:~\$ "),
)
#: A module name alone before the message ("app: ERROR …", "hardfault: HARD FAULT at …"): stripped only
#: when what follows is a fault line and the line itself is not ("xpsr:  0x…" keeps its name).
_MODULE = re.compile(r"^[a-z_][\w.]*: (?=\S)")
#: Control characters a terminal program spelt out when it saved the capture ("<ESC><err> os: …<CR><LF>").
_SPELT_CONTROLS = re.compile(r"<(?:ESC|CR|LF|NUL|BEL|TAB)>")
#: A paste's elision or separator, or a log prefix cut off by the paste ("[0"): says nothing, counted neither
#: for nor against a fault print.
_NEUTRAL = re.compile(r"^(?:\.{2,}|…+|\[(?:\.\.\.|…|snip)\]|-{2,}|\*{2,}|~{2,}|\[[\d:.,]{0,16})$")

_HEX = r"(?:0[xX])?([0-9A-Fa-f]{1,8})"
_H = r"0[xX]([0-9A-Fa-f]{1,8})"

# --- nRF5 SDK hardfault library and app_error (reference nrf5-sdk.md §7.1, §7.2) --------------------
_HF_AT = re.compile(r"^HARD FAULT at " + _H + r"\s*$")
_HF_12 = re.compile(r"^Hardfault PC:\s*" + _HEX + r"\s*$")
_HF_CAUSE = re.compile(r"^Cause: (.*?)\.?\s*$")
_HF_MMFAR = re.compile(r"^MemManage Fault Address: " + _H)
_HF_BFAR = re.compile(r"^Bus Fault Address: " + _H)
_HF_STACK = re.compile(r"^Stack violation: stack pointer outside stack area")
_HF_ROW = re.compile(r"\b(R\d{1,2}|LR|PSR)\s*:\s+" + _H)
_AE_ERROR = re.compile(r"^ERROR (\d+) \[([^\]]*)\] at (.+):(\d+)\s*$")
_AE_PC = re.compile(r"^PC at: " + _H)
_AE_END = re.compile(r"^End of error report")
_AE_ASSERT = re.compile(r"^ASSERTION FAILED at (.+):(\d+)\s*$")
_AE_SD_ASSERT = re.compile(r"^SOFTDEVICE: ASSERTION FAILED")
_AE_SD_MEMACC = re.compile(r"^SOFTDEVICE: INVALID MEMORY ACCESS")
_AE_UNKNOWN = re.compile(r"^UNKNOWN FAULT at " + _H)
_AE_FATAL = re.compile(r"^Fatal(?: error)?\s*$")
_AE_RESET = re.compile(r"^System reset\s*$")  # app_error_fault_handler's last word before NVIC_SystemReset
_BL_FAULT = re.compile(r"[Rr]eceived a fault! id: " + _H + r", pc: (?:" + _H + r"|0x&08x)(?:, info: " + _H + ")?")
_BL_ERROR = re.compile(r"[Rr]eceived an error: " + _H + "!")
_OPEN_BL = re.compile(r"^app_error_handler err_code:(\d+) (.+):(\d+)\s*$")

# --- Zephyr / NCS (arch/arm/core/{,cortex_m/}fault.c, fatal.c, kernel/fatal.c, lib/os/assert.c) --------
#: Fault-class heads of fault.c and the reason heads of 1.x fatal.c, with 3-5 stars (a forum's Markdown
#: turns "***** BUS FAULT *****" into "***** *BUS FAULT* *****" by eating a pair of stars).
_Z_HEAD = re.compile(
    r"^\*{3,}\s*\*?\s*(MPU FAULT|BUS FAULT|USAGE FAULT|HARD FAULT|SECURE FAULT|Debug monitor exception"
    r"(?: \(not implemented\))?|Reserved Exception \(\s*-?\d+\)|Spurious interrupt \(IRQ\s*-?\d+\)"
    r"|Hardware exception|Kernel OOPS!|Kernel Panic!|Stack Check Fail!|Kernel Allocation Failure!"
    r"|Invalid Exit Software Error!|Unknown Fatal Error -?\d+!|Unhandled exception/interrupt occurred!"
    r"|Reserved IRQ!?)\s*\*?\s*\*{3,}\s*$")
_Z_CLASS_HEADS = {"MPU FAULT": "mpu", "BUS FAULT": "bus", "USAGE FAULT": "usage", "HARD FAULT": "hard",
                  "SECURE FAULT": "secure"}
_Z_FATAL = re.compile(r">>> ZEPHYR FATAL ERROR (\d+): (.*?)(?: on CPU (\d+))?\s*$")
_Z_THREAD = re.compile(r"^Current thread: (0x[0-9A-Fa-f]+|\(nil\))(?: \((.*)\))?")
_Z_PC = re.compile(r"^Faulting instruction address(?: \(r15/pc\))?\s*[:=]\s*" + _H)
_Z_OLD_THREAD = re.compile(r"^(?:Executing thread ID \(thread\):?|Current (?:thread|context) ID =)\s*(0x[0-9A-Fa-f]+|\(nil\))")
_Z_END = re.compile(r"^(?:Fatal fault in (?:thread (0x[0-9A-Fa-f]+)|ISR|essential (?:task|thread))\s*!\s*"
                    r"(?:Aborting|Spinning)|Fatal (?:task|fiber) error! Aborting|Caught system error -- reason (\d+))")
_Z_MMFAR = re.compile(r"^\s*MMFAR Address: " + _H)
_Z_BFAR = re.compile(r"^\s*BFAR Address: " + _H)
_Z_ADDR = re.compile(r"^\s*Address: " + _H)  # 1.x BusFault/MemManage and SecureFault's SFAR
_Z_REG = re.compile(r"\b(r\d{1,2})/(?:a\d|v\d|ip|lr|sp|pc|fp)\s*:\s+" + _H + r"|\b(xpsr|fpscr|psp)\s*:\s+" + _H)
_Z_SHORT = re.compile(r"^Fault! EXC #(\d+)(?:, Thread: (0x[0-9A-Fa-f]+|\(nil\)), instr @ " + _H + ")?")
_Z_SHORT_HARD = re.compile(r"^HARD FAULT: (Escalation \(see below\)!?|Bus fault on vector table read)")
_Z_EXC_RETURN = re.compile(r"^EXC_RETURN: " + _H)
_Z_ARCH_EXCEPT = re.compile(r"^(?:Z_)?ARCH_EXCEPT with reason (?:0x)?([0-9A-Fa-f]+)")
_Z_ASSERT = re.compile(r"^ASSERTION FAIL \[(.*)\] @ (?:WEST_TOPDIR/|ZEPHYR_BASE/)?(.+?):(\d+)\s*$")
_Z_MPSL = re.compile(r"^MPSL ASSERT: (.+?), (\d+)\s*$")
_Z_IN_ISR = re.compile(r"^Fault during interrupt handling")
_Z_SECURE_STATE = re.compile(r"^Exception occurred in Secure State")
_Z_S_INSTR = re.compile(r"^S instruction address:\s*" + _H)
#: Zephyr's cause lines, exactly (for sniffing: a line that is one of them is fault text by itself).
_Z_CAUSE_LINE = re.compile(
    r"^(?:Stacking error(?: \(context area might be not valid\))?|Unstacking error|Data Access Violation"
    r"|Instruction Access Violation|Floating-point lazy state preservation error|Precise data bus error"
    r"|Imprecise data bus error|Instruction bus error|Division by zero|Unaligned memory access"
    r"|Stack overflow \(context area not valid\)|No coprocessor instructions|Illegal load of EXC_RETURN into PC"
    r"|Illegal use of the EPSR|Attempt to execute undefined instruction|Fault escalation \(see below\)"
    r"|Bus fault on vector table read|Invalid entry point|Invalid integrity signature"
    r"|Invalid exception return|Attribution unit violation|Invalid transition|Lazy state preservation"
    r"|Lazy state error|NXP MPU error, port \d+)\s*$")
_Z_SECURE_CAUSES = (("Invalid entry point", "SFSR.INVEP"), ("Invalid integrity signature", "SFSR.INVIS"),
                    ("Invalid exception return", "SFSR.INVER"), ("Attribution unit violation", "SFSR.AUVIOL"),
                    ("Invalid transition", "SFSR.INVTRAN"), ("Lazy state preservation", "SFSR.LSPERR"),
                    ("Lazy state error", "SFSR.LSERR"))

# --- TF-M (platform/ext/common/exception_info.c; nordic_nrf faults.c) ----------------------------------
_TFM_HEAD = re.compile(r"^FATAL ERROR: (HardFault|MemManage fault|BusFault|UsageFault|SecureFault"
                       r"|Reserved Exception (?:0x)?[0-9A-Fa-f]+|Platform external interrupt \(IRQn\): (?:0x)?[0-9A-Fa-f]+"
                       r"|Platform Exception)")
_TFM_CONTEXT = re.compile(r"^Here is some context for the (?:exception|error):")
_TFM_EXC_RETURN = re.compile(r"^EXC_RETURN \(LR\):\s*" + _H)
_TFM_FROM = re.compile(r"^Exception came from\s*(.*?)\.?\s*$")
_TFM_FRAME_AT = re.compile(r"^Exception frame at:\s*" + _H)
_TFM_CORRUPT = re.compile(r"^\(Note that the exception frame may be corrupted")
_TFM_CALLEE = re.compile(r"^Callee saved register state:")
_TFM_PLATFORM = re.compile(r"^Platform Exception: (.*?)\s*$")
_TFM_SPU_EVENT = re.compile(r"^(RAMACCERR|PERIPHACCERR|FLASHACCERR)\s*$")

# --- IAR C-SPY and SEGGER Ozone fault reports ---------------------------------------------------------
_IAR_HEAD = re.compile(r"^(HardFault|MemManage|BusFault|UsageFault|SecureFault|NMI|DebugMonitor) exception\.?\s*$")
_IAR_CATCH = re.compile(r"^Stopped by a vector catch")
_IAR_ESCALATED = re.compile(r"^(\w+?)(?: fault)? escalated into HardFault")
_IAR_DISABLED = re.compile(r"^The (\w+) handler is disabled")
_IAR_AT = re.compile(r"^Exception occur+ed at(?::| PC =)\s*" + _H + r"(?:,\s*LR\s*=\s*" + _H + ")?")
_IAR_SEE = re.compile(r"^See the call stack for more information")
#: C-SPY's sentences about the fault ("The processor has escalated …", "A precise data access error has
#: occurred …", "An instruction executed with an invalid EPSR.T …"); bounded so a long line costs little.
_IAR_PROCESSOR = re.compile(r"^(?:The processor has|An? [\w .,-]{1,120}?(?:has occurred|(?:was )?executed|was made))")
_DEBUGGER_NOTE = re.compile(r"^(?:WARNING: )?T-bit of XPSR is 0 but should be 1|^There w(?:as|ere) \d+ warnings? "
                            r"during the initialization of the debugging session|^Blocked (?:misaligned )?"
                            r"\d+-byte SFR (?:write|read) access")
_OZONE_HEAD = re.compile(r"^The target stopped in (\w+) exception state")
_OZONE_REASON = re.compile(r"^Reason: (.*?)\s*$")
_OZONE_ESCALATED = re.compile(r"^The initial (\w+) exception was escalated to HardFault")
_BIT_NAMES = re.compile(r"\b(CFSR|HFSR|DFSR|SFSR)\.([A-Z]+)\b")
_AT_DATA_ADDRESS = re.compile(r"\bat (?:data )?address " + _H)

# --- A hand-written handler's head line, Particle Device OS panics ------------------------------------
_HANDLER_HEAD = re.compile(r"^[\W_]*(?:in\s+(?:the\s+)?)?(hard|bus|usage|mem(?:ory)?\s*manage(?:ment)?|secure|nmi)"
                           r"[\s_]*fault(?:[\s_]*handler)?(?:\s+(?:exception|occurred|occured|detected|handler)"
                           r")?[\W_]*$", re.I)
_PARTICLE_RESET = re.compile(r"(?:^|\|\s*|spark/device/last_reset\W+)panic, (hard_fault|memory_fault|bus_fault"
                             r"|usage_fault|out_of_heap|assert_failed|stack_overflow)\b")
_PARTICLE_PANIC_LINE = re.compile(r"^\d{10} \[[\w.]+\] PANIC: (.*?)\s*$")
#: panicCodeString() of Device OS system_cloud_internal.cpp and the ePanicCode names.
_PARTICLE_PANICS = {"hard_fault": "HardFault", "memory_fault": "MemManage", "bus_fault": "BusFault",
                    "usage_fault": "UsageFault", "out_of_heap": "OutOfHeap", "assert_failed": "AssertionFailure",
                    "stack_overflow": "StackOverflow"}
_PARTICLE_HW = {"HardFault", "NMIFault", "MemManage", "BusFault", "UsageFault", "SecureFault"}
_PARTICLE_CODES = {"HardFault", "NMIFault", "MemManage", "BusFault", "UsageFault", "InvalidLenth", "Exit",
                   "OutOfHeap", "SPIOverRun", "AssertionFailure", "InvalidCase", "PureVirtualCall",
                   "StackOverflow", "HeapError", "SecureFault"}

# --- CmBacktrace ------------------------------------------------------------------------------------
_CMB_HEAD = re.compile(r"^Fault on (thread .*|interrupt or bare metal\(no OS\) environment)")
_CMB_REGS = re.compile(r"\b(R\d{1,2}|LR|PC|PSR)\s*:\s*([0-9A-Fa-f]{8})\b")
_CMB_CAUSE = re.compile(r"^(Usage|Bus|Memory management|Hard|Debug) fault is caused by (.*?)\s*$")
_CMB_ADDR = re.compile(r"^The (bus|memory management) fault occurred address is ([0-9A-Fa-f]{8})")
_CMB_BT = re.compile(r"addr2line -e \S+ (?:-\w+\s+)+((?:[0-9A-Fa-f]{8}\s*)+)")
_CMB_STACK = re.compile(r"^addr:\s*([0-9A-Fa-f]{8})\s+data:\s*([0-9A-Fa-f]{8})\s*$")
_BANNER_RULE = re.compile(r"^=+[\w\s]*=+$")
_BOOT = re.compile(r"^\*{3,5} (?:Booting|BOOTING) (Zephy\w+ OS.*?|ZEPHYR OS.*?|nRF Connect SDK.*?)\s*\*{3,5}")
_CLOSING = re.compile(r"^(?:Resetting|Halting) system")
_LOG_PREFIX = re.compile(r"^(?:\s*\d{1,2}> ?)?(?:\[[\d:.,]+\]\s*)?(?:<(?:error|warning|info|debug|err|wrn|inf|dbg)>"
                         r"\s+[\w.]+:|[EWID]: |[A-Z_]*:(?:ERROR|WARNING|INFO|DEBUG):|\d{10} \[[\w.]+\] [A-Z]+:"
                         r"|\[\w+\] \[(?:ERR|WRN|INF|DBG)\] )")
_CMB_FW = re.compile(r"^Firmware name: (.*?), hardware version: (.*?), software version: (.*?)\s*$")

# --- gdb backtrace ---------------------------------------------------------------------------------
_BT_FRAME = re.compile(r"^#(\d+)(?:\s+(.*))?$")
#: A gdb frame's start: "#1  0x… in f (", "#1  <signal handler called>", "#0  f (args) at" -- not a Dart or
#: JavaScript stack line ("#0      Codec.decode (package:flutter/…dart:653)").
_BT_START = re.compile(r"^#\d+\s+(?:0x[0-9a-fA-F]+ in |<signal handler called>|[A-Za-z_?~][\w:~<>.,*&\[\] ]*?\s\("
                       r"(?!package:|dart:|file:|https?:|webpack:|native\b|<anonymous>))")
_BT_GLUED = re.compile(r"\s(?=#\d+\s+(?:0x[0-9a-fA-F]+ in |<signal handler called>|[A-Za-z_?~][\w:~<>]*\s*\()"
                       r"|Backtrace stopped:)")
_BT_STOPPED = re.compile(r"^Backtrace stopped: (.*?)\s*$")
_BT_TAIL = re.compile(r"\s+(?:at\s+(\S.*?)(?::(\d+))?|from\s+(\S+))\s*$")
_GDB_STOP = re.compile(r"^(?:Program|Thread \d+ \"[^\"]*\") received signal (\w+)|^Program received signal|"
                       r"^(?:Breakpoint \d+, )?0x[0-9a-fA-F]+ in [\w:~?]+ \(")
_FLAT_PREFIX = re.compile(r"\s(?=[\w./\\-]+\.(?:c|cc|cpp|h|hpp), \d+, )")

# --- Register dumps ---------------------------------------------------------------------------------
_GDB_REG = re.compile(r"^(r\d{1,2}|sp|lr|pc|xpsr|xPSR|cpsr|msp|psp|primask|basepri|faultmask|control|fpscr"
                      r"|msp_ns|psp_ns|msp_s|psp_s)\s+0x([0-9a-fA-F]+)\s+\S")
_GDB_MEM = re.compile(r"^0x([0-9a-fA-F]{1,8})(?: <[^>]*>)?:\s+((?:0x[0-9a-fA-F]{1,8}(?:\s+|$))+)$")
_JL_REG = re.compile(r"\b(PC|R\d{1,2}|SP\(R13\)|MSP|PSP|R14\(LR\)|XPSR|CFBP|CONTROL|FAULTMASK|BASEPRI|PRIMASK"
                     r"|CycleCnt)\s*=\s*([0-9A-Fa-f]{2,8})\b")
_JL_MEM = re.compile(r"^([0-9A-Fa-f]{8}) = ((?:[0-9A-Fa-f]{8}(?:\s+|$))+)$")
_JL_MEM8 = re.compile(r"^([0-9A-Fa-f]{8}) = ((?:[0-9A-Fa-f]{2}(?: |$))+)\s*$")
#: ``nrfjprog --memrd``: ``0x00065FE8: FFFFFF01 F395C277  |....w...|`` (words, then the bytes as text)
_NRFJPROG_MEM = re.compile(r"^0x([0-9A-Fa-f]{8}):\s+((?:[0-9A-Fa-f]{8}(?:\s+|$))+)(?:\|.{1,16}\|)?\s*$")
_PROMPT = re.compile(r"^(?:\(gdb\)|J-Link>)\s*")
_WORDS = re.compile(r"^(?:(?:0[xX])?[0-9A-Fa-f]{8}[\s,]*)+$")

#: Registers a handler or a person prints as "NAME: value" / "NAME = value" (SCB->CFSR, R13(SP), …).
_CORE_NAMES = ("R1[0-5]|R[0-9]|SP|LR|PC|xPSR|PSR|EPSR|IPSR|APSR|MSP_NS|PSP_NS|MSP|PSP|CONTROL|PRIMASK|BASEPRI"
               "|FAULTMASK|EXC_RETURN")
_SCB_NAMES = "CFSR|HFSR|DFSR|MMFAR|BFAR|AFSR|SHCSR|ICSR|MMFSR|BFSR|UFSR|SFSR|SFAR"
_REG_TOKEN = re.compile(r"(?<![\w/>.\-\[])(?:SCB\s*->\s*|SAU\s*->\s*)?(" + _CORE_NAMES + "|" + _SCB_NAMES + r")"
                        r"(?:\s*\((?:R1[345]|SP|LR|PC)\))?\s*[:=]\s*(?:0[xX]([0-9A-Fa-f]{4}[ _][0-9A-Fa-f]{4}(?![\w])"
                        r"|[0-9A-Fa-f]{1,8})|([0-9A-Fa-f]{1,8})|(Not Valid))(?![\w.])", re.I)
_REG_ALIASES = {"r13": "sp", "r14": "lr", "r15": "pc", "psr": "xpsr", "epsr": "xpsr", "apsr": "xpsr",
                "ipsr": "xpsr"}
_STATUS = frozenset({"cfsr", "hfsr", "dfsr", "mmfar", "bfar", "afsr", "shcsr", "icsr", "mmfsr", "bfsr", "ufsr",
                     "sfsr", "sfar"})
_LIVE = frozenset({"msp", "psp", "msp_ns", "psp_ns", "control", "primask", "basepri", "faultmask", "exc_return"})

# Cause texts -> CFSR/HFSR bits.  nRF5 SDK hardfault library (cfsr_msgs, §7.1), Zephyr fault.c, IAR C-SPY,
# Ozone and CmBacktrace cause lines; matched on key phrases, so wording changes between versions still match.
_CAUSE_BITS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), b) for p, b in (
    (r"undefined instruction", "CFSR.UNDEFINSTR"),
    (r"load or store at a location that does not permit|data access violation", "CFSR.DACCVIOL"),
    (r"instruction access violation|execute an instruction from a memory region marked as non-executable",
     "CFSR.IACCVIOL"),
    (r"unstack.*access violation|^unstacking error$(?#mpu)", "CFSR.MUNSTKERR"),
    (r"stacking for an exception entry has caused one or more access violations", "CFSR.MSTKERR"),
    (r"memmanage fault occurred during floating-point lazy", "CFSR.MLSPERR"),
    (r"^instruction bus error|bus fault occurred on an instruction prefetch", "CFSR.IBUSERR"),
    (r"imprecise data (?:bus|access) error|return address in the stack frame is not related", "CFSR.IMPRECISERR"),
    (r"(?<!im)precise data (?:bus|access) error|data bus error \(pc value stacked", "CFSR.PRECISERR"),
    (r"unstack for an exception return has caused one or more busfaults", "CFSR.UNSTKERR"),
    (r"stacking for an exception entry has caused one or more busfaults", "CFSR.STKERR"),
    (r"bus fault occurred during floating-point lazy", "CFSR.LSPERR"),
    (r"illegal use of the epsr|invalid state|invalid epsr", "CFSR.INVSTATE"),
    (r"illegal load of exc_return|invalid pc|illegal exc_return", "CFSR.INVPC"),
    (r"coprocessor", "CFSR.NOCP"),
    (r"unaligned", "CFSR.UNALIGNED"),
    (r"divi(?:de|sion) by zero|divisor of 0", "CFSR.DIVBYZERO"),
    (r"vector table", "HFSR.VECTTBL"),
    (r"fault escalation|forced|escalated (?:a configurable-priority exception )?(?:in)?to hardfault",
     "HFSR.FORCED"),
    (r"debug event", "HFSR.DEBUGEVT"),
))
# Zephyr's "Stacking error"/"Unstacking error" lines are MemManage or BusFault depending on the header.
_Z_STACKING = re.compile(r"^\s*(Stacking|Unstacking) error", re.I)
_Z_LAZY = re.compile(r"^\s*Floating-point lazy state preservation error", re.I)


def cause_bits(text: str, group: str = "") -> list[str]:
    """Fault status bits a printed cause names (``group``: ``mpu``/``bus``/``usage``/``secure`` for the
    lines whose meaning depends on the fault class printed above them)."""
    m = _Z_STACKING.match(text)
    if m:
        unstack = m.group(1).lower() == "unstacking"
        if group == "bus":
            return ["CFSR.UNSTKERR" if unstack else "CFSR.STKERR"]
        if group == "mpu":
            return ["CFSR.MUNSTKERR" if unstack else "CFSR.MSTKERR"]
    if _Z_LAZY.match(text) and group in ("bus", "mpu"):
        return ["CFSR.LSPERR" if group == "bus" else "CFSR.MLSPERR"]
    if group == "secure":
        for phrase, name in _Z_SECURE_CAUSES:
            if text.strip().lower().startswith(phrase.lower()):
                return [name]
    if re.search(r"stack overflow", text, re.I):
        return ["CFSR.STKOF"] if group == "usage" else []
    out: list[str] = []
    for pattern, name in _CAUSE_BITS:
        if pattern.search(text.strip()) and name not in out:
            out.append(name)
            break
    return out


def named_bits(text: str) -> list[str]:
    """Bits a debugger names outright ("(CFSR.PRECISERR, BFAR)", "(CFSR.INVSTATE)"); the address register
    named beside them says its VALID bit was set."""
    out = [f"{r}.{n}" for r, n in _BIT_NAMES.findall(text) if cm.is_bit_name(f"{r}.{n}")]
    if out:
        inner = " ".join(re.findall(r"\(([^)]*)\)", text))
        if re.search(r"\bBFAR\b", inner) and "CFSR.BFARVALID" not in out:
            out.append("CFSR.BFARVALID")
        if re.search(r"\bMMFAR\b", inner) and "CFSR.MMARVALID" not in out:
            out.append("CFSR.MMARVALID")
    return out


def register_tokens(text: str) -> list[tuple[str, int | None]]:
    """``NAME: value`` / ``NAME = value`` register assignments in a line, names normalised (``r13`` ->
    ``sp``, ``PSR`` -> ``xpsr``, ``SCB->CFSR`` -> ``cfsr``); ``None`` for a register printed "Not Valid"."""
    out: list[tuple[str, int | None]] = []
    for m in _REG_TOKEN.finditer(text):
        name = m.group(1).lower()
        name = _REG_ALIASES.get(name, name)
        raw = m.group(2) or m.group(3)
        out.append((name, None if raw is None else int(raw.replace(" ", "").replace("_", ""), 16)))
    return out


def _is_register_row(s: str) -> bool:
    """A line that is register assignments and little else (a handler's or a person's dump row)."""
    if not _REG_TOKEN.search(s):
        return False
    rest = re.sub(r"[\s,;|:]+", "", _REG_TOKEN.sub("", s))
    return len(rest) <= max(8, len(s) // 4)


def _split_flat(text: str) -> list[str]:
    """A forum flattens a pasted block onto one line; split it back where a new record clearly starts:
    a gdb frame (``… #1 <signal handler called> #2 0x0 in ?? ()``) or an nrf_log ``file.c, 108, `` prefix."""
    s = text.strip()
    if s.startswith("#") and _BT_START.match(s) and _BT_GLUED.search(s):
        return [p for p in _BT_GLUED.split(s) if p.strip()]
    if _PREFIXES[7].match(s) and _FLAT_PREFIX.search(s):
        return [p for p in _FLAT_PREFIX.split(s) if p.strip()]
    return [text]


def _strip_prefixes(text: str) -> str:
    for _ in range(4):  # "00> [00:00:01.000,000] <err> os: " is three prefixes in a row
        for p in _PREFIXES:
            m = p.match(text)
            if m and m.end():
                text = text[m.end():]
                break
        else:
            return text
    return text


def _body(text: str) -> str:
    """The message of a line, without what loggers, terminals and pastes put around it."""
    text, _ = clean_line(text)
    if "<" in text:
        text = _SPELT_CONTROLS.sub("", text)
    text = _strip_prefixes(text.rstrip("\r\n"))
    # a quoted paste: the opening quote on the first line, the closing one on the last
    for q in ('"', "\u201c", "\u201d"):
        if text.count(q) % 2 == 1:
            if text.startswith(q):
                text = text[1:]
            elif text.rstrip().endswith(q):
                text = text.rstrip()[:-1]
    m = _MODULE.match(text)
    if m and not _family(text.strip()) and _family(text[m.end():].strip()):
        text = text[m.end():]
    return text


def _family(s: str) -> str:
    """Which family a line belongs to: '' if it is not fault evidence at all (cheap, for sniffing)."""
    if not s:
        return ""
    s = s[:2000]  # no fault print line is longer; a hostile one costs no more than this
    if _NEUTRAL.match(s):
        return "neutral"
    if (_HF_AT.match(s) or _HF_12.match(s) or _AE_ERROR.match(s) or _AE_ASSERT.match(s) or _BL_FAULT.search(s)
            or _AE_SD_ASSERT.match(s) or _AE_SD_MEMACC.match(s) or _AE_UNKNOWN.match(s) or _BL_ERROR.search(s)
            or _OPEN_BL.match(s) or _AE_FATAL.match(s)):
        return "nrf"
    if (_HF_CAUSE.match(s) or _HF_MMFAR.match(s) or _HF_BFAR.match(s) or _AE_PC.match(s)
            or _AE_END.match(s) or _HF_STACK.match(s)):
        return "nrf"
    if (_Z_HEAD.match(s) or _Z_FATAL.search(s) or _Z_PC.match(s) or _Z_REG.search(s) or _Z_THREAD.match(s)
            or _Z_OLD_THREAD.match(s) or _Z_END.match(s) or _Z_MMFAR.match(s) or _Z_BFAR.match(s)
            or _Z_CAUSE_LINE.match(s) or _Z_SHORT.match(s) or _Z_SHORT_HARD.match(s) or _Z_EXC_RETURN.match(s)
            or _Z_ARCH_EXCEPT.match(s) or _Z_ASSERT.match(s) or _Z_MPSL.match(s) or _Z_IN_ISR.match(s)
            or _Z_SECURE_STATE.match(s) or re.match(r"^s\[\s*\d+\]:", s)):
        return "zephyr"
    if (_TFM_HEAD.match(s) or _TFM_CONTEXT.match(s) or _TFM_EXC_RETURN.match(s) or _TFM_FROM.match(s)
            or _TFM_FRAME_AT.match(s) or _TFM_CORRUPT.match(s) or _TFM_CALLEE.match(s)
            or _TFM_PLATFORM.match(s)):
        return "tfm"
    if (_IAR_HEAD.match(s) or _IAR_CATCH.match(s) or _IAR_ESCALATED.match(s) or _IAR_DISABLED.match(s)
            or _IAR_AT.match(s) or _IAR_SEE.match(s) or _OZONE_HEAD.match(s) or _OZONE_ESCALATED.match(s)
            or _DEBUGGER_NOTE.match(s) or (_IAR_PROCESSOR.match(s) and (named_bits(s) or cause_bits(s)))
            or (_OZONE_REASON.match(s) and cause_bits(s))):
        return "ide"
    if _PARTICLE_RESET.search(s) or _PARTICLE_PANIC_LINE.match(s):
        return "particle"
    if _CMB_HEAD.match(s) or _CMB_CAUSE.match(s) or _CMB_BT.search(s) or _CMB_FW.match(s) or (
            len(_CMB_REGS.findall(s)) >= 2 and "0x" not in s):
        return "cmbacktrace"
    if _BT_START.match(s) or _BT_STOPPED.match(s) or _GDB_STOP.match(s):
        return "gdb"
    if _GDB_REG.match(s) or _GDB_MEM.match(s) or s.startswith("(gdb)"):
        return "gdb"
    if len(_JL_REG.findall(s)) >= 1 and "=" in s or _JL_MEM.match(s) or _JL_MEM8.match(s) or s.startswith("J-Link>"):
        return "jlink"
    if _NRFJPROG_MEM.match(s):
        return "nrfjprog"
    if _WORDS.match(s):
        return "words"
    if re.match(r"^=+\s*(?:Registers information|(?:Thread|Main) stack information)?\s*=*$", s) or _CMB_STACK.match(s):
        return "cmbacktrace"
    if _HANDLER_HEAD.match(s) or _is_register_row(s):
        return "regs"
    return ""


def _families(lines: list[str]) -> list[str]:
    """Each line's family, with the one bit of context a line-by-line look misses: the indented lines a
    gdb frame wraps its long argument list onto, and a truncated frame number, belong to the backtrace."""
    out: list[str] = []
    in_bt = False
    for ln in lines:
        s = _body(ln).strip()
        fam = _family(s)
        if in_bt and not fam and (ln[:1] in (" ", "\t") or _BT_FRAME.match(s)):
            fam = "gdb"
        elif fam:
            in_bt = fam == "gdb" and bool(_BT_FRAME.match(s)) or (in_bt and fam == "gdb")
        else:
            in_bt = False
        out.append(fam)
    return out


def fault_line_family(text: str) -> str:
    """The fault-print family of one raw line (``nrf``, ``zephyr``, ``tfm``, ``ide``, ``gdb``, …), or ''.

    For other rooms that need to know whether a log line belongs to a fault print (a log parser's
    ``log.line`` carrying ``***** BUS FAULT *****``) without knowing the formats.  ``neutral`` (a
    paste's ``...``) is reported as ''."""
    fam = _family(_body(text).strip())
    return "" if fam == "neutral" else fam


class FaultTextParser:
    kind = "fault-text"

    def sniff(self, source: Source) -> float:
        head = source.head[:16384]
        if b"\x00" in head[:4096]:
            return 0.0
        text = head.decode("utf-8", "replace")
        lines = [part for ln in text.splitlines()[:200] if ln.strip() for part in _split_flat(ln)]
        if not lines:
            return 0.0
        families = _families(lines)
        counted = [f for f in families if f != "neutral"]
        hits = [f for f in counted if f]
        if not hits:
            return 0.0
        share = len(hits) / len(counted)
        if set(hits) == {"words"}:
            words = sum(len(re.findall(r"[0-9A-Fa-f]{8}", ln)) for ln in lines)
            return 0.6 if share == 1.0 and words in (8, 26) else 0.0
        if share >= 0.5:
            return 0.9
        # A log with a fault print in it: the log parsers should win; we take it if nobody else does.
        return 0.32

    def parse(self, source: Source) -> Iterator[Any]:
        state = _State(source.display)
        for lineno, raw, cut in source.iter_lines():
            if cut:
                yield ParseWarning(Location(source.display, line=lineno), "line too long; cut")
            yield from state.feed(lineno, raw)
        yield from state.finish()


def records_from_lines(display: str, lines: Iterable[tuple[int | None, str]]) -> list[Any]:
    """Fault blocks, register dumps and memory words from lines another parser already read.

    The log parsers turn each fault line of an RTT/UART log into its own thin ``fault`` event; the crash
    analysis feeds those inputs' lines back through this grammar to get whole reports (registers,
    causes, addresses) without parsing the file twice or the log rooms knowing fault formats.
    """
    state = _State(display)
    out: list[Any] = []
    for lineno, text in lines:
        for i, part in enumerate(text.split("\n")):
            out.extend(state.feed((lineno or 0) + i, part))
    out.extend(state.finish())
    return out


def _exception_name(word: str) -> str:
    """A fault handler's name as the architecture spells it (``HardFault``, ``MemManage``, …)."""
    w = re.sub(r"[\s_]+", "", word.lower())
    for key, name in (("hard", "HardFault"), ("bus", "BusFault"), ("usage", "UsageFault"), ("mem", "MemManage"),
                      ("secure", "SecureFault"), ("nmi", "NMI"), ("debug", "DebugMonitor")):
        if w.startswith(key):
            return name
    return word


class _State:
    """Gathers lines into reports: a fault print's lines, a register dump, a frame of hex words, a
    backtrace."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.block: dict[str, Any] | None = None
        self.dump: dict[str, Any] | None = None
        self.words: list[tuple[int, list[int]]] = []
        self.bt: dict[str, Any] | None = None
        self.frame: tuple[int, str] | None = None  # a gdb frame line waiting for its wrapped continuation
        self.unparsed = 0
        self.kinds: set[str] = set()

    # -- blocks ----------------------------------------------------------------------------------
    def _start(self, lineno: int, raw: str, fault_type: str, origin: str, **fields: Any) -> Iterator[Any]:
        yield from self._flush_block()
        self.block = {"line": lineno, "text": [raw.rstrip()], "fields": {"fault_type": fault_type,
                                                                          "origin": origin, **fields},
                      "registers": {}, "status": {}, "live": {}, "bits": [], "sfsr_bits": [], "causes": [],
                      "group": "", "section": "", "tail": False}

    def _origin(self) -> str:
        return self.block["fields"].get("origin", "") if self.block is not None else ""

    def _flush_block(self) -> Iterator[Any]:
        b = self.block
        self.block = None
        if b is None:
            return
        fields = b["fields"]
        status: dict[str, int] = b["status"]
        if "cfsr" not in status and any(k in status for k in ("mmfsr", "bfsr", "ufsr")):
            status["cfsr"] = cm.cfsr_from_parts(status.get("mmfsr"), status.get("bfsr"), status.get("ufsr"))
        value_bits: list[str] = []
        for reg in ("cfsr", "hfsr"):
            if reg in status:
                value_bits += [x.qualified for x in cm.decode_bits(reg, status[reg])]
        bits = list(b["bits"]) + [x for x in value_bits if x not in b["bits"]]
        sfsr_bits = list(b["sfsr_bits"])
        if "sfsr" in status:
            sfsr_bits += [x.qualified for x in cm.decode_bits("sfsr", status["sfsr"]) if x.qualified not in sfsr_bits]
        regs = dict(b["registers"])
        for name in ("mmfar", "bfar", "sfar"):
            if name in status:
                regs[name] = status[name]
        for name in ("cfsr", "hfsr", "dfsr", "sfsr"):
            if name in status:
                regs[name] = status[name]
        if "fault_address" not in fields:
            cfsr = status.get("cfsr")
            if isinstance(cfsr, int):
                addr, _which = cm.fault_address(cfsr, status.get("mmfar"), status.get("bfar"))
                if addr is not None:
                    fields["fault_address"] = addr
            if "fault_address" not in fields and "SFSR.SFARVALID" in sfsr_bits and "sfar" in status:
                fields["fault_address"] = status["sfar"]
        if regs:
            fields["registers"] = dict(sorted(regs.items()))
            for name in ("pc", "lr"):
                if name in regs and name not in fields:
                    fields[name] = regs[name]
        if bits:
            fields["cfsr_bits"] = bits
        if sfsr_bits:
            fields["sfsr_bits"] = sfsr_bits
        if b["causes"]:
            fields["causes"] = list(b["causes"])
        if "exc_return" in b["live"]:
            fields["exc_return"] = b["live"]["exc_return"]
        self.kinds.add("fault-text")
        yield Event("fault", "\n".join(b["text"]), self.display, line=b["line"], fields=fields)
        # Status registers printed as values are a register read: the analysis decodes them as read, not
        # as bits inferred from cause text.  EXC_RETURN stays on the event (its meaning depends on the
        # architecture, which the print does not say).
        live = {k: v for k, v in b["live"].items() if k != "exc_return"}
        live.update({k: v for k, v in status.items() if k in ("cfsr", "hfsr", "dfsr", "mmfar", "bfar", "afsr",
                                                                "shcsr", "icsr", "sfsr", "sfar")})
        if any(k in live for k in ("cfsr", "hfsr", "dfsr", "sfsr")):
            yield RegisterSnapshot(dict(sorted(live.items())), fields.get("origin", "printed"),
                                   Location(self.display, line=b["line"]), stacked=False,
                                   notes=["fault status registers as the fault handler printed them"])

    def _add(self, raw: str) -> None:
        if self.block is not None:
            self.block["text"].append(raw.rstrip())

    def _bits(self, names: list[str]) -> None:
        if self.block is None:
            return
        for n in names:
            key = "sfsr_bits" if n.startswith("SFSR.") else "bits"
            if n not in self.block[key]:
                self.block[key].append(n)

    def _cause(self, raw: str, text: str, bits: list[str]) -> None:
        assert self.block is not None
        self._bits(bits)
        self.block["causes"].append(text)
        self._add(raw)

    def _block_regs(self, tokens: list[tuple[str, int | None]], section: str = "frame") -> None:
        """Printed registers into the open block: frame registers, status registers, live registers."""
        b = self.block
        assert b is not None
        for name, value in tokens:
            if value is None:
                continue
            if name in _STATUS:
                b["status"][name] = value
            elif name in _LIVE or (section == "live" and name in ("xpsr", "sp", "lr")):
                b["live"]["exc_return" if name == "lr" else name] = value
            elif name == "lr" and cm.is_exc_return(value) and "lr" not in b["live"] and "exc_return" not in b["live"]:
                b["live"]["exc_return"] = value  # a handler printing its own LR first: EXC_RETURN
            else:
                b["registers"][name] = value

    # -- register dumps ----------------------------------------------------------------------------
    def _flush_dump(self) -> Iterator[Any]:
        d = self.dump
        self.dump = None
        if d is None or not d["registers"]:
            return
        self.kinds.add("registers")
        loc = Location(self.display, line=d["line"])
        regs: dict[str, int] = d["registers"]
        if d["origin"] != "printed":
            yield RegisterSnapshot(dict(sorted(regs.items())), d["origin"], loc)
            return
        # A printed dump: the exception frame as a handler pushed it, plus live/status registers if any.
        frame = {k: v for k, v in regs.items() if k in cm.BASIC_FRAME}
        rest = {k: v for k, v in regs.items() if k not in frame}
        stacked = "r0" in frame and ("pc" in frame or "xpsr" in frame) and not cm.is_exc_return(frame.get("lr", 0))
        if stacked:
            yield RegisterSnapshot(dict(sorted(frame.items())), "printed", loc, stacked=True,
                                   notes=["registers as printed, read as the stacked exception frame"])
            if rest:
                yield RegisterSnapshot(dict(sorted(rest.items())), "printed", loc)
        else:
            yield RegisterSnapshot(dict(sorted(regs.items())), "printed", loc)

    def _dump_reg(self, lineno: int, origin: str, name: str, value: int) -> Iterator[Any]:
        if self.dump is not None and (self.dump["origin"] != origin or name in self.dump["registers"]):
            yield from self._flush_dump()  # a second dump (another halt) starts
        if self.dump is None:
            self.dump = {"line": lineno, "origin": origin, "registers": {}}
        self.dump["registers"][name] = value

    # -- backtraces --------------------------------------------------------------------------------
    def _finish_frame(self) -> None:
        if self.frame is None:
            return
        lineno, text = self.frame
        self.frame = None
        bt = self.bt
        assert bt is not None
        m = _BT_FRAME.match(text)
        if not m:
            return
        index, rest = int(m.group(1)), (m.group(2) or "").strip()
        loc = Location(self.display, line=lineno)
        if not rest:
            bt["truncated"] = True
            return
        if rest.startswith("<signal handler called>"):
            bt["frames"].append(BacktraceFrame(index, loc, kind="signal"))
            return
        address = None
        am = re.match(r"^(0x[0-9a-fA-F]+) in (.*)$", rest)
        if am:
            address, rest = int(am.group(1), 16), am.group(2)
        name, args, tail = _split_call(rest)
        file = library = None
        file_line = None
        tm = _BT_TAIL.match(tail) if tail else None
        if tm:
            file, library = tm.group(1), tm.group(3)
            file_line = int(tm.group(2)) if tm.group(2) else None
        if args is None or (tail and not tm):
            bt["truncated"] = True
        prev = bt["frames"][-1] if bt["frames"] else None
        inlined_caller = address is None and index > 0 and prev is not None and prev.kind == "call"
        bt["frames"].append(BacktraceFrame(index, loc, address=address,
                                           function=None if name in ("??", "") else name, args=args,
                                           file=file, file_line=file_line, library=library,
                                           inlined_caller=inlined_caller))

    def _flush_bt(self) -> Iterator[Any]:
        self._finish_frame()
        bt = self.bt
        self.bt = None
        if bt is None or not bt["frames"]:
            return
        self.kinds.add("backtrace")
        yield PrintedBacktrace(bt["frames"], "gdb", Location(self.display, line=bt["line"]),
                               stopped=bt["stopped"], truncated=bt["truncated"])

    # -- lines -----------------------------------------------------------------------------------
    def feed(self, lineno: int, raw: str) -> Iterator[Any]:
        parts = _split_flat(raw)
        if len(parts) > 1:
            for part in parts:
                yield from self._feed(lineno, part)
            return
        yield from self._feed(lineno, raw)

    def _feed(self, lineno: int, raw: str) -> Iterator[Any]:
        body = _body(raw)
        s = body.strip()
        if not s:
            return
        # a gdb frame wrapped onto indented lines (long argument lists): continue it
        if self.frame is not None:
            if raw[:1] in (" ", "\t") and not _BT_FRAME.match(s) and not _BT_STOPPED.match(s):
                self.frame = (self.frame[0], self.frame[1] + " " + s)
                return
            self._finish_frame()
        if self.bt is not None and not _BT_FRAME.match(s) and not _BT_STOPPED.match(s):
            yield from self._flush_bt()
        if self.words and not _WORDS.match(s):
            yield from self._flush_words()
        if _NEUTRAL.match(s):
            return
        for handler in (self._nrf, self._zephyr, self._tfm, self._ide, self._particle, self._nrf_rows,
                        self._cmbacktrace, self._backtrace, self._dumps, self._printed):
            out = handler(lineno, raw, body, s)
            if out is not None:
                yield from out
                return
        if _WORDS.match(s):
            self.words.append((lineno, [int(w, 16) for w in re.findall(r"[0-9A-Fa-f]{8}", s.replace("0x", "")
                                                                                 .replace("0X", ""))]))
            return
        m = _BOOT.match(s)
        if m:
            yield from self._flush_block()
            yield Event("boot.start", raw.rstrip(), self.display, line=lineno,
                        fields={"stage": "zephyr", "banner": m.group(1)})
            return
        if (_CLOSING.match(s) or _AE_RESET.match(s)) and self.block is not None:
            self._add(raw)  # the end of a report (k_sys_fatal_error_handler, app_error): part of it
            yield from self._flush_block()
            return
        if (_LOG_PREFIX.match(_SPELT_CONTROLS.sub("", clean_line(raw)[0])) or _DEBUGGER_NOTE.match(s) or _GDB_STOP.match(s)
                or _CLOSING.match(s) or _AE_RESET.match(s)):
            # an ordinary log line around the fault print: kept in the timeline, not fault evidence
            yield Event("log.line", raw.rstrip(), self.display, line=lineno, fields={"message": s})
            return
        self.unparsed += 1
        yield Event("unparsed", raw.rstrip(), self.display, line=lineno)
        if self.unparsed <= MAX_LINE_WARNINGS:
            yield ParseWarning(Location(self.display, line=lineno),
                               "line not understood as fault text; kept as an unparsed event")

    # nRF5 SDK: app_error, bootloader, hardfault library heads --------------------------------------
    def _nrf(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        m = _BL_FAULT.search(s)
        if m:
            fid = int(m.group(1), 16)
            name, ftype = cm.nrf_fault_id(fid)
            fields: dict[str, Any] = {"id": fid, "id_name": name}
            if m.group(2) is not None:
                fields["pc"] = int(m.group(2), 16)
            if m.group(3) is not None:
                fields["info"] = int(m.group(3), 16)
            return self._one(lineno, raw, ftype, "nrf-bootloader", **fields)
        m = _BL_ERROR.search(s)
        if m:
            return self._one(lineno, raw, "sdk_error", "nrf-bootloader", error_code=int(m.group(1), 16))
        m = _OPEN_BL.match(s)
        if m:
            return self._one(lineno, raw, "sdk_error", "nrf-bootloader", error_code=int(m.group(1)),
                             file=m.group(2), file_line=int(m.group(3)))
        m = _HF_AT.match(s) or _HF_12.match(s)
        if m:
            return self._start(lineno, raw, "hardfault", "nrf-hardfault", pc=int(m.group(1), 16))
        m = _AE_ERROR.match(s)
        if m:
            return self._start(lineno, raw, "sdk_error", "nrf-app-error", id=0x4001,
                               id_name="NRF_FAULT_ID_SDK_ERROR", error_code=int(m.group(1)),
                               error_name=m.group(2), file=m.group(3), file_line=int(m.group(4)))
        m = _AE_ASSERT.match(s)
        if m:
            return self._one(lineno, raw, "sdk_assert", "nrf-app-error", id=0x4002,
                             id_name="NRF_FAULT_ID_SDK_ASSERT", file=m.group(1), file_line=int(m.group(2)))
        if _AE_SD_ASSERT.match(s) or _AE_SD_MEMACC.match(s):
            memacc = bool(_AE_SD_MEMACC.match(s))
            return self._one(lineno, raw, "sd_memacc" if memacc else "sd_assert", "nrf-app-error",
                             id=0x1001 if memacc else 0x1,
                             id_name="NRF_FAULT_ID_APP_MEMACC" if memacc else "NRF_FAULT_ID_SD_ASSERT")
        m = _AE_UNKNOWN.match(s)
        if m:
            return self._one(lineno, raw, "app_error", "nrf-app-error", pc=int(m.group(1), 16))
        if _AE_FATAL.match(s):
            return self._one(lineno, raw, "app_error", "nrf-app-error")
        m = _AE_PC.match(s)
        if m and self.block is not None:
            self.block["fields"]["pc"] = int(m.group(1), 16)
            self._add(raw)
            return iter(())
        if _AE_END.match(s):
            self._add(raw)
            return self._flush_block()
        return None

    def _one(self, lineno: int, raw: str, fault_type: str, origin: str, **fields: Any) -> Iterator[Any]:
        """A report that is one line."""
        yield from self._start(lineno, raw, fault_type, origin, **fields)
        yield from self._flush_block()

    # Zephyr / NCS --------------------------------------------------------------------------------
    def _zephyr_open(self) -> bool:
        """The open block is a Zephyr report that has not reached its tail (registers, pc, reason):
        a further head line belongs to it (escalation "see below", 1.x reason heads, an assert first)."""
        return self._origin() == "zephyr" and not self.block["tail"]  # type: ignore[index]

    def _zephyr(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        m = _Z_HEAD.match(s)
        if m:
            head = m.group(1)
            return self._zephyr_head(lineno, raw, head)
        m = _Z_ASSERT.match(s)
        if m:
            return self._zephyr_start(lineno, raw, assert_expr=m.group(1), file=m.group(2),
                                      file_line=int(m.group(3)))
        m = _Z_MPSL.match(s)
        if m:
            return self._zephyr_start(lineno, raw, assert_expr="MPSL ASSERT", file=m.group(1),
                                      file_line=int(m.group(2)))
        m = _Z_SHORT.match(s)
        if m:
            exc = int(m.group(1))
            fields: dict[str, Any] = {"zephyr_fault": cm.EXCEPTION_NAMES.get(exc, f"exception {exc}")}
            if m.group(2):
                fields["thread"] = m.group(2)
            out = self._zephyr_start(lineno, raw, **fields)
            if m.group(3):
                self.block["registers"]["pc"] = int(m.group(3), 16)  # type: ignore[index]
            self.block["group"] = {4: "mpu", 5: "bus", 6: "usage", 3: "hard", 7: "secure"}.get(exc, "")  # type: ignore[index]
            return out
        m = _Z_FATAL.search(s)
        if m:
            out: Iterator[Any] = iter(())
            if self._origin() != "zephyr":
                out = self._start(lineno, raw, "zephyr_fatal", "zephyr")
                out = _now(out)
            else:
                self._add(raw)
            self.block["fields"]["reason"] = int(m.group(1))  # type: ignore[index]
            self.block["fields"]["reason_text"] = m.group(2)  # type: ignore[index]
            self.block["tail"] = True  # type: ignore[index]
            return out
        m = _Z_THREAD.match(s)
        if m and self.block is not None:
            self.block["fields"]["thread"] = m.group(2) or m.group(1)
            self._add(raw)
            return self._flush_block()
        m = _Z_PC.match(s)
        if m:
            out = iter(()) if self.block is not None else _now(self._start(lineno, raw, "zephyr_fatal", "zephyr"))
            if self.block["text"][-1] != raw.rstrip():  # type: ignore[index]
                self._add(raw)
            self.block["registers"]["pc"] = int(m.group(1), 16)  # type: ignore[index]
            self.block["tail"] = True  # type: ignore[index]
            return out
        pre: list[Any] = []
        if _Z_REG.search(s) and self._origin() != "zephyr":
            # register rows whose head the paste lost ("E: r0/a1: …" first): the report starts here
            pre = list(self._start(lineno, raw, "zephyr_fatal", "zephyr"))
            self.block["text"].pop()  # type: ignore[index]
        m = _Z_END.match(s)
        if m and self._origin() == "zephyr":
            if m.group(1):
                self.block["fields"].setdefault("thread", m.group(1))  # type: ignore[index]
            if m.group(2):
                self.block["fields"].setdefault("reason", int(m.group(2)))  # type: ignore[index]
            self._add(raw)
            return self._flush_block()
        if self._origin() != "zephyr":
            return None
        b = self.block
        assert b is not None
        regs = _Z_REG.findall(s)
        if regs:
            for r, v, r2, v2 in regs:
                name = {"r13": "sp", "r14": "lr", "r15": "pc"}.get(r, r) if r else r2
                if name == "psp":
                    b["live"]["psp"] = int(v2, 16)
                else:
                    b["registers"][name] = int(v or v2, 16)
            b["tail"] = True
            self._add(raw)
            return iter(pre)
        m = _Z_MMFAR.match(body) or _Z_BFAR.match(body)
        if m:
            self._fault_address("mmfar" if "MMFAR" in s else "bfar", int(m.group(1), 16))
            self._add(raw)
            return iter(())
        m = _Z_ADDR.match(body)
        if m:
            key = {"secure": "sfar", "mpu": "mmfar", "bus": "bfar"}.get(b["group"], "")
            if key:
                self._fault_address(key, int(m.group(1), 16))
            else:
                b["fields"]["fault_address"] = int(m.group(1), 16)
            self._add(raw)
            return iter(())
        m = _Z_OLD_THREAD.match(s)
        if m:
            b["fields"]["thread"] = m.group(1)
            self._add(raw)
            return iter(())
        m = _Z_SHORT_HARD.match(s)
        if m:
            self._cause(raw, s, ["HFSR.FORCED"] if m.group(1).startswith("Escalation") else ["HFSR.VECTTBL"])
            return iter(())
        m = _Z_EXC_RETURN.match(s)
        if m:
            b["live"]["exc_return"] = int(m.group(1), 16)
            self._add(raw)
            return iter(())
        m = _Z_ARCH_EXCEPT.match(s)
        if m:
            b["fields"]["arch_except_reason"] = int(m.group(1), 16)
            self._cause(raw, s, [])
            return iter(())
        if _Z_IN_ISR.match(s):
            b["fields"]["in_isr"] = True
            self._add(raw)
            return iter(())
        if _Z_SECURE_STATE.match(s):
            b["fields"]["secure_state"] = True
            self._cause(raw, s, [])
            return iter(())
        m = _Z_S_INSTR.match(s)
        if m:
            b["fields"]["secure_return_address"] = int(m.group(1), 16)
            self._add(raw)
            return iter(())
        if re.match(r"^(?:s\[\s*\d+\]|fpscr)", s):
            self._add(raw)  # FPU registers: part of the report, not needed
            return iter(())
        tokens = register_tokens(s)
        if tokens and _is_register_row(s):  # the short form's "MMFSR: 0x0, BFSR: 0x82, UFSR: 0x0", "BFAR: 0x…"
            self._block_regs(tokens)
            if any(n in ("mmfar", "bfar", "sfar") for n, _v in tokens):
                for n, v in tokens:
                    if n in ("mmfar", "bfar", "sfar") and v is not None:
                        self._fault_address(n, v)
            self._add(raw)
            return iter(())
        bits = cause_bits(s, b["group"])
        if bits or body.startswith("  ") or _Z_CAUSE_LINE.match(s):
            self._cause(raw, s, bits)
            return iter(())
        return None

    def _zephyr_start(self, lineno: int, raw: str, **fields: Any) -> Iterator[Any]:
        if self._zephyr_open():
            for k, v in fields.items():
                self.block["fields"].setdefault(k, v)  # type: ignore[index]
            self._add(raw)
            return iter(())
        return _now(self._start(lineno, raw, "zephyr_fatal", "zephyr", **fields))

    def _zephyr_head(self, lineno: int, raw: str, head: str) -> Iterator[Any]:
        group = _Z_CLASS_HEADS.get(head, "")
        b = self.block
        joins = self._zephyr_open() and b is not None and (
            not group  # a 1.x reason head ("***** Hardware exception *****") after the fault class
            or "zephyr_fault" not in b["fields"]  # an assert / MPSL line came first
            or (b["group"] == "hard" and "HFSR.FORCED" in b["bits"]))  # "Fault escalation (see below)"
        if joins:
            assert b is not None
            if group:
                if b["fields"].get("zephyr_fault") == "HARD FAULT":
                    b["fields"]["escalated"] = True
                b["fields"]["zephyr_fault"] = head
                b["group"] = group
            else:
                b["fields"].setdefault("reason_text", head.rstrip("!"))
            self._add(raw)
            return iter(())
        # a fault class (fault.c) names the handler; a 1.x reason head (fatal.c) names the reason
        reason_head = not group and not head.startswith(("Debug monitor", "Reserved Exception", "Spurious"))
        fields: dict[str, Any] = {"reason_text": head.rstrip("!")} if reason_head else {"zephyr_fault": head}
        out = _now(self._start(lineno, raw, "zephyr_fatal", "zephyr", **fields))
        self.block["group"] = group  # type: ignore[index]
        return out

    def _fault_address(self, key: str, value: int) -> None:
        b = self.block
        assert b is not None
        b["status"][key] = value
        b["fields"]["fault_address"] = value
        self._bits([{"mmfar": "CFSR.MMARVALID", "bfar": "CFSR.BFARVALID", "sfar": "SFSR.SFARVALID"}[key]])

    # TF-M ----------------------------------------------------------------------------------------
    def _tfm(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        m = _TFM_HEAD.match(s)
        if m:
            exc = m.group(1)
            name = _exception_name(exc) if not exc.startswith(("Reserved", "Platform")) else exc.rstrip(":")
            out = _now(self._start(lineno, raw, "hardfault", "tfm", exception=name))
            self.block["section"] = "live"  # type: ignore[index]
            return out
        m = _TFM_PLATFORM.match(s)
        if m:
            if self._origin() == "tfm" and "platform_exception" not in self.block["fields"]:  # type: ignore[index]
                self.block["fields"]["platform_exception"] = m.group(1)  # type: ignore[index]
                self._add(raw)
                return iter(())
            out = _now(self._start(lineno, raw, "hardfault", "tfm", platform_exception=m.group(1)))
            self.block["section"] = "live"  # type: ignore[index]
            return out
        if self._origin() != "tfm":
            return None
        b = self.block
        assert b is not None
        m = _TFM_EXC_RETURN.match(s)
        if m:
            b["live"]["exc_return"] = int(m.group(1), 16)
            self._add(raw)
            return iter(())
        m = _TFM_FROM.match(s)
        if m:
            b["fields"]["exception_from"] = m.group(1)
            self._add(raw)
            return iter(())
        m = _TFM_FRAME_AT.match(s)
        if m:
            b["fields"]["frame_address"] = int(m.group(1), 16)
            b["section"] = "frame"
            self._add(raw)
            return iter(())
        if _TFM_CORRUPT.match(s):
            b["fields"]["frame_may_be_corrupt"] = True
            self._add(raw)
            return iter(())
        m = _TFM_CALLEE.match(s)
        if m:
            b["section"] = "callee"
            self._block_regs(register_tokens(s[m.end():]), "callee")
            self._add(raw)
            return iter(())
        if _TFM_CONTEXT.match(s):
            self._add(raw)
            return iter(())
        if _TFM_SPU_EVENT.match(s):
            self._cause(raw, s, [])
            return iter(())
        tokens = register_tokens(s)
        if tokens and _is_register_row(s):
            self._block_regs(tokens, b["section"])
            for n, v in tokens:
                if n in ("mmfar", "bfar", "sfar") and v is not None:
                    b["status"][n] = v
            self._add(raw)
            return iter(())
        if re.match(r"^(?:BFSR|MMFSR|UFSR):\s*$", s):  # TF-M's format without a value (exception_info.c)
            self._add(raw)
            return iter(())
        return None

    # IAR C-SPY / Ozone -----------------------------------------------------------------------------
    def _ide(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        origin = self._origin()
        m = _IAR_HEAD.match(s)
        if m:
            name = _exception_name(m.group(1))
            if origin == "iar" and "exception" not in self.block["fields"]:  # type: ignore[index]
                self.block["fields"]["exception"] = name  # type: ignore[index]
                self._add(raw)
                return iter(())
            return _now(self._start(lineno, raw, "hardfault", "iar", exception=name))
        if _IAR_CATCH.match(s):
            return _now(self._start(lineno, raw, "hardfault", "iar"))
        m = _IAR_ESCALATED.match(s)
        if m:
            out: Iterator[Any] = iter(())
            if origin != "iar":
                out = _now(self._start(lineno, raw, "hardfault", "iar"))
            else:
                self._add(raw)
            self.block["fields"]["escalated_from"] = _exception_name(m.group(1))  # type: ignore[index]
            self._bits(["HFSR.FORCED"])
            return out
        m = _OZONE_HEAD.match(s)
        if m:
            return _now(self._start(lineno, raw, "hardfault", "ozone", exception=_exception_name(m.group(1))))
        pre: list[Any] = []
        if origin not in ("iar", "ozone"):
            if not (_IAR_AT.match(s) or _OZONE_ESCALATED.match(s)
                    or (_IAR_PROCESSOR.match(s) and (named_bits(s) or cause_bits(s)))):
                return None
            # a quote that starts inside the debugger's report (its head line not copied)
            pre = list(self._start(lineno, raw, "hardfault", "iar"))
            self.block["text"].pop()  # type: ignore[index]
        b = self.block
        assert b is not None
        out = iter(pre)
        m = _OZONE_ESCALATED.match(s)
        if m:
            b["fields"]["escalated_from"] = _exception_name(m.group(1))
            self._cause(raw, s, ["HFSR.FORCED"])
            return out
        m = _IAR_AT.match(s)
        if m:
            b["registers"]["pc"] = int(m.group(1), 16)
            if m.group(2):
                b["registers"]["lr"] = int(m.group(2), 16)
            self._add(raw)
            return out
        m = _OZONE_REASON.match(s)
        text = m.group(1) if m else s
        bits = named_bits(text) or cause_bits(text)
        if m or bits or _IAR_PROCESSOR.match(s) or _IAR_DISABLED.match(s) or _IAR_SEE.match(s):
            am = _AT_DATA_ADDRESS.search(text) or (re.search(r"\bat " + _H, text) if m else None)
            if am:
                addr = int(am.group(1), 16)
                if re.search(r"instruction|executed|fetch", text, re.I) and not re.search(r"data", text, re.I):
                    b["registers"].setdefault("pc", addr)
                else:
                    key = "mmfar" if "CFSR.MMARVALID" in bits or re.search(r"MMFAR|MemManage|MPU", text) else "bfar"
                    b["status"][key] = addr
                    b["fields"]["fault_address"] = addr
            self._cause(raw, text, bits)
            return out
        return None

    # Particle ----------------------------------------------------------------------------------------
    def _particle(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        m = _PARTICLE_RESET.search(s)
        code = None
        if m:
            code = _PARTICLE_PANICS[m.group(1)]
        else:
            m = _PARTICLE_PANIC_LINE.match(s)
            if m:
                word = m.group(1).split()[0].rstrip(".:!") if m.group(1) else ""
                code = word if word in _PARTICLE_CODES else m.group(1)
        if code is None:
            return None
        fields: dict[str, Any] = {"panic": code}
        if code in _PARTICLE_HW:
            fields["exception"] = _exception_name(code)
            ftype = "hardfault"
        else:
            ftype = "app_error"
        if code == "StackOverflow":
            fields["stack_violation"] = True
        return self._one(lineno, raw, ftype, "particle", **fields)

    # nRF5 SDK hardfault library continuation lines -------------------------------------------------
    def _nrf_rows(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        if self._origin() != "nrf-hardfault":
            return None
        b = self.block
        assert b is not None
        regs = _HF_ROW.findall(s)
        if regs:
            for r, v in regs:
                name = {"PSR": "xpsr"}.get(r, r.lower())
                b["registers"][name] = int(v, 16)
            self._add(raw)
            return iter(())
        m = _HF_CAUSE.match(s)
        if m:
            self._cause(raw, m.group(1), cause_bits(m.group(1)))
            return iter(())
        m = _HF_MMFAR.match(s) or _HF_BFAR.match(s)
        if m:
            key = "mmfar" if s.startswith("MemManage") else "bfar"
            b["registers"][key] = int(m.group(1), 16)
            b["fields"]["fault_address"] = int(m.group(1), 16)
            self._bits(["CFSR.MMARVALID" if key == "mmfar" else "CFSR.BFARVALID"])
            self._add(raw)
            return iter(())
        if _HF_STACK.match(s):
            b["fields"]["stack_violation"] = True
            self._add(raw)
            return iter(())
        return None

    # CmBacktrace ---------------------------------------------------------------------------------
    def _cmbacktrace(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        m = _CMB_HEAD.match(s)
        if m:
            b = self.block
            if b is not None and b["fields"].get("origin") == "cmbacktrace" and not b["registers"]:
                b["fields"]["context"] = m.group(1)  # after the "Firmware name" line: same report
                self._add(raw)
                return iter(())
            return self._start(lineno, raw, "hardfault", "cmbacktrace", context=m.group(1))
        m = _CMB_FW.match(s)
        if m:
            return self._start(lineno, raw, "hardfault", "cmbacktrace", firmware=m.group(1),
                               hardware_version=m.group(2), software_version=m.group(3))
        if self._origin() != "cmbacktrace":
            return None
        b = self.block
        assert b is not None
        regs = _CMB_REGS.findall(s)
        if len(regs) >= 2 and "0x" not in s:
            for r, v in regs:
                b["registers"][{"PSR": "xpsr"}.get(r, r.lower())] = int(v, 16)
            self._add(raw)
            return iter(())
        m = _CMB_CAUSE.match(s)
        if m:
            self._cause(raw, s, cause_bits(m.group(2), {"Bus": "bus", "Memory management": "mpu",
                                                        "Usage": "usage"}.get(m.group(1), "")))
            return iter(())
        m = _CMB_ADDR.match(s)
        if m:
            key = "bfar" if m.group(1) == "bus" else "mmfar"
            b["registers"][key] = int(m.group(2), 16)
            b["fields"]["fault_address"] = int(m.group(2), 16)
            self._add(raw)
            return iter(())
        m = _CMB_BT.search(s)
        if m:
            b["fields"]["backtrace"] = [int(w, 16) for w in m.group(1).split()]
            self._add(raw)
            return self._flush_block()
        m = _CMB_STACK.match(s)
        if m:
            self._add(raw)
            return iter([MemorySegment(int(m.group(1), 16), int(m.group(2), 16).to_bytes(4, "little"),
                                       Location(self.display, line=lineno), label="ram")])
        if _family(s) == "cmbacktrace" or _BANNER_RULE.match(s):
            self._add(raw)
            return iter(())
        return None

    # gdb backtrace -------------------------------------------------------------------------------
    def _backtrace(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        m = _BT_FRAME.match(s)
        if m and (self.bt is not None or _BT_START.match(s)):
            out: Iterator[Any] = iter(())
            if self.bt is None or (m.group(1) == "0" and self.bt["frames"]):
                out = _now(self._flush_bt())  # a new bt command's output
                self.bt = {"line": lineno, "frames": [], "stopped": None, "truncated": False}
            self.frame = (lineno, s)
            return out
        m = _BT_STOPPED.match(s)
        if m and self.bt is not None:
            self._finish_frame()
            self.bt["stopped"] = re.sub(r"\s*\(gdb\)\s*$", "", m.group(1))  # the next prompt, glued on
            return self._flush_bt()
        return None

    # debugger register dumps and memory reads ----------------------------------------------------
    def _dumps(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        m = _GDB_MEM.match(s)
        if m:
            return self._memory(lineno, int(m.group(1), 16), [int(w, 16) for w in m.group(2).split()], "gdb")
        m = _JL_MEM.match(s)
        if m:
            return self._memory(lineno, int(m.group(1), 16), [int(w, 16) for w in m.group(2).split()], "jlink")
        m = _NRFJPROG_MEM.match(s)
        if m:
            return self._memory(lineno, int(m.group(1), 16), [int(w, 16) for w in m.group(2).split()], "nrfjprog")
        m = _JL_MEM8.match(s)
        if m:
            data = bytes(int(b, 16) for b in m.group(2).split())
            self.kinds.add("registers")
            return iter([MemorySegment(int(m.group(1), 16), data, Location(self.display, line=lineno),
                                       label="ram" if 0x20000000 <= int(m.group(1), 16) < 0x40000000 else "flash")])
        m = _PROMPT.match(s)
        if m:
            rest = s[m.end():]
            if _GDB_REG.match(rest) or _JL_REG.search(rest):
                s = rest
            else:  # a debugger command: part of the transcript, not evidence by itself
                return iter([Event("log.line", raw.rstrip(), self.display, line=lineno, fields={"message": s})])
        m = _GDB_REG.match(s)
        if m:
            name = {"cpsr": "xpsr"}.get(m.group(1).lower(), m.group(1).lower())
            return self._dump_reg(lineno, "gdb", name, int(m.group(2), 16))
        regs = _JL_REG.findall(s)
        if regs:
            return self._jlink(lineno, regs)
        return None

    def _jlink(self, lineno: int, regs: list[tuple[str, str]]) -> Iterator[Any]:
        for r, v in regs:
            if r == "CycleCnt":
                continue
            name = {"SP(R13)": "sp", "R14(LR)": "lr", "R13": "sp", "R14": "lr", "R15": "pc"}.get(r, r.lower())
            yield from self._dump_reg(lineno, "jlink", name, int(v, 16))

    # a hand-written handler's print and bare register rows ------------------------------------------
    def _printed(self, lineno: int, raw: str, body: str, s: str) -> Iterator[Any] | None:
        m = _HANDLER_HEAD.match(s)
        if m:
            return _now(self._start(lineno, raw, "hardfault", "handler", exception=_exception_name(m.group(1))))
        if not _is_register_row(s):
            return None
        tokens = register_tokens(s)
        if self.block is not None and self._origin() not in ("nrf-app-error", "nrf-bootloader"):
            self._block_regs(tokens)
            for n, v in tokens:
                if n in ("mmfar", "bfar", "sfar") and v is not None:
                    self.block["status"][n] = v
            self._add(raw)
            return iter(())
        return self._printed_dump(lineno, tokens)

    def _printed_dump(self, lineno: int, tokens: list[tuple[str, int | None]]) -> Iterator[Any]:
        for name, value in tokens:
            if value is not None:
                yield from self._dump_reg(lineno, "printed", name, value)

    def _memory(self, lineno: int, addr: int, words: list[int], origin: str) -> Iterator[Any]:
        data = b"".join(w.to_bytes(4, "little") for w in words)
        self.kinds.add("registers")
        label = "scb" if 0xE000E000 <= addr < 0xE000F000 else ("ram" if 0x20000000 <= addr < 0x40000000
                                                              else "flash")
        yield MemorySegment(addr, data, Location(self.display, line=lineno), label=label)

    def _flush_words(self) -> Iterator[Any]:
        words = [w for _, ws in self.words for w in ws]
        line = self.words[0][0] if self.words else 0
        self.words = []
        if len(words) in (8, 26):
            self.kinds.add("registers")
            regs = dict(zip(cm.BASIC_FRAME, words[:8], strict=True))
            yield RegisterSnapshot(dict(sorted(regs.items())), "frame-words", Location(self.display, line=line),
                                   stacked=True)
        else:
            yield ParseWarning(Location(self.display, line=line),
                               f"{len(words)} hex words are not an exception frame (8 words, or 26 with the "
                               "FPU context); not used")

    def finish(self) -> Iterator[Any]:
        if self.words:
            yield from self._flush_words()
        yield from self._flush_bt()
        yield from self._flush_block()
        yield from self._flush_dump()
        if self.unparsed > MAX_LINE_WARNINGS:
            yield ParseWarning(Location(self.display),
                               f"{self.unparsed - MAX_LINE_WARNINGS} more lines not understood (see the "
                               "unparsed events)")
        if "registers" in self.kinds and self.kinds <= {"registers", "backtrace"}:
            yield InputKind("registers")


def _now(it: Iterator[Any]) -> Iterator[Any]:
    """Run a generator's side effects now (a block started or flushed before the caller looks at
    ``self.block``), keeping what it yielded for the caller to pass on."""
    return iter(list(it))


def _split_call(text: str) -> tuple[str, str | None, str]:
    """``func (args) at f.c:12`` -> (``func``, ``args``, `` at f.c:12``); args None when the paste cut
    the frame inside its argument list.  Arguments may nest parentheses and quote them (``'\\002'``)."""
    i = text.find(" (")
    if i < 0:
        if text.endswith("()"):
            return text[:-2].strip(), "", ""
        j = text.find("(")
        if j < 0:
            return text.strip(), None, ""
        i = j - 1
    name = text[:i + 1].strip() if text[i] != " " else text[:i].strip()
    start = text.index("(", i)
    depth = 0
    quote = ""
    for k in range(start, len(text)):
        c = text[k]
        if quote:
            if c == "\\":
                continue
            if c == quote and text[k - 1] != "\\":
                quote = ""
            continue
        if c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return name, text[start + 1:k], text[k + 1:]
    return name, None, ""


PARSERS = [FaultTextParser()]
