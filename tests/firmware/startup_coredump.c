/* Startup for the "Zephyr core dump" fixtures: the same vector table as startup.c; the fault handler writes
 * a core dump in the format of Zephyr's CONFIG_DEBUG_COREDUMP (include/zephyr/debug/coredump.h) through the
 * encoding of its logging backend (subsys/debug/coredump/coredump_backend_logging.c) to the UART, then spins.
 *
 * What goes out, in Zephyr's order (subsys/debug/coredump/coredump_core.c):
 *   "#CD:BEGIN#"
 *   coredump_hdr_t      'Z','E', hdr_version 2, tgt_code 3 (COREDUMP_TGT_ARM_CORTEX_M), ptr_size_bits 5,
 *                       flag 0, reason 0 (K_ERR_CPU_EXCEPTION)
 *   coredump_arch_hdr_t 'A', hdr_version 2, num_bytes 68, then the ARM Cortex-M block v2
 *                       (arch/arm/core/cortex_m/coredump.c): the exception frame's r0-r3, r12, lr, pc,
 *                       xpsr; sp as z_arm_set_fault_sp() sets it (the interrupted code's SP: frame address
 *                       + 32, + 72 for an FPU frame, | 4 when the frame was padded); r4-r11 as the entry
 *                       code saved them (CONFIG_EXTRA_EXCEPTION_INFO)
 *   coredump_mem_hdr_t  'M', hdr_version 1, start, end, then the bytes -- .data/.bss first (where Zephyr's
 *                       minimal dump puts the thread struct), then the whole stack
 *   "#CD:END#"
 * Each output call becomes lines of its own, "#CD:" + at most 32 bytes as lower-case hex (hex2char), as
 * LOG_ERR messages print on a UART backend with no prefix (the prefixed forms are made from this output by
 * derive_coredump_logs.py).  The UART is mps2-an386's CMSDK APB UART0.  Cortex-M3/M4 only (Thumb-2).
 */
#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
int main(void);

void Reset_Handler(void);
void Fault_Handler(void);

#define STACK_BYTES 0x1000u /* link.ld: STACK_SIZE, the stack just below _estack */

/* CMSDK APB UART (ARM DDI 0479): DATA, STATE (bit 0: TX buffer full), CTRL (bit 0: TX enable), BAUDDIV */
#define UART0 0x40004000u
#define UART_DATA (*(volatile uint32_t *)(UART0 + 0x00u))
#define UART_STATE (*(volatile uint32_t *)(UART0 + 0x04u))
#define UART_CTRL (*(volatile uint32_t *)(UART0 + 0x08u))
#define UART_BAUDDIV (*(volatile uint32_t *)(UART0 + 0x10u))

struct coredump_hdr_t {
    char id[2];
    uint16_t hdr_version;
    uint16_t tgt_code;
    uint8_t ptr_size_bits;
    uint8_t flag;
    uint32_t reason;
} __attribute__((packed));

struct coredump_arch_hdr_t {
    char id;
    uint16_t hdr_version;
    uint16_t num_bytes;
} __attribute__((packed));

struct arm_arch_block_v2 {
    uint32_t r0, r1, r2, r3, r12, lr, pc, xpsr, sp;
    uint32_t r4, r5, r6, r7, r8, r9, r10, r11;
} __attribute__((packed));

struct coredump_mem_hdr_t {
    char id;
    uint16_t hdr_version;
    uint32_t start;
    uint32_t end;
} __attribute__((packed));

/* r4-r11 at fault entry, stored by Fault_Handler without touching the stack (gdb must still find the
 * exception frame at the SP the handler was entered with) */
uint32_t fault_callee[8];

static struct arm_arch_block_v2 arch_blk;

__attribute__((noinline, noreturn)) void spin_forever(void)
{
    for (;;) {
        __asm volatile("nop");
    }
}

static void uart_putc(char c)
{
    while (UART_STATE & 1u) {
    }
    UART_DATA = (uint8_t)c;
}

static void uart_puts(const char *s)
{
    while (*s) {
        uart_putc(*s++);
    }
}

static void log_line(const char *msg)
{
    uart_puts("#CD:");
    uart_puts(msg);
    uart_puts("\r\n");
}

/* coredump_logging_backend_buffer_output(): 64 hex digits a line, a short last line per call */
__attribute__((noinline)) void coredump_buffer_output(const void *buf, uint32_t len)
{
    static const char digits[] = "0123456789abcdef";
    char line[65];
    uint32_t n = 0;
    const uint8_t *p = buf;

    while (len > 0) {
        line[n++] = digits[*p >> 4];
        line[n++] = digits[*p & 0xFu];
        p++;
        len--;
        if (n >= 64 || len == 0) {
            line[n] = '\0';
            log_line(line);
            n = 0;
        }
    }
}

__attribute__((noinline)) void coredump_memory_dump(uint32_t start, uint32_t end)
{
    struct coredump_mem_hdr_t m = {.id = 'M', .hdr_version = 1, .start = start, .end = end};

    coredump_buffer_output(&m, sizeof(m));
    coredump_buffer_output((const void *)start, end - start);
}

__attribute__((used, noreturn)) void Fault_Coredump(const uint32_t *esf, uint32_t exc_return)
{
    struct coredump_hdr_t hdr = {.id = {'Z', 'E'}, .hdr_version = 2, .tgt_code = 3, .ptr_size_bits = 5,
                                 .flag = 0, .reason = 0};
    struct coredump_arch_hdr_t arch = {.id = 'A', .hdr_version = 2, .num_bytes = sizeof(arch_blk)};
    uint32_t sp = (uint32_t)esf + 32u;

    if ((exc_return & 0x10u) == 0u) {
        sp += 72u; /* extended (FPU) frame */
    }
    if (esf[7] & (1u << 9)) {
        sp |= 4u; /* the frame was aligned down by 4 bytes */
    }
    arch_blk.r0 = esf[0];
    arch_blk.r1 = esf[1];
    arch_blk.r2 = esf[2];
    arch_blk.r3 = esf[3];
    arch_blk.r12 = esf[4];
    arch_blk.lr = esf[5];
    arch_blk.pc = esf[6];
    arch_blk.xpsr = esf[7];
    arch_blk.sp = sp;
    arch_blk.r4 = fault_callee[0];
    arch_blk.r5 = fault_callee[1];
    arch_blk.r6 = fault_callee[2];
    arch_blk.r7 = fault_callee[3];
    arch_blk.r8 = fault_callee[4];
    arch_blk.r9 = fault_callee[5];
    arch_blk.r10 = fault_callee[6];
    arch_blk.r11 = fault_callee[7];

    UART_BAUDDIV = 16u;
    UART_CTRL = 1u;
    log_line("BEGIN#");
    coredump_buffer_output(&hdr, sizeof(hdr));
    coredump_buffer_output(&arch, sizeof(arch));
    coredump_buffer_output(&arch_blk, sizeof(arch_blk));
    coredump_memory_dump((uint32_t)&_sdata, (uint32_t)&_ebss);
    coredump_memory_dump((uint32_t)&_estack - STACK_BYTES, (uint32_t)&_estack);
    log_line("END#");
    spin_forever();
}

/* the entry shim: r4-r11 into fault_callee (r12 is stacked, so free), the stack the frame is on (MSP or
 * PSP, bit 2 of EXC_RETURN) and EXC_RETURN as arguments */
__attribute__((naked)) void Fault_Handler(void)
{
    __asm volatile(
        "movw r12, #:lower16:fault_callee\n"
        "movt r12, #:upper16:fault_callee\n"
        "stmia r12, {r4-r11}\n"
        "tst lr, #4\n"
        "ite eq\n"
        "mrseq r0, msp\n"
        "mrsne r0, psp\n"
        "mov r1, lr\n"
        "b Fault_Coredump\n");
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
