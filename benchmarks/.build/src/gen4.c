#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix4_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix4_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix4_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix4_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_4_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix4_1(acc, y + 37); break;
    case 31: acc = mix4_3(acc, y + 31); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    default: acc ^= y * 512u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix4_1(acc, y + 29); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix4_3(acc, y + 3); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 36: acc = mix4_3(acc, y + 36); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    default: acc ^= y * 425u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix4_3(acc, y + 16); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 25: acc = mix4_2(acc, y + 25); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    default: acc ^= y * 177u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix4_0(acc, y + 1); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    default: acc ^= y * 203u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 26: acc = mix4_1(acc, y + 26); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 9: acc = mix4_2(acc, y + 9); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 32u) { sink = acc; }
    return acc;
}
uint32_t fn_4_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix4_2(acc, y + 4); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 17: acc = mix4_0(acc, y + 17); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    default: acc ^= y * 590u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix4_3(acc, y + 13); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 8: acc = mix4_0(acc, y + 8); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    case 38: acc = mix4_0(acc, y + 38); break;
    default: acc ^= y * 690u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix4_2(acc, y + 24); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 2: acc = mix4_3(acc, y + 2); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix4_2(acc, y + 1); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    default: acc ^= y * 930u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix4_0(acc, y + 19); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_4_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_4_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix4_1(acc, y + 35); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 36: acc = mix4_2(acc, y + 36); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 17: acc = mix4_3(acc, y + 17); break;
    default: acc ^= y * 885u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix4_0(acc, y + 15); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 5: acc = mix4_3(acc, y + 5); break;
    default: acc ^= y * 536u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix4_2(acc, y + 29); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 21: acc = mix4_3(acc, y + 21); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_4_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_4_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix4_0(acc, y + 15); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 3: acc = mix4_3(acc, y + 3); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix4_0(acc, y + 25); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 9: acc = mix4_3(acc, y + 9); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix4_0(acc, y + 29); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 6: acc = mix4_2(acc, y + 6); break;
    case 36: acc = mix4_1(acc, y + 36); break;
    default: acc ^= y * 180u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix4_2(acc, y + 12); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    case 11: acc = mix4_1(acc, y + 11); break;
    default: acc ^= y * 722u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix4_2(acc, y + 10); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    default: acc ^= y * 434u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix4_0(acc, y + 23); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 10: acc = mix4_3(acc, y + 10); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_4_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_4_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix4_3(acc, y + 30); break;
    case 13: acc = mix4_1(acc, y + 13); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix4_2(acc, y + 26); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 34: acc = mix4_2(acc, y + 34); break;
    case 22: acc = mix4_2(acc, y + 22); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    default: acc ^= y * 225u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix4_1(acc, y + 21); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 20: acc = mix4_3(acc, y + 20); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    default: acc ^= y * 661u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix4_2(acc, y + 24); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    default: acc ^= y * 797u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix4_2(acc, y + 10); break;
    case 7: acc = mix4_0(acc, y + 7); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 3: acc = mix4_2(acc, y + 3); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 25: acc = mix4_0(acc, y + 25); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix4_0(acc, y + 15); break;
    case 37: acc = mix4_1(acc, y + 37); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 4: acc = mix4_1(acc, y + 4); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    default: acc ^= y * 547u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_4_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_4_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix4_2(acc, y + 17); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    default: acc ^= y * 392u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix4_2(acc, y + 11); break;
    case 8: acc = mix4_1(acc, y + 8); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 20: acc = mix4_2(acc, y + 20); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix4_2(acc, y + 17); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 30: acc = mix4_0(acc, y + 30); break;
    default: acc ^= y * 432u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix4_0(acc, y + 23); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 26: acc = mix4_3(acc, y + 26); break;
    case 4: acc = mix4_0(acc, y + 4); break;
    case 30: acc = mix4_1(acc, y + 30); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    default: acc ^= y * 262u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_4_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_4_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix4_0(acc, y + 18); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 15: acc = mix4_0(acc, y + 15); break;
    case 31: acc = mix4_0(acc, y + 31); break;
    case 28: acc = mix4_1(acc, y + 28); break;
    default: acc ^= y * 344u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix4_2(acc, y + 5); break;
    case 35: acc = mix4_0(acc, y + 35); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 26: acc = mix4_0(acc, y + 26); break;
    default: acc ^= y * 613u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix4_2(acc, y + 7); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 14: acc = mix4_1(acc, y + 14); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    default: acc ^= y * 762u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix4_1(acc, y + 28); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    default: acc ^= y * 467u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix4_1(acc, y + 5); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 29: acc = mix4_0(acc, y + 29); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix4_2(acc, y + 7); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 12: acc = mix4_3(acc, y + 12); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_4_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix4_1(acc, y + 5); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 33: acc = mix4_2(acc, y + 33); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    default: acc ^= y * 743u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix4_0(acc, y + 38); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 36: acc = mix4_0(acc, y + 36); break;
    case 6: acc = mix4_3(acc, y + 6); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    default: acc ^= y * 721u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix4_3(acc, y + 33); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 5: acc = mix4_2(acc, y + 5); break;
    case 18: acc = mix4_2(acc, y + 18); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 7: acc = mix4_3(acc, y + 7); break;
    default: acc ^= y * 298u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix4_0(acc, y + 8); break;
    case 37: acc = mix4_3(acc, y + 37); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 39: acc = mix4_3(acc, y + 39); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    default: acc ^= y * 286u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_4_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_4_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix4_0(acc, y + 18); break;
    case 13: acc = mix4_0(acc, y + 13); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    default: acc ^= y * 525u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix4_1(acc, y + 8); break;
    case 25: acc = mix4_3(acc, y + 25); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 2: acc = mix4_0(acc, y + 2); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    default: acc ^= y * 30u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix4_0(acc, y + 34); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    case 14: acc = mix4_2(acc, y + 14); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_4_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_4_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix4_2(acc, y + 18); break;
    case 21: acc = mix4_1(acc, y + 21); break;
    case 38: acc = mix4_3(acc, y + 38); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    default: acc ^= y * 527u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix4_0(acc, y + 36); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 26: acc = mix4_1(acc, y + 26); break;
    case 27: acc = mix4_2(acc, y + 27); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix4_1(acc, y + 23); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 9: acc = mix4_0(acc, y + 9); break;
    case 15: acc = mix4_3(acc, y + 15); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 1: acc = mix4_2(acc, y + 1); break;
    default: acc ^= y * 915u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix4_3(acc, y + 31); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 30: acc = mix4_2(acc, y + 30); break;
    case 33: acc = mix4_0(acc, y + 33); break;
    default: acc ^= y * 480u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix4_3(acc, y + 38); break;
    case 4: acc = mix4_2(acc, y + 4); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 32: acc = mix4_1(acc, y + 32); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    default: acc ^= y * 685u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix4_1(acc, y + 31); break;
    case 38: acc = mix4_2(acc, y + 38); break;
    case 19: acc = mix4_0(acc, y + 19); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 39: acc = mix4_1(acc, y + 39); break;
    default: acc ^= y * 937u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_4_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix4_1(acc, y + 33); break;
    case 7: acc = mix4_1(acc, y + 7); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 37: acc = mix4_0(acc, y + 37); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix4_0(acc, y + 17); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 39: acc = mix4_2(acc, y + 39); break;
    default: acc ^= y * 673u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix4_2(acc, y + 32); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 16: acc = mix4_2(acc, y + 16); break;
    case 2: acc = mix4_2(acc, y + 2); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    default: acc ^= y * 991u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_4_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_4_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix4_2(acc, y + 23); break;
    case 10: acc = mix4_2(acc, y + 10); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 24: acc = mix4_2(acc, y + 24); break;
    case 17: acc = mix4_2(acc, y + 17); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    default: acc ^= y * 376u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix4_3(acc, y + 6); break;
    case 29: acc = mix4_1(acc, y + 29); break;
    case 1: acc = mix4_3(acc, y + 1); break;
    case 18: acc = mix4_1(acc, y + 18); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    default: acc ^= y * 427u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix4_1(acc, y + 34); break;
    case 28: acc = mix4_0(acc, y + 28); break;
    case 26: acc = mix4_2(acc, y + 26); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 22: acc = mix4_3(acc, y + 22); break;
    default: acc ^= y * 994u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix4_0(acc, y + 6); break;
    case 23: acc = mix4_2(acc, y + 23); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 19: acc = mix4_2(acc, y + 19); break;
    case 32: acc = mix4_2(acc, y + 32); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_4_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_4_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix4_0(acc, y + 20); break;
    case 8: acc = mix4_3(acc, y + 8); break;
    case 9: acc = mix4_1(acc, y + 9); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 25: acc = mix4_1(acc, y + 25); break;
    default: acc ^= y * 477u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix4_3(acc, y + 5); break;
    case 35: acc = mix4_3(acc, y + 35); break;
    case 4: acc = mix4_3(acc, y + 4); break;
    case 16: acc = mix4_3(acc, y + 16); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 18: acc = mix4_3(acc, y + 18); break;
    default: acc ^= y * 26u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix4_0(acc, y + 1); break;
    case 27: acc = mix4_3(acc, y + 27); break;
    case 11: acc = mix4_3(acc, y + 11); break;
    case 15: acc = mix4_2(acc, y + 15); break;
    case 2: acc = mix4_1(acc, y + 2); break;
    case 13: acc = mix4_2(acc, y + 13); break;
    default: acc ^= y * 418u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix4_3(acc, y + 36); break;
    case 39: acc = mix4_0(acc, y + 39); break;
    case 32: acc = mix4_0(acc, y + 32); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 12: acc = mix4_1(acc, y + 12); break;
    case 14: acc = mix4_3(acc, y + 14); break;
    default: acc ^= y * 849u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_4_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_4_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix4_3(acc, y + 19); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 11: acc = mix4_2(acc, y + 11); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    case 14: acc = mix4_0(acc, y + 14); break;
    case 23: acc = mix4_3(acc, y + 23); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix4_2(acc, y + 16); break;
    case 19: acc = mix4_3(acc, y + 19); break;
    case 29: acc = mix4_2(acc, y + 29); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 32: acc = mix4_3(acc, y + 32); break;
    case 34: acc = mix4_1(acc, y + 34); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix4_0(acc, y + 17); break;
    case 7: acc = mix4_2(acc, y + 7); break;
    case 3: acc = mix4_1(acc, y + 3); break;
    case 10: acc = mix4_1(acc, y + 10); break;
    case 21: acc = mix4_2(acc, y + 21); break;
    case 24: acc = mix4_1(acc, y + 24); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix4_3(acc, y + 13); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 31: acc = mix4_2(acc, y + 31); break;
    case 27: acc = mix4_0(acc, y + 27); break;
    case 16: acc = mix4_0(acc, y + 16); break;
    case 18: acc = mix4_0(acc, y + 18); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_4_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_4_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix4_2(acc, y + 10); break;
    case 22: acc = mix4_0(acc, y + 22); break;
    case 23: acc = mix4_1(acc, y + 23); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    case 6: acc = mix4_1(acc, y + 6); break;
    case 35: acc = mix4_1(acc, y + 35); break;
    default: acc ^= y * 256u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix4_3(acc, y + 21); break;
    case 5: acc = mix4_0(acc, y + 5); break;
    case 30: acc = mix4_3(acc, y + 30); break;
    case 11: acc = mix4_0(acc, y + 11); break;
    case 24: acc = mix4_3(acc, y + 24); break;
    case 27: acc = mix4_1(acc, y + 27); break;
    default: acc ^= y * 571u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix4_1(acc, y + 27); break;
    case 22: acc = mix4_1(acc, y + 22); break;
    case 17: acc = mix4_1(acc, y + 17); break;
    case 10: acc = mix4_0(acc, y + 10); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    case 37: acc = mix4_2(acc, y + 37); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix4_0(acc, y + 39); break;
    case 29: acc = mix4_3(acc, y + 29); break;
    case 33: acc = mix4_3(acc, y + 33); break;
    case 3: acc = mix4_0(acc, y + 3); break;
    case 16: acc = mix4_1(acc, y + 16); break;
    case 8: acc = mix4_2(acc, y + 8); break;
    default: acc ^= y * 751u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix4_3(acc, y + 4); break;
    case 24: acc = mix4_0(acc, y + 24); break;
    case 35: acc = mix4_2(acc, y + 35); break;
    case 28: acc = mix4_3(acc, y + 28); break;
    case 5: acc = mix4_1(acc, y + 5); break;
    case 21: acc = mix4_0(acc, y + 21); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_4_13(acc, y ^ 14);
    return acc;
}
