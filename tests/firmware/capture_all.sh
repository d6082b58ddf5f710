#!/bin/sh
# Rebuild every crash fixture from source and record it for real:
#   1. make: elf/m4.elf (Cortex-M4F, DWARF 5), elf/m4-dwarf4.elf, elf/m0.elf (Cortex-M0), stripped copy
#   2. run each fault under QEMU (mps2-an386 = Cortex-M4 like nRF52, microbit = nRF51 Cortex-M0),
#      stop in the fault handler with gdb-multiarch, save registers, SCB fault registers, RAM
#      and gdb's `bt` at that point into oracles/NAME.gdb-bt (an unwinder nobody here wrote)
#   3. for the Zephyr core dump captures, the derived forms (derive_coredump_logs.py)
#   4. addr2line goldens: arm-none-eabi-addr2line -a -f -i over every halfword of .text (+ odd
#      Thumb addresses and a few outside any function), the oracle the symbolizer tests compare to.
# Needs: gcc-arm-none-eabi libnewlib-arm-none-eabi binutils-arm-none-eabi qemu-system-arm gdb-multiarch
set -eu
cd "$(dirname "$0")"
make -s all
port=3401
capture() {  # board elf fault-number name [stop]
    rm -rf "captures/$4"
    ./capture_one.sh "$1" "$2" "$3" "captures/$4" "$port" "${5:-handler}"
    rm -f "captures/$4/gdb.log"
    mkdir -p oracles
    mv "captures/$4/gdb-bt.txt" "oracles/$4.gdb-bt"  # gdb's own unwinding: the unwinder tests' oracle
    port=$((port + 1))
}
capture mps2-an386 elf/m4.elf 1 m4-bad-store
capture mps2-an386 elf/m4.elf 2 m4-div-zero
capture mps2-an386 elf/m4.elf 3 m4-undefined
capture mps2-an386 elf/m4.elf 4 m4-thumb-clear
capture mps2-an386 elf/m4.elf 5 m4-stack-overflow
capture microbit elf/m0.elf 1 m0-bad-store
capture microbit elf/m0.elf 3 m0-undefined
capture microbit elf/m0.elf 4 m0-thumb-clear
capture microbit elf/m0.elf 5 m0-stack-overflow
# a C handler that logs and spins (startup_spin.c), halted inside its loop as a debugger attached later finds it
capture mps2-an386 elf/m4-spin.elf 1 m4-spin-bad-store spin
capture mps2-an386 elf/m4-spin.elf 3 m4-spin-undefined spin
capture microbit elf/m0-spin.elf 1 m0-spin-bad-store spin
# a software error: app_error_fault_handler looping in thread mode (sw_error.c)
capture mps2-an386 elf/m4-swerr.elf 0 m4-sw-error swerr
# a C handler that keeps a crash record in RAM (startup_record.c)
capture mps2-an386 elf/m4-record.elf 1 m4-record-bad-store spin
capture mps2-an386 elf/m4-record.elf 2 m4-record-divide spin
# a C handler that writes a Zephyr core dump (#CD: lines) to UART0 (startup_coredump.c), halted in its spin
# loop; the UART output is captures/NAME/uart.log, and derive_coredump_logs.py makes the other forms from it
UART_LOG=1
export UART_LOG
capture mps2-an386 elf/m4-coredump.elf 1 m4-coredump-bad-store spin
capture mps2-an386 elf/m4-coredump.elf 2 m4-coredump-divide spin
capture mps2-an386 elf/m4-coredump.elf 3 m4-coredump-undefined spin
unset UART_LOG
python3 derive_coredump_logs.py

mkdir -p goldens
for elf in m4 m4-dwarf4 m0 m4-stripped; do
    end=$(arm-none-eabi-objdump -h elf/m4.elf elf/$elf.elf | awk '$2==".text"{print $3; exit}')
    python3 - "$end" > goldens/$elf.addrs <<'PY'
import sys
end = int(sys.argv[1], 16)
addrs = list(range(0, end + 4, 2)) + [a | 1 for a in range(0x40, end, 6)]
addrs += [0x20001000, 0x10000000, 0xFFFFFFF9, 0x30000010]
print("\n".join(f"0x{a:08x}" for a in addrs))
PY
    arm-none-eabi-addr2line -a -f -i -e elf/$elf.elf $(cat goldens/$elf.addrs) > goldens/$elf.addr2line
done
echo "captures and goldens written"
