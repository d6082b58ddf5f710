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
    case 11: acc = mix6_3(acc, y + 11); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    default: acc ^= y * 72u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix6_2(acc, y + 39); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 34: acc = mix6_3(acc, y + 34); break;
    case 25: acc = mix6_0(acc, y + 25); break;
    case 9: acc = mix6_0(acc, y + 9); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix6_1(acc, y + 2); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix6_1(acc, y + 20); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 24: acc = mix6_3(acc, y + 24); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix6_2(acc, y + 37); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 32768u) { sink = acc; }
    return acc;
}
uint32_t fn_6_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix6_3(acc, y + 21); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 13: acc = mix6_2(acc, y + 13); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    default: acc ^= y * 222u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix6_0(acc, y + 32); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 21: acc = mix6_0(acc, y + 21); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix6_2(acc, y + 2); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 8: acc = mix6_3(acc, y + 8); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix6_1(acc, y + 18); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 23: acc = mix6_2(acc, y + 23); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix6_1(acc, y + 37); break;
    case 35: acc = mix6_1(acc, y + 35); break;
    case 26: acc = mix6_3(acc, y + 26); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 29: acc = mix6_1(acc, y + 29); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix6_1(acc, y + 7); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 24: acc = mix6_2(acc, y + 24); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_6_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_6_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix6_0(acc, y + 33); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    default: acc ^= y * 104u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix6_1(acc, y + 1); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix6_0(acc, y + 14); break;
    case 3: acc = mix6_2(acc, y + 3); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 24: acc = mix6_1(acc, y + 24); break;
    default: acc ^= y * 346u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_6_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_6_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix6_2(acc, y + 19); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 32: acc = mix6_3(acc, y + 32); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix6_0(acc, y + 12); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    default: acc ^= y * 815u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix6_3(acc, y + 4); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 8: acc = mix6_1(acc, y + 8); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix6_0(acc, y + 36); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    default: acc ^= y * 883u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_6_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_6_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix6_3(acc, y + 23); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix6_0(acc, y + 19); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 22: acc = mix6_0(acc, y + 22); break;
    case 12: acc = mix6_1(acc, y + 12); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix6_1(acc, y + 18); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 13: acc = mix6_3(acc, y + 13); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix6_3(acc, y + 1); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    default: acc ^= y * 427u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix6_2(acc, y + 18); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    default: acc ^= y * 587u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix6_2(acc, y + 34); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 29: acc = mix6_0(acc, y + 29); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_6_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_6_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix6_3(acc, y + 15); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 8: acc = mix6_2(acc, y + 8); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 32: acc = mix6_1(acc, y + 32); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix6_3(acc, y + 3); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 6: acc = mix6_0(acc, y + 6); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix6_3(acc, y + 6); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 18: acc = mix6_3(acc, y + 18); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    default: acc ^= y * 75u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix6_2(acc, y + 12); break;
    case 24: acc = mix6_0(acc, y + 24); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 5: acc = mix6_0(acc, y + 5); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 3: acc = mix6_1(acc, y + 3); break;
    default: acc ^= y * 585u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix6_0(acc, y + 17); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 32: acc = mix6_0(acc, y + 32); break;
    case 4: acc = mix6_3(acc, y + 4); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 16: acc = mix6_0(acc, y + 16); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_6_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_6_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix6_2(acc, y + 10); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix6_0(acc, y + 11); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 15: acc = mix6_3(acc, y + 15); break;
    case 37: acc = mix6_2(acc, y + 37); break;
    case 18: acc = mix6_1(acc, y + 18); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix6_0(acc, y + 7); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 19: acc = mix6_2(acc, y + 19); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix6_0(acc, y + 21); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 36: acc = mix6_0(acc, y + 36); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    default: acc ^= y * 631u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix6_3(acc, y + 24); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    case 38: acc = mix6_3(acc, y + 38); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 19: acc = mix6_1(acc, y + 19); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix6_1(acc, y + 36); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_6_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_6_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix6_2(acc, y + 19); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    case 16: acc = mix6_3(acc, y + 16); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 10: acc = mix6_0(acc, y + 10); break;
    default: acc ^= y * 74u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix6_0(acc, y + 33); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix6_3(acc, y + 24); break;
    case 14: acc = mix6_3(acc, y + 14); break;
    case 22: acc = mix6_1(acc, y + 22); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 36: acc = mix6_2(acc, y + 36); break;
    case 21: acc = mix6_2(acc, y + 21); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix6_3(acc, y + 1); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 22: acc = mix6_3(acc, y + 22); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix6_1(acc, y + 28); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 7: acc = mix6_1(acc, y + 7); break;
    case 17: acc = mix6_0(acc, y + 17); break;
    case 26: acc = mix6_2(acc, y + 26); break;
    default: acc ^= y * 972u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix6_2(acc, y + 36); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 25: acc = mix6_1(acc, y + 25); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_6_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_6_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix6_3(acc, y + 8); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 14: acc = mix6_0(acc, y + 14); break;
    case 27: acc = mix6_3(acc, y + 27); break;
    case 15: acc = mix6_2(acc, y + 15); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix6_3(acc, y + 7); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 1: acc = mix6_1(acc, y + 1); break;
    case 39: acc = mix6_2(acc, y + 39); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix6_3(acc, y + 26); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 16: acc = mix6_1(acc, y + 16); break;
    case 12: acc = mix6_0(acc, y + 12); break;
    case 11: acc = mix6_3(acc, y + 11); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_6_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_6_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix6_2(acc, y + 9); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    case 14: acc = mix6_1(acc, y + 14); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix6_0(acc, y + 38); break;
    case 15: acc = mix6_0(acc, y + 15); break;
    case 20: acc = mix6_3(acc, y + 20); break;
    case 2: acc = mix6_3(acc, y + 2); break;
    case 11: acc = mix6_0(acc, y + 11); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    default: acc ^= y * 793u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix6_3(acc, y + 37); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 30: acc = mix6_1(acc, y + 30); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 24: acc = mix6_1(acc, y + 24); break;
    default: acc ^= y * 215u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_6_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_6_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix6_0(acc, y + 10); break;
    case 39: acc = mix6_3(acc, y + 39); break;
    case 30: acc = mix6_2(acc, y + 30); break;
    case 1: acc = mix6_3(acc, y + 1); break;
    case 21: acc = mix6_3(acc, y + 21); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix6_1(acc, y + 31); break;
    case 25: acc = mix6_3(acc, y + 25); break;
    case 33: acc = mix6_1(acc, y + 33); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 8: acc = mix6_0(acc, y + 8); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix6_1(acc, y + 17); break;
    case 21: acc = mix6_1(acc, y + 21); break;
    case 15: acc = mix6_1(acc, y + 15); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 12: acc = mix6_3(acc, y + 12); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    default: acc ^= y * 416u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix6_0(acc, y + 12); break;
    case 26: acc = mix6_0(acc, y + 26); break;
    case 38: acc = mix6_0(acc, y + 38); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    case 35: acc = mix6_2(acc, y + 35); break;
    default: acc ^= y * 562u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix6_0(acc, y + 7); break;
    case 39: acc = mix6_1(acc, y + 39); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 10: acc = mix6_1(acc, y + 10); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_6_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_6_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix6_0(acc, y + 2); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 17: acc = mix6_2(acc, y + 17); break;
    case 6: acc = mix6_3(acc, y + 6); break;
    case 9: acc = mix6_3(acc, y + 9); break;
    case 32: acc = mix6_3(acc, y + 32); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix6_0(acc, y + 38); break;
    case 2: acc = mix6_1(acc, y + 2); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 20: acc = mix6_2(acc, y + 20); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix6_1(acc, y + 15); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 29: acc = mix6_2(acc, y + 29); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    case 32: acc = mix6_2(acc, y + 32); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_6_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_6_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix6_2(acc, y + 4); break;
    case 29: acc = mix6_3(acc, y + 29); break;
    case 33: acc = mix6_2(acc, y + 33); break;
    case 23: acc = mix6_3(acc, y + 23); break;
    case 27: acc = mix6_2(acc, y + 27); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix6_1(acc, y + 31); break;
    case 16: acc = mix6_2(acc, y + 16); break;
    case 3: acc = mix6_3(acc, y + 3); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 34: acc = mix6_1(acc, y + 34); break;
    case 14: acc = mix6_2(acc, y + 14); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix6_0(acc, y + 20); break;
    case 23: acc = mix6_0(acc, y + 23); break;
    case 26: acc = mix6_1(acc, y + 26); break;
    case 4: acc = mix6_1(acc, y + 4); break;
    case 36: acc = mix6_1(acc, y + 36); break;
    case 7: acc = mix6_2(acc, y + 7); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_6_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_6_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix6_1(acc, y + 37); break;
    case 19: acc = mix6_3(acc, y + 19); break;
    case 5: acc = mix6_1(acc, y + 5); break;
    case 1: acc = mix6_0(acc, y + 1); break;
    case 31: acc = mix6_3(acc, y + 31); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    default: acc ^= y * 219u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix6_1(acc, y + 17); break;
    case 27: acc = mix6_1(acc, y + 27); break;
    case 6: acc = mix6_2(acc, y + 6); break;
    case 7: acc = mix6_0(acc, y + 7); break;
    case 39: acc = mix6_0(acc, y + 39); break;
    case 38: acc = mix6_1(acc, y + 38); break;
    default: acc ^= y * 207u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix6_0(acc, y + 15); break;
    case 27: acc = mix6_0(acc, y + 27); break;
    case 28: acc = mix6_1(acc, y + 28); break;
    case 33: acc = mix6_0(acc, y + 33); break;
    case 36: acc = mix6_3(acc, y + 36); break;
    case 13: acc = mix6_1(acc, y + 13); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix6_0(acc, y + 33); break;
    case 13: acc = mix6_0(acc, y + 13); break;
    case 20: acc = mix6_1(acc, y + 20); break;
    case 19: acc = mix6_0(acc, y + 19); break;
    case 2: acc = mix6_0(acc, y + 2); break;
    case 37: acc = mix6_0(acc, y + 37); break;
    default: acc ^= y * 264u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix6_3(acc, y + 34); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 3: acc = mix6_0(acc, y + 3); break;
    case 28: acc = mix6_2(acc, y + 28); break;
    case 37: acc = mix6_1(acc, y + 37); break;
    default: acc ^= y * 283u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_6_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_6_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix6_2(acc, y + 26); break;
    case 6: acc = mix6_1(acc, y + 6); break;
    case 9: acc = mix6_2(acc, y + 9); break;
    case 23: acc = mix6_1(acc, y + 23); break;
    case 35: acc = mix6_3(acc, y + 35); break;
    case 17: acc = mix6_3(acc, y + 17); break;
    default: acc ^= y * 750u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix6_0(acc, y + 6); break;
    case 38: acc = mix6_2(acc, y + 38); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 4: acc = mix6_0(acc, y + 4); break;
    case 11: acc = mix6_2(acc, y + 11); break;
    case 20: acc = mix6_0(acc, y + 20); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix6_1(acc, y + 36); break;
    case 28: acc = mix6_0(acc, y + 28); break;
    case 33: acc = mix6_3(acc, y + 33); break;
    case 31: acc = mix6_1(acc, y + 31); break;
    case 10: acc = mix6_2(acc, y + 10); break;
    case 5: acc = mix6_3(acc, y + 5); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix6_2(acc, y + 21); break;
    case 11: acc = mix6_1(acc, y + 11); break;
    case 9: acc = mix6_1(acc, y + 9); break;
    case 37: acc = mix6_3(acc, y + 37); break;
    case 31: acc = mix6_2(acc, y + 31); break;
    case 18: acc = mix6_2(acc, y + 18); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_6_13(acc, y ^ 14);
    return acc;
}
