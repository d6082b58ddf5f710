#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix11_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix11_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix11_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix11_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_11_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix11_2(acc, y + 13); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix11_1(acc, y + 37); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    default: acc ^= y * 391u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix11_1(acc, y + 15); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    default: acc ^= y * 981u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix11_0(acc, y + 34); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    default: acc ^= y * 321u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix11_1(acc, y + 23); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 8192u) { sink = acc; }
    return acc;
}
uint32_t fn_11_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix11_1(acc, y + 35); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    default: acc ^= y * 309u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix11_1(acc, y + 10); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix11_2(acc, y + 11); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    case 14: acc = mix11_3(acc, y + 14); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    default: acc ^= y * 605u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix11_3(acc, y + 24); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_11_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix11_3(acc, y + 33); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    default: acc ^= y * 588u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix11_3(acc, y + 8); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix11_1(acc, y + 11); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix11_3(acc, y + 27); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    default: acc ^= y * 276u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix11_0(acc, y + 13); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_11_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_11_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix11_0(acc, y + 3); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    default: acc ^= y * 890u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix11_3(acc, y + 12); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix11_2(acc, y + 14); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix11_2(acc, y + 24); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    default: acc ^= y * 976u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix11_2(acc, y + 1); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix11_0(acc, y + 32); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    default: acc ^= y * 892u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_11_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_11_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix11_2(acc, y + 23); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix11_0(acc, y + 13); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix11_0(acc, y + 36); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    default: acc ^= y * 386u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_11_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix11_0(acc, y + 8); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    default: acc ^= y * 975u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix11_3(acc, y + 5); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    default: acc ^= y * 551u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix11_1(acc, y + 39); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    default: acc ^= y * 521u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix11_2(acc, y + 26); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    default: acc ^= y * 402u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix11_1(acc, y + 23); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    default: acc ^= y * 344u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_11_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_11_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix11_2(acc, y + 3); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix11_1(acc, y + 27); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 39: acc = mix11_2(acc, y + 39); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix11_1(acc, y + 7); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    default: acc ^= y * 627u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix11_2(acc, y + 9); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    default: acc ^= y * 696u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix11_1(acc, y + 31); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix11_3(acc, y + 11); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_11_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_11_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix11_3(acc, y + 26); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix11_2(acc, y + 1); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    default: acc ^= y * 468u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix11_0(acc, y + 12); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    default: acc ^= y * 102u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix11_1(acc, y + 7); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix11_2(acc, y + 12); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 14: acc = mix11_3(acc, y + 14); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    default: acc ^= y * 383u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix11_2(acc, y + 30); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_11_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_11_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix11_3(acc, y + 35); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix11_1(acc, y + 18); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    default: acc ^= y * 663u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix11_1(acc, y + 37); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    default: acc ^= y * 90u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix11_1(acc, y + 4); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    default: acc ^= y * 226u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix11_2(acc, y + 25); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_11_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix11_1(acc, y + 22); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix11_2(acc, y + 12); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    default: acc ^= y * 455u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix11_3(acc, y + 36); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_11_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_11_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix11_1(acc, y + 1); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    default: acc ^= y * 116u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix11_2(acc, y + 22); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    default: acc ^= y * 323u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix11_0(acc, y + 18); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    default: acc ^= y * 657u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_11_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_11_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix11_2(acc, y + 15); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    default: acc ^= y * 836u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix11_0(acc, y + 14); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix11_2(acc, y + 9); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    default: acc ^= y * 916u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix11_0(acc, y + 33); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix11_2(acc, y + 6); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    default: acc ^= y * 695u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_11_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_11_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix11_1(acc, y + 28); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    default: acc ^= y * 321u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix11_2(acc, y + 2); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    default: acc ^= y * 535u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix11_3(acc, y + 17); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_11_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix11_2(acc, y + 37); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    default: acc ^= y * 872u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix11_1(acc, y + 4); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    default: acc ^= y * 488u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix11_2(acc, y + 11); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    default: acc ^= y * 929u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix11_3(acc, y + 6); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix11_2(acc, y + 4); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_11_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix11_2(acc, y + 4); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    default: acc ^= y * 445u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix11_0(acc, y + 18); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    default: acc ^= y * 463u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix11_2(acc, y + 18); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    default: acc ^= y * 607u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix11_1(acc, y + 12); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    default: acc ^= y * 291u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_11_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_11_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix11_3(acc, y + 12); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix11_1(acc, y + 23); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 14: acc = mix11_3(acc, y + 14); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix11_1(acc, y + 9); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    default: acc ^= y * 877u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_11_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_11_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix11_2(acc, y + 30); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix11_0(acc, y + 28); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix11_0(acc, y + 37); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix11_0(acc, y + 17); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    default: acc ^= y * 361u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_11_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_11_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix11_3(acc, y + 35); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    default: acc ^= y * 21u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix11_1(acc, y + 31); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 17: acc = mix11_3(acc, y + 17); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix11_2(acc, y + 21); break;
    case 17: acc = mix11_2(acc, y + 17); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    default: acc ^= y * 127u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix11_2(acc, y + 16); break;
    case 17: acc = mix11_3(acc, y + 17); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    default: acc ^= y * 996u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix11_1(acc, y + 27); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix11_3(acc, y + 39); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_11_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_11_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix11_0(acc, y + 15); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    default: acc ^= y * 190u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix11_1(acc, y + 23); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix11_0(acc, y + 21); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_11_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_11_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix11_3(acc, y + 19); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    default: acc ^= y * 913u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix11_0(acc, y + 28); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix11_2(acc, y + 11); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    default: acc ^= y * 126u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix11_2(acc, y + 25); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_11_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_11_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix11_0(acc, y + 2); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix11_0(acc, y + 32); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix11_1(acc, y + 17); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    default: acc ^= y * 504u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_11_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_11_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix11_2(acc, y + 31); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix11_0(acc, y + 2); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix11_1(acc, y + 28); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix11_0(acc, y + 28); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    default: acc ^= y * 562u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_11_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_11_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix11_2(acc, y + 16); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix11_3(acc, y + 17); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix11_1(acc, y + 22); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix11_3(acc, y + 28); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix11_0(acc, y + 22); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    default: acc ^= y * 54u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_11_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_11_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix11_0(acc, y + 22); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix11_1(acc, y + 25); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix11_0(acc, y + 6); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix11_1(acc, y + 22); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_11_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_11_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix11_0(acc, y + 2); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix11_2(acc, y + 38); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    default: acc ^= y * 626u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix11_1(acc, y + 19); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_11_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_11_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix11_1(acc, y + 19); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix11_2(acc, y + 39); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    default: acc ^= y * 496u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix11_0(acc, y + 3); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    default: acc ^= y * 539u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix11_2(acc, y + 21); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    default: acc ^= y * 802u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix11_0(acc, y + 27); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 20: acc = mix11_3(acc, y + 20); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_11_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_11_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix11_2(acc, y + 12); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix11_1(acc, y + 4); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    default: acc ^= y * 276u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix11_0(acc, y + 7); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix11_2(acc, y + 10); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_11_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix11_2(acc, y + 27); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    default: acc ^= y * 253u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix11_3(acc, y + 15); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix11_3(acc, y + 22); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    default: acc ^= y * 845u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_11_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_11_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix11_2(acc, y + 33); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    default: acc ^= y * 605u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix11_2(acc, y + 27); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix11_3(acc, y + 33); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix11_2(acc, y + 36); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    default: acc ^= y * 145u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix11_0(acc, y + 8); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_11_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_11_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix11_3(acc, y + 1); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 33: acc = mix11_0(acc, y + 33); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    default: acc ^= y * 318u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix11_0(acc, y + 21); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    default: acc ^= y * 370u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix11_2(acc, y + 23); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix11_0(acc, y + 23); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    default: acc ^= y * 182u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix11_3(acc, y + 18); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    default: acc ^= y * 428u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_11_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_11_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix11_0(acc, y + 16); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix11_0(acc, y + 11); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    default: acc ^= y * 3u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix11_3(acc, y + 25); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix11_1(acc, y + 11); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    default: acc ^= y * 854u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix11_2(acc, y + 7); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix11_0(acc, y + 34); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    default: acc ^= y * 579u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_11_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_11_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix11_1(acc, y + 8); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    default: acc ^= y * 532u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix11_2(acc, y + 25); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    default: acc ^= y * 203u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix11_1(acc, y + 22); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    default: acc ^= y * 4u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix11_1(acc, y + 33); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    default: acc ^= y * 289u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix11_1(acc, y + 21); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 2: acc = mix11_0(acc, y + 2); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix11_3(acc, y + 24); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 2: acc = mix11_0(acc, y + 2); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    default: acc ^= y * 426u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_11_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_11_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix11_3(acc, y + 24); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix11_3(acc, y + 21); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix11_1(acc, y + 12); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    default: acc ^= y * 891u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix11_3(acc, y + 26); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    default: acc ^= y * 36u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix11_3(acc, y + 9); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix11_3(acc, y + 32); break;
    case 39: acc = mix11_2(acc, y + 39); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    default: acc ^= y * 316u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_11_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_11_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix11_2(acc, y + 1); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix11_1(acc, y + 14); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix11_2(acc, y + 4); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_11_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_11_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix11_3(acc, y + 9); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix11_0(acc, y + 12); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix11_2(acc, y + 34); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix11_2(acc, y + 14); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix11_2(acc, y + 36); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix11_3(acc, y + 4); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_11_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_11_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix11_3(acc, y + 33); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    default: acc ^= y * 33u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix11_0(acc, y + 38); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    default: acc ^= y * 231u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix11_1(acc, y + 34); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix11_2(acc, y + 7); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    default: acc ^= y * 912u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_11_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_11_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix11_3(acc, y + 1); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix11_3(acc, y + 17); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    default: acc ^= y * 20u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix11_0(acc, y + 6); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    default: acc ^= y * 610u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_11_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_11_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix11_3(acc, y + 19); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    default: acc ^= y * 119u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix11_0(acc, y + 12); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 17: acc = mix11_2(acc, y + 17); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    default: acc ^= y * 721u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix11_3(acc, y + 16); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    default: acc ^= y * 88u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix11_1(acc, y + 15); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix11_0(acc, y + 12); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    default: acc ^= y * 890u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_11_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix11_0(acc, y + 29); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    default: acc ^= y * 656u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix11_3(acc, y + 25); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    default: acc ^= y * 467u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix11_2(acc, y + 4); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    default: acc ^= y * 394u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix11_2(acc, y + 11); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix11_2(acc, y + 22); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_11_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix11_3(acc, y + 22); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix11_3(acc, y + 15); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    default: acc ^= y * 529u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix11_1(acc, y + 24); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_11_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_11_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix11_1(acc, y + 36); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    default: acc ^= y * 899u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix11_1(acc, y + 19); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    default: acc ^= y * 150u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix11_2(acc, y + 5); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix11_2(acc, y + 32); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    default: acc ^= y * 589u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_11_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_11_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix11_2(acc, y + 8); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix11_2(acc, y + 4); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    default: acc ^= y * 320u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix11_2(acc, y + 13); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix11_3(acc, y + 9); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix11_0(acc, y + 21); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    default: acc ^= y * 490u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_11_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_11_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix11_3(acc, y + 33); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    default: acc ^= y * 466u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix11_2(acc, y + 17); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    default: acc ^= y * 234u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix11_1(acc, y + 10); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 39: acc = mix11_2(acc, y + 39); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix11_1(acc, y + 13); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    default: acc ^= y * 203u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_11_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_11_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix11_1(acc, y + 39); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    default: acc ^= y * 603u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix11_2(acc, y + 22); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix11_0(acc, y + 9); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix11_1(acc, y + 18); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    default: acc ^= y * 892u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix11_3(acc, y + 33); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    default: acc ^= y * 119u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_11_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix11_0(acc, y + 14); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix11_2(acc, y + 13); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 14: acc = mix11_3(acc, y + 14); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    default: acc ^= y * 653u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix11_3(acc, y + 1); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 17: acc = mix11_3(acc, y + 17); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_11_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_11_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix11_2(acc, y + 37); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    default: acc ^= y * 129u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix11_3(acc, y + 7); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    default: acc ^= y * 114u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix11_3(acc, y + 37); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    default: acc ^= y * 496u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix11_3(acc, y + 37); break;
    case 17: acc = mix11_3(acc, y + 17); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    default: acc ^= y * 478u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix11_1(acc, y + 26); break;
    case 33: acc = mix11_0(acc, y + 33); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_11_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_11_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix11_2(acc, y + 37); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    default: acc ^= y * 256u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix11_3(acc, y + 7); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix11_0(acc, y + 8); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 33: acc = mix11_0(acc, y + 33); break;
    default: acc ^= y * 342u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix11_1(acc, y + 27); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    default: acc ^= y * 644u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix11_2(acc, y + 38); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    default: acc ^= y * 647u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_11_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_11_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix11_1(acc, y + 11); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix11_2(acc, y + 5); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix11_3(acc, y + 9); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    default: acc ^= y * 83u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix11_2(acc, y + 27); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    default: acc ^= y * 256u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix11_1(acc, y + 20); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    default: acc ^= y * 467u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix11_3(acc, y + 7); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    default: acc ^= y * 902u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_11_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_11_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix11_2(acc, y + 10); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix11_3(acc, y + 20); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix11_0(acc, y + 1); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    default: acc ^= y * 287u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix11_1(acc, y + 10); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    default: acc ^= y * 403u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_11_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix11_0(acc, y + 2); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    default: acc ^= y * 414u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix11_3(acc, y + 14); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    default: acc ^= y * 867u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix11_3(acc, y + 36); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 39: acc = mix11_2(acc, y + 39); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix11_2(acc, y + 25); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix11_2(acc, y + 34); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_11_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix11_3(acc, y + 38); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    default: acc ^= y * 989u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix11_0(acc, y + 2); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix11_2(acc, y + 15); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    default: acc ^= y * 884u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix11_2(acc, y + 34); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix11_0(acc, y + 3); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 39: acc = mix11_2(acc, y + 39); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    default: acc ^= y * 587u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_11_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_11_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix11_1(acc, y + 6); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix11_0(acc, y + 37); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    default: acc ^= y * 256u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix11_1(acc, y + 7); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 17: acc = mix11_3(acc, y + 17); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix11_0(acc, y + 4); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    default: acc ^= y * 739u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix11_3(acc, y + 38); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 33: acc = mix11_0(acc, y + 33); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    default: acc ^= y * 379u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_11_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_11_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix11_2(acc, y + 19); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    default: acc ^= y * 839u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix11_1(acc, y + 39); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    default: acc ^= y * 913u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix11_0(acc, y + 34); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix11_3(acc, y + 2); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    default: acc ^= y * 612u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix11_2(acc, y + 26); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 2: acc = mix11_0(acc, y + 2); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    default: acc ^= y * 758u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix11_3(acc, y + 18); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    default: acc ^= y * 428u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_11_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_11_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix11_2(acc, y + 25); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 17: acc = mix11_3(acc, y + 17); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix11_1(acc, y + 10); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 33: acc = mix11_0(acc, y + 33); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    default: acc ^= y * 130u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix11_2(acc, y + 3); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    default: acc ^= y * 349u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix11_2(acc, y + 35); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    default: acc ^= y * 116u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix11_0(acc, y + 27); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    default: acc ^= y * 386u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix11_2(acc, y + 17); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    default: acc ^= y * 601u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_11_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_11_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix11_0(acc, y + 15); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix11_2(acc, y + 38); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    default: acc ^= y * 564u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix11_3(acc, y + 25); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    default: acc ^= y * 937u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix11_2(acc, y + 25); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix11_1(acc, y + 29); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    default: acc ^= y * 733u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_11_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix11_1(acc, y + 24); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix11_0(acc, y + 26); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix11_1(acc, y + 9); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    default: acc ^= y * 289u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix11_0(acc, y + 27); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    default: acc ^= y * 406u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix11_2(acc, y + 38); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    default: acc ^= y * 714u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 35: acc = mix11_0(acc, y + 35); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_11_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_11_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix11_2(acc, y + 7); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    default: acc ^= y * 584u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix11_1(acc, y + 14); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    default: acc ^= y * 774u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix11_1(acc, y + 34); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix11_0(acc, y + 18); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_11_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix11_3(acc, y + 9); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix11_3(acc, y + 3); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix11_0(acc, y + 13); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    default: acc ^= y * 645u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix11_2(acc, y + 31); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_11_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix11_0(acc, y + 13); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix11_0(acc, y + 18); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix11_2(acc, y + 7); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 2: acc = mix11_0(acc, y + 2); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix11_0(acc, y + 35); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    default: acc ^= y * 181u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_11_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix11_1(acc, y + 11); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix11_3(acc, y + 2); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    default: acc ^= y * 632u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix11_1(acc, y + 23); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    default: acc ^= y * 728u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix11_2(acc, y + 14); break;
    case 17: acc = mix11_3(acc, y + 17); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix11_2(acc, y + 26); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    default: acc ^= y * 359u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_11_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_11_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix11_2(acc, y + 1); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    default: acc ^= y * 117u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix11_2(acc, y + 33); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    default: acc ^= y * 707u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix11_3(acc, y + 37); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 14: acc = mix11_3(acc, y + 14); break;
    default: acc ^= y * 595u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix11_3(acc, y + 24); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    default: acc ^= y * 929u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix11_3(acc, y + 17); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_11_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_11_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix11_3(acc, y + 19); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix11_1(acc, y + 4); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    default: acc ^= y * 988u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix11_3(acc, y + 36); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    default: acc ^= y * 457u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_11_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_11_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix11_3(acc, y + 17); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    default: acc ^= y * 106u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix11_1(acc, y + 36); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix11_0(acc, y + 28); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    default: acc ^= y * 853u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix11_0(acc, y + 20); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    default: acc ^= y * 515u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_11_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_11_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix11_1(acc, y + 29); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    default: acc ^= y * 761u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix11_2(acc, y + 11); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    default: acc ^= y * 804u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix11_2(acc, y + 31); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    default: acc ^= y * 72u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix11_0(acc, y + 2); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    default: acc ^= y * 697u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_11_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_11_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix11_3(acc, y + 35); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix11_3(acc, y + 34); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    default: acc ^= y * 160u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix11_2(acc, y + 31); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    default: acc ^= y * 449u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_11_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_11_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix11_0(acc, y + 8); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    default: acc ^= y * 680u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix11_2(acc, y + 31); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    default: acc ^= y * 516u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix11_3(acc, y + 17); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    default: acc ^= y * 601u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix11_0(acc, y + 35); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix11_2(acc, y + 7); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    default: acc ^= y * 66u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_11_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_11_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix11_2(acc, y + 11); break;
    case 17: acc = mix11_2(acc, y + 17); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 33: acc = mix11_0(acc, y + 33); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    default: acc ^= y * 516u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix11_2(acc, y + 38); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    default: acc ^= y * 129u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix11_2(acc, y + 9); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 33: acc = mix11_0(acc, y + 33); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix11_1(acc, y + 37); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    default: acc ^= y * 368u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix11_3(acc, y + 29); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix11_3(acc, y + 32); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    default: acc ^= y * 666u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_11_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix11_1(acc, y + 10); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    default: acc ^= y * 575u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix11_3(acc, y + 9); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix11_3(acc, y + 4); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix11_1(acc, y + 17); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    default: acc ^= y * 284u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix11_1(acc, y + 7); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    default: acc ^= y * 813u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_11_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_11_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix11_1(acc, y + 8); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix11_0(acc, y + 29); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix11_3(acc, y + 37); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix11_2(acc, y + 4); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_11_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_11_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix11_2(acc, y + 39); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    default: acc ^= y * 189u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix11_3(acc, y + 11); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix11_3(acc, y + 19); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix11_1(acc, y + 7); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    default: acc ^= y * 426u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix11_0(acc, y + 2); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_11_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix11_3(acc, y + 7); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    default: acc ^= y * 559u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix11_0(acc, y + 14); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix11_0(acc, y + 22); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    default: acc ^= y * 891u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix11_2(acc, y + 14); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    default: acc ^= y * 366u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix11_0(acc, y + 17); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix11_1(acc, y + 15); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    default: acc ^= y * 532u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_11_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_11_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix11_0(acc, y + 35); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    default: acc ^= y * 236u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix11_0(acc, y + 24); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix11_3(acc, y + 1); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix11_2(acc, y + 7); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    default: acc ^= y * 867u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix11_2(acc, y + 18); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 17: acc = mix11_2(acc, y + 17); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_11_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_11_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix11_3(acc, y + 13); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix11_0(acc, y + 26); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix11_1(acc, y + 15); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_11_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix11_1(acc, y + 38); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix11_3(acc, y + 8); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    default: acc ^= y * 361u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix11_0(acc, y + 39); break;
    case 2: acc = mix11_0(acc, y + 2); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    default: acc ^= y * 112u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix11_3(acc, y + 29); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    default: acc ^= y * 321u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_11_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_11_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix11_0(acc, y + 1); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    default: acc ^= y * 676u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix11_3(acc, y + 32); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix11_0(acc, y + 17); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix11_2(acc, y + 38); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    default: acc ^= y * 283u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix11_1(acc, y + 25); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix11_2(acc, y + 26); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_11_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_11_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix11_1(acc, y + 8); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 14: acc = mix11_3(acc, y + 14); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix11_0(acc, y + 6); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    default: acc ^= y * 81u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix11_3(acc, y + 13); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix11_0(acc, y + 39); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    default: acc ^= y * 804u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix11_1(acc, y + 27); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    default: acc ^= y * 731u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix11_3(acc, y + 4); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    default: acc ^= y * 177u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_11_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix11_3(acc, y + 21); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    default: acc ^= y * 838u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix11_2(acc, y + 14); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    default: acc ^= y * 171u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix11_0(acc, y + 31); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix11_0(acc, y + 33); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 2: acc = mix11_0(acc, y + 2); break;
    default: acc ^= y * 311u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_11_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_11_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix11_2(acc, y + 31); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    default: acc ^= y * 310u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix11_1(acc, y + 4); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 39: acc = mix11_2(acc, y + 39); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix11_3(acc, y + 25); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    default: acc ^= y * 940u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix11_2(acc, y + 3); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_11_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_11_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix11_1(acc, y + 38); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    default: acc ^= y * 268u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix11_2(acc, y + 31); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 14: acc = mix11_3(acc, y + 14); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix11_1(acc, y + 37); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    default: acc ^= y * 145u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix11_3(acc, y + 30); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix11_0(acc, y + 19); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 6: acc = mix11_2(acc, y + 6); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    default: acc ^= y * 298u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_11_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix11_3(acc, y + 14); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    default: acc ^= y * 67u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix11_1(acc, y + 13); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix11_0(acc, y + 22); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    default: acc ^= y * 897u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_11_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_11_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix11_2(acc, y + 7); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    default: acc ^= y * 5u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix11_0(acc, y + 38); break;
    case 17: acc = mix11_3(acc, y + 17); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix11_3(acc, y + 17); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix11_1(acc, y + 15); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    default: acc ^= y * 661u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix11_1(acc, y + 16); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_11_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_11_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix11_0(acc, y + 6); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 14: acc = mix11_3(acc, y + 14); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    default: acc ^= y * 44u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix11_2(acc, y + 10); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix11_3(acc, y + 11); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix11_3(acc, y + 35); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    default: acc ^= y * 445u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix11_3(acc, y + 38); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix11_3(acc, y + 22); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_11_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix11_3(acc, y + 1); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix11_3(acc, y + 32); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    default: acc ^= y * 704u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix11_1(acc, y + 13); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    default: acc ^= y * 783u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix11_3(acc, y + 12); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix11_0(acc, y + 8); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 27: acc = mix11_1(acc, y + 27); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_11_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix11_3(acc, y + 21); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix11_0(acc, y + 1); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    default: acc ^= y * 240u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix11_3(acc, y + 14); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix11_1(acc, y + 37); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    default: acc ^= y * 605u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix11_3(acc, y + 30); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 7: acc = mix11_3(acc, y + 7); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    default: acc ^= y * 557u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_11_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix11_1(acc, y + 19); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix11_2(acc, y + 22); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    default: acc ^= y * 670u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix11_3(acc, y + 31); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    default: acc ^= y * 90u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_11_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_11_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix11_1(acc, y + 17); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix11_2(acc, y + 16); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    default: acc ^= y * 561u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix11_0(acc, y + 27); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    default: acc ^= y * 496u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix11_2(acc, y + 33); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    default: acc ^= y * 587u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix11_0(acc, y + 20); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    default: acc ^= y * 803u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_11_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_11_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix11_0(acc, y + 10); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    default: acc ^= y * 316u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix11_3(acc, y + 30); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    default: acc ^= y * 374u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix11_3(acc, y + 20); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_11_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_11_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix11_3(acc, y + 27); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix11_3(acc, y + 28); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix11_3(acc, y + 27); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    default: acc ^= y * 278u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix11_3(acc, y + 29); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_11_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_11_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix11_1(acc, y + 23); break;
    case 29: acc = mix11_2(acc, y + 29); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    default: acc ^= y * 343u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix11_3(acc, y + 34); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix11_0(acc, y + 31); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    default: acc ^= y * 315u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix11_3(acc, y + 10); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    default: acc ^= y * 550u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix11_2(acc, y + 24); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    default: acc ^= y * 837u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix11_2(acc, y + 17); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    default: acc ^= y * 245u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_11_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_11_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix11_3(acc, y + 28); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    default: acc ^= y * 394u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix11_2(acc, y + 6); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 14: acc = mix11_1(acc, y + 14); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix11_2(acc, y + 20); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix11_0(acc, y + 2); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_11_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_11_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix11_2(acc, y + 3); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    default: acc ^= y * 945u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix11_2(acc, y + 33); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    default: acc ^= y * 677u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix11_3(acc, y + 37); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    default: acc ^= y * 747u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix11_1(acc, y + 29); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 15: acc = mix11_3(acc, y + 15); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_11_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_11_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix11_1(acc, y + 17); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    default: acc ^= y * 960u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix11_3(acc, y + 28); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix11_3(acc, y + 32); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_11_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_11_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix11_0(acc, y + 12); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 33: acc = mix11_1(acc, y + 33); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix11_3(acc, y + 38); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    default: acc ^= y * 225u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix11_1(acc, y + 22); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    default: acc ^= y * 365u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix11_1(acc, y + 26); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    default: acc ^= y * 842u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix11_3(acc, y + 19); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    default: acc ^= y * 162u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 5: acc = mix11_1(acc, y + 5); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_11_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_11_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix11_2(acc, y + 17); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 23: acc = mix11_3(acc, y + 23); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    default: acc ^= y * 547u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix11_3(acc, y + 23); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    default: acc ^= y * 573u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix11_2(acc, y + 15); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix11_0(acc, y + 18); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 33: acc = mix11_0(acc, y + 33); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 10: acc = mix11_2(acc, y + 10); break;
    default: acc ^= y * 911u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_11_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_11_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix11_1(acc, y + 6); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    default: acc ^= y * 910u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix11_2(acc, y + 12); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    default: acc ^= y * 775u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix11_0(acc, y + 27); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    default: acc ^= y * 266u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix11_0(acc, y + 24); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    default: acc ^= y * 381u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix11_2(acc, y + 24); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    default: acc ^= y * 211u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix11_2(acc, y + 22); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    default: acc ^= y * 798u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_11_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix11_1(acc, y + 30); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    default: acc ^= y * 750u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix11_0(acc, y + 8); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    default: acc ^= y * 843u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix11_0(acc, y + 35); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    default: acc ^= y * 616u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix11_0(acc, y + 6); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix11_1(acc, y + 26); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    case 33: acc = mix11_3(acc, y + 33); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    default: acc ^= y * 759u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_11_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_11_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix11_1(acc, y + 25); break;
    case 26: acc = mix11_3(acc, y + 26); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    default: acc ^= y * 775u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix11_1(acc, y + 8); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix11_0(acc, y + 9); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 7: acc = mix11_0(acc, y + 7); break;
    default: acc ^= y * 327u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix11_1(acc, y + 33); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 25: acc = mix11_1(acc, y + 25); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    default: acc ^= y * 613u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix11_1(acc, y + 2); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 32: acc = mix11_0(acc, y + 32); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 33: acc = mix11_0(acc, y + 33); break;
    default: acc ^= y * 891u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_11_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix11_1(acc, y + 12); break;
    case 2: acc = mix11_0(acc, y + 2); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix11_2(acc, y + 3); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 22: acc = mix11_2(acc, y + 22); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    default: acc ^= y * 628u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix11_2(acc, y + 36); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_11_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_11_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix11_0(acc, y + 28); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 25: acc = mix11_3(acc, y + 25); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix11_2(acc, y + 5); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 23: acc = mix11_0(acc, y + 23); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix11_0(acc, y + 15); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 37: acc = mix11_1(acc, y + 37); break;
    case 5: acc = mix11_3(acc, y + 5); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix11_1(acc, y + 4); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix11_3(acc, y + 2); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    case 11: acc = mix11_1(acc, y + 11); break;
    default: acc ^= y * 568u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 25: acc = mix11_3(acc, y + 25); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    default: acc ^= y * 646u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_11_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix11_1(acc, y + 32); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix11_0(acc, y + 14); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    case 26: acc = mix11_1(acc, y + 26); break;
    default: acc ^= y * 414u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix11_3(acc, y + 1); break;
    case 17: acc = mix11_3(acc, y + 17); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    default: acc ^= y * 472u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_11_98(acc, y ^ 99);
    return acc;
}
