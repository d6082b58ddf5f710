#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix4_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix4_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix4_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix4_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_4_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix4_2(acc, y + 26); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix4_1(acc, y + 20); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix4_3(acc, y + 3); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix4_3(acc, y + 22); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    default: acc ^= y * 794u; break;
    }
    if (acc & 32768u) { sink = acc; }
    return acc;
}
uint32_t fn_4_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix4_0(acc, y + 25); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    default: acc ^= y * 888u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix4_1(acc, y + 21); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix4_0(acc, y + 34); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    default: acc ^= y * 762u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix4_0(acc, y + 26); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    default: acc ^= y * 689u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix4_0(acc, y + 18); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    default: acc ^= y * 981u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_4_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_4_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix4_0(acc, y + 23); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    default: acc ^= y * 183u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix4_0(acc, y + 30); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix4_2(acc, y + 15); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix4_2(acc, y + 29); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix4_3(acc, y + 13); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    default: acc ^= y * 845u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_4_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix4_1(acc, y + 24); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    default: acc ^= y * 116u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix4_1(acc, y + 23); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix4_0(acc, y + 37); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    default: acc ^= y * 577u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix4_3(acc, y + 34); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix4_2(acc, y + 3); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix4_0(acc, y + 22); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_4_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_4_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix4_2(acc, y + 2); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix4_3(acc, y + 19); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    default: acc ^= y * 270u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix4_0(acc, y + 29); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix4_0(acc, y + 36); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_4_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_4_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix4_2(acc, y + 13); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix4_0(acc, y + 32); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    default: acc ^= y * 151u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix4_1(acc, y + 11); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    default: acc ^= y * 871u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix4_3(acc, y + 9); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix4_2(acc, y + 4); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    default: acc ^= y * 494u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix4_1(acc, y + 31); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    default: acc ^= y * 777u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_4_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix4_3(acc, y + 36); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    default: acc ^= y * 469u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix4_2(acc, y + 30); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix4_0(acc, y + 24); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    default: acc ^= y * 414u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix4_2(acc, y + 2); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    default: acc ^= y * 802u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix4_2(acc, y + 36); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    default: acc ^= y * 73u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix4_0(acc, y + 4); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    default: acc ^= y * 323u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_4_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_4_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix4_2(acc, y + 34); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    default: acc ^= y * 963u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix4_0(acc, y + 18); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    default: acc ^= y * 815u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix4_1(acc, y + 28); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_4_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_4_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix4_1(acc, y + 26); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    default: acc ^= y * 488u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix4_3(acc, y + 4); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix4_2(acc, y + 19); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    default: acc ^= y * 912u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix4_2(acc, y + 30); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    default: acc ^= y * 379u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix4_3(acc, y + 4); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_4_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_4_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix4_3(acc, y + 5); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix4_1(acc, y + 7); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    default: acc ^= y * 16u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix4_1(acc, y + 24); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    default: acc ^= y * 287u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_4_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_4_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix4_1(acc, y + 32); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    default: acc ^= y * 67u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix4_2(acc, y + 19); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    default: acc ^= y * 299u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix4_0(acc, y + 39); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    default: acc ^= y * 376u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix4_2(acc, y + 1); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix4_1(acc, y + 8); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    default: acc ^= y * 840u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_4_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_4_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix4_1(acc, y + 37); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    default: acc ^= y * 386u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix4_1(acc, y + 3); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix4_0(acc, y + 17); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    default: acc ^= y * 311u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix4_3(acc, y + 7); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    default: acc ^= y * 623u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix4_2(acc, y + 8); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    default: acc ^= y * 3u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_4_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_4_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix4_2(acc, y + 36); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    default: acc ^= y * 396u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix4_0(acc, y + 20); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    default: acc ^= y * 821u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix4_0(acc, y + 37); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    default: acc ^= y * 789u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix4_2(acc, y + 13); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    default: acc ^= y * 358u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix4_2(acc, y + 26); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    default: acc ^= y * 920u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_4_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_4_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix4_3(acc, y + 11); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix4_2(acc, y + 26); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    default: acc ^= y * 572u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix4_1(acc, y + 32); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix4_2(acc, y + 32); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    default: acc ^= y * 587u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix4_1(acc, y + 31); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    default: acc ^= y * 654u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_4_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_4_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix4_3(acc, y + 18); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix4_1(acc, y + 28); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    default: acc ^= y * 9u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix4_3(acc, y + 15); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    default: acc ^= y * 935u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix4_1(acc, y + 3); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix4_1(acc, y + 21); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix4_2(acc, y + 21); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    default: acc ^= y * 298u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_4_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix4_3(acc, y + 2); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix4_0(acc, y + 11); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    default: acc ^= y * 863u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix4_2(acc, y + 20); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    default: acc ^= y * 631u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix4_3(acc, y + 15); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_4_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_4_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix4_3(acc, y + 30); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    default: acc ^= y * 280u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix4_2(acc, y + 14); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    default: acc ^= y * 267u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix4_3(acc, y + 11); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix4_0(acc, y + 17); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_4_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix4_3(acc, y + 31); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    default: acc ^= y * 569u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix4_0(acc, y + 5); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix4_2(acc, y + 6); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix4_2(acc, y + 26); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix4_2(acc, y + 1); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    default: acc ^= y * 382u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_4_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_4_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix4_2(acc, y + 5); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix4_2(acc, y + 21); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix4_2(acc, y + 9); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    default: acc ^= y * 542u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix4_3(acc, y + 6); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_4_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_4_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix4_3(acc, y + 14); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix4_2(acc, y + 1); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix4_3(acc, y + 16); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix4_1(acc, y + 14); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    default: acc ^= y * 564u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_4_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_4_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix4_0(acc, y + 20); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix4_1(acc, y + 1); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    default: acc ^= y * 883u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix4_0(acc, y + 39); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    default: acc ^= y * 328u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix4_0(acc, y + 26); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    default: acc ^= y * 937u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix4_1(acc, y + 3); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    default: acc ^= y * 939u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix4_2(acc, y + 16); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    default: acc ^= y * 784u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_4_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix4_3(acc, y + 5); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    default: acc ^= y * 133u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix4_1(acc, y + 39); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix4_1(acc, y + 5); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix4_3(acc, y + 11); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix4_1(acc, y + 31); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 35: acc = mix4_3(acc, y + 35); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    default: acc ^= y * 955u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_4_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix4_3(acc, y + 5); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    default: acc ^= y * 871u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix4_2(acc, y + 34); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix4_0(acc, y + 12); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix4_3(acc, y + 11); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 21: acc = mix4_3(acc, y + 21); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    default: acc ^= y * 219u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_4_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_4_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix4_2(acc, y + 25); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 34: acc = mix4_0(acc, y + 34); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix4_2(acc, y + 36); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix4_3(acc, y + 36); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix4_2(acc, y + 34); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix4_0(acc, y + 13); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    default: acc ^= y * 432u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_4_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix4_1(acc, y + 15); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    default: acc ^= y * 520u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix4_2(acc, y + 32); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    default: acc ^= y * 847u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix4_3(acc, y + 29); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    default: acc ^= y * 550u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_4_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_4_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix4_0(acc, y + 2); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix4_2(acc, y + 30); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    default: acc ^= y * 16u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix4_0(acc, y + 39); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix4_2(acc, y + 26); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    default: acc ^= y * 780u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix4_1(acc, y + 20); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix4_3(acc, y + 12); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    default: acc ^= y * 793u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_4_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_4_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix4_0(acc, y + 18); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    default: acc ^= y * 996u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix4_0(acc, y + 9); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix4_1(acc, y + 23); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_4_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_4_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix4_1(acc, y + 7); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    default: acc ^= y * 140u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix4_2(acc, y + 19); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix4_0(acc, y + 26); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 21: acc = mix4_3(acc, y + 21); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    default: acc ^= y * 682u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix4_3(acc, y + 12); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    default: acc ^= y * 216u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix4_0(acc, y + 38); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    default: acc ^= y * 804u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 35: acc = mix4_3(acc, y + 35); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_4_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_4_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix4_3(acc, y + 22); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    default: acc ^= y * 4u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix4_0(acc, y + 26); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix4_3(acc, y + 3); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix4_1(acc, y + 24); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    default: acc ^= y * 366u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix4_1(acc, y + 30); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix4_0(acc, y + 10); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    default: acc ^= y * 837u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_4_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix4_3(acc, y + 3); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 21: acc = mix4_3(acc, y + 21); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix4_3(acc, y + 5); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix4_0(acc, y + 23); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    default: acc ^= y * 946u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_4_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_4_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix4_3(acc, y + 9); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    default: acc ^= y * 222u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix4_1(acc, y + 7); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    default: acc ^= y * 131u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix4_1(acc, y + 34); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    default: acc ^= y * 130u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix4_3(acc, y + 34); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix4_3(acc, y + 33); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_4_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_4_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix4_2(acc, y + 36); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    default: acc ^= y * 569u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix4_0(acc, y + 32); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix4_3(acc, y + 7); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix4_2(acc, y + 31); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    default: acc ^= y * 311u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix4_0(acc, y + 10); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    default: acc ^= y * 510u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix4_0(acc, y + 11); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_4_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_4_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix4_3(acc, y + 34); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix4_2(acc, y + 30); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    default: acc ^= y * 221u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix4_3(acc, y + 28); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    default: acc ^= y * 311u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix4_3(acc, y + 33); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_4_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix4_1(acc, y + 13); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix4_3(acc, y + 13); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix4_2(acc, y + 12); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    default: acc ^= y * 439u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix4_2(acc, y + 16); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    default: acc ^= y * 24u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix4_2(acc, y + 21); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    default: acc ^= y * 130u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix4_1(acc, y + 34); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_4_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_4_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix4_2(acc, y + 21); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    default: acc ^= y * 890u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix4_1(acc, y + 6); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    default: acc ^= y * 608u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix4_0(acc, y + 26); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    default: acc ^= y * 960u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_4_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix4_2(acc, y + 29); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    default: acc ^= y * 496u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix4_1(acc, y + 28); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    default: acc ^= y * 758u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix4_2(acc, y + 20); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    default: acc ^= y * 799u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix4_3(acc, y + 5); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix4_2(acc, y + 37); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_4_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix4_1(acc, y + 10); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix4_2(acc, y + 17); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    default: acc ^= y * 5u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix4_3(acc, y + 39); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    default: acc ^= y * 324u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix4_0(acc, y + 7); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    default: acc ^= y * 787u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix4_1(acc, y + 35); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    default: acc ^= y * 273u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_4_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix4_1(acc, y + 38); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    default: acc ^= y * 853u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix4_2(acc, y + 30); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    default: acc ^= y * 69u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix4_2(acc, y + 13); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix4_2(acc, y + 9); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    default: acc ^= y * 855u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_4_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix4_1(acc, y + 2); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    default: acc ^= y * 234u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix4_0(acc, y + 14); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    default: acc ^= y * 476u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix4_1(acc, y + 11); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix4_0(acc, y + 14); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    default: acc ^= y * 99u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_4_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix4_3(acc, y + 32); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix4_3(acc, y + 23); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    default: acc ^= y * 258u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix4_2(acc, y + 29); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix4_0(acc, y + 32); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    default: acc ^= y * 666u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_4_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_4_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix4_0(acc, y + 10); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix4_2(acc, y + 35); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    default: acc ^= y * 394u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix4_0(acc, y + 10); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    default: acc ^= y * 33u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_4_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_4_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix4_0(acc, y + 39); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix4_3(acc, y + 1); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    default: acc ^= y * 742u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix4_0(acc, y + 24); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_4_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_4_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix4_3(acc, y + 18); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix4_2(acc, y + 33); break;
    case 34: acc = mix4_0(acc, y + 34); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix4_0(acc, y + 3); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    default: acc ^= y * 426u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix4_0(acc, y + 14); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix4_3(acc, y + 12); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    default: acc ^= y * 10u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix4_3(acc, y + 15); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    default: acc ^= y * 183u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_4_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_4_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix4_3(acc, y + 39); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    default: acc ^= y * 341u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix4_1(acc, y + 22); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    default: acc ^= y * 856u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix4_2(acc, y + 29); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix4_0(acc, y + 9); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    default: acc ^= y * 650u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_4_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_4_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix4_0(acc, y + 17); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix4_0(acc, y + 23); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    default: acc ^= y * 26u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix4_1(acc, y + 30); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    default: acc ^= y * 891u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_4_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_4_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix4_3(acc, y + 2); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    default: acc ^= y * 13u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix4_3(acc, y + 14); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix4_1(acc, y + 8); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    default: acc ^= y * 992u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_4_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_4_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix4_3(acc, y + 18); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    default: acc ^= y * 542u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix4_2(acc, y + 23); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 21: acc = mix4_3(acc, y + 21); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix4_1(acc, y + 23); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix4_3(acc, y + 27); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_4_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_4_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix4_2(acc, y + 35); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    default: acc ^= y * 913u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix4_2(acc, y + 6); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix4_3(acc, y + 5); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    default: acc ^= y * 365u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix4_2(acc, y + 25); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    default: acc ^= y * 392u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_4_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_4_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix4_3(acc, y + 5); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix4_3(acc, y + 36); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    default: acc ^= y * 116u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix4_3(acc, y + 9); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix4_0(acc, y + 14); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    default: acc ^= y * 946u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix4_3(acc, y + 11); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_4_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_4_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix4_3(acc, y + 11); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix4_0(acc, y + 22); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    default: acc ^= y * 226u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix4_1(acc, y + 13); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    default: acc ^= y * 626u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix4_0(acc, y + 31); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix4_0(acc, y + 24); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    default: acc ^= y * 574u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_4_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix4_0(acc, y + 2); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 21: acc = mix4_3(acc, y + 21); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    default: acc ^= y * 883u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix4_3(acc, y + 15); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    default: acc ^= y * 787u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix4_0(acc, y + 39); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix4_0(acc, y + 9); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_4_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_4_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix4_2(acc, y + 27); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    default: acc ^= y * 321u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix4_3(acc, y + 9); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix4_3(acc, y + 26); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    default: acc ^= y * 835u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix4_3(acc, y + 7); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    default: acc ^= y * 635u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_4_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix4_3(acc, y + 14); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix4_0(acc, y + 31); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix4_3(acc, y + 10); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    default: acc ^= y * 929u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_4_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_4_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix4_0(acc, y + 39); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    default: acc ^= y * 381u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix4_2(acc, y + 36); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    default: acc ^= y * 940u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix4_1(acc, y + 18); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix4_0(acc, y + 21); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    default: acc ^= y * 526u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_4_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_4_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix4_1(acc, y + 38); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    default: acc ^= y * 463u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix4_2(acc, y + 25); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    case 34: acc = mix4_0(acc, y + 34); break;
    default: acc ^= y * 960u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix4_1(acc, y + 39); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix4_3(acc, y + 3); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    default: acc ^= y * 88u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix4_2(acc, y + 20); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 34: acc = mix4_0(acc, y + 34); break;
    default: acc ^= y * 374u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix4_1(acc, y + 30); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_4_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_4_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix4_0(acc, y + 12); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix4_0(acc, y + 6); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix4_1(acc, y + 19); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_4_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_4_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix4_3(acc, y + 30); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix4_1(acc, y + 18); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    default: acc ^= y * 988u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix4_2(acc, y + 4); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix4_3(acc, y + 19); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    default: acc ^= y * 728u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix4_1(acc, y + 2); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    default: acc ^= y * 815u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix4_3(acc, y + 26); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_4_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix4_3(acc, y + 35); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix4_3(acc, y + 16); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    default: acc ^= y * 729u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix4_3(acc, y + 23); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix4_2(acc, y + 21); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix4_3(acc, y + 30); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix4_1(acc, y + 23); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_4_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_4_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix4_1(acc, y + 32); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    default: acc ^= y * 783u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix4_1(acc, y + 33); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix4_3(acc, y + 10); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix4_2(acc, y + 19); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    default: acc ^= y * 563u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_4_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_4_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix4_1(acc, y + 13); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix4_1(acc, y + 34); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix4_1(acc, y + 1); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix4_1(acc, y + 29); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix4_1(acc, y + 5); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 34: acc = mix4_0(acc, y + 34); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    default: acc ^= y * 840u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_4_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_4_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix4_3(acc, y + 34); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    default: acc ^= y * 955u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix4_0(acc, y + 15); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix4_2(acc, y + 26); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    default: acc ^= y * 226u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix4_1(acc, y + 30); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_4_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_4_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix4_1(acc, y + 24); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix4_0(acc, y + 38); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    default: acc ^= y * 469u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix4_2(acc, y + 16); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    default: acc ^= y * 990u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_4_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_4_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix4_0(acc, y + 38); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix4_2(acc, y + 31); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 34: acc = mix4_0(acc, y + 34); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix4_1(acc, y + 33); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_4_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_4_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix4_1(acc, y + 31); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    default: acc ^= y * 84u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix4_3(acc, y + 2); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    default: acc ^= y * 477u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix4_3(acc, y + 36); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_4_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_4_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix4_2(acc, y + 20); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    default: acc ^= y * 315u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix4_2(acc, y + 3); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    default: acc ^= y * 554u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix4_1(acc, y + 1); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix4_0(acc, y + 11); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    default: acc ^= y * 215u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_4_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_4_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix4_1(acc, y + 28); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    default: acc ^= y * 709u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix4_0(acc, y + 25); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix4_3(acc, y + 39); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    default: acc ^= y * 373u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix4_0(acc, y + 25); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    default: acc ^= y * 454u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix4_0(acc, y + 3); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    default: acc ^= y * 868u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_4_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_4_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix4_3(acc, y + 14); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix4_1(acc, y + 16); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix4_0(acc, y + 23); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix4_1(acc, y + 25); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    default: acc ^= y * 955u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix4_1(acc, y + 10); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    default: acc ^= y * 78u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 25: acc = mix4_1(acc, y + 25); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    default: acc ^= y * 647u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_4_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_4_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix4_2(acc, y + 25); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    default: acc ^= y * 354u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix4_3(acc, y + 11); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    default: acc ^= y * 915u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix4_3(acc, y + 27); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 34: acc = mix4_0(acc, y + 34); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_4_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix4_0(acc, y + 31); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix4_3(acc, y + 14); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    default: acc ^= y * 30u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix4_0(acc, y + 1); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    default: acc ^= y * 263u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_4_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_4_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix4_3(acc, y + 9); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix4_3(acc, y + 18); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix4_2(acc, y + 22); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    default: acc ^= y * 728u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix4_2(acc, y + 31); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    default: acc ^= y * 328u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix4_1(acc, y + 36); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix4_1(acc, y + 39); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_4_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_4_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix4_1(acc, y + 37); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    default: acc ^= y * 521u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix4_3(acc, y + 36); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    default: acc ^= y * 479u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix4_2(acc, y + 18); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    default: acc ^= y * 869u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix4_0(acc, y + 15); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    default: acc ^= y * 67u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix4_3(acc, y + 1); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    default: acc ^= y * 871u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_4_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_4_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix4_1(acc, y + 31); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    default: acc ^= y * 201u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix4_3(acc, y + 24); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    default: acc ^= y * 657u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix4_1(acc, y + 37); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix4_1(acc, y + 39); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    default: acc ^= y * 16u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix4_1(acc, y + 6); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    default: acc ^= y * 327u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_4_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix4_0(acc, y + 6); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    default: acc ^= y * 688u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix4_3(acc, y + 10); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 21: acc = mix4_3(acc, y + 21); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix4_1(acc, y + 29); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_4_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_4_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix4_0(acc, y + 38); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix4_2(acc, y + 34); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix4_1(acc, y + 9); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    default: acc ^= y * 136u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix4_2(acc, y + 32); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    default: acc ^= y * 110u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_4_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_4_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix4_0(acc, y + 36); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    default: acc ^= y * 368u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix4_3(acc, y + 35); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix4_1(acc, y + 33); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    default: acc ^= y * 196u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix4_1(acc, y + 20); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix4_3(acc, y + 21); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_4_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix4_3(acc, y + 38); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    default: acc ^= y * 970u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix4_0(acc, y + 14); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    default: acc ^= y * 462u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix4_3(acc, y + 32); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix4_0(acc, y + 33); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix4_3(acc, y + 34); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    default: acc ^= y * 960u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix4_1(acc, y + 22); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 34: acc = mix4_0(acc, y + 34); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_4_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_4_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix4_2(acc, y + 35); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix4_2(acc, y + 10); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix4_3(acc, y + 32); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix4_3(acc, y + 33); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    default: acc ^= y * 349u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix4_3(acc, y + 6); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 14: acc = mix4_1(acc, y + 14); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_4_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_4_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix4_3(acc, y + 5); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix4_3(acc, y + 35); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    default: acc ^= y * 784u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix4_1(acc, y + 6); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 21: acc = mix4_3(acc, y + 21); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix4_3(acc, y + 24); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    default: acc ^= y * 68u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix4_2(acc, y + 39); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_4_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_4_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix4_1(acc, y + 36); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix4_1(acc, y + 7); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    default: acc ^= y * 444u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix4_2(acc, y + 32); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix4_0(acc, y + 23); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    default: acc ^= y * 704u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_4_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_4_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix4_1(acc, y + 1); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    default: acc ^= y * 7u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix4_1(acc, y + 38); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix4_3(acc, y + 6); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    default: acc ^= y * 787u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix4_3(acc, y + 13); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_4_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_4_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix4_3(acc, y + 33); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix4_2(acc, y + 17); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix4_0(acc, y + 23); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix4_2(acc, y + 37); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    default: acc ^= y * 632u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix4_3(acc, y + 20); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_4_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix4_1(acc, y + 7); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    default: acc ^= y * 165u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix4_3(acc, y + 8); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    default: acc ^= y * 129u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix4_3(acc, y + 14); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    default: acc ^= y * 208u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix4_0(acc, y + 27); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    default: acc ^= y * 639u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_4_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_4_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix4_2(acc, y + 14); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    default: acc ^= y * 650u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix4_1(acc, y + 34); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    default: acc ^= y * 822u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix4_3(acc, y + 37); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix4_2(acc, y + 26); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    default: acc ^= y * 194u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix4_0(acc, y + 4); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix4_3(acc, y + 29); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_4_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_4_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix4_0(acc, y + 27); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    default: acc ^= y * 466u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix4_1(acc, y + 4); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix4_1(acc, y + 32); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix4_3(acc, y + 17); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix4_3(acc, y + 6); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    default: acc ^= y * 208u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_4_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_4_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix4_3(acc, y + 35); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix4_1(acc, y + 22); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix4_2(acc, y + 14); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    default: acc ^= y * 165u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix4_0(acc, y + 11); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_4_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix4_2(acc, y + 8); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 12: acc = mix4_0(acc, y + 12); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    default: acc ^= y * 714u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix4_3(acc, y + 18); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix4_3(acc, y + 14); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix4_0(acc, y + 35); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_4_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_4_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix4_2(acc, y + 34); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix4_2(acc, y + 34); break;
    case 13: acc = mix4_3(acc, y + 13); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix4_3(acc, y + 6); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix4_2(acc, y + 22); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix4_1(acc, y + 31); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    default: acc ^= y * 270u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_4_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_4_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix4_3(acc, y + 38); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    default: acc ^= y * 871u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix4_2(acc, y + 15); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix4_0(acc, y + 34); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix4_0(acc, y + 11); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    default: acc ^= y * 970u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix4_3(acc, y + 34); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    default: acc ^= y * 822u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix4_3(acc, y + 38); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    default: acc ^= y * 7u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_4_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_4_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix4_2(acc, y + 27); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    case 33: acc = mix4_1(acc, y + 33); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    default: acc ^= y * 24u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix4_0(acc, y + 6); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix4_1(acc, y + 21); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_4_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix4_2(acc, y + 32); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix4_0(acc, y + 19); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    default: acc ^= y * 731u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix4_1(acc, y + 25); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix4_1(acc, y + 16); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix4_2(acc, y + 25); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix4_0(acc, y + 24); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    default: acc ^= y * 168u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_4_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix4_3(acc, y + 34); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    default: acc ^= y * 54u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix4_3(acc, y + 14); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix4_2(acc, y + 34); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_4_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_4_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix4_1(acc, y + 4); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    default: acc ^= y * 201u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix4_2(acc, y + 31); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    default: acc ^= y * 151u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix4_2(acc, y + 16); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    default: acc ^= y * 752u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_4_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix4_0(acc, y + 2); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix4_1(acc, y + 33); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    default: acc ^= y * 713u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix4_1(acc, y + 1); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    default: acc ^= y * 61u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix4_0(acc, y + 21); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix4_1(acc, y + 3); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    default: acc ^= y * 856u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_4_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix4_2(acc, y + 20); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 28: acc = mix4_2(acc, y + 28); break;
    default: acc ^= y * 253u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix4_1(acc, y + 2); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    default: acc ^= y * 126u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix4_2(acc, y + 4); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    default: acc ^= y * 184u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix4_2(acc, y + 31); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    default: acc ^= y * 267u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix4_0(acc, y + 27); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix4_1(acc, y + 39); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_4_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_4_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix4_0(acc, y + 28); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix4_1(acc, y + 38); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    default: acc ^= y * 641u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix4_3(acc, y + 34); break;
    case 38: acc = mix4_1(acc, y + 38); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    default: acc ^= y * 358u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix4_1(acc, y + 16); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 1: acc = mix4_1(acc, y + 1); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix4_3(acc, y + 23); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    default: acc ^= y * 818u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix4_2(acc, y + 6); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_4_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_4_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix4_1(acc, y + 8); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    default: acc ^= y * 457u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix4_2(acc, y + 34); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    default: acc ^= y * 525u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix4_2(acc, y + 34); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    default: acc ^= y * 61u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_4_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_4_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix4_1(acc, y + 37); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 19: acc = mix4_1(acc, y + 19); break;
    case 34: acc = mix4_3(acc, y + 34); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix4_0(acc, y + 39); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    default: acc ^= y * 528u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix4_2(acc, y + 12); break;
    case 31: acc = mix4_1(acc, y + 31); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    default: acc ^= y * 84u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix4_2(acc, y + 38); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    default: acc ^= y * 427u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix4_0(acc, y + 9); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    default: acc ^= y * 795u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix4_0(acc, y + 11); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    default: acc ^= y * 535u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_4_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_4_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix4_0(acc, y + 18); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    default: acc ^= y * 273u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix4_0(acc, y + 9); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    default: acc ^= y * 897u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix4_0(acc, y + 19); break;
    case 20: acc = mix4_0(acc, y + 20); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 6: acc = mix4_0(acc, y + 6); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix4_1(acc, y + 18); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix4_0(acc, y + 8); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 21: acc = mix4_3(acc, y + 21); break;
    default: acc ^= y * 513u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix4_3(acc, y + 17); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 23: acc = mix4_0(acc, y + 23); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_4_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix4_2(acc, y + 33); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    default: acc ^= y * 891u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix4_0(acc, y + 26); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 1: acc = mix4_0(acc, y + 1); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 12: acc = mix4_2(acc, y + 12); break;
    default: acc ^= y * 276u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix4_3(acc, y + 39); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    default: acc ^= y * 713u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_4_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix4_3(acc, y + 16); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 20: acc = mix4_1(acc, y + 20); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    default: acc ^= y * 561u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix4_0(acc, y + 31); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix4_3(acc, y + 36); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    default: acc ^= y * 720u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix4_2(acc, y + 1); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    default: acc ^= y * 231u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix4_1(acc, y + 1); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 15: acc = mix4_1(acc, y + 15); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_4_98(acc, y ^ 99);
    return acc;
}
