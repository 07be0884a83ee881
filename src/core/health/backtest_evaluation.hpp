// A backtest's evaluation under a scorecard and its weights proposal (health_backtest.hpp,
// weight_proposal.hpp) in steps, so the app can run them between frames: at 300,000 samples the two in
// one call held the page for 0.4 s, and it must never be held for more than about 100 ms (issue 9).
// A step scores a slice of samples, ranks them once, or runs one Newton iteration of the fit. The
// figures are those of evaluate_backtest and propose_weights (a unit test holds them equal).
#pragma once
#include <cstdint>
#include <memory>

#include "core/health/weight_proposal.hpp"

namespace retain {

class BacktestEvaluationJob {
public:
    // The samples must outlive the job, unchanged; the scorecard is copied.
    BacktestEvaluationJob(const BacktestSamples& samples, const Scorecard& scorecard);
    ~BacktestEvaluationJob();
    void step();
    bool done() const { return stage_ == Stage::done; }
    double progress() const;  // 0-1
    BacktestReport& report() { return report_; }        // complete once past the first stages
    WeightProposal& proposal() { return proposal_; }    // complete once done

private:
    enum class Stage : uint8_t { score, report, fit_rows, fit, weights, score_proposed, auc_proposed, holdout, done };
    bool score_slice(SampleScores& out);  // the next slice under plan_; true when every sample is scored

    const BacktestSamples& samples_;
    Scorecard scorecard_;
    ScoringPlan plan_;
    Stage stage_ = Stage::score;
    size_t next_ = 0;  // samples scored so far, in the scoring stages
    SampleScores current_, proposed_;
    WeightFitRows fit_rows_;
    std::unique_ptr<LogisticFitter> fitter_;
    BacktestReport report_;
    WeightProposal proposal_;
};

}  // namespace retain
