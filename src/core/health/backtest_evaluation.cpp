#include "core/health/backtest_evaluation.hpp"

#include <algorithm>
#include <array>

namespace retain {
namespace {

constexpr size_t kEvaluationScoreSlice = 32768;  // samples scored a step: ~1 ms natively
constexpr int32_t kUsualIterations = 8; // Newton's method takes about this many: the progress bar's guess

// Each stage's usual share of the time at 300,000 samples: score, report, fit rows, fit, weights,
// score proposed, AUC proposed, hold-out AUCs.
constexpr std::array<double, 8> kEvaluationShare = {0.04, 0.20, 0.10, 0.38, 0.0, 0.04, 0.16, 0.08};

}  // namespace

BacktestEvaluationJob::BacktestEvaluationJob(const BacktestSamples& samples, const Scorecard& scorecard)
    : samples_(samples), scorecard_(scorecard), plan_(compile_scorecard(scorecard)) {}

BacktestEvaluationJob::~BacktestEvaluationJob() = default;

bool BacktestEvaluationJob::score_slice(SampleScores& out) {
    score_samples(plan_, samples_, next_, next_ + kEvaluationScoreSlice, out);
    next_ = std::min(samples_.size(), next_ + kEvaluationScoreSlice);
    return next_ >= samples_.size();
}

void BacktestEvaluationJob::step() {
    switch (stage_) {
        case Stage::score:
            if (score_slice(current_)) stage_ = Stage::report;
            return;
        case Stage::report:
            report_ = backtest_report(samples_, current_);
            stage_ = Stage::fit_rows;
            return;
        case Stage::fit_rows:
            if (!prepare_weight_fit(samples_, scorecard_, proposal_, fit_rows_)) {
                stage_ = Stage::done;
                return;
            }
            proposal_.auc_current = report_.auc;  // the same figure: all samples, the current scorecard
            fitter_ = std::make_unique<LogisticFitter>(fit_rows_.x, fit_rows_.k, fit_rows_.y, kWeightFitL2);
            stage_ = Stage::fit;
            return;
        case Stage::fit:
            fitter_->step();
            if (fitter_->done()) stage_ = Stage::weights;
            return;
        case Stage::weights:
            proposal_.model = fitter_->model();
            fitter_.reset();
            fit_rows_ = WeightFitRows{};
            if (!apply_fitted_weights(scorecard_, proposal_)) {
                stage_ = Stage::done;
                return;
            }
            plan_ = compile_scorecard(proposal_.scorecard);
            next_ = 0;
            stage_ = Stage::score_proposed;
            return;
        case Stage::score_proposed:
            if (score_slice(proposed_)) stage_ = Stage::auc_proposed;
            return;
        case Stage::auc_proposed:
            proposal_.auc_proposed = backtest_report(samples_, proposed_, 0).auc;
            stage_ = Stage::holdout;
            return;
        case Stage::holdout: {
            const BacktestReport now = backtest_report(samples_, current_, 0, is_holdout_account);
            proposal_.holdout_auc_current = now.auc;
            proposal_.holdout_samples = now.samples;
            proposal_.holdout_auc_proposed = backtest_report(samples_, proposed_, 0, is_holdout_account).auc;
            proposal_.ok = true;
            current_ = proposed_ = SampleScores{};
            stage_ = Stage::done;
            return;
        }
        case Stage::done:
            return;
    }
}

double BacktestEvaluationJob::progress() const {
    if (done()) return 1.0;
    double p = 0;
    for (size_t s = 0; s < size_t(stage_) && s < kEvaluationShare.size(); ++s) p += kEvaluationShare[s];
    const double n = double(std::max<size_t>(1, samples_.size()));
    if (stage_ == Stage::score) p += kEvaluationShare[0] * double(next_) / n;
    if (stage_ == Stage::score_proposed) p += kEvaluationShare[5] * double(next_) / n;
    if (stage_ == Stage::fit && fitter_)
        p += kEvaluationShare[3] * std::min(1.0, double(fitter_->model().iterations) / kUsualIterations);
    return std::min(1.0, p);
}

}  // namespace retain
