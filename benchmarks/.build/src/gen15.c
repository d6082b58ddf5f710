#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix15_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix15_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix15_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix15_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_15_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix15_3(acc, y + 37); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    default: acc ^= y * 930u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix15_3(acc, y + 18); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix15_1(acc, y + 16); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    default: acc ^= y * 323u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix15_1(acc, y + 32); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    default: acc ^= y * 330u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix15_2(acc, y + 1); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix15_1(acc, y + 22); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    default: acc ^= y * 404u; break;
    }
    if (acc & 128u) { sink = acc; }
    return acc;
}
uint32_t fn_15_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix15_3(acc, y + 33); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    default: acc ^= y * 394u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix15_0(acc, y + 17); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    default: acc ^= y * 766u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix15_0(acc, y + 3); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix15_0(acc, y + 23); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix15_1(acc, y + 22); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 38: acc = mix15_1(acc, y + 38); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_15_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_15_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix15_1(acc, y + 1); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix15_0(acc, y + 9); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    default: acc ^= y * 885u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix15_1(acc, y + 22); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    default: acc ^= y * 439u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix15_2(acc, y + 10); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    default: acc ^= y * 789u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix15_0(acc, y + 15); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    default: acc ^= y * 13u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix15_1(acc, y + 11); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_15_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_15_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix15_2(acc, y + 12); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    default: acc ^= y * 205u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix15_1(acc, y + 7); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    default: acc ^= y * 457u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix15_1(acc, y + 5); break;
    case 29: acc = mix15_1(acc, y + 29); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix15_1(acc, y + 25); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    default: acc ^= y * 216u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix15_1(acc, y + 37); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    default: acc ^= y * 439u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_15_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix15_2(acc, y + 8); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    default: acc ^= y * 38u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix15_1(acc, y + 23); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 3: acc = mix15_3(acc, y + 3); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    default: acc ^= y * 170u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix15_1(acc, y + 34); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    default: acc ^= y * 781u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_15_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_15_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix15_1(acc, y + 35); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix15_0(acc, y + 36); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix15_0(acc, y + 13); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_15_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_15_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix15_3(acc, y + 37); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix15_2(acc, y + 37); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    default: acc ^= y * 725u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix15_0(acc, y + 16); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    default: acc ^= y * 970u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix15_0(acc, y + 17); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 38: acc = mix15_1(acc, y + 38); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    default: acc ^= y * 878u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_15_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_15_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix15_0(acc, y + 38); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 5: acc = mix15_2(acc, y + 5); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix15_1(acc, y + 33); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    default: acc ^= y * 251u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix15_2(acc, y + 25); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix15_3(acc, y + 11); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix15_3(acc, y + 2); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    default: acc ^= y * 601u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix15_1(acc, y + 12); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_15_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix15_0(acc, y + 6); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix15_1(acc, y + 2); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    default: acc ^= y * 91u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix15_1(acc, y + 19); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    default: acc ^= y * 991u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_15_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_15_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix15_1(acc, y + 9); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix15_3(acc, y + 11); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix15_0(acc, y + 6); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix15_2(acc, y + 30); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix15_2(acc, y + 7); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    default: acc ^= y * 976u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix15_0(acc, y + 18); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    default: acc ^= y * 861u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_15_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_15_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix15_3(acc, y + 27); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    default: acc ^= y * 240u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix15_2(acc, y + 2); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    default: acc ^= y * 998u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix15_2(acc, y + 1); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix15_0(acc, y + 22); break;
    case 29: acc = mix15_1(acc, y + 29); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix15_0(acc, y + 15); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    default: acc ^= y * 169u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_15_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix15_2(acc, y + 21); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 29: acc = mix15_1(acc, y + 29); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    default: acc ^= y * 418u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix15_2(acc, y + 37); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix15_1(acc, y + 34); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    default: acc ^= y * 642u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix15_0(acc, y + 28); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    default: acc ^= y * 601u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix15_2(acc, y + 6); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    default: acc ^= y * 89u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 28: acc = mix15_1(acc, y + 28); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_15_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_15_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix15_1(acc, y + 28); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix15_0(acc, y + 32); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    default: acc ^= y * 517u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix15_3(acc, y + 18); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    default: acc ^= y * 621u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix15_0(acc, y + 15); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    default: acc ^= y * 15u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_15_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_15_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix15_2(acc, y + 37); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    default: acc ^= y * 811u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix15_3(acc, y + 37); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix15_0(acc, y + 2); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix15_3(acc, y + 1); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    default: acc ^= y * 240u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix15_1(acc, y + 20); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 5: acc = mix15_2(acc, y + 5); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    default: acc ^= y * 545u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_15_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix15_2(acc, y + 20); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix15_0(acc, y + 32); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    default: acc ^= y * 870u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix15_2(acc, y + 26); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    default: acc ^= y * 517u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix15_1(acc, y + 5); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    default: acc ^= y * 493u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix15_2(acc, y + 37); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    default: acc ^= y * 361u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 35: acc = mix15_2(acc, y + 35); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    default: acc ^= y * 981u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_15_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_15_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix15_2(acc, y + 22); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    default: acc ^= y * 724u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix15_0(acc, y + 36); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix15_3(acc, y + 36); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_15_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix15_0(acc, y + 14); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix15_3(acc, y + 36); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    default: acc ^= y * 628u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix15_2(acc, y + 14); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix15_0(acc, y + 39); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    default: acc ^= y * 930u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_15_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_15_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix15_0(acc, y + 14); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix15_3(acc, y + 5); break;
    case 38: acc = mix15_1(acc, y + 38); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix15_0(acc, y + 12); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    default: acc ^= y * 844u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix15_1(acc, y + 16); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 5: acc = mix15_2(acc, y + 5); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix15_0(acc, y + 25); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix15_1(acc, y + 18); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_15_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_15_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix15_3(acc, y + 28); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    default: acc ^= y * 403u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix15_0(acc, y + 10); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix15_1(acc, y + 19); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    default: acc ^= y * 970u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix15_2(acc, y + 23); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_15_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_15_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix15_2(acc, y + 39); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix15_1(acc, y + 27); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 38: acc = mix15_1(acc, y + 38); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    default: acc ^= y * 653u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix15_0(acc, y + 1); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_15_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_15_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix15_1(acc, y + 1); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix15_3(acc, y + 38); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix15_2(acc, y + 24); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_15_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix15_1(acc, y + 38); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    default: acc ^= y * 162u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix15_0(acc, y + 9); break;
    case 3: acc = mix15_3(acc, y + 3); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    default: acc ^= y * 735u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix15_0(acc, y + 28); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_15_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_15_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix15_3(acc, y + 6); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix15_3(acc, y + 8); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    default: acc ^= y * 557u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix15_1(acc, y + 34); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    default: acc ^= y * 335u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix15_2(acc, y + 14); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    default: acc ^= y * 237u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix15_3(acc, y + 7); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix15_3(acc, y + 38); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    default: acc ^= y * 949u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_15_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_15_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix15_3(acc, y + 11); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix15_1(acc, y + 25); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    default: acc ^= y * 358u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix15_0(acc, y + 7); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix15_0(acc, y + 2); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix15_3(acc, y + 9); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    default: acc ^= y * 267u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_15_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_15_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix15_3(acc, y + 1); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    default: acc ^= y * 788u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix15_3(acc, y + 3); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    default: acc ^= y * 925u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix15_2(acc, y + 3); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    default: acc ^= y * 539u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix15_1(acc, y + 23); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_15_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_15_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix15_3(acc, y + 20); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 3: acc = mix15_3(acc, y + 3); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix15_0(acc, y + 23); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    default: acc ^= y * 713u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix15_0(acc, y + 17); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    default: acc ^= y * 420u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix15_3(acc, y + 3); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    default: acc ^= y * 838u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix15_2(acc, y + 1); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    default: acc ^= y * 846u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix15_3(acc, y + 30); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_15_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_15_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix15_2(acc, y + 23); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix15_0(acc, y + 36); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix15_0(acc, y + 37); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    default: acc ^= y * 74u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix15_2(acc, y + 22); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    default: acc ^= y * 765u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_15_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_15_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix15_1(acc, y + 2); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    default: acc ^= y * 497u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix15_1(acc, y + 22); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 5: acc = mix15_2(acc, y + 5); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    default: acc ^= y * 529u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix15_3(acc, y + 4); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    default: acc ^= y * 640u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix15_0(acc, y + 3); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    default: acc ^= y * 539u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_15_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_15_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix15_3(acc, y + 33); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 29: acc = mix15_1(acc, y + 29); break;
    default: acc ^= y * 255u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix15_3(acc, y + 27); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix15_3(acc, y + 1); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix15_2(acc, y + 5); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    default: acc ^= y * 624u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix15_3(acc, y + 19); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    default: acc ^= y * 318u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix15_3(acc, y + 29); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    default: acc ^= y * 435u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_15_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix15_3(acc, y + 35); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    default: acc ^= y * 61u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix15_2(acc, y + 12); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix15_2(acc, y + 3); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix15_1(acc, y + 31); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 3: acc = mix15_3(acc, y + 3); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_15_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_15_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix15_3(acc, y + 29); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    default: acc ^= y * 953u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix15_0(acc, y + 20); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    default: acc ^= y * 370u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix15_1(acc, y + 3); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_15_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_15_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix15_2(acc, y + 9); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 31: acc = mix15_0(acc, y + 31); break;
    default: acc ^= y * 208u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix15_2(acc, y + 7); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    default: acc ^= y * 235u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix15_2(acc, y + 11); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    default: acc ^= y * 840u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix15_2(acc, y + 8); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix15_1(acc, y + 25); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    default: acc ^= y * 205u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_15_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_15_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix15_1(acc, y + 25); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix15_2(acc, y + 39); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    default: acc ^= y * 327u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix15_3(acc, y + 19); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix15_1(acc, y + 11); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix15_1(acc, y + 30); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    default: acc ^= y * 253u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_15_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_15_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix15_2(acc, y + 8); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    default: acc ^= y * 759u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix15_2(acc, y + 33); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    default: acc ^= y * 837u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix15_1(acc, y + 16); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix15_2(acc, y + 37); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    default: acc ^= y * 315u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_15_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_15_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix15_1(acc, y + 9); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    default: acc ^= y * 863u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix15_1(acc, y + 12); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    default: acc ^= y * 842u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix15_1(acc, y + 28); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 38: acc = mix15_1(acc, y + 38); break;
    default: acc ^= y * 977u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix15_3(acc, y + 14); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    default: acc ^= y * 21u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_15_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_15_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix15_2(acc, y + 13); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    default: acc ^= y * 636u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix15_3(acc, y + 28); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    default: acc ^= y * 462u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix15_2(acc, y + 9); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 31: acc = mix15_0(acc, y + 31); break;
    default: acc ^= y * 966u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix15_3(acc, y + 13); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix15_0(acc, y + 26); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix15_0(acc, y + 18); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    default: acc ^= y * 903u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_15_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix15_3(acc, y + 5); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    default: acc ^= y * 243u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix15_0(acc, y + 3); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix15_1(acc, y + 27); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    default: acc ^= y * 885u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix15_0(acc, y + 12); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    default: acc ^= y * 650u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix15_1(acc, y + 13); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix15_0(acc, y + 8); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_15_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_15_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix15_3(acc, y + 2); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix15_2(acc, y + 4); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 31: acc = mix15_0(acc, y + 31); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix15_2(acc, y + 15); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 3: acc = mix15_3(acc, y + 3); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix15_0(acc, y + 20); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix15_1(acc, y + 17); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix15_1(acc, y + 4); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_15_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_15_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix15_3(acc, y + 15); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    default: acc ^= y * 181u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix15_1(acc, y + 34); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix15_2(acc, y + 32); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    default: acc ^= y * 497u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix15_1(acc, y + 13); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix15_0(acc, y + 26); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix15_2(acc, y + 30); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_15_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_15_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix15_1(acc, y + 29); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    default: acc ^= y * 73u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix15_3(acc, y + 20); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix15_3(acc, y + 27); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_15_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix15_0(acc, y + 6); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    default: acc ^= y * 797u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix15_0(acc, y + 38); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    default: acc ^= y * 916u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix15_2(acc, y + 19); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix15_2(acc, y + 31); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    default: acc ^= y * 737u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_15_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_15_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix15_1(acc, y + 16); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix15_1(acc, y + 12); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    default: acc ^= y * 976u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix15_0(acc, y + 25); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    default: acc ^= y * 200u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_15_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_15_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix15_0(acc, y + 20); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    default: acc ^= y * 154u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix15_0(acc, y + 36); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    default: acc ^= y * 613u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix15_2(acc, y + 6); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix15_0(acc, y + 5); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    default: acc ^= y * 560u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_15_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_15_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix15_1(acc, y + 28); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    default: acc ^= y * 697u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix15_1(acc, y + 35); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix15_3(acc, y + 24); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    default: acc ^= y * 833u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix15_3(acc, y + 31); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix15_3(acc, y + 35); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    default: acc ^= y * 255u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_15_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_15_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix15_2(acc, y + 39); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix15_0(acc, y + 27); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    default: acc ^= y * 990u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix15_2(acc, y + 15); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix15_1(acc, y + 31); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    default: acc ^= y * 446u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_15_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_15_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix15_2(acc, y + 4); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    default: acc ^= y * 977u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix15_0(acc, y + 4); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix15_1(acc, y + 24); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    default: acc ^= y * 575u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix15_0(acc, y + 4); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 29: acc = mix15_1(acc, y + 29); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    default: acc ^= y * 975u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix15_2(acc, y + 4); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    default: acc ^= y * 579u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_15_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_15_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix15_3(acc, y + 25); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    default: acc ^= y * 12u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix15_3(acc, y + 32); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    default: acc ^= y * 403u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix15_0(acc, y + 35); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    default: acc ^= y * 248u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix15_1(acc, y + 9); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    default: acc ^= y * 788u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_15_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix15_1(acc, y + 19); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    default: acc ^= y * 274u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix15_1(acc, y + 32); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix15_0(acc, y + 30); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    default: acc ^= y * 263u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix15_1(acc, y + 16); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    default: acc ^= y * 965u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix15_1(acc, y + 7); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    default: acc ^= y * 729u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix15_1(acc, y + 3); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    default: acc ^= y * 75u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_15_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_15_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix15_1(acc, y + 35); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix15_0(acc, y + 4); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix15_0(acc, y + 6); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix15_3(acc, y + 21); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    default: acc ^= y * 623u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_15_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_15_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix15_0(acc, y + 30); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    default: acc ^= y * 526u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix15_2(acc, y + 32); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    default: acc ^= y * 747u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix15_0(acc, y + 2); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    default: acc ^= y * 488u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_15_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_15_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix15_0(acc, y + 14); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    default: acc ^= y * 685u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix15_0(acc, y + 24); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    default: acc ^= y * 14u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix15_1(acc, y + 30); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_15_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_15_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix15_0(acc, y + 33); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    default: acc ^= y * 561u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix15_0(acc, y + 18); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    default: acc ^= y * 687u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix15_3(acc, y + 21); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix15_3(acc, y + 1); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_15_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_15_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix15_2(acc, y + 2); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix15_0(acc, y + 22); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix15_2(acc, y + 28); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    default: acc ^= y * 803u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix15_2(acc, y + 22); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_15_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_15_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix15_0(acc, y + 13); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    default: acc ^= y * 624u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix15_3(acc, y + 26); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix15_2(acc, y + 27); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix15_0(acc, y + 32); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 5: acc = mix15_2(acc, y + 5); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    default: acc ^= y * 740u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix15_1(acc, y + 30); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    default: acc ^= y * 602u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 1: acc = mix15_3(acc, y + 1); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    default: acc ^= y * 186u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_15_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_15_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix15_2(acc, y + 38); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    default: acc ^= y * 162u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix15_3(acc, y + 14); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    default: acc ^= y * 127u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix15_3(acc, y + 14); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    default: acc ^= y * 978u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix15_3(acc, y + 23); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 5: acc = mix15_2(acc, y + 5); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_15_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_15_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix15_3(acc, y + 19); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix15_3(acc, y + 9); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    default: acc ^= y * 532u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix15_3(acc, y + 15); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    default: acc ^= y * 884u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix15_0(acc, y + 15); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    default: acc ^= y * 642u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_15_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_15_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix15_1(acc, y + 18); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix15_0(acc, y + 39); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix15_2(acc, y + 3); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_15_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_15_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix15_0(acc, y + 30); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix15_2(acc, y + 22); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    default: acc ^= y * 320u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix15_1(acc, y + 8); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    default: acc ^= y * 61u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix15_3(acc, y + 17); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix15_1(acc, y + 17); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    default: acc ^= y * 696u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix15_0(acc, y + 31); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    default: acc ^= y * 235u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_15_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_15_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix15_1(acc, y + 17); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix15_3(acc, y + 37); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    default: acc ^= y * 515u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix15_3(acc, y + 21); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_15_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_15_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix15_0(acc, y + 27); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    default: acc ^= y * 383u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix15_2(acc, y + 12); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix15_3(acc, y + 19); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    default: acc ^= y * 487u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix15_2(acc, y + 35); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix15_0(acc, y + 12); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_15_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_15_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix15_1(acc, y + 21); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    default: acc ^= y * 297u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix15_2(acc, y + 1); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    default: acc ^= y * 186u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix15_1(acc, y + 14); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix15_3(acc, y + 30); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix15_0(acc, y + 22); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_15_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_15_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix15_0(acc, y + 39); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    default: acc ^= y * 117u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix15_2(acc, y + 24); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    default: acc ^= y * 573u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix15_3(acc, y + 29); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    default: acc ^= y * 779u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix15_3(acc, y + 26); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    default: acc ^= y * 582u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_15_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_15_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix15_3(acc, y + 29); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix15_0(acc, y + 22); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    default: acc ^= y * 993u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix15_2(acc, y + 30); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix15_2(acc, y + 39); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    default: acc ^= y * 535u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix15_2(acc, y + 12); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix15_1(acc, y + 12); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    default: acc ^= y * 475u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_15_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix15_1(acc, y + 29); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    default: acc ^= y * 274u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix15_2(acc, y + 36); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    default: acc ^= y * 170u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix15_3(acc, y + 28); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix15_3(acc, y + 33); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix15_2(acc, y + 37); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    default: acc ^= y * 431u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_15_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_15_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix15_2(acc, y + 35); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix15_0(acc, y + 32); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 5: acc = mix15_2(acc, y + 5); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    default: acc ^= y * 760u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix15_3(acc, y + 3); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    default: acc ^= y * 560u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix15_1(acc, y + 15); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    default: acc ^= y * 267u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix15_1(acc, y + 25); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_15_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_15_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix15_1(acc, y + 34); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix15_1(acc, y + 20); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    default: acc ^= y * 80u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix15_1(acc, y + 31); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix15_1(acc, y + 36); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_15_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_15_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix15_2(acc, y + 26); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix15_2(acc, y + 31); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    default: acc ^= y * 806u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix15_1(acc, y + 33); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix15_1(acc, y + 19); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    default: acc ^= y * 20u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_15_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix15_2(acc, y + 37); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix15_2(acc, y + 14); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix15_0(acc, y + 12); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 3: acc = mix15_3(acc, y + 3); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    default: acc ^= y * 506u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix15_0(acc, y + 25); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_15_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_15_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix15_3(acc, y + 33); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    default: acc ^= y * 757u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix15_0(acc, y + 33); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix15_1(acc, y + 18); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 5: acc = mix15_2(acc, y + 5); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_15_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_15_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix15_3(acc, y + 1); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    default: acc ^= y * 684u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix15_2(acc, y + 26); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    default: acc ^= y * 314u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix15_3(acc, y + 4); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    default: acc ^= y * 168u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_15_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix15_2(acc, y + 33); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix15_0(acc, y + 21); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix15_0(acc, y + 24); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    default: acc ^= y * 28u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix15_2(acc, y + 15); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix15_1(acc, y + 24); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    default: acc ^= y * 910u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 14: acc = mix15_1(acc, y + 14); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    default: acc ^= y * 792u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_15_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_15_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix15_1(acc, y + 17); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix15_3(acc, y + 13); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix15_1(acc, y + 12); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_15_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix15_0(acc, y + 5); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix15_1(acc, y + 23); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    default: acc ^= y * 195u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix15_1(acc, y + 37); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    default: acc ^= y * 99u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_15_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_15_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix15_3(acc, y + 23); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    default: acc ^= y * 894u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix15_0(acc, y + 31); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    default: acc ^= y * 716u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix15_1(acc, y + 34); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix15_0(acc, y + 2); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    default: acc ^= y * 51u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_15_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_15_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix15_2(acc, y + 22); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    default: acc ^= y * 54u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix15_0(acc, y + 24); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    default: acc ^= y * 182u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix15_0(acc, y + 38); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    default: acc ^= y * 27u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_15_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix15_2(acc, y + 1); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix15_2(acc, y + 29); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    default: acc ^= y * 507u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix15_1(acc, y + 20); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix15_0(acc, y + 31); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix15_2(acc, y + 27); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    default: acc ^= y * 151u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_15_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_15_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix15_3(acc, y + 20); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    default: acc ^= y * 157u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix15_2(acc, y + 30); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix15_2(acc, y + 29); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix15_3(acc, y + 39); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix15_3(acc, y + 4); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix15_3(acc, y + 39); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    default: acc ^= y * 508u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_15_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_15_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix15_1(acc, y + 31); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix15_2(acc, y + 12); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    default: acc ^= y * 380u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix15_0(acc, y + 10); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    default: acc ^= y * 67u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_15_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_15_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix15_0(acc, y + 6); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 31: acc = mix15_0(acc, y + 31); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    default: acc ^= y * 349u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix15_3(acc, y + 17); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix15_3(acc, y + 23); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 31: acc = mix15_0(acc, y + 31); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    default: acc ^= y * 652u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix15_2(acc, y + 21); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    default: acc ^= y * 185u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_15_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_15_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix15_3(acc, y + 3); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix15_3(acc, y + 14); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    default: acc ^= y * 828u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix15_0(acc, y + 37); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    default: acc ^= y * 283u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix15_1(acc, y + 38); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    default: acc ^= y * 755u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_15_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_15_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix15_0(acc, y + 23); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    default: acc ^= y * 790u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix15_2(acc, y + 38); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    default: acc ^= y * 170u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix15_0(acc, y + 27); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    default: acc ^= y * 580u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_15_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_15_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix15_2(acc, y + 9); break;
    case 11: acc = mix15_3(acc, y + 11); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 5: acc = mix15_2(acc, y + 5); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix15_1(acc, y + 36); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    default: acc ^= y * 319u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix15_2(acc, y + 39); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix15_2(acc, y + 36); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    default: acc ^= y * 840u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix15_3(acc, y + 29); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    default: acc ^= y * 183u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_15_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_15_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix15_0(acc, y + 19); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    default: acc ^= y * 855u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix15_2(acc, y + 5); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    default: acc ^= y * 273u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix15_3(acc, y + 1); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_15_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_15_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix15_0(acc, y + 39); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix15_0(acc, y + 3); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix15_3(acc, y + 9); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    default: acc ^= y * 539u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix15_3(acc, y + 32); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    default: acc ^= y * 995u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_15_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_15_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix15_0(acc, y + 20); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    default: acc ^= y * 5u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix15_3(acc, y + 14); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix15_0(acc, y + 9); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    case 29: acc = mix15_1(acc, y + 29); break;
    default: acc ^= y * 368u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix15_2(acc, y + 3); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 18: acc = mix15_0(acc, y + 18); break;
    default: acc ^= y * 949u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_15_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_15_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix15_3(acc, y + 18); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix15_1(acc, y + 11); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    default: acc ^= y * 263u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix15_3(acc, y + 27); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 29: acc = mix15_1(acc, y + 29); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_15_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix15_0(acc, y + 15); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    default: acc ^= y * 21u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix15_1(acc, y + 13); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix15_2(acc, y + 12); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    default: acc ^= y * 335u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix15_3(acc, y + 17); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    default: acc ^= y * 472u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_15_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix15_3(acc, y + 4); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix15_1(acc, y + 19); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    default: acc ^= y * 333u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix15_0(acc, y + 22); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    default: acc ^= y * 760u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix15_1(acc, y + 1); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    default: acc ^= y * 883u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix15_3(acc, y + 21); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    default: acc ^= y * 181u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_15_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix15_3(acc, y + 21); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix15_0(acc, y + 10); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    default: acc ^= y * 54u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix15_2(acc, y + 28); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix15_2(acc, y + 36); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    default: acc ^= y * 635u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_15_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_15_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix15_0(acc, y + 36); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    default: acc ^= y * 517u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix15_1(acc, y + 3); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix15_2(acc, y + 7); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    default: acc ^= y * 715u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix15_3(acc, y + 6); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix15_2(acc, y + 5); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    default: acc ^= y * 573u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_15_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_15_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix15_2(acc, y + 26); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix15_1(acc, y + 27); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    default: acc ^= y * 747u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix15_1(acc, y + 38); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    default: acc ^= y * 97u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix15_0(acc, y + 23); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 38: acc = mix15_1(acc, y + 38); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix15_1(acc, y + 24); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix15_2(acc, y + 23); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 33: acc = mix15_2(acc, y + 33); break;
    default: acc ^= y * 888u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_15_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_15_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix15_2(acc, y + 29); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    default: acc ^= y * 446u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix15_0(acc, y + 2); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    default: acc ^= y * 215u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix15_0(acc, y + 1); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 38: acc = mix15_1(acc, y + 38); break;
    default: acc ^= y * 891u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix15_2(acc, y + 31); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 16: acc = mix15_2(acc, y + 16); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix15_1(acc, y + 30); break;
    case 29: acc = mix15_1(acc, y + 29); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    default: acc ^= y * 428u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_15_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_15_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix15_0(acc, y + 23); break;
    case 30: acc = mix15_0(acc, y + 30); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    default: acc ^= y * 358u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix15_3(acc, y + 38); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix15_3(acc, y + 33); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix15_2(acc, y + 14); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    default: acc ^= y * 171u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_15_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_15_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix15_2(acc, y + 4); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    default: acc ^= y * 356u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix15_0(acc, y + 4); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix15_2(acc, y + 4); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix15_2(acc, y + 29); break;
    case 14: acc = mix15_0(acc, y + 14); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    default: acc ^= y * 856u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix15_1(acc, y + 18); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 7: acc = mix15_2(acc, y + 7); break;
    default: acc ^= y * 117u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_15_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_15_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix15_3(acc, y + 10); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    default: acc ^= y * 551u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix15_1(acc, y + 2); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    default: acc ^= y * 145u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix15_2(acc, y + 38); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 25: acc = mix15_0(acc, y + 25); break;
    case 3: acc = mix15_3(acc, y + 3); break;
    default: acc ^= y * 485u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix15_0(acc, y + 18); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 12: acc = mix15_0(acc, y + 12); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix15_3(acc, y + 29); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    default: acc ^= y * 416u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_15_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_15_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix15_0(acc, y + 32); break;
    case 25: acc = mix15_2(acc, y + 25); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    default: acc ^= y * 663u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix15_1(acc, y + 11); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 32: acc = mix15_1(acc, y + 32); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix15_3(acc, y + 39); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix15_0(acc, y + 28); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 31: acc = mix15_1(acc, y + 31); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_15_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix15_2(acc, y + 38); break;
    case 3: acc = mix15_3(acc, y + 3); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix15_0(acc, y + 23); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 27: acc = mix15_3(acc, y + 27); break;
    case 16: acc = mix15_0(acc, y + 16); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix15_2(acc, y + 5); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 8: acc = mix15_2(acc, y + 8); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    default: acc ^= y * 363u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_15_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_15_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix15_0(acc, y + 29); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 6: acc = mix15_3(acc, y + 6); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix15_3(acc, y + 20); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 31: acc = mix15_0(acc, y + 31); break;
    default: acc ^= y * 926u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix15_1(acc, y + 27); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix15_0(acc, y + 15); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    case 29: acc = mix15_2(acc, y + 29); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    default: acc ^= y * 10u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix15_1(acc, y + 7); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 19: acc = mix15_3(acc, y + 19); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    default: acc ^= y * 432u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix15_1(acc, y + 15); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 2: acc = mix15_0(acc, y + 2); break;
    default: acc ^= y * 491u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_15_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_15_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix15_0(acc, y + 3); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix15_0(acc, y + 13); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    default: acc ^= y * 237u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix15_2(acc, y + 8); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix15_2(acc, y + 13); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    default: acc ^= y * 500u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_15_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_15_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix15_2(acc, y + 23); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 14: acc = mix15_2(acc, y + 14); break;
    default: acc ^= y * 30u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix15_2(acc, y + 2); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    default: acc ^= y * 506u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix15_0(acc, y + 17); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    case 37: acc = mix15_0(acc, y + 37); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    case 26: acc = mix15_0(acc, y + 26); break;
    default: acc ^= y * 143u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix15_3(acc, y + 33); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    default: acc ^= y * 7u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_98(acc, y ^ 99);
    return acc;
}
