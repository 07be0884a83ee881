#include "core/voice/sales_breakdown.hpp"

#include <algorithm>

#include "core/analysis.hpp"
#include "core/enum_names.hpp"
#include "core/metrics/metrics_report.hpp"

namespace retain {
namespace {

const char* const kGroupingNames[] = {"industry", "segment", "source"};

SalesRow row_of(std::string key, const AccountSubset& subset, const MetricsReport& report,
                const std::vector<uint8_t>& colors, const std::vector<Money>& arr) {
    SalesRow r;
    r.key = std::move(key);
    r.accounts = int32_t(subset.size());
    r.cohort = report.trailing_12.start_customers;
    r.logo_churn = report.trailing_12.logo_churn_rate();
    r.nrr = report.trailing_12.nrr();
    r.health = health_distribution(colors, subset, &arr);
    for (const Money m : r.health.arr) r.arr += m;
    r.at_risk_share = ratio_of(double(r.health.count(kHealthRed) + r.health.count(kHealthYellow)),
                               double(r.health.scored()));
    return r;
}

// The verdict of the header comment; a missing value never counts as better or worse.
SalesVerdict verdict_of(const SalesRow& g, const SalesRow& all) {
    if (g.cohort < kSalesMinCohort) return SalesVerdict::too_few;
    auto above = [](std::optional<double> x, std::optional<double> y) { return x && y && *x > *y; };
    auto at_most = [](std::optional<double> x, std::optional<double> y) { return x && y && *x <= *y; };
    if (g.nrr && *g.nrr >= 1.0 && at_most(g.logo_churn, all.logo_churn) && at_most(g.at_risk_share, all.at_risk_share))
        return SalesVerdict::thriving;
    const bool riskier = above(g.at_risk_share, all.at_risk_share);
    if (g.nrr ? (riskier && above(all.nrr, g.nrr)) : (riskier && above(g.logo_churn, all.logo_churn)))
        return SalesVerdict::high_risk;
    return SalesVerdict::neither;
}

}  // namespace

SalesBreakdown sales_breakdown(const Workspace& ws, const Analysis& a, SalesGrouping grouping) {
    std::vector<uint8_t> colors(a.health.color.size());
    for (size_t i = 0; i < colors.size(); ++i) colors[i] = uint8_t(a.health.color[i]);
    std::vector<Money> arr(a.accounts.size());
    for (size_t i = 0; i < arr.size(); ++i) arr[i] = a.accounts[i].arr;

    std::vector<AccountGroup> groups = grouping == SalesGrouping::industry  ? group_by_industry(ws)
                                       : grouping == SalesGrouping::segment ? group_by_segment(ws)
                                                                             : group_by_acquisition_source(ws);
    std::vector<AccountSubset> subsets;
    subsets.reserve(groups.size());
    for (const AccountGroup& g : groups) subsets.push_back(g.subset);
    const std::vector<MetricsBreakdownRow> reports =
        metrics_by_group(std::move(groups), ws, a.rows, a.mrr, a.metric_range, a.as_of, ws.metric_settings);

    SalesBreakdown out;
    out.grouping = grouping;
    const AccountSubset everyone = all_accounts(ws);
    out.all = row_of("", everyone, a.metrics, colors, arr);
    for (size_t i = 0; i < reports.size(); ++i) {
        out.rows.push_back(row_of(reports[i].key, subsets[i], reports[i].report, colors, arr));
        out.rows.back().verdict = verdict_of(out.rows.back(), out.all);
    }
    std::sort(out.rows.begin(), out.rows.end(), [](const SalesRow& x, const SalesRow& y) {
        return x.arr != y.arr ? y.arr < x.arr : x.key < y.key;
    });
    return out;
}

const char* to_string(SalesGrouping g) { return kGroupingNames[size_t(g)]; }
bool parse_enum(const std::string& text, SalesGrouping& out) { return parse_enum_name(kGroupingNames, text, out); }

const char* sales_verdict_label(SalesVerdict v) {
    switch (v) {
        case SalesVerdict::thriving: return "Thriving";
        case SalesVerdict::high_risk: return "High risk";
        case SalesVerdict::too_few: return "Too few to tell";
        case SalesVerdict::neither: break;
    }
    return "";
}

}  // namespace retain
