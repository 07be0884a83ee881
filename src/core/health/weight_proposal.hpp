// Better weights from the backtest: a logistic regression of churn on the counted measures' scores,
// turned into measure weights and shown next to the AUC they would have had. A proposal only: the
// caller applies `scorecard` when the user says so, never silently. Method: docs/metrics.md,
// "Health score: proposed weights".
#pragma once
#include <string>
#include <vector>

#include "core/health/health_backtest.hpp"
#include "core/health/logistic_regression.hpp"

namespace retain {

struct ProposedWeight {
    std::string id;
    std::string label;
    MeasureGroup group = MeasureGroup::usage;
    double coefficient = 0;      // change in churn log-odds per 100 score points (negative: protective)
    double current_share = 0;    // share of the score now, with every measure present (0-1)
    double proposed_share = 0;   // share under the proposal (0-1)
};

struct WeightProposal {
    bool ok = false;
    std::string note;                 // why there is no proposal, or what to know about it
    Scorecard scorecard;              // the current scorecard with the proposed weights
    std::vector<ProposedWeight> measures;
    LogisticModel model;
    int32_t fit_samples = 0, holdout_samples = 0;
    double auc_current = 0, auc_proposed = 0;                  // over all samples
    double holdout_auc_current = 0, holdout_auc_proposed = 0;  // over held-out accounts only
};

// Accounts whose index is a multiple of 5 are held out of the fit, so the hold-out AUCs are not
// flattered by fitting the very samples they are measured on.
bool is_holdout_account(AccountIx a);

WeightProposal propose_weights(const BacktestSamples& samples, const Scorecard& scorecard);

// The same in parts, for a job that runs them between frames (backtest_evaluation.hpp): the fit's rows,
// the fit (LogisticFitter over them), the weights it gives, then the AUCs (backtest_report under the
// current and the proposed scorecards, over all samples and over the hold-out).
struct WeightFitRows {
    std::vector<double> x;   // row-major: one column per counted measure, its score / 100
    std::vector<uint8_t> y;  // 1: churned
    size_t k = 0;            // columns
};
// Starts `p` (the current scorecard, fit_samples); false, with p.note saying why, when nothing can be fit.
bool prepare_weight_fit(const BacktestSamples& samples, const Scorecard& scorecard, WeightProposal& p, WeightFitRows& rows);
// From p.model: the proposed scorecard and measures; false, with p.note, when no measure separated churn.
bool apply_fitted_weights(const Scorecard& scorecard, WeightProposal& p);
// The fit's L2 penalty (logistic_regression.hpp): mild, keeps a perfectly separating measure finite.
constexpr double kWeightFitL2 = 1.0;

}  // namespace retain
