#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix9_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix9_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix9_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix9_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_9_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix9_3(acc, y + 29); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix9_0(acc, y + 35); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    default: acc ^= y * 792u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix9_0(acc, y + 32); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    default: acc ^= y * 771u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix9_1(acc, y + 38); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    default: acc ^= y * 147u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix9_0(acc, y + 22); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    default: acc ^= y * 526u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix9_0(acc, y + 34); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    default: acc ^= y * 115u; break;
    }
    if (acc & 4u) { sink = acc; }
    return acc;
}
uint32_t fn_9_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix9_0(acc, y + 35); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    default: acc ^= y * 568u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix9_2(acc, y + 1); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    default: acc ^= y * 133u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix9_2(acc, y + 24); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    default: acc ^= y * 56u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_9_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_9_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix9_0(acc, y + 11); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix9_2(acc, y + 31); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    default: acc ^= y * 358u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix9_3(acc, y + 34); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix9_0(acc, y + 30); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    default: acc ^= y * 884u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_9_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_9_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix9_3(acc, y + 31); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix9_2(acc, y + 3); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    default: acc ^= y * 636u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix9_3(acc, y + 3); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix9_1(acc, y + 16); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix9_2(acc, y + 4); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    default: acc ^= y * 641u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix9_0(acc, y + 15); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    default: acc ^= y * 617u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_9_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_9_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix9_0(acc, y + 38); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    default: acc ^= y * 166u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix9_3(acc, y + 31); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix9_1(acc, y + 8); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    default: acc ^= y * 278u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix9_3(acc, y + 8); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    default: acc ^= y * 944u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix9_3(acc, y + 34); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 14: acc = mix9_0(acc, y + 14); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    case 27: acc = mix9_2(acc, y + 27); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    default: acc ^= y * 735u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_9_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_9_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix9_3(acc, y + 32); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix9_0(acc, y + 22); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix9_2(acc, y + 34); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    default: acc ^= y * 768u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix9_3(acc, y + 15); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_9_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_9_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix9_3(acc, y + 1); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix9_3(acc, y + 29); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix9_3(acc, y + 7); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_9_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix9_3(acc, y + 16); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    default: acc ^= y * 231u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix9_2(acc, y + 18); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    default: acc ^= y * 401u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix9_0(acc, y + 37); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_9_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_9_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix9_3(acc, y + 17); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    default: acc ^= y * 959u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix9_2(acc, y + 15); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix9_1(acc, y + 33); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_9_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_9_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix9_2(acc, y + 1); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    default: acc ^= y * 820u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix9_1(acc, y + 36); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    default: acc ^= y * 879u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix9_0(acc, y + 24); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 27: acc = mix9_2(acc, y + 27); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    default: acc ^= y * 21u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix9_2(acc, y + 12); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix9_1(acc, y + 28); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix9_1(acc, y + 3); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    default: acc ^= y * 310u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_9_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_9_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix9_0(acc, y + 23); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    default: acc ^= y * 977u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix9_0(acc, y + 18); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix9_2(acc, y + 8); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    default: acc ^= y * 446u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix9_2(acc, y + 27); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix9_2(acc, y + 2); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    default: acc ^= y * 647u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_9_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_9_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix9_3(acc, y + 29); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    default: acc ^= y * 584u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix9_3(acc, y + 17); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    default: acc ^= y * 548u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix9_2(acc, y + 21); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix9_3(acc, y + 1); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_9_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_9_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix9_0(acc, y + 27); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    default: acc ^= y * 174u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix9_1(acc, y + 9); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix9_2(acc, y + 32); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    default: acc ^= y * 197u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix9_0(acc, y + 34); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    default: acc ^= y * 885u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix9_2(acc, y + 34); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    default: acc ^= y * 874u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_9_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_9_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix9_1(acc, y + 31); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    default: acc ^= y * 440u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix9_2(acc, y + 1); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    default: acc ^= y * 289u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix9_0(acc, y + 6); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    default: acc ^= y * 318u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix9_1(acc, y + 28); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    default: acc ^= y * 452u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix9_2(acc, y + 8); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    default: acc ^= y * 107u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_9_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_9_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix9_2(acc, y + 6); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    default: acc ^= y * 963u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix9_0(acc, y + 17); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 27: acc = mix9_2(acc, y + 27); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 29: acc = mix9_2(acc, y + 29); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    default: acc ^= y * 150u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix9_0(acc, y + 11); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    default: acc ^= y * 276u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix9_1(acc, y + 38); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    default: acc ^= y * 983u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix9_1(acc, y + 7); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    default: acc ^= y * 125u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix9_3(acc, y + 33); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    default: acc ^= y * 406u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_9_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_9_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix9_2(acc, y + 7); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    default: acc ^= y * 245u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix9_3(acc, y + 3); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    default: acc ^= y * 278u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix9_3(acc, y + 39); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    default: acc ^= y * 934u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix9_0(acc, y + 10); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix9_3(acc, y + 7); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix9_2(acc, y + 36); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_9_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_9_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix9_0(acc, y + 11); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    default: acc ^= y * 542u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix9_0(acc, y + 30); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    default: acc ^= y * 131u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix9_0(acc, y + 7); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    default: acc ^= y * 12u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix9_1(acc, y + 34); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    default: acc ^= y * 150u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix9_1(acc, y + 26); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    default: acc ^= y * 821u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_9_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_9_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix9_0(acc, y + 23); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    default: acc ^= y * 446u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix9_3(acc, y + 16); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    default: acc ^= y * 108u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix9_2(acc, y + 34); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix9_0(acc, y + 31); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_9_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_9_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix9_3(acc, y + 18); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix9_3(acc, y + 31); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    default: acc ^= y * 469u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix9_1(acc, y + 26); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    default: acc ^= y * 371u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix9_2(acc, y + 1); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix9_0(acc, y + 26); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    default: acc ^= y * 416u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_9_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_9_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix9_1(acc, y + 33); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix9_2(acc, y + 7); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    default: acc ^= y * 372u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix9_2(acc, y + 37); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    default: acc ^= y * 496u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_9_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_9_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix9_2(acc, y + 32); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix9_0(acc, y + 5); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    default: acc ^= y * 454u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix9_1(acc, y + 38); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    default: acc ^= y * 421u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix9_0(acc, y + 30); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    default: acc ^= y * 540u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix9_3(acc, y + 7); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_9_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_9_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix9_1(acc, y + 18); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix9_2(acc, y + 11); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix9_2(acc, y + 26); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    default: acc ^= y * 606u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_9_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix9_0(acc, y + 9); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix9_2(acc, y + 28); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix9_2(acc, y + 26); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    default: acc ^= y * 191u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix9_3(acc, y + 39); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix9_2(acc, y + 20); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 12: acc = mix9_1(acc, y + 12); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    default: acc ^= y * 143u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_9_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_9_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix9_2(acc, y + 25); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    default: acc ^= y * 578u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix9_2(acc, y + 27); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    default: acc ^= y * 381u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix9_1(acc, y + 25); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    default: acc ^= y * 603u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix9_1(acc, y + 24); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_9_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_9_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix9_3(acc, y + 13); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix9_3(acc, y + 8); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix9_2(acc, y + 26); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    default: acc ^= y * 236u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix9_2(acc, y + 26); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_9_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_9_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix9_2(acc, y + 11); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    default: acc ^= y * 383u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix9_1(acc, y + 3); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix9_3(acc, y + 34); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    default: acc ^= y * 523u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix9_3(acc, y + 23); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix9_1(acc, y + 25); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    default: acc ^= y * 690u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 1: acc = mix9_1(acc, y + 1); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    default: acc ^= y * 54u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_9_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_9_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix9_3(acc, y + 3); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    default: acc ^= y * 818u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix9_3(acc, y + 21); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    default: acc ^= y * 580u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix9_1(acc, y + 22); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    default: acc ^= y * 529u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_9_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_9_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix9_0(acc, y + 5); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    default: acc ^= y * 396u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix9_2(acc, y + 11); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix9_2(acc, y + 36); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    default: acc ^= y * 25u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix9_2(acc, y + 1); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    default: acc ^= y * 950u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix9_0(acc, y + 10); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_9_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_9_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix9_3(acc, y + 24); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    default: acc ^= y * 846u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix9_0(acc, y + 11); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix9_3(acc, y + 31); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    default: acc ^= y * 127u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix9_1(acc, y + 26); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix9_3(acc, y + 11); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    default: acc ^= y * 5u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix9_2(acc, y + 39); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_9_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_9_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix9_1(acc, y + 17); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    default: acc ^= y * 789u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix9_3(acc, y + 1); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    default: acc ^= y * 832u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix9_0(acc, y + 17); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    default: acc ^= y * 428u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_9_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_9_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix9_0(acc, y + 22); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 28: acc = mix9_2(acc, y + 28); break;
    default: acc ^= y * 114u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix9_0(acc, y + 6); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    default: acc ^= y * 197u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix9_0(acc, y + 19); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_9_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix9_2(acc, y + 22); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix9_2(acc, y + 27); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    default: acc ^= y * 343u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix9_0(acc, y + 13); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    default: acc ^= y * 97u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix9_2(acc, y + 23); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    default: acc ^= y * 713u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix9_1(acc, y + 5); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 29: acc = mix9_2(acc, y + 29); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    default: acc ^= y * 307u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 37: acc = mix9_0(acc, y + 37); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    default: acc ^= y * 217u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_9_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_9_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix9_0(acc, y + 1); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    default: acc ^= y * 805u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix9_0(acc, y + 18); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    default: acc ^= y * 257u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix9_0(acc, y + 9); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_9_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_9_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix9_2(acc, y + 5); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    default: acc ^= y * 946u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix9_0(acc, y + 34); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    default: acc ^= y * 884u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix9_2(acc, y + 17); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix9_2(acc, y + 13); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_9_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_9_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix9_2(acc, y + 32); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    default: acc ^= y * 238u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix9_1(acc, y + 11); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    default: acc ^= y * 979u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix9_0(acc, y + 23); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    default: acc ^= y * 347u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_9_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_9_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix9_1(acc, y + 2); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    default: acc ^= y * 19u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix9_0(acc, y + 38); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix9_3(acc, y + 34); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix9_2(acc, y + 11); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix9_3(acc, y + 5); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 28: acc = mix9_2(acc, y + 28); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_9_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix9_0(acc, y + 1); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix9_0(acc, y + 12); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    default: acc ^= y * 202u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix9_0(acc, y + 5); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    default: acc ^= y * 829u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix9_0(acc, y + 11); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    default: acc ^= y * 937u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_9_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_9_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix9_1(acc, y + 9); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    default: acc ^= y * 846u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix9_1(acc, y + 22); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    default: acc ^= y * 608u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix9_1(acc, y + 19); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix9_2(acc, y + 35); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    default: acc ^= y * 391u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_9_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_9_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix9_2(acc, y + 5); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    default: acc ^= y * 511u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix9_2(acc, y + 4); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix9_3(acc, y + 38); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    default: acc ^= y * 229u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix9_0(acc, y + 27); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    default: acc ^= y * 193u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix9_2(acc, y + 11); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    default: acc ^= y * 563u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix9_0(acc, y + 32); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_9_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_9_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix9_2(acc, y + 37); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    default: acc ^= y * 387u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix9_2(acc, y + 34); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    default: acc ^= y * 458u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix9_2(acc, y + 1); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix9_2(acc, y + 34); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix9_1(acc, y + 6); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    default: acc ^= y * 257u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_9_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_9_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix9_0(acc, y + 8); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    default: acc ^= y * 613u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix9_1(acc, y + 10); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 27: acc = mix9_2(acc, y + 27); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    default: acc ^= y * 162u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix9_0(acc, y + 2); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    default: acc ^= y * 116u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_9_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_9_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix9_3(acc, y + 12); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    default: acc ^= y * 339u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix9_3(acc, y + 32); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    default: acc ^= y * 918u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix9_1(acc, y + 29); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_9_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_9_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix9_0(acc, y + 5); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix9_0(acc, y + 21); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    default: acc ^= y * 285u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix9_3(acc, y + 15); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    default: acc ^= y * 570u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix9_3(acc, y + 21); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    default: acc ^= y * 7u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix9_1(acc, y + 37); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_9_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_9_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix9_3(acc, y + 3); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix9_0(acc, y + 36); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    default: acc ^= y * 202u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix9_2(acc, y + 33); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    default: acc ^= y * 437u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix9_0(acc, y + 26); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix9_0(acc, y + 34); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_9_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_9_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix9_3(acc, y + 33); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    default: acc ^= y * 854u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix9_3(acc, y + 27); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    default: acc ^= y * 396u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix9_2(acc, y + 2); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix9_0(acc, y + 13); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix9_1(acc, y + 32); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix9_1(acc, y + 21); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_9_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_9_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix9_3(acc, y + 18); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix9_2(acc, y + 33); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix9_3(acc, y + 16); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix9_1(acc, y + 12); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    default: acc ^= y * 890u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix9_0(acc, y + 14); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    default: acc ^= y * 325u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_9_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_9_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix9_3(acc, y + 36); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix9_0(acc, y + 30); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix9_2(acc, y + 28); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    default: acc ^= y * 385u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix9_3(acc, y + 36); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    default: acc ^= y * 132u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix9_1(acc, y + 17); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    default: acc ^= y * 314u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_9_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_9_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix9_0(acc, y + 10); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    default: acc ^= y * 66u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix9_3(acc, y + 3); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 27: acc = mix9_2(acc, y + 27); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    default: acc ^= y * 536u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix9_2(acc, y + 35); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    default: acc ^= y * 842u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix9_1(acc, y + 15); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    default: acc ^= y * 508u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_9_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_9_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix9_2(acc, y + 35); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix9_1(acc, y + 36); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix9_1(acc, y + 1); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    default: acc ^= y * 548u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix9_1(acc, y + 18); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix9_2(acc, y + 33); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    default: acc ^= y * 911u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix9_2(acc, y + 39); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    default: acc ^= y * 216u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_9_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_9_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix9_1(acc, y + 33); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    default: acc ^= y * 859u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix9_1(acc, y + 27); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix9_2(acc, y + 17); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_9_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_9_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix9_2(acc, y + 13); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    default: acc ^= y * 236u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix9_3(acc, y + 23); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    default: acc ^= y * 919u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix9_0(acc, y + 2); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    default: acc ^= y * 291u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix9_3(acc, y + 15); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix9_1(acc, y + 14); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    default: acc ^= y * 325u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_9_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_9_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix9_2(acc, y + 19); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix9_3(acc, y + 2); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix9_2(acc, y + 22); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 28: acc = mix9_2(acc, y + 28); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    default: acc ^= y * 138u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_9_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_9_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix9_3(acc, y + 31); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    default: acc ^= y * 334u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix9_0(acc, y + 19); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    default: acc ^= y * 158u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix9_2(acc, y + 32); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    default: acc ^= y * 143u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_9_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_9_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix9_2(acc, y + 33); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    default: acc ^= y * 606u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix9_3(acc, y + 3); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    default: acc ^= y * 384u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix9_2(acc, y + 38); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    default: acc ^= y * 264u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix9_1(acc, y + 39); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    default: acc ^= y * 584u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_9_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix9_0(acc, y + 8); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    default: acc ^= y * 754u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix9_2(acc, y + 29); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 28: acc = mix9_2(acc, y + 28); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix9_2(acc, y + 20); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    default: acc ^= y * 621u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix9_3(acc, y + 18); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    default: acc ^= y * 934u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_9_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_9_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix9_3(acc, y + 10); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix9_2(acc, y + 3); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix9_2(acc, y + 37); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix9_2(acc, y + 1); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    default: acc ^= y * 757u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix9_0(acc, y + 25); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    default: acc ^= y * 859u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_9_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_9_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix9_2(acc, y + 1); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    default: acc ^= y * 719u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix9_3(acc, y + 4); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    default: acc ^= y * 867u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix9_3(acc, y + 12); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    default: acc ^= y * 19u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_9_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_9_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix9_3(acc, y + 10); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix9_2(acc, y + 28); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    default: acc ^= y * 479u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix9_3(acc, y + 24); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    default: acc ^= y * 390u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_9_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_9_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix9_3(acc, y + 14); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix9_2(acc, y + 11); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    default: acc ^= y * 717u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix9_0(acc, y + 9); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    default: acc ^= y * 129u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix9_1(acc, y + 16); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    default: acc ^= y * 647u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix9_0(acc, y + 11); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    default: acc ^= y * 813u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_9_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_9_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix9_2(acc, y + 27); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    default: acc ^= y * 729u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix9_0(acc, y + 1); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    default: acc ^= y * 737u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix9_3(acc, y + 4); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    default: acc ^= y * 88u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_9_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_9_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix9_2(acc, y + 5); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix9_3(acc, y + 21); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 29: acc = mix9_2(acc, y + 29); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix9_1(acc, y + 5); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix9_3(acc, y + 23); break;
    case 27: acc = mix9_2(acc, y + 27); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix9_2(acc, y + 7); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    default: acc ^= y * 322u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 1: acc = mix9_1(acc, y + 1); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    default: acc ^= y * 837u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_9_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_9_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix9_0(acc, y + 9); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    default: acc ^= y * 308u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix9_3(acc, y + 4); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    default: acc ^= y * 396u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix9_0(acc, y + 20); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    default: acc ^= y * 599u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_9_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix9_2(acc, y + 3); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix9_2(acc, y + 5); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    default: acc ^= y * 645u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix9_3(acc, y + 7); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix9_3(acc, y + 5); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    default: acc ^= y * 629u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix9_0(acc, y + 24); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    default: acc ^= y * 401u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_9_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_9_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix9_3(acc, y + 25); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    default: acc ^= y * 83u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix9_3(acc, y + 9); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    default: acc ^= y * 775u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix9_2(acc, y + 35); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_9_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_9_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix9_1(acc, y + 7); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix9_2(acc, y + 19); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    default: acc ^= y * 719u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix9_1(acc, y + 23); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    default: acc ^= y * 455u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_9_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_9_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix9_0(acc, y + 7); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    default: acc ^= y * 336u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix9_2(acc, y + 22); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    default: acc ^= y * 662u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix9_1(acc, y + 28); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    default: acc ^= y * 126u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix9_0(acc, y + 35); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 20: acc = mix9_1(acc, y + 20); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    default: acc ^= y * 387u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_9_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_9_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix9_3(acc, y + 34); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix9_2(acc, y + 30); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 23: acc = mix9_3(acc, y + 23); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    default: acc ^= y * 594u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix9_0(acc, y + 32); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 28: acc = mix9_2(acc, y + 28); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    default: acc ^= y * 6u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix9_2(acc, y + 37); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    default: acc ^= y * 161u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix9_3(acc, y + 23); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_9_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_9_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix9_3(acc, y + 8); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix9_3(acc, y + 27); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    default: acc ^= y * 779u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix9_0(acc, y + 11); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 28: acc = mix9_2(acc, y + 28); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    default: acc ^= y * 340u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix9_3(acc, y + 38); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    default: acc ^= y * 991u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix9_1(acc, y + 39); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_9_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_9_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix9_1(acc, y + 31); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix9_0(acc, y + 31); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    default: acc ^= y * 390u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix9_3(acc, y + 35); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    default: acc ^= y * 889u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix9_2(acc, y + 29); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    default: acc ^= y * 859u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix9_0(acc, y + 30); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    default: acc ^= y * 75u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_9_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_9_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix9_1(acc, y + 19); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    default: acc ^= y * 899u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix9_0(acc, y + 21); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix9_0(acc, y + 10); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix9_1(acc, y + 34); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    default: acc ^= y * 689u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix9_2(acc, y + 30); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    default: acc ^= y * 116u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_9_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_9_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix9_1(acc, y + 34); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 29: acc = mix9_2(acc, y + 29); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    default: acc ^= y * 777u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix9_1(acc, y + 7); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix9_0(acc, y + 16); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_9_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_9_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix9_1(acc, y + 25); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix9_1(acc, y + 28); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    default: acc ^= y * 139u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix9_1(acc, y + 8); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    default: acc ^= y * 198u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_9_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_9_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix9_3(acc, y + 11); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    default: acc ^= y * 530u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix9_0(acc, y + 33); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    default: acc ^= y * 468u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix9_2(acc, y + 8); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    default: acc ^= y * 688u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix9_1(acc, y + 30); break;
    case 9: acc = mix9_2(acc, y + 9); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 16: acc = mix9_1(acc, y + 16); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    default: acc ^= y * 868u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_9_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_9_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix9_2(acc, y + 19); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    default: acc ^= y * 292u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix9_2(acc, y + 22); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix9_2(acc, y + 18); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    default: acc ^= y * 289u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_9_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_9_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix9_2(acc, y + 10); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix9_0(acc, y + 28); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix9_0(acc, y + 6); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    default: acc ^= y * 758u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix9_3(acc, y + 18); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_9_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_9_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix9_3(acc, y + 29); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    default: acc ^= y * 870u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix9_3(acc, y + 36); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    default: acc ^= y * 675u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix9_3(acc, y + 33); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    default: acc ^= y * 990u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix9_0(acc, y + 4); break;
    case 27: acc = mix9_2(acc, y + 27); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    default: acc ^= y * 138u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix9_2(acc, y + 21); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    default: acc ^= y * 572u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix9_0(acc, y + 39); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    default: acc ^= y * 408u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_9_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_9_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix9_0(acc, y + 38); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    default: acc ^= y * 977u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix9_0(acc, y + 31); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    default: acc ^= y * 24u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix9_2(acc, y + 4); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    default: acc ^= y * 417u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_9_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_9_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix9_3(acc, y + 10); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    default: acc ^= y * 278u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix9_0(acc, y + 10); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix9_1(acc, y + 17); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    default: acc ^= y * 920u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix9_2(acc, y + 37); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    default: acc ^= y * 52u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_9_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_9_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix9_2(acc, y + 33); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix9_0(acc, y + 18); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix9_2(acc, y + 14); break;
    case 1: acc = mix9_1(acc, y + 1); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    default: acc ^= y * 311u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_9_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_9_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix9_0(acc, y + 34); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    default: acc ^= y * 200u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix9_3(acc, y + 3); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    default: acc ^= y * 955u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix9_2(acc, y + 12); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix9_1(acc, y + 28); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    default: acc ^= y * 398u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_9_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_9_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix9_3(acc, y + 24); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    default: acc ^= y * 957u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix9_0(acc, y + 11); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix9_1(acc, y + 39); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    default: acc ^= y * 729u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix9_1(acc, y + 38); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    default: acc ^= y * 29u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_9_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_9_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix9_2(acc, y + 7); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    default: acc ^= y * 767u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix9_3(acc, y + 39); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 34: acc = mix9_2(acc, y + 34); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    default: acc ^= y * 802u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix9_3(acc, y + 25); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    default: acc ^= y * 363u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix9_1(acc, y + 28); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    default: acc ^= y * 433u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_9_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_9_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix9_2(acc, y + 12); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 37: acc = mix9_2(acc, y + 37); break;
    default: acc ^= y * 540u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix9_2(acc, y + 25); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix9_2(acc, y + 6); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    default: acc ^= y * 647u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix9_3(acc, y + 17); break;
    case 19: acc = mix9_0(acc, y + 19); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    default: acc ^= y * 296u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix9_3(acc, y + 22); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 17: acc = mix9_2(acc, y + 17); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix9_1(acc, y + 6); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    default: acc ^= y * 678u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_9_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_9_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix9_2(acc, y + 27); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 28: acc = mix9_3(acc, y + 28); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    default: acc ^= y * 430u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix9_1(acc, y + 24); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    default: acc ^= y * 436u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix9_3(acc, y + 6); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    default: acc ^= y * 521u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix9_2(acc, y + 14); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    default: acc ^= y * 831u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix9_2(acc, y + 28); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 1: acc = mix9_0(acc, y + 1); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    default: acc ^= y * 994u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 20: acc = mix9_0(acc, y + 20); break;
    case 29: acc = mix9_2(acc, y + 29); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    default: acc ^= y * 167u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_9_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_9_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix9_2(acc, y + 13); break;
    case 36: acc = mix9_2(acc, y + 36); break;
    case 1: acc = mix9_3(acc, y + 1); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    default: acc ^= y * 561u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix9_3(acc, y + 28); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix9_1(acc, y + 22); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    default: acc ^= y * 639u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix9_0(acc, y + 20); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 12: acc = mix9_0(acc, y + 12); break;
    case 11: acc = mix9_0(acc, y + 11); break;
    default: acc ^= y * 432u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_9_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_9_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix9_1(acc, y + 25); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 8: acc = mix9_2(acc, y + 8); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix9_1(acc, y + 29); break;
    case 12: acc = mix9_1(acc, y + 12); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix9_2(acc, y + 19); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 38: acc = mix9_2(acc, y + 38); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    default: acc ^= y * 108u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix9_2(acc, y + 4); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    default: acc ^= y * 603u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix9_0(acc, y + 26); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    default: acc ^= y * 921u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_9_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_9_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix9_2(acc, y + 29); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix9_1(acc, y + 30); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    default: acc ^= y * 573u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix9_1(acc, y + 15); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    default: acc ^= y * 105u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_9_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_9_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix9_2(acc, y + 25); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    default: acc ^= y * 177u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix9_0(acc, y + 4); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 22: acc = mix9_0(acc, y + 22); break;
    case 26: acc = mix9_1(acc, y + 26); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    default: acc ^= y * 248u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix9_0(acc, y + 4); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    default: acc ^= y * 50u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix9_3(acc, y + 13); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    default: acc ^= y * 247u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix9_2(acc, y + 30); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    default: acc ^= y * 680u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 39: acc = mix9_3(acc, y + 39); break;
    case 18: acc = mix9_3(acc, y + 18); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    default: acc ^= y * 828u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_9_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_9_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix9_1(acc, y + 32); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 18: acc = mix9_1(acc, y + 18); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    default: acc ^= y * 664u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix9_0(acc, y + 31); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix9_3(acc, y + 38); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    case 14: acc = mix9_1(acc, y + 14); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix9_2(acc, y + 21); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    default: acc ^= y * 63u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix9_0(acc, y + 8); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    default: acc ^= y * 85u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 9: acc = mix9_0(acc, y + 9); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 24: acc = mix9_3(acc, y + 24); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    default: acc ^= y * 165u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_9_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_9_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix9_0(acc, y + 5); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    default: acc ^= y * 599u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix9_0(acc, y + 39); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 31: acc = mix9_3(acc, y + 31); break;
    case 25: acc = mix9_0(acc, y + 25); break;
    case 5: acc = mix9_0(acc, y + 5); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix9_2(acc, y + 13); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    default: acc ^= y * 953u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix9_1(acc, y + 5); break;
    case 8: acc = mix9_3(acc, y + 8); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix9_1(acc, y + 28); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    default: acc ^= y * 609u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix9_2(acc, y + 24); break;
    case 5: acc = mix9_3(acc, y + 5); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 7: acc = mix9_3(acc, y + 7); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_9_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_9_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix9_3(acc, y + 24); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    default: acc ^= y * 305u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix9_1(acc, y + 34); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    case 25: acc = mix9_2(acc, y + 25); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    default: acc ^= y * 438u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix9_2(acc, y + 1); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 21: acc = mix9_0(acc, y + 21); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_9_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_9_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix9_2(acc, y + 18); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 35: acc = mix9_0(acc, y + 35); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    default: acc ^= y * 822u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix9_0(acc, y + 26); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 9: acc = mix9_1(acc, y + 9); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 29: acc = mix9_3(acc, y + 29); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix9_2(acc, y + 7); break;
    case 10: acc = mix9_0(acc, y + 10); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 15: acc = mix9_2(acc, y + 15); break;
    default: acc ^= y * 679u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 10: acc = mix9_2(acc, y + 10); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 33: acc = mix9_2(acc, y + 33); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 35: acc = mix9_3(acc, y + 35); break;
    default: acc ^= y * 406u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix9_3(acc, y + 18); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    default: acc ^= y * 733u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_9_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_9_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix9_3(acc, y + 4); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    default: acc ^= y * 364u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix9_2(acc, y + 22); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 9: acc = mix9_3(acc, y + 9); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 13: acc = mix9_1(acc, y + 13); break;
    default: acc ^= y * 251u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix9_0(acc, y + 2); break;
    case 4: acc = mix9_2(acc, y + 4); break;
    case 8: acc = mix9_0(acc, y + 8); break;
    case 23: acc = mix9_0(acc, y + 23); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    default: acc ^= y * 65u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_9_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_9_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix9_0(acc, y + 26); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 2: acc = mix9_0(acc, y + 2); break;
    case 16: acc = mix9_3(acc, y + 16); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix9_3(acc, y + 5); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 32: acc = mix9_1(acc, y + 32); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 26: acc = mix9_3(acc, y + 26); break;
    default: acc ^= y * 94u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix9_3(acc, y + 27); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 26: acc = mix9_0(acc, y + 26); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 6: acc = mix9_1(acc, y + 6); break;
    default: acc ^= y * 170u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix9_3(acc, y + 7); break;
    case 33: acc = mix9_0(acc, y + 33); break;
    case 28: acc = mix9_0(acc, y + 28); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 32: acc = mix9_2(acc, y + 32); break;
    default: acc ^= y * 913u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix9_2(acc, y + 21); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 20: acc = mix9_0(acc, y + 20); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 3: acc = mix9_0(acc, y + 3); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_9_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_9_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix9_0(acc, y + 28); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 37: acc = mix9_0(acc, y + 37); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 39: acc = mix9_2(acc, y + 39); break;
    default: acc ^= y * 977u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix9_1(acc, y + 18); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 14: acc = mix9_0(acc, y + 14); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    default: acc ^= y * 717u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix9_0(acc, y + 10); break;
    case 2: acc = mix9_1(acc, y + 2); break;
    case 18: acc = mix9_0(acc, y + 18); break;
    case 29: acc = mix9_0(acc, y + 29); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    default: acc ^= y * 758u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix9_2(acc, y + 22); break;
    case 31: acc = mix9_0(acc, y + 31); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 5: acc = mix9_2(acc, y + 5); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    default: acc ^= y * 583u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix9_3(acc, y + 35); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 17: acc = mix9_1(acc, y + 17); break;
    case 16: acc = mix9_0(acc, y + 16); break;
    default: acc ^= y * 594u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_9_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_9_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix9_0(acc, y + 12); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 24: acc = mix9_2(acc, y + 24); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    default: acc ^= y * 964u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix9_1(acc, y + 2); break;
    case 19: acc = mix9_3(acc, y + 19); break;
    case 21: acc = mix9_2(acc, y + 21); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 23: acc = mix9_1(acc, y + 23); break;
    case 34: acc = mix9_3(acc, y + 34); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix9_1(acc, y + 31); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    case 35: acc = mix9_1(acc, y + 35); break;
    case 39: acc = mix9_0(acc, y + 39); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    default: acc ^= y * 944u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix9_0(acc, y + 11); break;
    case 36: acc = mix9_0(acc, y + 36); break;
    case 12: acc = mix9_2(acc, y + 12); break;
    case 21: acc = mix9_3(acc, y + 21); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    default: acc ^= y * 320u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix9_3(acc, y + 12); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    case 17: acc = mix9_0(acc, y + 17); break;
    case 14: acc = mix9_2(acc, y + 14); break;
    case 22: acc = mix9_3(acc, y + 22); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    default: acc ^= y * 335u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix9_3(acc, y + 32); break;
    case 29: acc = mix9_1(acc, y + 29); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    default: acc ^= y * 806u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_9_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_9_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix9_1(acc, y + 33); break;
    case 14: acc = mix9_3(acc, y + 14); break;
    case 30: acc = mix9_3(acc, y + 30); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 5: acc = mix9_1(acc, y + 5); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix9_0(acc, y + 14); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 23: acc = mix9_2(acc, y + 23); break;
    case 21: acc = mix9_1(acc, y + 21); break;
    case 25: acc = mix9_1(acc, y + 25); break;
    case 11: acc = mix9_1(acc, y + 11); break;
    default: acc ^= y * 985u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix9_1(acc, y + 11); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 33: acc = mix9_1(acc, y + 33); break;
    case 3: acc = mix9_1(acc, y + 3); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    default: acc ^= y * 190u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix9_0(acc, y + 8); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 6: acc = mix9_0(acc, y + 6); break;
    case 10: acc = mix9_2(acc, y + 10); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    default: acc ^= y * 100u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix9_2(acc, y + 26); break;
    case 15: acc = mix9_3(acc, y + 15); break;
    case 13: acc = mix9_3(acc, y + 13); break;
    case 35: acc = mix9_2(acc, y + 35); break;
    case 37: acc = mix9_1(acc, y + 37); break;
    case 38: acc = mix9_0(acc, y + 38); break;
    default: acc ^= y * 126u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_9_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_9_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix9_0(acc, y + 36); break;
    case 24: acc = mix9_0(acc, y + 24); break;
    case 18: acc = mix9_2(acc, y + 18); break;
    case 37: acc = mix9_3(acc, y + 37); break;
    case 27: acc = mix9_1(acc, y + 27); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    default: acc ^= y * 272u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix9_0(acc, y + 4); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 7: acc = mix9_1(acc, y + 7); break;
    case 27: acc = mix9_0(acc, y + 27); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    default: acc ^= y * 516u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix9_3(acc, y + 10); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 39: acc = mix9_3(acc, y + 39); break;
    case 32: acc = mix9_0(acc, y + 32); break;
    case 25: acc = mix9_3(acc, y + 25); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix9_0(acc, y + 5); break;
    case 31: acc = mix9_1(acc, y + 31); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 22: acc = mix9_1(acc, y + 22); break;
    default: acc ^= y * 871u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix9_3(acc, y + 18); break;
    case 2: acc = mix9_2(acc, y + 2); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 9: acc = mix9_0(acc, y + 9); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_9_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_9_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix9_2(acc, y + 14); break;
    case 6: acc = mix9_3(acc, y + 6); break;
    case 15: acc = mix9_0(acc, y + 15); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    default: acc ^= y * 60u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix9_1(acc, y + 39); break;
    case 31: acc = mix9_2(acc, y + 31); break;
    case 32: acc = mix9_3(acc, y + 32); break;
    case 4: acc = mix9_1(acc, y + 4); break;
    case 22: acc = mix9_2(acc, y + 22); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix9_3(acc, y + 31); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 13: acc = mix9_0(acc, y + 13); break;
    case 20: acc = mix9_3(acc, y + 20); break;
    case 30: acc = mix9_0(acc, y + 30); break;
    case 3: acc = mix9_2(acc, y + 3); break;
    default: acc ^= y * 878u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix9_0(acc, y + 20); break;
    case 6: acc = mix9_2(acc, y + 6); break;
    case 13: acc = mix9_2(acc, y + 13); break;
    case 30: acc = mix9_2(acc, y + 30); break;
    case 36: acc = mix9_3(acc, y + 36); break;
    case 29: acc = mix9_2(acc, y + 29); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix9_0(acc, y + 14); break;
    case 7: acc = mix9_2(acc, y + 7); break;
    case 38: acc = mix9_3(acc, y + 38); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 19: acc = mix9_1(acc, y + 19); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix9_1(acc, y + 8); break;
    case 10: acc = mix9_1(acc, y + 10); break;
    case 19: acc = mix9_2(acc, y + 19); break;
    case 36: acc = mix9_1(acc, y + 36); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 24: acc = mix9_1(acc, y + 24); break;
    default: acc ^= y * 292u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_9_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_9_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix9_0(acc, y + 17); break;
    case 34: acc = mix9_1(acc, y + 34); break;
    case 7: acc = mix9_0(acc, y + 7); break;
    case 2: acc = mix9_3(acc, y + 2); break;
    case 11: acc = mix9_2(acc, y + 11); break;
    case 8: acc = mix9_1(acc, y + 8); break;
    default: acc ^= y * 655u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix9_3(acc, y + 25); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 33: acc = mix9_3(acc, y + 33); break;
    case 10: acc = mix9_3(acc, y + 10); break;
    case 39: acc = mix9_1(acc, y + 39); break;
    case 28: acc = mix9_1(acc, y + 28); break;
    default: acc ^= y * 710u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix9_1(acc, y + 20); break;
    case 17: acc = mix9_3(acc, y + 17); break;
    case 1: acc = mix9_2(acc, y + 1); break;
    case 4: acc = mix9_0(acc, y + 4); break;
    case 3: acc = mix9_3(acc, y + 3); break;
    case 15: acc = mix9_1(acc, y + 15); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix9_0(acc, y + 25); break;
    case 38: acc = mix9_1(acc, y + 38); break;
    case 4: acc = mix9_3(acc, y + 4); break;
    case 12: acc = mix9_3(acc, y + 12); break;
    case 34: acc = mix9_0(acc, y + 34); break;
    case 11: acc = mix9_3(acc, y + 11); break;
    default: acc ^= y * 970u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix9_2(acc, y + 22); break;
    case 20: acc = mix9_2(acc, y + 20); break;
    case 16: acc = mix9_2(acc, y + 16); break;
    case 30: acc = mix9_1(acc, y + 30); break;
    case 27: acc = mix9_3(acc, y + 27); break;
    case 26: acc = mix9_2(acc, y + 26); break;
    default: acc ^= y * 956u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_9_98(acc, y ^ 99);
    return acc;
}
