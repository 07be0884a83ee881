// The team report (team_report.hpp).
#include "io/report/team_report.hpp"

#include <algorithm>
#include <numeric>

#include "core/account_query.hpp"
#include "core/health/health_explain.hpp"
#include "core/health/health_history.hpp"
#include "core/metrics/health_distribution.hpp"
#include "core/voice/feedback_board.hpp"
#include "core/metrics/renewal_windows.hpp"
#include "core/renewals/renewal_forecast.hpp"
#include "io/report/report_format.hpp"

namespace retain {
namespace {

// The owner's name, or "Pooled" for an account without a named CSM (tech-touch, the team's pool).
std::string owner_text(const Workspace& ws, const Account& a) {
    const std::string& name = owner_name(ws, a);
    return name.empty() ? "Pooled" : name;
}

std::string range_text(MonthRange r) { return r.ok() ? format_iso(r.first) + " to " + format_iso(r.last) : "no months"; }

HealthDistribution mix(const Workspace& ws, const Analysis& an) {
    std::vector<uint8_t> colors(an.health.color.size());
    for (size_t i = 0; i < colors.size(); ++i) colors[i] = uint8_t(an.health.color[i]);
    std::vector<Money> arr(an.accounts.size());
    for (size_t i = 0; i < arr.size(); ++i) arr[i] = an.accounts[i].arr;
    return health_distribution(colors, all_accounts(ws), &arr);
}

ReportSection retention_section(const Workspace& ws, const Analysis& an) {
    const MetricsReport& m = an.metrics;
    ReportSection s{"Retention", {}};
    ReportBlock f = facts({{"Net revenue retention (trailing 12 months)", report_percent(m.trailing_12.nrr())},
                           {"Gross revenue retention (trailing 12 months)", report_percent(m.trailing_12.grr())},
                           {"Logo churn (" + range_text(an.metric_range) + ")", report_percent(m.period.cohort.logo_churn_rate())},
                           {"Gross MRR churn (" + range_text(an.metric_range) + ")", report_percent(m.period.gross_mrr_churn_rate)}});
    f.text = "NRR = the MRR now of the customers paying 12 months ago / their MRR then; GRR the same without expansion; "
             "logo churn = customers at the start of the period who no longer pay at its end (docs/metrics.md).";
    s.blocks.push_back(std::move(f));
    ReportChart c;
    c.caption = "MRR per month, " + range_text(an.metrics.revenue.range);
    for (const RevenueMonth& month : m.revenue.months) {
        c.labels.push_back(format_iso(month.month));
        c.values.push_back(double(month.mrr.minor) / 100.0);
        c.value_texts.push_back(format_money_short(month.mrr, ws.settings.currency));
    }
    s.blocks.push_back(chart(std::move(c), "No revenue history for an MRR trend."));
    return s;
}

ReportSection health_section(const Workspace& ws, const Analysis& an) {
    const HealthDistribution d = mix(ws, an);
    ReportSection s{"Health mix", {}};
    ReportTable t{{"Health", "Accounts", "Share of scored", "ARR"}, {false, true, true, true}, {}};
    for (uint8_t c : {kHealthGreen, kHealthYellow, kHealthRed, kHealthNone})
        t.rows.push_back({color_label(HealthColor(c)), format_count(d.count(c)),
                          c == kHealthNone ? std::string("-") : report_percent(d.share(c)), format_money(d.arr[c], ws.settings.currency)});
    ReportBlock b = table(std::move(t), "No accounts.");
    b.text = "ARR at risk (red and yellow accounts): " + format_money(d.at_risk(), ws.settings.currency) + ".";
    s.blocks.push_back(std::move(b));
    return s;
}

ReportSection renewals_section(const Workspace& ws, const Analysis& an) {
    const std::string& cur = ws.settings.currency;
    const RenewalWindow w = renewals_ahead(ws, an.mrr, all_accounts(ws), an.as_of, kTeamReportRenewalDays);
    // The rows of the same window by the renewal forecast's rules (renewals_ahead's dates and ARR).
    const RenewalForecast f = forecast_renewals(ws, an.mrr, an.health, calibrate_renewals(ws, an.mrr, HealthHistory{}, an.as_of),
                                                an.as_of, kTeamReportRenewalDays);
    ReportSection s{"Renewals due in the next " + std::to_string(kTeamReportRenewalDays) + " days", {}};
    s.blocks.push_back(facts({{"Renewals due", format_count(w.accounts)}, {"ARR up for renewal", format_money(w.arr, cur)},
                              {"Of it at risk (red or yellow, or a high-priority task)", format_money(f.at_risk_arr, cur)}}));
    ReportTable t{{"Date", "Account", "Owner", "Health", "ARR"}, {false, false, false, false, true}, {}};
    for (const UpcomingRenewal& r : f.rows) {
        const Account& a = ws.accounts[r.account];
        t.rows.push_back({format_iso(r.date), a.name, owner_text(ws, a), color_label(r.color), format_money(r.arr, cur)});
    }
    s.blocks.push_back(table(std::move(t), "No renewals in the next " + std::to_string(kTeamReportRenewalDays) + " days."));
    return s;
}

ReportSection risks_section(const Workspace& ws, const Analysis& an) {
    std::vector<AccountIx> red;
    for (AccountIx i = 0; i < AccountIx(an.health.color.size()); ++i)
        if (an.health.color[i] == HealthColor::red) red.push_back(i);
    // Largest ARR first; ties by name, then id, so the list is the same every time.
    std::sort(red.begin(), red.end(), [&](AccountIx x, AccountIx y) {
        if (an.accounts[x].arr != an.accounts[y].arr) return an.accounts[x].arr > an.accounts[y].arr;
        if (ws.accounts[x].name != ws.accounts[y].name) return ws.accounts[x].name < ws.accounts[y].name;
        return ws.accounts[x].id < ws.accounts[y].id;
    });
    ReportSection s{"Top risks: red accounts by ARR", {}};
    ReportTable t{{"Account", "Owner", "ARR", "Why"}, {false, false, true, false}, {}};
    for (size_t k = 0; k < red.size() && k < kTeamReportTopRisks; ++k) {
        const AccountIx i = red[k];
        const HealthExplanation x = explain_health(ws, an.health_inputs, ws.scorecard, an.health, ws.health_overrides, i);
        t.rows.push_back({ws.accounts[i].name, owner_text(ws, ws.accounts[i]), format_money(an.accounts[i].arr, ws.settings.currency), x.why});
    }
    ReportBlock b = table(std::move(t), "No red accounts.");
    if (red.size() > kTeamReportTopRisks)
        b.text = std::to_string(red.size()) + " red accounts in all; the " + std::to_string(kTeamReportTopRisks) + " largest shown.";
    s.blocks.push_back(std::move(b));
    return s;
}

ReportSection requests_section(const Workspace& ws, const std::vector<FeedbackRequestRow>& requests) {
    const std::string& cur = ws.settings.currency;
    ReportSection s{"Top requests", {}};
    ReportTable t{{"Request", "Accounts", "ARR", "ARR at risk"}, {false, true, true, true}, {}};
    for (size_t k = 0; k < requests.size() && k < kTeamReportTopRequests; ++k) {
        const FeedbackRequestRow& r = requests[k];
        t.rows.push_back({r.title, format_count(r.accounts), format_money(r.arr, cur), format_money(r.arr_at_risk, cur)});
    }
    s.blocks.push_back(table(std::move(t), "No feedback recorded."));
    return s;
}

}  // namespace

std::vector<FeedbackRequestRow> top_requests(const Workspace& ws, const Analysis& analysis) {
    std::vector<Money> arr(analysis.accounts.size());
    for (size_t i = 0; i < arr.size(); ++i) arr[i] = analysis.accounts[i].arr;
    const FeedbackBoard board = build_feedback_board(ws, arr, analysis.health.color, BoardFilter{}, BoardRank::arr);
    std::vector<FeedbackRequestRow> rows;
    for (size_t i = 0; i < board.requests.size() && i < kTeamReportTopRequests; ++i) {
        const FeedbackRequest& r = board.requests[i];
        rows.push_back({r.title, int32_t(r.accounts.size()), r.arr, r.arr_at_risk});
    }
    return rows;
}

ReportDocument build_team_report(const Workspace& ws, const Analysis& an, const std::vector<FeedbackRequestRow>& requests) {
    const MetricsReport& m = an.metrics;
    const HealthDistribution d = mix(ws, an);
    ReportDocument doc;
    doc.title = ws.settings.name + ": customer success report";
    doc.subtitle = "As of " + format_iso(an.as_of) + " \xC2\xB7 " + format_count(an.active_accounts) + " active accounts";
    doc.header = {{"ARR", format_money(an.total_arr, ws.settings.currency)},
                  {"NRR", report_percent(m.trailing_12.nrr())},
                  {"GRR", report_percent(m.trailing_12.grr())},
                  {"Logo churn", report_percent(m.period.cohort.logo_churn_rate())},
                  {"ARR at risk", format_money(d.at_risk(), ws.settings.currency)}};
    doc.sections.push_back(retention_section(ws, an));
    doc.sections.push_back(health_section(ws, an));
    doc.sections.push_back(renewals_section(ws, an));
    doc.sections.push_back(risks_section(ws, an));
    doc.sections.push_back(requests_section(ws, requests));
    doc.footer = "Made by Retain from the workspace \"" + ws.settings.name + "\" as of " + format_iso(an.as_of) +
                 ". Every figure is defined in docs/metrics.md.";
    return doc;
}

}  // namespace retain
