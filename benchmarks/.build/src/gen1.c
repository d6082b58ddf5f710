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
    case 10: acc = mix1_0(acc, y + 10); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix1_1(acc, y + 31); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 23: acc = mix1_3(acc, y + 23); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix1_1(acc, y + 17); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    default: acc ^= y * 416u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix1_0(acc, y + 12); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    default: acc ^= y * 562u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix1_0(acc, y + 7); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 32768u) { sink = acc; }
    return acc;
}
uint32_t fn_1_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix1_0(acc, y + 2); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix1_0(acc, y + 38); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix1_1(acc, y + 15); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_1_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_1_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix1_2(acc, y + 4); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 23: acc = mix1_3(acc, y + 23); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix1_1(acc, y + 31); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix1_0(acc, y + 20); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_1_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_1_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix1_1(acc, y + 37); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    default: acc ^= y * 219u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix1_1(acc, y + 17); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    default: acc ^= y * 207u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix1_0(acc, y + 15); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix1_0(acc, y + 33); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    default: acc ^= y * 264u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix1_3(acc, y + 34); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    default: acc ^= y * 283u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_1_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_1_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix1_2(acc, y + 26); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    default: acc ^= y * 750u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix1_0(acc, y + 6); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix1_1(acc, y + 36); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix1_2(acc, y + 21); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_1_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_1_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix1_1(acc, y + 3); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix1_3(acc, y + 28); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    default: acc ^= y * 754u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix1_2(acc, y + 24); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix1_0(acc, y + 4); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix1_2(acc, y + 27); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_1_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_1_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix1_1(acc, y + 17); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix1_1(acc, y + 27); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix1_1(acc, y + 6); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix1_2(acc, y + 17); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix1_0(acc, y + 23); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix1_1(acc, y + 8); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 13: acc = mix1_2(acc, y + 13); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    default: acc ^= y * 819u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_1_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_1_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix1_2(acc, y + 11); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    default: acc ^= y * 903u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix1_0(acc, y + 6); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    default: acc ^= y * 741u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix1_1(acc, y + 12); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix1_3(acc, y + 3); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_1_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix1_2(acc, y + 14); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    default: acc ^= y * 810u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix1_2(acc, y + 18); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    default: acc ^= y * 788u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix1_3(acc, y + 32); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    default: acc ^= y * 932u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_1_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_1_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix1_1(acc, y + 26); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    default: acc ^= y * 71u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix1_2(acc, y + 32); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    default: acc ^= y * 782u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix1_1(acc, y + 17); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_1_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_1_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix1_0(acc, y + 25); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 22: acc = mix1_1(acc, y + 22); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix1_3(acc, y + 38); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    default: acc ^= y * 231u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix1_2(acc, y + 9); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_1_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_1_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix1_1(acc, y + 35); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix1_0(acc, y + 37); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix1_1(acc, y + 16); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    default: acc ^= y * 179u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_1_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_1_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix1_2(acc, y + 19); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix1_1(acc, y + 3); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix1_1(acc, y + 22); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix1_0(acc, y + 29); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    default: acc ^= y * 208u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix1_0(acc, y + 7); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    default: acc ^= y * 603u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix1_0(acc, y + 12); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    default: acc ^= y * 280u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_1_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_1_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix1_0(acc, y + 19); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    default: acc ^= y * 825u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix1_1(acc, y + 3); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix1_3(acc, y + 30); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_1_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_1_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix1_3(acc, y + 8); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    default: acc ^= y * 853u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix1_0(acc, y + 13); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix1_0(acc, y + 2); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    default: acc ^= y * 529u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix1_1(acc, y + 34); break;
    case 23: acc = mix1_3(acc, y + 23); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    default: acc ^= y * 89u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix1_0(acc, y + 1); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    default: acc ^= y * 514u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix1_3(acc, y + 17); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_1_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_1_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix1_1(acc, y + 22); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    default: acc ^= y * 76u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix1_0(acc, y + 23); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix1_3(acc, y + 5); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    default: acc ^= y * 767u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix1_1(acc, y + 12); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 23: acc = mix1_3(acc, y + 23); break;
    default: acc ^= y * 912u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix1_0(acc, y + 18); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    default: acc ^= y * 946u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix1_3(acc, y + 34); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_1_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_1_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix1_2(acc, y + 31); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    default: acc ^= y * 479u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix1_2(acc, y + 3); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix1_3(acc, y + 11); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    default: acc ^= y * 377u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_1_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_1_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix1_0(acc, y + 30); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix1_1(acc, y + 1); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix1_3(acc, y + 23); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    default: acc ^= y * 833u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix1_0(acc, y + 2); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_1_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_1_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix1_0(acc, y + 10); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix1_3(acc, y + 28); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    default: acc ^= y * 737u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix1_2(acc, y + 4); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix1_3(acc, y + 30); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    default: acc ^= y * 260u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_1_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_1_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix1_2(acc, y + 37); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix1_0(acc, y + 18); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix1_1(acc, y + 33); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix1_0(acc, y + 31); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix1_2(acc, y + 36); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_1_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_1_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix1_2(acc, y + 7); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix1_0(acc, y + 28); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix1_1(acc, y + 35); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    default: acc ^= y * 526u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix1_0(acc, y + 11); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    default: acc ^= y * 785u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix1_3(acc, y + 34); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_1_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_1_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix1_1(acc, y + 16); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    default: acc ^= y * 76u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix1_0(acc, y + 18); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix1_1(acc, y + 1); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_1_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_1_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix1_0(acc, y + 29); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    default: acc ^= y * 911u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix1_2(acc, y + 1); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix1_2(acc, y + 14); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    default: acc ^= y * 243u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix1_3(acc, y + 36); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    default: acc ^= y * 190u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix1_2(acc, y + 5); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    default: acc ^= y * 737u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_1_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_1_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix1_3(acc, y + 20); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    default: acc ^= y * 107u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix1_3(acc, y + 6); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    default: acc ^= y * 232u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix1_1(acc, y + 32); break;
    case 34: acc = mix1_3(acc, y + 34); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix1_0(acc, y + 19); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    default: acc ^= y * 458u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_1_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_1_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix1_0(acc, y + 10); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix1_3(acc, y + 27); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    default: acc ^= y * 320u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix1_0(acc, y + 1); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix1_2(acc, y + 5); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    default: acc ^= y * 316u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix1_2(acc, y + 29); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 22: acc = mix1_1(acc, y + 22); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    default: acc ^= y * 640u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_1_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_1_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix1_3(acc, y + 31); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix1_0(acc, y + 14); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    default: acc ^= y * 773u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix1_1(acc, y + 21); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix1_3(acc, y + 7); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    default: acc ^= y * 966u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_1_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_1_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix1_1(acc, y + 10); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix1_3(acc, y + 31); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix1_2(acc, y + 34); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix1_1(acc, y + 39); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    default: acc ^= y * 517u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix1_2(acc, y + 4); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    default: acc ^= y * 709u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_1_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_1_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix1_3(acc, y + 33); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    default: acc ^= y * 935u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix1_1(acc, y + 29); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    default: acc ^= y * 973u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix1_1(acc, y + 19); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix1_1(acc, y + 26); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_1_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_1_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix1_2(acc, y + 31); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    default: acc ^= y * 959u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix1_0(acc, y + 14); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix1_1(acc, y + 9); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_1_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_1_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix1_2(acc, y + 33); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    case 10: acc = mix1_3(acc, y + 10); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix1_1(acc, y + 9); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix1_3(acc, y + 36); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    default: acc ^= y * 776u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix1_2(acc, y + 21); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_1_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_1_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix1_1(acc, y + 9); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 34: acc = mix1_3(acc, y + 34); break;
    default: acc ^= y * 112u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix1_2(acc, y + 18); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    default: acc ^= y * 454u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix1_2(acc, y + 10); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    default: acc ^= y * 229u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix1_0(acc, y + 18); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    default: acc ^= y * 602u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix1_3(acc, y + 9); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix1_3(acc, y + 33); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_1_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_1_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix1_3(acc, y + 38); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    default: acc ^= y * 989u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix1_2(acc, y + 39); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix1_0(acc, y + 17); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    default: acc ^= y * 724u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_1_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_1_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix1_1(acc, y + 7); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    default: acc ^= y * 12u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix1_0(acc, y + 6); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix1_3(acc, y + 22); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    default: acc ^= y * 178u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix1_1(acc, y + 15); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix1_3(acc, y + 38); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    default: acc ^= y * 268u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_1_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix1_3(acc, y + 38); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix1_1(acc, y + 15); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix1_1(acc, y + 16); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    default: acc ^= y * 844u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix1_2(acc, y + 4); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    default: acc ^= y * 480u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix1_2(acc, y + 27); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    default: acc ^= y * 833u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix1_2(acc, y + 36); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_1_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_1_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix1_0(acc, y + 18); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix1_1(acc, y + 31); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    default: acc ^= y * 950u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix1_1(acc, y + 29); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    default: acc ^= y * 239u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_1_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_1_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix1_3(acc, y + 18); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    default: acc ^= y * 846u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix1_0(acc, y + 24); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    default: acc ^= y * 491u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix1_2(acc, y + 18); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix1_1(acc, y + 11); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_1_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_1_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix1_1(acc, y + 28); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    default: acc ^= y * 516u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix1_2(acc, y + 17); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    default: acc ^= y * 577u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix1_2(acc, y + 33); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix1_1(acc, y + 10); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    default: acc ^= y * 581u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix1_3(acc, y + 23); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix1_3(acc, y + 38); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    default: acc ^= y * 112u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_1_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_1_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix1_3(acc, y + 1); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    default: acc ^= y * 78u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix1_2(acc, y + 23); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix1_1(acc, y + 37); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix1_2(acc, y + 12); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    default: acc ^= y * 314u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_1_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_1_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix1_3(acc, y + 9); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix1_2(acc, y + 16); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix1_1(acc, y + 21); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix1_2(acc, y + 25); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix1_2(acc, y + 27); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix1_0(acc, y + 21); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_1_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_1_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix1_1(acc, y + 16); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 34: acc = mix1_3(acc, y + 34); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    default: acc ^= y * 178u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix1_2(acc, y + 8); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix1_2(acc, y + 9); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    default: acc ^= y * 627u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix1_2(acc, y + 29); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix1_0(acc, y + 37); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_1_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_1_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix1_0(acc, y + 19); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    default: acc ^= y * 797u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix1_1(acc, y + 38); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix1_2(acc, y + 7); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    default: acc ^= y * 297u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix1_0(acc, y + 7); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    default: acc ^= y * 856u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix1_2(acc, y + 31); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    default: acc ^= y * 524u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_1_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_1_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix1_3(acc, y + 21); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix1_3(acc, y + 38); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    default: acc ^= y * 135u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix1_3(acc, y + 33); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix1_3(acc, y + 34); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    default: acc ^= y * 207u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix1_0(acc, y + 38); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_1_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix1_0(acc, y + 31); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix1_2(acc, y + 21); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    default: acc ^= y * 649u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix1_1(acc, y + 32); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    default: acc ^= y * 452u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_1_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_1_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix1_2(acc, y + 15); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    case 10: acc = mix1_3(acc, y + 10); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix1_2(acc, y + 30); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    default: acc ^= y * 151u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix1_3(acc, y + 5); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix1_0(acc, y + 20); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_1_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_1_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix1_3(acc, y + 6); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    default: acc ^= y * 903u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix1_3(acc, y + 6); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix1_3(acc, y + 28); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_1_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_1_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix1_3(acc, y + 2); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix1_2(acc, y + 9); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix1_2(acc, y + 32); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    default: acc ^= y * 644u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix1_2(acc, y + 11); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    default: acc ^= y * 419u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix1_3(acc, y + 22); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix1_0(acc, y + 6); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    default: acc ^= y * 835u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_1_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_1_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix1_3(acc, y + 25); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 22: acc = mix1_1(acc, y + 22); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix1_1(acc, y + 4); break;
    case 22: acc = mix1_1(acc, y + 22); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    default: acc ^= y * 716u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix1_3(acc, y + 20); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_1_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_1_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix1_0(acc, y + 16); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix1_3(acc, y + 11); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    default: acc ^= y * 786u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix1_0(acc, y + 16); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    default: acc ^= y * 391u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix1_3(acc, y + 12); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix1_0(acc, y + 8); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    default: acc ^= y * 908u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix1_1(acc, y + 32); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_1_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_1_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix1_1(acc, y + 18); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix1_1(acc, y + 19); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix1_0(acc, y + 5); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    default: acc ^= y * 994u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix1_3(acc, y + 13); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    default: acc ^= y * 837u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_1_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix1_1(acc, y + 11); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    default: acc ^= y * 146u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix1_2(acc, y + 28); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    default: acc ^= y * 831u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix1_1(acc, y + 19); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 10: acc = mix1_3(acc, y + 10); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix1_0(acc, y + 37); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    default: acc ^= y * 475u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_1_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_1_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix1_3(acc, y + 19); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix1_3(acc, y + 6); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    default: acc ^= y * 717u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix1_0(acc, y + 12); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 22: acc = mix1_1(acc, y + 22); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix1_1(acc, y + 20); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    default: acc ^= y * 907u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix1_3(acc, y + 3); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    case 22: acc = mix1_1(acc, y + 22); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix1_0(acc, y + 36); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_1_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_1_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix1_2(acc, y + 34); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix1_1(acc, y + 33); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix1_3(acc, y + 21); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix1_0(acc, y + 19); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    default: acc ^= y * 496u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix1_1(acc, y + 11); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_1_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_1_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix1_0(acc, y + 23); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    default: acc ^= y * 553u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix1_3(acc, y + 3); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    default: acc ^= y * 520u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix1_0(acc, y + 25); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix1_1(acc, y + 36); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_1_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_1_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix1_2(acc, y + 24); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    default: acc ^= y * 982u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix1_0(acc, y + 1); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix1_2(acc, y + 8); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    default: acc ^= y * 872u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix1_3(acc, y + 25); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix1_2(acc, y + 35); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    default: acc ^= y * 205u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_1_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_1_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix1_3(acc, y + 14); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    default: acc ^= y * 95u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix1_1(acc, y + 16); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    default: acc ^= y * 795u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix1_3(acc, y + 18); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix1_0(acc, y + 20); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    default: acc ^= y * 839u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_1_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_1_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix1_1(acc, y + 4); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 10: acc = mix1_3(acc, y + 10); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    default: acc ^= y * 361u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix1_2(acc, y + 10); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    default: acc ^= y * 475u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix1_3(acc, y + 13); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    default: acc ^= y * 142u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix1_2(acc, y + 37); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_1_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_1_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix1_3(acc, y + 1); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    default: acc ^= y * 182u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix1_3(acc, y + 12); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix1_1(acc, y + 28); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    default: acc ^= y * 102u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix1_0(acc, y + 15); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    default: acc ^= y * 774u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_1_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix1_1(acc, y + 14); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    default: acc ^= y * 715u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix1_0(acc, y + 17); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix1_1(acc, y + 32); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix1_1(acc, y + 7); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    default: acc ^= y * 757u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_1_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_1_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix1_0(acc, y + 13); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix1_0(acc, y + 17); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    default: acc ^= y * 725u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix1_2(acc, y + 34); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    default: acc ^= y * 869u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix1_3(acc, y + 8); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix1_2(acc, y + 31); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 2: acc = mix1_2(acc, y + 2); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_1_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix1_2(acc, y + 9); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix1_0(acc, y + 26); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    default: acc ^= y * 360u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix1_1(acc, y + 36); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 22: acc = mix1_1(acc, y + 22); break;
    default: acc ^= y * 845u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix1_1(acc, y + 24); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix1_0(acc, y + 3); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 27: acc = mix1_3(acc, y + 27); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_1_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_1_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix1_2(acc, y + 14); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix1_0(acc, y + 18); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    default: acc ^= y * 399u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix1_0(acc, y + 31); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix1_0(acc, y + 31); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix1_1(acc, y + 11); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    default: acc ^= y * 567u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_1_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_1_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix1_3(acc, y + 14); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    default: acc ^= y * 915u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix1_1(acc, y + 4); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    default: acc ^= y * 158u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix1_0(acc, y + 39); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    default: acc ^= y * 383u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix1_3(acc, y + 4); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 23: acc = mix1_3(acc, y + 23); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix1_0(acc, y + 15); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    default: acc ^= y * 805u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix1_3(acc, y + 18); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    default: acc ^= y * 135u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_1_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_1_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix1_1(acc, y + 6); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    default: acc ^= y * 259u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix1_0(acc, y + 14); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    default: acc ^= y * 129u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix1_0(acc, y + 1); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix1_2(acc, y + 15); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    default: acc ^= y * 464u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix1_1(acc, y + 8); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    default: acc ^= y * 33u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_1_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_1_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix1_1(acc, y + 18); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix1_0(acc, y + 29); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix1_3(acc, y + 3); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix1_1(acc, y + 36); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix1_2(acc, y + 21); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    default: acc ^= y * 110u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix1_2(acc, y + 39); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 13: acc = mix1_2(acc, y + 13); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_1_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_1_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix1_1(acc, y + 30); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix1_2(acc, y + 38); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix1_1(acc, y + 17); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix1_3(acc, y + 6); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_1_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_1_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix1_0(acc, y + 7); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix1_0(acc, y + 31); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    case 34: acc = mix1_3(acc, y + 34); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix1_1(acc, y + 38); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix1_1(acc, y + 23); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    case 5: acc = mix1_1(acc, y + 5); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix1_0(acc, y + 27); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    default: acc ^= y * 913u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix1_2(acc, y + 10); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_1_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_1_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix1_2(acc, y + 33); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 10: acc = mix1_3(acc, y + 10); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix1_1(acc, y + 2); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix1_0(acc, y + 4); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    default: acc ^= y * 297u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix1_1(acc, y + 27); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix1_3(acc, y + 16); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    default: acc ^= y * 189u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_1_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_1_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix1_0(acc, y + 19); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix1_2(acc, y + 20); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    default: acc ^= y * 165u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix1_1(acc, y + 23); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 22: acc = mix1_1(acc, y + 22); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    default: acc ^= y * 497u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_1_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_1_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix1_1(acc, y + 28); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix1_3(acc, y + 24); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    default: acc ^= y * 784u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix1_3(acc, y + 29); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    default: acc ^= y * 655u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix1_0(acc, y + 18); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix1_3(acc, y + 4); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix1_0(acc, y + 15); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    default: acc ^= y * 612u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_1_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_1_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix1_0(acc, y + 38); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix1_2(acc, y + 5); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 34: acc = mix1_3(acc, y + 34); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix1_0(acc, y + 29); break;
    case 13: acc = mix1_2(acc, y + 13); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix1_1(acc, y + 21); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix1_1(acc, y + 33); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    default: acc ^= y * 666u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix1_1(acc, y + 19); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    default: acc ^= y * 105u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_1_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_1_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix1_3(acc, y + 10); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix1_3(acc, y + 20); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 3: acc = mix1_0(acc, y + 3); break;
    case 22: acc = mix1_1(acc, y + 22); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix1_2(acc, y + 25); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix1_0(acc, y + 8); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    default: acc ^= y * 840u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix1_0(acc, y + 26); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    default: acc ^= y * 799u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_1_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_1_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix1_1(acc, y + 23); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix1_0(acc, y + 37); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 20: acc = mix1_0(acc, y + 20); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    default: acc ^= y * 10u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix1_2(acc, y + 4); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix1_1(acc, y + 32); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_1_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_1_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix1_1(acc, y + 6); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix1_2(acc, y + 24); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix1_1(acc, y + 37); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_1_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_1_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix1_1(acc, y + 8); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    case 13: acc = mix1_2(acc, y + 13); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix1_0(acc, y + 35); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix1_2(acc, y + 28); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    default: acc ^= y * 290u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix1_2(acc, y + 10); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 19: acc = mix1_1(acc, y + 19); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix1_1(acc, y + 2); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    default: acc ^= y * 691u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_1_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_1_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix1_0(acc, y + 31); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    default: acc ^= y * 347u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix1_0(acc, y + 19); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    default: acc ^= y * 257u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix1_0(acc, y + 35); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix1_1(acc, y + 28); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix1_2(acc, y + 23); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix1_3(acc, y + 36); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_1_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_1_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix1_2(acc, y + 24); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    default: acc ^= y * 676u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix1_3(acc, y + 27); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix1_0(acc, y + 27); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix1_0(acc, y + 23); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    default: acc ^= y * 357u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix1_1(acc, y + 28); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    default: acc ^= y * 328u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_1_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_1_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix1_2(acc, y + 30); break;
    case 25: acc = mix1_0(acc, y + 25); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix1_2(acc, y + 20); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix1_0(acc, y + 34); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_1_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_1_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix1_1(acc, y + 16); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 10: acc = mix1_0(acc, y + 10); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix1_3(acc, y + 27); break;
    case 34: acc = mix1_3(acc, y + 34); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    default: acc ^= y * 733u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix1_3(acc, y + 32); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    default: acc ^= y * 365u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_1_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix1_3(acc, y + 2); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    default: acc ^= y * 532u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix1_3(acc, y + 29); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    default: acc ^= y * 510u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix1_3(acc, y + 7); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    default: acc ^= y * 24u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_1_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_1_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix1_3(acc, y + 25); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix1_1(acc, y + 14); break;
    case 36: acc = mix1_1(acc, y + 36); break;
    case 20: acc = mix1_1(acc, y + 20); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix1_3(acc, y + 35); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 9: acc = mix1_3(acc, y + 9); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix1_1(acc, y + 35); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_1_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_1_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix1_2(acc, y + 36); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix1_0(acc, y + 22); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    default: acc ^= y * 283u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix1_0(acc, y + 36); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    default: acc ^= y * 582u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_1_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_1_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix1_1(acc, y + 18); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    default: acc ^= y * 966u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix1_1(acc, y + 29); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix1_2(acc, y + 1); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 22: acc = mix1_3(acc, y + 22); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    case 7: acc = mix1_2(acc, y + 7); break;
    default: acc ^= y * 157u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix1_2(acc, y + 16); break;
    case 10: acc = mix1_3(acc, y + 10); break;
    case 25: acc = mix1_1(acc, y + 25); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix1_1(acc, y + 18); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    default: acc ^= y * 908u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_1_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_1_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix1_1(acc, y + 35); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 13: acc = mix1_2(acc, y + 13); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    default: acc ^= y * 694u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix1_0(acc, y + 17); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    default: acc ^= y * 327u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix1_1(acc, y + 24); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix1_1(acc, y + 5); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 16: acc = mix1_0(acc, y + 16); break;
    default: acc ^= y * 124u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix1_1(acc, y + 24); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 30: acc = mix1_2(acc, y + 30); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    default: acc ^= y * 32u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix1_1(acc, y + 15); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    default: acc ^= y * 875u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_1_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_1_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix1_1(acc, y + 35); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 13: acc = mix1_2(acc, y + 13); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    default: acc ^= y * 936u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix1_2(acc, y + 26); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix1_0(acc, y + 2); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix1_0(acc, y + 22); break;
    case 8: acc = mix1_0(acc, y + 8); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    default: acc ^= y * 688u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix1_0(acc, y + 10); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    default: acc ^= y * 531u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix1_1(acc, y + 3); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_1_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_1_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix1_2(acc, y + 35); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix1_3(acc, y + 8); break;
    case 14: acc = mix1_2(acc, y + 14); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    default: acc ^= y * 531u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix1_3(acc, y + 7); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 35: acc = mix1_3(acc, y + 35); break;
    case 15: acc = mix1_1(acc, y + 15); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix1_0(acc, y + 15); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    default: acc ^= y * 867u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_1_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_1_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix1_3(acc, y + 18); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    case 15: acc = mix1_3(acc, y + 15); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix1_1(acc, y + 18); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 37: acc = mix1_1(acc, y + 37); break;
    case 31: acc = mix1_3(acc, y + 31); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 27: acc = mix1_2(acc, y + 27); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix1_1(acc, y + 4); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 34: acc = mix1_3(acc, y + 34); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix1_0(acc, y + 9); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    default: acc ^= y * 913u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_1_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_1_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix1_1(acc, y + 8); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix1_3(acc, y + 22); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 17: acc = mix1_2(acc, y + 17); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    default: acc ^= y * 386u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix1_2(acc, y + 14); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 39: acc = mix1_2(acc, y + 39); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix1_2(acc, y + 37); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 29: acc = mix1_1(acc, y + 29); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 26: acc = mix1_1(acc, y + 26); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    default: acc ^= y * 66u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix1_0(acc, y + 39); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 38: acc = mix1_3(acc, y + 38); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 34: acc = mix1_3(acc, y + 34); break;
    default: acc ^= y * 7u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 2: acc = mix1_3(acc, y + 2); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    case 29: acc = mix1_0(acc, y + 29); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_1_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_1_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix1_0(acc, y + 20); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    default: acc ^= y * 465u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix1_1(acc, y + 34); break;
    case 9: acc = mix1_2(acc, y + 9); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 31: acc = mix1_1(acc, y + 31); break;
    case 2: acc = mix1_1(acc, y + 2); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix1_0(acc, y + 39); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    default: acc ^= y * 584u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_1_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_1_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix1_2(acc, y + 25); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix1_0(acc, y + 25); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 38: acc = mix1_1(acc, y + 38); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix1_0(acc, y + 17); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 8: acc = mix1_2(acc, y + 8); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 33: acc = mix1_1(acc, y + 33); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_1_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_1_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix1_1(acc, y + 36); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 32: acc = mix1_3(acc, y + 32); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    default: acc ^= y * 767u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix1_2(acc, y + 37); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix1_2(acc, y + 29); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 5: acc = mix1_0(acc, y + 5); break;
    default: acc ^= y * 100u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix1_2(acc, y + 21); break;
    case 4: acc = mix1_1(acc, y + 4); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    default: acc ^= y * 193u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_1_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_1_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix1_0(acc, y + 17); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 15: acc = mix1_0(acc, y + 15); break;
    case 21: acc = mix1_2(acc, y + 21); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix1_3(acc, y + 12); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 24: acc = mix1_2(acc, y + 24); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 10: acc = mix1_1(acc, y + 10); break;
    default: acc ^= y * 735u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix1_0(acc, y + 36); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 17: acc = mix1_1(acc, y + 17); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_1_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_1_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix1_2(acc, y + 18); break;
    case 25: acc = mix1_2(acc, y + 25); break;
    case 29: acc = mix1_2(acc, y + 29); break;
    case 5: acc = mix1_3(acc, y + 5); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 6: acc = mix1_3(acc, y + 6); break;
    default: acc ^= y * 945u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix1_3(acc, y + 9); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 23: acc = mix1_2(acc, y + 23); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    default: acc ^= y * 575u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix1_0(acc, y + 22); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 19: acc = mix1_3(acc, y + 19); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix1_0(acc, y + 27); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 19: acc = mix1_2(acc, y + 19); break;
    case 13: acc = mix1_2(acc, y + 13); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    default: acc ^= y * 955u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_1_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_1_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix1_1(acc, y + 38); break;
    case 12: acc = mix1_0(acc, y + 12); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix1_0(acc, y + 35); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 19: acc = mix1_0(acc, y + 19); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix1_1(acc, y + 35); break;
    case 28: acc = mix1_3(acc, y + 28); break;
    case 11: acc = mix1_1(acc, y + 11); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    default: acc ^= y * 536u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix1_3(acc, y + 13); break;
    case 33: acc = mix1_3(acc, y + 33); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_1_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_1_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix1_0(acc, y + 35); break;
    case 7: acc = mix1_1(acc, y + 7); break;
    case 26: acc = mix1_2(acc, y + 26); break;
    case 4: acc = mix1_2(acc, y + 4); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 18: acc = mix1_1(acc, y + 18); break;
    default: acc ^= y * 765u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix1_1(acc, y + 27); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix1_2(acc, y + 34); break;
    case 12: acc = mix1_2(acc, y + 12); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    default: acc ^= y * 995u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix1_3(acc, y + 27); break;
    case 11: acc = mix1_2(acc, y + 11); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 34: acc = mix1_2(acc, y + 34); break;
    case 23: acc = mix1_0(acc, y + 23); break;
    default: acc ^= y * 961u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix1_0(acc, y + 6); break;
    case 33: acc = mix1_2(acc, y + 33); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    default: acc ^= y * 477u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_1_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_1_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix1_2(acc, y + 18); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 37: acc = mix1_3(acc, y + 37); break;
    default: acc ^= y * 786u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix1_2(acc, y + 24); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 7: acc = mix1_3(acc, y + 7); break;
    case 11: acc = mix1_3(acc, y + 11); break;
    case 25: acc = mix1_3(acc, y + 25); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix1_0(acc, y + 24); break;
    case 14: acc = mix1_1(acc, y + 14); break;
    case 18: acc = mix1_2(acc, y + 18); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix1_3(acc, y + 16); break;
    case 36: acc = mix1_3(acc, y + 36); break;
    case 3: acc = mix1_3(acc, y + 3); break;
    case 1: acc = mix1_0(acc, y + 1); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 30: acc = mix1_0(acc, y + 30); break;
    default: acc ^= y * 839u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_1_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_1_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix1_2(acc, y + 21); break;
    case 39: acc = mix1_0(acc, y + 39); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 23: acc = mix1_1(acc, y + 23); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    default: acc ^= y * 654u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix1_3(acc, y + 34); break;
    case 32: acc = mix1_0(acc, y + 32); break;
    case 2: acc = mix1_0(acc, y + 2); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    case 23: acc = mix1_3(acc, y + 23); break;
    case 4: acc = mix1_3(acc, y + 4); break;
    default: acc ^= y * 605u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix1_2(acc, y + 29); break;
    case 39: acc = mix1_1(acc, y + 39); break;
    case 12: acc = mix1_3(acc, y + 12); break;
    case 26: acc = mix1_3(acc, y + 26); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 32: acc = mix1_2(acc, y + 32); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix1_3(acc, y + 30); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 31: acc = mix1_0(acc, y + 31); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 21: acc = mix1_3(acc, y + 21); break;
    case 32: acc = mix1_1(acc, y + 32); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix1_3(acc, y + 31); break;
    case 1: acc = mix1_1(acc, y + 1); break;
    case 24: acc = mix1_3(acc, y + 24); break;
    case 22: acc = mix1_2(acc, y + 22); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    case 38: acc = mix1_0(acc, y + 38); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix1_1(acc, y + 29); break;
    case 20: acc = mix1_3(acc, y + 20); break;
    case 2: acc = mix1_3(acc, y + 2); break;
    case 13: acc = mix1_0(acc, y + 13); break;
    case 1: acc = mix1_3(acc, y + 1); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    default: acc ^= y * 740u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_1_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix1_2(acc, y + 35); break;
    case 9: acc = mix1_0(acc, y + 9); break;
    case 39: acc = mix1_3(acc, y + 39); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 38: acc = mix1_2(acc, y + 38); break;
    case 15: acc = mix1_2(acc, y + 15); break;
    default: acc ^= y * 287u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix1_1(acc, y + 3); break;
    case 1: acc = mix1_2(acc, y + 1); break;
    case 6: acc = mix1_0(acc, y + 6); break;
    case 18: acc = mix1_3(acc, y + 18); break;
    case 27: acc = mix1_0(acc, y + 27); break;
    case 35: acc = mix1_1(acc, y + 35); break;
    default: acc ^= y * 246u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix1_2(acc, y + 22); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    case 24: acc = mix1_0(acc, y + 24); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 14: acc = mix1_3(acc, y + 14); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_1_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_1_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix1_2(acc, y + 23); break;
    case 13: acc = mix1_1(acc, y + 13); break;
    case 17: acc = mix1_0(acc, y + 17); break;
    case 7: acc = mix1_0(acc, y + 7); break;
    case 34: acc = mix1_1(acc, y + 34); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix1_2(acc, y + 15); break;
    case 9: acc = mix1_1(acc, y + 9); break;
    case 11: acc = mix1_0(acc, y + 11); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 10: acc = mix1_3(acc, y + 10); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix1_3(acc, y + 14); break;
    case 36: acc = mix1_2(acc, y + 36); break;
    case 21: acc = mix1_1(acc, y + 21); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 20: acc = mix1_2(acc, y + 20); break;
    case 34: acc = mix1_0(acc, y + 34); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix1_3(acc, y + 14); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 35: acc = mix1_2(acc, y + 35); break;
    case 16: acc = mix1_1(acc, y + 16); break;
    case 8: acc = mix1_1(acc, y + 8); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_1_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_1_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix1_2(acc, y + 1); break;
    case 18: acc = mix1_0(acc, y + 18); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 28: acc = mix1_1(acc, y + 28); break;
    case 29: acc = mix1_3(acc, y + 29); break;
    case 8: acc = mix1_3(acc, y + 8); break;
    default: acc ^= y * 445u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix1_0(acc, y + 6); break;
    case 27: acc = mix1_3(acc, y + 27); break;
    case 3: acc = mix1_2(acc, y + 3); break;
    case 24: acc = mix1_1(acc, y + 24); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 22: acc = mix1_0(acc, y + 22); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix1_2(acc, y + 18); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 10: acc = mix1_2(acc, y + 10); break;
    case 30: acc = mix1_3(acc, y + 30); break;
    case 6: acc = mix1_2(acc, y + 6); break;
    case 16: acc = mix1_3(acc, y + 16); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_1_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_1_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix1_3(acc, y + 16); break;
    case 33: acc = mix1_0(acc, y + 33); break;
    case 5: acc = mix1_2(acc, y + 5); break;
    case 21: acc = mix1_0(acc, y + 21); break;
    case 2: acc = mix1_2(acc, y + 2); break;
    case 28: acc = mix1_0(acc, y + 28); break;
    default: acc ^= y * 990u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix1_2(acc, y + 39); break;
    case 26: acc = mix1_0(acc, y + 26); break;
    case 36: acc = mix1_0(acc, y + 36); break;
    case 17: acc = mix1_3(acc, y + 17); break;
    case 4: acc = mix1_0(acc, y + 4); break;
    case 3: acc = mix1_1(acc, y + 3); break;
    default: acc ^= y * 939u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix1_0(acc, y + 18); break;
    case 37: acc = mix1_2(acc, y + 37); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    case 31: acc = mix1_2(acc, y + 31); break;
    case 12: acc = mix1_1(acc, y + 12); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix1_3(acc, y + 32); break;
    case 6: acc = mix1_1(acc, y + 6); break;
    case 37: acc = mix1_0(acc, y + 37); break;
    case 28: acc = mix1_2(acc, y + 28); break;
    case 13: acc = mix1_3(acc, y + 13); break;
    case 14: acc = mix1_0(acc, y + 14); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix1_1(acc, y + 18); break;
    case 16: acc = mix1_2(acc, y + 16); break;
    case 27: acc = mix1_1(acc, y + 27); break;
    case 13: acc = mix1_2(acc, y + 13); break;
    case 30: acc = mix1_1(acc, y + 30); break;
    case 35: acc = mix1_0(acc, y + 35); break;
    default: acc ^= y * 207u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_1_98(acc, y ^ 99);
    return acc;
}
