#include "core/metrics/metrics_report.hpp"

#include <algorithm>

namespace retain {

std::vector<MetricsBreakdownRow> metrics_by_group(std::vector<AccountGroup> groups, const Workspace& ws,
                                                  const AccountRows& index, const MrrSeries& series,
                                                  MonthRange range, Date as_of, const MetricSettings& settings) {
    std::vector<MetricsBreakdownRow> rows;
    rows.reserve(groups.size());
    for (AccountGroup& g : groups) {
        MetricsBreakdownRow row;
        row.key = std::move(g.key);
        row.accounts = int32_t(g.subset.size());
        row.report = compute_metrics(ws, index, series, g.subset, range, as_of, settings);
        rows.push_back(std::move(row));
    }
    return rows;
}

MetricsReport compute_metrics(const Workspace& ws, const AccountRows& index, const MrrSeries& series,
                              const AccountSubset& subset, MonthRange range, Date as_of,
                              const MetricSettings& settings) {
    MetricsReport r;
    r.revenue = compute_revenue_history(series, ws, subset, range);
    r.monthly = monthly_retention(r.revenue);
    r.period = period_retention(series, subset, r.revenue);
    if (!r.revenue.months.empty()) {
        const Month last = r.revenue.range.last;
        r.trailing_12 = trailing_12_retention(series, subset, last);
        r.arpa = r.revenue.months.back().arpa();
    }
    r.renewals = renewal_summary(ws, series, subset, range, as_of);
    r.ltv = lifetime_value(r.arpa, r.period.monthly_logo_churn_rate, settings.gross_margin_pct);
    r.quick_ratio = quick_ratio(r.revenue.total);
    r.cohorts = cohort_heatmap(series, ws, subset, range);
    r.surveys = survey_summary(ws, index, subset, range);
    r.adoption = adoption_summary(ws, index, series, subset, range, as_of);
    r.time_to_value = time_to_value(ws, subset, range);
    r.cs_roi = cs_roi_from_history(r.revenue, settings);
    return r;
}

MonthRange default_metric_range(const MrrSeries& series) {
    if (series.months <= 0) return {};
    const MonthRange r = MonthRange::trailing(series.last(), 12);
    return {std::max(r.first, series.first), r.last};
}

std::vector<MetricsBreakdownRow> metrics_by_segment(const Workspace& ws, const AccountRows& index,
                                                    const MrrSeries& series, MonthRange range, Date as_of,
                                                    const MetricSettings& settings) {
    return metrics_by_group(group_by_segment(ws), ws, index, series, range, as_of, settings);
}

std::vector<MetricsBreakdownRow> metrics_by_owner(const Workspace& ws, const AccountRows& index,
                                                  const MrrSeries& series, MonthRange range, Date as_of,
                                                  const MetricSettings& settings) {
    return metrics_by_group(group_by_owner(ws), ws, index, series, range, as_of, settings);
}

}  // namespace retain
