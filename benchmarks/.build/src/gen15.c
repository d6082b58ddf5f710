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
    case 16: acc = mix15_1(acc, y + 16); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 31: acc = mix15_3(acc, y + 31); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    default: acc ^= y * 974u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix15_0(acc, y + 24); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix15_0(acc, y + 36); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 34: acc = mix15_2(acc, y + 34); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 8u) { sink = acc; }
    return acc;
}
uint32_t fn_15_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix15_2(acc, y + 4); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    default: acc ^= y * 63u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix15_0(acc, y + 23); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 6: acc = mix15_0(acc, y + 6); break;
    default: acc ^= y * 83u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix15_0(acc, y + 35); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    default: acc ^= y * 390u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix15_0(acc, y + 16); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 30: acc = mix15_2(acc, y + 30); break;
    default: acc ^= y * 677u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix15_2(acc, y + 36); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    default: acc ^= y * 562u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix15_0(acc, y + 21); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 38: acc = mix15_1(acc, y + 38); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    default: acc ^= y * 650u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_15_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_15_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix15_1(acc, y + 26); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    default: acc ^= y * 788u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix15_0(acc, y + 35); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix15_3(acc, y + 37); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 18: acc = mix15_3(acc, y + 18); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    default: acc ^= y * 264u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix15_2(acc, y + 33); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 22: acc = mix15_0(acc, y + 22); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    case 19: acc = mix15_2(acc, y + 19); break;
    case 1: acc = mix15_3(acc, y + 1); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix15_0(acc, y + 7); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    default: acc ^= y * 314u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_15_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_15_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix15_0(acc, y + 39); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 32: acc = mix15_2(acc, y + 32); break;
    default: acc ^= y * 747u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix15_2(acc, y + 23); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 21: acc = mix15_1(acc, y + 21); break;
    case 13: acc = mix15_3(acc, y + 13); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix15_1(acc, y + 29); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 28: acc = mix15_3(acc, y + 28); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix15_2(acc, y + 37); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 3: acc = mix15_1(acc, y + 3); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    default: acc ^= y * 188u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_15_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix15_2(acc, y + 15); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 12: acc = mix15_3(acc, y + 12); break;
    default: acc ^= y * 366u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix15_1(acc, y + 35); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 36: acc = mix15_3(acc, y + 36); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    case 39: acc = mix15_3(acc, y + 39); break;
    case 17: acc = mix15_2(acc, y + 17); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix15_1(acc, y + 28); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_15_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_15_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix15_2(acc, y + 33); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    case 21: acc = mix15_0(acc, y + 21); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 8: acc = mix15_3(acc, y + 8); break;
    default: acc ^= y * 447u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix15_1(acc, y + 19); break;
    case 36: acc = mix15_2(acc, y + 36); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 16: acc = mix15_1(acc, y + 16); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 9: acc = mix15_1(acc, y + 9); break;
    default: acc ^= y * 24u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix15_3(acc, y + 12); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    case 35: acc = mix15_2(acc, y + 35); break;
    case 30: acc = mix15_1(acc, y + 30); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_15_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_15_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix15_0(acc, y + 6); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 18: acc = mix15_1(acc, y + 18); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix15_3(acc, y + 7); break;
    case 16: acc = mix15_3(acc, y + 16); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 37: acc = mix15_3(acc, y + 37); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix15_0(acc, y + 2); break;
    case 38: acc = mix15_1(acc, y + 38); break;
    case 10: acc = mix15_1(acc, y + 10); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 35: acc = mix15_0(acc, y + 35); break;
    case 17: acc = mix15_0(acc, y + 17); break;
    default: acc ^= y * 456u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix15_1(acc, y + 21); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 33: acc = mix15_3(acc, y + 33); break;
    case 10: acc = mix15_2(acc, y + 10); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    default: acc ^= y * 153u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix15_0(acc, y + 17); break;
    case 27: acc = mix15_2(acc, y + 27); break;
    case 10: acc = mix15_0(acc, y + 10); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 22: acc = mix15_3(acc, y + 22); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 28: acc = mix15_1(acc, y + 28); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    case 6: acc = mix15_2(acc, y + 6); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 20: acc = mix15_1(acc, y + 20); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_15_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_15_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix15_0(acc, y + 28); break;
    case 13: acc = mix15_1(acc, y + 13); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 10: acc = mix15_3(acc, y + 10); break;
    case 4: acc = mix15_3(acc, y + 4); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix15_1(acc, y + 7); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 21: acc = mix15_3(acc, y + 21); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    default: acc ^= y * 424u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix15_2(acc, y + 23); break;
    case 12: acc = mix15_1(acc, y + 12); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    default: acc ^= y * 525u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix15_0(acc, y + 23); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 7: acc = mix15_3(acc, y + 7); break;
    case 34: acc = mix15_1(acc, y + 34); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix15_1(acc, y + 9); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 27: acc = mix15_0(acc, y + 27); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 37: acc = mix15_2(acc, y + 37); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_15_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_15_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix15_1(acc, y + 13); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    case 33: acc = mix15_1(acc, y + 33); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 8: acc = mix15_1(acc, y + 8); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix15_1(acc, y + 33); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix15_2(acc, y + 14); break;
    case 20: acc = mix15_2(acc, y + 20); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_15_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_15_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix15_1(acc, y + 35); break;
    case 2: acc = mix15_3(acc, y + 2); break;
    case 14: acc = mix15_1(acc, y + 14); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    default: acc ^= y * 388u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix15_2(acc, y + 38); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 39: acc = mix15_1(acc, y + 39); break;
    case 3: acc = mix15_0(acc, y + 3); break;
    case 19: acc = mix15_0(acc, y + 19); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix15_0(acc, y + 34); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_15_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_15_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix15_1(acc, y + 30); break;
    case 13: acc = mix15_2(acc, y + 13); break;
    case 9: acc = mix15_3(acc, y + 9); break;
    case 4: acc = mix15_0(acc, y + 4); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 28: acc = mix15_1(acc, y + 28); break;
    default: acc ^= y * 657u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix15_2(acc, y + 10); break;
    case 28: acc = mix15_2(acc, y + 28); break;
    case 15: acc = mix15_2(acc, y + 15); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix15_0(acc, y + 24); break;
    case 5: acc = mix15_0(acc, y + 5); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    default: acc ^= y * 863u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_15_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_15_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix15_1(acc, y + 32); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 24: acc = mix15_0(acc, y + 24); break;
    case 35: acc = mix15_3(acc, y + 35); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    case 26: acc = mix15_1(acc, y + 26); break;
    default: acc ^= y * 733u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix15_0(acc, y + 26); break;
    case 24: acc = mix15_1(acc, y + 24); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    case 8: acc = mix15_0(acc, y + 8); break;
    case 7: acc = mix15_1(acc, y + 7); break;
    default: acc ^= y * 645u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix15_3(acc, y + 23); break;
    case 1: acc = mix15_2(acc, y + 1); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 15: acc = mix15_1(acc, y + 15); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    default: acc ^= y * 598u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix15_1(acc, y + 25); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 26: acc = mix15_3(acc, y + 26); break;
    case 2: acc = mix15_1(acc, y + 2); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix15_3(acc, y + 12); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 9: acc = mix15_0(acc, y + 9); break;
    case 19: acc = mix15_1(acc, y + 19); break;
    case 15: acc = mix15_3(acc, y + 15); break;
    case 25: acc = mix15_1(acc, y + 25); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_15_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_15_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix15_3(acc, y + 17); break;
    case 32: acc = mix15_3(acc, y + 32); break;
    case 39: acc = mix15_0(acc, y + 39); break;
    case 23: acc = mix15_3(acc, y + 23); break;
    case 14: acc = mix15_3(acc, y + 14); break;
    case 35: acc = mix15_1(acc, y + 35); break;
    default: acc ^= y * 899u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix15_0(acc, y + 7); break;
    case 38: acc = mix15_3(acc, y + 38); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 2: acc = mix15_2(acc, y + 2); break;
    case 34: acc = mix15_3(acc, y + 34); break;
    case 27: acc = mix15_1(acc, y + 27); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix15_1(acc, y + 5); break;
    case 28: acc = mix15_0(acc, y + 28); break;
    case 1: acc = mix15_0(acc, y + 1); break;
    case 11: acc = mix15_1(acc, y + 11); break;
    case 37: acc = mix15_1(acc, y + 37); break;
    case 34: acc = mix15_0(acc, y + 34); break;
    default: acc ^= y * 200u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix15_1(acc, y + 21); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 22: acc = mix15_1(acc, y + 22); break;
    case 36: acc = mix15_1(acc, y + 36); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    default: acc ^= y * 870u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_15_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_15_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix15_0(acc, y + 37); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 11: acc = mix15_2(acc, y + 11); break;
    case 30: acc = mix15_3(acc, y + 30); break;
    case 17: acc = mix15_3(acc, y + 17); break;
    case 13: acc = mix15_0(acc, y + 13); break;
    default: acc ^= y * 582u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix15_2(acc, y + 31); break;
    case 6: acc = mix15_1(acc, y + 6); break;
    case 32: acc = mix15_0(acc, y + 32); break;
    case 29: acc = mix15_0(acc, y + 29); break;
    case 23: acc = mix15_0(acc, y + 23); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix15_1(acc, y + 6); break;
    case 20: acc = mix15_3(acc, y + 20); break;
    case 29: acc = mix15_3(acc, y + 29); break;
    case 33: acc = mix15_0(acc, y + 33); break;
    case 11: acc = mix15_0(acc, y + 11); break;
    case 4: acc = mix15_2(acc, y + 4); break;
    default: acc ^= y * 724u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_15_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_15_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix15_1(acc, y + 31); break;
    case 39: acc = mix15_2(acc, y + 39); break;
    case 38: acc = mix15_2(acc, y + 38); break;
    case 5: acc = mix15_3(acc, y + 5); break;
    case 25: acc = mix15_3(acc, y + 25); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix15_0(acc, y + 6); break;
    case 20: acc = mix15_0(acc, y + 20); break;
    case 24: acc = mix15_2(acc, y + 24); break;
    case 15: acc = mix15_0(acc, y + 15); break;
    case 1: acc = mix15_1(acc, y + 1); break;
    case 7: acc = mix15_0(acc, y + 7); break;
    default: acc ^= y * 91u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix15_2(acc, y + 22); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 23: acc = mix15_2(acc, y + 23); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 17: acc = mix15_1(acc, y + 17); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix15_1(acc, y + 1); break;
    case 9: acc = mix15_2(acc, y + 9); break;
    case 4: acc = mix15_1(acc, y + 4); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 5: acc = mix15_1(acc, y + 5); break;
    case 26: acc = mix15_2(acc, y + 26); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix15_0(acc, y + 4); break;
    case 23: acc = mix15_1(acc, y + 23); break;
    case 3: acc = mix15_2(acc, y + 3); break;
    case 31: acc = mix15_2(acc, y + 31); break;
    case 21: acc = mix15_2(acc, y + 21); break;
    case 36: acc = mix15_0(acc, y + 36); break;
    default: acc ^= y * 459u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix15_3(acc, y + 39); break;
    case 38: acc = mix15_0(acc, y + 38); break;
    case 24: acc = mix15_3(acc, y + 24); break;
    case 18: acc = mix15_2(acc, y + 18); break;
    case 12: acc = mix15_2(acc, y + 12); break;
    case 22: acc = mix15_2(acc, y + 22); break;
    default: acc ^= y * 377u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_15_13(acc, y ^ 14);
    return acc;
}
