// Validation against churn: score every account as of past dates and compare with what happened in
// the horizon that followed (churned, contracted, renewed). Formulas: docs/metrics.md, "Health
// score: backtest".
//
// Collecting the samples (raw inputs as of many dates) is the slow part and runs as a job in slices
// (step(budget) -> progress 0..1), or in one call with collect_backtest_samples(). The samples keep the
// raw inputs, so evaluating any scorecard over them (evaluate_backtest, propose_weights) is a rescoring.
#pragma once
#include <vector>

#include "core/health/backtest_metrics.hpp"
#include "core/health/health_score.hpp"

namespace retain {

enum class BacktestOutcome : uint8_t { stayed, renewed, contracted, churned };

struct BacktestOptions {
    int32_t horizon_days = 90;    // 30, 90 or 180 in the UI; any positive number works
    int32_t step_days = 28;       // between as-of dates
    int32_t max_dates = 12;       // as-of dates, counting back from end - horizon
    int32_t max_samples = 400000; // larger books sample every k-th account (about 80 bytes a sample)
};

struct BacktestSamples {
    BacktestOptions options;
    Date end;                             // the last day whose outcomes are known (the as-of date)
    std::vector<Date> dates;              // as-of dates, oldest first
    HealthInputs inputs;                  // one row per sample: an account active on one of the dates
    std::vector<AccountIx> account;
    std::vector<uint16_t> date_index;
    std::vector<BacktestOutcome> outcome; // what happened in (date, date + horizon]
    size_t size() const { return account.size(); }
};

class BacktestJob {
public:
    // The workspace must outlive the job and stay unchanged while it runs.
    BacktestJob(const Workspace& ws, Date end, const BacktestOptions& options = BacktestOptions{});
    double step(size_t budget);  // about `budget` account-dates of work; returns progress 0-1
    bool done() const { return date_ >= samples_.dates.size(); }
    double progress() const;
    const BacktestSamples& samples() const { return samples_; }
    BacktestSamples take() { return std::move(samples_); }

private:
    void finish_date();

    const Workspace& ws_;
    bool prepared_ = false;
    HealthInputSources sources_;
    HealthInputs scratch_;
    size_t stride_ = 1;
    size_t date_ = 0;
    AccountIx next_ = 0;
    BacktestSamples samples_;
};

BacktestSamples collect_backtest_samples(const Workspace& ws, Date end, const BacktestOptions& options = BacktestOptions{});

// The as-of dates a backtest uses: end - horizon, then every step_days back, up to max_dates, none
// earlier than 60 days after the workspace's first dated row (the usage trend needs 60 days).
std::vector<Date> backtest_dates(const Workspace& ws, Date end, const BacktestOptions& options);

// What happened to an account active on d within (d, d + horizon]: churned (churn date in the window),
// else contracted (MRR of the last complete month by d + horizon below that by d), else renewed (a
// renewal date in the window), else stayed.
BacktestOutcome backtest_outcome(const Account& account, AccountIx a, const MrrSeries& mrr, Date d, int32_t horizon);

struct ColorOutcomes {
    int32_t samples = 0, churned = 0, contracted = 0, renewed = 0;
    double churn_rate = 0;  // churned / samples (NaN when empty)
};

struct BacktestReport {
    int32_t samples = 0, scored = 0, churned = 0;  // churned among scored samples
    double churn_rate = 0;                 // churned / scored
    double auc = 0;                        // risk = 100 - score, positives = churned (scored samples)
    PrecisionRecall red;                   // flag = computed color red, positive = churned
    std::array<ColorOutcomes, 4> by_color; // by HealthColor (none = not scored)
    std::vector<LiftBucket> lift;          // deciles of risk, riskiest first
};

// Each sample's score and computed color under one scorecard (overrides are a human's call, not the
// model's): filled a range of rows at a time, so a job can score 300,000 samples in slices.
struct SampleScores {
    std::vector<float> score;
    std::vector<HealthColor> color;
};
void score_samples(const ScoringPlan& plan, const BacktestSamples& samples, size_t first, size_t last, SampleScores& out);

// The scores compared with the outcomes. account_filter, when given, keeps only samples whose account it
// returns true for (the proposal's hold-out); lift_buckets 0 leaves the lift table out (an AUC alone).
BacktestReport backtest_report(const BacktestSamples& samples, const SampleScores& scores, int32_t lift_buckets = 10,
                               bool (*account_filter)(AccountIx) = nullptr);

// Both in one call: scores the samples with `scorecard` and compares with the outcomes.
BacktestReport evaluate_backtest(const BacktestSamples& samples, const Scorecard& scorecard, int32_t lift_buckets = 10,
                                 bool (*account_filter)(AccountIx) = nullptr);

const char* to_string(BacktestOutcome o);  // "stayed", "renewed", "contracted", "churned"

}  // namespace retain
