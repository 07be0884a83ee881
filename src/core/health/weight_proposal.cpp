#include "core/health/weight_proposal.hpp"

#include <cmath>

namespace retain {
namespace {

constexpr size_t kMostFitRows = 200000;   // Newton steps are O(n k^2); larger sample tables are strided

bool is_fit_account(AccountIx a) { return !is_holdout_account(a); }

}  // namespace

bool is_holdout_account(AccountIx a) { return a % 5 == 0; }

bool prepare_weight_fit(const BacktestSamples& samples, const Scorecard& scorecard, WeightProposal& p, WeightFitRows& fit) {
    p = WeightProposal{};
    p.scorecard = scorecard;
    fit = WeightFitRows{};
    const ScoringPlan plan = compile_scorecard(scorecard);
    const size_t k = plan.items.size(), n = samples.size();
    if (k == 0) { p.note = "no measure counts on this scorecard"; return false; }
    fit.k = k;

    // Features: each counted measure's score / 100; a missing score takes the measure's mean over the
    // fit samples (mean imputation), so missing data neither helps nor hurts the fit.
    std::vector<size_t> rows;
    for (size_t i = 0; i < n; ++i)
        if (samples.inputs.active[i] && is_fit_account(samples.account[i])) rows.push_back(i);
    const size_t stride = std::max<size_t>(1, (rows.size() + kMostFitRows - 1) / kMostFitRows);
    std::vector<double> mean(k, 0.0), count(k, 0.0);
    for (size_t r = 0; r < rows.size(); r += stride)
        for (size_t j = 0; j < k; ++j)
            if (samples.inputs.has(rows[r], plan.items[j].input)) {
                mean[j] += scheme_score(plan.items[j].scheme, samples.inputs.value(plan.items[j].input, rows[r])) / 100.0;
                count[j] += 1;
            }
    for (size_t j = 0; j < k; ++j) mean[j] = count[j] > 0 ? mean[j] / count[j] : 0.5;
    fit.x.reserve((rows.size() / stride + 1) * k);
    fit.y.reserve(rows.size() / stride + 1);
    for (size_t r = 0; r < rows.size(); r += stride) {
        const size_t i = rows[r];
        for (size_t j = 0; j < k; ++j) {
            const ScoringPlan::Item& it = plan.items[j];
            fit.x.push_back(samples.inputs.has(i, it.input) ? scheme_score(it.scheme, samples.inputs.value(it.input, i)) / 100.0
                                                            : mean[j]);
        }
        fit.y.push_back(samples.outcome[i] == BacktestOutcome::churned ? 1 : 0);
    }
    p.fit_samples = int32_t(fit.y.size());
    int32_t churned = 0;
    for (uint8_t v : fit.y) churned += v;
    if (churned < 5 || churned == p.fit_samples) {
        p.note = "too few churns in the backtest to fit weights (" + std::to_string(churned) + ")";
        return false;
    }
    return true;
}

bool apply_fitted_weights(const Scorecard& scorecard, WeightProposal& p) {
    const ScoringPlan plan = compile_scorecard(scorecard);
    const size_t k = plan.items.size();
    if (p.model.coefficients.size() != k) { p.note = "the fit does not match the scorecard"; return false; }
    // A protective measure has a negative coefficient; its proposed weight is the size of it. Measures
    // whose higher score came with more churn get 0 (a weight cannot be negative).
    double total = 0;
    for (size_t j = 0; j < k; ++j) total += std::max(0.0, -p.model.coefficients[j]);
    if (!(total > 0)) { p.note = "no measure's score separated churned accounts from the rest"; return false; }
    std::array<double, kHealthInputCount> current;
    measure_weight_shares(plan, plan.counted, current);
    p.scorecard = scorecard;
    p.scorecard.group_weights.fill(0);
    p.measures.clear();
    for (size_t j = 0; j < k; ++j) {
        const ScoringPlan::Item& it = plan.items[j];
        const MeasureInfo& info = measure_info(it.input);
        const double weight = std::round(1000.0 * std::max(0.0, -p.model.coefficients[j]) / total) / 10.0;  // 0.1 steps
        Measure* m = find_measure(p.scorecard, info.id);
        m->weight = weight;
        p.scorecard.group_weights[size_t(it.group)] += weight;  // so a measure's share is weight / 100
        ProposedWeight w;
        w.id = info.id;
        w.label = m->label;
        w.group = it.group;
        w.coefficient = p.model.coefficients[j];
        w.current_share = current[size_t(it.input)];
        w.proposed_share = weight / 100.0;
        p.measures.push_back(w);
    }
    if (!p.model.converged) p.note = "the fit did not fully converge; treat the weights as rough";
    return true;
}

WeightProposal propose_weights(const BacktestSamples& samples, const Scorecard& scorecard) {
    WeightProposal p;
    WeightFitRows fit;
    if (!prepare_weight_fit(samples, scorecard, p, fit)) return p;
    p.model = fit_logistic(fit.x, fit.k, fit.y, kWeightFitL2);
    if (!apply_fitted_weights(scorecard, p)) return p;
    p.auc_current = evaluate_backtest(samples, scorecard, 0).auc;
    p.auc_proposed = evaluate_backtest(samples, p.scorecard, 0).auc;
    const BacktestReport holdout_now = evaluate_backtest(samples, scorecard, 0, is_holdout_account);
    p.holdout_auc_current = holdout_now.auc;
    p.holdout_auc_proposed = evaluate_backtest(samples, p.scorecard, 0, is_holdout_account).auc;
    p.holdout_samples = holdout_now.samples;
    p.ok = true;
    return p;
}

}  // namespace retain
