#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix7_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix7_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix7_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix7_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_7_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix7_2(acc, y + 24); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    default: acc ^= y * 818u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix7_1(acc, y + 26); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix7_1(acc, y + 37); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix7_1(acc, y + 34); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    default: acc ^= y * 917u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix7_1(acc, y + 37); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 4096u) { sink = acc; }
    return acc;
}
uint32_t fn_7_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix7_1(acc, y + 26); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    default: acc ^= y * 540u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix7_0(acc, y + 15); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    default: acc ^= y * 836u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix7_1(acc, y + 9); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    default: acc ^= y * 725u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix7_2(acc, y + 20); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    default: acc ^= y * 439u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix7_1(acc, y + 25); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    default: acc ^= y * 527u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix7_3(acc, y + 33); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_7_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_7_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix7_0(acc, y + 1); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix7_2(acc, y + 28); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix7_3(acc, y + 19); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    default: acc ^= y * 26u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix7_1(acc, y + 22); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    default: acc ^= y * 450u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_7_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix7_2(acc, y + 35); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    default: acc ^= y * 654u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix7_1(acc, y + 34); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    default: acc ^= y * 165u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix7_1(acc, y + 25); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix7_0(acc, y + 9); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix7_2(acc, y + 4); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix7_0(acc, y + 22); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_7_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_7_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix7_1(acc, y + 20); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    default: acc ^= y * 208u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix7_1(acc, y + 24); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    default: acc ^= y * 60u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix7_0(acc, y + 38); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix7_3(acc, y + 30); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_7_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_7_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix7_1(acc, y + 12); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    default: acc ^= y * 300u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix7_3(acc, y + 7); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix7_1(acc, y + 14); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    default: acc ^= y * 517u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix7_3(acc, y + 8); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_7_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_7_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix7_3(acc, y + 4); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix7_2(acc, y + 8); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    default: acc ^= y * 560u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix7_2(acc, y + 22); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    default: acc ^= y * 956u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix7_1(acc, y + 1); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_7_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_7_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix7_3(acc, y + 9); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    default: acc ^= y * 185u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix7_2(acc, y + 34); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    default: acc ^= y * 884u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix7_1(acc, y + 32); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    default: acc ^= y * 71u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix7_3(acc, y + 24); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix7_3(acc, y + 17); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 28: acc = mix7_3(acc, y + 28); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_7_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_7_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix7_1(acc, y + 9); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    default: acc ^= y * 899u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix7_2(acc, y + 27); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix7_1(acc, y + 18); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    default: acc ^= y * 870u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_7_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_7_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix7_0(acc, y + 28); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix7_0(acc, y + 18); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 20: acc = mix7_0(acc, y + 20); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix7_2(acc, y + 9); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix7_1(acc, y + 1); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    default: acc ^= y * 291u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix7_3(acc, y + 20); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    default: acc ^= y * 691u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix7_1(acc, y + 36); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    default: acc ^= y * 904u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_7_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_7_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix7_3(acc, y + 23); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    default: acc ^= y * 310u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix7_3(acc, y + 24); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix7_3(acc, y + 23); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    default: acc ^= y * 959u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix7_3(acc, y + 31); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    default: acc ^= y * 606u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix7_1(acc, y + 25); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    default: acc ^= y * 567u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 14: acc = mix7_2(acc, y + 14); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_7_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_7_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix7_1(acc, y + 13); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    default: acc ^= y * 456u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix7_3(acc, y + 28); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix7_0(acc, y + 27); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    default: acc ^= y * 387u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix7_2(acc, y + 37); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix7_0(acc, y + 1); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix7_0(acc, y + 16); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    default: acc ^= y * 815u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_7_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_7_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix7_1(acc, y + 34); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    default: acc ^= y * 797u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix7_0(acc, y + 12); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix7_1(acc, y + 31); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    default: acc ^= y * 371u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix7_3(acc, y + 25); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    default: acc ^= y * 794u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_7_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_7_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix7_0(acc, y + 35); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    default: acc ^= y * 857u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix7_1(acc, y + 11); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix7_0(acc, y + 2); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    default: acc ^= y * 698u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_7_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_7_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix7_2(acc, y + 32); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 6: acc = mix7_1(acc, y + 6); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix7_1(acc, y + 4); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix7_3(acc, y + 35); break;
    case 20: acc = mix7_0(acc, y + 20); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix7_1(acc, y + 23); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    default: acc ^= y * 910u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_7_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_7_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix7_3(acc, y + 2); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    default: acc ^= y * 354u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix7_0(acc, y + 22); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 30: acc = mix7_2(acc, y + 30); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix7_0(acc, y + 35); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_7_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_7_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix7_3(acc, y + 34); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix7_1(acc, y + 3); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    default: acc ^= y * 284u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix7_1(acc, y + 39); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix7_1(acc, y + 19); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix7_0(acc, y + 23); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    default: acc ^= y * 892u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_7_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_7_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix7_2(acc, y + 15); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    default: acc ^= y * 182u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix7_3(acc, y + 37); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    default: acc ^= y * 879u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix7_3(acc, y + 9); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix7_0(acc, y + 36); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix7_2(acc, y + 1); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    default: acc ^= y * 457u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 5: acc = mix7_3(acc, y + 5); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_7_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_7_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix7_3(acc, y + 30); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    default: acc ^= y * 69u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix7_3(acc, y + 10); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix7_0(acc, y + 13); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    default: acc ^= y * 935u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix7_0(acc, y + 3); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix7_3(acc, y + 9); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    default: acc ^= y * 760u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix7_0(acc, y + 36); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    default: acc ^= y * 289u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_7_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix7_1(acc, y + 8); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    default: acc ^= y * 314u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix7_1(acc, y + 19); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix7_0(acc, y + 39); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    default: acc ^= y * 540u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix7_1(acc, y + 25); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 20: acc = mix7_0(acc, y + 20); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    default: acc ^= y * 321u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix7_2(acc, y + 13); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    default: acc ^= y * 450u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 25: acc = mix7_0(acc, y + 25); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_7_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_7_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix7_1(acc, y + 10); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix7_3(acc, y + 12); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    default: acc ^= y * 347u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix7_2(acc, y + 14); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    default: acc ^= y * 62u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix7_0(acc, y + 23); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix7_3(acc, y + 9); break;
    case 30: acc = mix7_2(acc, y + 30); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    default: acc ^= y * 781u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix7_1(acc, y + 7); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_7_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_7_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix7_2(acc, y + 16); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    default: acc ^= y * 457u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix7_1(acc, y + 23); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    default: acc ^= y * 837u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix7_0(acc, y + 18); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    default: acc ^= y * 803u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix7_2(acc, y + 34); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    default: acc ^= y * 270u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_7_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_7_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix7_3(acc, y + 39); break;
    case 30: acc = mix7_2(acc, y + 30); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    default: acc ^= y * 10u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix7_0(acc, y + 11); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    default: acc ^= y * 124u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix7_0(acc, y + 24); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    default: acc ^= y * 433u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix7_2(acc, y + 32); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_7_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_7_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix7_0(acc, y + 25); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix7_0(acc, y + 14); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix7_0(acc, y + 8); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    default: acc ^= y * 955u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix7_0(acc, y + 33); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    default: acc ^= y * 632u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_7_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_7_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix7_0(acc, y + 7); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    default: acc ^= y * 563u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix7_0(acc, y + 7); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix7_2(acc, y + 23); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    default: acc ^= y * 875u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_7_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_7_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix7_0(acc, y + 24); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    default: acc ^= y * 227u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix7_2(acc, y + 33); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix7_0(acc, y + 17); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    default: acc ^= y * 713u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix7_3(acc, y + 5); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    default: acc ^= y * 568u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_7_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_7_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix7_0(acc, y + 7); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    default: acc ^= y * 444u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix7_3(acc, y + 15); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix7_2(acc, y + 1); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_7_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_7_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix7_0(acc, y + 14); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    default: acc ^= y * 102u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix7_1(acc, y + 2); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix7_0(acc, y + 28); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    default: acc ^= y * 650u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix7_0(acc, y + 22); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    default: acc ^= y * 588u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_7_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_7_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix7_1(acc, y + 27); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    default: acc ^= y * 165u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix7_0(acc, y + 6); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix7_1(acc, y + 18); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix7_3(acc, y + 10); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    default: acc ^= y * 507u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix7_3(acc, y + 10); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    default: acc ^= y * 597u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix7_3(acc, y + 30); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    default: acc ^= y * 9u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_7_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_7_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix7_1(acc, y + 27); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix7_0(acc, y + 5); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix7_1(acc, y + 21); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    default: acc ^= y * 682u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix7_0(acc, y + 17); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    default: acc ^= y * 635u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_7_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_7_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix7_3(acc, y + 24); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix7_3(acc, y + 11); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    default: acc ^= y * 903u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix7_3(acc, y + 10); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_7_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_7_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix7_0(acc, y + 25); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    default: acc ^= y * 215u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix7_1(acc, y + 9); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix7_2(acc, y + 22); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix7_2(acc, y + 23); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    default: acc ^= y * 36u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix7_3(acc, y + 25); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 35: acc = mix7_1(acc, y + 35); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    default: acc ^= y * 732u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_7_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix7_2(acc, y + 37); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 20: acc = mix7_0(acc, y + 20); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    default: acc ^= y * 331u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix7_2(acc, y + 11); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    default: acc ^= y * 902u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix7_0(acc, y + 35); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    default: acc ^= y * 132u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix7_0(acc, y + 10); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    default: acc ^= y * 389u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_7_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_7_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix7_3(acc, y + 13); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix7_1(acc, y + 4); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix7_1(acc, y + 29); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix7_0(acc, y + 18); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix7_1(acc, y + 17); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    default: acc ^= y * 441u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix7_3(acc, y + 9); break;
    case 6: acc = mix7_1(acc, y + 6); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_7_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_7_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix7_2(acc, y + 5); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix7_2(acc, y + 5); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    default: acc ^= y * 116u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix7_2(acc, y + 21); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    default: acc ^= y * 444u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix7_1(acc, y + 30); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    default: acc ^= y * 347u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix7_3(acc, y + 29); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    default: acc ^= y * 584u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix7_0(acc, y + 10); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    default: acc ^= y * 582u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_7_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_7_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix7_1(acc, y + 9); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    default: acc ^= y * 642u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix7_3(acc, y + 12); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix7_2(acc, y + 35); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_7_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_7_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix7_1(acc, y + 14); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    default: acc ^= y * 498u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix7_3(acc, y + 30); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    default: acc ^= y * 433u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix7_0(acc, y + 31); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix7_1(acc, y + 33); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    default: acc ^= y * 818u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix7_0(acc, y + 7); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix7_2(acc, y + 37); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_7_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_7_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix7_3(acc, y + 6); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix7_2(acc, y + 28); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    default: acc ^= y * 168u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix7_0(acc, y + 25); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    default: acc ^= y * 831u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix7_2(acc, y + 15); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    default: acc ^= y * 803u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_7_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_7_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix7_2(acc, y + 1); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    default: acc ^= y * 386u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix7_0(acc, y + 1); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    default: acc ^= y * 231u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix7_3(acc, y + 19); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix7_1(acc, y + 27); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix7_3(acc, y + 9); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix7_0(acc, y + 21); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_7_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_7_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix7_2(acc, y + 4); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    default: acc ^= y * 75u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix7_0(acc, y + 8); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    default: acc ^= y * 79u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix7_2(acc, y + 13); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    default: acc ^= y * 420u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix7_0(acc, y + 24); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 462u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix7_1(acc, y + 30); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    default: acc ^= y * 8u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix7_3(acc, y + 33); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_7_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_7_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix7_2(acc, y + 22); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix7_1(acc, y + 35); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 6: acc = mix7_1(acc, y + 6); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix7_1(acc, y + 27); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix7_3(acc, y + 33); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    default: acc ^= y * 532u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix7_1(acc, y + 34); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    default: acc ^= y * 628u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_7_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_7_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix7_2(acc, y + 22); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    default: acc ^= y * 553u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix7_0(acc, y + 30); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    default: acc ^= y * 330u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix7_1(acc, y + 30); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix7_2(acc, y + 25); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    default: acc ^= y * 956u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix7_3(acc, y + 22); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    default: acc ^= y * 385u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix7_0(acc, y + 18); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    default: acc ^= y * 202u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_7_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_7_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix7_1(acc, y + 34); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix7_1(acc, y + 7); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix7_2(acc, y + 37); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    default: acc ^= y * 989u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix7_2(acc, y + 35); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix7_1(acc, y + 10); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    default: acc ^= y * 650u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 14: acc = mix7_0(acc, y + 14); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_7_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_7_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix7_0(acc, y + 13); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    default: acc ^= y * 602u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix7_0(acc, y + 26); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix7_3(acc, y + 26); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix7_0(acc, y + 23); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix7_3(acc, y + 19); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    default: acc ^= y * 485u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix7_0(acc, y + 11); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    default: acc ^= y * 193u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_7_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_7_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix7_0(acc, y + 19); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix7_0(acc, y + 15); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix7_1(acc, y + 29); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix7_2(acc, y + 12); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_7_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_7_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix7_3(acc, y + 8); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    default: acc ^= y * 203u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix7_2(acc, y + 3); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    default: acc ^= y * 396u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix7_0(acc, y + 5); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    default: acc ^= y * 352u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix7_0(acc, y + 16); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    default: acc ^= y * 666u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix7_0(acc, y + 35); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    default: acc ^= y * 173u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_7_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_7_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix7_3(acc, y + 27); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix7_2(acc, y + 11); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    default: acc ^= y * 377u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix7_3(acc, y + 11); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_7_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_7_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix7_3(acc, y + 23); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    default: acc ^= y * 260u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix7_0(acc, y + 22); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    default: acc ^= y * 450u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix7_0(acc, y + 29); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    default: acc ^= y * 740u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_7_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_7_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix7_1(acc, y + 8); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    default: acc ^= y * 740u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix7_0(acc, y + 12); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix7_0(acc, y + 26); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    default: acc ^= y * 430u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix7_1(acc, y + 13); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    default: acc ^= y * 383u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix7_3(acc, y + 30); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_7_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_7_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix7_0(acc, y + 13); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    default: acc ^= y * 358u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix7_1(acc, y + 15); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    default: acc ^= y * 197u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix7_3(acc, y + 3); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    default: acc ^= y * 597u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix7_1(acc, y + 11); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix7_0(acc, y + 9); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix7_2(acc, y + 21); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    default: acc ^= y * 851u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_7_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_7_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix7_2(acc, y + 28); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix7_0(acc, y + 12); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 20: acc = mix7_0(acc, y + 20); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix7_0(acc, y + 27); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    default: acc ^= y * 705u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix7_1(acc, y + 5); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix7_0(acc, y + 10); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix7_2(acc, y + 10); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_7_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_7_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix7_1(acc, y + 8); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix7_3(acc, y + 11); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    default: acc ^= y * 11u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix7_0(acc, y + 2); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    default: acc ^= y * 258u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix7_3(acc, y + 30); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    default: acc ^= y * 572u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix7_3(acc, y + 23); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_7_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_7_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix7_1(acc, y + 4); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 595u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix7_0(acc, y + 37); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix7_1(acc, y + 11); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    default: acc ^= y * 704u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix7_0(acc, y + 15); break;
    case 30: acc = mix7_2(acc, y + 30); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix7_3(acc, y + 1); break;
    case 6: acc = mix7_1(acc, y + 6); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    default: acc ^= y * 616u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix7_2(acc, y + 36); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_7_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix7_2(acc, y + 37); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 30: acc = mix7_2(acc, y + 30); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix7_1(acc, y + 35); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    default: acc ^= y * 972u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix7_3(acc, y + 26); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    default: acc ^= y * 955u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix7_3(acc, y + 2); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix7_1(acc, y + 23); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix7_3(acc, y + 22); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 20: acc = mix7_0(acc, y + 20); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_7_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_7_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix7_1(acc, y + 11); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    default: acc ^= y * 81u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix7_0(acc, y + 28); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    default: acc ^= y * 435u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix7_3(acc, y + 21); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix7_0(acc, y + 28); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    default: acc ^= y * 195u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_7_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_7_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix7_2(acc, y + 39); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix7_2(acc, y + 39); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix7_1(acc, y + 1); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix7_3(acc, y + 15); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    default: acc ^= y * 362u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix7_1(acc, y + 38); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix7_1(acc, y + 31); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_7_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_7_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix7_2(acc, y + 15); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    default: acc ^= y * 367u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix7_0(acc, y + 22); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    default: acc ^= y * 792u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix7_1(acc, y + 27); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix7_2(acc, y + 13); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    default: acc ^= y * 614u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_7_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_7_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix7_3(acc, y + 2); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    default: acc ^= y * 679u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix7_0(acc, y + 33); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix7_1(acc, y + 35); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    default: acc ^= y * 765u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix7_2(acc, y + 17); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    default: acc ^= y * 995u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_7_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix7_2(acc, y + 18); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix7_2(acc, y + 32); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    default: acc ^= y * 232u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix7_1(acc, y + 15); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    default: acc ^= y * 352u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix7_3(acc, y + 32); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    default: acc ^= y * 661u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix7_0(acc, y + 18); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix7_1(acc, y + 23); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    default: acc ^= y * 520u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_7_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_7_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix7_1(acc, y + 31); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix7_2(acc, y + 11); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    default: acc ^= y * 218u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix7_1(acc, y + 38); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix7_3(acc, y + 16); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix7_3(acc, y + 9); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_7_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_7_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix7_0(acc, y + 37); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    default: acc ^= y * 73u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix7_2(acc, y + 15); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix7_3(acc, y + 21); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    default: acc ^= y * 557u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix7_1(acc, y + 11); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    default: acc ^= y * 598u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix7_2(acc, y + 31); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_7_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_7_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix7_2(acc, y + 25); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    default: acc ^= y * 520u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix7_3(acc, y + 22); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 30: acc = mix7_2(acc, y + 30); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix7_1(acc, y + 24); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    default: acc ^= y * 910u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix7_3(acc, y + 21); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix7_1(acc, y + 9); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    default: acc ^= y * 779u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_7_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_7_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix7_0(acc, y + 17); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    default: acc ^= y * 56u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix7_1(acc, y + 7); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    default: acc ^= y * 268u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix7_3(acc, y + 32); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix7_3(acc, y + 26); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    default: acc ^= y * 996u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix7_0(acc, y + 23); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    default: acc ^= y * 716u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix7_2(acc, y + 33); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    default: acc ^= y * 775u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_7_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_7_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix7_2(acc, y + 33); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix7_2(acc, y + 12); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    default: acc ^= y * 836u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix7_0(acc, y + 13); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix7_2(acc, y + 14); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    default: acc ^= y * 368u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_7_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_7_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix7_1(acc, y + 32); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    default: acc ^= y * 95u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix7_2(acc, y + 27); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix7_3(acc, y + 35); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_7_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_7_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix7_2(acc, y + 32); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    default: acc ^= y * 62u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix7_2(acc, y + 8); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix7_1(acc, y + 10); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    default: acc ^= y * 560u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_7_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_7_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix7_1(acc, y + 36); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    default: acc ^= y * 225u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix7_0(acc, y + 31); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix7_3(acc, y + 18); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_7_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_7_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix7_2(acc, y + 36); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix7_0(acc, y + 19); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    default: acc ^= y * 660u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix7_1(acc, y + 28); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix7_0(acc, y + 19); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    default: acc ^= y * 849u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix7_1(acc, y + 15); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    default: acc ^= y * 5u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix7_1(acc, y + 32); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_7_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_7_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix7_1(acc, y + 35); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix7_2(acc, y + 30); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    default: acc ^= y * 698u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix7_0(acc, y + 19); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix7_2(acc, y + 19); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    default: acc ^= y * 462u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix7_1(acc, y + 34); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    default: acc ^= y * 56u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_7_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix7_2(acc, y + 12); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix7_1(acc, y + 22); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    default: acc ^= y * 937u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix7_2(acc, y + 8); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix7_3(acc, y + 15); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    default: acc ^= y * 559u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_7_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_7_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix7_0(acc, y + 3); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    default: acc ^= y * 334u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix7_1(acc, y + 35); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    default: acc ^= y * 603u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix7_2(acc, y + 2); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    default: acc ^= y * 490u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix7_1(acc, y + 25); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    default: acc ^= y * 342u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix7_0(acc, y + 21); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix7_2(acc, y + 38); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    default: acc ^= y * 704u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_7_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_7_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix7_2(acc, y + 26); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    default: acc ^= y * 564u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix7_3(acc, y + 4); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    default: acc ^= y * 398u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix7_3(acc, y + 14); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix7_3(acc, y + 36); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    default: acc ^= y * 707u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_7_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_7_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix7_0(acc, y + 33); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    default: acc ^= y * 68u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix7_2(acc, y + 23); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    default: acc ^= y * 24u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix7_3(acc, y + 4); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    default: acc ^= y * 622u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_7_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_7_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix7_0(acc, y + 35); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix7_3(acc, y + 38); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix7_1(acc, y + 35); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix7_2(acc, y + 30); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix7_3(acc, y + 11); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    default: acc ^= y * 384u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix7_2(acc, y + 10); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    default: acc ^= y * 940u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_7_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_7_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix7_2(acc, y + 4); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    default: acc ^= y * 569u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix7_3(acc, y + 20); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    default: acc ^= y * 27u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix7_1(acc, y + 14); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 30: acc = mix7_2(acc, y + 30); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    default: acc ^= y * 663u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix7_0(acc, y + 35); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix7_2(acc, y + 38); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    default: acc ^= y * 150u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix7_3(acc, y + 8); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    default: acc ^= y * 216u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_7_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_7_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix7_3(acc, y + 16); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix7_3(acc, y + 15); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    default: acc ^= y * 899u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix7_1(acc, y + 16); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    default: acc ^= y * 131u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix7_0(acc, y + 24); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    default: acc ^= y * 300u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix7_3(acc, y + 16); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    default: acc ^= y * 731u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix7_3(acc, y + 4); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    default: acc ^= y * 825u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_7_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_7_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix7_3(acc, y + 32); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix7_1(acc, y + 5); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix7_2(acc, y + 12); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    default: acc ^= y * 432u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix7_2(acc, y + 22); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix7_2(acc, y + 17); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_7_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_7_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix7_0(acc, y + 13); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    default: acc ^= y * 271u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix7_0(acc, y + 11); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    default: acc ^= y * 856u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix7_2(acc, y + 25); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    default: acc ^= y * 138u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_7_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_7_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix7_3(acc, y + 21); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    default: acc ^= y * 431u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix7_0(acc, y + 19); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    default: acc ^= y * 632u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix7_1(acc, y + 22); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    default: acc ^= y * 660u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix7_1(acc, y + 32); break;
    case 6: acc = mix7_1(acc, y + 6); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    default: acc ^= y * 939u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix7_1(acc, y + 15); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 25: acc = mix7_3(acc, y + 25); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    default: acc ^= y * 822u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_7_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_7_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix7_2(acc, y + 6); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    default: acc ^= y * 638u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix7_1(acc, y + 3); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix7_0(acc, y + 28); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix7_1(acc, y + 5); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix7_0(acc, y + 37); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    default: acc ^= y * 680u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix7_2(acc, y + 11); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_7_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_7_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix7_0(acc, y + 22); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    default: acc ^= y * 768u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix7_0(acc, y + 22); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix7_3(acc, y + 33); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    default: acc ^= y * 949u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix7_3(acc, y + 38); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix7_2(acc, y + 17); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    default: acc ^= y * 585u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_7_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_7_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix7_0(acc, y + 24); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    default: acc ^= y * 837u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix7_2(acc, y + 4); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix7_1(acc, y + 2); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix7_2(acc, y + 4); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_7_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_7_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix7_0(acc, y + 28); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix7_1(acc, y + 17); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    default: acc ^= y * 545u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix7_3(acc, y + 21); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix7_0(acc, y + 24); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix7_3(acc, y + 8); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix7_1(acc, y + 6); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_7_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_7_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix7_2(acc, y + 25); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    default: acc ^= y * 991u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix7_3(acc, y + 22); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix7_0(acc, y + 32); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix7_3(acc, y + 27); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix7_3(acc, y + 21); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix7_1(acc, y + 30); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    default: acc ^= y * 16u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_7_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_7_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix7_1(acc, y + 26); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix7_1(acc, y + 27); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    default: acc ^= y * 325u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix7_3(acc, y + 15); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    default: acc ^= y * 12u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix7_1(acc, y + 20); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_7_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_7_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix7_1(acc, y + 28); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    default: acc ^= y * 193u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix7_1(acc, y + 2); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    default: acc ^= y * 472u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix7_1(acc, y + 2); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix7_1(acc, y + 21); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    default: acc ^= y * 330u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix7_3(acc, y + 15); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 11u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_7_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_7_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix7_2(acc, y + 22); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 24: acc = mix7_3(acc, y + 24); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    default: acc ^= y * 108u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix7_0(acc, y + 36); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    default: acc ^= y * 175u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix7_1(acc, y + 32); break;
    case 38: acc = mix7_3(acc, y + 38); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix7_0(acc, y + 22); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    default: acc ^= y * 464u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix7_0(acc, y + 18); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    default: acc ^= y * 883u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_7_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_7_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix7_3(acc, y + 38); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    default: acc ^= y * 74u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix7_1(acc, y + 4); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    default: acc ^= y * 310u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix7_2(acc, y + 3); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    default: acc ^= y * 205u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix7_1(acc, y + 23); break;
    case 25: acc = mix7_0(acc, y + 25); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix7_2(acc, y + 1); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 25: acc = mix7_2(acc, y + 25); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 6: acc = mix7_1(acc, y + 6); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_7_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix7_3(acc, y + 31); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 30: acc = mix7_2(acc, y + 30); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    default: acc ^= y * 817u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix7_0(acc, y + 24); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix7_0(acc, y + 21); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_7_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_7_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix7_3(acc, y + 36); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix7_3(acc, y + 3); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix7_2(acc, y + 22); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    default: acc ^= y * 431u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix7_1(acc, y + 16); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    default: acc ^= y * 972u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix7_0(acc, y + 16); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_7_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_7_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix7_3(acc, y + 24); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 34: acc = mix7_3(acc, y + 34); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    default: acc ^= y * 347u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix7_2(acc, y + 12); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix7_3(acc, y + 16); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix7_2(acc, y + 39); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix7_2(acc, y + 30); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    default: acc ^= y * 352u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_7_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_7_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix7_1(acc, y + 14); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    default: acc ^= y * 596u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix7_0(acc, y + 26); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix7_0(acc, y + 9); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 30: acc = mix7_2(acc, y + 30); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix7_3(acc, y + 9); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    default: acc ^= y * 151u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_7_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_7_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix7_3(acc, y + 23); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    default: acc ^= y * 572u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix7_0(acc, y + 14); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    default: acc ^= y * 977u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix7_1(acc, y + 14); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 26: acc = mix7_1(acc, y + 26); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_7_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_7_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix7_2(acc, y + 15); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix7_0(acc, y + 5); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    default: acc ^= y * 229u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix7_2(acc, y + 27); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_7_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix7_0(acc, y + 30); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix7_2(acc, y + 12); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix7_1(acc, y + 6); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 18: acc = mix7_0(acc, y + 18); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    default: acc ^= y * 414u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix7_2(acc, y + 22); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_7_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_7_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix7_2(acc, y + 16); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    case 6: acc = mix7_1(acc, y + 6); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 35: acc = mix7_2(acc, y + 35); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    default: acc ^= y * 998u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix7_3(acc, y + 31); break;
    case 25: acc = mix7_2(acc, y + 25); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix7_1(acc, y + 20); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix7_2(acc, y + 18); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_7_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix7_0(acc, y + 24); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    default: acc ^= y * 311u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix7_0(acc, y + 14); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix7_3(acc, y + 33); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix7_1(acc, y + 26); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix7_1(acc, y + 21); break;
    case 7: acc = mix7_3(acc, y + 7); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    default: acc ^= y * 71u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix7_2(acc, y + 12); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    default: acc ^= y * 385u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_7_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_7_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix7_0(acc, y + 20); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    case 15: acc = mix7_2(acc, y + 15); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    default: acc ^= y * 44u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix7_0(acc, y + 22); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    default: acc ^= y * 441u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix7_2(acc, y + 39); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 11: acc = mix7_0(acc, y + 11); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix7_0(acc, y + 10); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    case 20: acc = mix7_0(acc, y + 20); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 24: acc = mix7_1(acc, y + 24); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    default: acc ^= y * 614u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_7_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_7_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix7_1(acc, y + 23); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 12: acc = mix7_1(acc, y + 12); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    default: acc ^= y * 610u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix7_0(acc, y + 12); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    default: acc ^= y * 234u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix7_3(acc, y + 8); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 9: acc = mix7_0(acc, y + 9); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    default: acc ^= y * 689u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix7_1(acc, y + 9); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix7_3(acc, y + 24); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    default: acc ^= y * 136u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix7_0(acc, y + 7); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_7_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_7_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix7_3(acc, y + 11); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 27: acc = mix7_2(acc, y + 27); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    default: acc ^= y * 4u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix7_3(acc, y + 31); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix7_3(acc, y + 32); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 37: acc = mix7_2(acc, y + 37); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix7_0(acc, y + 24); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 10: acc = mix7_3(acc, y + 10); break;
    default: acc ^= y * 178u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_7_98(acc, y ^ 99);
    return acc;
}
