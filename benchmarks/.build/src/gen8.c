#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix8_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix8_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix8_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix8_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_8_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix8_3(acc, y + 17); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    default: acc ^= y * 322u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix8_2(acc, y + 2); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    default: acc ^= y * 38u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix8_1(acc, y + 19); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix8_1(acc, y + 8); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    default: acc ^= y * 229u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix8_0(acc, y + 24); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 8192u) { sink = acc; }
    return acc;
}
uint32_t fn_8_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix8_3(acc, y + 7); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix8_2(acc, y + 38); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix8_1(acc, y + 4); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix8_2(acc, y + 31); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    default: acc ^= y * 849u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix8_2(acc, y + 16); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    default: acc ^= y * 563u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix8_3(acc, y + 36); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    default: acc ^= y * 596u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_8_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_8_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix8_3(acc, y + 17); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    default: acc ^= y * 232u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix8_3(acc, y + 3); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    default: acc ^= y * 607u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix8_3(acc, y + 39); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    default: acc ^= y * 256u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 15: acc = mix8_0(acc, y + 15); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    default: acc ^= y * 237u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix8_1(acc, y + 20); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    default: acc ^= y * 870u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_8_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix8_3(acc, y + 5); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 28: acc = mix8_3(acc, y + 28); break;
    default: acc ^= y * 441u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix8_2(acc, y + 24); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    default: acc ^= y * 849u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix8_2(acc, y + 22); break;
    case 14: acc = mix8_2(acc, y + 14); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_8_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_8_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix8_3(acc, y + 35); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    default: acc ^= y * 622u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix8_1(acc, y + 2); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    default: acc ^= y * 14u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix8_1(acc, y + 33); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    default: acc ^= y * 579u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix8_0(acc, y + 30); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    default: acc ^= y * 292u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 35: acc = mix8_1(acc, y + 35); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    default: acc ^= y * 340u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_8_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_8_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix8_0(acc, y + 3); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    default: acc ^= y * 516u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix8_0(acc, y + 3); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    default: acc ^= y * 243u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix8_0(acc, y + 13); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    default: acc ^= y * 461u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix8_2(acc, y + 38); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_8_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_8_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix8_2(acc, y + 31); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    default: acc ^= y * 577u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix8_0(acc, y + 9); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    default: acc ^= y * 776u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix8_3(acc, y + 29); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    default: acc ^= y * 815u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix8_2(acc, y + 23); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    default: acc ^= y * 764u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix8_3(acc, y + 16); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    default: acc ^= y * 920u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_8_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_8_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix8_1(acc, y + 15); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix8_3(acc, y + 3); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 24: acc = mix8_3(acc, y + 24); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix8_0(acc, y + 24); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    default: acc ^= y * 80u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix8_1(acc, y + 2); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix8_3(acc, y + 13); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    default: acc ^= y * 995u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_8_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_8_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix8_1(acc, y + 38); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 14: acc = mix8_2(acc, y + 14); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    default: acc ^= y * 915u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix8_1(acc, y + 11); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    default: acc ^= y * 344u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix8_0(acc, y + 23); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    default: acc ^= y * 939u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_8_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_8_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix8_1(acc, y + 28); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix8_1(acc, y + 4); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    default: acc ^= y * 235u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix8_2(acc, y + 23); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    default: acc ^= y * 226u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix8_2(acc, y + 13); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    default: acc ^= y * 398u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_8_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_8_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix8_3(acc, y + 21); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    default: acc ^= y * 466u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix8_2(acc, y + 25); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix8_2(acc, y + 24); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix8_2(acc, y + 31); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    default: acc ^= y * 258u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix8_0(acc, y + 23); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    default: acc ^= y * 242u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_8_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_8_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix8_3(acc, y + 19); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    default: acc ^= y * 690u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix8_0(acc, y + 15); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 28: acc = mix8_3(acc, y + 28); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    default: acc ^= y * 317u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix8_2(acc, y + 5); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    default: acc ^= y * 179u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix8_3(acc, y + 17); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    default: acc ^= y * 34u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_8_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_8_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix8_0(acc, y + 21); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix8_3(acc, y + 28); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    default: acc ^= y * 266u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix8_2(acc, y + 1); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    default: acc ^= y * 112u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix8_0(acc, y + 30); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    default: acc ^= y * 455u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix8_1(acc, y + 11); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    default: acc ^= y * 547u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 32: acc = mix8_2(acc, y + 32); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    default: acc ^= y * 202u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_8_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix8_3(acc, y + 22); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix8_0(acc, y + 24); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    default: acc ^= y * 922u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix8_1(acc, y + 5); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    default: acc ^= y * 434u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix8_0(acc, y + 26); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 14: acc = mix8_0(acc, y + 14); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    default: acc ^= y * 525u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix8_2(acc, y + 8); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    default: acc ^= y * 820u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 31: acc = mix8_2(acc, y + 31); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    default: acc ^= y * 58u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_8_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix8_1(acc, y + 23); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    default: acc ^= y * 731u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix8_1(acc, y + 21); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix8_2(acc, y + 16); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    default: acc ^= y * 856u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix8_0(acc, y + 6); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    default: acc ^= y * 61u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix8_2(acc, y + 22); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix8_1(acc, y + 3); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    default: acc ^= y * 136u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_8_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_8_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix8_2(acc, y + 16); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    default: acc ^= y * 894u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix8_1(acc, y + 3); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    default: acc ^= y * 296u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix8_2(acc, y + 5); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    default: acc ^= y * 433u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_8_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_8_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix8_0(acc, y + 24); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    default: acc ^= y * 965u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix8_2(acc, y + 22); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 28: acc = mix8_3(acc, y + 28); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    default: acc ^= y * 606u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 24: acc = mix8_0(acc, y + 24); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    default: acc ^= y * 804u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix8_3(acc, y + 34); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    default: acc ^= y * 319u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix8_2(acc, y + 36); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    default: acc ^= y * 288u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_8_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_8_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix8_2(acc, y + 15); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix8_3(acc, y + 39); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    default: acc ^= y * 267u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix8_2(acc, y + 10); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix8_1(acc, y + 4); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    default: acc ^= y * 384u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix8_0(acc, y + 22); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    default: acc ^= y * 725u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_8_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_8_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix8_0(acc, y + 14); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    default: acc ^= y * 565u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix8_3(acc, y + 4); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix8_2(acc, y + 21); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    default: acc ^= y * 935u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix8_1(acc, y + 27); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    default: acc ^= y * 987u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix8_0(acc, y + 5); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    default: acc ^= y * 657u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix8_0(acc, y + 4); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    default: acc ^= y * 540u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_8_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_8_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix8_3(acc, y + 9); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    default: acc ^= y * 222u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix8_1(acc, y + 21); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix8_2(acc, y + 39); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix8_2(acc, y + 14); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_8_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_8_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix8_2(acc, y + 13); break;
    case 14: acc = mix8_0(acc, y + 14); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    default: acc ^= y * 997u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix8_2(acc, y + 18); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    default: acc ^= y * 450u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix8_1(acc, y + 27); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    default: acc ^= y * 379u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix8_1(acc, y + 32); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    default: acc ^= y * 736u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_8_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix8_3(acc, y + 10); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix8_2(acc, y + 10); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix8_1(acc, y + 33); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 14: acc = mix8_0(acc, y + 14); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_8_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_8_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix8_0(acc, y + 36); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    default: acc ^= y * 806u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix8_0(acc, y + 18); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    default: acc ^= y * 523u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix8_0(acc, y + 33); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    default: acc ^= y * 174u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 13: acc = mix8_3(acc, y + 13); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    default: acc ^= y * 691u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix8_0(acc, y + 30); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    default: acc ^= y * 703u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_8_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_8_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix8_0(acc, y + 10); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    default: acc ^= y * 974u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix8_1(acc, y + 27); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    default: acc ^= y * 140u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix8_1(acc, y + 28); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix8_3(acc, y + 1); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix8_2(acc, y + 13); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    default: acc ^= y * 64u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix8_1(acc, y + 29); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_8_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix8_2(acc, y + 5); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    default: acc ^= y * 356u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix8_0(acc, y + 33); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    default: acc ^= y * 884u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix8_0(acc, y + 36); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix8_0(acc, y + 5); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    default: acc ^= y * 419u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix8_3(acc, y + 26); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    default: acc ^= y * 593u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 35: acc = mix8_0(acc, y + 35); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    default: acc ^= y * 281u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_8_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix8_3(acc, y + 19); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    default: acc ^= y * 726u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix8_3(acc, y + 29); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    default: acc ^= y * 854u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix8_1(acc, y + 4); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    default: acc ^= y * 32u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_8_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_8_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix8_2(acc, y + 39); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix8_3(acc, y + 5); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    default: acc ^= y * 90u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix8_1(acc, y + 26); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    default: acc ^= y * 809u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix8_1(acc, y + 18); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    default: acc ^= y * 594u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix8_2(acc, y + 24); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    default: acc ^= y * 258u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 13: acc = mix8_3(acc, y + 13); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    default: acc ^= y * 687u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_8_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_8_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix8_1(acc, y + 25); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    default: acc ^= y * 294u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix8_3(acc, y + 31); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    default: acc ^= y * 501u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix8_3(acc, y + 35); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    default: acc ^= y * 541u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix8_0(acc, y + 9); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    default: acc ^= y * 469u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 7: acc = mix8_1(acc, y + 7); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_8_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_8_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix8_0(acc, y + 30); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix8_2(acc, y + 12); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 37: acc = mix8_0(acc, y + 37); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    default: acc ^= y * 163u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix8_2(acc, y + 22); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 14: acc = mix8_2(acc, y + 14); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_8_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix8_0(acc, y + 19); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 14: acc = mix8_2(acc, y + 14); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix8_3(acc, y + 11); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    default: acc ^= y * 927u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix8_0(acc, y + 36); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    default: acc ^= y * 431u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_8_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_8_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix8_1(acc, y + 4); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    default: acc ^= y * 747u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix8_0(acc, y + 17); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    default: acc ^= y * 604u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix8_2(acc, y + 39); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix8_3(acc, y + 33); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix8_0(acc, y + 31); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    default: acc ^= y * 788u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix8_2(acc, y + 11); break;
    case 28: acc = mix8_3(acc, y + 28); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    default: acc ^= y * 292u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_8_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_8_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix8_2(acc, y + 33); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    default: acc ^= y * 503u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix8_3(acc, y + 26); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix8_3(acc, y + 31); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    default: acc ^= y * 226u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix8_2(acc, y + 17); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    default: acc ^= y * 343u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix8_0(acc, y + 10); break;
    case 14: acc = mix8_2(acc, y + 14); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_8_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix8_1(acc, y + 1); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    default: acc ^= y * 129u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix8_3(acc, y + 6); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    default: acc ^= y * 940u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix8_1(acc, y + 9); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    default: acc ^= y * 647u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_8_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix8_2(acc, y + 30); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    default: acc ^= y * 186u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix8_0(acc, y + 4); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    default: acc ^= y * 237u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix8_0(acc, y + 20); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    default: acc ^= y * 744u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix8_2(acc, y + 1); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    default: acc ^= y * 454u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_8_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_8_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix8_2(acc, y + 21); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    default: acc ^= y * 713u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix8_1(acc, y + 28); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    default: acc ^= y * 141u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix8_2(acc, y + 34); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    default: acc ^= y * 458u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_8_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_8_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix8_3(acc, y + 30); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix8_0(acc, y + 23); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    default: acc ^= y * 298u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix8_3(acc, y + 13); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    default: acc ^= y * 301u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix8_2(acc, y + 24); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    default: acc ^= y * 11u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_8_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix8_0(acc, y + 18); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    default: acc ^= y * 826u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix8_1(acc, y + 28); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    default: acc ^= y * 996u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix8_3(acc, y + 39); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    default: acc ^= y * 838u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix8_1(acc, y + 25); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    default: acc ^= y * 201u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix8_1(acc, y + 24); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    default: acc ^= y * 857u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 28: acc = mix8_2(acc, y + 28); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    default: acc ^= y * 162u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_8_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_8_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix8_1(acc, y + 26); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    default: acc ^= y * 205u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix8_0(acc, y + 37); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    default: acc ^= y * 569u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 35: acc = mix8_1(acc, y + 35); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    default: acc ^= y * 599u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix8_1(acc, y + 23); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 15: acc = mix8_1(acc, y + 15); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_8_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_8_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix8_2(acc, y + 27); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    default: acc ^= y * 293u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix8_0(acc, y + 31); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    default: acc ^= y * 787u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix8_0(acc, y + 28); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    default: acc ^= y * 403u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix8_1(acc, y + 7); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    default: acc ^= y * 959u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_8_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_8_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix8_1(acc, y + 22); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    default: acc ^= y * 19u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix8_0(acc, y + 21); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix8_0(acc, y + 1); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    default: acc ^= y * 864u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix8_0(acc, y + 23); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix8_1(acc, y + 12); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    default: acc ^= y * 756u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix8_0(acc, y + 15); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    default: acc ^= y * 130u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_8_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_8_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix8_0(acc, y + 24); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    default: acc ^= y * 628u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix8_2(acc, y + 34); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    default: acc ^= y * 460u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix8_0(acc, y + 33); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    default: acc ^= y * 366u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix8_2(acc, y + 29); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    default: acc ^= y * 757u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix8_3(acc, y + 22); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    default: acc ^= y * 251u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_8_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_8_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix8_3(acc, y + 11); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    case 28: acc = mix8_3(acc, y + 28); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix8_1(acc, y + 28); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    default: acc ^= y * 535u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix8_0(acc, y + 38); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    default: acc ^= y * 30u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix8_1(acc, y + 38); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    default: acc ^= y * 194u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_8_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix8_0(acc, y + 5); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    default: acc ^= y * 343u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix8_0(acc, y + 9); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 3: acc = mix8_2(acc, y + 3); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix8_3(acc, y + 9); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    default: acc ^= y * 310u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix8_2(acc, y + 2); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    default: acc ^= y * 148u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix8_3(acc, y + 33); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_8_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_8_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix8_0(acc, y + 2); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix8_1(acc, y + 12); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 37: acc = mix8_0(acc, y + 37); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix8_1(acc, y + 33); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 24: acc = mix8_3(acc, y + 24); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix8_0(acc, y + 2); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    default: acc ^= y * 74u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix8_3(acc, y + 10); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_8_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_8_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix8_2(acc, y + 35); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    default: acc ^= y * 858u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix8_0(acc, y + 22); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix8_0(acc, y + 5); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    default: acc ^= y * 827u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix8_2(acc, y + 4); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 14: acc = mix8_0(acc, y + 14); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    default: acc ^= y * 797u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix8_2(acc, y + 20); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    default: acc ^= y * 396u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 20: acc = mix8_1(acc, y + 20); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    default: acc ^= y * 69u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_8_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_8_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix8_0(acc, y + 2); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    case 28: acc = mix8_3(acc, y + 28); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix8_2(acc, y + 24); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    default: acc ^= y * 127u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix8_1(acc, y + 31); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    default: acc ^= y * 884u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix8_0(acc, y + 6); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    default: acc ^= y * 329u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix8_1(acc, y + 26); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_8_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_8_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    default: acc ^= y * 756u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix8_3(acc, y + 22); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    default: acc ^= y * 79u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix8_1(acc, y + 6); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix8_1(acc, y + 36); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix8_3(acc, y + 3); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    default: acc ^= y * 198u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix8_2(acc, y + 38); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    default: acc ^= y * 392u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_8_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_8_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix8_1(acc, y + 22); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    default: acc ^= y * 806u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix8_2(acc, y + 2); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix8_1(acc, y + 28); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    default: acc ^= y * 917u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix8_2(acc, y + 35); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix8_0(acc, y + 38); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    default: acc ^= y * 819u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_8_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 7: acc = mix8_0(acc, y + 7); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    default: acc ^= y * 634u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix8_1(acc, y + 21); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 14: acc = mix8_0(acc, y + 14); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    default: acc ^= y * 799u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix8_3(acc, y + 37); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_8_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_8_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix8_3(acc, y + 13); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    default: acc ^= y * 132u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix8_1(acc, y + 16); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix8_3(acc, y + 32); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    default: acc ^= y * 393u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix8_2(acc, y + 22); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_8_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix8_1(acc, y + 4); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 14: acc = mix8_2(acc, y + 14); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    default: acc ^= y * 636u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix8_2(acc, y + 38); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix8_2(acc, y + 26); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 24: acc = mix8_2(acc, y + 24); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    default: acc ^= y * 490u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_8_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_8_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix8_3(acc, y + 12); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    default: acc ^= y * 600u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix8_0(acc, y + 19); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 24: acc = mix8_3(acc, y + 24); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix8_2(acc, y + 28); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    default: acc ^= y * 552u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_8_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_8_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix8_3(acc, y + 3); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    default: acc ^= y * 18u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix8_0(acc, y + 14); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix8_0(acc, y + 28); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    default: acc ^= y * 443u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix8_1(acc, y + 4); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    default: acc ^= y * 543u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_8_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_8_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix8_0(acc, y + 32); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    default: acc ^= y * 855u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix8_1(acc, y + 31); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    default: acc ^= y * 783u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix8_2(acc, y + 20); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 24: acc = mix8_3(acc, y + 24); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    default: acc ^= y * 896u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_8_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_8_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix8_3(acc, y + 28); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    default: acc ^= y * 452u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix8_2(acc, y + 9); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 9: acc = mix8_3(acc, y + 9); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    default: acc ^= y * 170u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_8_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_8_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix8_3(acc, y + 29); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix8_1(acc, y + 17); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix8_3(acc, y + 37); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_8_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_8_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix8_3(acc, y + 33); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    default: acc ^= y * 802u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix8_0(acc, y + 9); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 24: acc = mix8_3(acc, y + 24); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix8_1(acc, y + 29); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    default: acc ^= y * 589u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix8_3(acc, y + 11); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix8_3(acc, y + 30); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    default: acc ^= y * 63u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 36: acc = mix8_0(acc, y + 36); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_8_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_8_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix8_2(acc, y + 14); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix8_2(acc, y + 28); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    default: acc ^= y * 498u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix8_0(acc, y + 8); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    default: acc ^= y * 324u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix8_3(acc, y + 39); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    default: acc ^= y * 928u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix8_3(acc, y + 31); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    default: acc ^= y * 523u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix8_0(acc, y + 17); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    default: acc ^= y * 92u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_8_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_8_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix8_2(acc, y + 25); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 37: acc = mix8_0(acc, y + 37); break;
    default: acc ^= y * 585u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix8_3(acc, y + 34); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    default: acc ^= y * 581u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix8_1(acc, y + 5); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    default: acc ^= y * 920u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 20: acc = mix8_2(acc, y + 20); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    default: acc ^= y * 199u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_8_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_8_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix8_3(acc, y + 29); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    default: acc ^= y * 953u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix8_3(acc, y + 3); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    default: acc ^= y * 790u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix8_1(acc, y + 21); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix8_3(acc, y + 27); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix8_3(acc, y + 36); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    default: acc ^= y * 752u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix8_3(acc, y + 11); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    default: acc ^= y * 160u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_8_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix8_2(acc, y + 5); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    default: acc ^= y * 924u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix8_2(acc, y + 20); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    default: acc ^= y * 361u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix8_1(acc, y + 33); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    default: acc ^= y * 353u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix8_0(acc, y + 26); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    default: acc ^= y * 706u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix8_2(acc, y + 11); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_8_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_8_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix8_1(acc, y + 12); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    default: acc ^= y * 181u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix8_1(acc, y + 31); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    default: acc ^= y * 642u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix8_2(acc, y + 16); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix8_2(acc, y + 37); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    default: acc ^= y * 902u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix8_0(acc, y + 32); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    default: acc ^= y * 203u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 17: acc = mix8_1(acc, y + 17); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    default: acc ^= y * 845u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_8_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 18: acc = mix8_1(acc, y + 18); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix8_2(acc, y + 6); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    default: acc ^= y * 732u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix8_1(acc, y + 13); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    default: acc ^= y * 911u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix8_0(acc, y + 21); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    default: acc ^= y * 168u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix8_3(acc, y + 20); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    default: acc ^= y * 524u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix8_1(acc, y + 29); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 7: acc = mix8_1(acc, y + 7); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_8_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_8_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix8_0(acc, y + 37); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    default: acc ^= y * 84u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix8_0(acc, y + 7); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    default: acc ^= y * 239u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix8_0(acc, y + 28); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix8_2(acc, y + 9); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_8_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_8_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix8_1(acc, y + 31); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    default: acc ^= y * 184u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix8_1(acc, y + 34); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    default: acc ^= y * 594u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix8_0(acc, y + 19); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    default: acc ^= y * 773u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix8_3(acc, y + 16); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 37: acc = mix8_3(acc, y + 37); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    default: acc ^= y * 42u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix8_3(acc, y + 15); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    default: acc ^= y * 655u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_8_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_8_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix8_2(acc, y + 1); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix8_3(acc, y + 23); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    default: acc ^= y * 360u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix8_1(acc, y + 16); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    default: acc ^= y * 869u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix8_3(acc, y + 23); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix8_2(acc, y + 21); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    default: acc ^= y * 440u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 7: acc = mix8_3(acc, y + 7); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    default: acc ^= y * 455u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_8_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_8_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix8_2(acc, y + 19); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    default: acc ^= y * 191u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix8_1(acc, y + 14); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    default: acc ^= y * 31u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix8_0(acc, y + 18); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    default: acc ^= y * 469u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_8_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix8_0(acc, y + 14); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    default: acc ^= y * 519u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix8_1(acc, y + 12); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    default: acc ^= y * 300u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix8_0(acc, y + 12); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_8_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_8_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix8_0(acc, y + 24); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    default: acc ^= y * 935u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix8_2(acc, y + 6); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    default: acc ^= y * 447u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix8_2(acc, y + 28); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    default: acc ^= y * 279u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix8_3(acc, y + 36); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 37: acc = mix8_0(acc, y + 37); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    default: acc ^= y * 325u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 21: acc = mix8_0(acc, y + 21); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    default: acc ^= y * 495u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_8_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_8_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix8_2(acc, y + 34); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 14: acc = mix8_2(acc, y + 14); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    default: acc ^= y * 882u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix8_2(acc, y + 31); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    default: acc ^= y * 402u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix8_0(acc, y + 3); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    default: acc ^= y * 380u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_8_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_8_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix8_0(acc, y + 12); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    default: acc ^= y * 132u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix8_2(acc, y + 17); break;
    case 37: acc = mix8_0(acc, y + 37); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    default: acc ^= y * 489u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix8_3(acc, y + 33); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    default: acc ^= y * 291u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix8_1(acc, y + 36); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    default: acc ^= y * 96u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix8_0(acc, y + 35); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    default: acc ^= y * 723u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_8_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_8_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix8_1(acc, y + 11); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    default: acc ^= y * 591u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix8_1(acc, y + 24); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    default: acc ^= y * 367u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix8_0(acc, y + 11); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 24: acc = mix8_3(acc, y + 24); break;
    default: acc ^= y * 188u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix8_3(acc, y + 27); break;
    case 14: acc = mix8_2(acc, y + 14); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    default: acc ^= y * 803u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_8_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_8_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix8_3(acc, y + 21); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    default: acc ^= y * 893u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix8_3(acc, y + 5); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    default: acc ^= y * 213u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    default: acc ^= y * 900u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix8_1(acc, y + 38); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_8_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix8_2(acc, y + 16); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 25: acc = mix8_3(acc, y + 25); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    default: acc ^= y * 833u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix8_3(acc, y + 25); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    default: acc ^= y * 178u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix8_2(acc, y + 16); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 19: acc = mix8_0(acc, y + 19); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    default: acc ^= y * 904u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_8_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_8_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix8_3(acc, y + 32); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    default: acc ^= y * 579u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix8_1(acc, y + 9); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 11: acc = mix8_1(acc, y + 11); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    default: acc ^= y * 569u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix8_2(acc, y + 27); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    default: acc ^= y * 558u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix8_1(acc, y + 6); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    default: acc ^= y * 716u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 38: acc = mix8_1(acc, y + 38); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    default: acc ^= y * 478u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_8_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_8_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix8_1(acc, y + 11); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    default: acc ^= y * 451u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix8_2(acc, y + 8); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    default: acc ^= y * 457u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix8_0(acc, y + 13); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 33: acc = mix8_3(acc, y + 33); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    default: acc ^= y * 376u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix8_2(acc, y + 26); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    default: acc ^= y * 698u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix8_3(acc, y + 30); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    default: acc ^= y * 522u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix8_3(acc, y + 33); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    default: acc ^= y * 504u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_8_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_8_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix8_2(acc, y + 39); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    default: acc ^= y * 300u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix8_0(acc, y + 3); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    default: acc ^= y * 878u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix8_2(acc, y + 12); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 24: acc = mix8_3(acc, y + 24); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    default: acc ^= y * 974u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_8_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_8_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix8_1(acc, y + 32); break;
    case 14: acc = mix8_3(acc, y + 14); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 35: acc = mix8_1(acc, y + 35); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    default: acc ^= y * 822u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix8_2(acc, y + 20); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    default: acc ^= y * 940u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix8_2(acc, y + 17); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_8_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_8_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix8_1(acc, y + 10); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    default: acc ^= y * 322u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix8_3(acc, y + 27); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    default: acc ^= y * 628u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix8_1(acc, y + 27); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    default: acc ^= y * 690u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 29: acc = mix8_2(acc, y + 29); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    default: acc ^= y * 185u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_8_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_8_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix8_1(acc, y + 35); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    default: acc ^= y * 544u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix8_1(acc, y + 5); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 8: acc = mix8_1(acc, y + 8); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix8_3(acc, y + 7); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    default: acc ^= y * 780u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 24: acc = mix8_3(acc, y + 24); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    default: acc ^= y * 680u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_8_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_8_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix8_1(acc, y + 14); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    default: acc ^= y * 212u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 17: acc = mix8_0(acc, y + 17); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    default: acc ^= y * 189u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix8_0(acc, y + 38); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    default: acc ^= y * 696u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix8_0(acc, y + 21); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 35: acc = mix8_3(acc, y + 35); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    default: acc ^= y * 407u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix8_2(acc, y + 19); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 7: acc = mix8_2(acc, y + 7); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    default: acc ^= y * 125u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_8_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix8_0(acc, y + 14); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix8_2(acc, y + 33); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix8_2(acc, y + 15); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    default: acc ^= y * 885u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix8_0(acc, y + 2); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix8_3(acc, y + 26); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    default: acc ^= y * 230u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 13: acc = mix8_2(acc, y + 13); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 17: acc = mix8_3(acc, y + 17); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    case 16: acc = mix8_2(acc, y + 16); break;
    default: acc ^= y * 851u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_8_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_8_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 31: acc = mix8_3(acc, y + 31); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    default: acc ^= y * 936u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix8_1(acc, y + 12); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 5: acc = mix8_2(acc, y + 5); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    default: acc ^= y * 171u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix8_2(acc, y + 26); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    default: acc ^= y * 105u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_8_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_8_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix8_1(acc, y + 30); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    default: acc ^= y * 465u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix8_2(acc, y + 22); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    default: acc ^= y * 172u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix8_3(acc, y + 23); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    default: acc ^= y * 263u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix8_1(acc, y + 19); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 6: acc = mix8_2(acc, y + 6); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    default: acc ^= y * 584u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_8_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_8_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 8: acc = mix8_1(acc, y + 8); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    default: acc ^= y * 825u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix8_1(acc, y + 25); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    default: acc ^= y * 977u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix8_3(acc, y + 38); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 12: acc = mix8_0(acc, y + 12); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix8_3(acc, y + 27); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    default: acc ^= y * 73u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix8_0(acc, y + 5); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    default: acc ^= y * 129u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_8_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_8_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix8_1(acc, y + 32); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 13: acc = mix8_3(acc, y + 13); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    default: acc ^= y * 169u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix8_3(acc, y + 8); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    default: acc ^= y * 224u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix8_3(acc, y + 10); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 4: acc = mix8_0(acc, y + 4); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    default: acc ^= y * 981u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix8_0(acc, y + 8); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 28: acc = mix8_0(acc, y + 28); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    case 29: acc = mix8_0(acc, y + 29); break;
    case 22: acc = mix8_2(acc, y + 22); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_8_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_8_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix8_0(acc, y + 27); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    default: acc ^= y * 274u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix8_3(acc, y + 19); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    default: acc ^= y * 62u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix8_0(acc, y + 25); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 17: acc = mix8_2(acc, y + 17); break;
    case 27: acc = mix8_2(acc, y + 27); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix8_0(acc, y + 2); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    default: acc ^= y * 716u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_8_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_8_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix8_1(acc, y + 9); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 15: acc = mix8_0(acc, y + 15); break;
    default: acc ^= y * 486u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix8_1(acc, y + 14); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 34: acc = mix8_3(acc, y + 34); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    default: acc ^= y * 902u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix8_0(acc, y + 15); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 27: acc = mix8_0(acc, y + 27); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    default: acc ^= y * 387u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix8_3(acc, y + 7); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    default: acc ^= y * 868u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 5: acc = mix8_0(acc, y + 5); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 2: acc = mix8_2(acc, y + 2); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix8_1(acc, y + 30); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    default: acc ^= y * 994u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_8_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_8_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix8_2(acc, y + 39); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix8_1(acc, y + 31); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    default: acc ^= y * 15u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix8_0(acc, y + 25); break;
    case 31: acc = mix8_1(acc, y + 31); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 19: acc = mix8_3(acc, y + 19); break;
    default: acc ^= y * 315u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix8_0(acc, y + 2); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    default: acc ^= y * 380u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_8_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_8_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix8_1(acc, y + 14); break;
    case 26: acc = mix8_2(acc, y + 26); break;
    case 18: acc = mix8_3(acc, y + 18); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    default: acc ^= y * 413u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix8_1(acc, y + 39); break;
    case 28: acc = mix8_2(acc, y + 28); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    case 19: acc = mix8_2(acc, y + 19); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    default: acc ^= y * 479u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix8_3(acc, y + 5); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    case 2: acc = mix8_3(acc, y + 2); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    default: acc ^= y * 466u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 5: acc = mix8_0(acc, y + 5); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 32: acc = mix8_2(acc, y + 32); break;
    case 5: acc = mix8_0(acc, y + 5); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    case 1: acc = mix8_1(acc, y + 1); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    default: acc ^= y * 326u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_8_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_8_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix8_3(acc, y + 34); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    default: acc ^= y * 521u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix8_1(acc, y + 29); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 19: acc = mix8_1(acc, y + 19); break;
    default: acc ^= y * 176u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 8: acc = mix8_2(acc, y + 8); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    default: acc ^= y * 348u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix8_2(acc, y + 33); break;
    case 4: acc = mix8_1(acc, y + 4); break;
    case 37: acc = mix8_3(acc, y + 37); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 16: acc = mix8_3(acc, y + 16); break;
    case 23: acc = mix8_2(acc, y + 23); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix8_2(acc, y + 11); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 30: acc = mix8_1(acc, y + 30); break;
    default: acc ^= y * 171u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_8_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_8_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    case 35: acc = mix8_2(acc, y + 35); break;
    case 24: acc = mix8_1(acc, y + 24); break;
    case 37: acc = mix8_0(acc, y + 37); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    default: acc ^= y * 350u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix8_0(acc, y + 13); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 18: acc = mix8_1(acc, y + 18); break;
    case 12: acc = mix8_1(acc, y + 12); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    default: acc ^= y * 117u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix8_1(acc, y + 28); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    default: acc ^= y * 910u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 25: acc = mix8_0(acc, y + 25); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    default: acc ^= y * 829u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_8_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_8_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix8_0(acc, y + 15); break;
    case 29: acc = mix8_2(acc, y + 29); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    default: acc ^= y * 648u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix8_2(acc, y + 9); break;
    case 11: acc = mix8_3(acc, y + 11); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    default: acc ^= y * 774u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix8_2(acc, y + 36); break;
    case 24: acc = mix8_0(acc, y + 24); break;
    case 7: acc = mix8_0(acc, y + 7); break;
    case 15: acc = mix8_1(acc, y + 15); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    default: acc ^= y * 398u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix8_0(acc, y + 16); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 23: acc = mix8_1(acc, y + 23); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    default: acc ^= y * 693u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix8_2(acc, y + 4); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 22: acc = mix8_3(acc, y + 22); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    case 17: acc = mix8_1(acc, y + 17); break;
    case 14: acc = mix8_0(acc, y + 14); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_8_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_8_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix8_2(acc, y + 37); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    default: acc ^= y * 485u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix8_3(acc, y + 36); break;
    case 34: acc = mix8_2(acc, y + 34); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 28: acc = mix8_1(acc, y + 28); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix8_1(acc, y + 29); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 9: acc = mix8_1(acc, y + 9); break;
    case 20: acc = mix8_1(acc, y + 20); break;
    case 6: acc = mix8_3(acc, y + 6); break;
    default: acc ^= y * 689u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_8_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_8_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix8_2(acc, y + 12); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 36: acc = mix8_2(acc, y + 36); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    default: acc ^= y * 563u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix8_2(acc, y + 9); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 30: acc = mix8_0(acc, y + 30); break;
    case 15: acc = mix8_2(acc, y + 15); break;
    case 22: acc = mix8_0(acc, y + 22); break;
    default: acc ^= y * 285u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix8_1(acc, y + 22); break;
    case 26: acc = mix8_3(acc, y + 26); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 21: acc = mix8_2(acc, y + 21); break;
    case 32: acc = mix8_3(acc, y + 32); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    default: acc ^= y * 312u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix8_1(acc, y + 34); break;
    case 17: acc = mix8_0(acc, y + 17); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    case 20: acc = mix8_3(acc, y + 20); break;
    case 29: acc = mix8_1(acc, y + 29); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    default: acc ^= y * 619u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix8_1(acc, y + 11); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    case 37: acc = mix8_0(acc, y + 37); break;
    case 35: acc = mix8_0(acc, y + 35); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    default: acc ^= y * 696u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix8_0(acc, y + 3); break;
    case 31: acc = mix8_2(acc, y + 31); break;
    case 8: acc = mix8_3(acc, y + 8); break;
    case 38: acc = mix8_3(acc, y + 38); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_8_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_8_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix8_2(acc, y + 23); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 24: acc = mix8_3(acc, y + 24); break;
    case 21: acc = mix8_3(acc, y + 21); break;
    case 2: acc = mix8_0(acc, y + 2); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    default: acc ^= y * 243u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix8_2(acc, y + 3); break;
    case 2: acc = mix8_1(acc, y + 2); break;
    case 8: acc = mix8_0(acc, y + 8); break;
    case 32: acc = mix8_1(acc, y + 32); break;
    case 24: acc = mix8_3(acc, y + 24); break;
    case 34: acc = mix8_1(acc, y + 34); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix8_2(acc, y + 36); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 11: acc = mix8_2(acc, y + 11); break;
    case 9: acc = mix8_0(acc, y + 9); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    default: acc ^= y * 999u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix8_3(acc, y + 39); break;
    case 26: acc = mix8_0(acc, y + 26); break;
    case 31: acc = mix8_3(acc, y + 31); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_8_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_8_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix8_3(acc, y + 11); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    case 32: acc = mix8_2(acc, y + 32); break;
    case 37: acc = mix8_1(acc, y + 37); break;
    case 38: acc = mix8_0(acc, y + 38); break;
    case 12: acc = mix8_2(acc, y + 12); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix8_0(acc, y + 19); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 21: acc = mix8_1(acc, y + 21); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 9: acc = mix8_3(acc, y + 9); break;
    case 18: acc = mix8_0(acc, y + 18); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix8_0(acc, y + 14); break;
    case 33: acc = mix8_0(acc, y + 33); break;
    case 18: acc = mix8_2(acc, y + 18); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    case 1: acc = mix8_3(acc, y + 1); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    default: acc ^= y * 790u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix8_0(acc, y + 35); break;
    case 33: acc = mix8_1(acc, y + 33); break;
    case 5: acc = mix8_1(acc, y + 5); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 16: acc = mix8_0(acc, y + 16); break;
    case 4: acc = mix8_2(acc, y + 4); break;
    default: acc ^= y * 550u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_8_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_8_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix8_2(acc, y + 12); break;
    case 3: acc = mix8_1(acc, y + 3); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 5: acc = mix8_3(acc, y + 5); break;
    case 30: acc = mix8_2(acc, y + 30); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    default: acc ^= y * 158u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix8_3(acc, y + 9); break;
    case 37: acc = mix8_2(acc, y + 37); break;
    case 3: acc = mix8_3(acc, y + 3); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 23: acc = mix8_3(acc, y + 23); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    default: acc ^= y * 303u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 31: acc = mix8_2(acc, y + 31); break;
    case 14: acc = mix8_2(acc, y + 14); break;
    case 38: acc = mix8_2(acc, y + 38); break;
    case 25: acc = mix8_2(acc, y + 25); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    default: acc ^= y * 935u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix8_1(acc, y + 24); break;
    case 36: acc = mix8_0(acc, y + 36); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 39: acc = mix8_0(acc, y + 39); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 26: acc = mix8_1(acc, y + 26); break;
    default: acc ^= y * 630u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_8_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_8_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix8_0(acc, y + 30); break;
    case 31: acc = mix8_0(acc, y + 31); break;
    case 39: acc = mix8_1(acc, y + 39); break;
    case 16: acc = mix8_1(acc, y + 16); break;
    case 20: acc = mix8_0(acc, y + 20); break;
    case 38: acc = mix8_1(acc, y + 38); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix8_0(acc, y + 11); break;
    case 1: acc = mix8_0(acc, y + 1); break;
    case 21: acc = mix8_0(acc, y + 21); break;
    case 9: acc = mix8_2(acc, y + 9); break;
    case 29: acc = mix8_3(acc, y + 29); break;
    case 13: acc = mix8_2(acc, y + 13); break;
    default: acc ^= y * 921u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix8_1(acc, y + 18); break;
    case 13: acc = mix8_0(acc, y + 13); break;
    case 6: acc = mix8_1(acc, y + 6); break;
    case 27: acc = mix8_1(acc, y + 27); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    case 25: acc = mix8_0(acc, y + 25); break;
    default: acc ^= y * 625u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix8_3(acc, y + 2); break;
    case 30: acc = mix8_3(acc, y + 30); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 7: acc = mix8_3(acc, y + 7); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 39: acc = mix8_2(acc, y + 39); break;
    default: acc ^= y * 434u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_8_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_8_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix8_3(acc, y + 1); break;
    case 20: acc = mix8_2(acc, y + 20); break;
    case 14: acc = mix8_1(acc, y + 14); break;
    case 12: acc = mix8_3(acc, y + 12); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 34: acc = mix8_0(acc, y + 34); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix8_0(acc, y + 15); break;
    case 39: acc = mix8_3(acc, y + 39); break;
    case 27: acc = mix8_3(acc, y + 27); break;
    case 22: acc = mix8_1(acc, y + 22); break;
    case 4: acc = mix8_3(acc, y + 4); break;
    case 10: acc = mix8_3(acc, y + 10); break;
    default: acc ^= y * 682u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix8_2(acc, y + 34); break;
    case 25: acc = mix8_1(acc, y + 25); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 24: acc = mix8_2(acc, y + 24); break;
    case 10: acc = mix8_2(acc, y + 10); break;
    case 23: acc = mix8_0(acc, y + 23); break;
    default: acc ^= y * 320u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 35: acc = mix8_3(acc, y + 35); break;
    case 11: acc = mix8_0(acc, y + 11); break;
    case 36: acc = mix8_1(acc, y + 36); break;
    case 6: acc = mix8_0(acc, y + 6); break;
    case 10: acc = mix8_0(acc, y + 10); break;
    case 28: acc = mix8_0(acc, y + 28); break;
    default: acc ^= y * 708u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix8_0(acc, y + 35); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 1: acc = mix8_2(acc, y + 1); break;
    case 32: acc = mix8_0(acc, y + 32); break;
    case 15: acc = mix8_3(acc, y + 15); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    default: acc ^= y * 375u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 14: acc = mix8_0(acc, y + 14); break;
    case 3: acc = mix8_0(acc, y + 3); break;
    case 10: acc = mix8_1(acc, y + 10); break;
    case 33: acc = mix8_2(acc, y + 33); break;
    case 36: acc = mix8_3(acc, y + 36); break;
    case 13: acc = mix8_1(acc, y + 13); break;
    default: acc ^= y * 313u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_8_98(acc, y ^ 99);
    return acc;
}
