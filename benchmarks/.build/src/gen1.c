#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix1_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix1_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix1_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix1_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_1_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix1_0(acc, y + 7); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    default: acc ^= y * 681u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix1_1(acc, y + 4); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix1_0(acc, y + 33); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    default: acc ^= y * 878u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix1_3(acc, y + 30); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix1_0(acc, y + 6); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 32768u) { sink = acc; }
    return acc;
}
uint32_t fn_1_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix1_0(acc, y + 34); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix1_0(acc, y + 5); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix1_2(acc, y + 19); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    default: acc ^= y * 999u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_1_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_1_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix1_0(acc, y + 29); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix1_2(acc, y + 13); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    default: acc ^= y * 401u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix1_3(acc, y + 29); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    default: acc ^= y * 827u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix1_2(acc, y + 22); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_1_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_1_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix1_1(acc, y + 26); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix1_2(acc, y + 16); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    default: acc ^= y * 498u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix1_2(acc, y + 15); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix1_1(acc, y + 28); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    default: acc ^= y * 133u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix1_1(acc, y + 23); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    default: acc ^= y * 69u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix1_1(acc, y + 18); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_1_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_1_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix1_2(acc, y + 38); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix1_1(acc, y + 34); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix1_0(acc, y + 24); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix1_0(acc, y + 39); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    default: acc ^= y * 911u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix1_2(acc, y + 3); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_1_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_1_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix1_3(acc, y + 34); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix1_1(acc, y + 33); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix1_2(acc, y + 22); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    default: acc ^= y * 810u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix1_2(acc, y + 9); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    default: acc ^= y * 417u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix1_2(acc, y + 36); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_1_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_1_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix1_1(acc, y + 4); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix1_3(acc, y + 30); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix1_1(acc, y + 28); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix1_1(acc, y + 17); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    default: acc ^= y * 144u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix1_3(acc, y + 2); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_1_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_1_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix1_3(acc, y + 30); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    default: acc ^= y * 497u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix1_1(acc, y + 18); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix1_3(acc, y + 38); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    default: acc ^= y * 697u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_1_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix1_2(acc, y + 9); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix1_0(acc, y + 15); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix1_2(acc, y + 5); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 23: acc = mix1_3(acc, y + 23); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix1_2(acc, y + 34); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix1_2(acc, y + 27); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_1_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_1_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix1_2(acc, y + 30); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    default: acc ^= y * 542u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix1_3(acc, y + 22); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    default: acc ^= y * 755u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix1_2(acc, y + 10); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    default: acc ^= y * 381u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_1_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_1_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix1_1(acc, y + 3); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    default: acc ^= y * 3u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix1_3(acc, y + 7); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    default: acc ^= y * 345u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix1_2(acc, y + 18); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_1_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_1_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix1_3(acc, y + 34); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix1_2(acc, y + 31); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix1_3(acc, y + 9); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    default: acc ^= y * 678u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix1_3(acc, y + 38); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix1_2(acc, y + 38); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    case 13: acc = mix1_2(acc, y + 13); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    default: acc ^= y * 284u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix1_0(acc, y + 33); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_1_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_1_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix1_0(acc, y + 35); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix1_0(acc, y + 24); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    default: acc ^= y * 21u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix1_2(acc, y + 33); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix1_0(acc, y + 25); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix1_3(acc, y + 7); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    default: acc ^= y * 243u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix1_3(acc, y + 10); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_1_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_1_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix1_0(acc, y + 38); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix1_2(acc, y + 17); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix1_3(acc, y + 14); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix1_3(acc, y + 26); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 10: acc = mix1_3(acc, y + 10); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix1_3(acc, y + 27); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix1_2(acc, y + 34); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_1_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_1_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix1_1(acc, y + 39); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix1_2(acc, y + 33); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix1_0(acc, y + 36); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    default: acc ^= y * 715u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_1_13(acc, y ^ 14);
    return acc;
}
