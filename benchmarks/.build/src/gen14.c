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
    case 2: acc = mix14_3(acc, y + 2); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 9: acc = mix14_3(acc, y + 9); break;
    case 23: acc = mix14_2(acc, y + 23); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix14_2(acc, y + 6); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 9: acc = mix14_3(acc, y + 9); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix14_2(acc, y + 31); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    default: acc ^= y * 13u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix14_0(acc, y + 15); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 4: acc = mix14_0(acc, y + 4); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix14_2(acc, y + 23); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 8: acc = mix14_2(acc, y + 8); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 13: acc = mix14_3(acc, y + 13); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    default: acc ^= y * 51u; break;
    }
    if (acc & 8u) { sink = acc; }
    return acc;
}
uint32_t fn_14_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix14_0(acc, y + 7); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 10: acc = mix14_0(acc, y + 10); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix14_2(acc, y + 39); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 1: acc = mix14_1(acc, y + 1); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix14_0(acc, y + 6); break;
    case 18: acc = mix14_1(acc, y + 18); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 27: acc = mix14_0(acc, y + 27); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix14_0(acc, y + 23); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    default: acc ^= y * 228u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix14_1(acc, y + 15); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 20: acc = mix14_0(acc, y + 20); break;
    case 7: acc = mix14_1(acc, y + 7); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    default: acc ^= y * 11u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_14_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_14_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix14_3(acc, y + 37); break;
    case 2: acc = mix14_1(acc, y + 2); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix14_1(acc, y + 23); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    case 4: acc = mix14_1(acc, y + 4); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix14_0(acc, y + 32); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_14_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_14_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix14_0(acc, y + 31); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 19: acc = mix14_0(acc, y + 19); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix14_2(acc, y + 27); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix14_2(acc, y + 26); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    default: acc ^= y * 559u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix14_0(acc, y + 1); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 9: acc = mix14_1(acc, y + 9); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_14_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_14_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix14_3(acc, y + 22); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 39: acc = mix14_1(acc, y + 39); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 3: acc = mix14_0(acc, y + 3); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    default: acc ^= y * 569u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix14_3(acc, y + 9); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 8: acc = mix14_0(acc, y + 8); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 35: acc = mix14_1(acc, y + 35); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix14_3(acc, y + 39); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 34: acc = mix14_3(acc, y + 34); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 14: acc = mix14_2(acc, y + 14); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix14_1(acc, y + 13); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 15: acc = mix14_2(acc, y + 15); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix14_1(acc, y + 11); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    default: acc ^= y * 992u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_14_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_14_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix14_3(acc, y + 18); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    default: acc ^= y * 309u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix14_0(acc, y + 8); break;
    case 24: acc = mix14_0(acc, y + 24); break;
    case 31: acc = mix14_1(acc, y + 31); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    default: acc ^= y * 973u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix14_1(acc, y + 18); break;
    case 6: acc = mix14_2(acc, y + 6); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    default: acc ^= y * 959u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_14_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_14_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix14_3(acc, y + 4); break;
    case 36: acc = mix14_2(acc, y + 36); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix14_2(acc, y + 24); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix14_1(acc, y + 28); break;
    case 14: acc = mix14_1(acc, y + 14); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 23: acc = mix14_3(acc, y + 23); break;
    case 31: acc = mix14_0(acc, y + 31); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix14_3(acc, y + 21); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    case 33: acc = mix14_2(acc, y + 33); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix14_3(acc, y + 12); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 3: acc = mix14_3(acc, y + 3); break;
    case 5: acc = mix14_1(acc, y + 5); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 2: acc = mix14_3(acc, y + 2); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix14_3(acc, y + 12); break;
    case 29: acc = mix14_3(acc, y + 29); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 24: acc = mix14_1(acc, y + 24); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_14_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_14_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix14_1(acc, y + 6); break;
    case 38: acc = mix14_3(acc, y + 38); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    case 30: acc = mix14_2(acc, y + 30); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix14_3(acc, y + 7); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    case 29: acc = mix14_2(acc, y + 29); break;
    case 39: acc = mix14_3(acc, y + 39); break;
    case 16: acc = mix14_0(acc, y + 16); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix14_2(acc, y + 14); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 30: acc = mix14_0(acc, y + 30); break;
    case 37: acc = mix14_2(acc, y + 37); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    default: acc ^= y * 573u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix14_0(acc, y + 30); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    case 31: acc = mix14_2(acc, y + 31); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_14_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_14_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix14_0(acc, y + 12); break;
    case 6: acc = mix14_3(acc, y + 6); break;
    case 14: acc = mix14_2(acc, y + 14); break;
    case 22: acc = mix14_0(acc, y + 22); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix14_2(acc, y + 31); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    case 28: acc = mix14_3(acc, y + 28); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix14_0(acc, y + 10); break;
    case 6: acc = mix14_1(acc, y + 6); break;
    case 20: acc = mix14_3(acc, y + 20); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 24: acc = mix14_2(acc, y + 24); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_14_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_14_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix14_0(acc, y + 37); break;
    case 17: acc = mix14_0(acc, y + 17); break;
    case 18: acc = mix14_0(acc, y + 18); break;
    case 12: acc = mix14_2(acc, y + 12); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix14_2(acc, y + 23); break;
    case 16: acc = mix14_3(acc, y + 16); break;
    case 32: acc = mix14_1(acc, y + 32); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 21: acc = mix14_3(acc, y + 21); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    default: acc ^= y * 324u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix14_1(acc, y + 31); break;
    case 25: acc = mix14_0(acc, y + 25); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    case 19: acc = mix14_2(acc, y + 19); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_14_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_14_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix14_3(acc, y + 10); break;
    case 22: acc = mix14_1(acc, y + 22); break;
    case 16: acc = mix14_1(acc, y + 16); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    case 36: acc = mix14_0(acc, y + 36); break;
    default: acc ^= y * 746u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix14_0(acc, y + 5); break;
    case 33: acc = mix14_3(acc, y + 33); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 4: acc = mix14_3(acc, y + 4); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    default: acc ^= y * 815u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix14_3(acc, y + 38); break;
    case 25: acc = mix14_1(acc, y + 25); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    case 26: acc = mix14_2(acc, y + 26); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 7: acc = mix14_2(acc, y + 7); break;
    default: acc ^= y * 640u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix14_2(acc, y + 22); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 5: acc = mix14_2(acc, y + 5); break;
    case 35: acc = mix14_2(acc, y + 35); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_14_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_14_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix14_3(acc, y + 28); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    case 6: acc = mix14_0(acc, y + 6); break;
    case 15: acc = mix14_3(acc, y + 15); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 27: acc = mix14_1(acc, y + 27); break;
    default: acc ^= y * 188u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix14_3(acc, y + 9); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 11: acc = mix14_0(acc, y + 11); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 18: acc = mix14_3(acc, y + 18); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix14_1(acc, y + 26); break;
    case 28: acc = mix14_2(acc, y + 28); break;
    case 22: acc = mix14_3(acc, y + 22); break;
    case 15: acc = mix14_0(acc, y + 15); break;
    case 27: acc = mix14_2(acc, y + 27); break;
    case 38: acc = mix14_2(acc, y + 38); break;
    default: acc ^= y * 774u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix14_0(acc, y + 6); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 25: acc = mix14_3(acc, y + 25); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 30: acc = mix14_1(acc, y + 30); break;
    default: acc ^= y * 616u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix14_2(acc, y + 3); break;
    case 20: acc = mix14_2(acc, y + 20); break;
    case 22: acc = mix14_2(acc, y + 22); break;
    case 11: acc = mix14_2(acc, y + 11); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 38: acc = mix14_1(acc, y + 38); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_14_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_14_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix14_1(acc, y + 37); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 35: acc = mix14_0(acc, y + 35); break;
    case 4: acc = mix14_2(acc, y + 4); break;
    default: acc ^= y * 535u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix14_0(acc, y + 3); break;
    case 34: acc = mix14_1(acc, y + 34); break;
    case 33: acc = mix14_1(acc, y + 33); break;
    case 2: acc = mix14_0(acc, y + 2); break;
    case 17: acc = mix14_1(acc, y + 17); break;
    case 10: acc = mix14_3(acc, y + 10); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix14_0(acc, y + 20); break;
    case 7: acc = mix14_0(acc, y + 7); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 37: acc = mix14_3(acc, y + 37); break;
    case 33: acc = mix14_0(acc, y + 33); break;
    default: acc ^= y * 621u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix14_1(acc, y + 39); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 38: acc = mix14_0(acc, y + 38); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 21: acc = mix14_2(acc, y + 21); break;
    default: acc ^= y * 154u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix14_2(acc, y + 24); break;
    case 9: acc = mix14_0(acc, y + 9); break;
    case 28: acc = mix14_1(acc, y + 28); break;
    case 13: acc = mix14_3(acc, y + 13); break;
    case 14: acc = mix14_3(acc, y + 14); break;
    case 34: acc = mix14_0(acc, y + 34); break;
    default: acc ^= y * 174u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_14_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_14_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix14_0(acc, y + 24); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 39: acc = mix14_2(acc, y + 39); break;
    case 28: acc = mix14_0(acc, y + 28); break;
    case 26: acc = mix14_1(acc, y + 26); break;
    default: acc ^= y * 580u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix14_3(acc, y + 3); break;
    case 13: acc = mix14_2(acc, y + 13); break;
    case 37: acc = mix14_0(acc, y + 37); break;
    case 11: acc = mix14_1(acc, y + 11); break;
    case 1: acc = mix14_3(acc, y + 1); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    default: acc ^= y * 639u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix14_0(acc, y + 16); break;
    case 7: acc = mix14_3(acc, y + 7); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 32: acc = mix14_3(acc, y + 32); break;
    case 12: acc = mix14_0(acc, y + 12); break;
    case 10: acc = mix14_2(acc, y + 10); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_14_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_14_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix14_1(acc, y + 31); break;
    case 14: acc = mix14_0(acc, y + 14); break;
    case 23: acc = mix14_0(acc, y + 23); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 5: acc = mix14_3(acc, y + 5); break;
    case 1: acc = mix14_0(acc, y + 1); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix14_3(acc, y + 3); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 11: acc = mix14_3(acc, y + 11); break;
    case 30: acc = mix14_3(acc, y + 30); break;
    case 25: acc = mix14_2(acc, y + 25); break;
    case 17: acc = mix14_3(acc, y + 17); break;
    default: acc ^= y * 981u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix14_1(acc, y + 12); break;
    case 1: acc = mix14_2(acc, y + 1); break;
    case 24: acc = mix14_3(acc, y + 24); break;
    case 36: acc = mix14_1(acc, y + 36); break;
    case 34: acc = mix14_2(acc, y + 34); break;
    case 5: acc = mix14_0(acc, y + 5); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix14_3(acc, y + 30); break;
    case 9: acc = mix14_2(acc, y + 9); break;
    case 15: acc = mix14_1(acc, y + 15); break;
    case 29: acc = mix14_0(acc, y + 29); break;
    case 32: acc = mix14_2(acc, y + 32); break;
    case 13: acc = mix14_1(acc, y + 13); break;
    default: acc ^= y * 759u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_14_13(acc, y ^ 14);
    return acc;
}
