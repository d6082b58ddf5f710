/* Startup for the "crash record" fixtures: the same vector table as startup.c; the fault handler is C code
 * that copies the fault status registers and the stacked frame into a global record, the way products
 * keep a crash for after the reset (CmBacktrace, Memfault and hand-written handlers do the same), then
 * spins.  Analysed from the RAM dump and the ELF alone, the record is the only witness of the fault.
 * Cortex-M3/M4 only: the handler reads CFSR/HFSR/MMFAR/BFAR. */
#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
int main(void);

void Reset_Handler(void);
void Fault_Handler(void);

typedef struct {
    uint32_t r0, r1, r2, r3, r12, lr, pc, psr;
} stacked_frame_t;

typedef struct {
    uint32_t magic;
    uint32_t cfsr;
    uint32_t hfsr;
    uint32_t mmfar;
    uint32_t bfar;
    uint32_t exc_return;
    stacked_frame_t frame;
} crash_info_t;

volatile crash_info_t g_crash_info;

__attribute__((noinline, noreturn)) void spin_forever(void)
{
    for (;;) {
        __asm volatile("nop");
    }
}

__attribute__((used, noreturn)) void Fault_Record(const stacked_frame_t *frame, uint32_t exc_return)
{
    g_crash_info.cfsr = *(volatile uint32_t *)0xE000ED28u;
    g_crash_info.hfsr = *(volatile uint32_t *)0xE000ED2Cu;
    g_crash_info.mmfar = *(volatile uint32_t *)0xE000ED34u;
    g_crash_info.bfar = *(volatile uint32_t *)0xE000ED38u;
    g_crash_info.exc_return = exc_return;
    g_crash_info.frame = *frame;
    g_crash_info.magic = 0xC0FFEE01u;
    spin_forever();
}

/* the usual shim: pass the stack the frame is on (MSP or PSP, bit 2 of EXC_RETURN) and EXC_RETURN */
__attribute__((naked)) void Fault_Handler(void)
{
    __asm volatile(
        "tst lr, #4\n"
        "ite eq\n"
        "mrseq r0, msp\n"
        "mrsne r0, psp\n"
        "mov r1, lr\n"
        "b Fault_Record\n");
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
