#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix7_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix7_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix7_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix7_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_7_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix7_1(acc, y + 3); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix7_3(acc, y + 28); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    default: acc ^= y * 754u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix7_2(acc, y + 24); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 1: acc = mix7_3(acc, y + 1); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix7_0(acc, y + 4); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 3: acc = mix7_1(acc, y + 3); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix7_2(acc, y + 27); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 6: acc = mix7_1(acc, y + 6); break;
    case 26: acc = mix7_3(acc, y + 26); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 16u) { sink = acc; }
    return acc;
}
uint32_t fn_7_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix7_1(acc, y + 17); break;
    case 21: acc = mix7_0(acc, y + 21); break;
    case 35: acc = mix7_0(acc, y + 35); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix7_1(acc, y + 27); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    case 29: acc = mix7_2(acc, y + 29); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix7_1(acc, y + 6); break;
    case 15: acc = mix7_1(acc, y + 15); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 12: acc = mix7_2(acc, y + 12); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix7_2(acc, y + 17); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 2: acc = mix7_2(acc, y + 2); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 39: acc = mix7_3(acc, y + 39); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix7_0(acc, y + 23); break;
    case 36: acc = mix7_2(acc, y + 36); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    case 39: acc = mix7_1(acc, y + 39); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix7_1(acc, y + 8); break;
    case 35: acc = mix7_3(acc, y + 35); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 13: acc = mix7_2(acc, y + 13); break;
    case 38: acc = mix7_0(acc, y + 38); break;
    default: acc ^= y * 819u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_7_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_7_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix7_2(acc, y + 11); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    case 27: acc = mix7_3(acc, y + 27); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    default: acc ^= y * 903u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix7_0(acc, y + 6); break;
    case 33: acc = mix7_2(acc, y + 33); break;
    case 3: acc = mix7_2(acc, y + 3); break;
    case 25: acc = mix7_1(acc, y + 25); break;
    case 4: acc = mix7_3(acc, y + 4); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    default: acc ^= y * 741u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix7_1(acc, y + 12); break;
    case 30: acc = mix7_1(acc, y + 30); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix7_3(acc, y + 3); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 7: acc = mix7_0(acc, y + 7); break;
    case 30: acc = mix7_0(acc, y + 30); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_7_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_7_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix7_2(acc, y + 14); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 34: acc = mix7_0(acc, y + 34); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    default: acc ^= y * 810u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix7_2(acc, y + 18); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    default: acc ^= y * 788u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix7_3(acc, y + 32); break;
    case 37: acc = mix7_0(acc, y + 37); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    default: acc ^= y * 932u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_7_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_7_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix7_1(acc, y + 26); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 14: acc = mix7_1(acc, y + 14); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    default: acc ^= y * 71u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix7_2(acc, y + 32); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    default: acc ^= y * 782u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix7_1(acc, y + 17); break;
    case 14: acc = mix7_0(acc, y + 14); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_7_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_7_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix7_0(acc, y + 25); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 22: acc = mix7_1(acc, y + 22); break;
    case 18: acc = mix7_2(acc, y + 18); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix7_3(acc, y + 38); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 8: acc = mix7_1(acc, y + 8); break;
    default: acc ^= y * 231u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix7_2(acc, y + 9); break;
    case 29: acc = mix7_1(acc, y + 29); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 2: acc = mix7_0(acc, y + 2); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_7_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_7_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix7_1(acc, y + 35); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 32: acc = mix7_2(acc, y + 32); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix7_0(acc, y + 37); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix7_1(acc, y + 16); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 20: acc = mix7_0(acc, y + 20); break;
    default: acc ^= y * 179u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_7_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_7_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix7_2(acc, y + 19); break;
    case 20: acc = mix7_1(acc, y + 20); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 36: acc = mix7_0(acc, y + 36); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix7_1(acc, y + 3); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix7_1(acc, y + 22); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix7_0(acc, y + 29); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 12: acc = mix7_0(acc, y + 12); break;
    case 9: acc = mix7_3(acc, y + 9); break;
    case 34: acc = mix7_2(acc, y + 34); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    default: acc ^= y * 208u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix7_0(acc, y + 7); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 39: acc = mix7_2(acc, y + 39); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 13: acc = mix7_0(acc, y + 13); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    default: acc ^= y * 603u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix7_0(acc, y + 12); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 34: acc = mix7_1(acc, y + 34); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 36: acc = mix7_1(acc, y + 36); break;
    case 16: acc = mix7_0(acc, y + 16); break;
    default: acc ^= y * 280u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_7_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_7_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix7_0(acc, y + 19); break;
    case 11: acc = mix7_3(acc, y + 11); break;
    case 13: acc = mix7_1(acc, y + 13); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 9: acc = mix7_2(acc, y + 9); break;
    default: acc ^= y * 825u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix7_1(acc, y + 3); break;
    case 17: acc = mix7_3(acc, y + 17); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 28: acc = mix7_3(acc, y + 28); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 33: acc = mix7_3(acc, y + 33); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix7_3(acc, y + 30); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    case 1: acc = mix7_0(acc, y + 1); break;
    case 31: acc = mix7_0(acc, y + 31); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_7_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_7_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix7_3(acc, y + 8); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 26: acc = mix7_2(acc, y + 26); break;
    case 19: acc = mix7_3(acc, y + 19); break;
    case 16: acc = mix7_3(acc, y + 16); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    default: acc ^= y * 853u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix7_0(acc, y + 13); break;
    case 27: acc = mix7_1(acc, y + 27); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 32: acc = mix7_3(acc, y + 32); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix7_0(acc, y + 2); break;
    case 29: acc = mix7_3(acc, y + 29); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 19: acc = mix7_1(acc, y + 19); break;
    case 3: acc = mix7_3(acc, y + 3); break;
    default: acc ^= y * 529u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix7_1(acc, y + 34); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 15: acc = mix7_3(acc, y + 15); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    default: acc ^= y * 89u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix7_0(acc, y + 1); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 4: acc = mix7_0(acc, y + 4); break;
    case 21: acc = mix7_2(acc, y + 21); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 14: acc = mix7_2(acc, y + 14); break;
    default: acc ^= y * 514u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix7_3(acc, y + 17); break;
    case 27: acc = mix7_0(acc, y + 27); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 19: acc = mix7_0(acc, y + 19); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_7_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_7_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix7_1(acc, y + 22); break;
    case 31: acc = mix7_3(acc, y + 31); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 25: acc = mix7_3(acc, y + 25); break;
    case 2: acc = mix7_1(acc, y + 2); break;
    default: acc ^= y * 76u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix7_0(acc, y + 23); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 11: acc = mix7_2(acc, y + 11); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix7_3(acc, y + 5); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 15: acc = mix7_0(acc, y + 15); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 8: acc = mix7_3(acc, y + 8); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    default: acc ^= y * 767u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix7_1(acc, y + 12); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 23: acc = mix7_3(acc, y + 23); break;
    default: acc ^= y * 912u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix7_0(acc, y + 18); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 1: acc = mix7_2(acc, y + 1); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    default: acc ^= y * 946u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix7_3(acc, y + 34); break;
    case 28: acc = mix7_2(acc, y + 28); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 33: acc = mix7_0(acc, y + 33); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_7_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_7_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix7_2(acc, y + 31); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 13: acc = mix7_3(acc, y + 13); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 12: acc = mix7_3(acc, y + 12); break;
    case 20: acc = mix7_3(acc, y + 20); break;
    default: acc ^= y * 479u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix7_2(acc, y + 3); break;
    case 10: acc = mix7_2(acc, y + 10); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 31: acc = mix7_2(acc, y + 31); break;
    case 22: acc = mix7_2(acc, y + 22); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix7_3(acc, y + 11); break;
    case 8: acc = mix7_2(acc, y + 8); break;
    case 4: acc = mix7_2(acc, y + 4); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 5: acc = mix7_2(acc, y + 5); break;
    default: acc ^= y * 377u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_7_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_7_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix7_0(acc, y + 30); break;
    case 21: acc = mix7_1(acc, y + 21); break;
    case 32: acc = mix7_1(acc, y + 32); break;
    case 22: acc = mix7_0(acc, y + 22); break;
    case 14: acc = mix7_3(acc, y + 14); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix7_1(acc, y + 1); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 35: acc = mix7_1(acc, y + 35); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    case 23: acc = mix7_0(acc, y + 23); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix7_3(acc, y + 23); break;
    case 9: acc = mix7_1(acc, y + 9); break;
    case 21: acc = mix7_3(acc, y + 21); break;
    case 10: acc = mix7_1(acc, y + 10); break;
    case 8: acc = mix7_0(acc, y + 8); break;
    case 1: acc = mix7_1(acc, y + 1); break;
    default: acc ^= y * 833u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix7_0(acc, y + 2); break;
    case 31: acc = mix7_1(acc, y + 31); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    case 22: acc = mix7_3(acc, y + 22); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_7_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_7_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix7_0(acc, y + 10); break;
    case 7: acc = mix7_2(acc, y + 7); break;
    case 37: acc = mix7_1(acc, y + 37); break;
    case 17: acc = mix7_1(acc, y + 17); break;
    case 38: acc = mix7_1(acc, y + 38); break;
    case 32: acc = mix7_0(acc, y + 32); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix7_3(acc, y + 28); break;
    case 6: acc = mix7_0(acc, y + 6); break;
    case 24: acc = mix7_2(acc, y + 24); break;
    case 17: acc = mix7_2(acc, y + 17); break;
    case 11: acc = mix7_1(acc, y + 11); break;
    case 26: acc = mix7_0(acc, y + 26); break;
    default: acc ^= y * 737u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix7_2(acc, y + 4); break;
    case 28: acc = mix7_0(acc, y + 28); break;
    case 23: acc = mix7_2(acc, y + 23); break;
    case 18: acc = mix7_3(acc, y + 18); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 7: acc = mix7_1(acc, y + 7); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix7_3(acc, y + 30); break;
    case 18: acc = mix7_1(acc, y + 18); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 33: acc = mix7_1(acc, y + 33); break;
    case 6: acc = mix7_3(acc, y + 6); break;
    default: acc ^= y * 260u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_7_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_7_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix7_2(acc, y + 37); break;
    case 20: acc = mix7_2(acc, y + 20); break;
    case 17: acc = mix7_0(acc, y + 17); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    case 16: acc = mix7_2(acc, y + 16); break;
    case 4: acc = mix7_1(acc, y + 4); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix7_0(acc, y + 18); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    case 28: acc = mix7_1(acc, y + 28); break;
    case 36: acc = mix7_3(acc, y + 36); break;
    case 39: acc = mix7_0(acc, y + 39); break;
    case 5: acc = mix7_1(acc, y + 5); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix7_1(acc, y + 33); break;
    case 24: acc = mix7_0(acc, y + 24); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 30: acc = mix7_3(acc, y + 30); break;
    case 5: acc = mix7_0(acc, y + 5); break;
    case 19: acc = mix7_2(acc, y + 19); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix7_0(acc, y + 31); break;
    case 3: acc = mix7_0(acc, y + 3); break;
    case 38: acc = mix7_2(acc, y + 38); break;
    case 6: acc = mix7_2(acc, y + 6); break;
    case 16: acc = mix7_1(acc, y + 16); break;
    case 5: acc = mix7_3(acc, y + 5); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix7_2(acc, y + 36); break;
    case 10: acc = mix7_0(acc, y + 10); break;
    case 29: acc = mix7_0(acc, y + 29); break;
    case 2: acc = mix7_3(acc, y + 2); break;
    case 23: acc = mix7_1(acc, y + 23); break;
    case 37: acc = mix7_3(acc, y + 37); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_7_13(acc, y ^ 14);
    return acc;
}
