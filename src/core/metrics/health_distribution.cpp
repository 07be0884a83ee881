#include "core/metrics/health_distribution.hpp"

namespace retain {

HealthDistribution health_distribution(const std::vector<uint8_t>& colors, const AccountSubset& subset,
                                       const std::vector<Money>* arr) {
    HealthDistribution d;
    for (AccountIx a : subset.accounts) {
        uint8_t c = a < colors.size() ? colors[a] : 0;
        if (c > kHealthGreen) c = kHealthNone;
        ++d.counts[c];
        if (arr && a < arr->size()) d.arr[c] += (*arr)[a];
    }
    return d;
}

}  // namespace retain
