#include <stdint.h>
extern volatile uint32_t sink;
extern uint32_t table[64];
static inline __attribute__((always_inline)) uint32_t mix3_0(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 0) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix3_1(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 1) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix3_2(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 2) & 63]; }
static inline __attribute__((always_inline)) uint32_t mix3_3(uint32_t a, uint32_t b)
{ uint32_t r = a; for (uint32_t k = 0; k < (b & 7); k++) { r = (r << 3) ^ (r >> 5) ^ k; }
  return r + table[(a + 3) & 63]; }
uint32_t fn_3_0(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix3_0(acc, y + 21); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix3_1(acc, y + 28); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    default: acc ^= y * 551u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix3_0(acc, y + 6); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    default: acc ^= y * 51u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix3_1(acc, y + 36); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    default: acc ^= y * 538u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix3_1(acc, y + 31); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 32u; break;
    }
    if (acc & 1u) { sink = acc; }
    return acc;
}
uint32_t fn_3_1(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix3_1(acc, y + 35); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    default: acc ^= y * 888u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix3_1(acc, y + 38); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    default: acc ^= y * 502u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix3_0(acc, y + 30); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    default: acc ^= y * 654u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix3_3(acc, y + 30); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    default: acc ^= y * 549u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix3_1(acc, y + 1); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    default: acc ^= y * 103u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_3_0(acc, y ^ 1);
    return acc;
}
uint32_t fn_3_2(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix3_3(acc, y + 21); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 34: acc = mix3_3(acc, y + 34); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    default: acc ^= y * 441u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix3_3(acc, y + 6); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    default: acc ^= y * 914u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_3_1(acc, y ^ 2);
    return acc;
}
uint32_t fn_3_3(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix3_2(acc, y + 6); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    default: acc ^= y * 984u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix3_2(acc, y + 36); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    default: acc ^= y * 876u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 33: acc = mix3_2(acc, y + 33); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    default: acc ^= y * 186u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix3_3(acc, y + 32); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    default: acc ^= y * 665u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_3_2(acc, y ^ 3);
    return acc;
}
uint32_t fn_3_4(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix3_0(acc, y + 28); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    default: acc ^= y * 498u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix3_2(acc, y + 7); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    default: acc ^= y * 820u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix3_3(acc, y + 27); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    default: acc ^= y * 127u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_3_3(acc, y ^ 4);
    return acc;
}
uint32_t fn_3_5(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix3_3(acc, y + 34); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 4: acc = mix3_0(acc, y + 4); break;
    default: acc ^= y * 386u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix3_1(acc, y + 4); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    default: acc ^= y * 740u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix3_1(acc, y + 15); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    default: acc ^= y * 280u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_3_4(acc, y ^ 5);
    return acc;
}
uint32_t fn_3_6(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 38: acc = mix3_3(acc, y + 38); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 33: acc = mix3_3(acc, y + 33); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    default: acc ^= y * 835u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix3_2(acc, y + 37); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    default: acc ^= y * 408u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix3_2(acc, y + 5); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    default: acc ^= y * 666u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix3_0(acc, y + 24); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    default: acc ^= y * 972u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_3_5(acc, y ^ 6);
    return acc;
}
uint32_t fn_3_7(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix3_0(acc, y + 20); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    default: acc ^= y * 657u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix3_2(acc, y + 18); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    default: acc ^= y * 990u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix3_0(acc, y + 2); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 33: acc = mix3_3(acc, y + 33); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    default: acc ^= y * 980u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix3_0(acc, y + 34); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    default: acc ^= y * 403u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 39: acc = mix3_3(acc, y + 39); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_3_6(acc, y ^ 7);
    return acc;
}
uint32_t fn_3_8(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix3_2(acc, y + 29); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 33: acc = mix3_3(acc, y + 33); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 5: acc = mix3_2(acc, y + 5); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix3_0(acc, y + 29); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 26: acc = mix3_0(acc, y + 26); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 6: acc = mix3_0(acc, y + 6); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 4: acc = mix3_0(acc, y + 4); break;
    default: acc ^= y * 203u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_3_7(acc, y ^ 8);
    return acc;
}
uint32_t fn_3_9(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix3_0(acc, y + 4); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix3_0(acc, y + 23); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    default: acc ^= y * 497u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix3_1(acc, y + 13); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix3_3(acc, y + 39); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    default: acc ^= y * 184u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix3_3(acc, y + 18); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    default: acc ^= y * 48u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_3_8(acc, y ^ 9);
    return acc;
}
uint32_t fn_3_10(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 9: acc = mix3_2(acc, y + 9); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    default: acc ^= y * 129u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix3_0(acc, y + 22); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    default: acc ^= y * 153u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix3_0(acc, y + 3); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    default: acc ^= y * 770u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix3_1(acc, y + 24); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    default: acc ^= y * 526u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_3_9(acc, y ^ 10);
    return acc;
}
uint32_t fn_3_11(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix3_2(acc, y + 34); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    default: acc ^= y * 249u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix3_2(acc, y + 25); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix3_0(acc, y + 21); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix3_2(acc, y + 23); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    default: acc ^= y * 328u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_10(acc, y ^ 11);
    return acc;
}
uint32_t fn_3_12(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix3_3(acc, y + 37); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    default: acc ^= y * 51u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 9: acc = mix3_2(acc, y + 9); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix3_1(acc, y + 32); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    default: acc ^= y * 475u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix3_1(acc, y + 30); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    default: acc ^= y * 459u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_3_11(acc, y ^ 12);
    return acc;
}
uint32_t fn_3_13(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix3_2(acc, y + 24); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    default: acc ^= y * 579u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix3_0(acc, y + 16); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    default: acc ^= y * 224u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 14: acc = mix3_3(acc, y + 14); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    default: acc ^= y * 724u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_3_12(acc, y ^ 13);
    return acc;
}
uint32_t fn_3_14(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix3_1(acc, y + 2); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    default: acc ^= y * 276u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 35: acc = mix3_1(acc, y + 35); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    default: acc ^= y * 16u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix3_2(acc, y + 38); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    default: acc ^= y * 542u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix3_0(acc, y + 22); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 3: acc = mix3_3(acc, y + 3); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    default: acc ^= y * 610u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix3_0(acc, y + 33); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    default: acc ^= y * 328u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix3_0(acc, y + 15); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 33u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_3_13(acc, y ^ 14);
    return acc;
}
uint32_t fn_3_15(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix3_2(acc, y + 27); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    default: acc ^= y * 214u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix3_3(acc, y + 23); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    default: acc ^= y * 947u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 13: acc = mix3_1(acc, y + 13); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    default: acc ^= y * 306u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_3_14(acc, y ^ 15);
    return acc;
}
uint32_t fn_3_16(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix3_0(acc, y + 32); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    default: acc ^= y * 134u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix3_0(acc, y + 33); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    default: acc ^= y * 532u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix3_2(acc, y + 28); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix3_2(acc, y + 34); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    default: acc ^= y * 653u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_3_15(acc, y ^ 16);
    return acc;
}
uint32_t fn_3_17(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix3_1(acc, y + 32); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix3_2(acc, y + 22); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    default: acc ^= y * 769u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix3_0(acc, y + 8); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    default: acc ^= y * 692u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix3_0(acc, y + 3); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    default: acc ^= y * 12u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix3_0(acc, y + 19); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    default: acc ^= y * 338u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix3_3(acc, y + 6); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    default: acc ^= y * 442u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_3_16(acc, y ^ 17);
    return acc;
}
uint32_t fn_3_18(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix3_3(acc, y + 36); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    default: acc ^= y * 796u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix3_3(acc, y + 36); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    default: acc ^= y * 724u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix3_1(acc, y + 29); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    default: acc ^= y * 672u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix3_3(acc, y + 26); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 341u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_3_17(acc, y ^ 18);
    return acc;
}
uint32_t fn_3_19(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix3_1(acc, y + 37); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    default: acc ^= y * 730u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix3_0(acc, y + 1); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    default: acc ^= y * 786u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix3_0(acc, y + 38); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    default: acc ^= y * 797u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix3_2(acc, y + 36); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    default: acc ^= y * 721u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix3_1(acc, y + 14); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    default: acc ^= y * 669u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_3_18(acc, y ^ 19);
    return acc;
}
uint32_t fn_3_20(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix3_2(acc, y + 19); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    default: acc ^= y * 481u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix3_0(acc, y + 11); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    default: acc ^= y * 944u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix3_2(acc, y + 1); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    default: acc ^= y * 427u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 23: acc = mix3_3(acc, y + 23); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    default: acc ^= y * 582u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_3_19(acc, y ^ 20);
    return acc;
}
uint32_t fn_3_21(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix3_3(acc, y + 22); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    default: acc ^= y * 767u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix3_0(acc, y + 8); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 687u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix3_3(acc, y + 7); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    default: acc ^= y * 621u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix3_3(acc, y + 19); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    default: acc ^= y * 817u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix3_2(acc, y + 35); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    default: acc ^= y * 829u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 6: acc = mix3_3(acc, y + 6); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_3_20(acc, y ^ 21);
    return acc;
}
uint32_t fn_3_22(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix3_0(acc, y + 28); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    default: acc ^= y * 177u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 8: acc = mix3_2(acc, y + 8); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    default: acc ^= y * 906u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix3_1(acc, y + 12); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    default: acc ^= y * 836u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix3_0(acc, y + 39); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_3_21(acc, y ^ 22);
    return acc;
}
uint32_t fn_3_23(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix3_0(acc, y + 25); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 4: acc = mix3_0(acc, y + 4); break;
    default: acc ^= y * 86u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix3_3(acc, y + 28); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix3_0(acc, y + 7); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    default: acc ^= y * 866u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_22(acc, y ^ 23);
    return acc;
}
uint32_t fn_3_24(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix3_1(acc, y + 30); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    default: acc ^= y * 903u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix3_3(acc, y + 31); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    default: acc ^= y * 553u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix3_2(acc, y + 29); break;
    case 26: acc = mix3_0(acc, y + 26); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    default: acc ^= y * 880u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix3_2(acc, y + 24); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    default: acc ^= y * 699u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 34: acc = mix3_0(acc, y + 34); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    default: acc ^= y * 859u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix3_3(acc, y + 8); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    default: acc ^= y * 187u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_3_23(acc, y ^ 24);
    return acc;
}
uint32_t fn_3_25(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 4: acc = mix3_3(acc, y + 4); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    default: acc ^= y * 967u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix3_1(acc, y + 32); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    default: acc ^= y * 626u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix3_3(acc, y + 20); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    default: acc ^= y * 509u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_24(acc, y ^ 25);
    return acc;
}
uint32_t fn_3_26(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix3_0(acc, y + 11); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    default: acc ^= y * 756u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix3_1(acc, y + 1); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 1: acc = mix3_1(acc, y + 1); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 26: acc = mix3_0(acc, y + 26); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix3_2(acc, y + 21); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    default: acc ^= y * 498u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 11: acc = mix3_2(acc, y + 11); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    default: acc ^= y * 637u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_3_25(acc, y ^ 26);
    return acc;
}
uint32_t fn_3_27(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 22: acc = mix3_2(acc, y + 22); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    default: acc ^= y * 196u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix3_2(acc, y + 2); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    default: acc ^= y * 526u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix3_1(acc, y + 36); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    default: acc ^= y * 101u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_3_26(acc, y ^ 27);
    return acc;
}
uint32_t fn_3_28(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix3_3(acc, y + 23); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 25: acc = mix3_0(acc, y + 25); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    default: acc ^= y * 954u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix3_2(acc, y + 15); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    default: acc ^= y * 897u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 36: acc = mix3_3(acc, y + 36); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    default: acc ^= y * 339u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix3_2(acc, y + 1); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    default: acc ^= y * 318u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix3_2(acc, y + 16); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 25: acc = mix3_0(acc, y + 25); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    default: acc ^= y * 683u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_3_27(acc, y ^ 28);
    return acc;
}
uint32_t fn_3_29(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix3_1(acc, y + 26); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    default: acc ^= y * 403u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 36: acc = mix3_2(acc, y + 36); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    default: acc ^= y * 420u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix3_0(acc, y + 23); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    default: acc ^= y * 463u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 11: acc = mix3_2(acc, y + 11); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_3_28(acc, y ^ 29);
    return acc;
}
uint32_t fn_3_30(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix3_2(acc, y + 29); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    default: acc ^= y * 824u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix3_2(acc, y + 28); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix3_0(acc, y + 18); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    default: acc ^= y * 535u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 39: acc = mix3_0(acc, y + 39); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    default: acc ^= y * 46u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_3_29(acc, y ^ 30);
    return acc;
}
uint32_t fn_3_31(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix3_3(acc, y + 33); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    default: acc ^= y * 289u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix3_0(acc, y + 37); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    default: acc ^= y * 814u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 22: acc = mix3_3(acc, y + 22); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix3_3(acc, y + 31); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 37: acc = mix3_2(acc, y + 37); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    default: acc ^= y * 121u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 4: acc = mix3_0(acc, y + 4); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    default: acc ^= y * 795u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 5: acc = mix3_1(acc, y + 5); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    default: acc ^= y * 574u; break;
    }
    if (acc & 128u) { sink = acc; }
    acc += fn_3_30(acc, y ^ 31);
    return acc;
}
uint32_t fn_3_32(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix3_0(acc, y + 27); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    default: acc ^= y * 405u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix3_3(acc, y + 24); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    default: acc ^= y * 499u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix3_2(acc, y + 20); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    default: acc ^= y * 620u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix3_0(acc, y + 38); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    default: acc ^= y * 368u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix3_0(acc, y + 6); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 3: acc = mix3_3(acc, y + 3); break;
    default: acc ^= y * 556u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_3_31(acc, y ^ 32);
    return acc;
}
uint32_t fn_3_33(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix3_0(acc, y + 19); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    default: acc ^= y * 41u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix3_2(acc, y + 19); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    default: acc ^= y * 51u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix3_3(acc, y + 21); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    default: acc ^= y * 698u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix3_3(acc, y + 29); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 14: acc = mix3_3(acc, y + 14); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    default: acc ^= y * 334u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_3_32(acc, y ^ 33);
    return acc;
}
uint32_t fn_3_34(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix3_0(acc, y + 16); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix3_3(acc, y + 25); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    default: acc ^= y * 37u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 29: acc = mix3_1(acc, y + 29); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix3_3(acc, y + 33); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    default: acc ^= y * 90u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix3_3(acc, y + 19); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 34: acc = mix3_2(acc, y + 34); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    default: acc ^= y * 589u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_3_33(acc, y ^ 34);
    return acc;
}
uint32_t fn_3_35(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix3_1(acc, y + 11); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    default: acc ^= y * 781u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix3_2(acc, y + 15); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 37: acc = mix3_2(acc, y + 37); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    default: acc ^= y * 316u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix3_2(acc, y + 28); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    default: acc ^= y * 440u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix3_2(acc, y + 24); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    default: acc ^= y * 881u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix3_2(acc, y + 1); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    default: acc ^= y * 641u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_3_34(acc, y ^ 35);
    return acc;
}
uint32_t fn_3_36(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix3_0(acc, y + 19); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    case 33: acc = mix3_3(acc, y + 33); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    default: acc ^= y * 78u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix3_2(acc, y + 12); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    default: acc ^= y * 30u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix3_2(acc, y + 7); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 182u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix3_0(acc, y + 21); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    default: acc ^= y * 282u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix3_1(acc, y + 1); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    default: acc ^= y * 611u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix3_0(acc, y + 4); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 3: acc = mix3_3(acc, y + 3); break;
    case 37: acc = mix3_2(acc, y + 37); break;
    default: acc ^= y * 567u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_3_35(acc, y ^ 36);
    return acc;
}
uint32_t fn_3_37(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 13: acc = mix3_0(acc, y + 13); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    default: acc ^= y * 482u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix3_0(acc, y + 18); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 33: acc = mix3_3(acc, y + 33); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    default: acc ^= y * 610u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix3_2(acc, y + 8); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    default: acc ^= y * 256u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix3_2(acc, y + 27); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    default: acc ^= y * 110u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_3_36(acc, y ^ 37);
    return acc;
}
uint32_t fn_3_38(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix3_3(acc, y + 20); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    default: acc ^= y * 365u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix3_3(acc, y + 27); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    default: acc ^= y * 309u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix3_2(acc, y + 2); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    default: acc ^= y * 297u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix3_1(acc, y + 37); break;
    case 3: acc = mix3_3(acc, y + 3); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 26: acc = mix3_0(acc, y + 26); break;
    default: acc ^= y * 714u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 25: acc = mix3_0(acc, y + 25); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 28: acc = mix3_2(acc, y + 28); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    default: acc ^= y * 732u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_37(acc, y ^ 38);
    return acc;
}
uint32_t fn_3_39(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix3_2(acc, y + 30); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    default: acc ^= y * 55u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix3_1(acc, y + 31); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    default: acc ^= y * 98u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix3_1(acc, y + 4); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix3_1(acc, y + 24); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 37: acc = mix3_2(acc, y + 37); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    default: acc ^= y * 168u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 22: acc = mix3_0(acc, y + 22); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 615u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_38(acc, y ^ 39);
    return acc;
}
uint32_t fn_3_40(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix3_2(acc, y + 24); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    default: acc ^= y * 868u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix3_2(acc, y + 21); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix3_1(acc, y + 20); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 21: acc = mix3_2(acc, y + 21); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    default: acc ^= y * 424u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_39(acc, y ^ 40);
    return acc;
}
uint32_t fn_3_41(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix3_3(acc, y + 24); break;
    case 34: acc = mix3_2(acc, y + 34); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    default: acc ^= y * 961u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix3_1(acc, y + 30); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    default: acc ^= y * 113u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 20: acc = mix3_1(acc, y + 20); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    default: acc ^= y * 70u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 30: acc = mix3_3(acc, y + 30); break;
    case 26: acc = mix3_0(acc, y + 26); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    default: acc ^= y * 304u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 38: acc = mix3_3(acc, y + 38); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    default: acc ^= y * 815u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_3_40(acc, y ^ 41);
    return acc;
}
uint32_t fn_3_42(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix3_0(acc, y + 36); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    default: acc ^= y * 39u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix3_2(acc, y + 16); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    default: acc ^= y * 842u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 28: acc = mix3_3(acc, y + 28); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 729u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix3_0(acc, y + 24); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    default: acc ^= y * 220u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix3_0(acc, y + 31); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    default: acc ^= y * 239u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_3_41(acc, y ^ 42);
    return acc;
}
uint32_t fn_3_43(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 1: acc = mix3_0(acc, y + 1); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 25: acc = mix3_0(acc, y + 25); break;
    default: acc ^= y * 695u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix3_1(acc, y + 26); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    default: acc ^= y * 328u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix3_1(acc, y + 16); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    default: acc ^= y * 585u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix3_2(acc, y + 19); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    default: acc ^= y * 958u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 12: acc = mix3_3(acc, y + 12); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    default: acc ^= y * 201u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_3_42(acc, y ^ 43);
    return acc;
}
uint32_t fn_3_44(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 6: acc = mix3_3(acc, y + 6); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    default: acc ^= y * 892u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix3_1(acc, y + 16); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    default: acc ^= y * 411u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix3_0(acc, y + 8); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    default: acc ^= y * 740u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 24: acc = mix3_2(acc, y + 24); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 4: acc = mix3_0(acc, y + 4); break;
    default: acc ^= y * 332u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_3_43(acc, y ^ 44);
    return acc;
}
uint32_t fn_3_45(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix3_1(acc, y + 15); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    default: acc ^= y * 415u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 13: acc = mix3_1(acc, y + 13); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    default: acc ^= y * 785u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix3_2(acc, y + 19); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    default: acc ^= y * 192u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix3_1(acc, y + 36); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    default: acc ^= y * 209u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 9: acc = mix3_0(acc, y + 9); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    default: acc ^= y * 994u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix3_3(acc, y + 29); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    default: acc ^= y * 321u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_3_44(acc, y ^ 45);
    return acc;
}
uint32_t fn_3_46(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 23: acc = mix3_0(acc, y + 23); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    default: acc ^= y * 161u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix3_3(acc, y + 22); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    default: acc ^= y * 451u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 30: acc = mix3_0(acc, y + 30); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    default: acc ^= y * 72u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 31: acc = mix3_2(acc, y + 31); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 17: acc = mix3_0(acc, y + 17); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    default: acc ^= y * 390u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 13: acc = mix3_0(acc, y + 13); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    default: acc ^= y * 989u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_3_45(acc, y ^ 46);
    return acc;
}
uint32_t fn_3_47(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 2: acc = mix3_3(acc, y + 2); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    default: acc ^= y * 753u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 4: acc = mix3_1(acc, y + 4); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    default: acc ^= y * 763u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix3_3(acc, y + 18); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 32: acc = mix3_2(acc, y + 32); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    default: acc ^= y * 978u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_3_46(acc, y ^ 47);
    return acc;
}
uint32_t fn_3_48(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix3_1(acc, y + 20); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 700u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix3_1(acc, y + 18); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    default: acc ^= y * 638u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix3_3(acc, y + 26); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 3: acc = mix3_3(acc, y + 3); break;
    default: acc ^= y * 175u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 14: acc = mix3_3(acc, y + 14); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    default: acc ^= y * 943u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 10: acc = mix3_3(acc, y + 10); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    default: acc ^= y * 667u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 4: acc = mix3_0(acc, y + 4); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    default: acc ^= y * 989u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_3_47(acc, y ^ 48);
    return acc;
}
uint32_t fn_3_49(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 3: acc = mix3_3(acc, y + 3); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    default: acc ^= y * 207u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 29: acc = mix3_0(acc, y + 29); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    default: acc ^= y * 871u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix3_1(acc, y + 4); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    default: acc ^= y * 35u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 36: acc = mix3_3(acc, y + 36); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    default: acc ^= y * 308u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix3_3(acc, y + 33); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    default: acc ^= y * 223u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 34: acc = mix3_3(acc, y + 34); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    default: acc ^= y * 749u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_3_48(acc, y ^ 49);
    return acc;
}
uint32_t fn_3_50(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix3_1(acc, y + 36); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    default: acc ^= y * 297u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 12: acc = mix3_0(acc, y + 12); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    default: acc ^= y * 610u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix3_3(acc, y + 15); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    default: acc ^= y * 419u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_49(acc, y ^ 50);
    return acc;
}
uint32_t fn_3_51(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 34: acc = mix3_1(acc, y + 34); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    default: acc ^= y * 402u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix3_3(acc, y + 18); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    default: acc ^= y * 197u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 17: acc = mix3_2(acc, y + 17); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 17: acc = mix3_0(acc, y + 17); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    default: acc ^= y * 22u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 13: acc = mix3_1(acc, y + 13); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_3_50(acc, y ^ 51);
    return acc;
}
uint32_t fn_3_52(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 21: acc = mix3_3(acc, y + 21); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix3_2(acc, y + 1); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix3_3(acc, y + 37); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    default: acc ^= y * 575u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_3_51(acc, y ^ 52);
    return acc;
}
uint32_t fn_3_53(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 37: acc = mix3_3(acc, y + 37); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    default: acc ^= y * 13u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix3_3(acc, y + 16); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    default: acc ^= y * 577u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix3_3(acc, y + 38); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 7: acc = mix3_2(acc, y + 7); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    default: acc ^= y * 259u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 27: acc = mix3_3(acc, y + 27); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 25: acc = mix3_0(acc, y + 25); break;
    default: acc ^= y * 971u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix3_0(acc, y + 35); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 4: acc = mix3_0(acc, y + 4); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    default: acc ^= y * 302u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 15: acc = mix3_0(acc, y + 15); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_3_52(acc, y ^ 53);
    return acc;
}
uint32_t fn_3_54(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix3_0(acc, y + 14); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    default: acc ^= y * 159u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix3_2(acc, y + 22); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    default: acc ^= y * 577u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix3_0(acc, y + 23); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    default: acc ^= y * 712u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix3_3(acc, y + 9); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    default: acc ^= y * 563u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix3_2(acc, y + 1); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix3_2(acc, y + 19); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 4: acc = mix3_0(acc, y + 4); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    default: acc ^= y * 817u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_3_53(acc, y ^ 54);
    return acc;
}
uint32_t fn_3_55(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix3_1(acc, y + 14); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    default: acc ^= y * 78u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix3_1(acc, y + 31); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 2: acc = mix3_0(acc, y + 2); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    default: acc ^= y * 581u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix3_3(acc, y + 12); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    default: acc ^= y * 904u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_3_54(acc, y ^ 55);
    return acc;
}
uint32_t fn_3_56(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 15: acc = mix3_3(acc, y + 15); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    default: acc ^= y * 986u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix3_0(acc, y + 20); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    default: acc ^= y * 137u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix3_1(acc, y + 5); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 37: acc = mix3_2(acc, y + 37); break;
    default: acc ^= y * 680u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_3_55(acc, y ^ 56);
    return acc;
}
uint32_t fn_3_57(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix3_2(acc, y + 11); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    default: acc ^= y * 44u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 20: acc = mix3_0(acc, y + 20); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    default: acc ^= y * 718u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix3_3(acc, y + 12); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    default: acc ^= y * 800u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix3_3(acc, y + 4); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix3_1(acc, y + 26); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    default: acc ^= y * 685u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_3_56(acc, y ^ 57);
    return acc;
}
uint32_t fn_3_58(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix3_1(acc, y + 39); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    default: acc ^= y * 589u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 2: acc = mix3_3(acc, y + 2); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 32: acc = mix3_1(acc, y + 32); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    default: acc ^= y * 551u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix3_2(acc, y + 28); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    default: acc ^= y * 128u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_3_57(acc, y ^ 58);
    return acc;
}
uint32_t fn_3_59(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix3_3(acc, y + 30); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix3_0(acc, y + 18); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    default: acc ^= y * 167u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix3_0(acc, y + 4); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    default: acc ^= y * 601u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix3_3(acc, y + 9); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    default: acc ^= y * 621u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_3_58(acc, y ^ 59);
    return acc;
}
uint32_t fn_3_60(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix3_0(acc, y + 39); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 34: acc = mix3_2(acc, y + 34); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 18: acc = mix3_3(acc, y + 18); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    default: acc ^= y * 337u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix3_0(acc, y + 23); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    default: acc ^= y * 666u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix3_0(acc, y + 28); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    default: acc ^= y * 11u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 20: acc = mix3_1(acc, y + 20); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    default: acc ^= y * 370u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 30: acc = mix3_0(acc, y + 30); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    default: acc ^= y * 916u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_3_59(acc, y ^ 60);
    return acc;
}
uint32_t fn_3_61(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix3_2(acc, y + 11); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    default: acc ^= y * 341u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix3_0(acc, y + 16); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    default: acc ^= y * 269u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 39: acc = mix3_2(acc, y + 39); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    default: acc ^= y * 952u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix3_0(acc, y + 2); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    default: acc ^= y * 554u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_3_60(acc, y ^ 61);
    return acc;
}
uint32_t fn_3_62(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix3_1(acc, y + 19); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    default: acc ^= y * 276u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix3_0(acc, y + 27); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    default: acc ^= y * 685u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix3_0(acc, y + 5); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    default: acc ^= y * 644u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix3_1(acc, y + 28); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    default: acc ^= y * 802u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 31: acc = mix3_0(acc, y + 31); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 34: acc = mix3_2(acc, y + 34); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_3_61(acc, y ^ 62);
    return acc;
}
uint32_t fn_3_63(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix3_0(acc, y + 5); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    default: acc ^= y * 760u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 27: acc = mix3_3(acc, y + 27); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    default: acc ^= y * 586u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix3_1(acc, y + 23); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    default: acc ^= y * 99u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 37: acc = mix3_0(acc, y + 37); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    default: acc ^= y * 938u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 35: acc = mix3_2(acc, y + 35); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    default: acc ^= y * 686u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 21: acc = mix3_3(acc, y + 21); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    default: acc ^= y * 149u; break;
    }
    if (acc & 4096u) { sink = acc; }
    acc += fn_3_62(acc, y ^ 63);
    return acc;
}
uint32_t fn_3_64(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 35: acc = mix3_0(acc, y + 35); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    default: acc ^= y * 152u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 19: acc = mix3_2(acc, y + 19); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    default: acc ^= y * 82u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 8: acc = mix3_3(acc, y + 8); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    default: acc ^= y * 343u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 28: acc = mix3_3(acc, y + 28); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    default: acc ^= y * 869u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 6: acc = mix3_0(acc, y + 6); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 3: acc = mix3_3(acc, y + 3); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    default: acc ^= y * 668u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_3_63(acc, y ^ 64);
    return acc;
}
uint32_t fn_3_65(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix3_0(acc, y + 36); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    default: acc ^= y * 447u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 14: acc = mix3_3(acc, y + 14); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    default: acc ^= y * 739u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix3_1(acc, y + 15); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    default: acc ^= y * 155u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 22: acc = mix3_0(acc, y + 22); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    default: acc ^= y * 49u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 36: acc = mix3_0(acc, y + 36); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    default: acc ^= y * 945u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 23: acc = mix3_0(acc, y + 23); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_3_64(acc, y ^ 65);
    return acc;
}
uint32_t fn_3_66(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix3_2(acc, y + 29); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    default: acc ^= y * 452u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix3_1(acc, y + 33); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    default: acc ^= y * 93u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix3_0(acc, y + 6); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    default: acc ^= y * 276u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 12: acc = mix3_1(acc, y + 12); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    default: acc ^= y * 531u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix3_3(acc, y + 18); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    default: acc ^= y * 63u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_3_65(acc, y ^ 66);
    return acc;
}
uint32_t fn_3_67(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix3_0(acc, y + 29); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    default: acc ^= y * 132u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 37: acc = mix3_0(acc, y + 37); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    default: acc ^= y * 518u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 3: acc = mix3_0(acc, y + 3); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 18: acc = mix3_1(acc, y + 18); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    default: acc ^= y * 783u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 33: acc = mix3_2(acc, y + 33); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    default: acc ^= y * 941u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_3_66(acc, y ^ 67);
    return acc;
}
uint32_t fn_3_68(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 25: acc = mix3_2(acc, y + 25); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    default: acc ^= y * 112u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix3_1(acc, y + 24); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    default: acc ^= y * 459u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix3_3(acc, y + 34); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    default: acc ^= y * 28u; break;
    }
    if (acc & 512u) { sink = acc; }
    acc += fn_3_67(acc, y ^ 68);
    return acc;
}
uint32_t fn_3_69(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix3_3(acc, y + 29); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    default: acc ^= y * 123u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix3_1(acc, y + 30); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    default: acc ^= y * 453u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix3_3(acc, y + 5); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    default: acc ^= y * 640u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix3_3(acc, y + 2); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix3_1(acc, y + 23); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    default: acc ^= y * 837u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_3_68(acc, y ^ 69);
    return acc;
}
uint32_t fn_3_70(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 14: acc = mix3_1(acc, y + 14); break;
    case 4: acc = mix3_0(acc, y + 4); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    default: acc ^= y * 968u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 30: acc = mix3_0(acc, y + 30); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    default: acc ^= y * 891u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix3_1(acc, y + 25); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 34: acc = mix3_3(acc, y + 34); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    default: acc ^= y * 398u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix3_3(acc, y + 9); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    default: acc ^= y * 462u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 8: acc = mix3_0(acc, y + 8); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    default: acc ^= y * 852u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 3: acc = mix3_0(acc, y + 3); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    default: acc ^= y * 333u; break;
    }
    if (acc & 16u) { sink = acc; }
    acc += fn_3_69(acc, y ^ 70);
    return acc;
}
uint32_t fn_3_71(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix3_1(acc, y + 32); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    default: acc ^= y * 643u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 7: acc = mix3_3(acc, y + 7); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    default: acc ^= y * 261u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 25: acc = mix3_1(acc, y + 25); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 26: acc = mix3_0(acc, y + 26); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    default: acc ^= y * 850u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_3_70(acc, y ^ 71);
    return acc;
}
uint32_t fn_3_72(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 39: acc = mix3_3(acc, y + 39); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    default: acc ^= y * 915u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 15: acc = mix3_3(acc, y + 15); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    default: acc ^= y * 189u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix3_3(acc, y + 34); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    default: acc ^= y * 777u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 1: acc = mix3_2(acc, y + 1); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    default: acc ^= y * 378u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 3: acc = mix3_0(acc, y + 3); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    default: acc ^= y * 300u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix3_1(acc, y + 11); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 10: acc = mix3_3(acc, y + 10); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    default: acc ^= y * 559u; break;
    }
    if (acc & 1u) { sink = acc; }
    acc += fn_3_71(acc, y ^ 72);
    return acc;
}
uint32_t fn_3_73(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix3_3(acc, y + 24); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    default: acc ^= y * 422u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 10: acc = mix3_3(acc, y + 10); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    default: acc ^= y * 56u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix3_2(acc, y + 26); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    default: acc ^= y * 244u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_3_72(acc, y ^ 73);
    return acc;
}
uint32_t fn_3_74(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 33: acc = mix3_1(acc, y + 33); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    default: acc ^= y * 649u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix3_1(acc, y + 21); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 33: acc = mix3_2(acc, y + 33); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    default: acc ^= y * 43u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix3_1(acc, y + 37); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    default: acc ^= y * 420u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix3_1(acc, y + 34); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 844u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_3_73(acc, y ^ 74);
    return acc;
}
uint32_t fn_3_75(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 10: acc = mix3_1(acc, y + 10); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 29: acc = mix3_2(acc, y + 29); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    default: acc ^= y * 550u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 31: acc = mix3_2(acc, y + 31); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    default: acc ^= y * 633u; break;
    }
    if (acc & 32u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 12: acc = mix3_2(acc, y + 12); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    default: acc ^= y * 651u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix3_2(acc, y + 7); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    default: acc ^= y * 883u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 23: acc = mix3_1(acc, y + 23); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 16384u) { sink = acc; }
    acc += fn_3_74(acc, y ^ 75);
    return acc;
}
uint32_t fn_3_76(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 36: acc = mix3_0(acc, y + 36); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    default: acc ^= y * 538u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 26: acc = mix3_1(acc, y + 26); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    default: acc ^= y * 260u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix3_2(acc, y + 16); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    default: acc ^= y * 659u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 19: acc = mix3_0(acc, y + 19); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    default: acc ^= y * 805u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 19: acc = mix3_3(acc, y + 19); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    default: acc ^= y * 598u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 33: acc = mix3_2(acc, y + 33); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    default: acc ^= y * 260u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_3_75(acc, y ^ 76);
    return acc;
}
uint32_t fn_3_77(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix3_2(acc, y + 26); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    default: acc ^= y * 559u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 22: acc = mix3_0(acc, y + 22); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    default: acc ^= y * 240u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix3_0(acc, y + 26); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    default: acc ^= y * 795u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 4: acc = mix3_3(acc, y + 4); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    default: acc ^= y * 694u; break;
    }
    if (acc & 2u) { sink = acc; }
    acc += fn_3_76(acc, y ^ 77);
    return acc;
}
uint32_t fn_3_78(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 28: acc = mix3_1(acc, y + 28); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    default: acc ^= y * 371u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 16: acc = mix3_0(acc, y + 16); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    default: acc ^= y * 77u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 11: acc = mix3_3(acc, y + 11); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    default: acc ^= y * 19u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 16: acc = mix3_3(acc, y + 16); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    default: acc ^= y * 408u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix3_1(acc, y + 16); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    default: acc ^= y * 784u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 29: acc = mix3_2(acc, y + 29); break;
    case 13: acc = mix3_2(acc, y + 13); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    default: acc ^= y * 789u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_3_77(acc, y ^ 78);
    return acc;
}
uint32_t fn_3_79(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix3_1(acc, y + 5); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    default: acc ^= y * 53u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 23: acc = mix3_3(acc, y + 23); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    default: acc ^= y * 527u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix3_3(acc, y + 10); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    default: acc ^= y * 842u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 7: acc = mix3_2(acc, y + 7); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    default: acc ^= y * 382u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 18: acc = mix3_3(acc, y + 18); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    case 20: acc = mix3_2(acc, y + 20); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 27: acc = mix3_1(acc, y + 27); break;
    default: acc ^= y * 887u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 18: acc = mix3_1(acc, y + 18); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    default: acc ^= y * 807u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_3_78(acc, y ^ 79);
    return acc;
}
uint32_t fn_3_80(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix3_3(acc, y + 26); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    default: acc ^= y * 977u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 33: acc = mix3_3(acc, y + 33); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 3: acc = mix3_1(acc, y + 3); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    default: acc ^= y * 833u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 5: acc = mix3_1(acc, y + 5); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 25: acc = mix3_1(acc, y + 25); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    default: acc ^= y * 225u; break;
    }
    if (acc & 64u) { sink = acc; }
    acc += fn_3_79(acc, y ^ 80);
    return acc;
}
uint32_t fn_3_81(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 30: acc = mix3_1(acc, y + 30); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 28: acc = mix3_0(acc, y + 28); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 35: acc = mix3_0(acc, y + 35); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    default: acc ^= y * 111u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 24: acc = mix3_0(acc, y + 24); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 33: acc = mix3_3(acc, y + 33); break;
    case 27: acc = mix3_2(acc, y + 27); break;
    case 3: acc = mix3_2(acc, y + 3); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    default: acc ^= y * 17u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 21: acc = mix3_0(acc, y + 21); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 162u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 26: acc = mix3_0(acc, y + 26); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    default: acc ^= y * 895u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix3_0(acc, y + 30); break;
    case 22: acc = mix3_2(acc, y + 22); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    default: acc ^= y * 909u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 2: acc = mix3_2(acc, y + 2); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 772u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_80(acc, y ^ 81);
    return acc;
}
uint32_t fn_3_82(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix3_2(acc, y + 27); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    default: acc ^= y * 865u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix3_0(acc, y + 28); break;
    case 25: acc = mix3_0(acc, y + 25); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    default: acc ^= y * 816u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix3_1(acc, y + 6); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    default: acc ^= y * 245u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix3_1(acc, y + 38); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    default: acc ^= y * 295u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 30: acc = mix3_2(acc, y + 30); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 33: acc = mix3_3(acc, y + 33); break;
    default: acc ^= y * 812u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 19: acc = mix3_3(acc, y + 19); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    default: acc ^= y * 951u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_3_81(acc, y ^ 82);
    return acc;
}
uint32_t fn_3_83(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix3_3(acc, y + 26); break;
    case 24: acc = mix3_3(acc, y + 24); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 20: acc = mix3_1(acc, y + 20); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 745u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 3: acc = mix3_3(acc, y + 3); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 24: acc = mix3_1(acc, y + 24); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    default: acc ^= y * 401u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 34: acc = mix3_2(acc, y + 34); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    default: acc ^= y * 430u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix3_2(acc, y + 29); break;
    case 24: acc = mix3_2(acc, y + 24); break;
    case 32: acc = mix3_2(acc, y + 32); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 27: acc = mix3_0(acc, y + 27); break;
    case 8: acc = mix3_3(acc, y + 8); break;
    default: acc ^= y * 376u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 26: acc = mix3_0(acc, y + 26); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    default: acc ^= y * 492u; break;
    }
    if (acc & 16384u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 11: acc = mix3_0(acc, y + 11); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    default: acc ^= y * 241u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_3_82(acc, y ^ 83);
    return acc;
}
uint32_t fn_3_84(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 19: acc = mix3_0(acc, y + 19); break;
    case 35: acc = mix3_2(acc, y + 35); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    default: acc ^= y * 291u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix3_0(acc, y + 6); break;
    case 10: acc = mix3_1(acc, y + 10); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 4: acc = mix3_0(acc, y + 4); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    default: acc ^= y * 634u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 4: acc = mix3_3(acc, y + 4); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    default: acc ^= y * 948u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix3_1(acc, y + 38); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    default: acc ^= y * 484u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_3_83(acc, y ^ 84);
    return acc;
}
uint32_t fn_3_85(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 12: acc = mix3_0(acc, y + 12); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    default: acc ^= y * 397u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix3_1(acc, y + 1); break;
    case 34: acc = mix3_2(acc, y + 34); break;
    case 39: acc = mix3_0(acc, y + 39); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    default: acc ^= y * 559u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 23: acc = mix3_0(acc, y + 23); break;
    case 34: acc = mix3_2(acc, y + 34); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 14: acc = mix3_2(acc, y + 14); break;
    default: acc ^= y * 905u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_3_84(acc, y ^ 85);
    return acc;
}
uint32_t fn_3_86(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 27: acc = mix3_3(acc, y + 27); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 9: acc = mix3_2(acc, y + 9); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    default: acc ^= y * 646u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix3_3(acc, y + 32); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    default: acc ^= y * 470u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 18: acc = mix3_1(acc, y + 18); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    default: acc ^= y * 739u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 29: acc = mix3_0(acc, y + 29); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    default: acc ^= y * 528u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_3_85(acc, y ^ 86);
    return acc;
}
uint32_t fn_3_87(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 11: acc = mix3_1(acc, y + 11); break;
    case 3: acc = mix3_3(acc, y + 3); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    case 23: acc = mix3_1(acc, y + 23); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 16: acc = mix3_1(acc, y + 16); break;
    default: acc ^= y * 579u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 39: acc = mix3_2(acc, y + 39); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    default: acc ^= y * 237u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 19: acc = mix3_0(acc, y + 19); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    default: acc ^= y * 3u; break;
    }
    if (acc & 8192u) { sink = acc; }
    acc += fn_3_86(acc, y ^ 87);
    return acc;
}
uint32_t fn_3_88(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 17: acc = mix3_1(acc, y + 17); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    default: acc ^= y * 820u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix3_3(acc, y + 32); break;
    case 37: acc = mix3_3(acc, y + 37); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    case 19: acc = mix3_0(acc, y + 19); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 26: acc = mix3_3(acc, y + 26); break;
    default: acc ^= y * 942u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix3_2(acc, y + 15); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 37: acc = mix3_2(acc, y + 37); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    default: acc ^= y * 514u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_3_87(acc, y ^ 88);
    return acc;
}
uint32_t fn_3_89(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 26: acc = mix3_1(acc, y + 26); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    default: acc ^= y * 592u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix3_3(acc, y + 6); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 20: acc = mix3_0(acc, y + 20); break;
    default: acc ^= y * 631u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix3_0(acc, y + 26); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 14: acc = mix3_0(acc, y + 14); break;
    case 13: acc = mix3_1(acc, y + 13); break;
    case 25: acc = mix3_0(acc, y + 25); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    default: acc ^= y * 848u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 9: acc = mix3_2(acc, y + 9); break;
    case 34: acc = mix3_1(acc, y + 34); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 7: acc = mix3_3(acc, y + 7); break;
    case 32: acc = mix3_1(acc, y + 32); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    default: acc ^= y * 505u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_3_88(acc, y ^ 89);
    return acc;
}
uint32_t fn_3_90(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix3_0(acc, y + 24); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    default: acc ^= y * 542u; break;
    }
    if (acc & 4u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix3_3(acc, y + 6); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 21: acc = mix3_1(acc, y + 21); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    default: acc ^= y * 410u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix3_3(acc, y + 38); break;
    case 31: acc = mix3_0(acc, y + 31); break;
    case 18: acc = mix3_1(acc, y + 18); break;
    case 5: acc = mix3_1(acc, y + 5); break;
    case 33: acc = mix3_0(acc, y + 33); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    default: acc ^= y * 526u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_3_89(acc, y ^ 90);
    return acc;
}
uint32_t fn_3_91(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 5: acc = mix3_3(acc, y + 5); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 32: acc = mix3_3(acc, y + 32); break;
    case 39: acc = mix3_1(acc, y + 39); break;
    case 2: acc = mix3_1(acc, y + 2); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 11: acc = mix3_0(acc, y + 11); break;
    default: acc ^= y * 973u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 15: acc = mix3_1(acc, y + 15); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 26: acc = mix3_0(acc, y + 26); break;
    case 21: acc = mix3_0(acc, y + 21); break;
    case 8: acc = mix3_0(acc, y + 8); break;
    default: acc ^= y * 447u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 38: acc = mix3_2(acc, y + 38); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 26: acc = mix3_1(acc, y + 26); break;
    case 30: acc = mix3_1(acc, y + 30); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    default: acc ^= y * 350u; break;
    }
    if (acc & 2048u) { sink = acc; }
    acc += fn_3_90(acc, y ^ 91);
    return acc;
}
uint32_t fn_3_92(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 16: acc = mix3_3(acc, y + 16); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 15: acc = mix3_0(acc, y + 15); break;
    case 29: acc = mix3_3(acc, y + 29); break;
    case 36: acc = mix3_2(acc, y + 36); break;
    default: acc ^= y * 727u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 1: acc = mix3_3(acc, y + 1); break;
    case 13: acc = mix3_0(acc, y + 13); break;
    case 19: acc = mix3_2(acc, y + 19); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    default: acc ^= y * 40u; break;
    }
    if (acc & 2048u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 7: acc = mix3_2(acc, y + 7); break;
    case 17: acc = mix3_0(acc, y + 17); break;
    case 37: acc = mix3_0(acc, y + 37); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    default: acc ^= y * 45u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 34: acc = mix3_1(acc, y + 34); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 21: acc = mix3_3(acc, y + 21); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    case 1: acc = mix3_2(acc, y + 1); break;
    default: acc ^= y * 536u; break;
    }
    if (acc & 4u) { sink = acc; }
    acc += fn_3_91(acc, y ^ 92);
    return acc;
}
uint32_t fn_3_93(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix3_2(acc, y + 24); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 16: acc = mix3_2(acc, y + 16); break;
    case 8: acc = mix3_2(acc, y + 8); break;
    case 18: acc = mix3_2(acc, y + 18); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    default: acc ^= y * 144u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix3_1(acc, y + 11); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 14: acc = mix3_1(acc, y + 14); break;
    case 12: acc = mix3_3(acc, y + 12); break;
    default: acc ^= y * 74u; break;
    }
    if (acc & 8192u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 16: acc = mix3_0(acc, y + 16); break;
    case 37: acc = mix3_2(acc, y + 37); break;
    case 23: acc = mix3_0(acc, y + 23); break;
    case 26: acc = mix3_2(acc, y + 26); break;
    case 31: acc = mix3_1(acc, y + 31); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    default: acc ^= y * 120u; break;
    }
    if (acc & 128u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 8: acc = mix3_0(acc, y + 8); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 19: acc = mix3_1(acc, y + 19); break;
    case 5: acc = mix3_0(acc, y + 5); break;
    case 35: acc = mix3_3(acc, y + 35); break;
    case 6: acc = mix3_0(acc, y + 6); break;
    default: acc ^= y * 23u; break;
    }
    if (acc & 64u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 1: acc = mix3_1(acc, y + 1); break;
    case 14: acc = mix3_3(acc, y + 14); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 28: acc = mix3_2(acc, y + 28); break;
    case 12: acc = mix3_2(acc, y + 12); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    default: acc ^= y * 252u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 5) % 41) {
    case 8: acc = mix3_1(acc, y + 8); break;
    case 11: acc = mix3_1(acc, y + 11); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 12: acc = mix3_1(acc, y + 12); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    default: acc ^= y * 454u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_3_92(acc, y ^ 93);
    return acc;
}
uint32_t fn_3_94(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix3_3(acc, y + 29); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 15: acc = mix3_1(acc, y + 15); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 25: acc = mix3_3(acc, y + 25); break;
    default: acc ^= y * 326u; break;
    }
    if (acc & 1024u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 11: acc = mix3_3(acc, y + 11); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 5: acc = mix3_2(acc, y + 5); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 22: acc = mix3_0(acc, y + 22); break;
    case 31: acc = mix3_2(acc, y + 31); break;
    default: acc ^= y * 328u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 38: acc = mix3_2(acc, y + 38); break;
    case 4: acc = mix3_1(acc, y + 4); break;
    case 37: acc = mix3_1(acc, y + 37); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 16: acc = mix3_0(acc, y + 16); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    default: acc ^= y * 969u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 33: acc = mix3_2(acc, y + 33); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 32: acc = mix3_3(acc, y + 32); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 25: acc = mix3_2(acc, y + 25); break;
    case 2: acc = mix3_0(acc, y + 2); break;
    default: acc ^= y * 534u; break;
    }
    if (acc & 8u) { sink = acc; }
    acc += fn_3_93(acc, y ^ 94);
    return acc;
}
uint32_t fn_3_95(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix3_0(acc, y + 20); break;
    case 1: acc = mix3_0(acc, y + 1); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 35: acc = mix3_1(acc, y + 35); break;
    default: acc ^= y * 359u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 6: acc = mix3_1(acc, y + 6); break;
    case 36: acc = mix3_1(acc, y + 36); break;
    case 18: acc = mix3_3(acc, y + 18); break;
    case 10: acc = mix3_2(acc, y + 10); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    default: acc ^= y * 932u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 37: acc = mix3_0(acc, y + 37); break;
    case 38: acc = mix3_3(acc, y + 38); break;
    case 39: acc = mix3_3(acc, y + 39); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 4: acc = mix3_2(acc, y + 4); break;
    case 25: acc = mix3_0(acc, y + 25); break;
    default: acc ^= y * 248u; break;
    }
    if (acc & 256u) { sink = acc; }
    acc += fn_3_94(acc, y ^ 95);
    return acc;
}
uint32_t fn_3_96(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 20: acc = mix3_2(acc, y + 20); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 5: acc = mix3_3(acc, y + 5); break;
    case 27: acc = mix3_3(acc, y + 27); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 18: acc = mix3_0(acc, y + 18); break;
    default: acc ^= y * 701u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 28: acc = mix3_3(acc, y + 28); break;
    case 36: acc = mix3_3(acc, y + 36); break;
    case 38: acc = mix3_0(acc, y + 38); break;
    case 32: acc = mix3_0(acc, y + 32); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    default: acc ^= y * 658u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 6: acc = mix3_1(acc, y + 6); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    case 17: acc = mix3_1(acc, y + 17); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 834u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 3: acc = mix3_0(acc, y + 3); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    case 12: acc = mix3_0(acc, y + 12); break;
    case 30: acc = mix3_2(acc, y + 30); break;
    case 6: acc = mix3_2(acc, y + 6); break;
    default: acc ^= y * 510u; break;
    }
    if (acc & 4096u) { sink = acc; }
    switch ((acc + 4) % 41) {
    case 16: acc = mix3_3(acc, y + 16); break;
    case 15: acc = mix3_3(acc, y + 15); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 13: acc = mix3_3(acc, y + 13); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    case 29: acc = mix3_0(acc, y + 29); break;
    default: acc ^= y * 533u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_3_95(acc, y ^ 96);
    return acc;
}
uint32_t fn_3_97(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 24: acc = mix3_2(acc, y + 24); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 9: acc = mix3_1(acc, y + 9); break;
    case 7: acc = mix3_0(acc, y + 7); break;
    case 17: acc = mix3_2(acc, y + 17); break;
    default: acc ^= y * 788u; break;
    }
    if (acc & 8u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 38: acc = mix3_3(acc, y + 38); break;
    case 7: acc = mix3_1(acc, y + 7); break;
    case 1: acc = mix3_1(acc, y + 1); break;
    case 29: acc = mix3_1(acc, y + 29); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 10: acc = mix3_0(acc, y + 10); break;
    default: acc ^= y * 841u; break;
    }
    if (acc & 512u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 27: acc = mix3_3(acc, y + 27); break;
    case 9: acc = mix3_0(acc, y + 9); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 4: acc = mix3_3(acc, y + 4); break;
    case 20: acc = mix3_3(acc, y + 20); break;
    default: acc ^= y * 204u; break;
    }
    if (acc & 32768u) { sink = acc; }
    acc += fn_3_96(acc, y ^ 97);
    return acc;
}
uint32_t fn_3_98(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 29: acc = mix3_0(acc, y + 29); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 17: acc = mix3_3(acc, y + 17); break;
    case 31: acc = mix3_3(acc, y + 31); break;
    case 28: acc = mix3_1(acc, y + 28); break;
    case 19: acc = mix3_3(acc, y + 19); break;
    default: acc ^= y * 748u; break;
    }
    if (acc & 256u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 25: acc = mix3_3(acc, y + 25); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 39: acc = mix3_2(acc, y + 39); break;
    case 24: acc = mix3_0(acc, y + 24); break;
    case 11: acc = mix3_2(acc, y + 11); break;
    case 21: acc = mix3_2(acc, y + 21); break;
    default: acc ^= y * 367u; break;
    }
    if (acc & 1u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 26: acc = mix3_3(acc, y + 26); break;
    case 2: acc = mix3_2(acc, y + 2); break;
    case 23: acc = mix3_2(acc, y + 23); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 16: acc = mix3_3(acc, y + 16); break;
    case 38: acc = mix3_2(acc, y + 38); break;
    default: acc ^= y * 383u; break;
    }
    if (acc & 16u) { sink = acc; }
    switch ((acc + 3) % 41) {
    case 2: acc = mix3_1(acc, y + 2); break;
    case 15: acc = mix3_2(acc, y + 15); break;
    case 1: acc = mix3_3(acc, y + 1); break;
    case 33: acc = mix3_1(acc, y + 33); break;
    case 22: acc = mix3_3(acc, y + 22); break;
    case 30: acc = mix3_0(acc, y + 30); break;
    default: acc ^= y * 902u; break;
    }
    if (acc & 32u) { sink = acc; }
    acc += fn_3_97(acc, y ^ 98);
    return acc;
}
uint32_t fn_3_99(uint32_t x, uint32_t y)
{
    uint32_t acc = x;
    switch ((acc + 0) % 41) {
    case 32: acc = mix3_3(acc, y + 32); break;
    case 22: acc = mix3_1(acc, y + 22); break;
    case 2: acc = mix3_3(acc, y + 2); break;
    case 30: acc = mix3_3(acc, y + 30); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 3: acc = mix3_0(acc, y + 3); break;
    default: acc ^= y * 898u; break;
    }
    if (acc & 2u) { sink = acc; }
    switch ((acc + 1) % 41) {
    case 21: acc = mix3_2(acc, y + 21); break;
    case 6: acc = mix3_1(acc, y + 6); break;
    case 34: acc = mix3_0(acc, y + 34); break;
    case 36: acc = mix3_0(acc, y + 36); break;
    case 9: acc = mix3_3(acc, y + 9); break;
    case 28: acc = mix3_3(acc, y + 28); break;
    default: acc ^= y * 555u; break;
    }
    if (acc & 32768u) { sink = acc; }
    switch ((acc + 2) % 41) {
    case 10: acc = mix3_3(acc, y + 10); break;
    case 38: acc = mix3_1(acc, y + 38); break;
    case 11: acc = mix3_3(acc, y + 11); break;
    case 8: acc = mix3_1(acc, y + 8); break;
    case 6: acc = mix3_3(acc, y + 6); break;
    case 23: acc = mix3_3(acc, y + 23); break;
    default: acc ^= y * 254u; break;
    }
    if (acc & 1024u) { sink = acc; }
    acc += fn_3_98(acc, y ^ 99);
    return acc;
}
