// The Renewals view's cache: the forecast for the picked window, sorted as picked. Rebuilt only when a
// key changed (workspace revision, weekly health history, window, sort); drawing reads it as it is.
// The calibration uses the Health view's weekly history once its background job is done, and the
// documented default probabilities until then (docs/metrics.md "Renewal forecast").
#include <algorithm>
#include <cmath>

#include "app/views/views.hpp"

namespace retain {
namespace {

const HealthHistory& calibration_history(const AppState& app) {
    static const HealthHistory none;
    return app.health_view.history_ready ? app.health_view.history : none;
}

RenewalForecast build_forecast(const AppState& app, int32_t days) {
    const Analysis& a = app.analysis;
    const RenewalCalibrationTable cal = calibrate_renewals(app.ws, a.mrr, calibration_history(app), a.as_of);
    return forecast_renewals(app.ws, a.mrr, a.health, cal, a.as_of, days);
}

void sort_rows(std::vector<UpcomingRenewal>& rows, RenewalSort sort, bool descending) {
    // Unscored accounts sort after every score in both directions.
    auto less = [&](const UpcomingRenewal& x, const UpcomingRenewal& y) {
        switch (sort) {
            case RenewalSort::arr: return descending ? y.arr < x.arr : x.arr < y.arr;
            case RenewalSort::health: {
                const bool xs = !std::isnan(x.score), ys = !std::isnan(y.score);
                if (xs != ys) return xs;
                return descending ? y.score < x.score : x.score < y.score;
            }
            case RenewalSort::date: break;
        }
        return descending ? y.date < x.date : x.date < y.date;
    };
    std::stable_sort(rows.begin(), rows.end(), less);
}

}  // namespace

const RenewalForecast& renewals_forecast(AppState& app) {
    RenewalsViewState& v = app.renewals_view;
    const uint64_t history = app.health_view.history_ready ? app.health_view.history_version : UINT64_MAX;
    if (v.built_revision != app.revision || v.built_history != history || v.built_days != v.days) {
        v.forecast = build_forecast(app, v.days);
        v.built_revision = app.revision;
        v.built_history = history;
        v.built_days = v.days;
        v.built_sort = RenewalSort::date;  // forecast_renewals gives date order
        v.built_descending = false;
    }
    if (v.built_sort != v.sort || v.built_descending != v.descending) {
        sort_rows(v.forecast.rows, v.sort, v.descending);
        v.built_sort = v.sort;
        v.built_descending = v.descending;
    }
    return v.forecast;
}

nlohmann::json renewals_automation_state(const AppState& app) {
    using json = nlohmann::json;
    const RenewalsViewState& v = app.renewals_view;
    const uint64_t history = app.health_view.history_ready ? app.health_view.history_version : UINT64_MAX;
    // The view's cache when current; otherwise a fresh forecast for small workspaces. Over big ones a pass
    // over every account on each poll of state() would be felt: the cached figures are reported with
    // current = false until the view is drawn.
    bool current = v.built_revision == app.revision && v.built_history == history && v.built_days == v.days;
    const bool compute = !current && app.ws.accounts.size() <= 20000;
    const RenewalForecast computed = compute ? build_forecast(app, v.days) : RenewalForecast{};
    if (compute) current = true;
    const RenewalForecast& f = compute ? computed : v.forecast;
    json calibration = json::array();
    for (size_t c = 0; c < f.calibration.colors.size(); ++c) {
        const RenewalCalibration& k = f.calibration.colors[c];
        calibration.push_back({{"color", to_string(HealthColor(c))}, {"past", k.past}, {"kept", k.kept},
                               {"calibrated", k.calibrated}, {"probability", k.probability}});
    }
    json rows = json::array();
    for (size_t i = 0; i < f.rows.size() && i < 50; ++i) {
        const UpcomingRenewal& r = f.rows[i];
        rows.push_back({{"account", app.ws.accounts[r.account].id}, {"date", format_iso(r.date)}, {"arr", r.arr.minor},
                        {"color", to_string(r.color)}, {"at_risk", r.at_risk}, {"probability", r.probability},
                        {"outcome", r.outcome >= 0 ? json(to_string(app.ws.renewal_outcomes[size_t(r.outcome)].result))
                                                   : json(nullptr)}});
    }
    return {{"current", current},
            {"days", v.days},
            {"due", f.rows.size()},
            {"arr_due", f.arr_due.minor},
            {"forecast_arr", f.forecast_arr.minor},
            {"at_risk", f.at_risk},
            {"at_risk_arr", f.at_risk_arr.minor},
            {"calibration", calibration},
            {"rows", rows},
            {"outcomes", app.ws.renewal_outcomes.size()},
            {"selected", v.selected_account}};
}

}  // namespace retain
