#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix14_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix14_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix14_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix14_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_14_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix14_2(acc, y + 17); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    default: acc ^= y * 839u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix14_0(acc, y + 14); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix14_0(acc, y + 9); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix14_1(acc, y + 9); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    default: acc ^= y * 670u; break;
    }
    if (acc & 512u) { sink = acc; }
    return acc;
}
uint32_t fn_14_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix14_2(acc, y + 28); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix14_3(acc, y + 15); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    default: acc ^= y * 536u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix14_3(acc, y + 8); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    default: acc ^= y * 855u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_14_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_14_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix14_3(acc, y + 35); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    default: acc ^= y * 417u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix14_2(acc, y + 25); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 31: acc = mix14_3(acc, y + 31); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    default: acc ^= y * 626u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix14_0(acc, y + 29); break;
    case 14: acc = mix14_2(acc, y + 14); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    default: acc ^= y * 561u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_14_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_14_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix14_1(acc, y + 12); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    default: acc ^= y * 929u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix14_0(acc, y + 33); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 6: acc = mix14_1(acc, y + 6); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    default: acc ^= y * 157u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix14_3(acc, y + 11); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 9: acc = mix14_3(acc, y + 9); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    default: acc ^= y * 760u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix14_3(acc, y + 22); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    default: acc ^= y * 154u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_14_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_14_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix14_0(acc, y + 24); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 27: acc = mix14_3(acc, y + 27); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix14_0(acc, y + 12); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    default: acc ^= y * 417u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix14_3(acc, y + 8); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 27: acc = mix14_3(acc, y + 27); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    default: acc ^= y * 597u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix14_1(acc, y + 4); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix14_0(acc, y + 14); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 9: acc = mix14_3(acc, y + 9); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix14_3(acc, y + 15); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_14_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_14_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix14_1(acc, y + 26); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    default: acc ^= y * 610u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix14_2(acc, y + 1); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    default: acc ^= y * 621u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix14_2(acc, y + 4); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    default: acc ^= y * 233u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix14_0(acc, y + 11); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_14_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_14_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix14_3(acc, y + 33); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    default: acc ^= y * 562u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix14_1(acc, y + 19); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix14_0(acc, y + 30); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix14_0(acc, y + 39); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    default: acc ^= y * 504u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix14_1(acc, y + 17); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix14_3(acc, y + 37); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    default: acc ^= y * 828u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_14_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_14_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix14_0(acc, y + 36); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix14_0(acc, y + 10); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix14_2(acc, y + 14); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix14_2(acc, y + 14); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    default: acc ^= y * 827u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix14_2(acc, y + 35); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix14_0(acc, y + 17); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_14_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_14_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix14_1(acc, y + 15); break;
    case 6: acc = mix14_1(acc, y + 6); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    default: acc ^= y * 632u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix14_2(acc, y + 7); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix14_0(acc, y + 31); break;
    case 9: acc = mix14_3(acc, y + 9); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 4: acc = mix14_1(acc, y + 4); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_14_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_14_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix14_3(acc, y + 15); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    default: acc ^= y * 475u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix14_0(acc, y + 13); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix14_0(acc, y + 18); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_14_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_14_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix14_1(acc, y + 9); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    default: acc ^= y * 173u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix14_2(acc, y + 3); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix14_2(acc, y + 28); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    default: acc ^= y * 937u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix14_2(acc, y + 10); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix14_3(acc, y + 32); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_14_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_14_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix14_2(acc, y + 30); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    default: acc ^= y * 715u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix14_0(acc, y + 25); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    default: acc ^= y * 376u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix14_3(acc, y + 12); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    default: acc ^= y * 883u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix14_2(acc, y + 22); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    default: acc ^= y * 459u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix14_3(acc, y + 13); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    default: acc ^= y * 449u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix14_1(acc, y + 26); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    default: acc ^= y * 842u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_14_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_14_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix14_2(acc, y + 37); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    default: acc ^= y * 264u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix14_2(acc, y + 20); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix14_3(acc, y + 16); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix14_2(acc, y + 20); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_14_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_14_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix14_1(acc, y + 36); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 27: acc = mix14_3(acc, y + 27); break;
    default: acc ^= y * 449u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix14_3(acc, y + 20); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix14_1(acc, y + 21); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    default: acc ^= y * 974u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_14_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix14_3(acc, y + 5); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix14_1(acc, y + 10); break;
    case 6: acc = mix14_1(acc, y + 6); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix14_3(acc, y + 16); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 39: acc = mix14_1(acc, y + 39); break;
    default: acc ^= y * 811u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_14_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_14_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix14_1(acc, y + 5); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 27: acc = mix14_3(acc, y + 27); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    default: acc ^= y * 835u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix14_3(acc, y + 17); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    default: acc ^= y * 545u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix14_3(acc, y + 17); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix14_3(acc, y + 24); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix14_2(acc, y + 17); break;
    case 39: acc = mix14_1(acc, y + 39); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_14_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_14_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix14_1(acc, y + 6); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    default: acc ^= y * 237u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix14_2(acc, y + 34); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix14_0(acc, y + 37); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    default: acc ^= y * 746u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_14_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix14_1(acc, y + 20); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    case 39: acc = mix14_1(acc, y + 39); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix14_0(acc, y + 29); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix14_1(acc, y + 19); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix14_0(acc, y + 2); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    default: acc ^= y * 950u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix14_1(acc, y + 8); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    default: acc ^= y * 774u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_14_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix14_0(acc, y + 21); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix14_1(acc, y + 4); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    default: acc ^= y * 162u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix14_0(acc, y + 14); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    default: acc ^= y * 527u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix14_0(acc, y + 1); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix14_1(acc, y + 9); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_14_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_14_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix14_3(acc, y + 15); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 21: acc = mix14_0(acc, y + 21); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    default: acc ^= y * 365u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix14_2(acc, y + 9); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 2: acc = mix14_2(acc, y + 2); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    default: acc ^= y * 504u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix14_3(acc, y + 1); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    default: acc ^= y * 359u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_14_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_14_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix14_3(acc, y + 31); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    default: acc ^= y * 822u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix14_2(acc, y + 12); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    default: acc ^= y * 379u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix14_0(acc, y + 26); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix14_3(acc, y + 9); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_14_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_14_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix14_3(acc, y + 31); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    default: acc ^= y * 607u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix14_1(acc, y + 26); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix14_0(acc, y + 32); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    default: acc ^= y * 688u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix14_2(acc, y + 32); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    default: acc ^= y * 581u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix14_3(acc, y + 6); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix14_1(acc, y + 9); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 21: acc = mix14_0(acc, y + 21); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_14_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_14_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix14_0(acc, y + 10); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    default: acc ^= y * 563u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix14_2(acc, y + 2); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 4: acc = mix14_1(acc, y + 4); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix14_3(acc, y + 6); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_14_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_14_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix14_2(acc, y + 10); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 3: acc = mix14_2(acc, y + 3); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    default: acc ^= y * 588u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix14_3(acc, y + 22); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 21: acc = mix14_0(acc, y + 21); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    default: acc ^= y * 175u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix14_0(acc, y + 15); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix14_1(acc, y + 8); break;
    case 14: acc = mix14_2(acc, y + 14); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix14_1(acc, y + 16); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_14_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_14_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix14_0(acc, y + 31); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    default: acc ^= y * 210u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix14_3(acc, y + 4); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix14_2(acc, y + 30); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 35: acc = mix14_0(acc, y + 35); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    default: acc ^= y * 645u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix14_2(acc, y + 13); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 3: acc = mix14_2(acc, y + 3); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    default: acc ^= y * 73u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_14_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix14_2(acc, y + 14); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 31: acc = mix14_3(acc, y + 31); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix14_0(acc, y + 30); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    case 6: acc = mix14_1(acc, y + 6); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    default: acc ^= y * 404u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix14_0(acc, y + 3); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix14_3(acc, y + 8); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 39: acc = mix14_1(acc, y + 39); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    default: acc ^= y * 995u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_14_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_14_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix14_3(acc, y + 14); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix14_0(acc, y + 16); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 2: acc = mix14_2(acc, y + 2); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    default: acc ^= y * 937u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix14_2(acc, y + 4); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    default: acc ^= y * 373u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_14_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_14_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix14_3(acc, y + 24); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 21: acc = mix14_0(acc, y + 21); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    default: acc ^= y * 467u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix14_2(acc, y + 34); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    default: acc ^= y * 636u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix14_0(acc, y + 29); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    default: acc ^= y * 234u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix14_0(acc, y + 1); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_14_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_14_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix14_1(acc, y + 17); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    default: acc ^= y * 904u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix14_3(acc, y + 21); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix14_2(acc, y + 26); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    default: acc ^= y * 108u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_14_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_14_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix14_2(acc, y + 29); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    default: acc ^= y * 784u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix14_1(acc, y + 20); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix14_0(acc, y + 37); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 27: acc = mix14_3(acc, y + 27); break;
    default: acc ^= y * 607u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix14_0(acc, y + 9); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 4: acc = mix14_1(acc, y + 4); break;
    default: acc ^= y * 652u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix14_0(acc, y + 23); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    default: acc ^= y * 418u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix14_3(acc, y + 11); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    default: acc ^= y * 80u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_14_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_14_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix14_0(acc, y + 36); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix14_1(acc, y + 32); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix14_1(acc, y + 32); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix14_3(acc, y + 36); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    default: acc ^= y * 169u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix14_3(acc, y + 6); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix14_2(acc, y + 34); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    default: acc ^= y * 498u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_14_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_14_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix14_3(acc, y + 17); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    default: acc ^= y * 847u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix14_0(acc, y + 26); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    default: acc ^= y * 450u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix14_2(acc, y + 2); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix14_1(acc, y + 27); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    default: acc ^= y * 123u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix14_0(acc, y + 4); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    default: acc ^= y * 352u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 27: acc = mix14_1(acc, y + 27); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    default: acc ^= y * 498u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_14_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_14_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix14_0(acc, y + 10); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    default: acc ^= y * 356u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix14_1(acc, y + 15); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    default: acc ^= y * 691u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix14_2(acc, y + 21); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix14_1(acc, y + 39); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    default: acc ^= y * 12u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_14_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_14_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix14_0(acc, y + 32); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    default: acc ^= y * 721u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix14_1(acc, y + 35); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    default: acc ^= y * 112u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix14_1(acc, y + 27); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix14_3(acc, y + 31); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    default: acc ^= y * 231u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix14_3(acc, y + 14); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_14_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_14_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix14_0(acc, y + 28); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    default: acc ^= y * 88u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix14_3(acc, y + 2); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    default: acc ^= y * 231u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix14_0(acc, y + 18); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_14_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_14_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix14_0(acc, y + 9); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix14_3(acc, y + 31); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    default: acc ^= y * 720u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix14_3(acc, y + 5); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix14_2(acc, y + 19); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_14_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix14_1(acc, y + 19); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    default: acc ^= y * 323u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix14_3(acc, y + 27); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    default: acc ^= y * 774u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix14_0(acc, y + 6); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 3: acc = mix14_2(acc, y + 3); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix14_0(acc, y + 9); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    default: acc ^= y * 949u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix14_3(acc, y + 4); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    default: acc ^= y * 444u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_14_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_14_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix14_3(acc, y + 16); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    default: acc ^= y * 779u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix14_0(acc, y + 20); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    default: acc ^= y * 84u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix14_3(acc, y + 29); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    default: acc ^= y * 402u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix14_0(acc, y + 17); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 4: acc = mix14_1(acc, y + 4); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 27: acc = mix14_3(acc, y + 27); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_14_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_14_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix14_0(acc, y + 23); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    default: acc ^= y * 33u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix14_3(acc, y + 10); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix14_3(acc, y + 21); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    default: acc ^= y * 589u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix14_2(acc, y + 28); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    default: acc ^= y * 960u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix14_2(acc, y + 31); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_14_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_14_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix14_2(acc, y + 4); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix14_0(acc, y + 23); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix14_2(acc, y + 20); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    default: acc ^= y * 21u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix14_0(acc, y + 18); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 27: acc = mix14_3(acc, y + 27); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    default: acc ^= y * 232u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix14_3(acc, y + 25); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 31: acc = mix14_3(acc, y + 31); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix14_0(acc, y + 37); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_14_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_14_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix14_0(acc, y + 31); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    default: acc ^= y * 359u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix14_1(acc, y + 38); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 39: acc = mix14_1(acc, y + 39); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    default: acc ^= y * 867u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix14_3(acc, y + 22); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix14_0(acc, y + 14); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    case 2: acc = mix14_2(acc, y + 2); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    default: acc ^= y * 581u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_14_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix14_3(acc, y + 38); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    default: acc ^= y * 984u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix14_1(acc, y + 31); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    default: acc ^= y * 228u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix14_3(acc, y + 2); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    default: acc ^= y * 389u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_14_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_14_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix14_1(acc, y + 29); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    default: acc ^= y * 963u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix14_2(acc, y + 30); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    default: acc ^= y * 138u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix14_2(acc, y + 27); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 2: acc = mix14_2(acc, y + 2); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    default: acc ^= y * 754u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix14_1(acc, y + 31); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    default: acc ^= y * 371u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_14_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_14_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix14_3(acc, y + 17); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    default: acc ^= y * 363u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix14_1(acc, y + 1); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 35: acc = mix14_0(acc, y + 35); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix14_3(acc, y + 29); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    default: acc ^= y * 284u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix14_2(acc, y + 35); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    default: acc ^= y * 255u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix14_1(acc, y + 25); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 21: acc = mix14_0(acc, y + 21); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    default: acc ^= y * 234u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_14_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_14_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix14_3(acc, y + 19); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix14_0(acc, y + 19); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix14_2(acc, y + 5); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 14: acc = mix14_2(acc, y + 14); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    default: acc ^= y * 946u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix14_0(acc, y + 15); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix14_3(acc, y + 39); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 14: acc = mix14_2(acc, y + 14); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    default: acc ^= y * 349u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_14_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_14_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix14_0(acc, y + 10); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 31: acc = mix14_3(acc, y + 31); break;
    default: acc ^= y * 537u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix14_1(acc, y + 34); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    default: acc ^= y * 373u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix14_0(acc, y + 34); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    default: acc ^= y * 310u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix14_0(acc, y + 34); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_14_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_14_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix14_3(acc, y + 21); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix14_3(acc, y + 39); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    default: acc ^= y * 761u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix14_0(acc, y + 13); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix14_1(acc, y + 8); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    default: acc ^= y * 274u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_14_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_14_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix14_1(acc, y + 19); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    default: acc ^= y * 56u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix14_2(acc, y + 29); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 35: acc = mix14_0(acc, y + 35); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    default: acc ^= y * 116u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix14_0(acc, y + 17); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    default: acc ^= y * 579u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_14_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_14_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix14_2(acc, y + 30); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 31: acc = mix14_3(acc, y + 31); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix14_3(acc, y + 8); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix14_3(acc, y + 20); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 2: acc = mix14_2(acc, y + 2); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    default: acc ^= y * 420u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix14_1(acc, y + 20); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    default: acc ^= y * 792u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_14_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_14_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix14_3(acc, y + 4); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    default: acc ^= y * 644u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix14_2(acc, y + 29); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    default: acc ^= y * 268u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix14_0(acc, y + 28); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_14_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_14_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix14_1(acc, y + 35); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    default: acc ^= y * 347u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix14_3(acc, y + 17); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix14_2(acc, y + 38); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    default: acc ^= y * 100u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_14_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_14_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix14_0(acc, y + 19); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix14_0(acc, y + 24); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix14_2(acc, y + 13); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    default: acc ^= y * 403u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_14_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_14_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix14_1(acc, y + 36); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix14_2(acc, y + 3); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix14_2(acc, y + 5); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    default: acc ^= y * 26u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_14_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_14_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix14_2(acc, y + 28); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    default: acc ^= y * 508u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix14_2(acc, y + 19); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    default: acc ^= y * 949u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix14_2(acc, y + 21); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    default: acc ^= y * 773u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix14_2(acc, y + 29); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    default: acc ^= y * 808u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix14_2(acc, y + 23); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    default: acc ^= y * 508u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_14_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_14_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix14_1(acc, y + 39); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix14_3(acc, y + 29); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix14_2(acc, y + 36); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    default: acc ^= y * 52u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix14_2(acc, y + 30); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    default: acc ^= y * 860u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix14_3(acc, y + 35); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix14_2(acc, y + 30); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    default: acc ^= y * 300u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_14_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix14_0(acc, y + 34); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    default: acc ^= y * 339u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix14_3(acc, y + 5); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix14_0(acc, y + 29); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    case 31: acc = mix14_3(acc, y + 31); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix14_3(acc, y + 31); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_14_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_14_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix14_0(acc, y + 17); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix14_3(acc, y + 4); break;
    case 2: acc = mix14_2(acc, y + 2); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix14_1(acc, y + 28); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    default: acc ^= y * 794u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_14_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_14_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix14_1(acc, y + 19); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    default: acc ^= y * 289u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix14_1(acc, y + 32); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    default: acc ^= y * 142u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix14_3(acc, y + 1); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    default: acc ^= y * 89u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix14_3(acc, y + 22); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    default: acc ^= y * 818u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix14_3(acc, y + 8); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_14_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_14_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix14_3(acc, y + 6); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix14_1(acc, y + 25); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 14: acc = mix14_2(acc, y + 14); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    default: acc ^= y * 731u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix14_0(acc, y + 17); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    default: acc ^= y * 154u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_14_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix14_2(acc, y + 7); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    case 9: acc = mix14_3(acc, y + 9); break;
    default: acc ^= y * 597u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix14_3(acc, y + 3); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    default: acc ^= y * 821u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix14_1(acc, y + 25); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    default: acc ^= y * 687u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_14_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_14_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix14_2(acc, y + 38); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    default: acc ^= y * 315u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix14_2(acc, y + 10); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    default: acc ^= y * 863u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix14_3(acc, y + 16); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_14_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_14_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix14_0(acc, y + 1); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix14_2(acc, y + 22); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 10: acc = mix14_1(acc, y + 10); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    default: acc ^= y * 287u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix14_3(acc, y + 24); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix14_0(acc, y + 39); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix14_1(acc, y + 26); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    default: acc ^= y * 427u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 13: acc = mix14_0(acc, y + 13); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_14_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_14_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix14_0(acc, y + 36); break;
    case 9: acc = mix14_3(acc, y + 9); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    default: acc ^= y * 138u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix14_1(acc, y + 32); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    default: acc ^= y * 76u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix14_2(acc, y + 7); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix14_0(acc, y + 19); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    default: acc ^= y * 342u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix14_2(acc, y + 10); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    default: acc ^= y * 475u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix14_3(acc, y + 33); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_14_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_14_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix14_3(acc, y + 31); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 3: acc = mix14_2(acc, y + 3); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    default: acc ^= y * 817u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix14_2(acc, y + 37); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix14_2(acc, y + 3); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 35: acc = mix14_0(acc, y + 35); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    default: acc ^= y * 991u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_14_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_14_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix14_1(acc, y + 11); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    default: acc ^= y * 328u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix14_0(acc, y + 5); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix14_3(acc, y + 3); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    default: acc ^= y * 557u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix14_1(acc, y + 8); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 35: acc = mix14_0(acc, y + 35); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    default: acc ^= y * 732u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix14_3(acc, y + 7); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_14_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_14_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix14_2(acc, y + 21); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix14_3(acc, y + 1); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix14_3(acc, y + 12); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    case 27: acc = mix14_3(acc, y + 27); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    default: acc ^= y * 494u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix14_0(acc, y + 20); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix14_0(acc, y + 23); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    default: acc ^= y * 8u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 20: acc = mix14_0(acc, y + 20); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_14_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_14_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix14_2(acc, y + 26); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix14_1(acc, y + 22); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    default: acc ^= y * 854u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix14_1(acc, y + 27); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_14_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_14_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix14_2(acc, y + 28); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix14_3(acc, y + 11); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    default: acc ^= y * 277u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix14_3(acc, y + 4); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    default: acc ^= y * 224u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix14_3(acc, y + 12); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    default: acc ^= y * 856u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_14_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_14_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix14_2(acc, y + 22); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix14_3(acc, y + 21); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 31: acc = mix14_3(acc, y + 31); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    default: acc ^= y * 694u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix14_1(acc, y + 17); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 14: acc = mix14_2(acc, y + 14); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix14_3(acc, y + 18); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    default: acc ^= y * 343u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix14_0(acc, y + 22); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    default: acc ^= y * 100u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_14_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_14_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix14_3(acc, y + 33); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    default: acc ^= y * 682u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix14_0(acc, y + 3); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 27: acc = mix14_3(acc, y + 27); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    default: acc ^= y * 119u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix14_0(acc, y + 26); break;
    case 9: acc = mix14_3(acc, y + 9); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 14: acc = mix14_2(acc, y + 14); break;
    default: acc ^= y * 634u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix14_1(acc, y + 29); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    default: acc ^= y * 597u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix14_1(acc, y + 14); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    default: acc ^= y * 444u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix14_0(acc, y + 32); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_14_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_14_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix14_0(acc, y + 10); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    default: acc ^= y * 203u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix14_1(acc, y + 30); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    default: acc ^= y * 151u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix14_2(acc, y + 23); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 3: acc = mix14_2(acc, y + 3); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    default: acc ^= y * 650u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix14_2(acc, y + 25); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    default: acc ^= y * 441u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix14_2(acc, y + 5); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    default: acc ^= y * 38u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_14_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_14_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix14_0(acc, y + 36); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    default: acc ^= y * 550u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix14_3(acc, y + 39); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix14_0(acc, y + 30); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    default: acc ^= y * 698u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix14_3(acc, y + 21); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 9: acc = mix14_3(acc, y + 9); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix14_0(acc, y + 18); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 27: acc = mix14_3(acc, y + 27); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    default: acc ^= y * 641u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_14_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_14_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix14_1(acc, y + 2); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix14_2(acc, y + 23); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix14_3(acc, y + 28); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix14_1(acc, y + 31); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 3: acc = mix14_2(acc, y + 3); break;
    default: acc ^= y * 168u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix14_2(acc, y + 32); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_14_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_14_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix14_1(acc, y + 27); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    default: acc ^= y * 960u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix14_3(acc, y + 9); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    default: acc ^= y * 930u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix14_1(acc, y + 4); break;
    case 39: acc = mix14_1(acc, y + 39); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    default: acc ^= y * 661u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix14_2(acc, y + 25); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 4: acc = mix14_1(acc, y + 4); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix14_1(acc, y + 25); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix14_2(acc, y + 37); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 13: acc = mix14_0(acc, y + 13); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_14_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_14_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix14_3(acc, y + 6); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    default: acc ^= y * 993u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix14_3(acc, y + 36); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    default: acc ^= y * 872u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix14_1(acc, y + 18); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    default: acc ^= y * 130u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_14_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_14_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix14_1(acc, y + 39); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 35: acc = mix14_0(acc, y + 35); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    default: acc ^= y * 795u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix14_2(acc, y + 8); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix14_2(acc, y + 22); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix14_3(acc, y + 23); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    default: acc ^= y * 263u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_14_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_14_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix14_3(acc, y + 16); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    default: acc ^= y * 950u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix14_1(acc, y + 29); break;
    case 39: acc = mix14_1(acc, y + 39); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 31: acc = mix14_3(acc, y + 31); break;
    default: acc ^= y * 724u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix14_0(acc, y + 36); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    default: acc ^= y * 910u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix14_0(acc, y + 2); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix14_2(acc, y + 18); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 17: acc = mix14_2(acc, y + 17); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_14_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_14_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix14_1(acc, y + 33); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    default: acc ^= y * 97u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix14_2(acc, y + 28); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    default: acc ^= y * 949u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix14_2(acc, y + 38); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 6: acc = mix14_1(acc, y + 6); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix14_3(acc, y + 25); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    default: acc ^= y * 171u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_14_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_14_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix14_0(acc, y + 22); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    default: acc ^= y * 123u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix14_1(acc, y + 13); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix14_1(acc, y + 30); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 3: acc = mix14_2(acc, y + 3); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    default: acc ^= y * 685u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_14_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_14_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix14_0(acc, y + 10); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix14_3(acc, y + 31); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    default: acc ^= y * 322u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix14_3(acc, y + 16); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    default: acc ^= y * 274u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_14_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_14_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix14_1(acc, y + 29); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix14_2(acc, y + 15); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix14_0(acc, y + 23); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    default: acc ^= y * 138u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix14_3(acc, y + 17); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    default: acc ^= y * 828u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_14_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_14_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix14_0(acc, y + 33); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    default: acc ^= y * 347u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix14_0(acc, y + 36); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 4: acc = mix14_1(acc, y + 4); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix14_1(acc, y + 28); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 21: acc = mix14_0(acc, y + 21); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    default: acc ^= y * 756u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix14_1(acc, y + 36); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 21: acc = mix14_0(acc, y + 21); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix14_3(acc, y + 10); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    default: acc ^= y * 613u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix14_2(acc, y + 24); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_14_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix14_2(acc, y + 25); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix14_0(acc, y + 30); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix14_3(acc, y + 31); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix14_2(acc, y + 29); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    default: acc ^= y * 350u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix14_0(acc, y + 7); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_14_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_14_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix14_2(acc, y + 18); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 35: acc = mix14_0(acc, y + 35); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    default: acc ^= y * 830u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix14_1(acc, y + 38); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    default: acc ^= y * 902u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix14_0(acc, y + 27); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    default: acc ^= y * 81u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix14_2(acc, y + 39); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    default: acc ^= y * 976u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_14_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_14_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix14_3(acc, y + 12); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix14_1(acc, y + 12); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix14_2(acc, y + 1); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    default: acc ^= y * 757u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix14_0(acc, y + 35); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    default: acc ^= y * 695u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_14_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_14_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix14_0(acc, y + 23); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 2: acc = mix14_2(acc, y + 2); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix14_0(acc, y + 39); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 32: acc = mix14_0(acc, y + 32); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    default: acc ^= y * 343u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix14_3(acc, y + 6); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_14_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_14_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix14_1(acc, y + 20); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix14_1(acc, y + 5); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    default: acc ^= y * 181u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix14_0(acc, y + 24); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    default: acc ^= y * 366u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix14_3(acc, y + 10); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_14_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_14_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix14_3(acc, y + 35); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix14_0(acc, y + 34); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix14_3(acc, y + 21); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix14_2(acc, y + 20); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix14_1(acc, y + 25); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_14_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_14_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix14_3(acc, y + 39); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix14_0(acc, y + 17); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    default: acc ^= y * 702u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix14_0(acc, y + 19); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix14_0(acc, y + 2); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 8: acc = mix14_1(acc, y + 8); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_14_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_14_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix14_0(acc, y + 4); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    default: acc ^= y * 513u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix14_3(acc, y + 8); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    default: acc ^= y * 278u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix14_3(acc, y + 33); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    default: acc ^= y * 417u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix14_2(acc, y + 6); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix14_2(acc, y + 3); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    default: acc ^= y * 417u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix14_0(acc, y + 17); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    default: acc ^= y * 102u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_14_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_14_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix14_2(acc, y + 18); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 23: acc = mix14_1(acc, y + 23); break;
    case 12: acc = mix14_1(acc, y + 12); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix14_3(acc, y + 19); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix14_0(acc, y + 33); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix14_1(acc, y + 2); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    default: acc ^= y * 921u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_14_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_14_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix14_2(acc, y + 7); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    default: acc ^= y * 618u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix14_0(acc, y + 20); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    default: acc ^= y * 519u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix14_2(acc, y + 33); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix14_2(acc, y + 35); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix14_1(acc, y + 37); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 8: acc = mix14_3(acc, y + 8); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    default: acc ^= y * 857u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix14_3(acc, y + 31); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_14_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_14_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix14_1(acc, y + 29); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 21: acc = mix14_1(acc, y + 21); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix14_2(acc, y + 8); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 21: acc = mix14_0(acc, y + 21); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix14_2(acc, y + 7); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix14_3(acc, y + 10); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_14_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_14_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix14_3(acc, y + 11); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix14_0(acc, y + 12); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    default: acc ^= y * 508u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix14_1(acc, y + 39); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 26: acc = mix14_3(acc, y + 26); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix14_1(acc, y + 14); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 4: acc = mix14_1(acc, y + 4); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    default: acc ^= y * 760u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix14_1(acc, y + 26); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix14_2(acc, y + 12); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_14_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_14_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix14_2(acc, y + 30); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 29: acc = mix14_1(acc, y + 29); break;
    default: acc ^= y * 26u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix14_0(acc, y + 14); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 31: acc = mix14_3(acc, y + 31); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    default: acc ^= y * 464u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix14_3(acc, y + 5); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix14_1(acc, y + 29); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 36: acc = mix14_3(acc, y + 36); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    default: acc ^= y * 357u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_14_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_14_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix14_0(acc, y + 33); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 12: acc = mix14_3(acc, y + 12); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    default: acc ^= y * 420u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix14_0(acc, y + 6); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    default: acc ^= y * 550u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix14_0(acc, y + 19); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix14_0(acc, y + 27); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    default: acc ^= y * 747u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix14_1(acc, y + 27); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    default: acc ^= y * 984u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_14_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_14_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix14_3(acc, y + 12); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix14_2(acc, y + 36); break;
    case 37: acc = mix14_1(acc, y + 37); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix14_0(acc, y + 3); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_14_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_14_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix14_1(acc, y + 1); break;
    case 6: acc = mix14_1(acc, y + 6); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix14_0(acc, y + 17); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    default: acc ^= y * 733u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix14_0(acc, y + 4); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    default: acc ^= y * 500u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix14_1(acc, y + 27); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    default: acc ^= y * 875u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_14_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_14_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix14_1(acc, y + 25); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 39: acc = mix14_0(acc, y + 39); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 19: acc = mix14_1(acc, y + 19); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix14_1(acc, y + 33); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    default: acc ^= y * 775u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix14_2(acc, y + 18); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    default: acc ^= y * 628u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix14_2(acc, y + 23); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 19: acc = mix14_3(acc, y + 19); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix14_0(acc, y + 28); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    default: acc ^= y * 445u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix14_2(acc, y + 22); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 35: acc = mix14_3(acc, y + 35); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 21: acc = mix14_0(acc, y + 21); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    default: acc ^= y * 574u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_14_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_14_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix14_1(acc, y + 32); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 20: acc = mix14_1(acc, y + 20); break;
    case 6: acc = mix14_1(acc, y + 6); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    default: acc ^= y * 224u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix14_1(acc, y + 5); break;
    case 18: acc = mix14_2(acc, y + 18); break;
    case 26: acc = mix14_0(acc, y + 26); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix14_1(acc, y + 31); break;
    case 35: acc = mix14_0(acc, y + 35); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 6: acc = mix14_1(acc, y + 6); break;
    default: acc ^= y * 830u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix14_3(acc, y + 6); break;
    case 16: acc = mix14_2(acc, y + 16); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 3: acc = mix14_1(acc, y + 3); break;
    case 4: acc = mix14_1(acc, y + 4); break;
    default: acc ^= y * 696u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_14_98(acc, y ^ 99);
    return acc;
}
