// Time to value (docs/metrics.md, "Time to value"): days from contract start to the first-value date,
// for the accounts whose contract started in a period — their median, mean and distribution.
// An account without a first-value date has not reached value or it was not recorded: it is counted
// apart, never as 0 days; a first-value date before the contract start is counted apart as invalid.
#pragma once
#include <array>
#include <optional>

#include "core/metrics/metric_scope.hpp"

namespace retain {

// The distribution's buckets, by their last day: 0–7, 8–14, 15–30, 31–60, 61–90, 91–180, over 180.
constexpr int32_t kTtvBucketCount = 7;
constexpr std::array<int32_t, kTtvBucketCount - 1> kTtvBucketLastDay = {7, 14, 30, 60, 90, 180};

struct TimeToValueSummary {
    int32_t started = 0;   // accounts whose contract started in the range
    int32_t reached = 0;   // of them, with a first-value date on or after the contract start
    int32_t unknown = 0;   // no first-value date
    int32_t invalid = 0;   // first-value date before the contract start
    int64_t total_days = 0;
    std::optional<double> median_days;  // the middle value; the mean of the two middle ones for an even count
    std::array<int32_t, kTtvBucketCount> buckets{};

    std::optional<double> mean_days() const { return ratio_of(double(total_days), double(reached)); }
};

int32_t ttv_bucket(int32_t days);

// One account's time to value in days, by the same rule: none without a first-value date or contract
// start, or when first value comes before the contract start (invalid).
std::optional<int32_t> account_time_to_value(const Account& a);

TimeToValueSummary time_to_value(const Workspace& ws, const AccountSubset& subset, MonthRange range);

}  // namespace retain
