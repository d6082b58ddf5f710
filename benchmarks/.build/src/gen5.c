#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix5_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix5_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix5_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix5_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_5_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix5_2(acc, y + 14); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix5_3(acc, y + 20); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix5_0(acc, y + 35); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    default: acc ^= y * 435u; break;
    }
    if (acc & 2u) { sink = acc; }
    return acc;
}
uint32_t fn_5_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix5_2(acc, y + 17); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    default: acc ^= y * 765u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix5_3(acc, y + 19); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix5_1(acc, y + 38); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    case 8: acc = mix5_1(acc, y + 8); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix5_0(acc, y + 2); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    default: acc ^= y * 429u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix5_2(acc, y + 5); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 39: acc = mix5_2(acc, y + 39); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_5_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix5_0(acc, y + 4); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    default: acc ^= y * 779u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix5_0(acc, y + 29); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 16: acc = mix5_2(acc, y + 16); break;
    case 23: acc = mix5_3(acc, y + 23); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix5_0(acc, y + 4); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix5_0(acc, y + 36); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    default: acc ^= y * 315u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_5_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix5_1(acc, y + 29); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix5_0(acc, y + 24); break;
    case 11: acc = mix5_1(acc, y + 11); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 14: acc = mix5_1(acc, y + 14); break;
    case 2: acc = mix5_1(acc, y + 2); break;
    case 16: acc = mix5_0(acc, y + 16); break;
    default: acc ^= y * 888u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix5_1(acc, y + 9); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 5: acc = mix5_3(acc, y + 5); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix5_2(acc, y + 31); break;
    case 22: acc = mix5_2(acc, y + 22); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix5_0(acc, y + 6); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 30: acc = mix5_0(acc, y + 30); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix5_1(acc, y + 24); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 1: acc = mix5_3(acc, y + 1); break;
    default: acc ^= y * 437u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_5_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_5_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix5_1(acc, y + 7); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix5_1(acc, y + 13); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 5: acc = mix5_1(acc, y + 5); break;
    case 30: acc = mix5_2(acc, y + 30); break;
    case 14: acc = mix5_0(acc, y + 14); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    default: acc ^= y * 271u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix5_0(acc, y + 30); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix5_1(acc, y + 26); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 1: acc = mix5_2(acc, y + 1); break;
    case 21: acc = mix5_2(acc, y + 21); break;
    default: acc ^= y * 414u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_5_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_5_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix5_2(acc, y + 11); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    case 23: acc = mix5_1(acc, y + 23); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix5_3(acc, y + 30); break;
    case 17: acc = mix5_3(acc, y + 17); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 9: acc = mix5_2(acc, y + 9); break;
    default: acc ^= y * 211u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix5_2(acc, y + 6); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 10: acc = mix5_2(acc, y + 10); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    default: acc ^= y * 360u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_5_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix5_3(acc, y + 9); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 11: acc = mix5_0(acc, y + 11); break;
    case 16: acc = mix5_3(acc, y + 16); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix5_0(acc, y + 34); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix5_2(acc, y + 28); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    case 36: acc = mix5_2(acc, y + 36); break;
    case 19: acc = mix5_3(acc, y + 19); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix5_2(acc, y + 29); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    default: acc ^= y * 546u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_5_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix5_1(acc, y + 19); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 31: acc = mix5_2(acc, y + 31); break;
    case 7: acc = mix5_3(acc, y + 7); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix5_0(acc, y + 19); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    default: acc ^= y * 639u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix5_0(acc, y + 1); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 20: acc = mix5_3(acc, y + 20); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 35: acc = mix5_2(acc, y + 35); break;
    case 10: acc = mix5_3(acc, y + 10); break;
    default: acc ^= y * 560u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix5_0(acc, y + 28); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 38: acc = mix5_0(acc, y + 38); break;
    case 1: acc = mix5_0(acc, y + 1); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix5_3(acc, y + 37); break;
    case 12: acc = mix5_1(acc, y + 12); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 13: acc = mix5_1(acc, y + 13); break;
    case 3: acc = mix5_0(acc, y + 3); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix5_3(acc, y + 16); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 10: acc = mix5_1(acc, y + 10); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    default: acc ^= y * 110u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_5_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_5_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix5_1(acc, y + 22); break;
    case 36: acc = mix5_0(acc, y + 36); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix5_1(acc, y + 39); break;
    case 29: acc = mix5_2(acc, y + 29); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 6: acc = mix5_1(acc, y + 6); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix5_3(acc, y + 9); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 15: acc = mix5_2(acc, y + 15); break;
    case 7: acc = mix5_1(acc, y + 7); break;
    default: acc ^= y * 397u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix5_1(acc, y + 30); break;
    case 28: acc = mix5_3(acc, y + 28); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 32: acc = mix5_2(acc, y + 32); break;
    case 12: acc = mix5_2(acc, y + 12); break;
    default: acc ^= y * 483u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix5_0(acc, y + 7); break;
    case 26: acc = mix5_3(acc, y + 26); break;
    case 37: acc = mix5_1(acc, y + 37); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    default: acc ^= y * 784u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_5_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_5_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix5_1(acc, y + 33); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix5_2(acc, y + 39); break;
    case 27: acc = mix5_1(acc, y + 27); break;
    case 6: acc = mix5_2(acc, y + 6); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 34: acc = mix5_0(acc, y + 34); break;
    case 18: acc = mix5_0(acc, y + 18); break;
    default: acc ^= y * 373u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix5_1(acc, y + 18); break;
    case 34: acc = mix5_1(acc, y + 34); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    default: acc ^= y * 973u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix5_0(acc, y + 36); break;
    case 5: acc = mix5_0(acc, y + 5); break;
    case 34: acc = mix5_3(acc, y + 34); break;
    case 2: acc = mix5_2(acc, y + 2); break;
    case 8: acc = mix5_2(acc, y + 8); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix5_1(acc, y + 2); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 18: acc = mix5_2(acc, y + 18); break;
    case 4: acc = mix5_0(acc, y + 4); break;
    case 12: acc = mix5_3(acc, y + 12); break;
    case 32: acc = mix5_0(acc, y + 32); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix5_3(acc, y + 26); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    case 9: acc = mix5_0(acc, y + 9); break;
    case 21: acc = mix5_0(acc, y + 21); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 35: acc = mix5_0(acc, y + 35); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_5_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_5_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix5_2(acc, y + 3); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 14: acc = mix5_3(acc, y + 14); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 25: acc = mix5_0(acc, y + 25); break;
    case 4: acc = mix5_3(acc, y + 4); break;
    default: acc ^= y * 125u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix5_1(acc, y + 6); break;
    case 29: acc = mix5_3(acc, y + 29); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    default: acc ^= y * 366u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix5_0(acc, y + 19); break;
    case 9: acc = mix5_3(acc, y + 9); break;
    case 13: acc = mix5_3(acc, y + 13); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 31: acc = mix5_1(acc, y + 31); break;
    case 30: acc = mix5_1(acc, y + 30); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix5_0(acc, y + 39); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 38: acc = mix5_1(acc, y + 38); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 33: acc = mix5_1(acc, y + 33); break;
    default: acc ^= y * 296u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_5_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_5_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix5_1(acc, y + 36); break;
    case 27: acc = mix5_2(acc, y + 27); break;
    case 25: acc = mix5_3(acc, y + 25); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix5_3(acc, y + 16); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 5: acc = mix5_2(acc, y + 5); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    case 19: acc = mix5_0(acc, y + 19); break;
    default: acc ^= y * 109u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix5_1(acc, y + 17); break;
    case 37: acc = mix5_3(acc, y + 37); break;
    case 13: acc = mix5_0(acc, y + 13); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 8: acc = mix5_0(acc, y + 8); break;
    case 19: acc = mix5_2(acc, y + 19); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_5_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_5_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix5_2(acc, y + 29); break;
    case 27: acc = mix5_0(acc, y + 27); break;
    case 39: acc = mix5_3(acc, y + 39); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    case 35: acc = mix5_3(acc, y + 35); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix5_1(acc, y + 29); break;
    case 3: acc = mix5_3(acc, y + 3); break;
    case 24: acc = mix5_3(acc, y + 24); break;
    case 2: acc = mix5_0(acc, y + 2); break;
    case 18: acc = mix5_3(acc, y + 18); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix5_1(acc, y + 3); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 21: acc = mix5_3(acc, y + 21); break;
    case 12: acc = mix5_0(acc, y + 12); break;
    case 8: acc = mix5_3(acc, y + 8); break;
    case 27: acc = mix5_3(acc, y + 27); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix5_3(acc, y + 18); break;
    case 22: acc = mix5_0(acc, y + 22); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 7: acc = mix5_2(acc, y + 7); break;
    case 33: acc = mix5_0(acc, y + 33); break;
    case 28: acc = mix5_0(acc, y + 28); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix5_3(acc, y + 9); break;
    case 22: acc = mix5_1(acc, y + 22); break;
    case 23: acc = mix5_2(acc, y + 23); break;
    case 28: acc = mix5_2(acc, y + 28); break;
    case 37: acc = mix5_2(acc, y + 37); break;
    case 20: acc = mix5_0(acc, y + 20); break;
    default: acc ^= y * 600u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix5_1(acc, y + 9); break;
    case 25: acc = mix5_2(acc, y + 25); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 10: acc = mix5_0(acc, y + 10); break;
    case 37: acc = mix5_0(acc, y + 37); break;
    case 24: acc = mix5_0(acc, y + 24); break;
    default: acc ^= y * 385u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_5_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_5_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix5_2(acc, y + 30); break;
    case 29: acc = mix5_1(acc, y + 29); break;
    case 35: acc = mix5_1(acc, y + 35); break;
    case 36: acc = mix5_3(acc, y + 36); break;
    case 4: acc = mix5_1(acc, y + 4); break;
    case 17: acc = mix5_0(acc, y + 17); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix5_2(acc, y + 35); break;
    case 32: acc = mix5_1(acc, y + 32); break;
    case 6: acc = mix5_3(acc, y + 6); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 26: acc = mix5_1(acc, y + 26); break;
    default: acc ^= y * 654u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix5_3(acc, y + 9); break;
    case 24: acc = mix5_1(acc, y + 24); break;
    case 16: acc = mix5_1(acc, y + 16); break;
    case 26: acc = mix5_0(acc, y + 26); break;
    case 17: acc = mix5_1(acc, y + 17); break;
    case 18: acc = mix5_1(acc, y + 18); break;
    default: acc ^= y * 589u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix5_2(acc, y + 33); break;
    case 7: acc = mix5_0(acc, y + 7); break;
    case 26: acc = mix5_2(acc, y + 26); break;
    case 23: acc = mix5_0(acc, y + 23); break;
    case 34: acc = mix5_2(acc, y + 34); break;
    case 30: acc = mix5_3(acc, y + 30); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix5_0(acc, y + 39); break;
    case 38: acc = mix5_2(acc, y + 38); break;
    case 19: acc = mix5_1(acc, y + 19); break;
    case 17: acc = mix5_2(acc, y + 17); break;
    case 3: acc = mix5_1(acc, y + 3); break;
    case 11: acc = mix5_3(acc, y + 11); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_5_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_5_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix5_3(acc, y + 3); break;
    case 21: acc = mix5_1(acc, y + 21); break;
    case 31: acc = mix5_0(acc, y + 31); break;
    case 39: acc = mix5_1(acc, y + 39); break;
    case 20: acc = mix5_1(acc, y + 20); break;
    case 25: acc = mix5_1(acc, y + 25); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix5_3(acc, y + 32); break;
    case 28: acc = mix5_1(acc, y + 28); break;
    case 38: acc = mix5_3(acc, y + 38); break;
    case 33: acc = mix5_3(acc, y + 33); break;
    case 29: acc = mix5_0(acc, y + 29); break;
    case 31: acc = mix5_3(acc, y + 31); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix5_3(acc, y + 21); break;
    case 3: acc = mix5_2(acc, y + 3); break;
    case 15: acc = mix5_3(acc, y + 15); break;
    case 38: acc = mix5_0(acc, y + 38); break;
    case 4: acc = mix5_2(acc, y + 4); break;
    case 1: acc = mix5_1(acc, y + 1); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_5_13(acc, y ^ 14);
    return acc;
}
