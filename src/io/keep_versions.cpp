#include "io/keep_versions.hpp"

#include <algorithm>

namespace retain {

KeepPlan plan_kept_versions(const std::vector<uint64_t>& stored_bytes, uint64_t next_bytes, double usage, double quota,
                            int wanted) {
    KeepPlan plan;
    plan.keep = std::max(1, wanted);
    if (quota <= 0 || usage < 0) return plan;
    const double needed = double(next_bytes) * (1.0 + kStoredOverhead);
    const double free_now = quota - usage;
    const int stored = int(stored_bytes.size());
    // With `keep` kept, the save deletes the oldest stored - (keep - 1) versions.
    const auto freed_with = [&](int keep) {
        double freed = 0;
        for (int i = 0; i < stored - (keep - 1); ++i) freed += double(stored_bytes[size_t(i)]) * (1.0 + kStoredOverhead);
        return freed;
    };
    while (plan.keep > 1 && free_now + freed_with(plan.keep) < needed) --plan.keep;
    plan.fits = free_now + freed_with(plan.keep) >= needed;
    // Only the versions the rule would have kept count as dropped for space.
    plan.dropped_early = std::max(0, std::min(stored, std::max(1, wanted) - 1) - (plan.keep - 1));
    return plan;
}

}  // namespace retain
