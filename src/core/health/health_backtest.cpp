#include "core/health/health_backtest.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace retain {
namespace {

constexpr double kNoRate = std::numeric_limits<double>::quiet_NaN();
const char* const kOutcomeNames[] = {"stayed", "renewed", "contracted", "churned"};

Month last_complete_month(Date d) { return Month::of(d.plus_days(1)).plus(-1); }

template <typename Row, typename DateOf>
void earliest(const std::vector<Row>& rows, DateOf date_of, Date& first) {
    for (const Row& r : rows) {
        const Date d = date_of(r);
        if (d.ok() && (!first.ok() || d < first)) first = d;
    }
}

}  // namespace

const char* to_string(BacktestOutcome o) { return kOutcomeNames[int(o)]; }

std::vector<Date> backtest_dates(const Workspace& ws, Date end, const BacktestOptions& o) {
    std::vector<Date> dates;
    if (!end.ok() || o.horizon_days <= 0 || o.step_days <= 0 || o.max_dates <= 0) return dates;
    Date first;
    earliest(ws.usage, [](const UsageSample& r) { return r.date; }, first);
    earliest(ws.tickets, [](const Ticket& r) { return r.opened; }, first);
    earliest(ws.surveys, [](const SurveyResponse& r) { return r.date; }, first);
    earliest(ws.touchpoints, [](const Touchpoint& r) { return r.date; }, first);
    earliest(ws.mrr, [](const MrrSnapshot& r) { return r.month.ok() ? r.month.first_day() : Date{}; }, first);
    if (!first.ok()) return dates;
    const Date earliest_date = first.plus_days(60);
    for (int32_t k = 0; k < o.max_dates; ++k) {
        const Date d = end.plus_days(-o.horizon_days - k * o.step_days);
        if (d < earliest_date) break;
        dates.push_back(d);
    }
    std::reverse(dates.begin(), dates.end());
    return dates;
}

BacktestOutcome backtest_outcome(const Account& account, AccountIx a, const MrrSeries& mrr, Date d, int32_t horizon) {
    const Date until = d.plus_days(horizon);
    if (account.churn_date.ok() && account.churn_date > d && account.churn_date <= until) return BacktestOutcome::churned;
    const int64_t before = mrr.at(a, last_complete_month(d)).minor;
    const int64_t after = mrr.at(a, last_complete_month(until)).minor;
    if (before > 0 && after < before) return BacktestOutcome::contracted;
    const Date renewal = renewal_on_or_after(account, d.plus_days(1));
    if (renewal.ok() && renewal > d && renewal <= until) return BacktestOutcome::renewed;
    return BacktestOutcome::stayed;
}

BacktestJob::BacktestJob(const Workspace& ws, Date end, const BacktestOptions& options) : ws_(ws) {
    samples_.options = options;
    samples_.end = end;
    samples_.dates = backtest_dates(ws, end, options);
    const size_t n = ws.accounts.size(), dates = samples_.dates.size();
    const size_t most = size_t(std::max(1, options.max_samples));
    stride_ = std::max<size_t>(1, (n * dates + most - 1) / most);
}

double BacktestJob::progress() const {
    const size_t n = ws_.accounts.size(), dates = samples_.dates.size();
    if (dates == 0 || n == 0) return done() ? 1.0 : 0.0;
    return (double(date_) * double(n) + next_) / (double(dates) * double(n));
}

double BacktestJob::step(size_t budget) {
    if (done()) return 1.0;
    const size_t n = ws_.accounts.size();
    if (!prepared_) {
        sources_ = prepare_health_inputs(ws_, samples_.end);
        scratch_.resize(n);
        prepared_ = true;
        return progress();
    }
    budget = std::max<size_t>(budget, 1);
    while (budget > 0 && !done()) {
        const AccountIx last = AccountIx(std::min(n, size_t(next_) + budget));
        compute_health_input_rows(ws_, sources_, samples_.dates[date_], next_, last, scratch_);
        budget -= last - next_;
        next_ = last;
        if (next_ == n) finish_date();
    }
    return progress();
}

void BacktestJob::finish_date() {
    const Date d = samples_.dates[date_];
    for (size_t a = 0; a < ws_.accounts.size(); a += stride_) {
        if (!scratch_.active[a]) continue;
        samples_.inputs.append_row(scratch_, a);
        samples_.account.push_back(AccountIx(a));
        samples_.date_index.push_back(uint16_t(date_));
        samples_.outcome.push_back(
            backtest_outcome(ws_.accounts[a], AccountIx(a), sources_.mrr, d, samples_.options.horizon_days));
    }
    ++date_;
    next_ = 0;
}

BacktestSamples collect_backtest_samples(const Workspace& ws, Date end, const BacktestOptions& options) {
    BacktestJob job(ws, end, options);
    while (!job.done()) job.step(size_t(1) << 20);
    return job.take();
}

void score_samples(const ScoringPlan& plan, const BacktestSamples& samples, size_t first, size_t last, SampleScores& out) {
    const size_t n = samples.size();
    out.score.resize(n);
    out.color.resize(n);
    last = std::min(last, n);
    if (first < last) score_rows(plan, samples.inputs, first, last, out.score.data(), out.color.data());
}

BacktestReport backtest_report(const BacktestSamples& samples, const SampleScores& scores, int32_t lift_buckets,
                               bool (*account_filter)(AccountIx)) {
    BacktestReport report;
    const size_t n = std::min(samples.size(), scores.score.size());
    std::vector<double> risk;
    std::vector<uint8_t> churned, red;
    risk.reserve(n);
    churned.reserve(n);
    red.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (account_filter && !account_filter(samples.account[i])) continue;
        ++report.samples;
        const BacktestOutcome o = samples.outcome[i];
        const HealthColor color = scores.color[i];
        ColorOutcomes& c = report.by_color[size_t(color)];
        ++c.samples;
        c.churned += o == BacktestOutcome::churned;
        c.contracted += o == BacktestOutcome::contracted;
        c.renewed += o == BacktestOutcome::renewed;
        if (color == HealthColor::none) continue;  // not scored: outside AUC, precision and lift
        risk.push_back(100.0 - double(scores.score[i]));
        churned.push_back(o == BacktestOutcome::churned ? 1 : 0);
        red.push_back(color == HealthColor::red ? 1 : 0);
    }
    for (ColorOutcomes& c : report.by_color) c.churn_rate = c.samples ? double(c.churned) / c.samples : kNoRate;
    report.scored = int32_t(risk.size());
    for (uint8_t c : churned) report.churned += c;
    report.churn_rate = report.scored ? double(report.churned) / report.scored : kNoRate;
    const std::vector<uint32_t> order = risk_order(risk);
    report.auc = roc_auc(risk, churned, order);
    report.red = precision_recall(red, churned);
    report.lift = lift_table(risk, churned, order, lift_buckets);
    return report;
}

BacktestReport evaluate_backtest(const BacktestSamples& samples, const Scorecard& scorecard, int32_t lift_buckets,
                                 bool (*account_filter)(AccountIx)) {
    SampleScores scores;
    score_samples(compile_scorecard(scorecard), samples, 0, samples.size(), scores);
    return backtest_report(samples, scores, lift_buckets, account_filter);
}

}  // namespace retain
