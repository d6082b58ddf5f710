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
    case 17: acc = mix12_3(acc, y + 17); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 5: acc = mix12_1(acc, y + 5); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    default: acc ^= y * 205u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix12_3(acc, y + 13); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    default: acc ^= y * 205u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix12_2(acc, y + 24); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix12_2(acc, y + 17); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    default: acc ^= y * 340u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix12_3(acc, y + 36); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    default: acc ^= y * 240u; break;
    }
    if (acc & 2048u) { sink = acc; }
    return acc;
}
uint32_t fn_12_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix12_2(acc, y + 3); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    default: acc ^= y * 524u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix12_0(acc, y + 38); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix12_2(acc, y + 6); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    default: acc ^= y * 184u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix12_1(acc, y + 6); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 5: acc = mix12_1(acc, y + 5); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix12_1(acc, y + 30); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_12_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix12_2(acc, y + 33); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    default: acc ^= y * 11u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix12_1(acc, y + 25); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix12_3(acc, y + 39); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_12_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_12_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix12_2(acc, y + 6); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    default: acc ^= y * 717u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix12_2(acc, y + 1); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    default: acc ^= y * 476u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix12_2(acc, y + 25); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    default: acc ^= y * 421u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix12_1(acc, y + 20); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_12_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix12_3(acc, y + 22); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix12_3(acc, y + 10); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    default: acc ^= y * 982u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix12_2(acc, y + 21); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_12_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix12_2(acc, y + 35); break;
    case 5: acc = mix12_1(acc, y + 5); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    default: acc ^= y * 554u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix12_1(acc, y + 9); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    default: acc ^= y * 173u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix12_1(acc, y + 31); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    default: acc ^= y * 929u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix12_1(acc, y + 15); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix12_2(acc, y + 22); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    default: acc ^= y * 963u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 5: acc = mix12_1(acc, y + 5); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    default: acc ^= y * 508u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_12_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix12_2(acc, y + 12); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    default: acc ^= y * 105u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix12_2(acc, y + 37); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    default: acc ^= y * 626u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix12_3(acc, y + 7); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix12_3(acc, y + 30); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    default: acc ^= y * 67u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix12_3(acc, y + 34); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix12_1(acc, y + 7); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    default: acc ^= y * 660u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_12_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_12_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix12_1(acc, y + 8); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix12_3(acc, y + 24); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    default: acc ^= y * 597u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix12_1(acc, y + 11); break;
    case 1: acc = mix12_1(acc, y + 1); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix12_2(acc, y + 38); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_12_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_12_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix12_1(acc, y + 1); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix12_3(acc, y + 18); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 31: acc = mix12_3(acc, y + 31); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    default: acc ^= y * 56u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix12_1(acc, y + 36); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    default: acc ^= y * 196u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_12_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_12_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix12_0(acc, y + 6); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    default: acc ^= y * 877u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix12_2(acc, y + 16); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    default: acc ^= y * 890u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix12_3(acc, y + 30); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    default: acc ^= y * 309u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix12_0(acc, y + 4); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    default: acc ^= y * 572u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix12_2(acc, y + 26); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    default: acc ^= y * 698u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_12_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_12_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix12_0(acc, y + 3); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix12_0(acc, y + 6); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    default: acc ^= y * 174u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix12_1(acc, y + 37); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    default: acc ^= y * 287u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix12_2(acc, y + 2); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix12_0(acc, y + 10); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    default: acc ^= y * 308u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_12_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_12_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix12_2(acc, y + 17); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix12_2(acc, y + 3); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    default: acc ^= y * 177u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix12_1(acc, y + 29); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    default: acc ^= y * 3u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_12_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix12_1(acc, y + 28); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    default: acc ^= y * 356u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix12_1(acc, y + 4); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix12_0(acc, y + 33); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix12_3(acc, y + 27); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_12_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix12_0(acc, y + 18); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix12_2(acc, y + 31); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    default: acc ^= y * 95u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix12_3(acc, y + 36); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 1: acc = mix12_1(acc, y + 1); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_12_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix12_0(acc, y + 25); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    default: acc ^= y * 894u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix12_3(acc, y + 36); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    default: acc ^= y * 595u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix12_2(acc, y + 34); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    default: acc ^= y * 646u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_12_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix12_2(acc, y + 24); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix12_3(acc, y + 18); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    default: acc ^= y * 100u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix12_1(acc, y + 26); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix12_3(acc, y + 20); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix12_0(acc, y + 7); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    default: acc ^= y * 761u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix12_3(acc, y + 36); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    default: acc ^= y * 870u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_12_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_12_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix12_3(acc, y + 35); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    default: acc ^= y * 123u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix12_1(acc, y + 3); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    default: acc ^= y * 562u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix12_0(acc, y + 29); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix12_0(acc, y + 19); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    default: acc ^= y * 186u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix12_2(acc, y + 2); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    default: acc ^= y * 836u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_12_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_12_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix12_3(acc, y + 39); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    default: acc ^= y * 109u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix12_2(acc, y + 29); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    case 5: acc = mix12_1(acc, y + 5); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    default: acc ^= y * 986u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix12_1(acc, y + 28); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 31: acc = mix12_3(acc, y + 31); break;
    default: acc ^= y * 912u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix12_2(acc, y + 21); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    default: acc ^= y * 389u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix12_2(acc, y + 11); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_12_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_12_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix12_2(acc, y + 6); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    default: acc ^= y * 88u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix12_2(acc, y + 32); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    default: acc ^= y * 463u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix12_1(acc, y + 6); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    default: acc ^= y * 28u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix12_2(acc, y + 14); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix12_0(acc, y + 19); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    default: acc ^= y * 514u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_12_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix12_3(acc, y + 36); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 1: acc = mix12_1(acc, y + 1); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix12_0(acc, y + 5); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    default: acc ^= y * 146u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix12_0(acc, y + 2); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    default: acc ^= y * 538u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix12_0(acc, y + 14); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    default: acc ^= y * 370u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix12_1(acc, y + 22); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix12_0(acc, y + 12); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    default: acc ^= y * 20u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_12_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_12_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix12_0(acc, y + 16); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    default: acc ^= y * 270u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix12_3(acc, y + 16); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    default: acc ^= y * 255u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix12_0(acc, y + 4); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    default: acc ^= y * 54u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix12_0(acc, y + 10); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_12_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_12_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix12_2(acc, y + 31); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix12_0(acc, y + 8); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix12_3(acc, y + 20); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    default: acc ^= y * 145u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix12_1(acc, y + 13); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_12_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix12_3(acc, y + 34); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix12_0(acc, y + 16); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    default: acc ^= y * 370u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix12_0(acc, y + 6); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 5: acc = mix12_1(acc, y + 5); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix12_1(acc, y + 19); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    default: acc ^= y * 145u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_12_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_12_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix12_0(acc, y + 38); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix12_1(acc, y + 23); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    default: acc ^= y * 946u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix12_0(acc, y + 2); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    default: acc ^= y * 828u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_12_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix12_2(acc, y + 33); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix12_2(acc, y + 18); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    default: acc ^= y * 691u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix12_2(acc, y + 7); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    default: acc ^= y * 785u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix12_0(acc, y + 25); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix12_3(acc, y + 20); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    default: acc ^= y * 782u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix12_1(acc, y + 7); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_12_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix12_0(acc, y + 6); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    default: acc ^= y * 504u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix12_1(acc, y + 9); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    default: acc ^= y * 765u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix12_0(acc, y + 24); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    default: acc ^= y * 988u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix12_2(acc, y + 13); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 1: acc = mix12_1(acc, y + 1); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    default: acc ^= y * 423u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix12_1(acc, y + 5); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    default: acc ^= y * 386u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_12_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix12_3(acc, y + 27); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix12_2(acc, y + 25); break;
    case 1: acc = mix12_1(acc, y + 1); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    default: acc ^= y * 600u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix12_1(acc, y + 12); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    default: acc ^= y * 878u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix12_2(acc, y + 12); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    default: acc ^= y * 627u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_12_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_12_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix12_2(acc, y + 6); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix12_3(acc, y + 28); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix12_3(acc, y + 18); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    default: acc ^= y * 345u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix12_0(acc, y + 9); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix12_0(acc, y + 23); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_12_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_12_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix12_0(acc, y + 6); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix12_1(acc, y + 36); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    default: acc ^= y * 354u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix12_3(acc, y + 13); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix12_0(acc, y + 28); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    default: acc ^= y * 119u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix12_1(acc, y + 32); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix12_2(acc, y + 18); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    default: acc ^= y * 11u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_12_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_12_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix12_1(acc, y + 24); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix12_2(acc, y + 1); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix12_3(acc, y + 4); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    default: acc ^= y * 636u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix12_0(acc, y + 1); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix12_0(acc, y + 34); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    default: acc ^= y * 8u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix12_1(acc, y + 29); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    default: acc ^= y * 713u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_12_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_12_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix12_2(acc, y + 21); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    default: acc ^= y * 641u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix12_0(acc, y + 15); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    default: acc ^= y * 580u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix12_2(acc, y + 28); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix12_1(acc, y + 11); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    default: acc ^= y * 334u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_12_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_12_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix12_0(acc, y + 7); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    default: acc ^= y * 601u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix12_2(acc, y + 19); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    default: acc ^= y * 227u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix12_2(acc, y + 28); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    default: acc ^= y * 627u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix12_1(acc, y + 18); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    default: acc ^= y * 419u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix12_3(acc, y + 14); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_12_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_12_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix12_0(acc, y + 36); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    default: acc ^= y * 179u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix12_2(acc, y + 12); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix12_0(acc, y + 3); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    default: acc ^= y * 7u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_12_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_12_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix12_1(acc, y + 38); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix12_3(acc, y + 30); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix12_3(acc, y + 39); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    default: acc ^= y * 911u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_12_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_12_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix12_2(acc, y + 24); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    default: acc ^= y * 198u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix12_1(acc, y + 29); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix12_1(acc, y + 27); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    default: acc ^= y * 131u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix12_0(acc, y + 21); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    default: acc ^= y * 976u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix12_2(acc, y + 12); break;
    case 1: acc = mix12_1(acc, y + 1); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    default: acc ^= y * 562u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_12_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_12_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix12_2(acc, y + 7); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 21: acc = mix12_3(acc, y + 21); break;
    default: acc ^= y * 146u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix12_0(acc, y + 12); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    default: acc ^= y * 682u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix12_1(acc, y + 28); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    default: acc ^= y * 506u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix12_1(acc, y + 7); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_12_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_12_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix12_0(acc, y + 38); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    default: acc ^= y * 19u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix12_3(acc, y + 10); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix12_2(acc, y + 18); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix12_2(acc, y + 36); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    default: acc ^= y * 861u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_12_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_12_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix12_2(acc, y + 39); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    default: acc ^= y * 521u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix12_1(acc, y + 24); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix12_0(acc, y + 32); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    default: acc ^= y * 879u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix12_2(acc, y + 37); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    default: acc ^= y * 929u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix12_1(acc, y + 3); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    default: acc ^= y * 746u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_12_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix12_0(acc, y + 16); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix12_1(acc, y + 20); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix12_0(acc, y + 2); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    default: acc ^= y * 984u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix12_3(acc, y + 31); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    default: acc ^= y * 291u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix12_3(acc, y + 20); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix12_2(acc, y + 19); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    default: acc ^= y * 270u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_12_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_12_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix12_2(acc, y + 29); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 31: acc = mix12_3(acc, y + 31); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    default: acc ^= y * 635u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix12_3(acc, y + 37); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    default: acc ^= y * 227u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix12_2(acc, y + 18); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_12_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix12_3(acc, y + 33); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix12_2(acc, y + 34); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix12_0(acc, y + 11); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix12_3(acc, y + 2); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    default: acc ^= y * 972u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_12_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_12_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix12_1(acc, y + 11); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    default: acc ^= y * 684u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix12_0(acc, y + 3); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix12_2(acc, y + 21); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    default: acc ^= y * 36u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix12_3(acc, y + 34); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    default: acc ^= y * 70u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix12_0(acc, y + 37); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix12_0(acc, y + 3); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    default: acc ^= y * 965u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_12_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix12_1(acc, y + 13); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 31: acc = mix12_3(acc, y + 31); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    default: acc ^= y * 587u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix12_3(acc, y + 8); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix12_3(acc, y + 22); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    default: acc ^= y * 579u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix12_2(acc, y + 20); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix12_1(acc, y + 13); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    default: acc ^= y * 545u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix12_0(acc, y + 9); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_12_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix12_0(acc, y + 9); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 5: acc = mix12_1(acc, y + 5); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    default: acc ^= y * 839u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix12_3(acc, y + 10); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix12_2(acc, y + 34); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 6: acc = mix12_3(acc, y + 6); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix12_1(acc, y + 38); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix12_0(acc, y + 4); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix12_1(acc, y + 24); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_12_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix12_1(acc, y + 1); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    default: acc ^= y * 681u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix12_3(acc, y + 22); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    default: acc ^= y * 877u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix12_3(acc, y + 13); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    default: acc ^= y * 709u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix12_1(acc, y + 28); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    default: acc ^= y * 902u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix12_3(acc, y + 28); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix12_0(acc, y + 39); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_12_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix12_3(acc, y + 25); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    default: acc ^= y * 465u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix12_2(acc, y + 4); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    default: acc ^= y * 507u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix12_0(acc, y + 37); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    default: acc ^= y * 341u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix12_0(acc, y + 36); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    default: acc ^= y * 975u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_12_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_12_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix12_3(acc, y + 23); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix12_0(acc, y + 36); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    default: acc ^= y * 945u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix12_1(acc, y + 35); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    default: acc ^= y * 150u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_12_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix12_2(acc, y + 10); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix12_1(acc, y + 22); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    default: acc ^= y * 537u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix12_1(acc, y + 10); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    default: acc ^= y * 384u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix12_2(acc, y + 8); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    default: acc ^= y * 97u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix12_1(acc, y + 1); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    default: acc ^= y * 20u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_12_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_12_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix12_1(acc, y + 32); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    default: acc ^= y * 465u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix12_2(acc, y + 14); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    default: acc ^= y * 440u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix12_0(acc, y + 5); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    default: acc ^= y * 798u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix12_0(acc, y + 9); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_12_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_12_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix12_1(acc, y + 13); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    default: acc ^= y * 399u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix12_1(acc, y + 19); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    default: acc ^= y * 321u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix12_1(acc, y + 8); break;
    case 31: acc = mix12_3(acc, y + 31); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix12_1(acc, y + 21); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    default: acc ^= y * 913u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix12_3(acc, y + 33); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    default: acc ^= y * 554u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix12_2(acc, y + 3); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_12_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix12_1(acc, y + 9); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix12_2(acc, y + 39); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix12_2(acc, y + 11); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    default: acc ^= y * 264u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix12_3(acc, y + 31); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_12_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix12_1(acc, y + 7); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    default: acc ^= y * 594u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix12_2(acc, y + 7); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    default: acc ^= y * 118u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix12_0(acc, y + 36); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    default: acc ^= y * 729u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix12_1(acc, y + 15); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_12_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_12_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix12_3(acc, y + 3); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    default: acc ^= y * 257u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix12_0(acc, y + 12); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix12_1(acc, y + 33); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 1: acc = mix12_1(acc, y + 1); break;
    case 5: acc = mix12_1(acc, y + 5); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    default: acc ^= y * 479u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix12_2(acc, y + 26); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_12_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix12_0(acc, y + 20); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    default: acc ^= y * 972u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix12_0(acc, y + 7); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix12_0(acc, y + 2); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix12_1(acc, y + 2); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    default: acc ^= y * 263u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix12_2(acc, y + 10); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix12_3(acc, y + 30); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    default: acc ^= y * 208u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_12_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_12_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix12_2(acc, y + 18); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    default: acc ^= y * 403u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix12_3(acc, y + 15); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix12_3(acc, y + 35); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    default: acc ^= y * 691u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix12_1(acc, y + 19); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    default: acc ^= y * 263u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_12_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix12_1(acc, y + 13); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix12_1(acc, y + 24); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix12_0(acc, y + 6); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    default: acc ^= y * 441u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_12_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix12_1(acc, y + 25); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    default: acc ^= y * 9u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix12_1(acc, y + 16); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix12_2(acc, y + 18); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    default: acc ^= y * 855u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix12_0(acc, y + 38); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix12_1(acc, y + 7); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    default: acc ^= y * 847u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_12_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_12_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix12_0(acc, y + 14); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix12_1(acc, y + 27); break;
    case 6: acc = mix12_3(acc, y + 6); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix12_0(acc, y + 26); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    default: acc ^= y * 595u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix12_1(acc, y + 3); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    default: acc ^= y * 935u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix12_1(acc, y + 39); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    default: acc ^= y * 842u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix12_1(acc, y + 29); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_12_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix12_0(acc, y + 7); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix12_3(acc, y + 37); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    default: acc ^= y * 308u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix12_2(acc, y + 20); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 21: acc = mix12_3(acc, y + 21); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    default: acc ^= y * 463u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_12_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_12_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix12_1(acc, y + 17); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    default: acc ^= y * 728u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix12_0(acc, y + 32); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    default: acc ^= y * 8u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix12_2(acc, y + 16); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    default: acc ^= y * 158u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix12_2(acc, y + 32); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_12_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_12_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix12_1(acc, y + 11); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    default: acc ^= y * 955u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix12_0(acc, y + 8); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix12_0(acc, y + 21); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_12_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_12_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix12_2(acc, y + 12); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 1: acc = mix12_1(acc, y + 1); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    default: acc ^= y * 715u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix12_3(acc, y + 37); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix12_2(acc, y + 19); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix12_1(acc, y + 14); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    default: acc ^= y * 75u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix12_1(acc, y + 1); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    default: acc ^= y * 378u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_12_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_12_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix12_1(acc, y + 7); break;
    case 23: acc = mix12_0(acc, y + 23); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    default: acc ^= y * 233u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix12_0(acc, y + 9); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    default: acc ^= y * 136u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix12_2(acc, y + 35); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    default: acc ^= y * 160u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_12_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_12_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix12_3(acc, y + 33); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix12_0(acc, y + 6); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix12_3(acc, y + 29); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    default: acc ^= y * 762u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix12_3(acc, y + 27); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    default: acc ^= y * 811u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix12_3(acc, y + 15); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    default: acc ^= y * 831u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_12_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix12_2(acc, y + 15); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    default: acc ^= y * 197u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix12_1(acc, y + 21); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix12_3(acc, y + 20); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix12_3(acc, y + 3); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix12_3(acc, y + 33); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    default: acc ^= y * 869u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_12_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_12_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix12_1(acc, y + 33); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    default: acc ^= y * 349u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix12_3(acc, y + 26); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    default: acc ^= y * 158u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix12_0(acc, y + 24); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    default: acc ^= y * 823u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix12_2(acc, y + 15); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    default: acc ^= y * 574u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix12_2(acc, y + 28); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_12_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix12_2(acc, y + 9); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    default: acc ^= y * 173u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix12_2(acc, y + 26); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix12_3(acc, y + 30); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix12_1(acc, y + 14); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    default: acc ^= y * 930u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix12_0(acc, y + 9); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    default: acc ^= y * 918u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix12_2(acc, y + 39); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    default: acc ^= y * 298u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_12_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix12_1(acc, y + 19); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    default: acc ^= y * 685u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix12_1(acc, y + 4); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix12_3(acc, y + 3); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix12_2(acc, y + 15); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 34: acc = mix12_3(acc, y + 34); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    default: acc ^= y * 936u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix12_3(acc, y + 32); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    default: acc ^= y * 275u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_12_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_12_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix12_1(acc, y + 33); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    default: acc ^= y * 474u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix12_0(acc, y + 18); break;
    case 36: acc = mix12_3(acc, y + 36); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix12_2(acc, y + 25); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 21: acc = mix12_3(acc, y + 21); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix12_2(acc, y + 33); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_12_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix12_1(acc, y + 23); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    default: acc ^= y * 821u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix12_1(acc, y + 5); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    default: acc ^= y * 144u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix12_0(acc, y + 14); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    default: acc ^= y * 614u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix12_3(acc, y + 37); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 21: acc = mix12_3(acc, y + 21); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_12_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_12_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix12_0(acc, y + 6); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    default: acc ^= y * 877u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix12_2(acc, y + 36); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix12_0(acc, y + 31); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    default: acc ^= y * 568u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix12_0(acc, y + 22); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    default: acc ^= y * 766u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_12_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_12_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix12_2(acc, y + 1); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    default: acc ^= y * 602u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix12_2(acc, y + 9); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    default: acc ^= y * 179u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix12_0(acc, y + 17); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    default: acc ^= y * 74u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_12_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_12_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix12_3(acc, y + 1); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 33: acc = mix12_2(acc, y + 33); break;
    default: acc ^= y * 642u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix12_3(acc, y + 2); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix12_1(acc, y + 24); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 3: acc = mix12_3(acc, y + 3); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix12_0(acc, y + 29); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    default: acc ^= y * 114u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix12_3(acc, y + 30); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    default: acc ^= y * 349u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 5: acc = mix12_1(acc, y + 5); break;
    case 30: acc = mix12_3(acc, y + 30); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    default: acc ^= y * 68u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_12_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_12_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix12_1(acc, y + 30); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 33: acc = mix12_0(acc, y + 33); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix12_2(acc, y + 25); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    default: acc ^= y * 614u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix12_1(acc, y + 32); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix12_1(acc, y + 2); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_12_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_12_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix12_0(acc, y + 32); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    default: acc ^= y * 265u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix12_2(acc, y + 11); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix12_1(acc, y + 21); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    default: acc ^= y * 194u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix12_1(acc, y + 7); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 31: acc = mix12_3(acc, y + 31); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_12_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_12_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix12_2(acc, y + 37); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix12_0(acc, y + 10); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    default: acc ^= y * 158u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix12_3(acc, y + 31); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    default: acc ^= y * 725u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix12_3(acc, y + 28); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    default: acc ^= y * 947u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix12_3(acc, y + 15); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 25: acc = mix12_1(acc, y + 25); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 16: acc = mix12_1(acc, y + 16); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    default: acc ^= y * 449u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_12_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_12_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix12_1(acc, y + 24); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    default: acc ^= y * 777u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix12_1(acc, y + 28); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    default: acc ^= y * 561u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix12_0(acc, y + 28); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    default: acc ^= y * 259u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_12_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_12_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix12_0(acc, y + 15); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    default: acc ^= y * 709u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix12_3(acc, y + 13); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 29: acc = mix12_0(acc, y + 29); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix12_2(acc, y + 30); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 24: acc = mix12_2(acc, y + 24); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 6: acc = mix12_3(acc, y + 6); break;
    default: acc ^= y * 679u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix12_3(acc, y + 9); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    default: acc ^= y * 264u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_12_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix12_2(acc, y + 16); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 18: acc = mix12_1(acc, y + 18); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix12_0(acc, y + 7); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 21: acc = mix12_3(acc, y + 21); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix12_1(acc, y + 9); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    case 6: acc = mix12_3(acc, y + 6); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    default: acc ^= y * 382u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix12_1(acc, y + 25); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    default: acc ^= y * 542u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_12_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_12_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix12_1(acc, y + 14); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 17: acc = mix12_2(acc, y + 17); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    default: acc ^= y * 859u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix12_1(acc, y + 16); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    default: acc ^= y * 734u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix12_2(acc, y + 31); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    default: acc ^= y * 406u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_12_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix12_0(acc, y + 38); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    default: acc ^= y * 452u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix12_3(acc, y + 32); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 9: acc = mix12_1(acc, y + 9); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    default: acc ^= y * 170u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix12_0(acc, y + 10); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 13: acc = mix12_0(acc, y + 13); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    default: acc ^= y * 728u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix12_3(acc, y + 2); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    default: acc ^= y * 567u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_12_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_12_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix12_1(acc, y + 4); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    default: acc ^= y * 434u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix12_0(acc, y + 9); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix12_0(acc, y + 4); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 28: acc = mix12_2(acc, y + 28); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix12_2(acc, y + 36); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    case 19: acc = mix12_2(acc, y + 19); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    default: acc ^= y * 26u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix12_2(acc, y + 4); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_12_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix12_1(acc, y + 24); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 10: acc = mix12_0(acc, y + 10); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    default: acc ^= y * 271u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix12_3(acc, y + 32); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix12_3(acc, y + 2); break;
    case 33: acc = mix12_1(acc, y + 33); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    default: acc ^= y * 117u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix12_0(acc, y + 11); break;
    case 39: acc = mix12_0(acc, y + 39); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 6: acc = mix12_3(acc, y + 6); break;
    case 4: acc = mix12_0(acc, y + 4); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix12_1(acc, y + 10); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_12_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_12_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix12_1(acc, y + 1); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    default: acc ^= y * 642u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix12_0(acc, y + 14); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 9: acc = mix12_0(acc, y + 9); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix12_0(acc, y + 25); break;
    case 16: acc = mix12_2(acc, y + 16); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    default: acc ^= y * 810u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix12_1(acc, y + 11); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_12_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_12_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix12_0(acc, y + 11); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    case 1: acc = mix12_1(acc, y + 1); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix12_0(acc, y + 21); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 5: acc = mix12_0(acc, y + 5); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    default: acc ^= y * 250u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix12_2(acc, y + 39); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    default: acc ^= y * 352u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_12_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_12_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix12_1(acc, y + 35); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 18: acc = mix12_0(acc, y + 18); break;
    default: acc ^= y * 847u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix12_0(acc, y + 13); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 4: acc = mix12_1(acc, y + 4); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix12_3(acc, y + 12); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    default: acc ^= y * 184u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix12_0(acc, y + 10); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    case 22: acc = mix12_1(acc, y + 22); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    default: acc ^= y * 193u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix12_0(acc, y + 18); break;
    case 21: acc = mix12_3(acc, y + 21); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 25: acc = mix12_0(acc, y + 25); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix12_0(acc, y + 29); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_12_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_12_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix12_2(acc, y + 36); break;
    case 4: acc = mix12_3(acc, y + 4); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    default: acc ^= y * 657u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix12_2(acc, y + 38); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix12_1(acc, y + 26); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    default: acc ^= y * 993u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix12_1(acc, y + 18); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 27: acc = mix12_2(acc, y + 27); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix12_0(acc, y + 17); break;
    case 11: acc = mix12_3(acc, y + 11); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 8: acc = mix12_1(acc, y + 8); break;
    case 5: acc = mix12_1(acc, y + 5); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_12_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix12_3(acc, y + 13); break;
    case 32: acc = mix12_3(acc, y + 32); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 30: acc = mix12_2(acc, y + 30); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    case 36: acc = mix12_2(acc, y + 36); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix12_1(acc, y + 19); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix12_3(acc, y + 21); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix12_3(acc, y + 3); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    default: acc ^= y * 309u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix12_2(acc, y + 14); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    default: acc ^= y * 474u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_12_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_12_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix12_2(acc, y + 18); break;
    case 6: acc = mix12_2(acc, y + 6); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 26: acc = mix12_0(acc, y + 26); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    default: acc ^= y * 488u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix12_0(acc, y + 22); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    default: acc ^= y * 863u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix12_3(acc, y + 14); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    default: acc ^= y * 936u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix12_3(acc, y + 33); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_12_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_12_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix12_0(acc, y + 7); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    case 21: acc = mix12_3(acc, y + 21); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix12_0(acc, y + 15); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 20: acc = mix12_2(acc, y + 20); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    default: acc ^= y * 367u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix12_1(acc, y + 5); break;
    case 23: acc = mix12_2(acc, y + 23); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    default: acc ^= y * 827u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix12_1(acc, y + 22); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 5: acc = mix12_1(acc, y + 5); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 25: acc = mix12_3(acc, y + 25); break;
    default: acc ^= y * 608u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix12_1(acc, y + 10); break;
    case 20: acc = mix12_3(acc, y + 20); break;
    case 27: acc = mix12_1(acc, y + 27); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    case 8: acc = mix12_3(acc, y + 8); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_12_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix12_3(acc, y + 34); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 4: acc = mix12_2(acc, y + 4); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix12_2(acc, y + 10); break;
    case 16: acc = mix12_0(acc, y + 16); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 21: acc = mix12_1(acc, y + 21); break;
    case 34: acc = mix12_0(acc, y + 34); break;
    default: acc ^= y * 714u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix12_3(acc, y + 1); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 18: acc = mix12_3(acc, y + 18); break;
    case 23: acc = mix12_3(acc, y + 23); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    default: acc ^= y * 467u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix12_0(acc, y + 27); break;
    case 30: acc = mix12_0(acc, y + 30); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 2: acc = mix12_2(acc, y + 2); break;
    case 39: acc = mix12_3(acc, y + 39); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_12_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_12_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix12_1(acc, y + 11); break;
    case 12: acc = mix12_1(acc, y + 12); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix12_1(acc, y + 31); break;
    case 24: acc = mix12_0(acc, y + 24); break;
    case 23: acc = mix12_1(acc, y + 23); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 35: acc = mix12_0(acc, y + 35); break;
    case 14: acc = mix12_0(acc, y + 14); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix12_1(acc, y + 18); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 7: acc = mix12_2(acc, y + 7); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 25: acc = mix12_1(acc, y + 25); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix12_0(acc, y + 11); break;
    case 17: acc = mix12_0(acc, y + 17); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    case 33: acc = mix12_3(acc, y + 33); break;
    case 35: acc = mix12_1(acc, y + 35); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    default: acc ^= y * 268u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix12_2(acc, y + 7); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    default: acc ^= y * 30u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix12_1(acc, y + 31); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 15: acc = mix12_0(acc, y + 15); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    default: acc ^= y * 455u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_12_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix12_1(acc, y + 14); break;
    case 6: acc = mix12_1(acc, y + 6); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    case 28: acc = mix12_0(acc, y + 28); break;
    default: acc ^= y * 237u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix12_0(acc, y + 28); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 32: acc = mix12_0(acc, y + 32); break;
    case 3: acc = mix12_2(acc, y + 3); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    default: acc ^= y * 274u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix12_1(acc, y + 26); break;
    case 38: acc = mix12_1(acc, y + 38); break;
    case 6: acc = mix12_3(acc, y + 6); break;
    case 2: acc = mix12_1(acc, y + 2); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_12_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_12_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix12_1(acc, y + 30); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 10: acc = mix12_1(acc, y + 10); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    case 38: acc = mix12_0(acc, y + 38); break;
    default: acc ^= y * 99u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix12_2(acc, y + 31); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    case 14: acc = mix12_3(acc, y + 14); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    default: acc ^= y * 548u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix12_2(acc, y + 30); break;
    case 19: acc = mix12_3(acc, y + 19); break;
    case 26: acc = mix12_1(acc, y + 26); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 31: acc = mix12_1(acc, y + 31); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    default: acc ^= y * 970u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix12_3(acc, y + 7); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 22: acc = mix12_0(acc, y + 22); break;
    case 2: acc = mix12_0(acc, y + 2); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    case 16: acc = mix12_3(acc, y + 16); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_12_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_12_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix12_0(acc, y + 14); break;
    case 36: acc = mix12_0(acc, y + 36); break;
    case 3: acc = mix12_1(acc, y + 3); break;
    case 38: acc = mix12_3(acc, y + 38); break;
    case 15: acc = mix12_2(acc, y + 15); break;
    case 19: acc = mix12_0(acc, y + 19); break;
    default: acc ^= y * 845u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix12_1(acc, y + 12); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    case 20: acc = mix12_0(acc, y + 20); break;
    case 13: acc = mix12_3(acc, y + 13); break;
    case 26: acc = mix12_2(acc, y + 26); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix12_3(acc, y + 23); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    case 32: acc = mix12_1(acc, y + 32); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 11: acc = mix12_0(acc, y + 11); break;
    case 1: acc = mix12_0(acc, y + 1); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_12_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_12_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix12_3(acc, y + 19); break;
    case 15: acc = mix12_1(acc, y + 15); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 11: acc = mix12_2(acc, y + 11); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    default: acc ^= y * 907u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix12_2(acc, y + 25); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 31: acc = mix12_0(acc, y + 31); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 15: acc = mix12_3(acc, y + 15); break;
    case 24: acc = mix12_3(acc, y + 24); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix12_3(acc, y + 22); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 39: acc = mix12_1(acc, y + 39); break;
    case 19: acc = mix12_1(acc, y + 19); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix12_2(acc, y + 14); break;
    case 31: acc = mix12_2(acc, y + 31); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 27: acc = mix12_0(acc, y + 27); break;
    case 21: acc = mix12_0(acc, y + 21); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix12_3(acc, y + 24); break;
    case 18: acc = mix12_2(acc, y + 18); break;
    case 31: acc = mix12_3(acc, y + 31); break;
    case 17: acc = mix12_3(acc, y + 17); break;
    case 12: acc = mix12_0(acc, y + 12); break;
    case 22: acc = mix12_3(acc, y + 22); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_12_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_12_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix12_2(acc, y + 14); break;
    case 3: acc = mix12_0(acc, y + 3); break;
    case 6: acc = mix12_3(acc, y + 6); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 13: acc = mix12_2(acc, y + 13); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    default: acc ^= y * 437u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix12_0(acc, y + 8); break;
    case 22: acc = mix12_2(acc, y + 22); break;
    case 34: acc = mix12_1(acc, y + 34); break;
    case 9: acc = mix12_3(acc, y + 9); break;
    case 13: acc = mix12_1(acc, y + 13); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    default: acc ^= y * 394u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix12_0(acc, y + 31); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 37: acc = mix12_2(acc, y + 37); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 1: acc = mix12_3(acc, y + 1); break;
    default: acc ^= y * 136u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_12_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_12_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix12_3(acc, y + 9); break;
    case 10: acc = mix12_3(acc, y + 10); break;
    case 2: acc = mix12_3(acc, y + 2); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 12: acc = mix12_3(acc, y + 12); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix12_1(acc, y + 9); break;
    case 38: acc = mix12_2(acc, y + 38); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 37: acc = mix12_1(acc, y + 37); break;
    case 28: acc = mix12_1(acc, y + 28); break;
    case 35: acc = mix12_2(acc, y + 35); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix12_1(acc, y + 17); break;
    case 9: acc = mix12_2(acc, y + 9); break;
    case 25: acc = mix12_2(acc, y + 25); break;
    case 35: acc = mix12_3(acc, y + 35); break;
    case 37: acc = mix12_3(acc, y + 37); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix12_0(acc, y + 38); break;
    case 8: acc = mix12_0(acc, y + 8); break;
    case 6: acc = mix12_0(acc, y + 6); break;
    case 10: acc = mix12_2(acc, y + 10); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 12: acc = mix12_2(acc, y + 12); break;
    default: acc ^= y * 381u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_12_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix12_0(acc, y + 29); break;
    case 36: acc = mix12_1(acc, y + 36); break;
    case 1: acc = mix12_2(acc, y + 1); break;
    case 32: acc = mix12_2(acc, y + 32); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 5: acc = mix12_2(acc, y + 5); break;
    default: acc ^= y * 171u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix12_0(acc, y + 3); break;
    case 7: acc = mix12_3(acc, y + 7); break;
    case 14: acc = mix12_2(acc, y + 14); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 20: acc = mix12_1(acc, y + 20); break;
    default: acc ^= y * 494u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix12_3(acc, y + 37); break;
    case 29: acc = mix12_2(acc, y + 29); break;
    case 11: acc = mix12_1(acc, y + 11); break;
    case 5: acc = mix12_3(acc, y + 5); break;
    case 7: acc = mix12_1(acc, y + 7); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_12_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix12_2(acc, y + 22); break;
    case 7: acc = mix12_0(acc, y + 7); break;
    case 27: acc = mix12_3(acc, y + 27); break;
    case 34: acc = mix12_2(acc, y + 34); break;
    case 28: acc = mix12_3(acc, y + 28); break;
    case 14: acc = mix12_1(acc, y + 14); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix12_0(acc, y + 7); break;
    case 26: acc = mix12_3(acc, y + 26); break;
    case 29: acc = mix12_3(acc, y + 29); break;
    case 17: acc = mix12_1(acc, y + 17); break;
    case 30: acc = mix12_1(acc, y + 30); break;
    case 24: acc = mix12_1(acc, y + 24); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix12_1(acc, y + 2); break;
    case 8: acc = mix12_2(acc, y + 8); break;
    case 39: acc = mix12_2(acc, y + 39); break;
    case 29: acc = mix12_1(acc, y + 29); break;
    case 21: acc = mix12_2(acc, y + 21); break;
    case 37: acc = mix12_0(acc, y + 37); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_12_98(acc, y ^ 99);
    return acc;
}
