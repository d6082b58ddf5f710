#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix6_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix6_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix6_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix6_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_6_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix6_0(acc, y + 9); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    default: acc ^= y * 309u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix6_1(acc, y + 32); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 30: acc = mix6_3(acc, y + 30); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix6_0(acc, y + 30); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    default: acc ^= y * 271u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix6_3(acc, y + 4); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 32u) { sink = acc; }
    return acc;
}
uint32_t fn_6_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix6_1(acc, y + 10); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix6_3(acc, y + 3); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    default: acc ^= y * 27u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix6_1(acc, y + 38); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    default: acc ^= y * 921u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix6_2(acc, y + 24); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    default: acc ^= y * 581u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix6_0(acc, y + 9); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    default: acc ^= y * 696u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix6_0(acc, y + 19); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    default: acc ^= y * 259u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_6_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix6_3(acc, y + 22); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    default: acc ^= y * 508u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix6_1(acc, y + 30); break;
    case 32: acc = mix6_3(acc, y + 32); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    default: acc ^= y * 654u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix6_1(acc, y + 15); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    default: acc ^= y * 345u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_6_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_6_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix6_1(acc, y + 21); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    default: acc ^= y * 517u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix6_2(acc, y + 12); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    default: acc ^= y * 71u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix6_0(acc, y + 14); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    default: acc ^= y * 384u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix6_0(acc, y + 17); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    default: acc ^= y * 867u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix6_0(acc, y + 30); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 25: acc = mix6_1(acc, y + 25); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 24: acc = mix6_0(acc, y + 24); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    default: acc ^= y * 491u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_6_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_6_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix6_0(acc, y + 37); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix6_2(acc, y + 37); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    default: acc ^= y * 91u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix6_3(acc, y + 5); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    default: acc ^= y * 695u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix6_1(acc, y + 9); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 24: acc = mix6_0(acc, y + 24); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_6_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_6_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix6_1(acc, y + 35); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    default: acc ^= y * 380u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix6_1(acc, y + 13); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    default: acc ^= y * 473u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix6_2(acc, y + 20); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    default: acc ^= y * 795u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix6_0(acc, y + 21); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 30: acc = mix6_3(acc, y + 30); break;
    case 24: acc = mix6_1(acc, y + 24); break;
    default: acc ^= y * 434u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix6_0(acc, y + 38); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix6_2(acc, y + 30); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_6_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_6_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix6_2(acc, y + 32); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    default: acc ^= y * 818u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix6_1(acc, y + 6); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix6_3(acc, y + 21); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    default: acc ^= y * 331u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix6_0(acc, y + 13); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    default: acc ^= y * 999u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix6_0(acc, y + 25); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    default: acc ^= y * 219u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_6_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_6_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix6_2(acc, y + 29); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix6_3(acc, y + 38); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix6_3(acc, y + 36); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix6_1(acc, y + 33); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    default: acc ^= y * 916u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix6_1(acc, y + 35); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix6_3(acc, y + 18); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_6_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix6_2(acc, y + 35); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    default: acc ^= y * 890u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix6_3(acc, y + 26); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    default: acc ^= y * 554u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix6_3(acc, y + 17); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    default: acc ^= y * 545u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_6_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix6_3(acc, y + 13); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix6_3(acc, y + 21); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    default: acc ^= y * 315u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix6_2(acc, y + 13); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix6_3(acc, y + 30); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    default: acc ^= y * 868u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix6_0(acc, y + 25); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_6_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_6_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix6_1(acc, y + 6); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    default: acc ^= y * 755u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix6_1(acc, y + 23); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix6_1(acc, y + 2); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    default: acc ^= y * 647u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_6_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix6_0(acc, y + 31); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    default: acc ^= y * 861u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix6_1(acc, y + 6); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    default: acc ^= y * 107u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix6_3(acc, y + 6); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    default: acc ^= y * 258u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix6_3(acc, y + 32); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    default: acc ^= y * 663u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix6_3(acc, y + 3); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    default: acc ^= y * 500u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 20: acc = mix6_0(acc, y + 20); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_6_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_6_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix6_0(acc, y + 1); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix6_3(acc, y + 39); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    default: acc ^= y * 418u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix6_2(acc, y + 31); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix6_0(acc, y + 11); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    default: acc ^= y * 713u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix6_2(acc, y + 25); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    default: acc ^= y * 930u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_6_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_6_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix6_1(acc, y + 12); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    default: acc ^= y * 68u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix6_3(acc, y + 4); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix6_3(acc, y + 11); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix6_0(acc, y + 36); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    default: acc ^= y * 571u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix6_2(acc, y + 17); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix6_3(acc, y + 7); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_6_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_6_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix6_3(acc, y + 38); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix6_3(acc, y + 16); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    default: acc ^= y * 140u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix6_1(acc, y + 21); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    case 24: acc = mix6_0(acc, y + 24); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix6_0(acc, y + 13); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    default: acc ^= y * 890u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix6_3(acc, y + 18); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    default: acc ^= y * 297u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_6_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_6_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix6_0(acc, y + 29); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix6_2(acc, y + 12); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix6_1(acc, y + 15); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    case 24: acc = mix6_0(acc, y + 24); break;
    case 30: acc = mix6_3(acc, y + 30); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix6_2(acc, y + 31); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_6_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_6_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix6_2(acc, y + 26); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix6_3(acc, y + 22); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    default: acc ^= y * 857u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix6_2(acc, y + 24); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix6_1(acc, y + 5); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    default: acc ^= y * 639u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_6_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_6_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix6_0(acc, y + 30); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix6_2(acc, y + 26); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix6_3(acc, y + 8); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix6_3(acc, y + 30); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    default: acc ^= y * 221u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_6_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix6_2(acc, y + 10); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix6_1(acc, y + 17); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix6_2(acc, y + 29); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    default: acc ^= y * 20u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix6_3(acc, y + 11); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    default: acc ^= y * 537u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix6_1(acc, y + 28); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    default: acc ^= y * 548u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_6_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_6_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix6_3(acc, y + 9); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    default: acc ^= y * 506u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix6_3(acc, y + 23); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    default: acc ^= y * 340u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix6_3(acc, y + 30); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_6_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix6_0(acc, y + 38); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    default: acc ^= y * 636u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix6_3(acc, y + 23); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    default: acc ^= y * 847u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix6_0(acc, y + 24); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    default: acc ^= y * 135u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix6_0(acc, y + 21); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix6_0(acc, y + 9); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    default: acc ^= y * 935u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_6_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_6_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix6_2(acc, y + 34); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix6_0(acc, y + 33); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix6_0(acc, y + 39); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 24: acc = mix6_1(acc, y + 24); break;
    default: acc ^= y * 91u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix6_1(acc, y + 28); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_6_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_6_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix6_3(acc, y + 30); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    default: acc ^= y * 478u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix6_3(acc, y + 14); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix6_1(acc, y + 19); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    default: acc ^= y * 206u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix6_2(acc, y + 39); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    default: acc ^= y * 14u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_6_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix6_1(acc, y + 5); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    default: acc ^= y * 105u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix6_0(acc, y + 17); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix6_2(acc, y + 25); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    default: acc ^= y * 622u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix6_2(acc, y + 23); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    default: acc ^= y * 474u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix6_1(acc, y + 11); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    default: acc ^= y * 707u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_6_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_6_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix6_2(acc, y + 37); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    default: acc ^= y * 937u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix6_3(acc, y + 22); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix6_2(acc, y + 37); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_6_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_6_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix6_1(acc, y + 8); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix6_1(acc, y + 7); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    default: acc ^= y * 551u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix6_0(acc, y + 14); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_6_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix6_2(acc, y + 21); break;
    case 24: acc = mix6_1(acc, y + 24); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 30: acc = mix6_3(acc, y + 30); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix6_2(acc, y + 18); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    default: acc ^= y * 473u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix6_0(acc, y + 21); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    default: acc ^= y * 594u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix6_1(acc, y + 33); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_6_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_6_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix6_3(acc, y + 8); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    default: acc ^= y * 746u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix6_0(acc, y + 1); break;
    case 30: acc = mix6_3(acc, y + 30); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    default: acc ^= y * 709u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix6_1(acc, y + 38); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix6_3(acc, y + 9); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 30: acc = mix6_3(acc, y + 30); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    default: acc ^= y * 326u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_6_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_6_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix6_1(acc, y + 26); break;
    case 24: acc = mix6_0(acc, y + 24); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    default: acc ^= y * 270u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix6_1(acc, y + 28); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    default: acc ^= y * 161u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix6_2(acc, y + 20); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    default: acc ^= y * 218u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix6_2(acc, y + 36); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    default: acc ^= y * 548u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix6_1(acc, y + 19); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_6_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_6_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix6_3(acc, y + 22); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    default: acc ^= y * 300u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix6_0(acc, y + 4); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix6_1(acc, y + 39); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix6_1(acc, y + 20); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    default: acc ^= y * 878u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix6_1(acc, y + 29); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix6_1(acc, y + 15); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    default: acc ^= y * 368u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_6_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_6_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix6_2(acc, y + 9); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    default: acc ^= y * 472u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix6_1(acc, y + 3); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix6_0(acc, y + 1); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    default: acc ^= y * 537u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix6_2(acc, y + 39); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    default: acc ^= y * 696u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix6_2(acc, y + 4); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix6_3(acc, y + 32); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_6_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix6_2(acc, y + 16); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix6_1(acc, y + 1); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    default: acc ^= y * 26u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix6_0(acc, y + 12); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix6_1(acc, y + 16); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix6_1(acc, y + 17); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    default: acc ^= y * 681u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix6_1(acc, y + 37); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    default: acc ^= y * 540u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_6_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix6_3(acc, y + 12); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix6_3(acc, y + 5); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    default: acc ^= y * 550u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix6_0(acc, y + 17); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    default: acc ^= y * 236u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix6_0(acc, y + 9); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix6_0(acc, y + 9); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 24: acc = mix6_1(acc, y + 24); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_6_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_6_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix6_2(acc, y + 18); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix6_3(acc, y + 17); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    default: acc ^= y * 869u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix6_0(acc, y + 15); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 32: acc = mix6_3(acc, y + 32); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_6_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix6_2(acc, y + 23); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix6_2(acc, y + 26); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix6_1(acc, y + 17); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    default: acc ^= y * 939u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix6_0(acc, y + 9); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    default: acc ^= y * 450u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_6_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_6_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix6_1(acc, y + 20); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    default: acc ^= y * 267u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix6_2(acc, y + 2); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    default: acc ^= y * 108u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix6_3(acc, y + 20); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    default: acc ^= y * 939u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_6_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_6_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix6_0(acc, y + 36); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    default: acc ^= y * 349u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix6_2(acc, y + 26); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix6_0(acc, y + 10); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix6_1(acc, y + 31); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    default: acc ^= y * 995u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_6_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_6_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix6_0(acc, y + 34); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix6_1(acc, y + 22); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    default: acc ^= y * 119u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix6_1(acc, y + 24); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_6_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix6_2(acc, y + 31); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    default: acc ^= y * 72u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix6_3(acc, y + 30); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    default: acc ^= y * 91u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix6_3(acc, y + 39); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    default: acc ^= y * 174u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix6_1(acc, y + 16); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    default: acc ^= y * 740u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix6_1(acc, y + 13); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    default: acc ^= y * 198u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix6_1(acc, y + 16); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    default: acc ^= y * 976u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_6_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix6_3(acc, y + 24); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    default: acc ^= y * 478u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix6_1(acc, y + 30); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    default: acc ^= y * 560u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix6_2(acc, y + 30); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    default: acc ^= y * 175u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix6_3(acc, y + 27); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    default: acc ^= y * 322u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix6_0(acc, y + 2); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    default: acc ^= y * 908u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 14: acc = mix6_0(acc, y + 14); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 24: acc = mix6_1(acc, y + 24); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    default: acc ^= y * 67u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_6_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_6_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix6_3(acc, y + 28); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    default: acc ^= y * 383u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix6_1(acc, y + 4); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    default: acc ^= y * 589u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix6_1(acc, y + 13); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_6_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix6_0(acc, y + 26); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    default: acc ^= y * 912u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix6_1(acc, y + 11); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix6_1(acc, y + 4); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    default: acc ^= y * 300u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix6_1(acc, y + 12); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    default: acc ^= y * 105u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_6_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix6_0(acc, y + 14); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    default: acc ^= y * 236u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix6_0(acc, y + 35); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix6_0(acc, y + 39); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    default: acc ^= y * 599u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix6_0(acc, y + 16); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    default: acc ^= y * 589u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix6_1(acc, y + 27); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix6_2(acc, y + 8); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_6_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_6_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix6_1(acc, y + 37); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    default: acc ^= y * 538u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix6_1(acc, y + 19); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix6_3(acc, y + 30); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    default: acc ^= y * 532u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_6_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix6_3(acc, y + 22); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix6_3(acc, y + 19); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    default: acc ^= y * 649u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix6_2(acc, y + 15); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix6_0(acc, y + 16); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_6_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_6_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix6_1(acc, y + 19); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix6_3(acc, y + 8); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix6_1(acc, y + 37); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix6_2(acc, y + 30); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix6_0(acc, y + 23); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_6_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_6_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix6_1(acc, y + 6); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    default: acc ^= y * 44u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix6_1(acc, y + 18); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix6_3(acc, y + 14); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix6_0(acc, y + 10); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    default: acc ^= y * 321u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_6_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix6_2(acc, y + 24); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    default: acc ^= y * 463u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix6_0(acc, y + 33); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    default: acc ^= y * 752u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix6_3(acc, y + 23); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    default: acc ^= y * 28u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_6_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_6_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix6_0(acc, y + 35); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    default: acc ^= y * 373u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix6_1(acc, y + 24); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix6_1(acc, y + 3); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix6_3(acc, y + 36); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix6_1(acc, y + 12); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix6_1(acc, y + 38); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    case 24: acc = mix6_0(acc, y + 24); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    default: acc ^= y * 421u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_6_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_6_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix6_3(acc, y + 2); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix6_3(acc, y + 19); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    default: acc ^= y * 845u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix6_3(acc, y + 4); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix6_1(acc, y + 8); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    default: acc ^= y * 992u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_6_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_6_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix6_3(acc, y + 20); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix6_2(acc, y + 28); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    default: acc ^= y * 799u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix6_1(acc, y + 8); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix6_1(acc, y + 35); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix6_0(acc, y + 23); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix6_3(acc, y + 37); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    default: acc ^= y * 787u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_6_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_6_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix6_2(acc, y + 15); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 30: acc = mix6_3(acc, y + 30); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    default: acc ^= y * 982u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix6_3(acc, y + 25); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    default: acc ^= y * 308u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix6_2(acc, y + 39); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    default: acc ^= y * 167u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix6_2(acc, y + 19); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    default: acc ^= y * 594u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix6_2(acc, y + 2); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix6_1(acc, y + 37); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    default: acc ^= y * 736u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_6_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix6_0(acc, y + 12); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    default: acc ^= y * 660u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix6_2(acc, y + 8); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix6_1(acc, y + 32); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix6_3(acc, y + 16); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    default: acc ^= y * 124u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_6_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix6_3(acc, y + 37); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix6_2(acc, y + 34); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix6_3(acc, y + 27); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    default: acc ^= y * 88u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix6_1(acc, y + 6); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix6_3(acc, y + 6); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    default: acc ^= y * 817u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_6_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_6_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix6_3(acc, y + 27); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix6_2(acc, y + 6); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix6_3(acc, y + 31); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix6_3(acc, y + 6); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    default: acc ^= y * 732u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix6_0(acc, y + 33); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix6_0(acc, y + 7); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_6_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_6_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix6_1(acc, y + 14); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix6_0(acc, y + 13); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix6_2(acc, y + 11); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_6_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix6_0(acc, y + 19); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    default: acc ^= y * 52u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix6_0(acc, y + 25); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    default: acc ^= y * 713u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix6_0(acc, y + 39); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    default: acc ^= y * 689u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix6_0(acc, y + 9); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    default: acc ^= y * 451u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix6_3(acc, y + 14); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix6_3(acc, y + 7); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    default: acc ^= y * 381u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_6_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_6_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix6_2(acc, y + 11); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix6_0(acc, y + 31); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix6_0(acc, y + 15); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    default: acc ^= y * 161u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix6_1(acc, y + 38); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    default: acc ^= y * 842u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_6_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix6_2(acc, y + 9); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    default: acc ^= y * 161u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix6_3(acc, y + 32); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix6_1(acc, y + 16); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    default: acc ^= y * 130u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix6_0(acc, y + 4); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 32: acc = mix6_3(acc, y + 32); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix6_0(acc, y + 15); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    default: acc ^= y * 216u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix6_1(acc, y + 39); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_6_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_6_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix6_1(acc, y + 8); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    default: acc ^= y * 766u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix6_0(acc, y + 28); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix6_2(acc, y + 30); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    default: acc ^= y * 585u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix6_1(acc, y + 32); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    default: acc ^= y * 373u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix6_0(acc, y + 38); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    default: acc ^= y * 794u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_6_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_6_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix6_0(acc, y + 23); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix6_2(acc, y + 30); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix6_3(acc, y + 24); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix6_2(acc, y + 3); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    default: acc ^= y * 218u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix6_1(acc, y + 27); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_6_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix6_0(acc, y + 19); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    default: acc ^= y * 97u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix6_3(acc, y + 37); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix6_3(acc, y + 12); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix6_0(acc, y + 5); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix6_1(acc, y + 35); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_6_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_6_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix6_1(acc, y + 3); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    default: acc ^= y * 811u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix6_1(acc, y + 13); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    default: acc ^= y * 792u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix6_3(acc, y + 33); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_6_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_6_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix6_1(acc, y + 34); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix6_0(acc, y + 24); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix6_0(acc, y + 9); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    default: acc ^= y * 83u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix6_3(acc, y + 4); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix6_0(acc, y + 39); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix6_1(acc, y + 19); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    default: acc ^= y * 867u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_6_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_6_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix6_0(acc, y + 20); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    default: acc ^= y * 268u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix6_2(acc, y + 14); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    default: acc ^= y * 804u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix6_0(acc, y + 6); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix6_3(acc, y + 34); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 24: acc = mix6_1(acc, y + 24); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    default: acc ^= y * 918u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_6_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix6_1(acc, y + 3); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    default: acc ^= y * 193u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix6_1(acc, y + 31); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix6_2(acc, y + 26); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix6_2(acc, y + 1); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    default: acc ^= y * 892u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix6_3(acc, y + 30); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_6_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix6_0(acc, y + 8); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    default: acc ^= y * 90u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix6_3(acc, y + 16); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 24: acc = mix6_0(acc, y + 24); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    default: acc ^= y * 915u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix6_3(acc, y + 8); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    default: acc ^= y * 478u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix6_1(acc, y + 15); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_6_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix6_2(acc, y + 6); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix6_1(acc, y + 17); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix6_3(acc, y + 30); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    default: acc ^= y * 276u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix6_3(acc, y + 5); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_6_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_6_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix6_3(acc, y + 21); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    default: acc ^= y * 16u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix6_2(acc, y + 30); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    default: acc ^= y * 949u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix6_3(acc, y + 22); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix6_2(acc, y + 23); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    default: acc ^= y * 627u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix6_0(acc, y + 25); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    default: acc ^= y * 215u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_6_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_6_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix6_0(acc, y + 35); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix6_0(acc, y + 27); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix6_3(acc, y + 29); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix6_1(acc, y + 25); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix6_1(acc, y + 9); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    default: acc ^= y * 257u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 35: acc = mix6_1(acc, y + 35); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    default: acc ^= y * 63u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_6_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_6_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix6_0(acc, y + 3); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    default: acc ^= y * 888u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix6_1(acc, y + 17); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    default: acc ^= y * 698u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix6_1(acc, y + 6); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix6_2(acc, y + 21); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    default: acc ^= y * 452u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix6_2(acc, y + 4); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_6_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix6_0(acc, y + 28); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    default: acc ^= y * 575u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix6_1(acc, y + 31); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    default: acc ^= y * 218u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix6_0(acc, y + 35); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 24: acc = mix6_0(acc, y + 24); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix6_2(acc, y + 17); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    default: acc ^= y * 960u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_6_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_6_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix6_0(acc, y + 26); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix6_1(acc, y + 34); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    default: acc ^= y * 10u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix6_2(acc, y + 1); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix6_1(acc, y + 8); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix6_2(acc, y + 30); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    default: acc ^= y * 793u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix6_1(acc, y + 4); break;
    case 30: acc = mix6_3(acc, y + 30); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    default: acc ^= y * 564u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_6_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_6_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix6_2(acc, y + 9); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    default: acc ^= y * 177u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix6_0(acc, y + 25); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    default: acc ^= y * 444u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix6_3(acc, y + 31); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_6_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_6_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix6_1(acc, y + 18); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix6_3(acc, y + 29); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    default: acc ^= y * 551u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix6_2(acc, y + 15); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    default: acc ^= y * 468u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix6_3(acc, y + 1); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    default: acc ^= y * 469u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_6_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_6_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix6_1(acc, y + 4); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    default: acc ^= y * 538u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix6_1(acc, y + 28); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    default: acc ^= y * 333u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix6_1(acc, y + 5); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix6_3(acc, y + 16); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    default: acc ^= y * 146u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_6_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_6_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix6_1(acc, y + 39); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix6_3(acc, y + 25); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix6_1(acc, y + 18); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    default: acc ^= y * 755u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix6_0(acc, y + 26); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    default: acc ^= y * 240u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_6_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_6_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix6_1(acc, y + 28); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    default: acc ^= y * 342u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix6_3(acc, y + 24); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix6_3(acc, y + 16); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix6_1(acc, y + 9); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    default: acc ^= y * 622u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_6_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix6_2(acc, y + 24); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 32: acc = mix6_3(acc, y + 32); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    default: acc ^= y * 344u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix6_1(acc, y + 16); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    default: acc ^= y * 362u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix6_2(acc, y + 18); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    default: acc ^= y * 352u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix6_2(acc, y + 14); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix6_2(acc, y + 8); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    default: acc ^= y * 151u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_6_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_6_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix6_3(acc, y + 27); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix6_0(acc, y + 32); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix6_0(acc, y + 26); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix6_0(acc, y + 7); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 2: acc = mix6_2(acc, y + 2); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix6_2(acc, y + 14); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    default: acc ^= y * 325u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_6_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_6_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix6_3(acc, y + 32); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix6_0(acc, y + 18); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    default: acc ^= y * 975u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix6_1(acc, y + 18); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    default: acc ^= y * 652u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_6_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_6_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix6_2(acc, y + 9); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix6_1(acc, y + 38); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix6_1(acc, y + 3); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix6_3(acc, y + 5); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix6_0(acc, y + 19); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    default: acc ^= y * 114u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix6_0(acc, y + 30); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_6_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_6_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix6_3(acc, y + 14); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix6_2(acc, y + 28); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix6_2(acc, y + 14); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix6_2(acc, y + 2); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_6_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_6_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix6_0(acc, y + 30); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    default: acc ^= y * 884u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix6_3(acc, y + 11); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix6_2(acc, y + 28); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_6_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix6_0(acc, y + 16); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    default: acc ^= y * 263u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix6_2(acc, y + 37); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    default: acc ^= y * 688u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix6_1(acc, y + 6); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    default: acc ^= y * 784u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix6_1(acc, y + 14); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    default: acc ^= y * 698u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix6_0(acc, y + 36); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    default: acc ^= y * 622u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix6_0(acc, y + 10); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    default: acc ^= y * 846u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_6_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_6_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix6_1(acc, y + 16); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix6_1(acc, y + 37); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    case 24: acc = mix6_1(acc, y + 24); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix6_0(acc, y + 33); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    default: acc ^= y * 506u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_6_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_6_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix6_3(acc, y + 19); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix6_1(acc, y + 30); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix6_0(acc, y + 16); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix6_1(acc, y + 34); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    default: acc ^= y * 76u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_6_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_6_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix6_3(acc, y + 31); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    default: acc ^= y * 231u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix6_3(acc, y + 2); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    default: acc ^= y * 211u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix6_0(acc, y + 21); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix6_2(acc, y + 13); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix6_3(acc, y + 24); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    default: acc ^= y * 720u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 27: acc = mix6_1(acc, y + 27); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_6_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_6_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix6_1(acc, y + 3); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    default: acc ^= y * 271u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix6_2(acc, y + 33); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 31: acc = mix6_0(acc, y + 31); break;
    default: acc ^= y * 646u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix6_1(acc, y + 36); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 35: acc = mix6_0(acc, y + 35); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix6_0(acc, y + 5); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix6_3(acc, y + 39); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    default: acc ^= y * 514u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_6_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_6_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix6_0(acc, y + 36); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 22: acc = mix6_2(acc, y + 22); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix6_3(acc, y + 21); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix6_1(acc, y + 37); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    default: acc ^= y * 197u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix6_3(acc, y + 34); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 1: acc = mix6_2(acc, y + 1); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_6_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix6_2(acc, y + 24); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix6_0(acc, y + 34); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    default: acc ^= y * 966u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix6_1(acc, y + 15); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    case 28: acc = mix6_3(acc, y + 28); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    default: acc ^= y * 160u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix6_2(acc, y + 14); break;
    case 25: acc = mix6_2(acc, y + 25); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_6_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_6_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix6_0(acc, y + 11); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    default: acc ^= y * 684u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix6_0(acc, y + 9); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 18: acc = mix6_0(acc, y + 18); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    default: acc ^= y * 940u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix6_2(acc, y + 12); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    default: acc ^= y * 517u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_6_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_6_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix6_1(acc, y + 10); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    default: acc ^= y * 606u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix6_3(acc, y + 17); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 12: acc = mix6_2(acc, y + 12); break;
    default: acc ^= y * 767u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix6_3(acc, y + 24); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_6_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_6_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix6_3(acc, y + 34); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    default: acc ^= y * 218u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix6_0(acc, y + 18); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    default: acc ^= y * 825u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix6_3(acc, y + 12); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    default: acc ^= y * 581u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix6_1(acc, y + 37); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    default: acc ^= y * 936u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_6_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix6_1(acc, y + 5); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    default: acc ^= y * 975u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix6_1(acc, y + 1); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix6_2(acc, y + 14); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 7: acc = mix6_3(acc, y + 7); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix6_3(acc, y + 37); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix6_1(acc, y + 5); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    default: acc ^= y * 802u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_6_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_6_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix6_3(acc, y + 23); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix6_0(acc, y + 32); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix6_1(acc, y + 38); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 34: acc = mix6_2(acc, y + 34); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix6_3(acc, y + 33); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    default: acc ^= y * 697u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix6_3(acc, y + 3); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_6_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_6_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix6_2(acc, y + 18); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    case 30: acc = mix6_3(acc, y + 30); break;
    default: acc ^= y * 766u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix6_1(acc, y + 15); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    default: acc ^= y * 626u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix6_0(acc, y + 2); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    default: acc ^= y * 842u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix6_0(acc, y + 26); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 5: acc = mix6_2(acc, y + 5); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix6_3(acc, y + 38); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    default: acc ^= y * 768u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_6_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_6_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix6_2(acc, y + 34); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    default: acc ^= y * 977u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix6_0(acc, y + 30); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    default: acc ^= y * 451u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix6_3(acc, y + 11); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    default: acc ^= y * 628u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_6_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_6_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix6_3(acc, y + 12); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix6_2(acc, y + 24); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 32: acc = mix6_3(acc, y + 32); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    default: acc ^= y * 382u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix6_0(acc, y + 21); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 17: acc = mix6_1(acc, y + 17); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix6_2(acc, y + 11); break;
    case 30: acc = mix6_0(acc, y + 30); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    default: acc ^= y * 222u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix6_2(acc, y + 20); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    default: acc ^= y * 804u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix6_1(acc, y + 3); break;
    case 34: acc = mix6_0(acc, y + 34); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    default: acc ^= y * 768u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_6_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_6_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix6_0(acc, y + 1); break;
    case 4: acc = mix6_2(acc, y + 4); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    default: acc ^= y * 515u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix6_2(acc, y + 23); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix6_2(acc, y + 17); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 10: acc = mix6_3(acc, y + 10); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix6_3(acc, y + 30); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_6_98(acc, y ^ 99);
    return acc;
}
