// Retention rates: logo churn, gross and net MRR churn, NRR, GRR and expansion rate, month by month and
// over a period (docs/metrics.md, "Revenue and retention"). Every rate is a ratio of integer sums, a
// double only as the result, and no value (std::nullopt) when its denominator is zero.
//
// Two readings, as in subscription-analytics tools:
//  - month by month and over a period's movements (ChartMogul's "standard" churn formulas):
//      gross MRR churn = (churn + contraction) ÷ MRR at the start,
//      net MRR churn   = (churn + contraction − expansion − reactivation) ÷ MRR at the start;
//  - a fixed cohort, the customers paying in the start month, read again at the end month
//    (NRR, GRR, logo churn over a period; the trailing-12-month NRR and GRR):
//      NRR = (start MRR + expansion − contraction − churn) ÷ start MRR = cohort's MRR at the end ÷ start MRR,
//      GRR = the same without expansion: Σ min(MRR at the end, MRR at the start) ÷ start MRR, never > 100%.
//    Per account, the end is compared with the start only: a cohort customer that left and came back
//    within the window counts with its MRR at the end; customers new after the start are not in it.
#pragma once
#include <optional>
#include <vector>

#include "core/metrics/mrr_movements.hpp"

namespace retain {

struct RetentionMonth {
    Month month;
    std::optional<double> logo_churn_rate;       // churned customers ÷ customers at the start of the month
    std::optional<double> gross_mrr_churn_rate;  // (churn + contraction) ÷ start MRR
    std::optional<double> net_mrr_churn_rate;    // (churn + contraction − expansion − reactivation) ÷ start MRR
    std::optional<double> nrr;                   // (start + expansion − contraction − churn) ÷ start MRR
    std::optional<double> grr;                   // (start − contraction − churn) ÷ start MRR
    std::optional<double> expansion_rate;        // expansion ÷ start MRR
};

// One entry per month of the history; a month without a start (the series' first) has no values.
std::vector<RetentionMonth> monthly_retention(const RevenueHistory& history);

// The customers paying in `start` (MRR > 0), read again in `end`.
struct CohortRetention {
    Month start;
    Month end;
    int32_t start_customers = 0;
    int32_t retained_customers = 0;  // of them, paying in `end`
    Money start_mrr;
    Money end_mrr;                   // their MRR in `end`
    Money expansion;                 // Σ (end − start) over those paying more at the end
    Money contraction;               // Σ (start − end) over those paying less, but > 0, at the end
    Money churn;                     // Σ start MRR over those not paying at the end

    std::optional<double> nrr() const;
    std::optional<double> grr() const;
    std::optional<double> logo_churn_rate() const;  // (start customers − retained) ÷ start customers
};

// No values when `start` is not a month the series holds, or `end` is not after it.
CohortRetention cohort_retention(const MrrSeries& series, const AccountSubset& subset, Month start, Month end);

// The trailing-12-month cohort ending with `last`: customers paying in last − 12, read in `last`.
inline CohortRetention trailing_12_retention(const MrrSeries& series, const AccountSubset& subset, Month last) {
    return cohort_retention(series, subset, last.plus(-12), last);
}

// A period's retention: the history's range, its movements and the cohort of its start.
struct PeriodRetention {
    MonthRange range;
    CohortRetention cohort;                      // customers paying the month before the range, read at its last month
    std::optional<double> gross_mrr_churn_rate;  // Σ (churn + contraction) over the range ÷ MRR the month before it
    std::optional<double> net_mrr_churn_rate;    // Σ (churn + contraction − expansion − reactivation) ÷ that MRR
    std::optional<double> expansion_rate;        // Σ expansion ÷ that MRR
    // The average monthly logo churn rate: Σ churned customers ÷ Σ customers at each month's start (LTV
    // uses it: it is a monthly rate whatever the range's length).
    std::optional<double> monthly_logo_churn_rate;
};

PeriodRetention period_retention(const MrrSeries& series, const AccountSubset& subset, const RevenueHistory& history);

}  // namespace retain
