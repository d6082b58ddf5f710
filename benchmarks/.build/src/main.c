#include <stdint.h>
volatile uint32_t sink; uint32_t table[64];
void Reset_Handler(void) { for (;;) { sink++; } }
__attribute__((section(".isr_vector"), used)) void (*const vec[2])(void) = {(void (*)(void))0x20040000, Reset_Handler};
