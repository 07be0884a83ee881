#include "core/health/health_history.hpp"

#include <algorithm>
#include <cmath>

namespace retain {

HealthTrend health_trend(const HealthHistory& h, AccountIx a, size_t weeks_back, double flat_points) {
    if (h.weeks() == 0 || weeks_back >= h.weeks() || a >= h.accounts) return HealthTrend::none;
    const float now = h.score(a, h.weeks() - 1), then = h.score(a, h.weeks() - 1 - weeks_back);
    if (std::isnan(now) || std::isnan(then)) return HealthTrend::none;
    const double change = double(now) - double(then);
    return std::fabs(change) < flat_points ? HealthTrend::flat : change > 0 ? HealthTrend::up : HealthTrend::down;
}

Date color_changed_on(const HealthHistory& h, AccountIx a) {
    if (h.weeks() == 0 || a >= h.accounts) return Date{};
    const HealthColor now = h.color(a, h.weeks() - 1);
    if (now == HealthColor::none) return Date{};
    for (size_t w = h.weeks() - 1; w-- > 0;)
        if (h.color(a, w) != now) return h.dates[w + 1];
    return Date{};
}

HealthHistoryJob::HealthHistoryJob(const Workspace& ws, const Scorecard& scorecard,
                                   const std::vector<HealthOverride>& overrides, Date as_of, int32_t weeks)
    : ws_(ws), plan_(compile_scorecard(scorecard)), overrides_(overrides) {
    history_.accounts = ws.accounts.size();
    if (as_of.ok())
        for (int32_t w = std::max(0, weeks) - 1; w >= 0; --w) history_.dates.push_back(as_of.plus_days(-7 * w));
    history_.scores.resize(history_.accounts * history_.weeks());
    history_.colors.resize(history_.accounts * history_.weeks());
}

double HealthHistoryJob::progress() const {
    if (history_.weeks() == 0 || history_.accounts == 0) return done() ? 1.0 : 0.0;
    return (double(week_) * double(history_.accounts) + next_) / (double(history_.weeks()) * double(history_.accounts));
}

double HealthHistoryJob::step(size_t budget) {
    if (done()) return 1.0;
    if (!prepared_) {  // the shared tables: one slice of its own
        sources_ = prepare_health_inputs(ws_, history_.dates.back());
        scratch_.resize(history_.accounts);
        week_scores_.resize(history_.accounts);
        week_colors_.resize(history_.accounts);
        prepared_ = true;
        return progress();
    }
    budget = std::max<size_t>(budget, 1);
    while (budget > 0 && !done()) {
        const Date d = history_.dates[week_];
        const AccountIx last = AccountIx(std::min(history_.accounts, size_t(next_) + budget));
        compute_health_input_rows(ws_, sources_, d, next_, last, scratch_);
        score_rows(plan_, scratch_, next_, last, week_scores_.data(), week_colors_.data());
        budget -= last - next_;
        next_ = last;
        if (next_ == history_.accounts) finish_week();
    }
    return progress();
}

void HealthHistoryJob::finish_week() {
    const size_t weeks = history_.weeks();
    const Date d = history_.dates[week_];
    for (size_t a = 0; a < history_.accounts; ++a) {
        history_.scores[a * weeks + week_] = week_scores_[a];
        history_.colors[a * weeks + week_] = week_colors_[a];
    }
    for (const HealthOverride& o : overrides_) {  // in list order, so the last applying override wins
        const AccountIx a = ws_.find_account(o.account_id);
        if (a < history_.accounts && override_applies(o, d) && scratch_.active[a])  // never a non-customer
            history_.colors[a * weeks + week_] = o.color;
    }
    ++week_;
    next_ = 0;
}

HealthHistory compute_health_history(const Workspace& ws, const Scorecard& scorecard,
                                     const std::vector<HealthOverride>& overrides, Date as_of, int32_t weeks) {
    HealthHistoryJob job(ws, scorecard, overrides, as_of, weeks);
    while (!job.done()) job.step(size_t(1) << 20);
    return job.take();
}

}  // namespace retain
