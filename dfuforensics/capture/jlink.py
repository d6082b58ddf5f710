"""The J-Link backend, through pylink-square (the SEGGER J-Link library is the user's own install).

Only pylink's read calls are used: ``memory_read8/32``, ``register_list/name/read_multiple``,
``halted``, ``halt`` (after the announcement) and RTT (``rtt_start``/``rtt_read``/``rtt_stop``).  RTT
is the one exception to "never write the target": the J-Link library advances the up-buffer's read
offset (``RdOff``) in target RAM as it drains it; that is why RTT runs last, after RAM was read, and
only when asked for (``--rtt-seconds``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .probe import MapRegion, ProbeLost, ProbeUnavailable, ReadFailed, register_name

#: J-Link target name used when no --device is given: the FICR then says which nRF5 it is.
GENERIC_DEVICE = "Cortex-M4"
READ_CHUNK = 0x4000
#: How long to wait for the J-Link library to find the RTT control block in RAM.
RTT_SEARCH_SECONDS = 2.0

_JLINK_NAMES = {"nrf51": "nRF51822_xxAA", "nrf52810": "nRF52810_xxAA", "nrf52811": "nRF52811_xxAA",
                "nrf52820": "nRF52820_xxAA", "nrf52832": "nRF52832_xxAA", "nrf52833": "nRF52833_xxAA",
                "nrf52840": "nRF52840_xxAA"}


def jlink_device_name(device: str | None) -> tuple[str, str | None]:
    """(name J-Link is told, assumption to record).  Family names map to SEGGER's device names."""
    if not device:
        return GENERIC_DEVICE, (f"no --device: J-Link connected as {GENERIC_DEVICE}; the nRF5 part is then read "
                                "from FICR")
    key = device.lower().replace("-", "").replace("_", "")
    if key in _JLINK_NAMES:
        return _JLINK_NAMES[key], None
    return device, None


class JLinkProbe:
    kind = "jlink"

    def __init__(self, jlink: Any, device: str, errors: Any) -> None:
        self.jl = jlink
        self.device = device
        self._errors = errors  # pylink.errors (JLinkException lives there)
        self._halt_allowed = False
        self.assumed: list[str] = []

    @classmethod
    def open(cls, device: str | None = None, serial: int | None = None, speed: int | str = "auto",
             factory: Callable[[], Any] | None = None) -> JLinkProbe:
        """Open the probe and connect to the target.  ``factory`` replaces ``pylink.JLink`` (tests)."""
        try:
            import pylink
            from pylink import errors as jl_errors
        except ImportError:
            raise ProbeUnavailable("--jlink needs the Python package pylink-square (pip install pylink-square) "
                                   "and SEGGER's J-Link Software and Documentation Pack") from None
        name, assumed = jlink_device_name(device)
        try:
            jl = (factory or pylink.JLink)()
        except TypeError as exc:  # pylink: "Expected to be given a valid DLL."
            raise ProbeUnavailable(f"the SEGGER J-Link library was not found ({exc}): install the J-Link Software "
                                   "and Documentation Pack from segger.com (pylink loads its JLink library)") from None
        except OSError as exc:
            raise ProbeUnavailable(f"the SEGGER J-Link library could not be loaded: {exc}") from None
        try:
            jl.open(serial_no=serial)
        except jl_errors.JLinkException as exc:
            which = f"with serial number {serial} " if serial is not None else ""
            raise ProbeUnavailable(f"no J-Link probe {which}found ({exc}): is it plugged in and not in use by "
                                   "another program (J-Link Commander, nRF Connect, a GDB server)?") from None
        try:
            jl.set_tif(pylink.enums.JLinkInterfaces.SWD)
            jl.connect(name, speed=speed)
        except jl_errors.JLinkException as exc:
            _close(jl)
            raise ProbeUnavailable(f"J-Link could not connect to the target as {name!r} ({exc}): check the target's "
                                   "power and SWD wiring, and --device (J-Link's name, e.g. nRF52840_xxAA)") from None
        probe = cls(jl, name, jl_errors)
        if assumed:
            probe.assumed.append(assumed)
        return probe

    def info(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": "jlink", "device": self.device}
        for key in ("product_name", "serial_number", "firmware_version", "version"):
            try:
                value = getattr(self.jl, key)
                value = value() if callable(value) else value
            except Exception:  # info is best effort: a probe attribute that fails is left out
                continue
            if value is not None:
                out[key if key != "version" else "dll_version"] = value if isinstance(value, int) else str(value)
        if self.assumed:
            out["assumed"] = list(self.assumed)
        return out

    def allow_halt(self) -> None:
        self._halt_allowed = True

    def is_halted(self) -> bool | None:
        try:
            return bool(self.jl.halted())
        except self._errors.JLinkException:
            return None

    def halt(self) -> bool:
        if not self._halt_allowed:
            raise RuntimeError("halt() before the halt was announced")
        try:
            return bool(self.jl.halt())
        except self._errors.JLinkException as exc:
            raise ProbeLost(f"J-Link could not halt the core: {exc}") from None

    def read_memory(self, address: int, length: int,
                    progress: Callable[[int], None] | None = None) -> bytes:
        out = bytearray()
        while len(out) < length:
            here = address + len(out)
            n = min(READ_CHUNK, length - len(out))
            try:
                if here % 4 == 0 and n % 4 == 0:
                    words = self.jl.memory_read32(here, n // 4)
                    data = b"".join(int(w & 0xFFFFFFFF).to_bytes(4, "little") for w in words)
                else:
                    data = bytes(int(b) & 0xFF for b in self.jl.memory_read8(here, n))
            except self._errors.JLinkException as exc:
                raise ReadFailed(f"J-Link read of {n} bytes at 0x{here:08X} failed: {exc}", here, bytes(out),
                                 reason=f"J-Link: {exc}") from None
            if len(data) != n:
                raise ReadFailed(f"J-Link read of {n} bytes at 0x{here:08X} returned {len(data)}", here, bytes(out),
                                 reason="J-Link returned a short read")
            out += data
            if progress is not None:
                progress(n)
        return bytes(out)

    def read_core_registers(self) -> dict[str, int]:
        try:
            indices = list(self.jl.register_list())
            names = [self.jl.register_name(i) for i in indices]
            values = self.jl.register_read_multiple(indices)
        except self._errors.JLinkException as exc:
            raise ReadFailed(f"J-Link register read failed: {exc}", 0, reason=f"J-Link: {exc}") from None
        out: dict[str, int] = {}
        for name, value in zip(names, values, strict=False):
            key = register_name(str(name))
            if key is not None and key not in out:
                out[key] = int(value) & 0xFFFFFFFF
        return out

    def memory_map(self) -> list[MapRegion] | None:
        return None  # the J-Link library knows the device's map but pylink does not expose it

    def read_rtt(self, seconds: float) -> tuple[bytes, dict[str, Any]]:
        """Drain RTT up-buffer 0 for ``seconds``: (bytes, what happened, for the manifest)."""
        info: dict[str, Any] = {"read": False, "seconds": seconds, "buffer": 0,
                                "note": "draining RTT moves the up-buffer's RdOff in target RAM (read after RAM)"}
        try:
            self.jl.rtt_start()
        except self._errors.JLinkException as exc:
            info["reason"] = f"RTT could not start: {exc}"
            return b"", info
        data = bytearray()
        try:
            deadline = time.monotonic() + RTT_SEARCH_SECONDS
            while True:
                try:
                    if self.jl.rtt_get_num_up_buffers() > 0:
                        break
                except self._errors.JLinkException:
                    pass  # still searching for the control block
                if time.monotonic() > deadline:
                    info["reason"] = (f"no RTT control block found in RAM within {RTT_SEARCH_SECONDS:.0f} s "
                                      "(firmware without RTT, or the block is outside the searched RAM)")
                    return b"", info
                time.sleep(0.1)
            end = time.monotonic() + seconds
            while True:
                chunk = self.jl.rtt_read(0, 4096)
                data += bytes(int(b) & 0xFF for b in chunk)
                if time.monotonic() >= end:
                    break
                if not chunk:
                    time.sleep(0.05)
        except self._errors.JLinkException as exc:
            info["reason"] = f"RTT read failed after {len(data)} bytes: {exc}"
        finally:
            try:
                self.jl.rtt_stop()
            except self._errors.JLinkException:
                pass
        info["read"] = True
        info["bytes"] = len(data)
        return bytes(data), info

    def close(self) -> None:
        _close(self.jl)


def _close(jl: Any) -> None:
    try:
        jl.close()
    except Exception:  # closing a probe that already went away must not hide the real error
        pass
