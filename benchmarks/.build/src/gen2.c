#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix2_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix2_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix2_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix2_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_2_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix2_1(acc, y + 9); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix2_1(acc, y + 26); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix2_0(acc, y + 3); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 8u) { sink = acc; }
    return acc;
}
uint32_t fn_2_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix2_2(acc, y + 6); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    default: acc ^= y * 649u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix2_1(acc, y + 13); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 2: acc = mix2_0(acc, y + 2); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix2_2(acc, y + 25); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix2_1(acc, y + 12); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    default: acc ^= y * 420u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_2_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_2_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix2_1(acc, y + 19); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 18: acc = mix2_1(acc, y + 18); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix2_3(acc, y + 1); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    default: acc ^= y * 106u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix2_3(acc, y + 34); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix2_1(acc, y + 30); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    default: acc ^= y * 100u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix2_0(acc, y + 38); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix2_3(acc, y + 10); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 15: acc = mix2_0(acc, y + 15); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_2_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_2_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix2_3(acc, y + 12); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix2_0(acc, y + 20); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix2_1(acc, y + 24); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    default: acc ^= y * 606u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix2_1(acc, y + 23); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    default: acc ^= y * 370u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix2_3(acc, y + 36); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    default: acc ^= y * 932u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_2_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_2_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix2_3(acc, y + 1); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    default: acc ^= y * 28u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix2_3(acc, y + 3); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 8: acc = mix2_2(acc, y + 8); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    default: acc ^= y * 478u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix2_2(acc, y + 11); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    default: acc ^= y * 601u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix2_2(acc, y + 11); break;
    case 24: acc = mix2_1(acc, y + 24); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    default: acc ^= y * 602u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_2_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_2_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix2_0(acc, y + 16); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix2_2(acc, y + 35); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    default: acc ^= y * 299u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix2_3(acc, y + 9); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    default: acc ^= y * 547u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix2_2(acc, y + 34); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix2_2(acc, y + 15); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_2_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_2_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix2_2(acc, y + 14); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    default: acc ^= y * 4u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix2_1(acc, y + 23); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    default: acc ^= y * 79u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix2_0(acc, y + 5); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix2_1(acc, y + 29); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_2_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_2_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix2_1(acc, y + 5); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix2_0(acc, y + 38); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix2_3(acc, y + 29); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix2_2(acc, y + 31); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    default: acc ^= y * 755u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_2_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_2_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix2_0(acc, y + 30); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix2_3(acc, y + 27); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    default: acc ^= y * 572u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix2_1(acc, y + 18); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix2_3(acc, y + 23); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    default: acc ^= y * 255u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix2_2(acc, y + 38); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix2_3(acc, y + 29); break;
    case 15: acc = mix2_0(acc, y + 15); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    default: acc ^= y * 380u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_2_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_2_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix2_3(acc, y + 22); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix2_3(acc, y + 7); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix2_0(acc, y + 38); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    default: acc ^= y * 462u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_2_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_2_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix2_2(acc, y + 19); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix2_0(acc, y + 22); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix2_3(acc, y + 37); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix2_3(acc, y + 34); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix2_1(acc, y + 5); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_2_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_2_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix2_2(acc, y + 31); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    default: acc ^= y * 844u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix2_0(acc, y + 14); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    default: acc ^= y * 634u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix2_3(acc, y + 3); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix2_2(acc, y + 1); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 17: acc = mix2_2(acc, y + 17); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 12: acc = mix2_1(acc, y + 12); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    default: acc ^= y * 266u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix2_0(acc, y + 11); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    default: acc ^= y * 229u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 27: acc = mix2_3(acc, y + 27); break;
    case 2: acc = mix2_0(acc, y + 2); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    default: acc ^= y * 585u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_2_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix2_1(acc, y + 2); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    default: acc ^= y * 823u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix2_2(acc, y + 28); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    default: acc ^= y * 614u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix2_1(acc, y + 35); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix2_2(acc, y + 35); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix2_2(acc, y + 13); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 19: acc = mix2_1(acc, y + 19); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    default: acc ^= y * 736u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix2_2(acc, y + 36); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    default: acc ^= y * 655u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_2_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_2_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix2_0(acc, y + 13); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix2_1(acc, y + 2); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix2_0(acc, y + 20); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    default: acc ^= y * 844u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix2_1(acc, y + 6); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix2_1(acc, y + 30); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix2_3(acc, y + 16); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_2_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_2_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix2_2(acc, y + 16); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    default: acc ^= y * 146u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix2_0(acc, y + 31); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    default: acc ^= y * 390u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix2_0(acc, y + 30); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    case 15: acc = mix2_0(acc, y + 15); break;
    default: acc ^= y * 109u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix2_1(acc, y + 10); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_2_13(acc, y ^ 14);
    return acc;
}
