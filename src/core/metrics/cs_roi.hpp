// The CS ROI calculator (docs/metrics.md, "CS ROI"), after the guides' example: a team costing $500K a
// year that avoids $2M of churn and brings $1M of expansion returns (2M + 1M) ÷ 0.5M = 6, read "6:1".
//
//   ROI = (churn avoided + expansion revenue) ÷ team cost
//
// From the data, over a period of n months (amounts annualised as ARR, 12 × MRR):
//   start ARR        = 12 × MRR the month before the period
//   expected loss    = start ARR × baseline annual churn rate × n ÷ 12
//   actual loss      = 12 × Σ (churn + contraction MRR) over the period
//   churn avoided    = expected loss − actual loss   (negative when churn ran above the baseline)
//   expansion        = 12 × Σ expansion MRR over the period
//   team cost        = team cost per year × n ÷ 12
#pragma once
#include <optional>
#include <string>

#include "core/metrics/metric_settings.hpp"
#include "core/metrics/mrr_movements.hpp"

namespace retain {

struct CsRoi {
    int32_t months = 0;      // the period the amounts cover (12 for the plain calculator)
    Money team_cost;
    Money churn_avoided;
    Money expansion;
    Money start_arr;         // from data only
    Money expected_loss;     // from data only
    Money actual_loss;       // from data only

    Money value() const { return churn_avoided + expansion; }
    // (churn avoided + expansion) ÷ team cost; no value when the cost is not set (≤ 0).
    std::optional<double> ratio() const;
};

// The calculator: amounts the user states for a year.
CsRoi cs_roi(Money team_cost, Money churn_avoided, Money expansion);

// From the movements of a period and the settings' team cost and baseline churn rate. When the period
// begins with the series there is no start ARR to apply the baseline to: churn avoided is then 0.
CsRoi cs_roi_from_history(const RevenueHistory& history, const MetricSettings& settings);

// "6:1", "2.5:1", "-0.4:1": the ratio to one, to one decimal (half away from zero), ".0" dropped.
std::string format_ratio_to_one(double ratio);

}  // namespace retain
