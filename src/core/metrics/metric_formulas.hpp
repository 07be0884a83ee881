// One short formula per metric, the text the UI's tooltip quotes (docs/metrics.md has the same lines,
// with inputs and edge cases): one definition, one place to read it.
#pragma once
#include <cstdint>

namespace retain {

enum class MetricId : uint8_t {
    mrr, arr, customers, arpa,
    new_mrr, expansion_mrr, contraction_mrr, churn_mrr, reactivation_mrr, net_new_mrr,
    logo_churn_rate, logo_churn_period, gross_mrr_churn_rate, net_mrr_churn_rate,
    nrr_monthly, grr_monthly, nrr_period, grr_period, nrr_trailing_12, grr_trailing_12,
    expansion_rate, renewal_rate, ltv, quick_ratio,
    cohort_logo_retention, cohort_revenue_retention,
    nps, csat, ces, seat_utilisation, feature_adoption, time_to_value,
    health_distribution, cs_roi, arr_at_risk, renewals_due,
};
constexpr int kMetricIdCount = int(MetricId::renewals_due) + 1;

const char* metric_label(MetricId id);    // "NRR (trailing 12 months)"
const char* metric_formula(MetricId id);  // "NRR = (start MRR + expansion − contraction − churn) ÷ start MRR, ..."

}  // namespace retain
