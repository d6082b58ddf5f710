"""Typed records the fault-text parser yields besides ``fault`` events."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Location


@dataclass(slots=True)
class RegisterSnapshot:
    """Core registers as a debugger or a dump showed them.

    ``stacked`` says whether the values are an exception frame (r0-r3, r12, lr, pc, xpsr as pushed on
    fault entry: pc is the faulting instruction) or the live CPU registers (inside the fault handler:
    lr holds EXC_RETURN and sp points at the frame).  A stacked snapshot may also carry ``sp`` -- then the
    interrupted code's stack pointer once the frame is popped, what a debugger shows for the frame below
    ``<signal handler called>`` -- and r4-r11 as saved at the fault: a core dump's arch block (Zephyr's),
    from which the analysis unwinds through the dumped stack.  Names are lower case: ``r0``..``r12``, ``sp``,
    ``lr``, ``pc``, ``xpsr``, ``msp``, ``psp`` (``msp_ns``/``psp_ns`` on TrustZone cores), ``control``,
    and SCB registers ``cfsr``, ``hfsr``, ``dfsr``, ``mmfar``, ``bfar``, ``afsr`` (and the SAU's ``sfsr``,
    ``sfar``) when the dump or the fault print carried them.
    """

    registers: dict[str, int]
    origin: str  # "gdb", "jlink", "frame-words", "printed", "zephyr-coredump", or a fault print's ("tfm", "zephyr", ...)
    location: Location
    stacked: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BacktraceFrame:
    """One frame of a backtrace a debugger printed (gdb ``bt``), as printed.

    A printed backtrace is evidence even without the ELF: gdb already symbolized it on the machine that
    had the matching ELF, so the function names and source lines are the firmware's own.  Fields are
    None when the print does not carry them:

    * ``address`` -- the frame's pc.  gdb omits it for frame 0 when the pc is at the start of a source
      line, and for the *caller* in an inlined chain (that frame shares the pc of the frame before it,
      which ``inlined_caller`` marks);
    * ``function`` -- None for gdb's ``??`` (no symbol at that address);
    * ``file``/``file_line`` -- ``at FILE:LINE`` (``file_line`` None when the paste cut the line off);
    * ``library`` -- ``from LIB`` when gdb had no line table for the frame.

    ``kind`` is ``call`` for an ordinary frame and ``signal`` for gdb's ``<signal handler called>``:
    on a Cortex-M that marks the hardware exception entry, so the frame after it is the code that was
    interrupted (the faulting function when frame 0 is a fault handler).  Source line numbers are in
    ``file_line``, never ``line`` (``line`` names an input line throughout the project).
    """

    index: int
    location: Location
    address: int | None = None
    function: str | None = None
    args: str | None = None
    file: str | None = None
    file_line: int | None = None
    library: str | None = None
    kind: str = "call"  # "call" or "signal"
    inlined_caller: bool = False


@dataclass(slots=True)
class PrintedBacktrace:
    """A backtrace as a debugger printed it (gdb ``bt``/``where``), innermost frame first.

    ``stopped`` keeps gdb's own verdict on where unwinding ended ("previous frame identical to this
    frame (corrupt stack?)"): a corrupt stack is itself a finding.  ``truncated`` says the paste ended
    inside the backtrace (a frame number with nothing after it, or a frame cut mid-line).
    """

    frames: list[BacktraceFrame]
    origin: str  # "gdb"
    location: Location
    stopped: str | None = None
    truncated: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def functions(self) -> list[str]:
        """Function names innermost first, without gdb's ``??`` and the signal marker."""
        return [f.function for f in self.frames if f.function is not None and f.kind == "call"]

    @property
    def interrupted(self) -> BacktraceFrame | None:
        """The first frame after ``<signal handler called>``: the code the exception interrupted."""
        for i, f in enumerate(self.frames):
            if f.kind == "signal":
                return self.frames[i + 1] if i + 1 < len(self.frames) else None
        return None
