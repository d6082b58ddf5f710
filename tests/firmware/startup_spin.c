/* Startup for the "live unit" crash fixtures: the same vector table as startup.c, but the fault handler
 * is C code the way products write it -- it records the fault through a logging call, then spins in a
 * function of its own.  A debugger attached later finds the core inside that loop: LR is no longer
 * EXC_RETURN and SP is not the exception frame; the chain to the fault runs through the handler's frames. */
#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
int main(void);

void Reset_Handler(void);
void Fault_Handler(void);

volatile uint32_t fault_log[4];

__attribute__((noinline)) void log_fault(uint32_t code, uint32_t count)
{
    fault_log[count & 3] = code;
}

__attribute__((noinline, noreturn)) void spin_forever(void)
{
    for (;;) {
        __asm volatile("nop");
    }
}

void Fault_Handler(void)
{
    static uint32_t count;
    log_fault(0xFA17u, count++);
    spin_forever();
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
