#include "core/metrics/health_distribution.hpp"

namespace retain {

HealthDistribution health_distribution(const std::vector<uint8_t>& colors, const AccountSubset& subset) {
    HealthDistribution d;
    for (AccountIx a : subset.accounts) {
        const uint8_t c = a < colors.size() ? colors[a] : 0;
        ++d.counts[c <= 3 ? c : 0];
    }
    return d;
}

}  // namespace retain
