// The Revenue view's cache: the metrics report for the picked range and breakdown, and its chart series.
// Rebuilt only when one of its keys changed (workspace revision, settings revision, range, breakdown,
// group); the whole workspace over the default range reuses Analysis::metrics as it is.
#include <cmath>
#include <limits>
#include <utility>

#include "app/app_state.hpp"

namespace retain {
namespace {

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

double value_or_nan(const std::optional<double>& v) { return v ? *v : kNoValue; }

bool same_range(MonthRange a, MonthRange b) { return a.first == b.first && a.last == b.last; }

// The groups of a segment or owner breakdown: computed when the kind, the range or the data changed.
void refresh_groups(AppState& app, MonthRange range) {
    RevenueViewState& v = app.revenue_view;
    if (v.breakdown == RevenueBreakdown::all) {
        v.groups.clear();
        v.groups_kind = RevenueBreakdown::all;
        return;
    }
    if (v.groups_kind == v.breakdown && v.groups_revision == app.revision &&
        v.groups_settings == app.settings_revision && same_range(v.groups_range, range))
        return;
    const Analysis& a = app.analysis;
    v.groups = v.breakdown == RevenueBreakdown::segment
                   ? metrics_by_segment(app.ws, a.rows, a.mrr, range, a.as_of, app.ws.metric_settings)
                   : metrics_by_owner(app.ws, a.rows, a.mrr, range, a.as_of, app.ws.metric_settings);
    v.groups_kind = v.breakdown;
    v.groups_revision = app.revision;
    v.groups_settings = app.settings_revision;
    v.groups_range = range;
}

const MetricsBreakdownRow* find_group(const std::vector<MetricsBreakdownRow>& groups, const std::string& key) {
    for (const MetricsBreakdownRow& g : groups)
        if (g.key == key) return &g;
    return nullptr;
}

Money last_mrr(const MetricsReport& r) { return r.revenue.months.empty() ? Money() : r.revenue.months.back().mrr; }

const std::string& largest_group(const std::vector<MetricsBreakdownRow>& groups) {
    const MetricsBreakdownRow* best = &groups.front();
    for (const MetricsBreakdownRow& g : groups)
        if (last_mrr(g.report) > last_mrr(best->report)) best = &g;
    return best->key;
}

AccountSubset picked_subset(const AppState& app) {
    const RevenueViewState& v = app.revenue_view;
    if (v.breakdown == RevenueBreakdown::all) return all_accounts(app.ws);
    AccountFilter filter;
    filter.kind = v.breakdown == RevenueBreakdown::segment ? AccountFilter::Kind::segment : AccountFilter::Kind::owner;
    filter.value = v.key;
    return select_accounts(app.ws, filter);
}

void build_series(const MetricsReport& r, RevenueSeries& s) {
    const std::vector<RevenueMonth>& months = r.revenue.months;
    const size_t n = months.size();
    s.months.build(r.revenue.range.first, int(n));
    s.mrr.assign(n, kNoValue);
    s.arr.assign(n, kNoValue);
    s.nrr.assign(n, kNoValue);
    s.grr.assign(n, kNoValue);
    for (auto& m : s.moves) m.assign(n, kNoValue);
    // Up: new, expansion, reactivation; down (negative): contraction, churn (the chart stacks by sign).
    const MovementKind kinds[5] = {MovementKind::new_business, MovementKind::expansion, MovementKind::reactivation,
                                   MovementKind::contraction, MovementKind::churn};
    for (size_t i = 0; i < n; ++i) {
        const RevenueMonth& m = months[i];
        s.mrr[i] = double(m.mrr.minor);
        s.arr[i] = double(m.arr().minor);
        if (i < r.monthly.size()) {
            s.nrr[i] = value_or_nan(r.monthly[i].nrr);
            s.grr[i] = value_or_nan(r.monthly[i].grr);
        }
        if (!m.has_start) continue;  // the series' first month: no movements
        for (size_t k = 0; k < 5; ++k) {
            const double amount = double(m.moves.of(kinds[k]).minor);
            s.moves[k][i] = k < 3 ? amount : -amount;
        }
    }

    const CohortHeatmap& h = r.cohorts;
    const size_t cells = size_t(h.cohorts) * size_t(h.ages);
    s.cohort_logo.assign(cells, kNoValue);
    s.cohort_revenue.assign(cells, kNoValue);
    for (int32_t row = 0; row < h.cohorts; ++row)
        for (int32_t age = 0; age < h.ages; ++age) {
            const size_t c = size_t(row) * size_t(h.ages) + size_t(age);
            s.cohort_logo[c] = value_or_nan(h.logo_retention(row, age));
            s.cohort_revenue[c] = value_or_nan(h.revenue_retention(row, age));
        }
    s.cohort_rows.build(h.first_cohort, h.cohorts);
    s.cohort_col_text.resize(size_t(h.ages));
    s.cohort_cols.resize(size_t(h.ages));
    for (int32_t age = 0; age < h.ages; ++age) {
        s.cohort_col_text[size_t(age)] = std::to_string(age);
        s.cohort_cols[size_t(age)] = s.cohort_col_text[size_t(age)].c_str();
    }
}

}  // namespace

MonthRange revenue_range(const AppState& app, int32_t months) {
    const Analysis& a = app.analysis;
    if (!a.metric_range.ok() || a.mrr.months <= 0) return {};
    if (months <= 0) return {a.mrr.first, a.metric_range.last};
    return MonthRange::trailing(a.metric_range.last, months);
}

bool revenue_cache_current(const AppState& app) {
    const RevenueViewState& v = app.revenue_view;
    return v.built_revision == app.revision && v.built_settings == app.settings_revision &&
           v.built_months == v.range_months && v.built_breakdown == v.breakdown && v.built_key == v.key;
}

void refresh_revenue_cache(AppState& app) {
    refresh_derived(app);  // the report reads the analysis: it must be of this revision
    if (revenue_cache_current(app)) return;
    RevenueViewState& v = app.revenue_view;
    const Analysis& a = app.analysis;
    const MonthRange range = revenue_range(app, v.range_months);
    refresh_groups(app, range);

    AccountSubset subset = picked_subset(app);
    if (v.breakdown != RevenueBreakdown::all && !v.groups.empty() && (v.pick_largest || !find_group(v.groups, v.key))) {
        v.key = largest_group(v.groups);  // no group picked yet (or it is gone): the largest by MRR
        subset = picked_subset(app);
    }
    v.pick_largest = false;
    v.report_accounts = int32_t(subset.size());
    if (v.breakdown != RevenueBreakdown::all) {
        // The group's report was computed with the breakdown: copy it rather than compute it again.
        if (const MetricsBreakdownRow* g = find_group(v.groups, v.key)) v.report = g->report;
        else v.report = compute_metrics(app.ws, a.rows, a.mrr, subset, range, a.as_of, app.ws.metric_settings);
    } else if (same_range(range, a.metric_range)) {
        v.report = a.metrics;
    } else {
        v.report = compute_metrics(app.ws, a.rows, a.mrr, subset, range, a.as_of, app.ws.metric_settings);
    }
    v.range = range;

    v.health_colors.resize(a.health.color.size());
    for (size_t i = 0; i < a.health.color.size(); ++i) v.health_colors[i] = uint8_t(a.health.color[i]);
    v.health = health_distribution(v.health_colors, subset);
    build_series(v.report, v.series);

    v.built_revision = app.revision;
    v.built_settings = app.settings_revision;
    v.built_months = v.range_months;
    v.built_breakdown = v.breakdown;
    v.built_key = v.key;
}

}  // namespace retain
