// Metrics commands: the metric settings (gross margin, CS team cost, baseline churn; docs/metrics.md
// "LTV" and "CS ROI") and the Revenue view's controls (range, breakdown, cohort reading, tab).
//
// A settings change bumps settings_revision with revision, so refresh_derived recomputes only the
// metrics and leaves the health scores as they are. The range and breakdown rebuild the Revenue view's
// cache at once: a by-owner breakdown is computed here, when it is picked, never per frame.
#include <cstdint>

#include "app/command_support.hpp"

namespace retain::commands {
namespace {

enum class Read { absent, ok, bad };

// An optional whole number in [lo, hi]: absent, ok (in `out`), or bad (not a whole number, or out of range).
Read get_whole(const json& args, const char* key, int64_t lo, int64_t hi, int64_t& out) {
    if (!args.is_object() || !args.contains(key)) return Read::absent;
    const json& v = args[key];
    if (v.is_number_unsigned()) {
        const uint64_t u = v.get<uint64_t>();
        if (u > uint64_t(INT64_MAX)) return Read::bad;
        out = int64_t(u);
    } else if (v.is_number_integer()) {
        out = v.get<int64_t>();
    } else {
        return Read::bad;
    }
    return out >= lo && out <= hi ? Read::ok : Read::bad;
}

// A CS team costs at most 10^13 minor units a year (100 billion in a two-decimal currency): beyond that
// the ROI arithmetic in 64-bit minor units could overflow.
constexpr int64_t kMaxTeamCost = 10'000'000'000'000;

CommandResult set_settings(AppState& app, const json& args) {
    if (!args.is_object() || args.empty())
        return fail("metrics.set_settings: expected {gross_margin_pct?: 0-100, cs_team_cost_per_year?: minor units "
                    "≥ 0, baseline_annual_churn_bp?: 0-10000}");
    MetricSettings next = app.ws.metric_settings;
    int64_t n = 0;
    switch (get_whole(args, "gross_margin_pct", 0, 100, n)) {
        case Read::bad: return fail("metrics.set_settings: gross_margin_pct must be a whole number from 0 to 100 "
                                    "(the settings are unchanged)");
        case Read::ok: next.gross_margin_pct = int32_t(n); break;
        case Read::absent: break;
    }
    switch (get_whole(args, "cs_team_cost_per_year", 0, kMaxTeamCost, n)) {
        case Read::bad: return fail("metrics.set_settings: cs_team_cost_per_year must be a whole amount in minor "
                                    "units from 0 to 10^13 (the settings are unchanged)");
        case Read::ok: next.cs_team_cost_per_year = Money(n); break;
        case Read::absent: break;
    }
    switch (get_whole(args, "baseline_annual_churn_bp", 0, 10'000, n)) {
        case Read::bad: return fail("metrics.set_settings: baseline_annual_churn_bp must be a whole number of basis "
                                    "points from 0 to 10000 (the settings are unchanged)");
        case Read::ok: next.baseline_annual_churn_bp = int32_t(n); break;
        case Read::absent: break;
    }
    for (const auto& item : args.items())
        if (item.key() != "gross_margin_pct" && item.key() != "cs_team_cost_per_year" &&
            item.key() != "baseline_annual_churn_bp")
            return fail("metrics.set_settings: unknown setting \"" + item.key() + "\" (the settings are unchanged)");
    app.ws.metric_settings = next;
    ++app.revision;
    ++app.settings_revision;
    return {};
}

CommandResult set_range(AppState& app, const json& args) {
    int64_t months = 0;
    if (get_whole(args, "months", 0, 24, months) != Read::ok ||
        (months != 0 && months != 3 && months != 6 && months != 12 && months != 24))
        return fail("revenue.set_range: expected {months: 3, 6, 12, 24 or 0 (all)}");
    app.revenue_view.range_months = int32_t(months);
    refresh_revenue_cache(app);
    return {};
}

CommandResult set_breakdown(AppState& app, const json& args) {
    std::string by;
    RevenueBreakdown kind;
    if (!get_string(args, "by", by)) by.clear();
    if (by == "all") kind = RevenueBreakdown::all;
    else if (by == "segment") kind = RevenueBreakdown::segment;
    else if (by == "owner") kind = RevenueBreakdown::owner;
    else return fail("revenue.set_breakdown: expected {by: all, segment or owner, key?: a segment value or owner id}");
    std::string key;
    const bool has_key = args.contains("key");
    if (has_key && (kind == RevenueBreakdown::all || !get_string(args, "key", key)))
        return fail("revenue.set_breakdown: key must be a string, and only with by: segment or owner");

    RevenueViewState& v = app.revenue_view;
    const RevenueBreakdown old_kind = v.breakdown;
    const std::string old_key = v.key;
    v.breakdown = kind;
    v.key = has_key ? key : (kind == old_kind ? old_key : std::string());
    v.pick_largest = !has_key && kind != old_kind;
    refresh_revenue_cache(app);  // computes the groups: the picked key is checked against them
    if (has_key && v.key != key) {
        v.breakdown = old_kind;
        v.key = old_key;
        refresh_revenue_cache(app);
        return fail("revenue.set_breakdown: there is no " + by + " \"" + key + "\"");
    }
    return {};
}

CommandResult set_cohorts(AppState& app, const json& args) {
    std::string show;
    if (!get_string(args, "show", show) || (show != "logo" && show != "revenue"))
        return fail("revenue.set_cohorts: expected {show: logo or revenue}");
    app.revenue_view.cohort_revenue = show == "revenue";
    return {};
}

CommandResult show_revenue(AppState& app, const json& args) {
    static const char* const kTabs[kRevenueTabCount] = {"revenue", "retention", "cohorts", "customers", "roi"};
    std::string tab;
    get_string(args, "tab", tab);
    for (int i = 0; i < kRevenueTabCount; ++i)
        if (tab == kTabs[i]) {
            app.revenue_view.tab = RevenueTab(i);
            app.revenue_view.tab_request_frames = 2;
            return {};
        }
    return fail("revenue.show: expected {tab: revenue, retention, cohorts, customers or roi}");
}

}  // namespace

void add_metrics_commands(std::vector<Entry>& out) {
    out.push_back({{"metrics.set_settings", "{gross_margin_pct?, cs_team_cost_per_year?, baseline_annual_churn_bp?}",
                    "Change the metric settings (LTV's gross margin, the CS ROI inputs)"},
                   set_settings});
    out.push_back({{"revenue.set_range", "{months: 3|6|12|24|0}", "Choose the Revenue view's period (0 = all)"},
                   set_range});
    out.push_back({{"revenue.set_breakdown", "{by: all|segment|owner, key?}",
                    "Show the Revenue view for all accounts, a segment or an owner's book"},
                   set_breakdown});
    out.push_back({{"revenue.set_cohorts", "{show: logo|revenue}", "Read the cohort heatmap as logo or revenue retention"},
                   set_cohorts});
    out.push_back({{"revenue.show", "{tab: revenue|retention|cohorts|customers|roi}", "Show a tab of the Revenue view"},
                   show_revenue});
}

}  // namespace retain::commands

namespace retain {

nlohmann::json metrics_automation_state(const AppState& app) {
    using json = nlohmann::json;
    const auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
    const auto range = [](MonthRange r) { return json{{"first", format_iso(r.first)}, {"last", format_iso(r.last)}}; };
    const auto figures = [&](const MetricsReport& r) {
        const Money mrr = r.revenue.months.empty() ? Money() : r.revenue.months.back().mrr;
        return json{{"arr", (mrr * 12).minor},
                    {"mrr", mrr.minor},
                    {"nrr", opt(r.trailing_12.nrr())},
                    {"grr", opt(r.trailing_12.grr())},
                    {"period_nrr", opt(r.period.cohort.nrr())},
                    {"period_grr", opt(r.period.cohort.grr())},
                    {"logo_churn", opt(r.period.cohort.logo_churn_rate())},
                    {"renewal_rate", opt(r.renewals.rate())},
                    {"nps", opt(r.surveys.nps.nps())},
                    {"months", r.revenue.months.size()},
                    {"range", range(r.revenue.range)}};
    };
    // The whole workspace over the default range (the Overview's tiles), then what the Revenue view shows.
    json out = figures(app.analysis.metrics);
    const RevenueViewState& v = app.revenue_view;
    json view = figures(v.report);
    view["range_months"] = v.range_months;
    view["breakdown"] = v.breakdown == RevenueBreakdown::all ? "all" : v.breakdown == RevenueBreakdown::segment ? "segment" : "owner";
    view["key"] = v.key;
    view["accounts"] = v.report_accounts;
    view["groups"] = v.groups.size();
    view["current"] = revenue_cache_current(app);
    out["revenue_view"] = view;
    const MetricSettings& s = app.ws.metric_settings;
    out["settings"] = {{"gross_margin_pct", s.gross_margin_pct}, {"cs_team_cost_per_year", s.cs_team_cost_per_year.minor},
                       {"baseline_annual_churn_bp", s.baseline_annual_churn_bp}};
    return out;
}

}  // namespace retain
