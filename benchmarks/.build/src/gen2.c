#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix2_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix2_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix2_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix2_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_2_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix2_2(acc, y + 10); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix2_2(acc, y + 9); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    default: acc ^= y * 145u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix2_3(acc, y + 32); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    default: acc ^= y * 820u; break;
    }
    if (acc & 8u) { sink = acc; }
    return acc;
}
uint32_t fn_2_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix2_0(acc, y + 3); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix2_2(acc, y + 35); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    default: acc ^= y * 408u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix2_2(acc, y + 6); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 18: acc = mix2_1(acc, y + 18); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    default: acc ^= y * 525u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix2_3(acc, y + 9); break;
    case 12: acc = mix2_1(acc, y + 12); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    default: acc ^= y * 170u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix2_3(acc, y + 17); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix2_3(acc, y + 26); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_2_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_2_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix2_0(acc, y + 26); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix2_0(acc, y + 35); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 19: acc = mix2_1(acc, y + 19); break;
    default: acc ^= y * 467u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix2_2(acc, y + 29); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 12: acc = mix2_1(acc, y + 12); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix2_1(acc, y + 32); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix2_0(acc, y + 25); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix2_0(acc, y + 18); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_2_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix2_0(acc, y + 3); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix2_1(acc, y + 10); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    default: acc ^= y * 153u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix2_1(acc, y + 11); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix2_0(acc, y + 32); break;
    case 24: acc = mix2_1(acc, y + 24); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    default: acc ^= y * 806u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix2_1(acc, y + 32); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 1: acc = mix2_1(acc, y + 1); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 6: acc = mix2_1(acc, y + 6); break;
    default: acc ^= y * 224u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_2_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix2_0(acc, y + 39); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix2_3(acc, y + 4); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    default: acc ^= y * 705u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix2_1(acc, y + 21); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 19: acc = mix2_1(acc, y + 19); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    default: acc ^= y * 468u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_2_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_2_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix2_3(acc, y + 8); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    default: acc ^= y * 221u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix2_1(acc, y + 11); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    default: acc ^= y * 33u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix2_1(acc, y + 7); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix2_3(acc, y + 17); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    default: acc ^= y * 504u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix2_3(acc, y + 12); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    default: acc ^= y * 250u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix2_0(acc, y + 33); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_2_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix2_2(acc, y + 26); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    default: acc ^= y * 504u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix2_1(acc, y + 31); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 2: acc = mix2_0(acc, y + 2); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    default: acc ^= y * 720u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix2_1(acc, y + 4); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix2_2(acc, y + 8); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    default: acc ^= y * 900u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix2_3(acc, y + 17); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_2_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix2_3(acc, y + 10); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix2_3(acc, y + 2); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix2_0(acc, y + 22); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    default: acc ^= y * 779u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix2_0(acc, y + 7); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 24: acc = mix2_1(acc, y + 24); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    default: acc ^= y * 218u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix2_2(acc, y + 37); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 22: acc = mix2_2(acc, y + 22); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    default: acc ^= y * 972u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_2_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_2_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix2_2(acc, y + 34); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    default: acc ^= y * 739u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix2_0(acc, y + 25); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    default: acc ^= y * 346u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix2_3(acc, y + 16); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    default: acc ^= y * 197u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix2_0(acc, y + 6); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix2_2(acc, y + 2); break;
    case 8: acc = mix2_0(acc, y + 8); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_2_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_2_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix2_3(acc, y + 35); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix2_2(acc, y + 35); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    default: acc ^= y * 356u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix2_1(acc, y + 6); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix2_2(acc, y + 16); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_2_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix2_3(acc, y + 2); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix2_2(acc, y + 6); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix2_2(acc, y + 31); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    default: acc ^= y * 13u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix2_0(acc, y + 15); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix2_2(acc, y + 23); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 8: acc = mix2_2(acc, y + 8); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 13: acc = mix2_3(acc, y + 13); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    default: acc ^= y * 51u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_2_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_2_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix2_0(acc, y + 7); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix2_2(acc, y + 39); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix2_0(acc, y + 6); break;
    case 18: acc = mix2_1(acc, y + 18); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix2_0(acc, y + 23); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    default: acc ^= y * 228u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix2_1(acc, y + 15); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    default: acc ^= y * 11u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_2_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix2_3(acc, y + 37); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix2_1(acc, y + 23); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix2_0(acc, y + 32); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_2_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix2_0(acc, y + 31); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix2_2(acc, y + 27); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix2_2(acc, y + 26); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    default: acc ^= y * 559u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix2_0(acc, y + 1); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    default: acc ^= y * 671u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_2_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_2_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix2_3(acc, y + 22); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    default: acc ^= y * 569u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix2_3(acc, y + 9); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 8: acc = mix2_0(acc, y + 8); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix2_3(acc, y + 39); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix2_1(acc, y + 13); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix2_1(acc, y + 11); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    default: acc ^= y * 992u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_2_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_2_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix2_3(acc, y + 18); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    default: acc ^= y * 309u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix2_0(acc, y + 8); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    default: acc ^= y * 973u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix2_1(acc, y + 18); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    default: acc ^= y * 959u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_2_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_2_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix2_3(acc, y + 4); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix2_2(acc, y + 24); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix2_1(acc, y + 28); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix2_3(acc, y + 21); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix2_3(acc, y + 12); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    default: acc ^= y * 395u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix2_3(acc, y + 12); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 24: acc = mix2_1(acc, y + 24); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_2_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_2_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix2_1(acc, y + 6); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    case 2: acc = mix2_0(acc, y + 2); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix2_3(acc, y + 7); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix2_2(acc, y + 14); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    default: acc ^= y * 573u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix2_0(acc, y + 30); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_2_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_2_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix2_0(acc, y + 12); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix2_2(acc, y + 31); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix2_0(acc, y + 10); break;
    case 6: acc = mix2_1(acc, y + 6); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_2_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix2_0(acc, y + 37); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix2_2(acc, y + 23); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    default: acc ^= y * 324u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix2_1(acc, y + 31); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_2_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_2_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix2_3(acc, y + 10); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    default: acc ^= y * 746u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix2_0(acc, y + 5); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    default: acc ^= y * 815u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix2_3(acc, y + 38); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    default: acc ^= y * 640u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix2_2(acc, y + 22); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    case 2: acc = mix2_0(acc, y + 2); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_2_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_2_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix2_3(acc, y + 28); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    default: acc ^= y * 188u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix2_3(acc, y + 9); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix2_1(acc, y + 26); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 15: acc = mix2_0(acc, y + 15); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    default: acc ^= y * 774u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix2_0(acc, y + 6); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    default: acc ^= y * 616u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix2_2(acc, y + 3); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_2_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_2_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix2_1(acc, y + 37); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    default: acc ^= y * 535u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix2_0(acc, y + 3); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 2: acc = mix2_0(acc, y + 2); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix2_0(acc, y + 20); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    default: acc ^= y * 621u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix2_1(acc, y + 39); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    default: acc ^= y * 154u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix2_2(acc, y + 24); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    default: acc ^= y * 174u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_2_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_2_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix2_0(acc, y + 24); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    default: acc ^= y * 580u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix2_3(acc, y + 3); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    default: acc ^= y * 639u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix2_0(acc, y + 16); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_2_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_2_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix2_1(acc, y + 31); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix2_3(acc, y + 3); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    default: acc ^= y * 981u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix2_1(acc, y + 12); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix2_3(acc, y + 30); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    default: acc ^= y * 759u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_2_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_2_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix2_1(acc, y + 16); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    default: acc ^= y * 974u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix2_0(acc, y + 24); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix2_0(acc, y + 36); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 17: acc = mix2_2(acc, y + 17); break;
    case 19: acc = mix2_1(acc, y + 19); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_2_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_2_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix2_2(acc, y + 4); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    default: acc ^= y * 63u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix2_0(acc, y + 23); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    default: acc ^= y * 83u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix2_0(acc, y + 35); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    default: acc ^= y * 390u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix2_0(acc, y + 16); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    default: acc ^= y * 677u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix2_2(acc, y + 36); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    default: acc ^= y * 562u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix2_0(acc, y + 21); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    default: acc ^= y * 650u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_2_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_2_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix2_1(acc, y + 26); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    default: acc ^= y * 788u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix2_0(acc, y + 35); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix2_3(acc, y + 37); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    default: acc ^= y * 264u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix2_2(acc, y + 33); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix2_0(acc, y + 7); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    default: acc ^= y * 314u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_2_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix2_0(acc, y + 39); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    default: acc ^= y * 747u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix2_2(acc, y + 23); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix2_1(acc, y + 29); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix2_2(acc, y + 37); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    default: acc ^= y * 188u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_2_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_2_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix2_2(acc, y + 15); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    default: acc ^= y * 366u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix2_1(acc, y + 35); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 17: acc = mix2_2(acc, y + 17); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix2_1(acc, y + 28); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_2_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_2_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix2_2(acc, y + 33); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    default: acc ^= y * 447u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix2_1(acc, y + 19); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    default: acc ^= y * 24u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix2_3(acc, y + 12); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_2_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_2_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix2_0(acc, y + 6); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 18: acc = mix2_1(acc, y + 18); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix2_3(acc, y + 7); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix2_0(acc, y + 2); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    default: acc ^= y * 456u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix2_1(acc, y + 21); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    default: acc ^= y * 153u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix2_0(acc, y + 17); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 28: acc = mix2_1(acc, y + 28); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_2_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix2_0(acc, y + 28); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix2_1(acc, y + 7); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    default: acc ^= y * 424u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix2_2(acc, y + 23); break;
    case 12: acc = mix2_1(acc, y + 12); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    default: acc ^= y * 525u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix2_0(acc, y + 23); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix2_1(acc, y + 9); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_2_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_2_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix2_1(acc, y + 13); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix2_1(acc, y + 33); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix2_2(acc, y + 14); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_2_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_2_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix2_1(acc, y + 35); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 8: acc = mix2_0(acc, y + 8); break;
    default: acc ^= y * 388u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix2_2(acc, y + 38); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix2_0(acc, y + 34); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_2_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_2_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix2_1(acc, y + 30); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    default: acc ^= y * 657u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix2_2(acc, y + 10); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix2_0(acc, y + 24); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    default: acc ^= y * 863u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_2_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_2_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix2_1(acc, y + 32); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    default: acc ^= y * 733u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix2_0(acc, y + 26); break;
    case 24: acc = mix2_1(acc, y + 24); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 8: acc = mix2_0(acc, y + 8); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    default: acc ^= y * 645u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix2_3(acc, y + 23); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    default: acc ^= y * 598u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix2_1(acc, y + 25); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix2_3(acc, y + 12); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 19: acc = mix2_1(acc, y + 19); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_2_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_2_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix2_3(acc, y + 17); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    default: acc ^= y * 899u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix2_0(acc, y + 7); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix2_1(acc, y + 5); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    default: acc ^= y * 200u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix2_1(acc, y + 21); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    default: acc ^= y * 870u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_2_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_2_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix2_0(acc, y + 37); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    default: acc ^= y * 582u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix2_2(acc, y + 31); break;
    case 6: acc = mix2_1(acc, y + 6); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix2_1(acc, y + 6); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    default: acc ^= y * 724u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_2_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_2_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix2_1(acc, y + 31); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix2_0(acc, y + 6); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 15: acc = mix2_0(acc, y + 15); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    default: acc ^= y * 91u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix2_2(acc, y + 22); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix2_1(acc, y + 1); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix2_0(acc, y + 4); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    default: acc ^= y * 459u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix2_3(acc, y + 39); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    default: acc ^= y * 377u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_2_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_2_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix2_3(acc, y + 25); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix2_0(acc, y + 9); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix2_1(acc, y + 24); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix2_0(acc, y + 26); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    default: acc ^= y * 478u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix2_0(acc, y + 16); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    default: acc ^= y * 267u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_2_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_2_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix2_3(acc, y + 13); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    default: acc ^= y * 256u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix2_1(acc, y + 11); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix2_1(acc, y + 34); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 6: acc = mix2_1(acc, y + 6); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix2_2(acc, y + 9); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 12: acc = mix2_1(acc, y + 12); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 6: acc = mix2_1(acc, y + 6); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_2_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix2_1(acc, y + 3); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix2_3(acc, y + 12); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix2_3(acc, y + 11); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    default: acc ^= y * 221u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix2_0(acc, y + 18); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    default: acc ^= y * 457u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix2_2(acc, y + 8); break;
    case 6: acc = mix2_1(acc, y + 6); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    default: acc ^= y * 156u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix2_2(acc, y + 32); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_2_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_2_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix2_1(acc, y + 10); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    default: acc ^= y * 767u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix2_2(acc, y + 9); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix2_2(acc, y + 32); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix2_2(acc, y + 4); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    default: acc ^= y * 908u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix2_2(acc, y + 15); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix2_2(acc, y + 23); break;
    case 18: acc = mix2_1(acc, y + 18); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    default: acc ^= y * 396u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_2_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_2_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix2_2(acc, y + 28); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    default: acc ^= y * 655u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix2_0(acc, y + 18); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix2_1(acc, y + 19); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix2_0(acc, y + 17); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix2_2(acc, y + 20); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    default: acc ^= y * 833u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_2_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_2_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix2_1(acc, y + 22); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    default: acc ^= y * 458u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix2_3(acc, y + 24); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    default: acc ^= y * 477u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix2_1(acc, y + 22); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    case 17: acc = mix2_2(acc, y + 17); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix2_3(acc, y + 34); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    default: acc ^= y * 714u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_2_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_2_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix2_2(acc, y + 17); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix2_1(acc, y + 33); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix2_3(acc, y + 23); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    default: acc ^= y * 416u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix2_1(acc, y + 4); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_2_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_2_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix2_0(acc, y + 3); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    default: acc ^= y * 547u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix2_1(acc, y + 16); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    default: acc ^= y * 802u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix2_2(acc, y + 38); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    default: acc ^= y * 573u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_2_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_2_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix2_2(acc, y + 18); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix2_3(acc, y + 37); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix2_0(acc, y + 36); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix2_3(acc, y + 28); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    default: acc ^= y * 600u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix2_0(acc, y + 4); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 1: acc = mix2_1(acc, y + 1); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_2_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_2_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix2_2(acc, y + 22); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    default: acc ^= y * 233u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix2_0(acc, y + 33); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix2_0(acc, y + 29); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    default: acc ^= y * 597u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix2_3(acc, y + 9); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix2_3(acc, y + 33); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    default: acc ^= y * 561u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 20: acc = mix2_2(acc, y + 20); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    case 19: acc = mix2_1(acc, y + 19); break;
    default: acc ^= y * 200u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_2_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix2_1(acc, y + 6); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    default: acc ^= y * 355u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix2_1(acc, y + 23); break;
    case 8: acc = mix2_2(acc, y + 8); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    default: acc ^= y * 524u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix2_3(acc, y + 6); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    case 18: acc = mix2_1(acc, y + 18); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix2_2(acc, y + 17); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    default: acc ^= y * 497u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_2_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_2_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix2_2(acc, y + 18); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    default: acc ^= y * 995u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix2_1(acc, y + 7); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 19: acc = mix2_1(acc, y + 19); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    default: acc ^= y * 99u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix2_2(acc, y + 21); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    default: acc ^= y * 627u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_2_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_2_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix2_0(acc, y + 31); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    default: acc ^= y * 514u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix2_2(acc, y + 17); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix2_1(acc, y + 38); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    default: acc ^= y * 485u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix2_0(acc, y + 37); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    default: acc ^= y * 832u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix2_3(acc, y + 15); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_2_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_2_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix2_0(acc, y + 17); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    default: acc ^= y * 932u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix2_1(acc, y + 25); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    default: acc ^= y * 899u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix2_1(acc, y + 10); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix2_0(acc, y + 24); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    default: acc ^= y * 325u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix2_3(acc, y + 1); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix2_3(acc, y + 26); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_2_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix2_1(acc, y + 29); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix2_1(acc, y + 33); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    default: acc ^= y * 760u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix2_1(acc, y + 22); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    default: acc ^= y * 790u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix2_2(acc, y + 13); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    default: acc ^= y * 516u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix2_3(acc, y + 9); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix2_1(acc, y + 9); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_2_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_2_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix2_1(acc, y + 19); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    default: acc ^= y * 390u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix2_3(acc, y + 22); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix2_0(acc, y + 16); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    default: acc ^= y * 68u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix2_0(acc, y + 26); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_2_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix2_3(acc, y + 5); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix2_3(acc, y + 17); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix2_3(acc, y + 12); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_2_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix2_1(acc, y + 2); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    default: acc ^= y * 326u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix2_2(acc, y + 25); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix2_2(acc, y + 3); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    default: acc ^= y * 315u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix2_1(acc, y + 9); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    default: acc ^= y * 527u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix2_1(acc, y + 7); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    default: acc ^= y * 153u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_2_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix2_2(acc, y + 31); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix2_0(acc, y + 39); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    default: acc ^= y * 740u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix2_3(acc, y + 39); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    default: acc ^= y * 406u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix2_1(acc, y + 5); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix2_3(acc, y + 1); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 8: acc = mix2_0(acc, y + 8); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_2_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix2_0(acc, y + 29); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    default: acc ^= y * 177u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix2_1(acc, y + 33); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    default: acc ^= y * 411u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix2_0(acc, y + 5); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix2_0(acc, y + 7); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    default: acc ^= y * 926u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix2_0(acc, y + 1); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_2_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_2_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix2_3(acc, y + 34); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    default: acc ^= y * 311u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix2_0(acc, y + 10); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    default: acc ^= y * 79u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix2_0(acc, y + 3); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    default: acc ^= y * 133u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix2_3(acc, y + 21); break;
    case 18: acc = mix2_1(acc, y + 18); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 8: acc = mix2_2(acc, y + 8); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix2_2(acc, y + 19); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    default: acc ^= y * 678u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_2_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix2_0(acc, y + 35); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    default: acc ^= y * 794u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix2_2(acc, y + 22); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    default: acc ^= y * 376u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix2_3(acc, y + 29); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 19: acc = mix2_1(acc, y + 19); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    default: acc ^= y * 597u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_2_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix2_0(acc, y + 6); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix2_0(acc, y + 11); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    default: acc ^= y * 623u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix2_3(acc, y + 28); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    default: acc ^= y * 945u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix2_3(acc, y + 27); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 2: acc = mix2_0(acc, y + 2); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix2_1(acc, y + 10); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_2_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix2_1(acc, y + 15); break;
    case 4: acc = mix2_0(acc, y + 4); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    default: acc ^= y * 408u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix2_3(acc, y + 32); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 12: acc = mix2_1(acc, y + 12); break;
    case 8: acc = mix2_0(acc, y + 8); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix2_2(acc, y + 25); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_2_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_2_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix2_3(acc, y + 4); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    default: acc ^= y * 527u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix2_2(acc, y + 6); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix2_0(acc, y + 28); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 17: acc = mix2_2(acc, y + 17); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    default: acc ^= y * 514u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix2_0(acc, y + 25); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix2_0(acc, y + 30); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix2_0(acc, y + 19); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    default: acc ^= y * 783u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_2_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_2_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix2_3(acc, y + 25); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix2_2(acc, y + 35); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix2_1(acc, y + 31); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    default: acc ^= y * 110u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix2_1(acc, y + 9); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix2_0(acc, y + 23); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix2_2(acc, y + 15); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_2_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_2_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix2_3(acc, y + 8); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix2_1(acc, y + 22); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    default: acc ^= y * 854u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix2_1(acc, y + 13); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    default: acc ^= y * 953u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix2_0(acc, y + 31); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    default: acc ^= y * 106u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_2_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_2_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix2_3(acc, y + 20); break;
    case 18: acc = mix2_1(acc, y + 18); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 17: acc = mix2_2(acc, y + 17); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    default: acc ^= y * 873u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix2_0(acc, y + 16); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix2_2(acc, y + 2); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    default: acc ^= y * 890u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_2_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix2_2(acc, y + 28); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 15: acc = mix2_0(acc, y + 15); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix2_1(acc, y + 4); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    default: acc ^= y * 90u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix2_2(acc, y + 29); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    default: acc ^= y * 674u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix2_2(acc, y + 27); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    default: acc ^= y * 158u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix2_3(acc, y + 23); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    default: acc ^= y * 9u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_2_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix2_1(acc, y + 36); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    default: acc ^= y * 739u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix2_3(acc, y + 32); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 12: acc = mix2_1(acc, y + 12); break;
    default: acc ^= y * 869u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix2_2(acc, y + 25); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    default: acc ^= y * 88u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix2_0(acc, y + 15); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    default: acc ^= y * 83u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_2_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix2_2(acc, y + 18); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    default: acc ^= y * 225u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix2_0(acc, y + 33); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 9: acc = mix2_3(acc, y + 9); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    default: acc ^= y * 965u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix2_0(acc, y + 14); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 15: acc = mix2_0(acc, y + 15); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_2_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix2_2(acc, y + 2); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix2_2(acc, y + 5); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    default: acc ^= y * 746u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix2_0(acc, y + 37); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    default: acc ^= y * 357u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix2_1(acc, y + 2); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix2_2(acc, y + 29); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    default: acc ^= y * 127u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_2_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_2_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix2_3(acc, y + 3); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    default: acc ^= y * 68u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix2_1(acc, y + 1); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix2_1(acc, y + 9); break;
    case 6: acc = mix2_1(acc, y + 6); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    default: acc ^= y * 903u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_2_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_2_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix2_0(acc, y + 25); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    case 2: acc = mix2_0(acc, y + 2); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix2_2(acc, y + 7); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix2_0(acc, y + 12); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    default: acc ^= y * 108u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix2_2(acc, y + 10); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix2_1(acc, y + 25); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_2_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_2_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix2_0(acc, y + 5); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix2_1(acc, y + 20); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix2_3(acc, y + 21); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_2_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_2_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix2_2(acc, y + 19); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    default: acc ^= y * 28u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix2_1(acc, y + 19); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix2_1(acc, y + 2); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    default: acc ^= y * 27u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix2_0(acc, y + 27); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    default: acc ^= y * 52u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix2_2(acc, y + 11); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    default: acc ^= y * 219u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix2_2(acc, y + 10); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_2_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_2_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix2_2(acc, y + 30); break;
    case 24: acc = mix2_1(acc, y + 24); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix2_0(acc, y + 13); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    default: acc ^= y * 259u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix2_1(acc, y + 19); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    case 15: acc = mix2_0(acc, y + 15); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix2_0(acc, y + 1); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    default: acc ^= y * 186u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix2_2(acc, y + 2); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    default: acc ^= y * 278u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix2_2(acc, y + 32); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_2_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_2_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix2_2(acc, y + 11); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    default: acc ^= y * 333u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix2_2(acc, y + 13); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 8: acc = mix2_2(acc, y + 8); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    default: acc ^= y * 382u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix2_2(acc, y + 25); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_2_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix2_3(acc, y + 8); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix2_3(acc, y + 37); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    default: acc ^= y * 961u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix2_0(acc, y + 11); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    default: acc ^= y * 694u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix2_3(acc, y + 10); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    default: acc ^= y * 573u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix2_0(acc, y + 31); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    default: acc ^= y * 339u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_2_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix2_1(acc, y + 9); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix2_2(acc, y + 11); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix2_1(acc, y + 9); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix2_2(acc, y + 36); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    default: acc ^= y * 250u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix2_3(acc, y + 2); break;
    case 16: acc = mix2_0(acc, y + 16); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_2_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_2_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix2_0(acc, y + 13); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 31: acc = mix2_0(acc, y + 31); break;
    case 38: acc = mix2_2(acc, y + 38); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    default: acc ^= y * 645u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix2_1(acc, y + 19); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix2_0(acc, y + 11); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 8: acc = mix2_0(acc, y + 8); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    default: acc ^= y * 229u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix2_2(acc, y + 12); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    default: acc ^= y * 847u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix2_2(acc, y + 27); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 10: acc = mix2_3(acc, y + 10); break;
    default: acc ^= y * 472u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix2_2(acc, y + 12); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    default: acc ^= y * 535u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_2_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_2_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix2_1(acc, y + 24); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 12: acc = mix2_0(acc, y + 12); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix2_1(acc, y + 29); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 39: acc = mix2_0(acc, y + 39); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix2_1(acc, y + 30); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    default: acc ^= y * 810u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix2_2(acc, y + 26); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 7: acc = mix2_1(acc, y + 7); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix2_0(acc, y + 31); break;
    case 15: acc = mix2_2(acc, y + 15); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    default: acc ^= y * 367u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix2_3(acc, y + 16); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    default: acc ^= y * 76u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_2_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_2_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix2_3(acc, y + 31); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    default: acc ^= y * 932u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix2_1(acc, y + 10); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    default: acc ^= y * 742u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix2_3(acc, y + 11); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix2_3(acc, y + 5); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    case 6: acc = mix2_2(acc, y + 6); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    default: acc ^= y * 362u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix2_3(acc, y + 4); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 20: acc = mix2_0(acc, y + 20); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 28: acc = mix2_1(acc, y + 28); break;
    default: acc ^= y * 820u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_2_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix2_3(acc, y + 6); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 15: acc = mix2_0(acc, y + 15); break;
    default: acc ^= y * 319u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix2_0(acc, y + 5); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 8: acc = mix2_2(acc, y + 8); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 35: acc = mix2_1(acc, y + 35); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    default: acc ^= y * 72u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix2_0(acc, y + 27); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 17: acc = mix2_2(acc, y + 17); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    default: acc ^= y * 818u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix2_0(acc, y + 32); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 36: acc = mix2_1(acc, y + 36); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    default: acc ^= y * 627u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix2_0(acc, y + 12); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_2_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix2_2(acc, y + 12); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 1: acc = mix2_2(acc, y + 1); break;
    default: acc ^= y * 319u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix2_3(acc, y + 13); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 17: acc = mix2_3(acc, y + 17); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix2_0(acc, y + 11); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    default: acc ^= y * 607u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix2_3(acc, y + 23); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    default: acc ^= y * 397u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_2_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_2_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix2_0(acc, y + 34); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 31: acc = mix2_3(acc, y + 31); break;
    default: acc ^= y * 657u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix2_0(acc, y + 26); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 33: acc = mix2_1(acc, y + 33); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix2_0(acc, y + 4); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 37: acc = mix2_3(acc, y + 37); break;
    case 35: acc = mix2_2(acc, y + 35); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    default: acc ^= y * 999u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix2_2(acc, y + 7); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    default: acc ^= y * 790u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix2_1(acc, y + 32); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    default: acc ^= y * 742u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix2_0(acc, y + 38); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    default: acc ^= y * 780u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_2_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_2_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix2_3(acc, y + 7); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    default: acc ^= y * 868u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix2_0(acc, y + 20); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 8: acc = mix2_2(acc, y + 8); break;
    default: acc ^= y * 863u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix2_0(acc, y + 19); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_2_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_2_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix2_0(acc, y + 22); break;
    case 29: acc = mix2_0(acc, y + 29); break;
    case 12: acc = mix2_2(acc, y + 12); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 18: acc = mix2_0(acc, y + 18); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    default: acc ^= y * 76u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix2_2(acc, y + 33); break;
    case 1: acc = mix2_3(acc, y + 1); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix2_2(acc, y + 2); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 24: acc = mix2_1(acc, y + 24); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_2_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_2_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix2_2(acc, y + 33); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    default: acc ^= y * 782u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix2_2(acc, y + 25); break;
    case 8: acc = mix2_0(acc, y + 8); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    default: acc ^= y * 999u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix2_2(acc, y + 35); break;
    case 33: acc = mix2_2(acc, y + 33); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    case 14: acc = mix2_0(acc, y + 14); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    default: acc ^= y * 32u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix2_1(acc, y + 31); break;
    case 5: acc = mix2_1(acc, y + 5); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 30: acc = mix2_1(acc, y + 30); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    default: acc ^= y * 884u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix2_2(acc, y + 35); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 22: acc = mix2_3(acc, y + 22); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 18: acc = mix2_2(acc, y + 18); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_2_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_2_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix2_2(acc, y + 14); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix2_3(acc, y + 39); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 37: acc = mix2_1(acc, y + 37); break;
    default: acc ^= y * 4u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix2_2(acc, y + 24); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 36: acc = mix2_3(acc, y + 36); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    default: acc ^= y * 323u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_2_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_2_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix2_3(acc, y + 31); break;
    case 4: acc = mix2_3(acc, y + 4); break;
    case 3: acc = mix2_1(acc, y + 3); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    case 2: acc = mix2_3(acc, y + 2); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    default: acc ^= y * 529u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix2_2(acc, y + 26); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 37: acc = mix2_0(acc, y + 37); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix2_2(acc, y + 34); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 29: acc = mix2_3(acc, y + 29); break;
    case 11: acc = mix2_0(acc, y + 11); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    default: acc ^= y * 840u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix2_2(acc, y + 23); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 20: acc = mix2_3(acc, y + 20); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    default: acc ^= y * 917u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix2_2(acc, y + 38); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    default: acc ^= y * 325u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix2_2(acc, y + 16); break;
    case 18: acc = mix2_3(acc, y + 18); break;
    case 17: acc = mix2_2(acc, y + 17); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_2_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_2_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix2_0(acc, y + 4); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 25: acc = mix2_1(acc, y + 25); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix2_1(acc, y + 21); break;
    case 19: acc = mix2_3(acc, y + 19); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 11: acc = mix2_1(acc, y + 11); break;
    default: acc ^= y * 456u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix2_0(acc, y + 21); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 23: acc = mix2_3(acc, y + 23); break;
    case 32: acc = mix2_2(acc, y + 32); break;
    default: acc ^= y * 318u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix2_3(acc, y + 28); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 27: acc = mix2_2(acc, y + 27); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix2_0(acc, y + 30); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 21: acc = mix2_1(acc, y + 21); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    default: acc ^= y * 945u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 14: acc = mix2_0(acc, y + 14); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 39: acc = mix2_2(acc, y + 39); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 2: acc = mix2_0(acc, y + 2); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_2_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix2_2(acc, y + 4); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 6: acc = mix2_0(acc, y + 6); break;
    case 2: acc = mix2_1(acc, y + 2); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix2_2(acc, y + 18); break;
    case 30: acc = mix2_3(acc, y + 30); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 24: acc = mix2_2(acc, y + 24); break;
    case 17: acc = mix2_1(acc, y + 17); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix2_1(acc, y + 1); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    default: acc ^= y * 936u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix2_3(acc, y + 8); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    case 24: acc = mix2_0(acc, y + 24); break;
    case 5: acc = mix2_3(acc, y + 5); break;
    case 11: acc = mix2_2(acc, y + 11); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    default: acc ^= y * 136u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix2_2(acc, y + 16); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 6: acc = mix2_1(acc, y + 6); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 7: acc = mix2_3(acc, y + 7); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_2_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_2_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix2_2(acc, y + 7); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 22: acc = mix2_1(acc, y + 22); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix2_3(acc, y + 1); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    default: acc ^= y * 684u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix2_1(acc, y + 26); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix2_3(acc, y + 11); break;
    case 13: acc = mix2_2(acc, y + 13); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 32: acc = mix2_1(acc, y + 32); break;
    case 2: acc = mix2_2(acc, y + 2); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    default: acc ^= y * 956u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix2_0(acc, y + 23); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 29: acc = mix2_2(acc, y + 29); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 10: acc = mix2_1(acc, y + 10); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    default: acc ^= y * 308u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_2_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_2_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix2_3(acc, y + 7); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix2_1(acc, y + 31); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 22: acc = mix2_2(acc, y + 22); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix2_1(acc, y + 5); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 10: acc = mix2_2(acc, y + 10); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    default: acc ^= y * 986u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix2_3(acc, y + 9); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 30: acc = mix2_2(acc, y + 30); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 15: acc = mix2_3(acc, y + 15); break;
    default: acc ^= y * 761u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix2_3(acc, y + 8); break;
    case 35: acc = mix2_3(acc, y + 35); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    case 17: acc = mix2_2(acc, y + 17); break;
    case 9: acc = mix2_1(acc, y + 9); break;
    case 26: acc = mix2_0(acc, y + 26); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_2_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_2_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix2_1(acc, y + 4); break;
    case 27: acc = mix2_3(acc, y + 27); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 21: acc = mix2_0(acc, y + 21); break;
    case 36: acc = mix2_2(acc, y + 36); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    default: acc ^= y * 886u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix2_0(acc, y + 20); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 38: acc = mix2_3(acc, y + 38); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 32: acc = mix2_0(acc, y + 32); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix2_0(acc, y + 8); break;
    case 19: acc = mix2_2(acc, y + 19); break;
    case 28: acc = mix2_2(acc, y + 28); break;
    case 27: acc = mix2_0(acc, y + 27); break;
    case 16: acc = mix2_1(acc, y + 16); break;
    case 21: acc = mix2_3(acc, y + 21); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix2_2(acc, y + 35); break;
    case 39: acc = mix2_1(acc, y + 39); break;
    case 32: acc = mix2_3(acc, y + 32); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 11: acc = mix2_3(acc, y + 11); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix2_3(acc, y + 20); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 22: acc = mix2_0(acc, y + 22); break;
    case 21: acc = mix2_2(acc, y + 21); break;
    case 13: acc = mix2_3(acc, y + 13); break;
    case 18: acc = mix2_1(acc, y + 18); break;
    default: acc ^= y * 435u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_2_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_2_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix2_1(acc, y + 27); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    case 37: acc = mix2_2(acc, y + 37); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 13: acc = mix2_1(acc, y + 13); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix2_1(acc, y + 4); break;
    case 15: acc = mix2_1(acc, y + 15); break;
    case 5: acc = mix2_2(acc, y + 5); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 16: acc = mix2_3(acc, y + 16); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    default: acc ^= y * 904u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix2_0(acc, y + 11); break;
    case 3: acc = mix2_3(acc, y + 3); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 23: acc = mix2_2(acc, y + 23); break;
    case 13: acc = mix2_0(acc, y + 13); break;
    case 24: acc = mix2_1(acc, y + 24); break;
    default: acc ^= y * 634u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix2_3(acc, y + 11); break;
    case 28: acc = mix2_3(acc, y + 28); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 25: acc = mix2_2(acc, y + 25); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    case 34: acc = mix2_1(acc, y + 34); break;
    default: acc ^= y * 676u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix2_2(acc, y + 29); break;
    case 36: acc = mix2_0(acc, y + 36); break;
    case 25: acc = mix2_0(acc, y + 25); break;
    case 1: acc = mix2_1(acc, y + 1); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_2_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_2_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix2_3(acc, y + 10); break;
    case 3: acc = mix2_0(acc, y + 3); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 23: acc = mix2_0(acc, y + 23); break;
    case 14: acc = mix2_3(acc, y + 14); break;
    case 17: acc = mix2_0(acc, y + 17); break;
    default: acc ^= y * 813u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix2_1(acc, y + 12); break;
    case 4: acc = mix2_2(acc, y + 4); break;
    case 3: acc = mix2_2(acc, y + 3); break;
    case 26: acc = mix2_2(acc, y + 26); break;
    case 39: acc = mix2_3(acc, y + 39); break;
    case 29: acc = mix2_1(acc, y + 29); break;
    default: acc ^= y * 646u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix2_1(acc, y + 11); break;
    case 33: acc = mix2_0(acc, y + 33); break;
    case 23: acc = mix2_1(acc, y + 23); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 34: acc = mix2_3(acc, y + 34); break;
    case 8: acc = mix2_3(acc, y + 8); break;
    default: acc ^= y * 709u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix2_1(acc, y + 18); break;
    case 8: acc = mix2_2(acc, y + 8); break;
    case 10: acc = mix2_0(acc, y + 10); break;
    case 14: acc = mix2_1(acc, y + 14); break;
    case 26: acc = mix2_1(acc, y + 26); break;
    case 24: acc = mix2_3(acc, y + 24); break;
    default: acc ^= y * 759u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_2_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_2_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix2_2(acc, y + 32); break;
    case 9: acc = mix2_2(acc, y + 9); break;
    case 20: acc = mix2_2(acc, y + 20); break;
    case 7: acc = mix2_2(acc, y + 7); break;
    case 26: acc = mix2_3(acc, y + 26); break;
    case 31: acc = mix2_1(acc, y + 31); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix2_3(acc, y + 25); break;
    case 7: acc = mix2_0(acc, y + 7); break;
    case 19: acc = mix2_0(acc, y + 19); break;
    case 1: acc = mix2_0(acc, y + 1); break;
    case 34: acc = mix2_2(acc, y + 34); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix2_3(acc, y + 7); break;
    case 38: acc = mix2_0(acc, y + 38); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 8: acc = mix2_1(acc, y + 8); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_2_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_2_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix2_0(acc, y + 30); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    case 38: acc = mix2_1(acc, y + 38); break;
    case 8: acc = mix2_0(acc, y + 8); break;
    case 33: acc = mix2_3(acc, y + 33); break;
    case 31: acc = mix2_2(acc, y + 31); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix2_0(acc, y + 37); break;
    case 6: acc = mix2_3(acc, y + 6); break;
    case 16: acc = mix2_2(acc, y + 16); break;
    case 14: acc = mix2_2(acc, y + 14); break;
    case 25: acc = mix2_3(acc, y + 25); break;
    case 4: acc = mix2_1(acc, y + 4); break;
    default: acc ^= y * 428u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix2_1(acc, y + 4); break;
    case 9: acc = mix2_0(acc, y + 9); break;
    case 12: acc = mix2_3(acc, y + 12); break;
    case 27: acc = mix2_1(acc, y + 27); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 34: acc = mix2_0(acc, y + 34); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix2_0(acc, y + 39); break;
    case 20: acc = mix2_1(acc, y + 20); break;
    case 28: acc = mix2_0(acc, y + 28); break;
    case 5: acc = mix2_0(acc, y + 5); break;
    case 30: acc = mix2_0(acc, y + 30); break;
    case 35: acc = mix2_0(acc, y + 35); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_2_98(acc, y ^ 99);
    return acc;
}
