// LTV and the SaaS quick ratio (docs/metrics.md, "LTV", "Quick ratio").
#pragma once
#include <optional>

#include "core/metrics/mrr_movements.hpp"

namespace retain {

// LTV = ARPA × gross margin ÷ monthly logo churn rate, in minor units (rounded half away from zero).
// No value without an ARPA or with a churn rate of zero (a customer would never leave).
std::optional<Money> lifetime_value(std::optional<double> arpa_minor, std::optional<double> monthly_logo_churn_rate,
                                    int32_t gross_margin_pct);

// Quick ratio = (new + expansion + reactivation) ÷ (contraction + churn); no value when nothing was lost.
// Reactivation counts as gained MRR, as it does in ChartMogul's net MRR churn; Baremetrics' quick ratio
// leaves it out (docs/metrics.md says so).
std::optional<double> quick_ratio(const MovementSums& moves);

}  // namespace retain
