#include "core/health/health_calculator.hpp"

#include <string>

namespace retain {

HealthExplanation calculate_health(const Scorecard& scorecard, const CalculatorInput& input) {
    // A one-account workspace: the engine reads accounts only to match overrides (there are none) and
    // the key-feature count for the feature-breadth wording.
    Workspace ws;
    Account a;
    a.id = "calculator";
    ws.accounts.push_back(a);
    ws.reindex();
    ws.key_features.assign(std::min(input.key_features, size_t(kMaxKeyFeatures)), "feature");
    HealthInputs row;
    row.resize(1);
    row.active[0] = 1;
    row.present[0] = input.present;
    for (int i = 0; i < kHealthInputCount; ++i) row.values[size_t(i)][0] = float(input.raw[size_t(i)]);
    const HealthScores scores = score_health(ws, row, scorecard);
    return explain_health(ws, row, scorecard, scores, {}, 0);
}

CalculatorInput calculator_input_of(const HealthInputs& inputs, AccountIx account, size_t key_features) {
    CalculatorInput c;
    c.key_features = key_features;
    if (account >= inputs.rows) return c;
    c.present = inputs.present[account];
    for (int i = 0; i < kHealthInputCount; ++i) c.raw[size_t(i)] = inputs.value(HealthInput(i), account);
    return c;
}

}  // namespace retain
