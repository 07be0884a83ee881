// Every metric of src/core/metrics for one subset of accounts and one range of months, computed in one
// call: the unit a view caches and a breakdown repeats per group (docs/metrics.md, "Breakdowns").
// Health distribution is apart (health_distribution.hpp): it takes the health engine's colours.
//
// Inputs: the MRR series (Analysis::mrr), the workspace with its row index (index_account_rows, built
// once per workspace revision), the as-of date, and the MetricSettings.
#pragma once
#include <string>
#include <vector>

#include "core/metrics/adoption.hpp"
#include "core/metrics/cohorts.hpp"
#include "core/metrics/cs_roi.hpp"
#include "core/metrics/metric_settings.hpp"
#include "core/metrics/renewals.hpp"
#include "core/metrics/retention.hpp"
#include "core/metrics/survey_metrics.hpp"
#include "core/metrics/time_to_value.hpp"
#include "core/metrics/unit_economics.hpp"

namespace retain {

struct MetricsReport {
    RevenueHistory revenue;               // MRR, ARR, customers, ARPA and movements per month (range clipped)
    std::vector<RetentionMonth> monthly;  // rates per month, parallel to revenue.months
    PeriodRetention period;               // rates over the range, and the cohort of its start (NRR, GRR)
    CohortRetention trailing_12;          // customers paying 12 months before the range's last month
    RenewalSummary renewals;
    std::optional<double> arpa;           // at the range's last month
    std::optional<Money> ltv;             // that ARPA, the range's average monthly logo churn rate
    std::optional<double> quick_ratio;    // over the range
    CohortHeatmap cohorts;
    SurveySummary surveys;
    AdoptionSummary adoption;
    TimeToValueSummary time_to_value;
    CsRoi cs_roi;
};

MetricsReport compute_metrics(const Workspace& ws, const AccountRows& index, const MrrSeries& series,
                              const AccountSubset& subset, MonthRange range, Date as_of,
                              const MetricSettings& settings);

// The range the UI starts from: the trailing 12 months ending with the as-of month, clipped to the series.
MonthRange default_metric_range(const MrrSeries& series);

struct MetricsBreakdownRow {
    std::string key;  // the segment value, owner id, industry or source ("" = none / unassigned)
    int32_t accounts = 0;
    MetricsReport report;
};

std::vector<MetricsBreakdownRow> metrics_by_segment(const Workspace& ws, const AccountRows& index,
                                                    const MrrSeries& series, MonthRange range, Date as_of,
                                                    const MetricSettings& settings);
// The same report per group of any grouping (group_by_industry, group_by_acquisition_source, ...).
std::vector<MetricsBreakdownRow> metrics_by_group(std::vector<AccountGroup> groups, const Workspace& ws,
                                                  const AccountRows& index, const MrrSeries& series,
                                                  MonthRange range, Date as_of, const MetricSettings& settings);
std::vector<MetricsBreakdownRow> metrics_by_owner(const Workspace& ws, const AccountRows& index,
                                                  const MrrSeries& series, MonthRange range, Date as_of,
                                                  const MetricSettings& settings);

}  // namespace retain
