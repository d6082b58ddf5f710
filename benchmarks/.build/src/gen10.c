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
    case 19: acc = mix10_3(acc, y + 19); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix10_3(acc, y + 6); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    default: acc ^= y * 717u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix10_0(acc, y + 12); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix10_1(acc, y + 20); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    default: acc ^= y * 907u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix10_3(acc, y + 3); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 36: acc = mix10_2(acc, y + 36); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix10_0(acc, y + 36); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 2u) { sink = acc; }
    return acc;
}
uint32_t fn_10_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix10_2(acc, y + 34); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix10_1(acc, y + 33); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix10_3(acc, y + 21); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 9: acc = mix10_2(acc, y + 9); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix10_0(acc, y + 19); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 28: acc = mix10_3(acc, y + 28); break;
    default: acc ^= y * 496u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix10_1(acc, y + 11); break;
    case 21: acc = mix10_1(acc, y + 21); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_10_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_10_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix10_0(acc, y + 23); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    default: acc ^= y * 553u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix10_3(acc, y + 3); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    default: acc ^= y * 520u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix10_0(acc, y + 25); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 18: acc = mix10_3(acc, y + 18); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix10_1(acc, y + 36); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_10_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_10_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix10_2(acc, y + 24); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 17: acc = mix10_0(acc, y + 17); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    default: acc ^= y * 982u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix10_0(acc, y + 1); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix10_2(acc, y + 8); break;
    case 3: acc = mix10_3(acc, y + 3); break;
    case 14: acc = mix10_1(acc, y + 14); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    default: acc ^= y * 872u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix10_3(acc, y + 25); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 14: acc = mix10_2(acc, y + 14); break;
    case 9: acc = mix10_0(acc, y + 9); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix10_2(acc, y + 35); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    default: acc ^= y * 205u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_10_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix10_3(acc, y + 14); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    default: acc ^= y * 95u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix10_1(acc, y + 16); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 19: acc = mix10_1(acc, y + 19); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    default: acc ^= y * 795u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix10_3(acc, y + 18); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 38: acc = mix10_2(acc, y + 38); break;
    case 13: acc = mix10_1(acc, y + 13); break;
    case 33: acc = mix10_0(acc, y + 33); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix10_0(acc, y + 20); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 7: acc = mix10_0(acc, y + 7); break;
    case 17: acc = mix10_2(acc, y + 17); break;
    default: acc ^= y * 839u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_10_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_10_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix10_1(acc, y + 4); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 10: acc = mix10_3(acc, y + 10); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    default: acc ^= y * 361u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix10_2(acc, y + 10); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 35: acc = mix10_2(acc, y + 35); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    case 6: acc = mix10_0(acc, y + 6); break;
    default: acc ^= y * 475u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix10_3(acc, y + 13); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 1: acc = mix10_2(acc, y + 1); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 4: acc = mix10_3(acc, y + 4); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    default: acc ^= y * 142u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix10_2(acc, y + 37); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_10_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_10_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix10_3(acc, y + 1); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    default: acc ^= y * 182u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix10_3(acc, y + 12); break;
    case 16: acc = mix10_2(acc, y + 16); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 3: acc = mix10_1(acc, y + 3); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix10_1(acc, y + 28); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    default: acc ^= y * 102u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix10_0(acc, y + 15); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 32: acc = mix10_0(acc, y + 32); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    default: acc ^= y * 774u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_10_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix10_1(acc, y + 14); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 37: acc = mix10_1(acc, y + 37); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    default: acc ^= y * 715u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix10_0(acc, y + 17); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix10_1(acc, y + 32); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 2: acc = mix10_1(acc, y + 2); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix10_1(acc, y + 7); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 11: acc = mix10_1(acc, y + 11); break;
    case 2: acc = mix10_2(acc, y + 2); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    default: acc ^= y * 757u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_10_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_10_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix10_0(acc, y + 13); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 25: acc = mix10_0(acc, y + 25); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix10_0(acc, y + 17); break;
    case 26: acc = mix10_3(acc, y + 26); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    default: acc ^= y * 725u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix10_2(acc, y + 34); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    case 6: acc = mix10_1(acc, y + 6); break;
    default: acc ^= y * 869u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix10_3(acc, y + 8); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 19: acc = mix10_3(acc, y + 19); break;
    case 3: acc = mix10_2(acc, y + 3); break;
    case 16: acc = mix10_0(acc, y + 16); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix10_2(acc, y + 31); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 2: acc = mix10_2(acc, y + 2); break;
    case 36: acc = mix10_1(acc, y + 36); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_10_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_10_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix10_2(acc, y + 9); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 26: acc = mix10_0(acc, y + 26); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix10_0(acc, y + 26); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 16: acc = mix10_3(acc, y + 16); break;
    case 15: acc = mix10_3(acc, y + 15); break;
    default: acc ^= y * 360u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix10_1(acc, y + 36); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    case 28: acc = mix10_0(acc, y + 28); break;
    case 21: acc = mix10_0(acc, y + 21); break;
    case 22: acc = mix10_1(acc, y + 22); break;
    default: acc ^= y * 845u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix10_1(acc, y + 24); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 2: acc = mix10_0(acc, y + 2); break;
    case 28: acc = mix10_1(acc, y + 28); break;
    case 31: acc = mix10_0(acc, y + 31); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix10_0(acc, y + 3); break;
    case 10: acc = mix10_1(acc, y + 10); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 27: acc = mix10_3(acc, y + 27); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 37: acc = mix10_2(acc, y + 37); break;
    case 21: acc = mix10_3(acc, y + 21); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_10_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_10_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix10_2(acc, y + 14); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    case 23: acc = mix10_0(acc, y + 23); break;
    case 12: acc = mix10_0(acc, y + 12); break;
    case 39: acc = mix10_1(acc, y + 39); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix10_0(acc, y + 18); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 19: acc = mix10_2(acc, y + 19); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    default: acc ^= y * 399u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix10_0(acc, y + 31); break;
    case 24: acc = mix10_3(acc, y + 24); break;
    case 5: acc = mix10_2(acc, y + 5); break;
    case 11: acc = mix10_3(acc, y + 11); break;
    case 1: acc = mix10_0(acc, y + 1); break;
    case 13: acc = mix10_0(acc, y + 13); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix10_0(acc, y + 31); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 38: acc = mix10_1(acc, y + 38); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    case 6: acc = mix10_2(acc, y + 6); break;
    case 2: acc = mix10_3(acc, y + 2); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix10_1(acc, y + 11); break;
    case 4: acc = mix10_1(acc, y + 4); break;
    case 25: acc = mix10_3(acc, y + 25); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 21: acc = mix10_2(acc, y + 21); break;
    case 20: acc = mix10_3(acc, y + 20); break;
    default: acc ^= y * 567u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_10_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_10_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix10_3(acc, y + 14); break;
    case 23: acc = mix10_1(acc, y + 23); break;
    case 29: acc = mix10_2(acc, y + 29); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 35: acc = mix10_1(acc, y + 35); break;
    case 39: acc = mix10_3(acc, y + 39); break;
    default: acc ^= y * 915u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix10_1(acc, y + 4); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    case 11: acc = mix10_2(acc, y + 11); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    default: acc ^= y * 158u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix10_0(acc, y + 39); break;
    case 37: acc = mix10_0(acc, y + 37); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 24: acc = mix10_2(acc, y + 24); break;
    case 4: acc = mix10_2(acc, y + 4); break;
    case 30: acc = mix10_3(acc, y + 30); break;
    default: acc ^= y * 383u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix10_3(acc, y + 4); break;
    case 12: acc = mix10_3(acc, y + 12); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    case 23: acc = mix10_3(acc, y + 23); break;
    case 18: acc = mix10_2(acc, y + 18); break;
    case 31: acc = mix10_1(acc, y + 31); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix10_0(acc, y + 15); break;
    case 17: acc = mix10_1(acc, y + 17); break;
    case 35: acc = mix10_3(acc, y + 35); break;
    case 25: acc = mix10_2(acc, y + 25); break;
    case 31: acc = mix10_2(acc, y + 31); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    default: acc ^= y * 805u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix10_3(acc, y + 18); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 4: acc = mix10_0(acc, y + 4); break;
    default: acc ^= y * 135u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_10_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_10_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix10_1(acc, y + 6); break;
    case 12: acc = mix10_1(acc, y + 12); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 10: acc = mix10_0(acc, y + 10); break;
    case 28: acc = mix10_2(acc, y + 28); break;
    default: acc ^= y * 259u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix10_0(acc, y + 14); break;
    case 6: acc = mix10_3(acc, y + 6); break;
    case 29: acc = mix10_0(acc, y + 29); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    case 36: acc = mix10_0(acc, y + 36); break;
    case 8: acc = mix10_0(acc, y + 8); break;
    default: acc ^= y * 129u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix10_0(acc, y + 1); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    case 34: acc = mix10_0(acc, y + 34); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 18: acc = mix10_1(acc, y + 18); break;
    case 14: acc = mix10_0(acc, y + 14); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix10_2(acc, y + 15); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 34: acc = mix10_1(acc, y + 34); break;
    case 27: acc = mix10_1(acc, y + 27); break;
    case 37: acc = mix10_3(acc, y + 37); break;
    case 18: acc = mix10_0(acc, y + 18); break;
    default: acc ^= y * 464u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix10_1(acc, y + 8); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 5: acc = mix10_3(acc, y + 5); break;
    case 32: acc = mix10_1(acc, y + 32); break;
    case 39: acc = mix10_0(acc, y + 39); break;
    case 38: acc = mix10_3(acc, y + 38); break;
    default: acc ^= y * 33u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_10_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_10_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix10_1(acc, y + 18); break;
    case 14: acc = mix10_3(acc, y + 14); break;
    case 3: acc = mix10_0(acc, y + 3); break;
    case 10: acc = mix10_2(acc, y + 10); break;
    case 36: acc = mix10_3(acc, y + 36); break;
    case 29: acc = mix10_3(acc, y + 29); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix10_0(acc, y + 29); break;
    case 1: acc = mix10_1(acc, y + 1); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 17: acc = mix10_3(acc, y + 17); break;
    case 15: acc = mix10_2(acc, y + 15); break;
    case 32: acc = mix10_2(acc, y + 32); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix10_3(acc, y + 3); break;
    case 12: acc = mix10_2(acc, y + 12); break;
    case 9: acc = mix10_1(acc, y + 9); break;
    case 35: acc = mix10_0(acc, y + 35); break;
    case 7: acc = mix10_3(acc, y + 7); break;
    case 22: acc = mix10_0(acc, y + 22); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix10_1(acc, y + 36); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 26: acc = mix10_2(acc, y + 26); break;
    case 39: acc = mix10_2(acc, y + 39); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix10_2(acc, y + 21); break;
    case 13: acc = mix10_3(acc, y + 13); break;
    case 1: acc = mix10_3(acc, y + 1); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 33: acc = mix10_3(acc, y + 33); break;
    case 9: acc = mix10_3(acc, y + 9); break;
    default: acc ^= y * 110u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix10_2(acc, y + 39); break;
    case 27: acc = mix10_0(acc, y + 27); break;
    case 5: acc = mix10_1(acc, y + 5); break;
    case 15: acc = mix10_0(acc, y + 15); break;
    case 8: acc = mix10_2(acc, y + 8); break;
    case 13: acc = mix10_2(acc, y + 13); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_10_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_10_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix10_1(acc, y + 30); break;
    case 16: acc = mix10_1(acc, y + 16); break;
    case 22: acc = mix10_2(acc, y + 22); break;
    case 38: acc = mix10_0(acc, y + 38); break;
    case 27: acc = mix10_3(acc, y + 27); break;
    case 7: acc = mix10_1(acc, y + 7); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix10_2(acc, y + 38); break;
    case 19: acc = mix10_0(acc, y + 19); break;
    case 20: acc = mix10_1(acc, y + 20); break;
    case 30: acc = mix10_2(acc, y + 30); break;
    case 29: acc = mix10_1(acc, y + 29); break;
    case 25: acc = mix10_1(acc, y + 25); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix10_1(acc, y + 17); break;
    case 30: acc = mix10_1(acc, y + 30); break;
    case 8: acc = mix10_3(acc, y + 8); break;
    case 5: acc = mix10_0(acc, y + 5); break;
    case 24: acc = mix10_0(acc, y + 24); break;
    case 15: acc = mix10_1(acc, y + 15); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix10_3(acc, y + 6); break;
    case 24: acc = mix10_1(acc, y + 24); break;
    case 20: acc = mix10_0(acc, y + 20); break;
    case 23: acc = mix10_2(acc, y + 23); break;
    case 8: acc = mix10_1(acc, y + 8); break;
    case 33: acc = mix10_2(acc, y + 33); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_10_13(acc, y ^ 14);
    return acc;
}
