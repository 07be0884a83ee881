// The demo generators' random numbers: splitmix64, integer arithmetic only, so a seed gives the same
// numbers natively and in wasm (demo_generator.hpp says why that matters).
#pragma once
#include <cstddef>
#include <cstdint>

namespace retain::demo {

inline uint64_t mix(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

class Rng {
public:
    explicit Rng(uint64_t seed) : state_(seed) {}
    uint64_t next() {
        state_ += 0x9E3779B97F4A7C15ull;
        return mix(state_);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }  // [0, 1)
    int32_t between(int32_t lo, int32_t hi) {  // inclusive
        if (hi <= lo) return lo;
        return lo + int32_t(next() % uint64_t(int64_t(hi) - lo + 1));
    }
    bool chance(double p) { return unit() < p; }
    // A multiplier around 1 (triangular, 1 +- spread): day-to-day wobble without a normal distribution.
    double wobble(double spread) { return 1.0 + spread * (unit() + unit() - 1.0); }
    template <typename T, size_t N>
    const T& pick(const T (&list)[N]) { return list[next() % N]; }

private:
    uint64_t state_;
};

}  // namespace retain::demo
