/* Five real ways a Cortex-M application dies, each reached through a few calls (and an inlined
 * helper) so that unwinding and inlined-chain symbolization have something to show.
 * fault_select is written by the capture script through gdb before the program runs. */
#include <stdint.h>

#define FAULT_BAD_STORE 1
#define FAULT_DIV_ZERO 2
#define FAULT_UNDEF 3
#define FAULT_THUMB_CLEAR 4
#define FAULT_STACK_OVERFLOW 5

volatile uint32_t fault_select = FAULT_BAD_STORE;
volatile uint32_t sink;

/* An address no bus slave answers on either board (mps2-an386, micro:bit): a store faults. */
#define UNMAPPED_ADDRESS 0x30000010u

__attribute__((noinline)) void store_word(volatile uint32_t *where, uint32_t value)
{
    *where = value; /* bad store: BusFault (PRECISERR) on ARMv7-M, HardFault on ARMv6-M */
}

static inline __attribute__((always_inline)) void write_register(uint32_t offset, uint32_t value)
{
    store_word((volatile uint32_t *)(UNMAPPED_ADDRESS + offset), value);
}

#if defined(__ARM_ARCH_7EM__) || defined(__ARM_ARCH_7M__)
__attribute__((noinline)) uint32_t divide(uint32_t a, uint32_t b)
{
    return a / b; /* UDIV with b == 0 and CCR.DIV_0_TRP set: UsageFault DIVBYZERO */
}

static inline __attribute__((always_inline)) uint32_t average(uint32_t total, uint32_t count)
{
    return divide(total, count);
}
#endif

__attribute__((noinline)) void undefined_instruction(void)
{
    __asm volatile("udf #0x42"); /* UNDEFINSTR */
}

typedef void (*callback_t)(void);

__attribute__((noinline)) void callback_target(void)
{
    sink = 7;
}

__attribute__((noinline)) void call_through(callback_t cb)
{
    cb(); /* BLX to an even address: INVSTATE on ARMv7-M, HardFault on ARMv6-M */
}

__attribute__((noinline)) uint32_t recurse(uint32_t depth)
{
    volatile uint32_t frame[16];
    frame[depth & 15] = depth;
    return recurse(depth + 1) + frame[(depth + 3) & 15]; /* runs below the bottom of RAM */
}

__attribute__((noinline)) void run_fault(uint32_t which)
{
    switch (which) {
    case FAULT_BAD_STORE:
        write_register(0x0, 0xDEADBEEF);
        break;
#if defined(__ARM_ARCH_7EM__) || defined(__ARM_ARCH_7M__)
    case FAULT_DIV_ZERO:
        *(volatile uint32_t *)0xE000ED14u |= 1u << 4; /* SCB->CCR.DIV_0_TRP */
        sink = average(100, fault_select - FAULT_DIV_ZERO);
        break;
#endif
    case FAULT_UNDEF:
        undefined_instruction();
        break;
    case FAULT_THUMB_CLEAR: {
        uintptr_t target = (uintptr_t)&callback_target & ~(uintptr_t)1;
        call_through((callback_t)target);
        break;
    }
    case FAULT_STACK_OVERFLOW:
#if defined(__ARM_ARCH_7EM__) || defined(__ARM_ARCH_7M__)
        /* MPU stack guard (as Zephyr and many nRF52 apps use): the lowest 256 bytes of RAM, below the
         * stack, forbid all access; RASR = XN | SIZE 2^(7+1) | ENABLE, CTRL = PRIVDEFENA | ENABLE. */
        *(volatile uint32_t *)0xE000ED98u = 0;           /* MPU->RNR */
        *(volatile uint32_t *)0xE000ED9Cu = 0x20000000u; /* MPU->RBAR */
        *(volatile uint32_t *)0xE000EDA0u = 0x1000000Fu; /* MPU->RASR */
        *(volatile uint32_t *)0xE000ED94u = 0x5u;        /* MPU->CTRL */
        __asm volatile("dsb\n isb" ::: "memory");
#endif
        sink = recurse(0);
        break;
    default:
        break;
    }
}

__attribute__((noinline)) void application_step(void)
{
    run_fault(fault_select);
}

int main(void)
{
    application_step();
    for (;;) {
    }
}
