#include "core/metrics/time_to_value.hpp"

#include <algorithm>
#include <vector>

namespace retain {

int32_t ttv_bucket(int32_t days) {
    int32_t b = 0;
    while (b < kTtvBucketCount - 1 && days > kTtvBucketLastDay[size_t(b)]) ++b;
    return b;
}

std::optional<int32_t> account_time_to_value(const Account& a) {
    if (!a.contract_start.ok() || !a.first_value.ok() || a.first_value < a.contract_start) return std::nullopt;
    return a.first_value - a.contract_start;
}

TimeToValueSummary time_to_value(const Workspace& ws, const AccountSubset& subset, MonthRange range) {
    TimeToValueSummary s;
    if (!range.ok()) return s;
    std::vector<int32_t> days;
    for (AccountIx a : subset.accounts) {
        if (a >= ws.accounts.size()) continue;
        const Account& acc = ws.accounts[a];
        if (!acc.contract_start.ok() || !range.contains(Month::of(acc.contract_start))) continue;
        ++s.started;
        if (!acc.first_value.ok()) {
            ++s.unknown;
            continue;
        }
        const int32_t d = acc.first_value - acc.contract_start;
        if (d < 0) {
            ++s.invalid;
            continue;
        }
        ++s.reached;
        s.total_days += d;
        ++s.buckets[size_t(ttv_bucket(d))];
        days.push_back(d);
    }
    if (days.empty()) return s;
    const size_t mid = days.size() / 2;
    std::nth_element(days.begin(), days.begin() + std::ptrdiff_t(mid), days.end());
    const int32_t upper = days[mid];
    if (days.size() % 2 == 1) {
        s.median_days = double(upper);
    } else {
        const int32_t lower = *std::max_element(days.begin(), days.begin() + std::ptrdiff_t(mid));
        s.median_days = (double(lower) + double(upper)) / 2.0;
    }
    return s;
}

}  // namespace retain
