/* Minimal Cortex-M startup for the crash fixtures: vector table, .data/.bss init, one fault handler.
 * The fault handler is an endless loop on purpose: the capture script stops there with gdb, while
 * LR still holds EXC_RETURN and SP points at the exception frame the processor pushed. */
#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
int main(void);

void Reset_Handler(void);
void Fault_Handler(void);

__attribute__((naked, noreturn)) void Fault_Handler(void)
{
    __asm volatile("fault_halt: b fault_halt");
}

void Default_Handler(void)
{
    for (;;) {
    }
}

void Reset_Handler(void)
{
    uint32_t *src = &_sidata;
    for (uint32_t *dst = &_sdata; dst < &_edata;) {
        *dst++ = *src++;
    }
    for (uint32_t *dst = &_sbss; dst < &_ebss;) {
        *dst++ = 0;
    }
    main();
    for (;;) {
    }
}

__attribute__((section(".isr_vector"), used)) void (*const vectors[16])(void) = {
    (void (*)(void))&_estack, /* initial MSP */
    Reset_Handler,
    Default_Handler, /* NMI */
    Fault_Handler,   /* HardFault */
    Fault_Handler,   /* MemManage (ARMv7-M) */
    Fault_Handler,   /* BusFault (ARMv7-M) */
    Fault_Handler,   /* UsageFault (ARMv7-M) */
    0, 0, 0, 0,
    Default_Handler, /* SVCall */
    Default_Handler, /* DebugMonitor */
    0,
    Default_Handler, /* PendSV */
    Default_Handler, /* SysTick */
};
