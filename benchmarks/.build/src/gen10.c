#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix10_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix10_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix10_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix10_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_10_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix10_2(acc, y + 17); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    default: acc ^= y * 70u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix10_3(acc, y + 25); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    default: acc ^= y * 458u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix10_1(acc, y + 24); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    default: acc ^= y * 798u; break;
    }
    if (acc & 2u) { sink = acc; }
    return acc;
}
uint32_t fn_10_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix10_3(acc, y + 15); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix10_3(acc, y + 2); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix10_3(acc, y + 9); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    default: acc ^= y * 732u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix10_0(acc, y + 29); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    default: acc ^= y * 27u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix10_3(acc, y + 5); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix10_0(acc, y + 10); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    default: acc ^= y * 636u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_10_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix10_0(acc, y + 21); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    default: acc ^= y * 679u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix10_1(acc, y + 35); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    default: acc ^= y * 389u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix10_2(acc, y + 9); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix10_2(acc, y + 24); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    default: acc ^= y * 588u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix10_2(acc, y + 6); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    default: acc ^= y * 910u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_10_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_10_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix10_2(acc, y + 28); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix10_3(acc, y + 36); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    default: acc ^= y * 13u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix10_0(acc, y + 18); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    default: acc ^= y * 781u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_10_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_10_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix10_0(acc, y + 21); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    default: acc ^= y * 912u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix10_0(acc, y + 35); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix10_3(acc, y + 2); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix10_2(acc, y + 32); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    default: acc ^= y * 600u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix10_2(acc, y + 37); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    default: acc ^= y * 7u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_10_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_10_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix10_3(acc, y + 10); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix10_3(acc, y + 13); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    default: acc ^= y * 646u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix10_2(acc, y + 16); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix10_3(acc, y + 37); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 198u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix10_1(acc, y + 13); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 97u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_10_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_10_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix10_0(acc, y + 21); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix10_1(acc, y + 19); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    default: acc ^= y * 521u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix10_1(acc, y + 29); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix10_1(acc, y + 26); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    default: acc ^= y * 257u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_10_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_10_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix10_3(acc, y + 32); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    default: acc ^= y * 418u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix10_3(acc, y + 20); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    default: acc ^= y * 385u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix10_1(acc, y + 39); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    default: acc ^= y * 394u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix10_1(acc, y + 25); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    default: acc ^= y * 437u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix10_2(acc, y + 26); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    default: acc ^= y * 551u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_10_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_10_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix10_2(acc, y + 18); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix10_1(acc, y + 5); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix10_0(acc, y + 17); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix10_3(acc, y + 11); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix10_3(acc, y + 35); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    default: acc ^= y * 993u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_10_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix10_1(acc, y + 4); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix10_0(acc, y + 34); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    default: acc ^= y * 623u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix10_1(acc, y + 22); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    default: acc ^= y * 456u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_10_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_10_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix10_1(acc, y + 39); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix10_1(acc, y + 13); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 7: acc = mix10_2(acc, y + 7); break;
    default: acc ^= y * 349u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix10_3(acc, y + 4); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_10_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_10_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix10_3(acc, y + 19); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix10_1(acc, y + 9); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    default: acc ^= y * 507u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix10_2(acc, y + 30); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    default: acc ^= y * 458u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix10_0(acc, y + 21); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix10_2(acc, y + 4); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix10_2(acc, y + 31); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_10_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix10_1(acc, y + 16); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 34: acc = mix10_3(acc, y + 34); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    default: acc ^= y * 114u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix10_1(acc, y + 34); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix10_0(acc, y + 38); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix10_3(acc, y + 13); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_10_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_10_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix10_0(acc, y + 21); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    default: acc ^= y * 390u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix10_2(acc, y + 31); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix10_0(acc, y + 26); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_10_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_10_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix10_2(acc, y + 17); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix10_3(acc, y + 8); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix10_2(acc, y + 27); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix10_3(acc, y + 16); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    default: acc ^= y * 420u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_10_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_10_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix10_0(acc, y + 38); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    default: acc ^= y * 323u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix10_3(acc, y + 8); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    default: acc ^= y * 986u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix10_1(acc, y + 17); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 346u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix10_3(acc, y + 6); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix10_1(acc, y + 2); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_10_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_10_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix10_1(acc, y + 28); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix10_3(acc, y + 6); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix10_2(acc, y + 25); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    default: acc ^= y * 285u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_10_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_10_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix10_2(acc, y + 27); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    default: acc ^= y * 999u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix10_2(acc, y + 27); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    default: acc ^= y * 472u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix10_0(acc, y + 5); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    default: acc ^= y * 622u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix10_3(acc, y + 3); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix10_1(acc, y + 23); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    default: acc ^= y * 198u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 28: acc = mix10_3(acc, y + 28); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    default: acc ^= y * 627u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_10_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_10_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix10_3(acc, y + 26); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    default: acc ^= y * 577u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix10_0(acc, y + 27); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix10_1(acc, y + 7); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    default: acc ^= y * 401u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix10_0(acc, y + 17); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 799u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_10_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_10_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix10_3(acc, y + 23); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix10_3(acc, y + 39); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    default: acc ^= y * 594u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix10_1(acc, y + 1); break;
    case 34: acc = mix10_3(acc, y + 34); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    default: acc ^= y * 209u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_10_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_10_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix10_3(acc, y + 25); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    default: acc ^= y * 587u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix10_2(acc, y + 37); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    default: acc ^= y * 567u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix10_2(acc, y + 33); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    default: acc ^= y * 483u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix10_3(acc, y + 5); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    default: acc ^= y * 207u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_10_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_10_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix10_1(acc, y + 25); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix10_3(acc, y + 10); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix10_1(acc, y + 29); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_10_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_10_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix10_3(acc, y + 20); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix10_2(acc, y + 22); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    default: acc ^= y * 538u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix10_3(acc, y + 16); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    default: acc ^= y * 782u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix10_2(acc, y + 20); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    default: acc ^= y * 577u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_10_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_10_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix10_0(acc, y + 19); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix10_0(acc, y + 14); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    default: acc ^= y * 808u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix10_2(acc, y + 1); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix10_2(acc, y + 25); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix10_2(acc, y + 26); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    default: acc ^= y * 925u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_10_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_10_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix10_1(acc, y + 5); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix10_1(acc, y + 17); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix10_1(acc, y + 12); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix10_2(acc, y + 35); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    default: acc ^= y * 986u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix10_3(acc, y + 33); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    default: acc ^= y * 940u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_10_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix10_0(acc, y + 7); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    default: acc ^= y * 83u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix10_2(acc, y + 13); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix10_3(acc, y + 6); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix10_2(acc, y + 11); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    default: acc ^= y * 426u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_10_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_10_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix10_3(acc, y + 39); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix10_2(acc, y + 4); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    default: acc ^= y * 469u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix10_2(acc, y + 27); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix10_3(acc, y + 37); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 7: acc = mix10_2(acc, y + 7); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    default: acc ^= y * 930u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_10_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_10_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix10_2(acc, y + 33); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix10_3(acc, y + 28); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix10_1(acc, y + 11); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix10_0(acc, y + 14); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    default: acc ^= y * 343u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix10_1(acc, y + 23); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    default: acc ^= y * 728u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix10_1(acc, y + 24); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    default: acc ^= y * 345u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_10_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_10_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix10_3(acc, y + 39); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    default: acc ^= y * 993u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix10_3(acc, y + 34); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix10_3(acc, y + 20); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    default: acc ^= y * 910u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix10_2(acc, y + 6); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    default: acc ^= y * 624u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix10_0(acc, y + 9); break;
    case 34: acc = mix10_3(acc, y + 34); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    default: acc ^= y * 233u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix10_1(acc, y + 18); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    default: acc ^= y * 946u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_10_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_10_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix10_2(acc, y + 17); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    default: acc ^= y * 845u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix10_1(acc, y + 9); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix10_0(acc, y + 30); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    default: acc ^= y * 54u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix10_2(acc, y + 1); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix10_1(acc, y + 32); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    default: acc ^= y * 808u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix10_2(acc, y + 23); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_10_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_10_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix10_0(acc, y + 13); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    default: acc ^= y * 908u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix10_2(acc, y + 14); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix10_2(acc, y + 19); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    default: acc ^= y * 757u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix10_0(acc, y + 5); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix10_2(acc, y + 30); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    default: acc ^= y * 872u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix10_2(acc, y + 8); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    default: acc ^= y * 561u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_10_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_10_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix10_3(acc, y + 24); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 7: acc = mix10_2(acc, y + 7); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix10_3(acc, y + 4); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    default: acc ^= y * 817u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix10_0(acc, y + 30); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix10_2(acc, y + 39); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    default: acc ^= y * 849u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix10_0(acc, y + 5); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    default: acc ^= y * 12u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_10_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_10_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix10_0(acc, y + 10); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix10_3(acc, y + 8); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    default: acc ^= y * 132u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix10_1(acc, y + 27); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    default: acc ^= y * 408u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_10_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_10_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix10_0(acc, y + 10); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix10_0(acc, y + 2); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix10_2(acc, y + 24); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    default: acc ^= y * 925u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix10_1(acc, y + 7); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix10_3(acc, y + 27); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    default: acc ^= y * 451u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_10_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_10_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix10_2(acc, y + 22); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix10_0(acc, y + 33); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    default: acc ^= y * 472u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix10_2(acc, y + 27); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    default: acc ^= y * 803u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix10_3(acc, y + 2); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_10_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_10_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix10_2(acc, y + 30); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    default: acc ^= y * 508u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix10_3(acc, y + 18); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    default: acc ^= y * 520u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix10_2(acc, y + 32); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    default: acc ^= y * 219u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix10_1(acc, y + 37); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix10_0(acc, y + 12); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    default: acc ^= y * 298u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix10_1(acc, y + 17); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    default: acc ^= y * 926u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_10_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_10_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix10_2(acc, y + 33); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix10_2(acc, y + 5); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix10_3(acc, y + 21); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    default: acc ^= y * 178u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_10_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_10_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix10_0(acc, y + 32); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix10_1(acc, y + 19); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    default: acc ^= y * 360u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix10_1(acc, y + 17); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_10_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_10_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix10_2(acc, y + 32); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    default: acc ^= y * 210u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix10_2(acc, y + 18); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix10_1(acc, y + 13); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    default: acc ^= y * 366u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix10_3(acc, y + 9); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    default: acc ^= y * 466u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix10_0(acc, y + 23); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 7: acc = mix10_2(acc, y + 7); break;
    default: acc ^= y * 546u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix10_0(acc, y + 30); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    default: acc ^= y * 130u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_10_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_10_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix10_0(acc, y + 26); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    default: acc ^= y * 536u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix10_3(acc, y + 27); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    default: acc ^= y * 714u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix10_1(acc, y + 6); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    default: acc ^= y * 273u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix10_0(acc, y + 34); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix10_1(acc, y + 38); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    default: acc ^= y * 697u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_10_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_10_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix10_0(acc, y + 19); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    default: acc ^= y * 488u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix10_2(acc, y + 3); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    default: acc ^= y * 431u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix10_1(acc, y + 35); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_10_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_10_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix10_0(acc, y + 19); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    default: acc ^= y * 27u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix10_0(acc, y + 30); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix10_0(acc, y + 18); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    default: acc ^= y * 296u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_10_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_10_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix10_1(acc, y + 6); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    default: acc ^= y * 221u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix10_3(acc, y + 19); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    default: acc ^= y * 868u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix10_0(acc, y + 2); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    default: acc ^= y * 572u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_10_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_10_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix10_0(acc, y + 21); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    default: acc ^= y * 680u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix10_2(acc, y + 12); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    default: acc ^= y * 201u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix10_2(acc, y + 13); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix10_1(acc, y + 36); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix10_0(acc, y + 1); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    default: acc ^= y * 136u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix10_1(acc, y + 9); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    default: acc ^= y * 379u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_10_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_10_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix10_1(acc, y + 25); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    default: acc ^= y * 27u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix10_1(acc, y + 33); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix10_0(acc, y + 15); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    default: acc ^= y * 333u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix10_2(acc, y + 24); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    default: acc ^= y * 183u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_10_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_10_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix10_1(acc, y + 8); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    default: acc ^= y * 116u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix10_0(acc, y + 4); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    default: acc ^= y * 70u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix10_2(acc, y + 22); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    default: acc ^= y * 79u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix10_3(acc, y + 36); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    default: acc ^= y * 189u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix10_1(acc, y + 26); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix10_1(acc, y + 30); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    default: acc ^= y * 695u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_10_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_10_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix10_1(acc, y + 23); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    default: acc ^= y * 359u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix10_3(acc, y + 29); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix10_3(acc, y + 8); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix10_0(acc, y + 12); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_10_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_10_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix10_2(acc, y + 29); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix10_1(acc, y + 21); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix10_2(acc, y + 37); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    default: acc ^= y * 550u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix10_1(acc, y + 7); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    default: acc ^= y * 813u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_10_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_10_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix10_3(acc, y + 37); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    default: acc ^= y * 879u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix10_3(acc, y + 10); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 7: acc = mix10_2(acc, y + 7); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix10_2(acc, y + 17); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix10_0(acc, y + 31); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix10_1(acc, y + 27); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    default: acc ^= y * 695u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix10_2(acc, y + 9); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_10_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_10_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix10_3(acc, y + 10); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    default: acc ^= y * 775u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix10_0(acc, y + 28); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    default: acc ^= y * 345u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix10_0(acc, y + 5); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix10_0(acc, y + 6); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix10_3(acc, y + 32); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_10_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix10_3(acc, y + 16); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    default: acc ^= y * 921u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix10_2(acc, y + 17); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix10_1(acc, y + 11); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    default: acc ^= y * 724u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_10_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_10_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix10_0(acc, y + 16); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    default: acc ^= y * 473u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix10_0(acc, y + 37); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    default: acc ^= y * 258u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix10_3(acc, y + 34); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_10_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix10_2(acc, y + 25); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    default: acc ^= y * 334u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix10_3(acc, y + 10); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix10_0(acc, y + 32); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    default: acc ^= y * 60u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix10_3(acc, y + 8); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_10_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_10_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix10_2(acc, y + 38); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix10_3(acc, y + 3); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix10_1(acc, y + 37); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_10_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_10_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix10_2(acc, y + 1); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    default: acc ^= y * 467u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix10_1(acc, y + 39); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    default: acc ^= y * 933u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix10_0(acc, y + 26); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    default: acc ^= y * 221u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_10_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_10_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix10_0(acc, y + 31); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix10_3(acc, y + 30); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    default: acc ^= y * 776u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix10_1(acc, y + 25); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix10_2(acc, y + 8); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix10_0(acc, y + 26); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix10_2(acc, y + 9); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_10_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_10_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix10_0(acc, y + 15); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 7: acc = mix10_2(acc, y + 7); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    default: acc ^= y * 491u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix10_2(acc, y + 16); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    default: acc ^= y * 388u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix10_3(acc, y + 16); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix10_0(acc, y + 13); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    default: acc ^= y * 431u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix10_1(acc, y + 2); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix10_3(acc, y + 16); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_10_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_10_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix10_2(acc, y + 36); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 7: acc = mix10_2(acc, y + 7); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    default: acc ^= y * 150u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix10_2(acc, y + 20); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix10_1(acc, y + 25); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    default: acc ^= y * 776u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix10_1(acc, y + 12); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    default: acc ^= y * 766u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix10_3(acc, y + 30); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    default: acc ^= y * 203u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_10_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_10_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix10_1(acc, y + 18); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix10_0(acc, y + 39); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    default: acc ^= y * 519u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix10_0(acc, y + 5); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    default: acc ^= y * 485u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix10_2(acc, y + 2); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_10_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_10_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix10_2(acc, y + 5); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    default: acc ^= y * 36u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix10_2(acc, y + 22); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix10_2(acc, y + 28); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    default: acc ^= y * 657u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix10_1(acc, y + 17); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    default: acc ^= y * 944u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_10_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_10_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix10_3(acc, y + 39); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    default: acc ^= y * 975u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix10_3(acc, y + 17); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    default: acc ^= y * 564u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix10_3(acc, y + 1); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix10_1(acc, y + 28); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    default: acc ^= y * 119u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_10_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_10_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix10_1(acc, y + 25); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix10_3(acc, y + 2); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    default: acc ^= y * 391u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix10_0(acc, y + 11); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    default: acc ^= y * 370u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix10_0(acc, y + 3); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    default: acc ^= y * 847u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix10_3(acc, y + 25); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    default: acc ^= y * 280u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix10_2(acc, y + 3); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    default: acc ^= y * 9u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_10_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix10_2(acc, y + 9); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    default: acc ^= y * 325u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix10_1(acc, y + 33); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    default: acc ^= y * 645u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix10_0(acc, y + 32); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    default: acc ^= y * 871u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix10_2(acc, y + 27); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    default: acc ^= y * 209u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix10_1(acc, y + 12); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_10_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_10_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix10_3(acc, y + 5); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix10_3(acc, y + 8); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    default: acc ^= y * 879u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix10_3(acc, y + 12); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_10_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_10_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix10_0(acc, y + 5); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    default: acc ^= y * 69u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix10_2(acc, y + 11); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix10_0(acc, y + 6); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    default: acc ^= y * 218u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_10_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix10_2(acc, y + 25); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix10_1(acc, y + 13); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix10_1(acc, y + 3); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    default: acc ^= y * 546u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix10_1(acc, y + 10); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    default: acc ^= y * 846u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix10_2(acc, y + 33); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 35: acc = mix10_0(acc, y + 35); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_10_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix10_3(acc, y + 14); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    default: acc ^= y * 631u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix10_3(acc, y + 17); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    default: acc ^= y * 319u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix10_0(acc, y + 10); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    default: acc ^= y * 612u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix10_1(acc, y + 19); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_10_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_10_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix10_3(acc, y + 26); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    default: acc ^= y * 679u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix10_1(acc, y + 28); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    default: acc ^= y * 714u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix10_1(acc, y + 2); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix10_2(acc, y + 16); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    default: acc ^= y * 732u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix10_0(acc, y + 16); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 321u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_10_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_10_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix10_2(acc, y + 2); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    default: acc ^= y * 439u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix10_1(acc, y + 37); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    default: acc ^= y * 341u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix10_2(acc, y + 22); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    default: acc ^= y * 406u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix10_0(acc, y + 23); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    default: acc ^= y * 309u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix10_3(acc, y + 20); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    default: acc ^= y * 250u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix10_2(acc, y + 11); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_10_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix10_2(acc, y + 20); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix10_2(acc, y + 14); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    default: acc ^= y * 339u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix10_3(acc, y + 8); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    default: acc ^= y * 621u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix10_2(acc, y + 32); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    default: acc ^= y * 641u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_10_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix10_3(acc, y + 18); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix10_1(acc, y + 32); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix10_1(acc, y + 21); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix10_3(acc, y + 19); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix10_2(acc, y + 23); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_10_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_10_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix10_0(acc, y + 39); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    default: acc ^= y * 429u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix10_1(acc, y + 6); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    default: acc ^= y * 340u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix10_0(acc, y + 19); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    default: acc ^= y * 84u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_10_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_10_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix10_0(acc, y + 24); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix10_2(acc, y + 28); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    default: acc ^= y * 754u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix10_1(acc, y + 16); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    default: acc ^= y * 9u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix10_3(acc, y + 38); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    default: acc ^= y * 949u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix10_2(acc, y + 25); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    default: acc ^= y * 377u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix10_0(acc, y + 21); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_10_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_10_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix10_0(acc, y + 32); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix10_2(acc, y + 2); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    default: acc ^= y * 183u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix10_2(acc, y + 38); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    default: acc ^= y * 266u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix10_2(acc, y + 1); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    default: acc ^= y * 378u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix10_1(acc, y + 6); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    default: acc ^= y * 827u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 14: acc = mix10_2(acc, y + 14); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    default: acc ^= y * 384u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_10_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_10_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix10_2(acc, y + 7); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    default: acc ^= y * 623u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix10_3(acc, y + 31); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix10_0(acc, y + 12); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    default: acc ^= y * 394u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix10_3(acc, y + 6); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix10_2(acc, y + 26); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 20: acc = mix10_3(acc, y + 20); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 27: acc = mix10_2(acc, y + 27); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_10_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix10_3(acc, y + 27); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    default: acc ^= y * 10u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix10_1(acc, y + 2); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    default: acc ^= y * 378u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix10_2(acc, y + 31); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    default: acc ^= y * 766u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix10_2(acc, y + 30); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    default: acc ^= y * 762u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_10_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_10_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix10_0(acc, y + 8); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix10_1(acc, y + 26); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    default: acc ^= y * 900u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix10_1(acc, y + 22); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix10_0(acc, y + 33); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    default: acc ^= y * 868u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_10_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_10_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix10_0(acc, y + 10); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    default: acc ^= y * 330u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix10_2(acc, y + 7); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    default: acc ^= y * 610u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix10_1(acc, y + 38); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix10_3(acc, y + 26); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    default: acc ^= y * 323u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix10_1(acc, y + 34); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    default: acc ^= y * 813u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix10_2(acc, y + 39); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 30: acc = mix10_0(acc, y + 30); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_10_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_10_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix10_1(acc, y + 33); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix10_3(acc, y + 16); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    default: acc ^= y * 248u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix10_3(acc, y + 12); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    default: acc ^= y * 274u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_10_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_10_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix10_3(acc, y + 9); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    default: acc ^= y * 106u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix10_2(acc, y + 21); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 267u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix10_3(acc, y + 24); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix10_1(acc, y + 4); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix10_3(acc, y + 6); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    default: acc ^= y * 729u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_10_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_10_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix10_2(acc, y + 33); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 844u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix10_2(acc, y + 10); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix10_2(acc, y + 32); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    default: acc ^= y * 485u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix10_0(acc, y + 23); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_10_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix10_1(acc, y + 34); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 26: acc = mix10_1(acc, y + 26); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    default: acc ^= y * 560u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix10_2(acc, y + 25); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    default: acc ^= y * 248u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix10_3(acc, y + 6); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    default: acc ^= y * 581u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix10_0(acc, y + 7); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_10_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_10_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix10_1(acc, y + 1); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    default: acc ^= y * 817u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix10_3(acc, y + 37); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    default: acc ^= y * 537u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix10_2(acc, y + 35); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    default: acc ^= y * 521u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix10_3(acc, y + 24); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 897u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix10_1(acc, y + 1); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix10_2(acc, y + 23); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    default: acc ^= y * 421u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_10_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_10_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix10_0(acc, y + 8); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    default: acc ^= y * 418u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix10_2(acc, y + 23); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix10_1(acc, y + 15); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix10_2(acc, y + 14); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    default: acc ^= y * 240u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix10_0(acc, y + 15); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    default: acc ^= y * 638u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_10_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix10_3(acc, y + 11); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    default: acc ^= y * 71u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix10_0(acc, y + 17); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    case 7: acc = mix10_2(acc, y + 7); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    default: acc ^= y * 69u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix10_0(acc, y + 9); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    default: acc ^= y * 899u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_10_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_10_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix10_3(acc, y + 24); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    default: acc ^= y * 384u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix10_1(acc, y + 5); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    default: acc ^= y * 183u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix10_1(acc, y + 38); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    default: acc ^= y * 189u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix10_3(acc, y + 30); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix10_2(acc, y + 6); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    default: acc ^= y * 491u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_10_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix10_0(acc, y + 13); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix10_2(acc, y + 17); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    default: acc ^= y * 920u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix10_1(acc, y + 39); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    default: acc ^= y * 736u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix10_2(acc, y + 18); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_10_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_10_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix10_2(acc, y + 20); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix10_2(acc, y + 28); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    default: acc ^= y * 959u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix10_1(acc, y + 27); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    default: acc ^= y * 776u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix10_3(acc, y + 1); break;
    case 34: acc = mix10_3(acc, y + 34); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix10_0(acc, y + 31); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    default: acc ^= y * 908u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix10_2(acc, y + 24); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    default: acc ^= y * 514u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_10_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_10_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix10_2(acc, y + 28); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    default: acc ^= y * 319u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix10_1(acc, y + 4); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix10_2(acc, y + 13); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    default: acc ^= y * 136u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix10_0(acc, y + 19); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    default: acc ^= y * 790u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix10_1(acc, y + 35); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    default: acc ^= y * 344u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_10_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_10_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix10_2(acc, y + 37); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    default: acc ^= y * 322u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix10_1(acc, y + 26); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix10_0(acc, y + 14); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    default: acc ^= y * 653u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix10_0(acc, y + 31); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    default: acc ^= y * 125u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_10_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_10_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix10_2(acc, y + 12); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    default: acc ^= y * 435u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix10_0(acc, y + 2); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    default: acc ^= y * 361u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix10_1(acc, y + 26); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    default: acc ^= y * 690u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_10_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_10_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix10_3(acc, y + 2); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 34: acc = mix10_3(acc, y + 34); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    default: acc ^= y * 117u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix10_1(acc, y + 3); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    default: acc ^= y * 759u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix10_0(acc, y + 23); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    default: acc ^= y * 117u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_10_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_10_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix10_0(acc, y + 31); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix10_3(acc, y + 18); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix10_1(acc, y + 15); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix10_2(acc, y + 2); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix10_2(acc, y + 8); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    default: acc ^= y * 200u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix10_1(acc, y + 33); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_10_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_10_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix10_3(acc, y + 30); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix10_0(acc, y + 29); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    default: acc ^= y * 729u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix10_0(acc, y + 30); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 20: acc = mix10_2(acc, y + 20); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix10_1(acc, y + 14); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix10_1(acc, y + 31); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    default: acc ^= y * 136u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 13: acc = mix10_1(acc, y + 13); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_10_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_10_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix10_1(acc, y + 31); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix10_0(acc, y + 14); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    default: acc ^= y * 777u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix10_2(acc, y + 37); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    default: acc ^= y * 459u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix10_3(acc, y + 7); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    default: acc ^= y * 559u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix10_1(acc, y + 19); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix10_2(acc, y + 12); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    case 7: acc = mix10_2(acc, y + 7); break;
    default: acc ^= y * 995u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_10_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix10_2(acc, y + 17); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 31: acc = mix10_3(acc, y + 31); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    default: acc ^= y * 79u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix10_1(acc, y + 15); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 11: acc = mix10_0(acc, y + 11); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    default: acc ^= y * 207u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix10_2(acc, y + 24); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    default: acc ^= y * 193u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix10_3(acc, y + 35); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    default: acc ^= y * 468u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix10_3(acc, y + 25); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 22: acc = mix10_3(acc, y + 22); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    default: acc ^= y * 173u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix10_0(acc, y + 37); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 34: acc = mix10_3(acc, y + 34); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_10_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix10_2(acc, y + 10); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    default: acc ^= y * 63u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix10_2(acc, y + 36); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix10_2(acc, y + 28); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix10_2(acc, y + 26); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix10_1(acc, y + 36); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 33: acc = mix10_1(acc, y + 33); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_10_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix10_0(acc, y + 28); break;
    case 32: acc = mix10_3(acc, y + 32); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix10_2(acc, y + 17); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    default: acc ^= y * 446u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix10_1(acc, y + 39); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix10_2(acc, y + 9); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_10_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_10_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix10_0(acc, y + 31); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix10_1(acc, y + 23); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    default: acc ^= y * 548u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix10_1(acc, y + 30); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix10_0(acc, y + 2); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    default: acc ^= y * 236u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_10_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_10_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix10_3(acc, y + 18); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    default: acc ^= y * 419u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix10_2(acc, y + 12); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix10_2(acc, y + 17); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 34: acc = mix10_2(acc, y + 34); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix10_2(acc, y + 36); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix10_3(acc, y + 30); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    default: acc ^= y * 327u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix10_0(acc, y + 7); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    default: acc ^= y * 564u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_10_98(acc, y ^ 99);
    return acc;
}
