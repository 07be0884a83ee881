// The retention heatmap by start month (docs/metrics.md, "Cohorts"): rows are the months customers
// started paying, columns the months since then; each cell holds how many of the cohort's customers
// pay at that age and their MRR, from which logo and revenue retention are read.
//
// A customer's start month is its first month with MRR > 0 in the series. Customers whose real start is
// before the history the series holds (contract start before its first month, or no contract start and
// paying in its first month) would land in the wrong row; they are left out and counted apart.
#pragma once
#include <optional>
#include <vector>

#include "core/metrics/metric_scope.hpp"
#include "core/mrr_series.hpp"

namespace retain {

struct CohortHeatmap {
    Month first_cohort;           // row 0's start month
    int32_t cohorts = 0;          // rows: first_cohort .. first_cohort + cohorts − 1
    int32_t ages = 0;             // columns: 0 .. ages − 1 months since start
    Month last_observed;          // cells after this month have not happened yet
    std::vector<int32_t> size;        // per row: customers that started that month
    std::vector<int64_t> start_mrr;   // per row: their MRR in the start month (minor units)
    std::vector<int32_t> customers;   // [row * ages + age]: of them, paying at that age
    std::vector<int64_t> mrr;         // [row * ages + age]: their MRR at that age (minor units)
    int32_t started_before_history = 0;

    bool observed(int32_t row, int32_t age) const {
        return row >= 0 && row < cohorts && age >= 0 && age < ages && first_cohort.plus(row + age) <= last_observed;
    }
    // Customers paying at that age ÷ cohort size; no value for an empty row or a cell not yet observed.
    std::optional<double> logo_retention(int32_t row, int32_t age) const;
    // Cohort MRR at that age ÷ cohort MRR at age 0 (above 100% when expansion outweighs losses).
    std::optional<double> revenue_retention(int32_t row, int32_t age) const;
};

// Cohorts whose start month is in `range` (clipped to the series), observed through the range's last month.
CohortHeatmap cohort_heatmap(const MrrSeries& series, const Workspace& ws, const AccountSubset& subset,
                             MonthRange range);

}  // namespace retain
