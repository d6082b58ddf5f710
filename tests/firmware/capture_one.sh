#!/bin/sh
# capture_one.sh BOARD ELF FAULT_NUMBER OUTDIR [PORT [STOP]]
# STOP = handler (default): halt at the naked Fault_Handler's first instruction (LR = EXC_RETURN);
# STOP = spin: halt a few instructions into spin_forever, the loop startup_spin.c's C handler ends in
# (what a debugger attached to a unit that already faulted finds); STOP = swerr: a few instructions
# into sw_error.c's app_error_fault_handler loop (thread mode, no exception).
# UART_LOG=1 in the environment: what the firmware writes to UART0 goes to OUTDIR/uart.log (else nowhere).
# Runs ELF under QEMU halted (-S), lets gdb-multiarch run to main (after .data is initialised), select the fault, run to the fault handler and
# record what a bench debugger would: core registers, SCB fault registers (memory reads of
# 0xE000ED04/ED24/ED28..ED3C) and the first 16 KiB of RAM.
set -eu
board=$1; elf=$2; fault=$3; out=$4; port=${5:-3333}; stop=${6:-handler}
case "$stop" in
  handler) halt='break Fault_Handler
continue' ;;
  spin) halt='break spin_forever
continue
stepi 5' ;;
  swerr) halt='break app_error_save_and_stop
continue
stepi 30' ;;
  *) echo "unknown stop $stop" >&2; exit 2 ;;
esac
select="set var fault_select = $fault"
[ "$stop" = swerr ] && select=''  # sw_error.c's main does not use faults.c's selector
mkdir -p "$out"
case "$board" in
  mps2-an386) scb='x/1wx 0xE000ED04
x/1wx 0xE000ED24
x/6wx 0xE000ED28' ;;
  microbit) scb='x/1wx 0xE000ED04' ;;  # ARMv6-M: no CFSR/HFSR/MMFAR/BFAR
  *) echo "unknown board $board" >&2; exit 2 ;;
esac
serial=none
[ "${UART_LOG:-0}" = 1 ] && serial="file:$out/uart.log"
qemu-system-arm -M "$board" -kernel "$elf" -nographic -monitor none -serial "$serial" \
    -S -gdb "tcp:127.0.0.1:$port" &
qpid=$!
trap 'kill $qpid 2>/dev/null || true' EXIT
sleep 0.5
cat > "$out/capture.gdb" <<GDB
set pagination off
set confirm off
target remote 127.0.0.1:$port
break main
continue
$select
$halt
set logging file $out/regs.txt
set logging overwrite on
set logging redirect on
set logging enabled on
info registers
$scb
set logging enabled off
set logging file $out/gdb-bt.txt
set logging enabled on
bt
set logging enabled off
dump binary memory $out/ram.bin@0x20000000 0x20000000 0x20004000
kill
quit
GDB
timeout 60 gdb-multiarch -q -batch -x "$out/capture.gdb" "$elf" > "$out/gdb.log" 2>&1 || true
sed -i "s#$out/##" "$out/capture.gdb"
