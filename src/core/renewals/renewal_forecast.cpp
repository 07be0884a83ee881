#include "core/renewals/renewal_forecast.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

#include "core/metrics/renewal_windows.hpp"

namespace retain {
namespace {

// Outcome index by (account id, renewal date days): one pass over the outcomes.
using OutcomeIndex = std::map<std::pair<std::string, int32_t>, int32_t>;

OutcomeIndex outcome_index(const Workspace& ws) {
    OutcomeIndex index;
    for (size_t i = 0; i < ws.renewal_outcomes.size(); ++i)
        index[{ws.renewal_outcomes[i].account, ws.renewal_outcomes[i].renewal.days()}] = int32_t(i);
    return index;
}

// Whether the renewal on `due` was kept: the recorded outcome when there is one, else whether the
// account still paid in the renewal's month. None when neither can tell (or it was not due: the account
// was not paying the month before).
std::optional<bool> renewal_kept(const Workspace& ws, const OutcomeIndex& outcomes, const MrrSeries& series, AccountIx a,
                                 Date due) {
    const Month before = Month::of(due).plus(-1);
    if (!series.holds(before) || series.at(a, before).minor <= 0) return std::nullopt;
    if (const auto it = outcomes.find({ws.accounts[a].id, due.days()}); it != outcomes.end())
        return kept(ws.renewal_outcomes[size_t(it->second)].result);
    if (!series.holds(Month::of(due))) return std::nullopt;
    return series.at(a, Month::of(due)).minor > 0;
}

// The week of `history` a renewal on `d` reads its color from: the last on or before d, or -1.
int32_t week_of(const HealthHistory& history, Date d) {
    const auto it = std::upper_bound(history.dates.begin(), history.dates.end(), d);
    return int32_t(it - history.dates.begin()) - 1;
}

// Account ids with an open (or snoozed) task of priority ≥ kRiskTaskPriority: one pass over the tasks.
std::unordered_set<std::string> accounts_with_risky_tasks(const Workspace& ws) {
    std::unordered_set<std::string> ids;
    for (const Task& t : ws.tasks)
        if ((t.status == TaskStatus::open || t.status == TaskStatus::snoozed) && t.priority >= kRiskTaskPriority)
            ids.insert(t.account);
    return ids;
}

}  // namespace

RenewalCalibrationTable calibrate_renewals(const Workspace& ws, const MrrSeries& series, const HealthHistory& history,
                                           Date as_of) {
    RenewalCalibrationTable table;
    std::array<RenewalCalibration, 4>& cal = table.colors;
    if (history.weeks() > 0 && as_of.ok() && history.accounts == ws.accounts.size()) {
        const Date to = as_of.plus_days(-1);
        table.from = history.dates.front();
        table.to = to;
        const OutcomeIndex outcomes = outcome_index(ws);
        for (AccountIx a = 0; a < ws.accounts.size() && a < series.accounts; ++a) {
            for (Date from = history.dates.front(); from <= to;) {
                const std::optional<Date> due = renewal_between(ws.accounts[a], from, to);
                if (!due) break;
                from = due->plus_days(1);
                const int32_t week = week_of(history, *due);
                const std::optional<bool> k = renewal_kept(ws, outcomes, series, a, *due);
                if (week < 0 || !k) continue;
                RenewalCalibration& c = cal[size_t(history.color(a, size_t(week)))];
                ++c.past;
                c.kept += *k ? 1 : 0;
            }
        }
    }
    for (size_t color = 0; color < cal.size(); ++color) {
        RenewalCalibration& c = cal[color];
        c.calibrated = c.past >= kMinCalibrationRenewals;
        c.probability = c.calibrated ? double(c.kept) / double(c.past) : kDefaultRenewalProbability[color];
    }
    return table;
}

RenewalForecast forecast_renewals(const Workspace& ws, const MrrSeries& series, const HealthScores& health,
                                  const RenewalCalibrationTable& calibration, Date as_of, int32_t days) {
    RenewalForecast f;
    f.as_of = as_of;
    f.days = days;
    f.calibration = calibration;
    if (!as_of.ok() || days < 0 || series.months <= 0) return f;
    const Month now = Month::of(as_of);
    const std::unordered_set<std::string> risky = accounts_with_risky_tasks(ws);
    const auto outcomes = outcome_index(ws);
    // One row: health now, risk, p and the recorded outcome; the ARR is read in `read` (0: not due).
    auto row_of = [&](AccountIx a, Date due, Month read, UpcomingRenewal& r) {
        const Money mrr = series.holds(read) ? series.at(a, read) : Money();
        if (mrr.minor <= 0) return false;
        r.account = a;
        r.date = due;
        r.arr = mrr * 12;
        r.color = a < health.color.size() ? health.color[a] : HealthColor::none;
        r.score = a < health.score.size() ? health.score[a] : NAN;
        r.risky_task = risky.count(ws.accounts[a].id) > 0;
        r.at_risk = r.color == HealthColor::red || r.color == HealthColor::yellow || r.risky_task;
        r.probability = calibration.colors[size_t(r.color)].probability;
        if (const auto it = outcomes.find({ws.accounts[a].id, due.days()}); it != outcomes.end()) r.outcome = it->second;
        return true;
    };
    double forecast = 0;
    for (AccountIx a = 0; a < ws.accounts.size() && a < series.accounts; ++a) {
        UpcomingRenewal r;
        if (const auto due = renewal_between(ws.accounts[a], as_of, as_of.plus_days(days)); due && row_of(a, *due, now, r)) {
            f.arr_due += r.arr;
            forecast += double(r.arr.minor) * r.probability;
            if (r.at_risk) {
                ++f.at_risk;
                f.at_risk_arr += r.arr;
            }
            f.rows.push_back(r);
        }
        UpcomingRenewal past;
        if (const auto due = renewal_between(ws.accounts[a], as_of.plus_days(-days), as_of.plus_days(-1));
            due && row_of(a, *due, Month::of(*due).plus(-1), past))
            f.recent.push_back(past);
    }
    f.forecast_arr = Money(int64_t(std::llround(forecast)));
    std::stable_sort(f.recent.begin(), f.recent.end(),
                     [](const UpcomingRenewal& x, const UpcomingRenewal& y) { return y.date < x.date; });
    std::stable_sort(f.rows.begin(), f.rows.end(),
                     [](const UpcomingRenewal& x, const UpcomingRenewal& y) { return x.date < y.date; });
    return f;
}

}  // namespace retain
