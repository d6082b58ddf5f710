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
    case 21: acc = mix13_2(acc, y + 21); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    default: acc ^= y * 654u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix13_3(acc, y + 34); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 4: acc = mix13_3(acc, y + 4); break;
    default: acc ^= y * 605u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix13_2(acc, y + 29); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 32: acc = mix13_2(acc, y + 32); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix13_3(acc, y + 30); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix13_3(acc, y + 31); break;
    case 1: acc = mix13_1(acc, y + 1); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix13_1(acc, y + 29); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 2: acc = mix13_3(acc, y + 2); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    default: acc ^= y * 740u; break;
    }
    if (acc & 8192u) { sink = acc; }
    return acc;
}
uint32_t fn_13_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix13_2(acc, y + 35); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    default: acc ^= y * 287u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix13_1(acc, y + 3); break;
    case 1: acc = mix13_2(acc, y + 1); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 18: acc = mix13_3(acc, y + 18); break;
    case 27: acc = mix13_0(acc, y + 27); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    default: acc ^= y * 246u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_13_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_13_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix13_2(acc, y + 23); break;
    case 13: acc = mix13_1(acc, y + 13); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix13_2(acc, y + 15); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix13_3(acc, y + 14); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    case 21: acc = mix13_1(acc, y + 21); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 20: acc = mix13_2(acc, y + 20); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix13_3(acc, y + 14); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_13_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_13_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix13_2(acc, y + 1); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    default: acc ^= y * 445u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix13_0(acc, y + 6); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix13_2(acc, y + 18); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_13_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_13_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix13_3(acc, y + 16); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    default: acc ^= y * 990u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix13_2(acc, y + 39); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    default: acc ^= y * 939u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix13_0(acc, y + 18); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix13_3(acc, y + 32); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix13_1(acc, y + 18); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 27: acc = mix13_1(acc, y + 27); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 30: acc = mix13_1(acc, y + 30); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    default: acc ^= y * 207u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_13_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_13_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix13_2(acc, y + 10); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 25: acc = mix13_3(acc, y + 25); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix13_2(acc, y + 9); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 31: acc = mix13_2(acc, y + 31); break;
    case 35: acc = mix13_0(acc, y + 35); break;
    default: acc ^= y * 145u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix13_3(acc, y + 32); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 28: acc = mix13_2(acc, y + 28); break;
    case 34: acc = mix13_1(acc, y + 34); break;
    default: acc ^= y * 820u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_13_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_13_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix13_0(acc, y + 3); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 35: acc = mix13_2(acc, y + 35); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix13_2(acc, y + 35); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 27: acc = mix13_3(acc, y + 27); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    default: acc ^= y * 408u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix13_2(acc, y + 6); break;
    case 17: acc = mix13_3(acc, y + 17); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 18: acc = mix13_1(acc, y + 18); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    default: acc ^= y * 525u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix13_3(acc, y + 9); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    case 18: acc = mix13_0(acc, y + 18); break;
    case 26: acc = mix13_3(acc, y + 26); break;
    default: acc ^= y * 170u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix13_3(acc, y + 17); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 9: acc = mix13_3(acc, y + 9); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix13_3(acc, y + 26); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_13_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_13_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix13_0(acc, y + 26); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 22: acc = mix13_1(acc, y + 22); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix13_0(acc, y + 35); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    default: acc ^= y * 467u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix13_2(acc, y + 29); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 12: acc = mix13_1(acc, y + 12); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix13_1(acc, y + 32); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 39: acc = mix13_3(acc, y + 39); break;
    case 3: acc = mix13_0(acc, y + 3); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix13_0(acc, y + 25); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 23: acc = mix13_0(acc, y + 23); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix13_0(acc, y + 18); break;
    case 12: acc = mix13_0(acc, y + 12); break;
    case 29: acc = mix13_2(acc, y + 29); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 38: acc = mix13_0(acc, y + 38); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_13_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_13_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix13_0(acc, y + 3); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 22: acc = mix13_3(acc, y + 22); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix13_1(acc, y + 10); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    default: acc ^= y * 153u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix13_1(acc, y + 11); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 39: acc = mix13_2(acc, y + 39); break;
    case 17: acc = mix13_0(acc, y + 17); break;
    case 12: acc = mix13_3(acc, y + 12); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix13_0(acc, y + 32); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    default: acc ^= y * 806u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix13_1(acc, y + 32); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 1: acc = mix13_1(acc, y + 1); break;
    case 7: acc = mix13_0(acc, y + 7); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 10: acc = mix13_2(acc, y + 10); break;
    case 9: acc = mix13_0(acc, y + 9); break;
    case 6: acc = mix13_1(acc, y + 6); break;
    default: acc ^= y * 224u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_13_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix13_0(acc, y + 39); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix13_3(acc, y + 4); break;
    case 34: acc = mix13_0(acc, y + 34); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 16: acc = mix13_2(acc, y + 16); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    case 30: acc = mix13_2(acc, y + 30); break;
    default: acc ^= y * 705u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix13_1(acc, y + 21); break;
    case 33: acc = mix13_0(acc, y + 33); break;
    case 19: acc = mix13_1(acc, y + 19); break;
    case 38: acc = mix13_1(acc, y + 38); break;
    case 4: acc = mix13_1(acc, y + 4); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    default: acc ^= y * 468u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_13_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_13_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix13_3(acc, y + 8); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 28: acc = mix13_0(acc, y + 28); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    default: acc ^= y * 221u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix13_1(acc, y + 11); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 31: acc = mix13_1(acc, y + 31); break;
    case 36: acc = mix13_0(acc, y + 36); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    default: acc ^= y * 33u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix13_1(acc, y + 7); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix13_3(acc, y + 17); break;
    case 6: acc = mix13_0(acc, y + 6); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 20: acc = mix13_0(acc, y + 20); break;
    default: acc ^= y * 504u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix13_3(acc, y + 12); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    case 36: acc = mix13_3(acc, y + 36); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    default: acc ^= y * 250u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix13_0(acc, y + 33); break;
    case 29: acc = mix13_3(acc, y + 29); break;
    case 32: acc = mix13_1(acc, y + 32); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    case 9: acc = mix13_2(acc, y + 9); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_13_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix13_2(acc, y + 26); break;
    case 35: acc = mix13_1(acc, y + 35); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 34: acc = mix13_3(acc, y + 34); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 36: acc = mix13_2(acc, y + 36); break;
    default: acc ^= y * 504u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix13_1(acc, y + 31); break;
    case 10: acc = mix13_3(acc, y + 10); break;
    case 13: acc = mix13_2(acc, y + 13); break;
    case 2: acc = mix13_0(acc, y + 2); break;
    case 38: acc = mix13_3(acc, y + 38); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    default: acc ^= y * 720u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix13_1(acc, y + 4); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 5: acc = mix13_1(acc, y + 5); break;
    case 22: acc = mix13_0(acc, y + 22); break;
    case 11: acc = mix13_2(acc, y + 11); break;
    case 37: acc = mix13_2(acc, y + 37); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix13_2(acc, y + 8); break;
    case 20: acc = mix13_1(acc, y + 20); break;
    case 37: acc = mix13_0(acc, y + 37); break;
    case 27: acc = mix13_2(acc, y + 27); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    case 16: acc = mix13_3(acc, y + 16); break;
    default: acc ^= y * 900u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix13_3(acc, y + 17); break;
    case 32: acc = mix13_0(acc, y + 32); break;
    case 39: acc = mix13_1(acc, y + 39); break;
    case 14: acc = mix13_2(acc, y + 14); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_13_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_13_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix13_3(acc, y + 10); break;
    case 35: acc = mix13_3(acc, y + 35); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 5: acc = mix13_3(acc, y + 5); break;
    case 6: acc = mix13_3(acc, y + 6); break;
    case 31: acc = mix13_0(acc, y + 31); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix13_3(acc, y + 2); break;
    case 23: acc = mix13_1(acc, y + 23); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 11: acc = mix13_3(acc, y + 11); break;
    case 1: acc = mix13_3(acc, y + 1); break;
    case 22: acc = mix13_2(acc, y + 22); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix13_0(acc, y + 22); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    case 13: acc = mix13_0(acc, y + 13); break;
    case 34: acc = mix13_2(acc, y + 34); break;
    case 3: acc = mix13_1(acc, y + 3); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    default: acc ^= y * 779u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix13_0(acc, y + 7); break;
    case 9: acc = mix13_1(acc, y + 9); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 20: acc = mix13_3(acc, y + 20); break;
    case 24: acc = mix13_1(acc, y + 24); break;
    case 6: acc = mix13_2(acc, y + 6); break;
    default: acc ^= y * 218u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix13_2(acc, y + 37); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 7: acc = mix13_1(acc, y + 7); break;
    case 31: acc = mix13_3(acc, y + 31); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 14: acc = mix13_0(acc, y + 14); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix13_2(acc, y + 22); break;
    case 11: acc = mix13_0(acc, y + 11); break;
    case 5: acc = mix13_0(acc, y + 5); break;
    case 26: acc = mix13_0(acc, y + 26); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 1: acc = mix13_0(acc, y + 1); break;
    default: acc ^= y * 972u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_13_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_13_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix13_2(acc, y + 34); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    case 23: acc = mix13_3(acc, y + 23); break;
    case 3: acc = mix13_3(acc, y + 3); break;
    case 28: acc = mix13_1(acc, y + 28); break;
    default: acc ^= y * 739u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix13_0(acc, y + 25); break;
    case 33: acc = mix13_3(acc, y + 33); break;
    case 4: acc = mix13_0(acc, y + 4); break;
    case 16: acc = mix13_0(acc, y + 16); break;
    case 2: acc = mix13_2(acc, y + 2); break;
    case 24: acc = mix13_0(acc, y + 24); break;
    default: acc ^= y * 346u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix13_3(acc, y + 16); break;
    case 26: acc = mix13_2(acc, y + 26); break;
    case 24: acc = mix13_3(acc, y + 24); break;
    case 8: acc = mix13_1(acc, y + 8); break;
    case 29: acc = mix13_1(acc, y + 29); break;
    case 32: acc = mix13_3(acc, y + 32); break;
    default: acc ^= y * 197u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix13_0(acc, y + 6); break;
    case 21: acc = mix13_3(acc, y + 21); break;
    case 11: acc = mix13_1(acc, y + 11); break;
    case 19: acc = mix13_3(acc, y + 19); break;
    case 38: acc = mix13_2(acc, y + 38); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix13_2(acc, y + 2); break;
    case 8: acc = mix13_0(acc, y + 8); break;
    case 30: acc = mix13_3(acc, y + 30); break;
    case 7: acc = mix13_2(acc, y + 7); break;
    case 18: acc = mix13_2(acc, y + 18); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_13_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_13_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix13_3(acc, y + 35); break;
    case 33: acc = mix13_2(acc, y + 33); break;
    case 16: acc = mix13_1(acc, y + 16); break;
    case 13: acc = mix13_3(acc, y + 13); break;
    case 37: acc = mix13_1(acc, y + 37); break;
    case 30: acc = mix13_0(acc, y + 30); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix13_2(acc, y + 35); break;
    case 33: acc = mix13_1(acc, y + 33); break;
    case 5: acc = mix13_2(acc, y + 5); break;
    case 29: acc = mix13_0(acc, y + 29); break;
    case 25: acc = mix13_0(acc, y + 25); break;
    case 8: acc = mix13_3(acc, y + 8); break;
    default: acc ^= y * 356u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix13_1(acc, y + 6); break;
    case 21: acc = mix13_0(acc, y + 21); break;
    case 2: acc = mix13_1(acc, y + 2); break;
    case 3: acc = mix13_2(acc, y + 3); break;
    case 14: acc = mix13_3(acc, y + 14); break;
    case 25: acc = mix13_2(acc, y + 25); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix13_2(acc, y + 16); break;
    case 14: acc = mix13_1(acc, y + 14); break;
    case 4: acc = mix13_2(acc, y + 4); break;
    case 19: acc = mix13_2(acc, y + 19); break;
    case 15: acc = mix13_2(acc, y + 15); break;
    case 39: acc = mix13_0(acc, y + 39); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_13_13(acc, y ^ 14);
    return acc;
}
