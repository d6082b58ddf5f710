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
uint32_t fn_0_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix0_0(acc, y + 7); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    default: acc ^= y * 681u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix0_1(acc, y + 4); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix0_0(acc, y + 33); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    default: acc ^= y * 878u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix0_3(acc, y + 30); break;
    case 33: acc = mix0_2(acc, y + 33); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix0_0(acc, y + 6); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_0_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_0_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix0_0(acc, y + 34); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix0_0(acc, y + 5); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix0_2(acc, y + 19); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    default: acc ^= y * 999u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_0_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_0_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix0_0(acc, y + 29); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix0_2(acc, y + 13); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    default: acc ^= y * 401u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix0_3(acc, y + 29); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    default: acc ^= y * 827u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix0_2(acc, y + 22); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_0_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_0_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix0_1(acc, y + 26); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix0_2(acc, y + 16); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    default: acc ^= y * 498u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix0_2(acc, y + 15); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix0_1(acc, y + 28); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    default: acc ^= y * 133u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix0_1(acc, y + 23); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    default: acc ^= y * 69u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix0_1(acc, y + 18); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_0_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_0_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix0_2(acc, y + 38); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix0_1(acc, y + 34); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix0_0(acc, y + 24); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix0_0(acc, y + 39); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    default: acc ^= y * 911u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix0_2(acc, y + 3); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 14: acc = mix0_2(acc, y + 14); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_0_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_0_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix0_3(acc, y + 34); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix0_1(acc, y + 33); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix0_2(acc, y + 22); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    default: acc ^= y * 810u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix0_2(acc, y + 9); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    default: acc ^= y * 417u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix0_2(acc, y + 36); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_0_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_0_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix0_1(acc, y + 4); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix0_3(acc, y + 30); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix0_1(acc, y + 28); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 14: acc = mix0_2(acc, y + 14); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    default: acc ^= y * 576u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix0_1(acc, y + 17); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    default: acc ^= y * 144u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix0_3(acc, y + 2); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_0_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_0_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix0_3(acc, y + 30); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    default: acc ^= y * 497u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix0_1(acc, y + 18); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix0_3(acc, y + 38); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    default: acc ^= y * 697u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_0_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_0_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix0_2(acc, y + 9); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix0_0(acc, y + 15); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix0_2(acc, y + 5); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix0_2(acc, y + 34); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix0_2(acc, y + 27); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_0_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_0_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix0_2(acc, y + 30); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    default: acc ^= y * 542u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix0_3(acc, y + 22); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    default: acc ^= y * 755u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix0_2(acc, y + 10); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    default: acc ^= y * 381u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_0_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_0_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix0_1(acc, y + 3); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    default: acc ^= y * 3u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix0_3(acc, y + 7); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    default: acc ^= y * 345u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix0_2(acc, y + 18); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    default: acc ^= y * 47u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_0_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_0_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix0_3(acc, y + 34); break;
    case 33: acc = mix0_2(acc, y + 33); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix0_2(acc, y + 31); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix0_3(acc, y + 9); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    default: acc ^= y * 678u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix0_3(acc, y + 38); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix0_2(acc, y + 38); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 13: acc = mix0_2(acc, y + 13); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 14: acc = mix0_2(acc, y + 14); break;
    default: acc ^= y * 284u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix0_0(acc, y + 33); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_0_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_0_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix0_0(acc, y + 35); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix0_0(acc, y + 24); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    default: acc ^= y * 21u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix0_2(acc, y + 33); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    default: acc ^= y * 862u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix0_0(acc, y + 25); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 1: acc = mix0_0(acc, y + 1); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix0_3(acc, y + 7); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    default: acc ^= y * 243u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix0_3(acc, y + 10); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_0_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_0_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix0_0(acc, y + 38); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix0_2(acc, y + 17); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix0_3(acc, y + 14); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    default: acc ^= y * 471u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix0_3(acc, y + 26); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 10: acc = mix0_3(acc, y + 10); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix0_3(acc, y + 27); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix0_2(acc, y + 34); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_0_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_0_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix0_1(acc, y + 39); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix0_2(acc, y + 33); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix0_0(acc, y + 36); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    default: acc ^= y * 715u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_0_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_0_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix0_1(acc, y + 9); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix0_1(acc, y + 26); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix0_0(acc, y + 3); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_0_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_0_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix0_2(acc, y + 6); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    default: acc ^= y * 649u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix0_1(acc, y + 13); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix0_2(acc, y + 25); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 33: acc = mix0_2(acc, y + 33); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix0_1(acc, y + 12); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    default: acc ^= y * 420u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_0_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_0_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix0_1(acc, y + 19); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix0_3(acc, y + 1); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    default: acc ^= y * 106u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix0_3(acc, y + 34); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix0_1(acc, y + 30); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    default: acc ^= y * 100u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix0_0(acc, y + 38); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 10: acc = mix0_3(acc, y + 10); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 34: acc = mix0_3(acc, y + 34); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_0_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_0_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix0_3(acc, y + 12); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix0_0(acc, y + 20); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix0_1(acc, y + 24); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    default: acc ^= y * 606u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix0_1(acc, y + 23); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    default: acc ^= y * 370u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix0_3(acc, y + 36); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    default: acc ^= y * 932u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_0_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_0_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix0_3(acc, y + 1); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    default: acc ^= y * 28u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix0_3(acc, y + 3); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    default: acc ^= y * 478u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix0_2(acc, y + 11); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    default: acc ^= y * 601u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix0_2(acc, y + 11); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    default: acc ^= y * 602u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_0_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_0_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix0_0(acc, y + 16); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix0_2(acc, y + 35); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    default: acc ^= y * 299u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix0_3(acc, y + 9); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    default: acc ^= y * 547u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix0_2(acc, y + 34); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix0_2(acc, y + 15); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_0_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_0_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix0_2(acc, y + 14); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    default: acc ^= y * 4u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix0_1(acc, y + 23); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    default: acc ^= y * 79u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix0_0(acc, y + 5); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix0_1(acc, y + 29); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    case 1: acc = mix0_3(acc, y + 1); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_0_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_0_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix0_1(acc, y + 5); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix0_0(acc, y + 38); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix0_3(acc, y + 29); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix0_2(acc, y + 31); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    default: acc ^= y * 755u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_0_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_0_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix0_0(acc, y + 30); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    default: acc ^= y * 164u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix0_3(acc, y + 27); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    default: acc ^= y * 572u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix0_1(acc, y + 18); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix0_3(acc, y + 23); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    default: acc ^= y * 255u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix0_2(acc, y + 38); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix0_3(acc, y + 29); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    default: acc ^= y * 380u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_0_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_0_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix0_3(acc, y + 22); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    default: acc ^= y * 738u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix0_3(acc, y + 7); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix0_0(acc, y + 38); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    default: acc ^= y * 462u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_0_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_0_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix0_2(acc, y + 19); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix0_0(acc, y + 22); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix0_3(acc, y + 37); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix0_3(acc, y + 34); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix0_1(acc, y + 5); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_0_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_0_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix0_2(acc, y + 31); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    default: acc ^= y * 844u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix0_0(acc, y + 14); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    default: acc ^= y * 634u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix0_3(acc, y + 3); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 33: acc = mix0_2(acc, y + 33); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix0_2(acc, y + 1); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    default: acc ^= y * 266u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix0_0(acc, y + 11); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 1: acc = mix0_0(acc, y + 1); break;
    default: acc ^= y * 229u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 27: acc = mix0_3(acc, y + 27); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    default: acc ^= y * 585u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_0_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_0_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix0_1(acc, y + 2); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    default: acc ^= y * 823u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix0_2(acc, y + 28); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    default: acc ^= y * 614u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix0_1(acc, y + 35); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 13: acc = mix0_2(acc, y + 13); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix0_2(acc, y + 35); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix0_2(acc, y + 13); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 19: acc = mix0_1(acc, y + 19); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 34: acc = mix0_3(acc, y + 34); break;
    default: acc ^= y * 736u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix0_2(acc, y + 36); break;
    case 1: acc = mix0_3(acc, y + 1); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    default: acc ^= y * 655u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_0_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_0_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix0_0(acc, y + 13); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    default: acc ^= y * 711u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix0_1(acc, y + 2); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix0_0(acc, y + 20); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    default: acc ^= y * 844u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix0_1(acc, y + 6); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix0_1(acc, y + 30); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix0_3(acc, y + 16); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_0_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_0_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix0_2(acc, y + 16); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    default: acc ^= y * 146u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix0_0(acc, y + 31); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    default: acc ^= y * 390u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix0_0(acc, y + 30); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    default: acc ^= y * 109u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix0_1(acc, y + 10); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_0_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_0_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix0_0(acc, y + 4); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    default: acc ^= y * 907u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix0_2(acc, y + 22); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    default: acc ^= y * 473u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix0_2(acc, y + 6); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix0_3(acc, y + 17); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    default: acc ^= y * 109u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix0_3(acc, y + 33); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    default: acc ^= y * 184u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_0_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_0_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix0_0(acc, y + 6); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    default: acc ^= y * 63u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix0_0(acc, y + 3); break;
    case 34: acc = mix0_3(acc, y + 34); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    default: acc ^= y * 477u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix0_2(acc, y + 24); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    default: acc ^= y * 811u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix0_3(acc, y + 19); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 1: acc = mix0_0(acc, y + 1); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 27: acc = mix0_3(acc, y + 27); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 13: acc = mix0_2(acc, y + 13); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    default: acc ^= y * 91u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_0_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_0_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix0_1(acc, y + 9); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix0_3(acc, y + 7); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix0_0(acc, y + 9); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix0_1(acc, y + 10); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    default: acc ^= y * 122u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_0_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_0_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix0_1(acc, y + 35); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix0_1(acc, y + 13); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix0_0(acc, y + 9); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    default: acc ^= y * 932u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_0_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_0_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix0_1(acc, y + 37); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    default: acc ^= y * 602u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix0_3(acc, y + 21); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix0_3(acc, y + 14); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix0_1(acc, y + 22); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    default: acc ^= y * 72u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix0_0(acc, y + 18); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    default: acc ^= y * 414u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_0_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_0_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix0_1(acc, y + 13); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 19: acc = mix0_1(acc, y + 19); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    default: acc ^= y * 566u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix0_2(acc, y + 20); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    default: acc ^= y * 39u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix0_3(acc, y + 38); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    default: acc ^= y * 808u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix0_0(acc, y + 9); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    default: acc ^= y * 537u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix0_3(acc, y + 24); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix0_1(acc, y + 8); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_0_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_0_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix0_0(acc, y + 21); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    default: acc ^= y * 762u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix0_2(acc, y + 9); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix0_3(acc, y + 14); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix0_2(acc, y + 29); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    default: acc ^= y * 104u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_0_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_0_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix0_3(acc, y + 3); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix0_2(acc, y + 9); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix0_0(acc, y + 20); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    default: acc ^= y * 78u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix0_1(acc, y + 39); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    default: acc ^= y * 67u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix0_3(acc, y + 31); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    default: acc ^= y * 19u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix0_3(acc, y + 6); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    default: acc ^= y * 474u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_0_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_0_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix0_3(acc, y + 18); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 33: acc = mix0_2(acc, y + 33); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix0_0(acc, y + 36); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    case 1: acc = mix0_0(acc, y + 1); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    default: acc ^= y * 794u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix0_1(acc, y + 22); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix0_1(acc, y + 22); break;
    case 10: acc = mix0_3(acc, y + 10); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 1: acc = mix0_0(acc, y + 1); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    default: acc ^= y * 533u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix0_1(acc, y + 21); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 19: acc = mix0_1(acc, y + 19); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    default: acc ^= y * 933u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix0_0(acc, y + 37); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    default: acc ^= y * 493u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_0_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_0_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix0_0(acc, y + 8); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    default: acc ^= y * 351u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix0_3(acc, y + 8); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    default: acc ^= y * 944u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix0_0(acc, y + 3); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix0_0(acc, y + 25); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_0_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_0_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix0_3(acc, y + 29); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix0_1(acc, y + 27); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    default: acc ^= y * 427u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix0_0(acc, y + 17); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    default: acc ^= y * 13u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_0_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_0_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix0_3(acc, y + 11); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix0_3(acc, y + 37); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix0_2(acc, y + 24); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    case 19: acc = mix0_1(acc, y + 19); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix0_0(acc, y + 16); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix0_3(acc, y + 8); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    default: acc ^= y * 143u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_0_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_0_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix0_3(acc, y + 7); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    default: acc ^= y * 656u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix0_0(acc, y + 22); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    default: acc ^= y * 182u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix0_1(acc, y + 7); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix0_2(acc, y + 36); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix0_3(acc, y + 39); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix0_0(acc, y + 7); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_0_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_0_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix0_3(acc, y + 24); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix0_3(acc, y + 7); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix0_3(acc, y + 24); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    default: acc ^= y * 961u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix0_0(acc, y + 13); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    default: acc ^= y * 934u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix0_1(acc, y + 15); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    default: acc ^= y * 389u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_0_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_0_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix0_0(acc, y + 6); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 34: acc = mix0_3(acc, y + 34); break;
    default: acc ^= y * 30u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix0_3(acc, y + 24); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    default: acc ^= y * 758u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix0_3(acc, y + 28); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    default: acc ^= y * 266u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix0_2(acc, y + 25); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 33: acc = mix0_2(acc, y + 33); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    default: acc ^= y * 839u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_0_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_0_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix0_1(acc, y + 37); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix0_1(acc, y + 29); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix0_3(acc, y + 3); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix0_3(acc, y + 16); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    default: acc ^= y * 177u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix0_0(acc, y + 1); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 10: acc = mix0_3(acc, y + 10); break;
    default: acc ^= y * 203u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix0_1(acc, y + 26); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_0_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_0_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix0_2(acc, y + 4); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix0_3(acc, y + 13); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    default: acc ^= y * 690u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix0_2(acc, y + 24); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix0_2(acc, y + 1); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    default: acc ^= y * 930u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix0_0(acc, y + 19); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_0_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_0_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix0_1(acc, y + 35); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    default: acc ^= y * 885u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix0_0(acc, y + 15); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    default: acc ^= y * 536u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix0_2(acc, y + 29); break;
    case 13: acc = mix0_2(acc, y + 13); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_0_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_0_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix0_0(acc, y + 15); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix0_0(acc, y + 25); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix0_0(acc, y + 29); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix0_2(acc, y + 12); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix0_2(acc, y + 10); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    default: acc ^= y * 434u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix0_0(acc, y + 23); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 10: acc = mix0_3(acc, y + 10); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_0_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_0_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix0_3(acc, y + 30); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix0_2(acc, y + 26); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    default: acc ^= y * 225u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix0_1(acc, y + 21); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 1: acc = mix0_3(acc, y + 1); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    default: acc ^= y * 661u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix0_2(acc, y + 24); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    default: acc ^= y * 797u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix0_2(acc, y + 10); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix0_0(acc, y + 15); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    default: acc ^= y * 547u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_0_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_0_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix0_2(acc, y + 17); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    default: acc ^= y * 392u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix0_2(acc, y + 11); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix0_2(acc, y + 17); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    default: acc ^= y * 432u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix0_0(acc, y + 23); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_0_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_0_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix0_0(acc, y + 18); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    default: acc ^= y * 344u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix0_2(acc, y + 5); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    default: acc ^= y * 613u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix0_2(acc, y + 7); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    default: acc ^= y * 762u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix0_1(acc, y + 28); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    default: acc ^= y * 467u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix0_1(acc, y + 5); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix0_2(acc, y + 7); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_0_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_0_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix0_1(acc, y + 5); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 33: acc = mix0_2(acc, y + 33); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix0_0(acc, y + 38); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 13: acc = mix0_2(acc, y + 13); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    default: acc ^= y * 721u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix0_3(acc, y + 33); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    default: acc ^= y * 298u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix0_0(acc, y + 8); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_0_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_0_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix0_0(acc, y + 18); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    default: acc ^= y * 525u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix0_1(acc, y + 8); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    default: acc ^= y * 30u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix0_0(acc, y + 34); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 14: acc = mix0_2(acc, y + 14); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_0_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_0_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix0_2(acc, y + 18); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    default: acc ^= y * 527u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix0_0(acc, y + 36); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix0_1(acc, y + 23); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    default: acc ^= y * 915u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix0_3(acc, y + 31); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    default: acc ^= y * 480u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix0_3(acc, y + 38); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    default: acc ^= y * 685u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix0_1(acc, y + 31); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    default: acc ^= y * 937u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_0_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_0_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix0_1(acc, y + 33); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix0_0(acc, y + 17); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix0_2(acc, y + 32); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    default: acc ^= y * 991u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_0_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_0_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix0_2(acc, y + 23); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    default: acc ^= y * 376u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix0_3(acc, y + 6); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 1: acc = mix0_3(acc, y + 1); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    default: acc ^= y * 427u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix0_1(acc, y + 34); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    default: acc ^= y * 994u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix0_0(acc, y + 6); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_0_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_0_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix0_0(acc, y + 20); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    default: acc ^= y * 477u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix0_3(acc, y + 5); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    default: acc ^= y * 26u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix0_0(acc, y + 1); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 13: acc = mix0_2(acc, y + 13); break;
    default: acc ^= y * 418u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix0_3(acc, y + 36); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    default: acc ^= y * 849u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_0_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_0_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix0_3(acc, y + 19); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix0_2(acc, y + 16); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix0_0(acc, y + 17); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix0_3(acc, y + 13); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_0_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_0_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix0_2(acc, y + 10); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    default: acc ^= y * 256u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix0_3(acc, y + 21); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    default: acc ^= y * 571u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix0_1(acc, y + 27); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix0_0(acc, y + 39); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix0_3(acc, y + 4); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_0_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_0_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix0_2(acc, y + 14); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix0_3(acc, y + 20); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix0_0(acc, y + 35); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    default: acc ^= y * 435u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_0_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_0_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix0_2(acc, y + 17); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    default: acc ^= y * 765u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix0_3(acc, y + 19); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix0_1(acc, y + 38); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix0_0(acc, y + 2); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    default: acc ^= y * 429u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix0_2(acc, y + 5); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_0_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_0_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix0_0(acc, y + 4); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    default: acc ^= y * 779u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix0_0(acc, y + 29); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix0_0(acc, y + 4); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix0_0(acc, y + 36); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    default: acc ^= y * 315u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_0_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_0_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix0_1(acc, y + 29); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix0_0(acc, y + 24); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    default: acc ^= y * 888u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix0_1(acc, y + 9); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 1: acc = mix0_0(acc, y + 1); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix0_2(acc, y + 31); break;
    case 22: acc = mix0_2(acc, y + 22); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix0_0(acc, y + 6); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 30: acc = mix0_0(acc, y + 30); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix0_1(acc, y + 24); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 1: acc = mix0_3(acc, y + 1); break;
    default: acc ^= y * 437u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_0_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_0_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix0_1(acc, y + 7); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix0_1(acc, y + 13); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    default: acc ^= y * 271u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix0_0(acc, y + 30); break;
    case 10: acc = mix0_3(acc, y + 10); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix0_1(acc, y + 26); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 1: acc = mix0_2(acc, y + 1); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    default: acc ^= y * 414u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_0_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_0_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix0_2(acc, y + 11); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix0_3(acc, y + 30); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 9: acc = mix0_2(acc, y + 9); break;
    default: acc ^= y * 211u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix0_2(acc, y + 6); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 10: acc = mix0_2(acc, y + 10); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    default: acc ^= y * 360u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_0_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_0_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix0_3(acc, y + 9); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix0_0(acc, y + 34); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix0_2(acc, y + 28); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    default: acc ^= y * 962u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix0_2(acc, y + 29); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    default: acc ^= y * 546u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_0_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_0_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix0_1(acc, y + 19); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 7: acc = mix0_3(acc, y + 7); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    default: acc ^= y * 409u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix0_0(acc, y + 19); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 34: acc = mix0_3(acc, y + 34); break;
    default: acc ^= y * 639u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix0_0(acc, y + 1); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 10: acc = mix0_3(acc, y + 10); break;
    default: acc ^= y * 560u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix0_0(acc, y + 28); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 1: acc = mix0_0(acc, y + 1); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix0_3(acc, y + 37); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 16: acc = mix0_3(acc, y + 16); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    case 10: acc = mix0_1(acc, y + 10); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    default: acc ^= y * 110u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_0_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_0_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix0_1(acc, y + 22); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix0_1(acc, y + 39); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix0_3(acc, y + 9); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    default: acc ^= y * 397u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix0_1(acc, y + 30); break;
    case 28: acc = mix0_3(acc, y + 28); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 12: acc = mix0_2(acc, y + 12); break;
    default: acc ^= y * 483u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix0_0(acc, y + 7); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    default: acc ^= y * 784u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_0_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_0_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix0_1(acc, y + 33); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix0_2(acc, y + 39); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    case 34: acc = mix0_0(acc, y + 34); break;
    case 18: acc = mix0_0(acc, y + 18); break;
    default: acc ^= y * 373u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix0_1(acc, y + 18); break;
    case 34: acc = mix0_1(acc, y + 34); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    default: acc ^= y * 973u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix0_0(acc, y + 36); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 34: acc = mix0_3(acc, y + 34); break;
    case 2: acc = mix0_2(acc, y + 2); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix0_1(acc, y + 2); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix0_3(acc, y + 26); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 35: acc = mix0_0(acc, y + 35); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_0_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_0_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix0_2(acc, y + 3); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    default: acc ^= y * 125u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix0_1(acc, y + 6); break;
    case 29: acc = mix0_3(acc, y + 29); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    default: acc ^= y * 366u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix0_0(acc, y + 19); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix0_0(acc, y + 39); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    default: acc ^= y * 296u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_0_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_0_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix0_1(acc, y + 36); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix0_3(acc, y + 16); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 5: acc = mix0_2(acc, y + 5); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    default: acc ^= y * 109u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix0_1(acc, y + 17); break;
    case 37: acc = mix0_3(acc, y + 37); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_0_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_0_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix0_2(acc, y + 29); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    case 35: acc = mix0_3(acc, y + 35); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix0_1(acc, y + 29); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    case 2: acc = mix0_0(acc, y + 2); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix0_1(acc, y + 3); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 21: acc = mix0_3(acc, y + 21); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix0_3(acc, y + 18); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix0_3(acc, y + 9); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    default: acc ^= y * 600u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix0_1(acc, y + 9); break;
    case 25: acc = mix0_2(acc, y + 25); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    default: acc ^= y * 385u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_0_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_0_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix0_2(acc, y + 30); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix0_2(acc, y + 35); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    default: acc ^= y * 654u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix0_3(acc, y + 9); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 17: acc = mix0_1(acc, y + 17); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    default: acc ^= y * 589u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix0_2(acc, y + 33); break;
    case 7: acc = mix0_0(acc, y + 7); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 34: acc = mix0_2(acc, y + 34); break;
    case 30: acc = mix0_3(acc, y + 30); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix0_0(acc, y + 39); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 19: acc = mix0_1(acc, y + 19); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_0_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_0_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix0_3(acc, y + 3); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 31: acc = mix0_0(acc, y + 31); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 20: acc = mix0_1(acc, y + 20); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix0_3(acc, y + 32); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix0_3(acc, y + 21); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 4: acc = mix0_2(acc, y + 4); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_0_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_0_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix0_3(acc, y + 11); break;
    case 13: acc = mix0_2(acc, y + 13); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 36: acc = mix0_3(acc, y + 36); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    default: acc ^= y * 72u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix0_2(acc, y + 39); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 6: acc = mix0_1(acc, y + 6); break;
    case 34: acc = mix0_3(acc, y + 34); break;
    case 25: acc = mix0_0(acc, y + 25); break;
    case 9: acc = mix0_0(acc, y + 9); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix0_1(acc, y + 2); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 5: acc = mix0_3(acc, y + 5); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix0_1(acc, y + 20); break;
    case 31: acc = mix0_1(acc, y + 31); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 24: acc = mix0_3(acc, y + 24); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix0_2(acc, y + 37); break;
    case 19: acc = mix0_1(acc, y + 19); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 33: acc = mix0_0(acc, y + 33); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_0_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_0_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix0_3(acc, y + 21); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 13: acc = mix0_2(acc, y + 13); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    default: acc ^= y * 222u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix0_0(acc, y + 32); break;
    case 31: acc = mix0_3(acc, y + 31); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 21: acc = mix0_0(acc, y + 21); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix0_2(acc, y + 2); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 33: acc = mix0_2(acc, y + 33); break;
    case 8: acc = mix0_3(acc, y + 8); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix0_1(acc, y + 18); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 23: acc = mix0_2(acc, y + 23); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix0_1(acc, y + 37); break;
    case 35: acc = mix0_1(acc, y + 35); break;
    case 26: acc = mix0_3(acc, y + 26); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 29: acc = mix0_1(acc, y + 29); break;
    default: acc ^= y * 400u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix0_1(acc, y + 7); break;
    case 28: acc = mix0_0(acc, y + 28); break;
    case 24: acc = mix0_2(acc, y + 24); break;
    case 37: acc = mix0_0(acc, y + 37); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_0_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_0_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix0_0(acc, y + 33); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    default: acc ^= y * 104u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix0_1(acc, y + 1); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 19: acc = mix0_1(acc, y + 19); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix0_0(acc, y + 14); break;
    case 3: acc = mix0_2(acc, y + 3); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    default: acc ^= y * 346u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_0_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_0_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix0_2(acc, y + 19); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 32: acc = mix0_3(acc, y + 32); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix0_0(acc, y + 12); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    default: acc ^= y * 815u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix0_3(acc, y + 4); break;
    case 12: acc = mix0_3(acc, y + 12); break;
    case 8: acc = mix0_1(acc, y + 8); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix0_0(acc, y + 36); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 17: acc = mix0_3(acc, y + 17); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 6: acc = mix0_2(acc, y + 6); break;
    default: acc ^= y * 883u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_0_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_0_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix0_3(acc, y + 23); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    case 6: acc = mix0_3(acc, y + 6); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix0_0(acc, y + 19); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 4: acc = mix0_1(acc, y + 4); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    case 22: acc = mix0_0(acc, y + 22); break;
    case 12: acc = mix0_1(acc, y + 12); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix0_1(acc, y + 18); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 13: acc = mix0_3(acc, y + 13); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix0_3(acc, y + 1); break;
    case 19: acc = mix0_0(acc, y + 19); break;
    case 14: acc = mix0_2(acc, y + 14); break;
    case 7: acc = mix0_2(acc, y + 7); break;
    case 23: acc = mix0_3(acc, y + 23); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    default: acc ^= y * 427u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix0_2(acc, y + 18); break;
    case 33: acc = mix0_1(acc, y + 33); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 8: acc = mix0_0(acc, y + 8); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    default: acc ^= y * 587u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix0_2(acc, y + 34); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 29: acc = mix0_0(acc, y + 29); break;
    case 27: acc = mix0_1(acc, y + 27); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 36: acc = mix0_1(acc, y + 36); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_0_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_0_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix0_3(acc, y + 15); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 8: acc = mix0_2(acc, y + 8); break;
    case 17: acc = mix0_2(acc, y + 17); break;
    case 39: acc = mix0_1(acc, y + 39); break;
    case 32: acc = mix0_1(acc, y + 32); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix0_3(acc, y + 3); break;
    case 27: acc = mix0_2(acc, y + 27); break;
    case 6: acc = mix0_0(acc, y + 6); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix0_3(acc, y + 6); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 18: acc = mix0_3(acc, y + 18); break;
    case 16: acc = mix0_2(acc, y + 16); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    default: acc ^= y * 75u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix0_2(acc, y + 12); break;
    case 24: acc = mix0_0(acc, y + 24); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 5: acc = mix0_0(acc, y + 5); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 3: acc = mix0_1(acc, y + 3); break;
    default: acc ^= y * 585u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix0_0(acc, y + 17); break;
    case 27: acc = mix0_0(acc, y + 27); break;
    case 32: acc = mix0_0(acc, y + 32); break;
    case 4: acc = mix0_3(acc, y + 4); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 16: acc = mix0_0(acc, y + 16); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_0_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_0_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix0_2(acc, y + 10); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 32: acc = mix0_2(acc, y + 32); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix0_0(acc, y + 11); break;
    case 28: acc = mix0_1(acc, y + 28); break;
    case 15: acc = mix0_3(acc, y + 15); break;
    case 37: acc = mix0_2(acc, y + 37); break;
    case 18: acc = mix0_1(acc, y + 18); break;
    case 30: acc = mix0_2(acc, y + 30); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix0_0(acc, y + 7); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 35: acc = mix0_2(acc, y + 35); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 19: acc = mix0_2(acc, y + 19); break;
    case 9: acc = mix0_1(acc, y + 9); break;
    default: acc ^= y * 901u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix0_0(acc, y + 21); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 36: acc = mix0_0(acc, y + 36); break;
    case 26: acc = mix0_1(acc, y + 26); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    default: acc ^= y * 631u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix0_3(acc, y + 24); break;
    case 14: acc = mix0_2(acc, y + 14); break;
    case 38: acc = mix0_3(acc, y + 38); break;
    case 3: acc = mix0_0(acc, y + 3); break;
    case 19: acc = mix0_1(acc, y + 19); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix0_1(acc, y + 36); break;
    case 23: acc = mix0_1(acc, y + 23); break;
    case 31: acc = mix0_2(acc, y + 31); break;
    case 2: acc = mix0_1(acc, y + 2); break;
    case 37: acc = mix0_1(acc, y + 37); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_0_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_0_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix0_2(acc, y + 19); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    case 16: acc = mix0_3(acc, y + 16); break;
    case 33: acc = mix0_3(acc, y + 33); break;
    case 10: acc = mix0_0(acc, y + 10); break;
    default: acc ^= y * 74u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix0_0(acc, y + 33); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 29: acc = mix0_2(acc, y + 29); break;
    case 11: acc = mix0_1(acc, y + 11); break;
    case 9: acc = mix0_3(acc, y + 9); break;
    case 26: acc = mix0_0(acc, y + 26); break;
    default: acc ^= y * 801u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix0_3(acc, y + 24); break;
    case 14: acc = mix0_3(acc, y + 14); break;
    case 22: acc = mix0_1(acc, y + 22); break;
    case 39: acc = mix0_0(acc, y + 39); break;
    case 36: acc = mix0_2(acc, y + 36); break;
    case 21: acc = mix0_2(acc, y + 21); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix0_3(acc, y + 1); break;
    case 15: acc = mix0_1(acc, y + 15); break;
    case 22: acc = mix0_3(acc, y + 22); break;
    case 20: acc = mix0_0(acc, y + 20); break;
    case 25: acc = mix0_3(acc, y + 25); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    default: acc ^= y * 57u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix0_1(acc, y + 28); break;
    case 1: acc = mix0_3(acc, y + 1); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 7: acc = mix0_1(acc, y + 7); break;
    case 17: acc = mix0_0(acc, y + 17); break;
    case 26: acc = mix0_2(acc, y + 26); break;
    default: acc ^= y * 972u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix0_2(acc, y + 36); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 19: acc = mix0_3(acc, y + 19); break;
    case 25: acc = mix0_1(acc, y + 25); break;
    case 13: acc = mix0_1(acc, y + 13); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    default: acc ^= y * 87u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_0_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_0_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix0_3(acc, y + 8); break;
    case 39: acc = mix0_3(acc, y + 39); break;
    case 14: acc = mix0_0(acc, y + 14); break;
    case 27: acc = mix0_3(acc, y + 27); break;
    case 15: acc = mix0_2(acc, y + 15); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix0_3(acc, y + 7); break;
    case 28: acc = mix0_2(acc, y + 28); break;
    case 1: acc = mix0_1(acc, y + 1); break;
    case 39: acc = mix0_2(acc, y + 39); break;
    case 5: acc = mix0_1(acc, y + 5); break;
    case 11: acc = mix0_2(acc, y + 11); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix0_3(acc, y + 26); break;
    case 4: acc = mix0_0(acc, y + 4); break;
    case 16: acc = mix0_1(acc, y + 16); break;
    case 12: acc = mix0_0(acc, y + 12); break;
    case 11: acc = mix0_3(acc, y + 11); break;
    case 38: acc = mix0_1(acc, y + 38); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_0_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_0_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix0_2(acc, y + 9); break;
    case 18: acc = mix0_2(acc, y + 18); break;
    case 38: acc = mix0_0(acc, y + 38); break;
    case 20: acc = mix0_2(acc, y + 20); break;
    case 21: acc = mix0_1(acc, y + 21); break;
    case 14: acc = mix0_1(acc, y + 14); break;
    default: acc ^= y * 931u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix0_0(acc, y + 38); break;
    case 15: acc = mix0_0(acc, y + 15); break;
    case 20: acc = mix0_3(acc, y + 20); break;
    case 2: acc = mix0_3(acc, y + 2); break;
    case 11: acc = mix0_0(acc, y + 11); break;
    case 13: acc = mix0_0(acc, y + 13); break;
    default: acc ^= y * 793u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix0_3(acc, y + 37); break;
    case 3: acc = mix0_3(acc, y + 3); break;
    case 30: acc = mix0_1(acc, y + 30); break;
    case 38: acc = mix0_2(acc, y + 38); break;
    case 23: acc = mix0_0(acc, y + 23); break;
    case 24: acc = mix0_1(acc, y + 24); break;
    default: acc ^= y * 215u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_0_98(acc, y ^ 99);
    return acc;
}
