#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix11_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix11_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix11_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix11_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_11_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix11_0(acc, y + 7); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix11_0(acc, y + 31); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 1: acc = mix11_0(acc, y + 1); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix11_1(acc, y + 38); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix11_1(acc, y + 23); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 5: acc = mix11_1(acc, y + 5); break;
    case 14: acc = mix11_3(acc, y + 14); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix11_0(acc, y + 27); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    default: acc ^= y * 913u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix11_2(acc, y + 10); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 28: acc = mix11_3(acc, y + 28); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 8u) { sink = acc; }
    return acc;
}
uint32_t fn_11_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix11_2(acc, y + 33); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 10: acc = mix11_3(acc, y + 10); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix11_1(acc, y + 2); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 38: acc = mix11_0(acc, y + 38); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    case 12: acc = mix11_3(acc, y + 12); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix11_0(acc, y + 4); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 17: acc = mix11_2(acc, y + 17); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    default: acc ^= y * 297u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix11_1(acc, y + 27); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 23: acc = mix11_2(acc, y + 23); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix11_3(acc, y + 16); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    default: acc ^= y * 189u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_11_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix11_0(acc, y + 19); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix11_2(acc, y + 20); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    default: acc ^= y * 165u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix11_1(acc, y + 23); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    case 11: acc = mix11_0(acc, y + 11); break;
    case 36: acc = mix11_0(acc, y + 36); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    default: acc ^= y * 497u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_11_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_11_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix11_1(acc, y + 28); break;
    case 34: acc = mix11_0(acc, y + 34); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix11_3(acc, y + 24); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 2: acc = mix11_0(acc, y + 2); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    default: acc ^= y * 784u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix11_3(acc, y + 29); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    default: acc ^= y * 655u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix11_0(acc, y + 18); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix11_3(acc, y + 4); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    default: acc ^= y * 59u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix11_0(acc, y + 15); break;
    case 5: acc = mix11_0(acc, y + 5); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 39: acc = mix11_2(acc, y + 39); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    default: acc ^= y * 612u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_11_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_11_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix11_0(acc, y + 38); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix11_2(acc, y + 5); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 24: acc = mix11_2(acc, y + 24); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix11_0(acc, y + 29); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 35: acc = mix11_0(acc, y + 35); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix11_1(acc, y + 21); break;
    case 38: acc = mix11_2(acc, y + 38); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 16: acc = mix11_2(acc, y + 16); break;
    case 4: acc = mix11_0(acc, y + 4); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix11_1(acc, y + 33); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 37: acc = mix11_3(acc, y + 37); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 1: acc = mix11_3(acc, y + 1); break;
    default: acc ^= y * 666u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix11_1(acc, y + 19); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    case 4: acc = mix11_1(acc, y + 4); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    default: acc ^= y * 105u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_11_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix11_3(acc, y + 10); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 26: acc = mix11_2(acc, y + 26); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix11_3(acc, y + 20); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 2: acc = mix11_3(acc, y + 2); break;
    case 7: acc = mix11_1(acc, y + 7); break;
    case 3: acc = mix11_0(acc, y + 3); break;
    case 22: acc = mix11_1(acc, y + 22); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix11_2(acc, y + 25); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 3: acc = mix11_2(acc, y + 3); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix11_0(acc, y + 8); break;
    case 35: acc = mix11_3(acc, y + 35); break;
    case 1: acc = mix11_1(acc, y + 1); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    default: acc ^= y * 840u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix11_0(acc, y + 26); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 17: acc = mix11_1(acc, y + 17); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    default: acc ^= y * 799u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_11_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_11_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix11_1(acc, y + 23); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 28: acc = mix11_1(acc, y + 28); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    case 25: acc = mix11_2(acc, y + 25); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix11_0(acc, y + 37); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 20: acc = mix11_0(acc, y + 20); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    default: acc ^= y * 10u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix11_2(acc, y + 4); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 39: acc = mix11_0(acc, y + 39); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 8: acc = mix11_2(acc, y + 8); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix11_1(acc, y + 32); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 16: acc = mix11_1(acc, y + 16); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_11_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_11_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix11_1(acc, y + 6); break;
    case 35: acc = mix11_2(acc, y + 35); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 28: acc = mix11_2(acc, y + 28); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    case 19: acc = mix11_0(acc, y + 19); break;
    default: acc ^= y * 412u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix11_2(acc, y + 24); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix11_1(acc, y + 37); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 14: acc = mix11_2(acc, y + 14); break;
    case 15: acc = mix11_0(acc, y + 15); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    default: acc ^= y * 369u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_11_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_11_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix11_1(acc, y + 8); break;
    case 38: acc = mix11_3(acc, y + 38); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 13: acc = mix11_2(acc, y + 13); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 11: acc = mix11_3(acc, y + 11); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix11_0(acc, y + 35); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 27: acc = mix11_0(acc, y + 27); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix11_2(acc, y + 28); break;
    case 30: acc = mix11_3(acc, y + 30); break;
    case 14: acc = mix11_0(acc, y + 14); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    default: acc ^= y * 290u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix11_2(acc, y + 10); break;
    case 27: acc = mix11_3(acc, y + 27); break;
    case 8: acc = mix11_0(acc, y + 8); break;
    case 19: acc = mix11_1(acc, y + 19); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 30: acc = mix11_0(acc, y + 30); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix11_1(acc, y + 2); break;
    case 12: acc = mix11_0(acc, y + 12); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    default: acc ^= y * 691u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_11_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_11_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix11_0(acc, y + 31); break;
    case 38: acc = mix11_1(acc, y + 38); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 27: acc = mix11_1(acc, y + 27); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    default: acc ^= y * 347u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix11_0(acc, y + 19); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    case 34: acc = mix11_1(acc, y + 34); break;
    case 24: acc = mix11_3(acc, y + 24); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    default: acc ^= y * 257u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix11_0(acc, y + 35); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    case 17: acc = mix11_2(acc, y + 17); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    case 5: acc = mix11_2(acc, y + 5); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix11_1(acc, y + 28); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 23: acc = mix11_1(acc, y + 23); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix11_2(acc, y + 23); break;
    case 11: acc = mix11_2(acc, y + 11); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 22: acc = mix11_0(acc, y + 22); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix11_3(acc, y + 36); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 21: acc = mix11_3(acc, y + 21); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 19: acc = mix11_2(acc, y + 19); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_11_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_11_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix11_2(acc, y + 24); break;
    case 12: acc = mix11_1(acc, y + 12); break;
    case 20: acc = mix11_2(acc, y + 20); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 39: acc = mix11_1(acc, y + 39); break;
    case 21: acc = mix11_1(acc, y + 21); break;
    default: acc ^= y * 676u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix11_3(acc, y + 27); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    case 13: acc = mix11_3(acc, y + 13); break;
    case 8: acc = mix11_3(acc, y + 8); break;
    case 6: acc = mix11_1(acc, y + 6); break;
    case 29: acc = mix11_0(acc, y + 29); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix11_0(acc, y + 27); break;
    case 18: acc = mix11_1(acc, y + 18); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 31: acc = mix11_2(acc, y + 31); break;
    case 20: acc = mix11_3(acc, y + 20); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix11_0(acc, y + 23); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 39: acc = mix11_3(acc, y + 39); break;
    case 37: acc = mix11_0(acc, y + 37); break;
    case 1: acc = mix11_2(acc, y + 1); break;
    case 30: acc = mix11_2(acc, y + 30); break;
    default: acc ^= y * 357u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix11_1(acc, y + 28); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 36: acc = mix11_3(acc, y + 36); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 24: acc = mix11_0(acc, y + 24); break;
    default: acc ^= y * 328u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_11_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_11_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix11_2(acc, y + 30); break;
    case 25: acc = mix11_0(acc, y + 25); break;
    case 32: acc = mix11_2(acc, y + 32); break;
    case 29: acc = mix11_1(acc, y + 29); break;
    case 18: acc = mix11_0(acc, y + 18); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix11_2(acc, y + 20); break;
    case 36: acc = mix11_2(acc, y + 36); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 13: acc = mix11_0(acc, y + 13); break;
    case 9: acc = mix11_1(acc, y + 9); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    default: acc ^= y * 791u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix11_0(acc, y + 34); break;
    case 9: acc = mix11_0(acc, y + 9); break;
    case 18: acc = mix11_3(acc, y + 18); break;
    case 16: acc = mix11_3(acc, y + 16); break;
    case 26: acc = mix11_0(acc, y + 26); break;
    case 27: acc = mix11_2(acc, y + 27); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_11_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_11_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix11_1(acc, y + 16); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 32: acc = mix11_1(acc, y + 32); break;
    case 10: acc = mix11_0(acc, y + 10); break;
    case 3: acc = mix11_1(acc, y + 3); break;
    case 21: acc = mix11_2(acc, y + 21); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix11_3(acc, y + 27); break;
    case 34: acc = mix11_3(acc, y + 34); break;
    case 17: acc = mix11_2(acc, y + 17); break;
    case 24: acc = mix11_1(acc, y + 24); break;
    case 6: acc = mix11_3(acc, y + 6); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    default: acc ^= y * 733u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix11_3(acc, y + 32); break;
    case 28: acc = mix11_0(acc, y + 28); break;
    case 30: acc = mix11_1(acc, y + 30); break;
    case 17: acc = mix11_2(acc, y + 17); break;
    case 15: acc = mix11_1(acc, y + 15); break;
    case 2: acc = mix11_2(acc, y + 2); break;
    default: acc ^= y * 365u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_11_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_11_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix11_3(acc, y + 2); break;
    case 21: acc = mix11_0(acc, y + 21); break;
    case 8: acc = mix11_1(acc, y + 8); break;
    case 18: acc = mix11_2(acc, y + 18); break;
    case 34: acc = mix11_2(acc, y + 34); break;
    case 17: acc = mix11_0(acc, y + 17); break;
    default: acc ^= y * 532u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix11_3(acc, y + 29); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 32: acc = mix11_3(acc, y + 32); break;
    case 6: acc = mix11_0(acc, y + 6); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    case 7: acc = mix11_2(acc, y + 7); break;
    default: acc ^= y * 510u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix11_3(acc, y + 7); break;
    case 10: acc = mix11_1(acc, y + 10); break;
    case 4: acc = mix11_2(acc, y + 4); break;
    case 3: acc = mix11_3(acc, y + 3); break;
    case 33: acc = mix11_2(acc, y + 33); break;
    case 39: acc = mix11_2(acc, y + 39); break;
    default: acc ^= y * 24u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_11_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_11_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix11_3(acc, y + 25); break;
    case 9: acc = mix11_2(acc, y + 9); break;
    case 2: acc = mix11_1(acc, y + 2); break;
    case 17: acc = mix11_2(acc, y + 17); break;
    case 35: acc = mix11_1(acc, y + 35); break;
    case 31: acc = mix11_1(acc, y + 31); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix11_1(acc, y + 14); break;
    case 36: acc = mix11_1(acc, y + 36); break;
    case 20: acc = mix11_1(acc, y + 20); break;
    case 12: acc = mix11_2(acc, y + 12); break;
    case 15: acc = mix11_2(acc, y + 15); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix11_3(acc, y + 35); break;
    case 29: acc = mix11_3(acc, y + 29); break;
    case 13: acc = mix11_1(acc, y + 13); break;
    case 37: acc = mix11_2(acc, y + 37); break;
    case 31: acc = mix11_0(acc, y + 31); break;
    case 9: acc = mix11_3(acc, y + 9); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix11_1(acc, y + 35); break;
    case 31: acc = mix11_3(acc, y + 31); break;
    case 19: acc = mix11_3(acc, y + 19); break;
    case 22: acc = mix11_3(acc, y + 22); break;
    case 4: acc = mix11_3(acc, y + 4); break;
    case 16: acc = mix11_0(acc, y + 16); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_11_13(acc, y ^ 14);
    return acc;
}
