#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix0_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix0_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix0_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix0_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_0_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix0_2(acc, y + 8); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    default: acc ^= y * 666u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix0_3(acc, y + 30); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 1: acc = mix0_0(acc, y + 1); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix0_2(acc, y + 18); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    default: acc ^= y * 8u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix0_3(acc, y + 10); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix0_3(acc, y + 8); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    default: acc ^= y * 310u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix0_2(acc, y + 30); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 16384u) { sink = acc; }
    return acc;
}
uint32_t fn_0_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix0_0(acc, y + 18); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix0_0(acc, y + 38); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    default: acc ^= y * 227u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix0_3(acc, y + 21); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    default: acc ^= y * 515u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix0_2(acc, y + 24); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 33: acc = mix0_2(acc, y + 33); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    default: acc ^= y * 344u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix0_2(acc, y + 9); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    default: acc ^= y * 940u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_0_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_0_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix0_2(acc, y + 28); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    default: acc ^= y * 287u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix0_2(acc, y + 26); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 34: acc = mix0_3(acc, y + 34); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix0_0(acc, y + 15); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 1: acc = mix0_3(acc, y + 1); break;
    default: acc ^= y * 193u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_0_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_0_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix0_3(acc, y + 11); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    default: acc ^= y * 378u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix0_2(acc, y + 5); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    default: acc ^= y * 350u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix0_1(acc, y + 21); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix0_0(acc, y + 14); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 34: acc = mix0_3(acc, y + 34); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    default: acc ^= y * 519u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix0_3(acc, y + 2); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix0_2(acc, y + 21); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    default: acc ^= y * 324u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_0_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_0_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix0_3(acc, y + 23); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    default: acc ^= y * 500u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix0_0(acc, y + 2); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix0_3(acc, y + 39); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    default: acc ^= y * 600u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix0_1(acc, y + 8); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 14: acc = mix0_2(acc, y + 14); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_0_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_0_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix0_1(acc, y + 35); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    default: acc ^= y * 529u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix0_3(acc, y + 24); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix0_1(acc, y + 22); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_0_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_0_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix0_2(acc, y + 5); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix0_2(acc, y + 3); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    default: acc ^= y * 299u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix0_3(acc, y + 21); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    default: acc ^= y * 705u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_0_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_0_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix0_0(acc, y + 16); break;
    case 19: acc = mix0_1(acc, y + 19); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    default: acc ^= y * 27u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix0_3(acc, y + 5); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix0_1(acc, y + 33); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    default: acc ^= y * 618u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix0_0(acc, y + 18); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    default: acc ^= y * 276u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix0_1(acc, y + 36); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 13: acc = mix0_2(acc, y + 13); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_0_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_0_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix0_0(acc, y + 36); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix0_0(acc, y + 38); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix0_1(acc, y + 14); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    default: acc ^= y * 825u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix0_0(acc, y + 33); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    default: acc ^= y * 424u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_0_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_0_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix0_1(acc, y + 19); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    default: acc ^= y * 430u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix0_0(acc, y + 34); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    default: acc ^= y * 448u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix0_0(acc, y + 19); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    default: acc ^= y * 571u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_0_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_0_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix0_1(acc, y + 34); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    default: acc ^= y * 68u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix0_1(acc, y + 1); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    default: acc ^= y * 681u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix0_0(acc, y + 35); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix0_0(acc, y + 36); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_0_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_0_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix0_0(acc, y + 2); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix0_3(acc, y + 39); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    default: acc ^= y * 178u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix0_2(acc, y + 32); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_0_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_0_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix0_2(acc, y + 16); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix0_2(acc, y + 13); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix0_2(acc, y + 17); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    default: acc ^= y * 266u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix0_0(acc, y + 30); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    default: acc ^= y * 314u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix0_0(acc, y + 27); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_0_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_0_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix0_0(acc, y + 6); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    default: acc ^= y * 963u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix0_3(acc, y + 13); break;
    case 10: acc = mix0_3(acc, y + 10); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix0_0(acc, y + 39); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix0_2(acc, y + 9); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix0_2(acc, y + 26); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix0_0(acc, y + 33); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    default: acc ^= y * 949u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_0_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_0_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix0_1(acc, y + 31); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    default: acc ^= y * 44u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix0_2(acc, y + 1); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    default: acc ^= y * 765u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix0_3(acc, y + 22); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    default: acc ^= y * 15u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix0_0(acc, y + 34); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    case 1: acc = mix0_3(acc, y + 1); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix0_1(acc, y + 38); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_0_13(acc, y ^ 14);
    return acc;
}
