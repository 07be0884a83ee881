// The Revenue view's state and the cached figures of the Revenue and Overview views.
//
// What the user picked (range, breakdown, group) is changed only by commands (metrics_commands.cpp).
// The figures are derived tables keyed by exactly what they were built from, so drawing reads them and
// computes nothing: a metrics report is computed when the control or the workspace changes, never per
// frame, and a by-owner breakdown (about 200 ms at 100,000 accounts) only while that breakdown is chosen.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/widgets/charts.hpp"
#include "core/metrics/health_distribution.hpp"
#include "core/metrics/metrics_report.hpp"
#include "core/metrics/renewal_windows.hpp"

namespace retain {

struct AppState;

enum class RevenueBreakdown : uint8_t { all, segment, owner };
enum class RevenueTab : uint8_t { revenue, retention, cohorts, customers, roi };
constexpr int kRevenueTabCount = 5;

// Chart-ready copies of a report's months (doubles, NaN for no value) and their labels: built with the
// report so drawing passes pointers and allocates nothing.
struct RevenueSeries {
    MonthLabels months;
    std::vector<double> mrr, arr, nrr, grr;
    std::array<std::vector<double>, 5> moves;  // new, expansion, reactivation (up), contraction, churn (down)
    // The cohort heatmap, row-major, logo and revenue retention, and its row and column labels.
    std::vector<double> cohort_logo, cohort_revenue;
    MonthLabels cohort_rows;
    std::vector<std::string> cohort_col_text;
    std::vector<const char*> cohort_cols;
};

// A tile's text, built when its figures change (the view draws it as it is).
struct TileText {
    std::string value, detail, tooltip;
};
constexpr int kOverviewTileCount = 8;

// The Overview's tiles: this 12-month window against the previous one, risk and renewals.
struct OverviewFigures {
    // The window each tile's change compares with: the 12 months before Analysis::metric_range when the
    // series holds their start (shift 12), else the window ending a month earlier (shift 1), else none.
    MetricsReport previous;
    int32_t previous_shift = 0;  // months between the two windows' last months; 0 = nothing to compare
    bool has_previous = false;   // previous_shift > 0
    HealthDistribution health;          // now, with ARR per colour (ARR at risk)
    bool has_previous_health = false;   // the weekly health history is ready
    HealthDistribution previous_health; // four weekly scores earlier, at that month's ARR
    RenewalWindow renewals_next;        // renewals in the next 90 days
    RenewalWindow renewals_last;        // the 90 days before the as-of date
    std::vector<double> mrr;           // MRR per month of Analysis::metrics, for the trend line
    MonthLabels months;
    std::array<TileText, kOverviewTileCount> tiles;  // filled by the Overview (overview.cpp)
    uint64_t built_revision = UINT64_MAX;
    uint64_t built_history = UINT64_MAX;
};

struct RevenueViewState {
    // Picked by the user (commands).
    int32_t range_months = 12;  // 3, 6, 12, 24; 0 = every month the series holds
    RevenueBreakdown breakdown = RevenueBreakdown::all;
    std::string key;            // the segment value or owner id shown ("" = none / unassigned)
    bool pick_largest = false;  // a breakdown was chosen without a group: show its largest by MRR
    bool cohort_revenue = false;  // the heatmap shows revenue retention instead of logo retention
    RevenueTab tab = RevenueTab::revenue;
    int tab_request_frames = 0;   // frames left in which the tab bar is told to show `tab` (set by a command)

    // The CS ROI inputs as edited (whole currency units, percentages), taken from the settings whenever
    // they change and sent back through metrics.set_settings when an edit ends.
    double input_team_cost = 0;
    double input_baseline_pct = 0;
    int input_margin_pct = 0;
    uint64_t inputs_settings = UINT64_MAX;

    // Cached: the groups of the breakdown (empty for "all"), the report shown and its chart series.
    MonthRange range;
    std::vector<MetricsBreakdownRow> groups;
    MetricsReport report;  // the whole workspace's, or the picked group's
    int32_t report_accounts = 0;
    HealthDistribution health;
    RevenueSeries series;
    std::vector<uint8_t> health_colors;  // Analysis::health colours as bytes (health_distribution's input)

    // What the cache was built from.
    uint64_t built_revision = UINT64_MAX;
    uint64_t built_settings = UINT64_MAX;
    uint64_t groups_revision = UINT64_MAX;  // groups: revision, settings, range, kind
    uint64_t groups_settings = UINT64_MAX;
    MonthRange groups_range;
    RevenueBreakdown groups_kind = RevenueBreakdown::all;
    int32_t built_months = -1;
    RevenueBreakdown built_breakdown = RevenueBreakdown::all;
    std::string built_key;

    // The Overview reads the same metrics; its figures are cached here so AppState gains one member.
    OverviewFigures overview;
};

// Rebuilds the Revenue view's cache when the workspace, the settings or the controls changed; cheap when
// nothing did (views/revenue_cache.cpp). Commands call it so a state() right after one reads its effect.
void refresh_revenue_cache(AppState& app);
// Rebuilds the Overview's figures when the workspace or the health history changed; true when it did
// (views/revenue_overview_figures.cpp).
bool refresh_overview_cache(AppState& app);
// The months of a range control's choice ending with the analysis's last metric month (0 = all).
MonthRange revenue_range(const AppState& app, int32_t months);
// Whether the Revenue cache matches the current state (automation reports it).
bool revenue_cache_current(const AppState& app);

// The "metrics" part of window.retain.state() (metrics_commands.cpp).
nlohmann::json metrics_automation_state(const AppState& app);

}  // namespace retain
