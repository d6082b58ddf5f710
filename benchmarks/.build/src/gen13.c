#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix13_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix13_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix13_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix13_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_13_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix13_2(acc, y + 37); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    default: acc ^= y * 3u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix13_3(acc, y + 28); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    default: acc ^= y * 776u; break;
    }
    if (acc & 4096u) { sink = acc; }
    return acc;
}
uint32_t fn_13_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix13_3(acc, y + 15); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix13_2(acc, y + 16); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix13_2(acc, y + 30); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    default: acc ^= y * 263u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix13_0(acc, y + 32); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix13_2(acc, y + 8); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix13_2(acc, y + 29); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    default: acc ^= y * 401u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_13_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_13_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix13_1(acc, y + 39); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    default: acc ^= y * 283u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix13_1(acc, y + 6); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    default: acc ^= y * 731u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix13_1(acc, y + 28); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix13_0(acc, y + 17); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_13_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_13_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix13_2(acc, y + 15); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    default: acc ^= y * 83u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix13_1(acc, y + 12); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    default: acc ^= y * 4u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix13_0(acc, y + 22); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    default: acc ^= y * 548u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix13_1(acc, y + 36); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    default: acc ^= y * 614u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix13_0(acc, y + 36); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix13_0(acc, y + 6); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    default: acc ^= y * 300u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_13_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_13_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix13_3(acc, y + 8); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    default: acc ^= y * 645u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix13_1(acc, y + 31); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix13_1(acc, y + 7); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    default: acc ^= y * 335u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix13_2(acc, y + 8); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    default: acc ^= y * 785u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix13_0(acc, y + 5); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix13_1(acc, y + 6); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    default: acc ^= y * 642u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_13_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_13_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix13_3(acc, y + 7); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    default: acc ^= y * 691u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix13_2(acc, y + 4); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    default: acc ^= y * 994u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix13_0(acc, y + 21); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    default: acc ^= y * 144u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix13_1(acc, y + 12); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix13_1(acc, y + 37); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_13_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_13_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix13_3(acc, y + 11); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    default: acc ^= y * 981u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix13_2(acc, y + 21); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix13_1(acc, y + 10); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    default: acc ^= y * 186u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix13_2(acc, y + 9); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    default: acc ^= y * 644u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix13_0(acc, y + 39); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix13_3(acc, y + 31); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_13_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_13_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix13_3(acc, y + 20); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix13_1(acc, y + 39); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix13_3(acc, y + 23); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    default: acc ^= y * 571u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix13_1(acc, y + 15); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_13_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix13_3(acc, y + 28); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix13_2(acc, y + 31); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    default: acc ^= y * 513u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix13_2(acc, y + 7); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    default: acc ^= y * 66u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix13_3(acc, y + 30); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    default: acc ^= y * 402u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_13_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix13_2(acc, y + 6); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    default: acc ^= y * 660u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix13_2(acc, y + 34); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    default: acc ^= y * 388u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix13_3(acc, y + 6); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    default: acc ^= y * 161u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_13_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_13_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix13_3(acc, y + 15); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    default: acc ^= y * 455u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix13_1(acc, y + 29); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 28: acc = mix13_3(acc, y + 28); break;
    default: acc ^= y * 451u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix13_3(acc, y + 26); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    default: acc ^= y * 434u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix13_1(acc, y + 13); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    default: acc ^= y * 523u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix13_1(acc, y + 23); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_13_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_13_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix13_1(acc, y + 35); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix13_2(acc, y + 3); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix13_3(acc, y + 25); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix13_2(acc, y + 7); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    default: acc ^= y * 735u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix13_1(acc, y + 2); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_13_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix13_1(acc, y + 28); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    default: acc ^= y * 456u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix13_0(acc, y + 17); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    default: acc ^= y * 870u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix13_3(acc, y + 12); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    default: acc ^= y * 452u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix13_1(acc, y + 7); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    default: acc ^= y * 419u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_13_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_13_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix13_2(acc, y + 29); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix13_1(acc, y + 39); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    default: acc ^= y * 174u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix13_1(acc, y + 17); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_13_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_13_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix13_2(acc, y + 26); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    default: acc ^= y * 622u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix13_3(acc, y + 36); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    default: acc ^= y * 655u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix13_3(acc, y + 22); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    default: acc ^= y * 790u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix13_0(acc, y + 3); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    default: acc ^= y * 473u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_13_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_13_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix13_2(acc, y + 15); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    default: acc ^= y * 215u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix13_1(acc, y + 37); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix13_3(acc, y + 10); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix13_2(acc, y + 33); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    default: acc ^= y * 680u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix13_3(acc, y + 37); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    default: acc ^= y * 545u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_13_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix13_0(acc, y + 18); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    default: acc ^= y * 885u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix13_2(acc, y + 28); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    default: acc ^= y * 433u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix13_1(acc, y + 6); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    default: acc ^= y * 454u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix13_1(acc, y + 12); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    default: acc ^= y * 441u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_13_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_13_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix13_2(acc, y + 21); break;
    case 28: acc = mix13_3(acc, y + 28); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix13_2(acc, y + 13); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    default: acc ^= y * 211u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix13_0(acc, y + 10); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 12: acc = mix13_2(acc, y + 12); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    default: acc ^= y * 79u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix13_2(acc, y + 9); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    default: acc ^= y * 456u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_13_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix13_1(acc, y + 6); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    default: acc ^= y * 640u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix13_1(acc, y + 17); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix13_3(acc, y + 38); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix13_1(acc, y + 31); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix13_3(acc, y + 4); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    default: acc ^= y * 36u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix13_3(acc, y + 23); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    default: acc ^= y * 191u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_13_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_13_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix13_0(acc, y + 31); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix13_2(acc, y + 37); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix13_3(acc, y + 5); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    default: acc ^= y * 236u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_13_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_13_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix13_3(acc, y + 18); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix13_0(acc, y + 37); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    default: acc ^= y * 833u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix13_3(acc, y + 29); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix13_2(acc, y + 32); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    default: acc ^= y * 441u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_13_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix13_1(acc, y + 32); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix13_1(acc, y + 32); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix13_1(acc, y + 1); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    default: acc ^= y * 616u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix13_1(acc, y + 22); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    default: acc ^= y * 719u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix13_0(acc, y + 32); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    default: acc ^= y * 90u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_13_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_13_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix13_2(acc, y + 36); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix13_3(acc, y + 3); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    default: acc ^= y * 342u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix13_0(acc, y + 15); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix13_3(acc, y + 29); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    default: acc ^= y * 256u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix13_0(acc, y + 1); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix13_3(acc, y + 39); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_13_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_13_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix13_1(acc, y + 15); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    default: acc ^= y * 966u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix13_1(acc, y + 27); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix13_0(acc, y + 36); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    default: acc ^= y * 500u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix13_2(acc, y + 27); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    default: acc ^= y * 363u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix13_2(acc, y + 6); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    default: acc ^= y * 618u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_13_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_13_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix13_3(acc, y + 17); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix13_3(acc, y + 1); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix13_1(acc, y + 13); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix13_2(acc, y + 10); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    default: acc ^= y * 704u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    default: acc ^= y * 3u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix13_0(acc, y + 18); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    default: acc ^= y * 472u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_13_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_13_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix13_0(acc, y + 5); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix13_2(acc, y + 12); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix13_3(acc, y + 21); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    default: acc ^= y * 426u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix13_2(acc, y + 15); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_13_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_13_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix13_0(acc, y + 21); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    default: acc ^= y * 849u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix13_1(acc, y + 6); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix13_0(acc, y + 21); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    default: acc ^= y * 191u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix13_0(acc, y + 11); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix13_3(acc, y + 21); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix13_2(acc, y + 39); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    default: acc ^= y * 190u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_13_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix13_2(acc, y + 33); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    default: acc ^= y * 999u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix13_2(acc, y + 34); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    default: acc ^= y * 872u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix13_1(acc, y + 2); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    default: acc ^= y * 70u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix13_2(acc, y + 5); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    default: acc ^= y * 185u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_13_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix13_3(acc, y + 15); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix13_1(acc, y + 34); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    default: acc ^= y * 721u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix13_2(acc, y + 27); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix13_0(acc, y + 3); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix13_1(acc, y + 19); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_13_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix13_3(acc, y + 11); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 12: acc = mix13_2(acc, y + 12); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    default: acc ^= y * 39u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix13_3(acc, y + 23); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    default: acc ^= y * 966u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix13_1(acc, y + 23); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_13_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_13_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix13_3(acc, y + 34); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    case 28: acc = mix13_3(acc, y + 28); break;
    default: acc ^= y * 491u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix13_2(acc, y + 31); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix13_2(acc, y + 5); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    default: acc ^= y * 792u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix13_2(acc, y + 18); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix13_2(acc, y + 32); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    default: acc ^= y * 823u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix13_2(acc, y + 32); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    default: acc ^= y * 175u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_13_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_13_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix13_0(acc, y + 32); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 28: acc = mix13_3(acc, y + 28); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix13_3(acc, y + 27); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    default: acc ^= y * 843u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix13_1(acc, y + 3); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix13_3(acc, y + 26); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix13_2(acc, y + 23); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_13_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix13_0(acc, y + 18); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix13_0(acc, y + 9); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    default: acc ^= y * 138u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix13_2(acc, y + 1); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    default: acc ^= y * 790u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix13_2(acc, y + 34); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    default: acc ^= y * 622u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix13_1(acc, y + 33); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    default: acc ^= y * 950u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix13_1(acc, y + 23); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_13_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix13_1(acc, y + 15); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    default: acc ^= y * 682u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix13_2(acc, y + 6); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 28: acc = mix13_3(acc, y + 28); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix13_1(acc, y + 39); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    default: acc ^= y * 682u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_13_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix13_2(acc, y + 31); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    default: acc ^= y * 635u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix13_3(acc, y + 23); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix13_1(acc, y + 7); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_13_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_13_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix13_0(acc, y + 6); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix13_1(acc, y + 30); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix13_1(acc, y + 35); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    default: acc ^= y * 179u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix13_1(acc, y + 27); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    default: acc ^= y * 775u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_13_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_13_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix13_3(acc, y + 19); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    default: acc ^= y * 71u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix13_1(acc, y + 32); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    default: acc ^= y * 347u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix13_3(acc, y + 5); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_13_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_13_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix13_1(acc, y + 39); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    default: acc ^= y * 930u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix13_0(acc, y + 22); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    default: acc ^= y * 239u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix13_1(acc, y + 38); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix13_3(acc, y + 1); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix13_3(acc, y + 33); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_13_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_13_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix13_2(acc, y + 26); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix13_1(acc, y + 31); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    default: acc ^= y * 598u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix13_3(acc, y + 1); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix13_1(acc, y + 14); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    default: acc ^= y * 183u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_13_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_13_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix13_0(acc, y + 15); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    default: acc ^= y * 406u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix13_0(acc, y + 36); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    default: acc ^= y * 385u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix13_3(acc, y + 20); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    default: acc ^= y * 3u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix13_0(acc, y + 2); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_13_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_13_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix13_3(acc, y + 27); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix13_0(acc, y + 37); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    default: acc ^= y * 854u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix13_3(acc, y + 11); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix13_0(acc, y + 2); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix13_1(acc, y + 38); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    default: acc ^= y * 813u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix13_3(acc, y + 8); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_13_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_13_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix13_2(acc, y + 32); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix13_1(acc, y + 12); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    default: acc ^= y * 953u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix13_1(acc, y + 12); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix13_3(acc, y + 22); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    default: acc ^= y * 343u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_13_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_13_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix13_2(acc, y + 20); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix13_1(acc, y + 21); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    default: acc ^= y * 73u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix13_3(acc, y + 15); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    default: acc ^= y * 450u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix13_0(acc, y + 11); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    default: acc ^= y * 638u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix13_0(acc, y + 22); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    default: acc ^= y * 340u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_13_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_13_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix13_0(acc, y + 29); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    default: acc ^= y * 894u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix13_1(acc, y + 3); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    default: acc ^= y * 440u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix13_2(acc, y + 6); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    default: acc ^= y * 532u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_13_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_13_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix13_0(acc, y + 11); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    default: acc ^= y * 936u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix13_1(acc, y + 31); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    default: acc ^= y * 754u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix13_3(acc, y + 32); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix13_1(acc, y + 24); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    default: acc ^= y * 194u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix13_2(acc, y + 24); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    default: acc ^= y * 379u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_13_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_13_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix13_3(acc, y + 19); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    default: acc ^= y * 465u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix13_0(acc, y + 9); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    default: acc ^= y * 912u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix13_1(acc, y + 36); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix13_1(acc, y + 36); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    default: acc ^= y * 277u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix13_3(acc, y + 16); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    default: acc ^= y * 178u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix13_3(acc, y + 19); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_13_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_13_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix13_0(acc, y + 9); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix13_0(acc, y + 33); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    default: acc ^= y * 888u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix13_0(acc, y + 20); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    default: acc ^= y * 211u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix13_3(acc, y + 29); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix13_2(acc, y + 20); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    default: acc ^= y * 963u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix13_2(acc, y + 9); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_13_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix13_3(acc, y + 4); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    default: acc ^= y * 779u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix13_0(acc, y + 24); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix13_1(acc, y + 5); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    default: acc ^= y * 737u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix13_0(acc, y + 12); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    default: acc ^= y * 737u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_13_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_13_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix13_0(acc, y + 28); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix13_2(acc, y + 35); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix13_3(acc, y + 13); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    default: acc ^= y * 783u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_13_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix13_2(acc, y + 14); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    default: acc ^= y * 389u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix13_1(acc, y + 12); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    default: acc ^= y * 869u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix13_1(acc, y + 25); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    default: acc ^= y * 388u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix13_3(acc, y + 36); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    default: acc ^= y * 216u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix13_1(acc, y + 10); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix13_3(acc, y + 9); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_13_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_13_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix13_3(acc, y + 18); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix13_3(acc, y + 4); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    default: acc ^= y * 921u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix13_3(acc, y + 19); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    default: acc ^= y * 253u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_13_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_13_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix13_2(acc, y + 20); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    default: acc ^= y * 79u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix13_3(acc, y + 3); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    default: acc ^= y * 296u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix13_0(acc, y + 35); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix13_3(acc, y + 6); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    default: acc ^= y * 130u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix13_0(acc, y + 23); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_13_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_13_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix13_3(acc, y + 25); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    default: acc ^= y * 226u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix13_1(acc, y + 15); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    default: acc ^= y * 474u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix13_0(acc, y + 19); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix13_0(acc, y + 8); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    default: acc ^= y * 52u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix13_2(acc, y + 33); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    default: acc ^= y * 14u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_13_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_13_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix13_1(acc, y + 18); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    default: acc ^= y * 695u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix13_1(acc, y + 7); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    default: acc ^= y * 361u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix13_3(acc, y + 35); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    default: acc ^= y * 142u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_13_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix13_2(acc, y + 19); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    default: acc ^= y * 707u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix13_0(acc, y + 36); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix13_1(acc, y + 26); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    default: acc ^= y * 182u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix13_2(acc, y + 17); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_13_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_13_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix13_0(acc, y + 39); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix13_2(acc, y + 30); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    default: acc ^= y * 758u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix13_0(acc, y + 24); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_13_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_13_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix13_3(acc, y + 13); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    default: acc ^= y * 679u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix13_1(acc, y + 3); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix13_2(acc, y + 26); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    default: acc ^= y * 189u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix13_1(acc, y + 6); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    default: acc ^= y * 392u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix13_0(acc, y + 21); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix13_3(acc, y + 37); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    default: acc ^= y * 181u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_13_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_13_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix13_0(acc, y + 24); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    default: acc ^= y * 124u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix13_1(acc, y + 2); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    default: acc ^= y * 810u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix13_0(acc, y + 37); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix13_1(acc, y + 9); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    default: acc ^= y * 507u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix13_1(acc, y + 35); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_13_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_13_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix13_2(acc, y + 5); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix13_2(acc, y + 10); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix13_3(acc, y + 37); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    default: acc ^= y * 595u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix13_3(acc, y + 32); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    default: acc ^= y * 644u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix13_1(acc, y + 22); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    default: acc ^= y * 469u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_13_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_13_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix13_2(acc, y + 16); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    default: acc ^= y * 891u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix13_3(acc, y + 28); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix13_3(acc, y + 31); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix13_2(acc, y + 32); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    default: acc ^= y * 228u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix13_0(acc, y + 8); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    default: acc ^= y * 417u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_13_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_13_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix13_3(acc, y + 4); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    default: acc ^= y * 406u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix13_0(acc, y + 1); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix13_0(acc, y + 26); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    default: acc ^= y * 327u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix13_0(acc, y + 23); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix13_0(acc, y + 9); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix13_1(acc, y + 26); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_13_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_13_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix13_3(acc, y + 23); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix13_1(acc, y + 25); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 12: acc = mix13_2(acc, y + 12); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix13_0(acc, y + 9); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    default: acc ^= y * 523u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix13_2(acc, y + 33); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_13_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix13_2(acc, y + 9); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    default: acc ^= y * 868u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix13_1(acc, y + 5); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix13_2(acc, y + 39); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix13_2(acc, y + 19); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    default: acc ^= y * 798u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix13_2(acc, y + 25); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_13_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_13_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix13_1(acc, y + 27); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    default: acc ^= y * 916u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix13_1(acc, y + 16); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    default: acc ^= y * 916u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix13_1(acc, y + 11); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    default: acc ^= y * 437u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_13_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_13_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix13_1(acc, y + 3); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix13_1(acc, y + 5); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    default: acc ^= y * 452u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix13_2(acc, y + 37); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix13_3(acc, y + 22); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    default: acc ^= y * 9u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix13_0(acc, y + 25); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    default: acc ^= y * 264u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix13_2(acc, y + 26); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_13_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_13_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix13_0(acc, y + 13); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    default: acc ^= y * 684u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix13_1(acc, y + 36); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    default: acc ^= y * 790u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix13_0(acc, y + 6); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_13_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix13_2(acc, y + 33); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix13_2(acc, y + 24); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    default: acc ^= y * 902u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix13_1(acc, y + 13); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix13_3(acc, y + 39); break;
    case 28: acc = mix13_3(acc, y + 28); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix13_1(acc, y + 36); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    default: acc ^= y * 575u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix13_0(acc, y + 9); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    default: acc ^= y * 720u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_13_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_13_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix13_3(acc, y + 12); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix13_2(acc, y + 28); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    default: acc ^= y * 397u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix13_2(acc, y + 23); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    default: acc ^= y * 447u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix13_3(acc, y + 24); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_13_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_13_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix13_3(acc, y + 18); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix13_1(acc, y + 30); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix13_3(acc, y + 19); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    default: acc ^= y * 639u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix13_2(acc, y + 2); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix13_1(acc, y + 16); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_13_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_13_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix13_2(acc, y + 33); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix13_2(acc, y + 8); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    default: acc ^= y * 897u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix13_2(acc, y + 20); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix13_1(acc, y + 6); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_13_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_13_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix13_1(acc, y + 20); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    default: acc ^= y * 135u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix13_2(acc, y + 23); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix13_3(acc, y + 1); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix13_0(acc, y + 35); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix13_2(acc, y + 31); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    default: acc ^= y * 646u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 25: acc = mix13_1(acc, y + 25); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    default: acc ^= y * 647u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_13_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_13_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix13_2(acc, y + 12); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix13_3(acc, y + 27); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    default: acc ^= y * 831u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix13_3(acc, y + 14); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix13_0(acc, y + 6); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_13_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_13_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix13_1(acc, y + 28); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    default: acc ^= y * 663u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix13_3(acc, y + 6); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    default: acc ^= y * 61u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix13_3(acc, y + 7); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    default: acc ^= y * 910u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix13_2(acc, y + 10); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    default: acc ^= y * 451u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix13_1(acc, y + 39); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix13_0(acc, y + 9); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    default: acc ^= y * 992u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_13_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_13_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix13_0(acc, y + 38); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    default: acc ^= y * 381u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix13_2(acc, y + 8); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    default: acc ^= y * 339u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix13_0(acc, y + 29); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    default: acc ^= y * 426u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix13_0(acc, y + 27); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_13_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_13_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix13_0(acc, y + 23); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix13_2(acc, y + 16); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    default: acc ^= y * 91u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix13_3(acc, y + 30); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 24: acc = mix13_2(acc, y + 24); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix13_1(acc, y + 10); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    default: acc ^= y * 641u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_13_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix13_2(acc, y + 24); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    default: acc ^= y * 685u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix13_3(acc, y + 15); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    default: acc ^= y * 73u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix13_3(acc, y + 36); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    default: acc ^= y * 466u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix13_3(acc, y + 37); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    default: acc ^= y * 468u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_13_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_13_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix13_3(acc, y + 3); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix13_2(acc, y + 39); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix13_0(acc, y + 17); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix13_0(acc, y + 36); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 12: acc = mix13_2(acc, y + 12); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix13_2(acc, y + 24); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_13_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_13_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix13_3(acc, y + 4); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix13_3(acc, y + 25); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    default: acc ^= y * 20u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix13_3(acc, y + 26); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 12: acc = mix13_2(acc, y + 12); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix13_2(acc, y + 1); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix13_3(acc, y + 24); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    default: acc ^= y * 354u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_13_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix13_0(acc, y + 25); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix13_0(acc, y + 24); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    default: acc ^= y * 489u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix13_1(acc, y + 2); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    default: acc ^= y * 806u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix13_0(acc, y + 37); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    default: acc ^= y * 991u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_13_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix13_2(acc, y + 24); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix13_3(acc, y + 26); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 21: acc = mix13_2(acc, y + 21); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    default: acc ^= y * 645u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix13_2(acc, y + 9); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    default: acc ^= y * 133u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_13_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix13_1(acc, y + 14); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    default: acc ^= y * 594u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix13_3(acc, y + 12); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    default: acc ^= y * 277u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix13_3(acc, y + 5); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    default: acc ^= y * 397u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix13_1(acc, y + 27); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    default: acc ^= y * 843u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix13_2(acc, y + 34); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    default: acc ^= y * 280u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_13_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_13_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix13_2(acc, y + 26); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix13_0(acc, y + 1); break;
    case 28: acc = mix13_3(acc, y + 28); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix13_3(acc, y + 30); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    default: acc ^= y * 899u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix13_3(acc, y + 30); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    default: acc ^= y * 298u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_13_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_13_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix13_1(acc, y + 18); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix13_0(acc, y + 15); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix13_1(acc, y + 39); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    default: acc ^= y * 705u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix13_3(acc, y + 32); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix13_1(acc, y + 4); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    default: acc ^= y * 399u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_13_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix13_3(acc, y + 18); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    default: acc ^= y * 519u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix13_1(acc, y + 36); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    default: acc ^= y * 557u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix13_3(acc, y + 38); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    default: acc ^= y * 889u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix13_0(acc, y + 13); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix13_1(acc, y + 15); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_13_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_13_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix13_2(acc, y + 32); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix13_0(acc, y + 28); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    default: acc ^= y * 114u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix13_3(acc, y + 12); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_13_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_13_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix13_0(acc, y + 13); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix13_0(acc, y + 33); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix13_1(acc, y + 8); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 19: acc = mix13_0(acc, y + 19); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix13_1(acc, y + 34); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    default: acc ^= y * 326u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_13_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_13_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix13_3(acc, y + 25); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    default: acc ^= y * 595u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix13_2(acc, y + 27); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    default: acc ^= y * 519u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix13_2(acc, y + 1); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix13_1(acc, y + 8); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    default: acc ^= y * 378u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix13_1(acc, y + 2); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix13_3(acc, y + 12); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    default: acc ^= y * 907u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_13_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_13_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix13_2(acc, y + 38); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    default: acc ^= y * 851u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix13_1(acc, y + 39); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix13_1(acc, y + 4); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    default: acc ^= y * 421u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_13_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_13_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix13_2(acc, y + 24); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    default: acc ^= y * 653u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix13_0(acc, y + 15); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix13_2(acc, y + 5); break;
    case 7: acc = mix13_3(acc, y + 7); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix13_2(acc, y + 28); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    default: acc ^= y * 736u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix13_2(acc, y + 5); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    default: acc ^= y * 403u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_13_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_13_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix13_0(acc, y + 4); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    default: acc ^= y * 368u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix13_3(acc, y + 37); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 17: acc = mix13_1(acc, y + 17); break;
    default: acc ^= y * 950u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix13_0(acc, y + 16); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 12: acc = mix13_2(acc, y + 12); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    default: acc ^= y * 455u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix13_0(acc, y + 16); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_13_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_13_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix13_2(acc, y + 16); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix13_1(acc, y + 16); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix13_2(acc, y + 26); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    default: acc ^= y * 621u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix13_1(acc, y + 29); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    default: acc ^= y * 996u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_13_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix13_3(acc, y + 36); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix13_2(acc, y + 20); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    default: acc ^= y * 921u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix13_3(acc, y + 25); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix13_1(acc, y + 13); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 23: acc = mix13_2(acc, y + 23); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_13_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix13_3(acc, y + 25); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix13_0(acc, y + 2); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 25: acc = mix13_1(acc, y + 25); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix13_2(acc, y + 5); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    default: acc ^= y * 167u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_13_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_13_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix13_3(acc, y + 9); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    default: acc ^= y * 12u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix13_1(acc, y + 6); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix13_2(acc, y + 27); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 12: acc = mix13_2(acc, y + 12); break;
    default: acc ^= y * 904u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix13_1(acc, y + 8); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    default: acc ^= y * 463u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix13_3(acc, y + 22); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 26: acc = mix13_1(acc, y + 26); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    default: acc ^= y * 107u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix13_0(acc, y + 17); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    default: acc ^= y * 339u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_13_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix13_0(acc, y + 30); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 8: acc = mix13_2(acc, y + 8); break;
    case 36: acc = mix13_1(acc, y + 36); break;
    default: acc ^= y * 677u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix13_2(acc, y + 15); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    default: acc ^= y * 130u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix13_1(acc, y + 26); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    default: acc ^= y * 322u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix13_3(acc, y + 32); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    default: acc ^= y * 529u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix13_2(acc, y + 29); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    default: acc ^= y * 132u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_13_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix13_2(acc, y + 30); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix13_0(acc, y + 35); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    default: acc ^= y * 158u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix13_2(acc, y + 9); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix13_2(acc, y + 29); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix13_0(acc, y + 4); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix13_3(acc, y + 26); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_13_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_13_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix13_0(acc, y + 5); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    default: acc ^= y * 352u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix13_2(acc, y + 2); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    default: acc ^= y * 345u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix13_2(acc, y + 6); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix13_3(acc, y + 10); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix13_0(acc, y + 6); break;
    case 10: acc = mix13_1(acc, y + 10); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    default: acc ^= y * 660u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_13_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_13_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix13_2(acc, y + 12); break;
    case 15: acc = mix13_1(acc, y + 15); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix13_3(acc, y + 27); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    default: acc ^= y * 277u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix13_0(acc, y + 1); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    default: acc ^= y * 847u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix13_2(acc, y + 34); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    default: acc ^= y * 346u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix13_3(acc, y + 31); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    default: acc ^= y * 480u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix13_0(acc, y + 21); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_13_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_13_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix13_1(acc, y + 11); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    default: acc ^= y * 447u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix13_3(acc, y + 34); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    default: acc ^= y * 428u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix13_2(acc, y + 9); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix13_2(acc, y + 7); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 10: acc = mix13_0(acc, y + 10); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix13_2(acc, y + 2); break;
    case 37: acc = mix13_3(acc, y + 37); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    default: acc ^= y * 19u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_13_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_13_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix13_0(acc, y + 1); break;
    case 15: acc = mix13_3(acc, y + 15); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 17: acc = mix13_2(acc, y + 17); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    default: acc ^= y * 541u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix13_2(acc, y + 25); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    default: acc ^= y * 761u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix13_3(acc, y + 5); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    case 15: acc = mix13_0(acc, y + 15); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    default: acc ^= y * 268u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_13_98(acc, y ^ 99);
    return acc;
}
