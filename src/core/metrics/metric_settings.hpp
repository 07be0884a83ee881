// The settings the metrics need, as one plain struct (the workspace file stores it; docs/metrics.md
// names each where it is used).
#pragma once
#include <cstdint>

#include "core/money.hpp"

namespace retain {

struct MetricSettings {
    // LTV: the share of revenue kept after the cost of serving it. 80% is a common SaaS gross margin;
    // set your own. Clamped to 0..100 where used.
    int32_t gross_margin_pct = 80;
    // CS ROI: the yearly cost of the CS team (salaries, tools, overhead). 0 = not set: ROI has no value.
    Money cs_team_cost_per_year;
    // CS ROI: the annual gross MRR churn rate expected without the CS team (the rate before the team
    // existed, or a benchmark), in basis points: 1500 = 15% of the ARR at the start of a year lost.
    int32_t baseline_annual_churn_bp = 1500;
};

}  // namespace retain
