#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix9_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix9_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix9_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix9_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_9_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix9_3(acc, y + 18); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    default: acc ^= y * 846u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix9_0(acc, y + 24); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    default: acc ^= y * 491u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix9_2(acc, y + 18); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix9_1(acc, y + 11); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 1024u) { sink = acc; }
    return acc;
}
uint32_t fn_9_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix9_1(acc, y + 28); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    default: acc ^= y * 516u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix9_2(acc, y + 17); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    default: acc ^= y * 577u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix9_2(acc, y + 33); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 29: acc = mix9_2(acc, y + 29); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix9_1(acc, y + 10); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    default: acc ^= y * 581u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix9_3(acc, y + 23); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix9_3(acc, y + 38); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    default: acc ^= y * 112u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_9_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix9_3(acc, y + 1); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    default: acc ^= y * 78u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix9_2(acc, y + 23); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix9_1(acc, y + 37); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix9_2(acc, y + 12); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    default: acc ^= y * 314u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_9_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_9_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix9_3(acc, y + 9); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix9_2(acc, y + 16); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix9_1(acc, y + 21); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix9_2(acc, y + 25); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix9_2(acc, y + 27); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix9_0(acc, y + 21); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_9_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_9_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix9_1(acc, y + 16); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    default: acc ^= y * 178u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix9_2(acc, y + 8); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix9_2(acc, y + 9); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    default: acc ^= y * 627u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix9_2(acc, y + 29); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix9_0(acc, y + 37); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_9_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix9_0(acc, y + 19); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    default: acc ^= y * 797u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix9_1(acc, y + 38); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix9_2(acc, y + 7); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    default: acc ^= y * 297u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix9_0(acc, y + 7); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    default: acc ^= y * 856u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix9_2(acc, y + 31); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    default: acc ^= y * 524u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_9_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_9_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix9_3(acc, y + 21); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix9_3(acc, y + 38); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    default: acc ^= y * 135u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix9_3(acc, y + 33); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix9_3(acc, y + 34); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    default: acc ^= y * 207u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix9_0(acc, y + 38); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_9_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_9_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix9_0(acc, y + 31); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix9_2(acc, y + 21); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    default: acc ^= y * 649u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix9_1(acc, y + 32); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    default: acc ^= y * 452u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_9_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_9_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix9_2(acc, y + 15); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix9_2(acc, y + 30); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    default: acc ^= y * 151u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix9_3(acc, y + 5); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix9_0(acc, y + 20); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_9_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_9_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix9_3(acc, y + 6); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    default: acc ^= y * 903u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix9_3(acc, y + 6); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix9_3(acc, y + 28); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_9_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_9_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix9_3(acc, y + 2); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix9_2(acc, y + 9); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix9_2(acc, y + 32); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    default: acc ^= y * 644u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix9_2(acc, y + 11); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 27: acc = mix9_2(acc, y + 27); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    default: acc ^= y * 419u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix9_3(acc, y + 22); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix9_0(acc, y + 6); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    default: acc ^= y * 835u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_9_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix9_3(acc, y + 25); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix9_1(acc, y + 4); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    default: acc ^= y * 716u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix9_3(acc, y + 20); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_9_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_9_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix9_0(acc, y + 16); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix9_3(acc, y + 11); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    default: acc ^= y * 786u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix9_0(acc, y + 16); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    default: acc ^= y * 391u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix9_3(acc, y + 12); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix9_0(acc, y + 8); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    default: acc ^= y * 908u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix9_1(acc, y + 32); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_9_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_9_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix9_1(acc, y + 18); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix9_1(acc, y + 19); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix9_0(acc, y + 5); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    default: acc ^= y * 994u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix9_3(acc, y + 13); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    default: acc ^= y * 837u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_9_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_9_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix9_1(acc, y + 11); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    default: acc ^= y * 146u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix9_2(acc, y + 28); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    default: acc ^= y * 831u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix9_1(acc, y + 19); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix9_0(acc, y + 37); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    default: acc ^= y * 475u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_9_13(acc, y ^ 14);
    return acc;
}
