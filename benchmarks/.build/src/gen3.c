#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix3_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix3_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix3_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix3_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_3_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix3_0(acc, y + 4); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    default: acc ^= y * 907u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix3_2(acc, y + 22); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    default: acc ^= y * 473u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix3_2(acc, y + 6); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix3_3(acc, y + 17); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    default: acc ^= y * 109u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix3_3(acc, y + 33); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    default: acc ^= y * 184u; break;
    }
    if (acc & 32u) { sink = acc; }
    return acc;
}
uint32_t fn_3_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix3_0(acc, y + 6); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    default: acc ^= y * 63u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix3_0(acc, y + 3); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    default: acc ^= y * 477u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix3_2(acc, y + 24); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    default: acc ^= y * 811u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix3_3(acc, y + 19); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix3_3(acc, y + 27); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    default: acc ^= y * 91u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_3_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_3_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix3_1(acc, y + 9); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix3_3(acc, y + 7); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix3_0(acc, y + 9); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 33: acc = mix3_3(acc, y + 33); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix3_1(acc, y + 10); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 37: acc = mix3_2(acc, y + 37); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_3_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_3_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix3_1(acc, y + 35); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix3_1(acc, y + 13); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix3_0(acc, y + 9); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    default: acc ^= y * 932u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_3_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_3_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix3_1(acc, y + 37); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    default: acc ^= y * 602u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix3_3(acc, y + 21); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix3_3(acc, y + 14); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix3_1(acc, y + 22); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    default: acc ^= y * 72u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix3_0(acc, y + 18); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    default: acc ^= y * 414u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_3_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_3_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix3_1(acc, y + 13); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix3_2(acc, y + 20); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    default: acc ^= y * 39u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix3_3(acc, y + 38); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    default: acc ^= y * 808u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix3_0(acc, y + 9); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    default: acc ^= y * 537u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix3_3(acc, y + 24); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix3_1(acc, y + 8); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_3_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_3_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix3_0(acc, y + 21); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    default: acc ^= y * 762u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix3_2(acc, y + 9); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix3_3(acc, y + 14); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix3_2(acc, y + 29); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    default: acc ^= y * 104u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_3_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_3_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix3_3(acc, y + 3); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix3_2(acc, y + 9); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix3_0(acc, y + 20); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    default: acc ^= y * 78u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix3_1(acc, y + 39); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    default: acc ^= y * 67u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix3_3(acc, y + 31); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    default: acc ^= y * 19u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix3_3(acc, y + 6); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 474u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_3_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_3_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix3_3(acc, y + 18); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix3_0(acc, y + 36); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    default: acc ^= y * 794u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix3_1(acc, y + 22); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix3_1(acc, y + 22); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    default: acc ^= y * 533u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix3_1(acc, y + 21); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    default: acc ^= y * 933u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix3_0(acc, y + 37); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    default: acc ^= y * 493u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_3_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_3_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix3_0(acc, y + 8); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix3_3(acc, y + 8); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    default: acc ^= y * 944u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix3_0(acc, y + 3); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix3_0(acc, y + 25); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_3_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_3_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix3_3(acc, y + 29); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 26: acc = mix3_0(acc, y + 26); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix3_1(acc, y + 27); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    default: acc ^= y * 427u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix3_0(acc, y + 17); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    case 37: acc = mix3_2(acc, y + 37); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    default: acc ^= y * 13u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_3_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_3_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix3_3(acc, y + 11); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix3_3(acc, y + 37); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix3_2(acc, y + 24); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix3_0(acc, y + 16); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix3_3(acc, y + 8); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    default: acc ^= y * 143u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_3_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix3_3(acc, y + 7); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    default: acc ^= y * 656u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix3_0(acc, y + 22); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    default: acc ^= y * 182u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix3_1(acc, y + 7); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix3_2(acc, y + 36); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix3_3(acc, y + 39); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 3: acc = mix3_3(acc, y + 3); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix3_0(acc, y + 7); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_3_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix3_3(acc, y + 24); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix3_3(acc, y + 7); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix3_3(acc, y + 24); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    default: acc ^= y * 961u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix3_0(acc, y + 13); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    default: acc ^= y * 934u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix3_1(acc, y + 15); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 3: acc = mix3_3(acc, y + 3); break;
    default: acc ^= y * 389u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_3_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_3_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix3_0(acc, y + 6); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    default: acc ^= y * 30u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix3_3(acc, y + 24); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    default: acc ^= y * 758u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix3_3(acc, y + 28); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    default: acc ^= y * 266u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix3_2(acc, y + 25); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    default: acc ^= y * 839u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_3_13(acc, y ^ 14);
    return acc;
}
