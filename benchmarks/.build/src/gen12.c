#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix12_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix12_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix12_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix12_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_12_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix12_2(acc, y + 36); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix12_0(acc, y + 22); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    default: acc ^= y * 283u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix12_0(acc, y + 36); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    default: acc ^= y * 582u; break;
    }
    if (acc & 2048u) { sink = acc; }
    return acc;
}
uint32_t fn_12_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix12_1(acc, y + 18); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 31: acc = mix12_3(acc, y + 31); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    default: acc ^= y * 966u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix12_1(acc, y + 29); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix12_2(acc, y + 1); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    default: acc ^= y * 157u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix12_2(acc, y + 16); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix12_1(acc, y + 18); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    default: acc ^= y * 908u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_12_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_12_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix12_1(acc, y + 35); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    default: acc ^= y * 694u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix12_0(acc, y + 17); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    default: acc ^= y * 327u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix12_1(acc, y + 24); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix12_1(acc, y + 5); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    default: acc ^= y * 124u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix12_1(acc, y + 24); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    default: acc ^= y * 32u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix12_1(acc, y + 15); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    default: acc ^= y * 875u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_12_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix12_1(acc, y + 35); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    default: acc ^= y * 936u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix12_2(acc, y + 26); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix12_0(acc, y + 2); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix12_0(acc, y + 22); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 6: acc = mix12_3(acc, y + 6); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    default: acc ^= y * 688u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix12_0(acc, y + 10); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    default: acc ^= y * 531u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix12_1(acc, y + 3); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_12_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_12_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix12_2(acc, y + 35); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix12_3(acc, y + 8); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    default: acc ^= y * 531u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix12_3(acc, y + 7); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix12_0(acc, y + 15); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    default: acc ^= y * 867u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_12_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_12_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix12_3(acc, y + 18); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix12_1(acc, y + 18); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 31: acc = mix12_3(acc, y + 31); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix12_1(acc, y + 4); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix12_0(acc, y + 9); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    default: acc ^= y * 913u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_12_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_12_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix12_1(acc, y + 8); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix12_3(acc, y + 22); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    default: acc ^= y * 386u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix12_2(acc, y + 14); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix12_2(acc, y + 37); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    default: acc ^= y * 66u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix12_0(acc, y + 39); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    default: acc ^= y * 7u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 2: acc = mix12_3(acc, y + 2); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_12_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_12_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix12_0(acc, y + 20); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    default: acc ^= y * 465u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix12_1(acc, y + 34); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix12_0(acc, y + 39); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    default: acc ^= y * 584u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_12_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix12_2(acc, y + 25); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix12_0(acc, y + 25); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix12_0(acc, y + 17); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 21: acc = mix12_3(acc, y + 21); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_12_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_12_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix12_1(acc, y + 36); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    default: acc ^= y * 767u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix12_2(acc, y + 37); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix12_2(acc, y + 29); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    default: acc ^= y * 100u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix12_2(acc, y + 21); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    default: acc ^= y * 193u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_12_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix12_0(acc, y + 17); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix12_3(acc, y + 12); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    default: acc ^= y * 735u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix12_0(acc, y + 36); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    default: acc ^= y * 923u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_12_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix12_2(acc, y + 18); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 6: acc = mix12_3(acc, y + 6); break;
    default: acc ^= y * 945u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix12_3(acc, y + 9); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    default: acc ^= y * 575u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix12_0(acc, y + 22); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix12_0(acc, y + 27); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    default: acc ^= y * 955u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_12_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_12_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix12_1(acc, y + 38); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix12_0(acc, y + 35); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix12_1(acc, y + 35); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    default: acc ^= y * 536u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix12_3(acc, y + 13); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_12_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_12_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix12_0(acc, y + 35); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    default: acc ^= y * 765u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix12_1(acc, y + 27); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix12_2(acc, y + 34); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    default: acc ^= y * 995u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix12_3(acc, y + 27); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    default: acc ^= y * 961u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix12_0(acc, y + 6); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    default: acc ^= y * 477u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_12_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix12_2(acc, y + 18); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    default: acc ^= y * 786u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix12_2(acc, y + 24); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix12_0(acc, y + 24); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 21: acc = mix12_3(acc, y + 21); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix12_3(acc, y + 16); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    default: acc ^= y * 839u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_12_13(acc, y ^ 14);
    return acc;
}
