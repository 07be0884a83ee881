// retain metrics WS.json [--from YYYY-MM] [--to YYYY-MM] [--by segment|owner] [--json]: the revenue,
// retention and customer metrics of docs/metrics.md for a range of months (default: the trailing 12
// months ending with the as-of month, as the Revenue view starts), for all accounts or per segment or
// owner. The same compute_metrics the page calls, so the numbers match the views.
#include <cstdio>
#include <optional>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "core/analysis.hpp"

namespace retain::cli {
namespace {

using json = nlohmann::json;

json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json opt(const std::optional<Money>& v) { return v ? json(v->minor) : json(nullptr); }

json cohort_json(const CohortRetention& c) {
    return {{"start", format_iso(c.start)}, {"end", format_iso(c.end)}, {"start_customers", c.start_customers},
            {"retained_customers", c.retained_customers}, {"start_mrr", c.start_mrr.minor}, {"end_mrr", c.end_mrr.minor},
            {"expansion", c.expansion.minor}, {"contraction", c.contraction.minor}, {"churn", c.churn.minor},
            {"nrr", opt(c.nrr())}, {"grr", opt(c.grr())}, {"logo_churn_rate", opt(c.logo_churn_rate())}};
}

json report_json(const MetricsReport& r) {
    json months = json::array();
    for (size_t i = 0; i < r.revenue.months.size(); ++i) {
        const RevenueMonth& m = r.revenue.months[i];
        json row = {{"month", format_iso(m.month)}, {"mrr", m.mrr.minor}, {"arr", m.arr().minor},
                    {"customers", m.customers}, {"arpa", opt(m.arpa())}};
        if (m.has_start) {
            row["movements"] = {{"new", m.moves.of(MovementKind::new_business).minor},
                                {"expansion", m.moves.of(MovementKind::expansion).minor},
                                {"contraction", m.moves.of(MovementKind::contraction).minor},
                                {"churn", m.moves.of(MovementKind::churn).minor},
                                {"reactivation", m.moves.of(MovementKind::reactivation).minor},
                                {"net_new", m.moves.net().minor}};
        }
        if (i < r.monthly.size()) {
            const RetentionMonth& t = r.monthly[i];
            row["logo_churn_rate"] = opt(t.logo_churn_rate);
            row["gross_mrr_churn_rate"] = opt(t.gross_mrr_churn_rate);
            row["net_mrr_churn_rate"] = opt(t.net_mrr_churn_rate);
            row["nrr"] = opt(t.nrr);
            row["grr"] = opt(t.grr);
            row["expansion_rate"] = opt(t.expansion_rate);
        }
        months.push_back(row);
    }
    const PeriodRetention& p = r.period;
    return {{"range", {{"first", format_iso(r.revenue.range.first)}, {"last", format_iso(r.revenue.range.last)}}},
            {"months", months},
            {"period", {{"cohort", cohort_json(p.cohort)}, {"gross_mrr_churn_rate", opt(p.gross_mrr_churn_rate)},
                        {"net_mrr_churn_rate", opt(p.net_mrr_churn_rate)}, {"expansion_rate", opt(p.expansion_rate)},
                        {"monthly_logo_churn_rate", opt(p.monthly_logo_churn_rate)}}},
            {"trailing_12", cohort_json(r.trailing_12)},
            {"renewals", {{"due", r.renewals.due}, {"renewed", r.renewals.renewed}, {"rate", opt(r.renewals.rate())},
                          {"due_mrr", r.renewals.due_mrr.minor}, {"renewed_mrr", r.renewals.renewed_mrr.minor}}},
            {"arpa", opt(r.arpa)}, {"ltv", opt(r.ltv)}, {"quick_ratio", opt(r.quick_ratio)},
            {"nps", {{"score", opt(r.surveys.nps.nps())}, {"promoters", r.surveys.nps.promoters},
                     {"passives", r.surveys.nps.passives}, {"detractors", r.surveys.nps.detractors}}},
            {"csat", {{"score", opt(r.surveys.csat.csat())}, {"responses", r.surveys.csat.responses}}},
            {"ces", {{"average", opt(r.surveys.ces.average())}, {"responses", r.surveys.ces.responses}}},
            {"adoption", {{"seat_utilisation", opt(r.adoption.seat_utilisation())},
                          {"feature_adoption", opt(r.adoption.feature_adoption())}}},
            {"time_to_value", {{"median_days", opt(r.time_to_value.median_days)}, {"reached", r.time_to_value.reached},
                               {"unknown", r.time_to_value.unknown}}},
            {"cs_roi", {{"ratio", opt(r.cs_roi.ratio())}, {"team_cost", r.cs_roi.team_cost.minor},
                        {"churn_avoided", r.cs_roi.churn_avoided.minor}, {"expansion", r.cs_roi.expansion.minor}}}};
}

void print_report(const MetricsReport& r, const std::string& cur) {
    auto pct = [](const std::optional<double>& v) {
        char b[32];
        if (!v) return std::string("-");
        std::snprintf(b, sizeof b, "%.1f%%", *v * 100);
        return std::string(b);
    };
    std::printf("  %-8s %14s %14s %9s\n", "month", "MRR", "net new", "customers");
    for (const RevenueMonth& m : r.revenue.months)
        std::printf("  %-8s %14s %14s %9d\n", format_iso(m.month).c_str(), format_money(m.mrr, cur).c_str(),
                    m.has_start ? format_money(m.moves.net(), cur).c_str() : "-", m.customers);
    std::printf("  NRR (trailing 12) %s, GRR %s, logo churn (period) %s, renewal rate %s\n",
                pct(r.trailing_12.nrr()).c_str(), pct(r.trailing_12.grr()).c_str(),
                pct(r.period.cohort.logo_churn_rate()).c_str(), pct(r.renewals.rate()).c_str());
    std::printf("  NPS %s, CSAT %s, seat utilisation %s\n",
                r.surveys.nps.nps() ? std::to_string(int(*r.surveys.nps.nps())).c_str() : "-",
                pct(r.surveys.csat.csat()).c_str(), pct(r.adoption.seat_utilisation()).c_str());
}

}  // namespace

int run_metrics(const std::vector<std::string>& args) {
    std::vector<Option> options;
    std::string error;
    if (!parse_options(args, {"--json"}, options, error)) return bad_input("metrics", error);
    std::string path, by;
    bool as_json = false;
    Month from, to;
    bool has_from = false, has_to = false;
    for (const Option& o : options) {
        if (o.name.empty()) {
            if (!path.empty()) return bad_input("metrics", "expected one workspace file, got \"" + path + "\" and \"" + o.value + "\"");
            path = o.value;
        } else if (o.name == "--json") {
            as_json = true;
        } else if (o.name == "--from" || o.name == "--to") {
            Month& m = o.name == "--from" ? from : to;
            if (!parse_iso_month(o.value, m)) return bad_input("metrics", o.name + ": expected YYYY-MM, got \"" + o.value + "\"");
            (o.name == "--from" ? has_from : has_to) = true;
        } else if (o.name == "--by") {
            if (o.value != "segment" && o.value != "owner") return bad_input("metrics", "--by: expected segment or owner, got \"" + o.value + "\"");
            by = o.value;
        } else {
            return bad_input("metrics", "unknown option " + o.name + " (see retain --help)");
        }
    }
    if (path.empty()) return bad_input("metrics", "usage: retain metrics WS.json [--from YYYY-MM] [--to YYYY-MM] [--by segment|owner] [--json]");
    Workspace ws;
    int exit_code = kExitOk;
    if (!load_workspace_file("metrics", path, ws, exit_code)) return exit_code;
    const Analysis a = analyse(ws, today_or(Date{}));
    MonthRange range = a.metric_range;
    if (has_from) range.first = from;
    if (has_to) range.last = to;
    if (!range.ok() || range.last < range.first) return bad_input("metrics", "--from must not be after --to");
    if (!a.mrr.holds(range.first) && !a.mrr.holds(range.last))
        return bad_input("metrics", "the workspace's MRR history does not cover " + format_iso(range.first) + " to " +
                                        format_iso(range.last));

    std::vector<MetricsBreakdownRow> groups;
    if (by == "segment") groups = metrics_by_segment(ws, a.rows, a.mrr, range, a.as_of, ws.metric_settings);
    else if (by == "owner") groups = metrics_by_owner(ws, a.rows, a.mrr, range, a.as_of, ws.metric_settings);
    const MetricsReport all = by.empty() ? compute_metrics(ws, a.rows, a.mrr, all_accounts(ws), range, a.as_of, ws.metric_settings)
                                         : MetricsReport{};
    if (as_json) {
        json out = {{"as_of", format_iso(a.as_of)}, {"currency", ws.settings.currency}};
        if (by.empty()) {
            out["all"] = report_json(all);
        } else {
            json list = json::array();
            for (const MetricsBreakdownRow& g : groups)
                list.push_back({{"key", g.key}, {"accounts", g.accounts}, {"metrics", report_json(g.report)}});
            out["by"] = by;
            out["groups"] = list;
        }
        std::printf("%s\n", out.dump(2, ' ', false, json::error_handler_t::replace).c_str());
        return kExitOk;
    }
    std::printf("Metrics %s to %s (as of %s)\n", format_iso(range.first).c_str(), format_iso(range.last).c_str(),
                format_iso(a.as_of).c_str());
    if (by.empty()) {
        print_report(all, ws.settings.currency);
    } else {
        for (const MetricsBreakdownRow& g : groups) {
            std::printf("\n%s %s (%d accounts)\n", by.c_str(), g.key.empty() ? "(none)" : g.key.c_str(), g.accounts);
            print_report(g.report, ws.settings.currency);
        }
    }
    return kExitOk;
}

}  // namespace retain::cli
