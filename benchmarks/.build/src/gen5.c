#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix5_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix5_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix5_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix5_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_5_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix5_0(acc, y + 25); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix5_0(acc, y + 23); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix5_0(acc, y + 12); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 10: acc = mix5_1(acc, y + 10); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    default: acc ^= y * 219u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix5_0(acc, y + 34); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    default: acc ^= y * 878u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix5_2(acc, y + 33); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    default: acc ^= y * 688u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix5_1(acc, y + 10); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 2u) { sink = acc; }
    return acc;
}
uint32_t fn_5_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix5_1(acc, y + 15); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    default: acc ^= y * 639u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix5_1(acc, y + 17); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix5_0(acc, y + 15); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    default: acc ^= y * 446u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix5_2(acc, y + 22); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    default: acc ^= y * 298u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_5_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_5_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix5_3(acc, y + 30); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    default: acc ^= y * 947u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix5_2(acc, y + 13); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix5_0(acc, y + 38); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    default: acc ^= y * 381u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix5_2(acc, y + 39); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    default: acc ^= y * 976u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix5_1(acc, y + 35); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 20: acc = mix5_0(acc, y + 20); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    default: acc ^= y * 795u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_5_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix5_1(acc, y + 33); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix5_0(acc, y + 2); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    default: acc ^= y * 742u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix5_1(acc, y + 12); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    default: acc ^= y * 729u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix5_0(acc, y + 28); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    default: acc ^= y * 431u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix5_2(acc, y + 27); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_5_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_5_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix5_3(acc, y + 27); break;
    case 38: acc = mix5_0(acc, y + 38); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    default: acc ^= y * 71u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix5_2(acc, y + 33); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    default: acc ^= y * 308u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix5_3(acc, y + 29); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    default: acc ^= y * 754u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix5_2(acc, y + 13); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    default: acc ^= y * 747u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix5_1(acc, y + 1); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix5_1(acc, y + 39); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_5_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix5_0(acc, y + 24); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    default: acc ^= y * 56u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix5_2(acc, y + 27); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix5_2(acc, y + 7); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix5_1(acc, y + 12); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix5_0(acc, y + 39); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 31: acc = mix5_2(acc, y + 31); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix5_2(acc, y + 36); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    default: acc ^= y * 236u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_5_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_5_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix5_3(acc, y + 29); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    default: acc ^= y * 548u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix5_2(acc, y + 21); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    default: acc ^= y * 857u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix5_1(acc, y + 10); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix5_2(acc, y + 7); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    default: acc ^= y * 804u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix5_0(acc, y + 15); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_5_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_5_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix5_1(acc, y + 7); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    default: acc ^= y * 359u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix5_2(acc, y + 4); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    default: acc ^= y * 445u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix5_2(acc, y + 33); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    default: acc ^= y * 529u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix5_3(acc, y + 18); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_5_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_5_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix5_0(acc, y + 13); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    default: acc ^= y * 362u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix5_3(acc, y + 12); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    default: acc ^= y * 732u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix5_0(acc, y + 13); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_5_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix5_3(acc, y + 16); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix5_1(acc, y + 8); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    default: acc ^= y * 631u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix5_3(acc, y + 37); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix5_2(acc, y + 35); break;
    case 31: acc = mix5_2(acc, y + 31); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_5_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_5_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix5_1(acc, y + 1); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    default: acc ^= y * 325u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix5_2(acc, y + 28); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    default: acc ^= y * 732u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix5_0(acc, y + 24); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    default: acc ^= y * 235u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_5_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix5_3(acc, y + 11); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    default: acc ^= y * 514u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix5_0(acc, y + 29); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix5_3(acc, y + 36); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    default: acc ^= y * 124u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix5_1(acc, y + 3); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    default: acc ^= y * 527u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix5_1(acc, y + 25); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    default: acc ^= y * 19u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_5_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix5_3(acc, y + 34); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    default: acc ^= y * 5u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix5_0(acc, y + 9); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    default: acc ^= y * 396u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix5_0(acc, y + 36); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 39: acc = mix5_0(acc, y + 39); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    default: acc ^= y * 777u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix5_2(acc, y + 20); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix5_1(acc, y + 29); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    default: acc ^= y * 794u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_5_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_5_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix5_0(acc, y + 19); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix5_3(acc, y + 10); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 38: acc = mix5_0(acc, y + 38); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    default: acc ^= y * 497u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix5_1(acc, y + 14); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix5_1(acc, y + 36); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    default: acc ^= y * 123u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix5_3(acc, y + 14); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    default: acc ^= y * 494u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix5_0(acc, y + 38); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_5_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix5_0(acc, y + 23); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    default: acc ^= y * 832u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix5_1(acc, y + 9); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix5_0(acc, y + 9); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix5_3(acc, y + 24); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 31: acc = mix5_2(acc, y + 31); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix5_2(acc, y + 39); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix5_2(acc, y + 38); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    default: acc ^= y * 16u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_5_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix5_1(acc, y + 15); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    default: acc ^= y * 330u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix5_3(acc, y + 28); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    default: acc ^= y * 133u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix5_0(acc, y + 31); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    default: acc ^= y * 894u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_5_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_5_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix5_2(acc, y + 33); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    default: acc ^= y * 257u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix5_1(acc, y + 36); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    default: acc ^= y * 370u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix5_0(acc, y + 23); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix5_0(acc, y + 21); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    default: acc ^= y * 716u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_5_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_5_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix5_1(acc, y + 36); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    default: acc ^= y * 936u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix5_3(acc, y + 6); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    default: acc ^= y * 506u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix5_0(acc, y + 20); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix5_3(acc, y + 2); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    default: acc ^= y * 399u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix5_1(acc, y + 9); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 1: acc = mix5_2(acc, y + 1); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    default: acc ^= y * 777u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_5_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix5_1(acc, y + 20); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    default: acc ^= y * 851u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix5_3(acc, y + 28); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix5_2(acc, y + 31); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    default: acc ^= y * 466u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix5_1(acc, y + 30); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix5_1(acc, y + 1); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    default: acc ^= y * 384u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix5_0(acc, y + 19); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    default: acc ^= y * 424u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_5_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_5_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix5_0(acc, y + 32); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    default: acc ^= y * 835u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix5_3(acc, y + 7); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    default: acc ^= y * 982u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix5_2(acc, y + 23); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix5_2(acc, y + 33); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    default: acc ^= y * 851u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_5_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_5_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix5_1(acc, y + 31); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    default: acc ^= y * 731u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix5_3(acc, y + 39); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix5_2(acc, y + 23); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    default: acc ^= y * 32u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix5_1(acc, y + 16); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix5_0(acc, y + 14); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix5_0(acc, y + 26); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    default: acc ^= y * 435u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_5_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_5_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix5_1(acc, y + 28); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix5_1(acc, y + 1); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix5_1(acc, y + 23); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    default: acc ^= y * 346u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_5_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_5_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix5_0(acc, y + 5); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    default: acc ^= y * 879u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix5_2(acc, y + 15); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    default: acc ^= y * 151u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix5_3(acc, y + 35); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix5_3(acc, y + 38); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix5_2(acc, y + 34); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    default: acc ^= y * 179u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_5_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix5_1(acc, y + 17); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix5_3(acc, y + 15); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    default: acc ^= y * 474u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix5_3(acc, y + 30); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    default: acc ^= y * 411u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_5_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix5_2(acc, y + 23); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix5_0(acc, y + 11); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    default: acc ^= y * 104u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix5_2(acc, y + 16); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix5_1(acc, y + 15); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 38: acc = mix5_0(acc, y + 38); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    default: acc ^= y * 102u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix5_0(acc, y + 35); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    default: acc ^= y * 716u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_5_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_5_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix5_0(acc, y + 29); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix5_2(acc, y + 3); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix5_1(acc, y + 14); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    default: acc ^= y * 311u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix5_0(acc, y + 37); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_5_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix5_2(acc, y + 26); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix5_2(acc, y + 5); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix5_3(acc, y + 37); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    default: acc ^= y * 455u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix5_1(acc, y + 15); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix5_3(acc, y + 34); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_5_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_5_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix5_0(acc, y + 26); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    default: acc ^= y * 107u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix5_1(acc, y + 9); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    default: acc ^= y * 107u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix5_1(acc, y + 17); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix5_0(acc, y + 28); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_5_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_5_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix5_2(acc, y + 29); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    default: acc ^= y * 97u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix5_3(acc, y + 15); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix5_3(acc, y + 35); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    default: acc ^= y * 191u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix5_0(acc, y + 13); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix5_0(acc, y + 15); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix5_2(acc, y + 17); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    default: acc ^= y * 388u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_5_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix5_1(acc, y + 16); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix5_0(acc, y + 16); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    default: acc ^= y * 694u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix5_1(acc, y + 13); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix5_3(acc, y + 2); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    default: acc ^= y * 359u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix5_0(acc, y + 39); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_5_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_5_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix5_0(acc, y + 23); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix5_1(acc, y + 24); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    default: acc ^= y * 587u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix5_1(acc, y + 9); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix5_2(acc, y + 17); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_5_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_5_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix5_3(acc, y + 22); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    default: acc ^= y * 513u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix5_2(acc, y + 14); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    default: acc ^= y * 490u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix5_2(acc, y + 27); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix5_3(acc, y + 13); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    default: acc ^= y * 571u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_5_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_5_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix5_2(acc, y + 23); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix5_3(acc, y + 20); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    default: acc ^= y * 900u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix5_3(acc, y + 5); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_5_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_5_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix5_1(acc, y + 26); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    default: acc ^= y * 823u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix5_2(acc, y + 7); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    default: acc ^= y * 289u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix5_1(acc, y + 37); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_5_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_5_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix5_0(acc, y + 19); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    default: acc ^= y * 285u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix5_2(acc, y + 30); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    default: acc ^= y * 342u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix5_2(acc, y + 23); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    default: acc ^= y * 626u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix5_2(acc, y + 23); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix5_2(acc, y + 21); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    default: acc ^= y * 553u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_5_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix5_1(acc, y + 33); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    default: acc ^= y * 539u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix5_3(acc, y + 6); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    default: acc ^= y * 988u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix5_2(acc, y + 31); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix5_2(acc, y + 23); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix5_3(acc, y + 10); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    default: acc ^= y * 308u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_5_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_5_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix5_1(acc, y + 17); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 39: acc = mix5_0(acc, y + 39); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    default: acc ^= y * 11u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix5_0(acc, y + 3); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    default: acc ^= y * 483u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix5_0(acc, y + 35); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    default: acc ^= y * 494u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix5_0(acc, y + 8); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix5_2(acc, y + 9); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    default: acc ^= y * 715u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix5_3(acc, y + 4); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    default: acc ^= y * 656u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_5_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_5_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix5_1(acc, y + 33); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix5_0(acc, y + 13); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    default: acc ^= y * 450u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix5_1(acc, y + 5); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    default: acc ^= y * 476u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix5_3(acc, y + 16); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    default: acc ^= y * 939u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_5_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix5_1(acc, y + 22); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix5_0(acc, y + 9); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 10: acc = mix5_1(acc, y + 10); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    default: acc ^= y * 888u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix5_3(acc, y + 3); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    default: acc ^= y * 921u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix5_2(acc, y + 22); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix5_2(acc, y + 7); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_5_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix5_1(acc, y + 35); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    default: acc ^= y * 174u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix5_1(acc, y + 2); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix5_0(acc, y + 11); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    default: acc ^= y * 109u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix5_3(acc, y + 33); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    case 31: acc = mix5_2(acc, y + 31); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix5_2(acc, y + 1); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    default: acc ^= y * 368u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix5_3(acc, y + 11); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    default: acc ^= y * 273u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_5_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_5_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix5_1(acc, y + 25); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    default: acc ^= y * 446u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix5_1(acc, y + 3); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix5_3(acc, y + 18); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 10: acc = mix5_1(acc, y + 10); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix5_0(acc, y + 39); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix5_0(acc, y + 20); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    default: acc ^= y * 547u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix5_2(acc, y + 38); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    default: acc ^= y * 553u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_5_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix5_0(acc, y + 4); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix5_3(acc, y + 10); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 31: acc = mix5_2(acc, y + 31); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix5_1(acc, y + 7); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    default: acc ^= y * 84u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_5_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix5_3(acc, y + 27); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    default: acc ^= y * 752u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix5_0(acc, y + 26); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix5_3(acc, y + 4); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    default: acc ^= y * 853u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix5_2(acc, y + 36); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix5_2(acc, y + 27); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_5_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix5_3(acc, y + 22); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix5_2(acc, y + 17); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 38: acc = mix5_0(acc, y + 38); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix5_0(acc, y + 1); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    default: acc ^= y * 138u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix5_2(acc, y + 30); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix5_3(acc, y + 5); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_5_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_5_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix5_0(acc, y + 18); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix5_0(acc, y + 17); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix5_1(acc, y + 33); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    default: acc ^= y * 996u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix5_3(acc, y + 6); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix5_1(acc, y + 28); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    default: acc ^= y * 464u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_5_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_5_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix5_0(acc, y + 24); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    default: acc ^= y * 691u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix5_3(acc, y + 26); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    default: acc ^= y * 596u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix5_1(acc, y + 31); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix5_2(acc, y + 9); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    default: acc ^= y * 867u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix5_0(acc, y + 38); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_5_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix5_1(acc, y + 26); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    default: acc ^= y * 84u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix5_0(acc, y + 20); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix5_0(acc, y + 35); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    default: acc ^= y * 445u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix5_3(acc, y + 34); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    default: acc ^= y * 97u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_5_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_5_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix5_1(acc, y + 26); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    default: acc ^= y * 690u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix5_2(acc, y + 22); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    default: acc ^= y * 226u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix5_2(acc, y + 23); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix5_0(acc, y + 13); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    default: acc ^= y * 714u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix5_2(acc, y + 6); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    default: acc ^= y * 697u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix5_1(acc, y + 15); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_5_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_5_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix5_2(acc, y + 2); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    default: acc ^= y * 519u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix5_2(acc, y + 13); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    default: acc ^= y * 28u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix5_0(acc, y + 24); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix5_3(acc, y + 37); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix5_0(acc, y + 4); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    default: acc ^= y * 447u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_5_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_5_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix5_0(acc, y + 5); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    default: acc ^= y * 387u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix5_0(acc, y + 2); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    default: acc ^= y * 508u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix5_0(acc, y + 22); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_5_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix5_0(acc, y + 25); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    default: acc ^= y * 8u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix5_1(acc, y + 18); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    default: acc ^= y * 330u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix5_0(acc, y + 20); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    default: acc ^= y * 819u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix5_1(acc, y + 23); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    default: acc ^= y * 907u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix5_2(acc, y + 37); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 20: acc = mix5_1(acc, y + 20); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_5_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_5_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix5_1(acc, y + 10); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    default: acc ^= y * 746u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix5_3(acc, y + 2); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    default: acc ^= y * 202u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix5_2(acc, y + 37); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_5_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_5_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix5_2(acc, y + 4); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    default: acc ^= y * 232u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix5_1(acc, y + 1); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix5_3(acc, y + 35); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 39: acc = mix5_0(acc, y + 39); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix5_3(acc, y + 3); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_5_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_5_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix5_2(acc, y + 36); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix5_3(acc, y + 16); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    default: acc ^= y * 255u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix5_2(acc, y + 3); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_5_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_5_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix5_0(acc, y + 8); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix5_2(acc, y + 13); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix5_1(acc, y + 27); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    default: acc ^= y * 377u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix5_3(acc, y + 28); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 31: acc = mix5_2(acc, y + 31); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    default: acc ^= y * 417u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix5_3(acc, y + 38); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_5_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_5_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix5_1(acc, y + 7); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    default: acc ^= y * 863u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix5_0(acc, y + 6); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    default: acc ^= y * 16u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix5_1(acc, y + 25); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    default: acc ^= y * 531u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix5_3(acc, y + 37); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    default: acc ^= y * 918u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix5_1(acc, y + 12); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_5_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_5_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix5_3(acc, y + 1); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    default: acc ^= y * 234u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix5_0(acc, y + 19); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix5_1(acc, y + 39); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    default: acc ^= y * 434u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix5_1(acc, y + 21); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    default: acc ^= y * 430u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix5_1(acc, y + 33); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    default: acc ^= y * 384u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_5_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_5_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix5_2(acc, y + 36); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    default: acc ^= y * 88u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix5_1(acc, y + 14); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    default: acc ^= y * 275u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix5_3(acc, y + 11); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    default: acc ^= y * 827u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix5_2(acc, y + 34); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix5_3(acc, y + 37); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 31: acc = mix5_2(acc, y + 31); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    default: acc ^= y * 525u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_5_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix5_1(acc, y + 21); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    default: acc ^= y * 823u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix5_1(acc, y + 29); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    default: acc ^= y * 62u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix5_0(acc, y + 32); break;
    case 10: acc = mix5_1(acc, y + 10); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    default: acc ^= y * 956u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix5_3(acc, y + 34); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix5_0(acc, y + 25); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix5_2(acc, y + 30); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_5_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_5_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix5_2(acc, y + 28); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    default: acc ^= y * 406u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix5_1(acc, y + 2); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    default: acc ^= y * 361u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix5_1(acc, y + 14); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix5_2(acc, y + 22); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    default: acc ^= y * 536u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix5_0(acc, y + 27); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    default: acc ^= y * 976u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix5_0(acc, y + 21); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    default: acc ^= y * 76u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_5_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_5_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix5_2(acc, y + 29); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    default: acc ^= y * 859u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix5_2(acc, y + 12); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix5_1(acc, y + 26); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    default: acc ^= y * 531u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix5_3(acc, y + 3); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 39: acc = mix5_0(acc, y + 39); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    default: acc ^= y * 186u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix5_3(acc, y + 21); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    default: acc ^= y * 595u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_5_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_5_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix5_0(acc, y + 21); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix5_0(acc, y + 10); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix5_2(acc, y + 35); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    default: acc ^= y * 5u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix5_1(acc, y + 16); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    default: acc ^= y * 488u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix5_1(acc, y + 34); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    default: acc ^= y * 107u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix5_2(acc, y + 31); break;
    case 10: acc = mix5_1(acc, y + 10); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    default: acc ^= y * 827u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_5_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix5_3(acc, y + 19); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    default: acc ^= y * 921u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix5_1(acc, y + 10); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    default: acc ^= y * 870u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix5_3(acc, y + 17); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix5_3(acc, y + 6); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix5_1(acc, y + 19); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 5: acc = mix5_1(acc, y + 5); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_5_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix5_0(acc, y + 9); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix5_2(acc, y + 20); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix5_2(acc, y + 26); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    default: acc ^= y * 161u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_5_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_5_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix5_2(acc, y + 30); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    default: acc ^= y * 636u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix5_3(acc, y + 33); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    default: acc ^= y * 458u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix5_2(acc, y + 22); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    default: acc ^= y * 260u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix5_2(acc, y + 15); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    default: acc ^= y * 670u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_5_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_5_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix5_0(acc, y + 3); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix5_0(acc, y + 15); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    default: acc ^= y * 587u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix5_0(acc, y + 30); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    default: acc ^= y * 553u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_5_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_5_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix5_3(acc, y + 25); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix5_3(acc, y + 38); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    default: acc ^= y * 218u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix5_3(acc, y + 20); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix5_3(acc, y + 18); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    default: acc ^= y * 758u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix5_0(acc, y + 6); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    default: acc ^= y * 613u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix5_2(acc, y + 32); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    default: acc ^= y * 787u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_5_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_5_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix5_3(acc, y + 38); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    default: acc ^= y * 132u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix5_0(acc, y + 11); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix5_1(acc, y + 34); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    default: acc ^= y * 861u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_5_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_5_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix5_2(acc, y + 28); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    default: acc ^= y * 806u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix5_2(acc, y + 21); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix5_2(acc, y + 16); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    default: acc ^= y * 782u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix5_3(acc, y + 1); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    default: acc ^= y * 382u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix5_0(acc, y + 15); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    default: acc ^= y * 720u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix5_0(acc, y + 19); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    default: acc ^= y * 429u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_5_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_5_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix5_2(acc, y + 5); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    default: acc ^= y * 663u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix5_3(acc, y + 18); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix5_2(acc, y + 26); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    default: acc ^= y * 680u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_5_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_5_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix5_2(acc, y + 9); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    default: acc ^= y * 105u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix5_2(acc, y + 32); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    default: acc ^= y * 185u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix5_2(acc, y + 35); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    default: acc ^= y * 933u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix5_2(acc, y + 19); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 38: acc = mix5_0(acc, y + 38); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    default: acc ^= y * 641u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix5_1(acc, y + 10); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 38: acc = mix5_0(acc, y + 38); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    default: acc ^= y * 821u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_5_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_5_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix5_3(acc, y + 24); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    default: acc ^= y * 345u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix5_2(acc, y + 19); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix5_2(acc, y + 26); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix5_3(acc, y + 2); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    default: acc ^= y * 177u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix5_3(acc, y + 33); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    default: acc ^= y * 133u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_5_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_5_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix5_3(acc, y + 21); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix5_0(acc, y + 38); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix5_1(acc, y + 13); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix5_0(acc, y + 26); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix5_3(acc, y + 7); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    default: acc ^= y * 196u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_5_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_5_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix5_2(acc, y + 30); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    default: acc ^= y * 612u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix5_1(acc, y + 6); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    default: acc ^= y * 714u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix5_1(acc, y + 18); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    default: acc ^= y * 515u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix5_0(acc, y + 2); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix5_0(acc, y + 26); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_5_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_5_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix5_1(acc, y + 4); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix5_1(acc, y + 29); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix5_0(acc, y + 23); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    default: acc ^= y * 760u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix5_2(acc, y + 35); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    default: acc ^= y * 240u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix5_0(acc, y + 26); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix5_3(acc, y + 34); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    default: acc ^= y * 823u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_5_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_5_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix5_2(acc, y + 26); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    default: acc ^= y * 694u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix5_1(acc, y + 8); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix5_1(acc, y + 15); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    default: acc ^= y * 559u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix5_3(acc, y + 5); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    default: acc ^= y * 871u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_5_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_5_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix5_1(acc, y + 32); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    default: acc ^= y * 401u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix5_3(acc, y + 34); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    default: acc ^= y * 232u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix5_0(acc, y + 29); break;
    case 39: acc = mix5_0(acc, y + 39); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix5_2(acc, y + 1); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    default: acc ^= y * 341u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix5_1(acc, y + 15); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 39: acc = mix5_0(acc, y + 39); break;
    default: acc ^= y * 365u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_5_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix5_3(acc, y + 1); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix5_3(acc, y + 18); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 39: acc = mix5_0(acc, y + 39); break;
    default: acc ^= y * 51u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix5_2(acc, y + 4); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    default: acc ^= y * 572u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_5_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_5_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix5_1(acc, y + 14); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix5_0(acc, y + 29); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    default: acc ^= y * 173u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix5_1(acc, y + 37); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_5_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_5_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix5_2(acc, y + 20); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    default: acc ^= y * 746u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix5_0(acc, y + 28); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    default: acc ^= y * 515u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix5_1(acc, y + 25); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    default: acc ^= y * 162u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix5_3(acc, y + 7); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_5_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix5_0(acc, y + 16); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 11: acc = mix5_2(acc, y + 11); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix5_0(acc, y + 31); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    default: acc ^= y * 110u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix5_1(acc, y + 1); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix5_1(acc, y + 28); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_5_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_5_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix5_0(acc, y + 30); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    default: acc ^= y * 516u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix5_1(acc, y + 14); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    default: acc ^= y * 933u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix5_2(acc, y + 32); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    default: acc ^= y * 856u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix5_2(acc, y + 17); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    default: acc ^= y * 638u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix5_2(acc, y + 15); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    default: acc ^= y * 674u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_5_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_5_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix5_2(acc, y + 29); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    default: acc ^= y * 605u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix5_3(acc, y + 22); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    default: acc ^= y * 28u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix5_2(acc, y + 19); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix5_2(acc, y + 33); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    default: acc ^= y * 786u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_5_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_5_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix5_3(acc, y + 38); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 2: acc = mix5_3(acc, y + 2); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    default: acc ^= y * 993u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix5_1(acc, y + 23); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    default: acc ^= y * 577u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix5_1(acc, y + 36); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    default: acc ^= y * 237u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_5_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_5_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix5_0(acc, y + 29); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    default: acc ^= y * 553u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix5_2(acc, y + 4); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix5_1(acc, y + 27); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix5_2(acc, y + 21); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    default: acc ^= y * 39u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix5_1(acc, y + 4); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    default: acc ^= y * 920u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix5_0(acc, y + 4); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    default: acc ^= y * 682u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_5_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_5_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix5_2(acc, y + 8); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    default: acc ^= y * 574u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix5_1(acc, y + 38); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    default: acc ^= y * 143u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix5_3(acc, y + 9); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    default: acc ^= y * 285u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix5_3(acc, y + 5); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix5_1(acc, y + 12); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    default: acc ^= y * 767u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_5_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_5_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix5_2(acc, y + 17); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    default: acc ^= y * 661u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix5_2(acc, y + 32); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix5_3(acc, y + 38); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix5_0(acc, y + 13); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 6: acc = mix5_0(acc, y + 6); break;
    default: acc ^= y * 679u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_5_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_5_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix5_3(acc, y + 29); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix5_2(acc, y + 2); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    default: acc ^= y * 441u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix5_2(acc, y + 24); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    default: acc ^= y * 557u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_5_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_5_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix5_3(acc, y + 3); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix5_1(acc, y + 34); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    default: acc ^= y * 278u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix5_0(acc, y + 10); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_5_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_5_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix5_3(acc, y + 30); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 13: acc = mix5_2(acc, y + 13); break;
    case 10: acc = mix5_1(acc, y + 10); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix5_3(acc, y + 30); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix5_3(acc, y + 37); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    default: acc ^= y * 517u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_5_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_5_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix5_0(acc, y + 34); break;
    case 10: acc = mix5_1(acc, y + 10); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix5_3(acc, y + 27); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix5_3(acc, y + 29); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    default: acc ^= y * 173u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix5_2(acc, y + 26); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_5_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_5_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix5_0(acc, y + 28); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    default: acc ^= y * 248u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix5_1(acc, y + 13); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix5_0(acc, y + 21); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 9: acc = mix5_1(acc, y + 9); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix5_2(acc, y + 7); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix5_1(acc, y + 16); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    default: acc ^= y * 89u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix5_3(acc, y + 12); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    default: acc ^= y * 582u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_5_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_5_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix5_2(acc, y + 22); break;
    case 14: acc = mix5_2(acc, y + 14); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix5_0(acc, y + 34); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    default: acc ^= y * 792u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix5_3(acc, y + 21); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    default: acc ^= y * 704u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_5_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_5_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix5_3(acc, y + 6); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    default: acc ^= y * 308u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix5_0(acc, y + 23); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix5_3(acc, y + 11); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix5_1(acc, y + 18); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    default: acc ^= y * 444u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_5_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_5_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix5_2(acc, y + 37); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix5_2(acc, y + 2); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    default: acc ^= y * 889u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix5_1(acc, y + 30); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix5_3(acc, y + 32); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix5_0(acc, y + 25); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix5_1(acc, y + 6); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    default: acc ^= y * 440u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_5_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_5_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix5_3(acc, y + 31); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    default: acc ^= y * 579u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix5_3(acc, y + 31); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix5_1(acc, y + 39); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 22: acc = mix5_3(acc, y + 22); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    default: acc ^= y * 916u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix5_2(acc, y + 17); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    default: acc ^= y * 5u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix5_0(acc, y + 31); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 38: acc = mix5_0(acc, y + 38); break;
    default: acc ^= y * 634u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix5_3(acc, y + 11); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    default: acc ^= y * 251u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_5_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_5_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix5_1(acc, y + 30); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix5_3(acc, y + 14); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    default: acc ^= y * 489u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix5_1(acc, y + 34); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_5_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_5_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix5_0(acc, y + 4); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 33: acc = mix5_2(acc, y + 33); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix5_3(acc, y + 28); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix5_2(acc, y + 6); break;
    case 15: acc = mix5_1(acc, y + 15); break;
    case 31: acc = mix5_2(acc, y + 31); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix5_3(acc, y + 26); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    default: acc ^= y * 485u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix5_1(acc, y + 5); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    default: acc ^= y * 975u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_5_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_5_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix5_3(acc, y + 34); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 32: acc = mix5_3(acc, y + 32); break;
    case 15: acc = mix5_0(acc, y + 15); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    default: acc ^= y * 197u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix5_1(acc, y + 23); break;
    case 36: acc = mix5_1(acc, y + 36); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix5_2(acc, y + 36); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    default: acc ^= y * 507u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix5_2(acc, y + 22); break;
    case 24: acc = mix5_2(acc, y + 24); break;
    case 20: acc = mix5_2(acc, y + 20); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_5_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_5_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix5_0(acc, y + 14); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix5_3(acc, y + 24); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix5_1(acc, y + 21); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    default: acc ^= y * 707u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix5_1(acc, y + 8); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_5_98(acc, y ^ 99);
    return acc;
}
