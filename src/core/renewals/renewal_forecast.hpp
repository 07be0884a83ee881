// The Renewals view's figures (docs/metrics.md "Renewal forecast"): the renewals due in the next N days
// with their ARR, health and risk, and the ARR expected to renew.
//
//   forecast renewed ARR = Σ over the renewals due of ARR × p(health color now)
//   p(color) = kept / past renewals of accounts that had that color at their renewal, over the renewals
//              dated in the weekly health history's span (the color of the last week on or before the
//              renewal date), when there are at least kMinCalibrationRenewals of them; else the
//              documented default (green 0.95, yellow 0.80, red 0.50; unscored accounts use yellow's).
//   kept: a recorded outcome says renewed, expanded or contracted; without one, the account was still
//         paying in the renewal's month (the rule of renewal_summary, core/metrics/renewals.hpp).
//   at risk: red or yellow now, or an open task of priority ≥ kRiskTaskPriority on the account.
//
// Renewal dates and the ARR read are those of renewals_ahead (core/metrics/renewal_windows.hpp).
#pragma once
#include <array>
#include <optional>
#include <vector>

#include "core/health/health_history.hpp"
#include "core/health/health_score.hpp"
#include "core/mrr_series.hpp"
#include "core/workspace.hpp"

namespace retain {

constexpr int32_t kMinCalibrationRenewals = 10;
constexpr int32_t kRiskTaskPriority = 80;
// Defaults for a color with fewer than kMinCalibrationRenewals past renewals: [none, red, yellow, green].
constexpr std::array<double, 4> kDefaultRenewalProbability{0.80, 0.50, 0.80, 0.95};

struct UpcomingRenewal {
    AccountIx account = kNoAccount;
    Date date;
    Money arr;                   // 12 × MRR in the as-of month
    HealthColor color = HealthColor::none;
    float score = 0;             // NaN when not scored
    bool at_risk = false;
    bool risky_task = false;     // an open task of priority ≥ kRiskTaskPriority
    double probability = 0;      // p(color) of the calibration
    int32_t outcome = -1;        // index into Workspace::renewal_outcomes, -1 when none is recorded
};

struct RenewalCalibration {
    int32_t past = 0;            // past renewals seen with this color
    int32_t kept = 0;            // of them, kept
    bool calibrated = false;     // past ≥ kMinCalibrationRenewals: p is the observed rate
    double probability = 0;      // kept / past when calibrated, else the default
};

// p(color) for each color, and the span of past renewal dates it was read from (empty: no history).
struct RenewalCalibrationTable {
    std::array<RenewalCalibration, 4> colors{};  // by color: none, red, yellow, green
    Date from, to;
};

struct RenewalForecast {
    Date as_of;
    int32_t days = 0;
    std::vector<UpcomingRenewal> rows;  // earliest first
    // The renewals of the N days before the as-of date (renewals_behind: paying the month before, at that
    // month's ARR), latest first: the ones whose outcome the CSMs record now. Not in the totals below.
    std::vector<UpcomingRenewal> recent;
    Money arr_due;                      // Σ ARR of the rows
    Money forecast_arr;                 // Σ ARR × probability (rounded to whole minor units)
    Money at_risk_arr;                  // Σ ARR of the rows at risk
    int32_t at_risk = 0;
    RenewalCalibrationTable calibration;
};

// The calibration table from the past renewals dated within `history`'s span (empty history: defaults).
RenewalCalibrationTable calibrate_renewals(const Workspace& ws, const MrrSeries& series, const HealthHistory& history,
                                           Date as_of);

// Renewals in [as_of, as_of + days] of accounts paying in the as-of month, with `health` as of the as-of
// date and `calibration` for the probabilities.
RenewalForecast forecast_renewals(const Workspace& ws, const MrrSeries& series, const HealthScores& health,
                                  const RenewalCalibrationTable& calibration, Date as_of, int32_t days);

}  // namespace retain
