// MRR, ARR, customers, ARPA and the five MRR movements per month, from the MRR series
// (docs/metrics.md, "MRR movements"). The definitions are those of subscription-analytics tools
// (ChartMogul, Baremetrics), read month over month from each account's monthly MRR:
//
//   previous month   this month        movement       amount
//   0                > 0, never paid   new business   this month's MRR
//   0                > 0, paid before  reactivation   this month's MRR
//   > 0              > previous        expansion      increase
//   > 0              0 < x < previous  contraction    decrease
//   > 0              0                 churn          previous month's MRR
//
// "Paid before" = the account had MRR > 0 in an earlier month of the series, or its contract started
// before the first month the series holds (it was a customer before the history begins).
// MRR ≤ 0 counts as not paying. The first month the series holds is the opening balance: it has no
// previous month, so no movements (RevenueMonth::has_start is false).
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/metrics/metric_scope.hpp"
#include "core/mrr_series.hpp"

namespace retain {

enum class MovementKind : uint8_t { none, new_business, expansion, contraction, churn, reactivation };
constexpr int kMovementKindCount = 5;  // the kinds after `none`

// One account, one month: the kind of movement and, through *amount, its size (≥ 0; contraction and
// churn are the MRR lost, as a positive amount).
MovementKind classify_movement(int64_t previous_mrr, int64_t current_mrr, bool paid_before, int64_t* amount);

struct MovementSums {
    std::array<int64_t, kMovementKindCount> mrr{};       // minor units, indexed by kind - 1
    // Accounts with that movement in a month; in a range's total, the sum of its months' counts.
    std::array<int32_t, kMovementKindCount> accounts{};

    Money of(MovementKind k) const { return k == MovementKind::none ? Money() : Money(mrr[size_t(k) - 1]); }
    int32_t count(MovementKind k) const { return k == MovementKind::none ? 0 : accounts[size_t(k) - 1]; }
    Money gained() const;    // new + expansion + reactivation
    Money lost() const;      // contraction + churn
    Money net() const { return gained() - lost(); }
    void add(const MovementSums& o);
};

struct RevenueMonth {
    Month month;
    Money mrr;                  // Σ MRR of paying accounts in the month
    int32_t customers = 0;      // accounts with MRR > 0
    bool has_start = false;     // false for the series' first month: no previous month, no movements
    Money start_mrr;            // the previous month's MRR (what this month's movements change)
    int32_t start_customers = 0;
    MovementSums moves;

    Money arr() const { return mrr * 12; }
    // ARPA = MRR ÷ customers, in minor units; no value without customers.
    std::optional<double> arpa() const { return ratio_of(double(mrr.minor), double(customers)); }
};

struct RevenueHistory {
    MonthRange range;                  // the requested range clipped to the months the series holds
    std::vector<RevenueMonth> months;  // one per month of `range`
    MovementSums total;                // the movements of every month of the range
};

// The subset's revenue month by month over `range` (clipped to the series; empty when nothing is left).
RevenueHistory compute_revenue_history(const MrrSeries& series, const Workspace& ws, const AccountSubset& subset,
                                       MonthRange range);

}  // namespace retain
