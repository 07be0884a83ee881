// The Overview's figures beside Analysis::metrics: the previous window (for each tile's change), ARR at
// risk by health colour, renewals in the next and the last 90 days, and the MRR trend line. The figures
// themselves are defined in src/core/metrics (health_distribution.hpp, renewal_windows.hpp).
// Rebuilt when the workspace revision or the weekly health history changes, never per frame.
#include <algorithm>

#include "app/app_state.hpp"
#include "core/metrics/health_distribution.hpp"
#include "core/metrics/mrr_movements.hpp"
#include "core/metrics/renewal_windows.hpp"

namespace retain {
namespace {

constexpr int32_t kRenewalWindowDays = 90;
constexpr size_t kHealthWeeksBack = 4;  // "previous month" of the health tiles: four weekly scores earlier

std::vector<uint8_t> color_bytes(const std::vector<HealthColor>& colors) {
    std::vector<uint8_t> out(colors.size());
    for (size_t i = 0; i < colors.size(); ++i) out[i] = uint8_t(colors[i]);
    return out;
}

void sum_health(const AppState& app, OverviewFigures& f) {
    const Analysis& a = app.analysis;
    const AccountSubset everyone = all_accounts(app.ws);
    std::vector<Money> arr(a.accounts.size());
    for (size_t i = 0; i < arr.size(); ++i) arr[i] = a.accounts[i].arr;
    f.health = health_distribution(color_bytes(a.health.color), everyone, &arr);

    const HealthViewState& h = app.health_view;
    f.has_previous_health = h.history_ready && h.history.weeks() > kHealthWeeksBack &&
                            h.history.accounts == app.ws.accounts.size();
    f.previous_health = HealthDistribution{};
    if (!f.has_previous_health) return;
    const size_t week = h.history.weeks() - 1 - kHealthWeeksBack;
    const Month then = Month::of(h.history.dates[week]);
    std::vector<uint8_t> colors(h.history.accounts);
    for (AccountIx i = 0; i < AccountIx(h.history.accounts); ++i) {
        colors[i] = uint8_t(h.history.color(i, week));
        arr[i] = a.mrr.at(i, then) * 12;
    }
    f.previous_health = health_distribution(colors, everyone, &arr);
}

// 12 when the series holds the start of the previous 12-month window, 1 when it holds the start of the
// window ending a month earlier, 12 again when it holds at least the previous window's last month (ARR
// compares; rates have no value), else 0.
int32_t previous_shift(const Analysis& a) {
    if (!a.metric_range.ok()) return 0;
    const Month last = a.metric_range.last;
    if (a.mrr.holds(last.plus(-24))) return 12;
    if (a.mrr.holds(last.plus(-13))) return 1;
    if (a.mrr.holds(last.plus(-12))) return 12;
    return 0;
}

}  // namespace

bool refresh_overview_cache(AppState& app) {
    refresh_derived(app);
    OverviewFigures& f = app.revenue_view.overview;
    const uint64_t history = app.health_view.history_ready ? app.health_view.history_version : UINT64_MAX - 1;
    if (f.built_revision == app.revision && f.built_history == history) return false;
    const Analysis& a = app.analysis;
    if (f.built_revision != app.revision) {
        f.previous_shift = previous_shift(a);
        f.has_previous = f.previous_shift > 0;
        if (f.has_previous) {
            const MonthRange before = MonthRange::trailing(a.metric_range.last.plus(-f.previous_shift), 12);
            f.previous = compute_metrics(app.ws, a.rows, a.mrr, all_accounts(app.ws), before, a.as_of,
                                         app.ws.metric_settings);
        } else {
            f.previous = MetricsReport{};
        }
        const AccountSubset everyone = all_accounts(app.ws);
        f.renewals_next = renewals_ahead(app.ws, a.mrr, everyone, a.as_of, kRenewalWindowDays);
        f.renewals_last = renewals_behind(app.ws, a.mrr, everyone, a.as_of, kRenewalWindowDays);
        // The trend: up to 24 months ending with the window's last, as far back as the series goes.
        f.mrr.clear();
        const RevenueHistory history =
            a.metric_range.ok() ? compute_revenue_history(a.mrr, app.ws, everyone, MonthRange::trailing(a.metric_range.last, 24))
                                : RevenueHistory{};
        for (const RevenueMonth& m : history.months) f.mrr.push_back(double(m.mrr.minor));
        const Month first = history.range.first;
        f.months.build(first, int(f.mrr.size()));
    }
    sum_health(app, f);
    f.built_revision = app.revision;
    f.built_history = history;
    return true;
}

}  // namespace retain
