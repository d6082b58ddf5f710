#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix8_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix8_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix8_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix8_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_8_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix8_2(acc, y + 7); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix8_0(acc, y + 28); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix8_1(acc, y + 35); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    default: acc ^= y * 526u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix8_0(acc, y + 11); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    default: acc ^= y * 785u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix8_3(acc, y + 34); break;
    case 37: acc = mix8_0(acc, y + 37); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 512u) { sink = acc; }
    return acc;
}
uint32_t fn_8_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix8_1(acc, y + 16); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    default: acc ^= y * 76u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix8_0(acc, y + 18); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix8_1(acc, y + 1); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 28: acc = mix8_3(acc, y + 28); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_8_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_8_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix8_0(acc, y + 29); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    default: acc ^= y * 911u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix8_2(acc, y + 1); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix8_2(acc, y + 14); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    default: acc ^= y * 243u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix8_3(acc, y + 36); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    default: acc ^= y * 190u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix8_2(acc, y + 5); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    default: acc ^= y * 737u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_8_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_8_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix8_3(acc, y + 20); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    default: acc ^= y * 107u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix8_3(acc, y + 6); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    default: acc ^= y * 232u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix8_1(acc, y + 32); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix8_0(acc, y + 19); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    default: acc ^= y * 458u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_8_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_8_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix8_0(acc, y + 10); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix8_3(acc, y + 27); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 14: acc = mix8_0(acc, y + 14); break;
    default: acc ^= y * 320u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix8_0(acc, y + 1); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix8_2(acc, y + 5); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    default: acc ^= y * 316u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix8_2(acc, y + 29); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    default: acc ^= y * 640u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_8_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_8_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix8_3(acc, y + 31); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix8_0(acc, y + 14); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    default: acc ^= y * 773u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix8_1(acc, y + 21); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix8_3(acc, y + 7); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    default: acc ^= y * 966u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_8_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_8_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix8_1(acc, y + 10); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix8_3(acc, y + 31); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix8_2(acc, y + 34); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix8_1(acc, y + 39); break;
    case 28: acc = mix8_3(acc, y + 28); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    default: acc ^= y * 517u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix8_2(acc, y + 4); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    default: acc ^= y * 709u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_8_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_8_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix8_3(acc, y + 33); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    default: acc ^= y * 935u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix8_1(acc, y + 29); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    default: acc ^= y * 973u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix8_1(acc, y + 19); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix8_1(acc, y + 26); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_8_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_8_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix8_2(acc, y + 31); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    default: acc ^= y * 959u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix8_0(acc, y + 14); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix8_1(acc, y + 9); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_8_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_8_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix8_2(acc, y + 33); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix8_1(acc, y + 9); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix8_3(acc, y + 36); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    default: acc ^= y * 776u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix8_2(acc, y + 21); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    case 14: acc = mix8_0(acc, y + 14); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_8_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_8_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix8_1(acc, y + 9); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    default: acc ^= y * 112u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix8_2(acc, y + 18); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    default: acc ^= y * 454u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix8_2(acc, y + 10); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    default: acc ^= y * 229u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix8_0(acc, y + 18); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    default: acc ^= y * 602u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix8_3(acc, y + 9); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix8_3(acc, y + 33); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    default: acc ^= y * 778u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_8_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_8_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix8_3(acc, y + 38); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    default: acc ^= y * 989u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix8_2(acc, y + 39); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix8_0(acc, y + 17); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    default: acc ^= y * 724u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_8_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix8_1(acc, y + 7); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    default: acc ^= y * 12u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix8_0(acc, y + 6); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix8_3(acc, y + 22); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    default: acc ^= y * 178u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix8_1(acc, y + 15); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix8_3(acc, y + 38); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    default: acc ^= y * 268u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_8_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_8_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix8_3(acc, y + 38); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix8_1(acc, y + 15); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix8_1(acc, y + 16); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    default: acc ^= y * 844u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix8_2(acc, y + 4); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    default: acc ^= y * 480u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix8_2(acc, y + 27); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    default: acc ^= y * 833u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix8_2(acc, y + 36); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 14: acc = mix8_0(acc, y + 14); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_8_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_8_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix8_0(acc, y + 18); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix8_1(acc, y + 31); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    default: acc ^= y * 950u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix8_1(acc, y + 29); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    default: acc ^= y * 239u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_8_13(acc, y ^ 14);
    return acc;
}
