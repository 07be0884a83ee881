// Product adoption (docs/metrics.md, "Adoption"): seat utilisation (active users ÷ seats) and the share
// of key features in use, over the customers paying in a period's last month, read from the usage
// samples of the 28 days ending with the period's last day (or the as-of date, when earlier).
//
//  - an account's active users are those of its latest sample in the window, its seats Account::seats;
//    accounts without seats are counted apart (no value to divide by), never as 0% utilisation;
//  - a key feature is in use when some sample in the window has uses of it > 0;
//  - customers with no sample in the window are counted apart as "no usage data".
#pragma once
#include <array>
#include <optional>

#include "core/metrics/account_rows.hpp"
#include "core/metrics/metric_scope.hpp"
#include "core/mrr_series.hpp"

namespace retain {

constexpr int32_t kAdoptionWindowDays = 28;

struct AdoptionSummary {
    Date from;                  // the usage window [from, to]
    Date to;
    int32_t customers = 0;      // subset accounts paying in the range's last month
    int32_t with_usage = 0;     // of them, with a usage sample in the window
    int32_t no_usage_data = 0;  // customers − with_usage
    int32_t no_seats = 0;       // with usage but seats ≤ 0: left out of seat utilisation
    int64_t active_users = 0;   // Σ latest active users, over accounts with usage and seats
    int64_t seats = 0;          // Σ seats, over the same accounts
    int32_t key_features = 0;   // Workspace::key_features, at most kMaxKeyFeatures
    std::array<int32_t, kMaxKeyFeatures> using_feature{};  // accounts with usage that use each feature

    // Σ active users ÷ Σ seats (may exceed 1 when more people use it than the seats bought).
    std::optional<double> seat_utilisation() const { return ratio_of(double(active_users), double(seats)); }
    // Features in use ÷ (accounts with usage × key features): the average share of key features used.
    std::optional<double> feature_adoption() const;
    // Accounts using feature f ÷ accounts with usage.
    std::optional<double> feature_share(int32_t f) const;
};

AdoptionSummary adoption_summary(const Workspace& ws, const AccountRows& index, const MrrSeries& series,
                                 const AccountSubset& subset, MonthRange range, Date as_of);

}  // namespace retain
