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

}  // namespace retain
