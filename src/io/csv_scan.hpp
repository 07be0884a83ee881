// The CSV parser's inner loop: find the next byte that ends or interrupts a field, eight bytes at a time.
// Why not memchr: a field ends at any of four bytes (delimiter, quote, LF, CR), and memchr finds one.
// Why not a lookup table per byte: this tests eight bytes with a dozen integer operations and one
// branch, which is faster for fields longer than a few bytes, natively and in wasm (64-bit integers are
// native there; SIMD would need a build flag every browser has to support).
#pragma once
#include <cstdint>
#include <cstring>

namespace retain::csv_scan {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHigh = 0x8080808080808080ull;

constexpr uint64_t broadcast(char c) { return kOnes * uint64_t(static_cast<unsigned char>(c)); }

// The high bit of each byte of `w` equal to the byte in `pattern`. Bytes above the first match may be
// flagged falsely (a borrow runs upward), which is harmless: only the lowest flag is ever used.
inline uint64_t matches(uint64_t w, uint64_t pattern) {
    const uint64_t x = w ^ pattern;
    return (x - kOnes) & ~x & kHigh;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr bool kWordScan = true;  // the lowest flag is the first byte in memory
#else
constexpr bool kWordScan = false;
#endif

// The first byte in [p, end) equal to a, b, c or d; `end` when there is none.
inline const char* find_any_of_4(const char* p, const char* end, char a, char b, char c, char d) {
    if (kWordScan) {
        const uint64_t pa = broadcast(a), pb = broadcast(b), pc = broadcast(c), pd = broadcast(d);
        while (end - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            const uint64_t m = matches(w, pa) | matches(w, pb) | matches(w, pc) | matches(w, pd);
            if (m) return p + (__builtin_ctzll(m) >> 3);
            p += 8;
        }
    }
    while (p < end && *p != a && *p != b && *p != c && *p != d) ++p;
    return p;
}

// The first byte in [p, end) equal to a, b or c; `end` when there is none.
inline const char* find_any_of_3(const char* p, const char* end, char a, char b, char c) {
    if (kWordScan) {
        const uint64_t pa = broadcast(a), pb = broadcast(b), pc = broadcast(c);
        while (end - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            const uint64_t m = matches(w, pa) | matches(w, pb) | matches(w, pc);
            if (m) return p + (__builtin_ctzll(m) >> 3);
            p += 8;
        }
    }
    while (p < end && *p != a && *p != b && *p != c) ++p;
    return p;
}

}  // namespace retain::csv_scan
