// The Overview's figures beside Analysis::metrics: the previous 12-month window (for each tile's change),
// ARR at risk by health colour, renewals in the next and the last 90 days, and the MRR trend line.
// Rebuilt when the workspace revision or the weekly health history changes, never per frame.
#include <limits>

#include "app/app_state.hpp"
#include "core/metrics/renewals.hpp"

namespace retain {
namespace {

constexpr int32_t kRenewalWindowDays = 90;
constexpr size_t kHealthWeeksBack = 4;  // "previous month" of the health tiles: four weekly scores earlier

// The account's renewal dated in [from, to], if any. Terms are annual (docs/metrics.md, "Renewal rate"):
// renewals fall on the anniversaries of the renewal date (of the contract start when it has none), each
// after the contract start. A 90-day window holds at most one.
bool renewal_in(const Account& acc, Date from, Date to, Date& out) {
    const Date base = acc.renewal_date.ok() ? acc.renewal_date : acc.contract_start;
    if (!base.ok() || !from.ok()) return false;
    for (int32_t k = from.ymd().year - base.ymd().year - 1; k <= to.ymd().year - base.ymd().year + 1; ++k) {
        const Date d = add_years(base, k);
        if (d < from || d > to) continue;
        if (acc.contract_start.ok() && d <= acc.contract_start) continue;
        out = d;
        return true;
    }
    return false;
}

void count_renewals(const AppState& app, OverviewFigures& f) {
    const Analysis& a = app.analysis;
    f.renewals_next_90 = f.renewals_last_90 = 0;
    f.renewals_next_90_arr = f.renewals_last_90_arr = Money();
    const Date next_to = a.as_of.plus_days(kRenewalWindowDays);
    const Date last_from = a.as_of.plus_days(-kRenewalWindowDays);
    for (AccountIx i = 0; i < AccountIx(app.ws.accounts.size()); ++i) {
        const Account& acc = app.ws.accounts[i];
        Date d;
        // Upcoming: customers paying now, at today's ARR.
        if (a.accounts[i].mrr.minor > 0 && renewal_in(acc, a.as_of, next_to, d)) {
            ++f.renewals_next_90;
            f.renewals_next_90_arr += a.accounts[i].arr;
        }
        // The 90 days before: customers paying the month before the renewal, at that month's ARR.
        if (renewal_in(acc, last_from, a.as_of.plus_days(-1), d)) {
            const Money before = a.mrr.at(i, Month::of(d).plus(-1));
            if (before.minor > 0) {
                ++f.renewals_last_90;
                f.renewals_last_90_arr += before * 12;
            }
        }
    }
}

void sum_risk(const AppState& app, OverviewFigures& f) {
    const Analysis& a = app.analysis;
    for (int c = 0; c < 2; ++c) {
        f.arr_at_risk[c] = f.previous_at_risk[c] = Money();
        f.at_risk_accounts[c] = 0;
    }
    f.previous_mix = {};
    for (size_t i = 0; i < a.health.color.size() && i < a.accounts.size(); ++i) {
        const HealthColor c = a.health.color[i];
        if (c != HealthColor::red && c != HealthColor::yellow) continue;
        const int k = c == HealthColor::red ? 0 : 1;
        f.arr_at_risk[k] += a.accounts[i].arr;
        ++f.at_risk_accounts[k];
    }
    const HealthViewState& h = app.health_view;
    f.has_previous_health = h.history_ready && h.history.weeks() > kHealthWeeksBack &&
                            h.history.accounts == app.ws.accounts.size();
    if (!f.has_previous_health) return;
    const size_t week = h.history.weeks() - 1 - kHealthWeeksBack;
    const Month then = Month::of(h.history.dates[week]);
    for (AccountIx i = 0; i < AccountIx(h.history.accounts); ++i) {
        const HealthColor c = h.history.color(i, week);
        ++f.previous_mix[size_t(c)];
        if (c == HealthColor::red || c == HealthColor::yellow)
            f.previous_at_risk[c == HealthColor::red ? 0 : 1] += a.mrr.at(i, then) * 12;
    }
}

}  // namespace

bool refresh_overview_cache(AppState& app) {
    refresh_derived(app);
    OverviewFigures& f = app.revenue_view.overview;
    const uint64_t history = app.health_view.history_ready ? app.health_view.history_version : UINT64_MAX - 1;
    if (f.built_revision == app.revision && f.built_history == history) return false;
    const Analysis& a = app.analysis;
    if (f.built_revision != app.revision) {
        f.has_previous = a.metric_range.ok() && a.mrr.holds(a.metric_range.last.plus(-12));
        if (f.has_previous) {
            const MonthRange before = MonthRange::trailing(a.metric_range.last.plus(-12), 12);
            f.previous = compute_metrics(app.ws, a.rows, a.mrr, all_accounts(app.ws), before, a.as_of,
                                         app.ws.metric_settings);
        } else {
            f.previous = MetricsReport{};
        }
        count_renewals(app, f);
        // The trend: the previous window's months, then this one's (up to 24 months).
        f.mrr.clear();
        for (const RevenueMonth& m : f.previous.revenue.months) f.mrr.push_back(double(m.mrr.minor));
        for (const RevenueMonth& m : a.metrics.revenue.months) f.mrr.push_back(double(m.mrr.minor));
        const Month first = f.previous.revenue.months.empty() ? a.metrics.revenue.range.first
                                                               : f.previous.revenue.range.first;
        f.months.build(first, int(f.mrr.size()));
    }
    sum_risk(app, f);
    f.built_revision = app.revision;
    f.built_history = history;
    return true;
}

}  // namespace retain
