#include "core/metrics/cs_roi.hpp"

#include <cmath>

namespace retain {

std::optional<double> CsRoi::ratio() const {
    if (team_cost.minor <= 0) return std::nullopt;
    return double(value().minor) / double(team_cost.minor);
}

CsRoi cs_roi(Money team_cost, Money churn_avoided, Money expansion) {
    CsRoi r;
    r.months = 12;
    r.team_cost = team_cost;
    r.churn_avoided = churn_avoided;
    r.expansion = expansion;
    return r;
}

CsRoi cs_roi_from_history(const RevenueHistory& history, const MetricSettings& settings) {
    CsRoi r;
    r.months = int32_t(history.months.size());
    if (r.months == 0) return r;
    const RevenueMonth& first = history.months.front();
    const int64_t n = r.months;
    r.team_cost = Money(divide_rounded(settings.cs_team_cost_per_year.minor * n, 12));
    r.start_arr = first.has_start ? first.start_mrr * 12 : Money();
    // Start ARR × (basis points ÷ 10,000) × (n ÷ 12), in one rounded integer division.
    r.expected_loss = Money(divide_rounded(r.start_arr.minor * settings.baseline_annual_churn_bp * n, 10000 * 12));
    r.actual_loss = history.total.lost() * 12;
    r.churn_avoided = first.has_start ? r.expected_loss - r.actual_loss : Money();
    r.expansion = history.total.of(MovementKind::expansion) * 12;
    return r;
}

std::string format_ratio_to_one(double ratio) {
    const long long tenths = std::llround(ratio * 10.0);
    const long long whole = tenths / 10, frac = tenths % 10;
    std::string text = (tenths < 0 && whole == 0 ? "-" : "") + std::to_string(whole);
    if (frac != 0) text += "." + std::to_string(frac < 0 ? -frac : frac);
    return text + ":1";
}

}  // namespace retain
