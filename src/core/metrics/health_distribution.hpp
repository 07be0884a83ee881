// Health distribution (docs/metrics.md, "Health distribution"): how many accounts are red, yellow and
// green. The colours come from the health engine (src/core/health); this takes them as plain values so
// the two stay independent: one byte per workspace account, 0 = no score, 1 = red, 2 = yellow, 3 = green
// (the values of the health engine's HealthColor; any other value counts as no score).
// With each account's ARR it also sums ARR per colour: "ARR at risk" is the red and yellow part.
#pragma once
#include <array>
#include <optional>
#include <vector>

#include "core/metrics/metric_scope.hpp"

namespace retain {

constexpr uint8_t kHealthNone = 0, kHealthRed = 1, kHealthYellow = 2, kHealthGreen = 3;

struct HealthDistribution {
    std::array<int32_t, 4> counts{};  // indexed by colour value, 0 (no score) .. 3 (green)
    std::array<Money, 4> arr{};       // Σ ARR per colour (zero when no ARR was given)

    int32_t count(uint8_t color) const { return color <= kHealthGreen ? counts[color] : 0; }
    int32_t scored() const { return counts[kHealthRed] + counts[kHealthYellow] + counts[kHealthGreen]; }
    // A colour's count ÷ scored accounts; no value when none is scored.
    std::optional<double> share(uint8_t color) const { return ratio_of(double(count(color)), double(scored())); }
    // ARR at risk (docs/metrics.md): Σ ARR of red and yellow accounts.
    Money at_risk() const { return arr[kHealthRed] + arr[kHealthYellow]; }
};

// Over the subset's accounts; an account beyond the end of `colors` counts as no score. `arr`, when given,
// is each workspace account's ARR (an account beyond its end adds nothing).
HealthDistribution health_distribution(const std::vector<uint8_t>& colors, const AccountSubset& subset,
                                       const std::vector<Money>* arr = nullptr);

}  // namespace retain
