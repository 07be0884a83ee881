// Scoring: cached raw inputs (health_inputs.hpp) + a scorecard -> a 0-100 score and a color per
// account. This is the cheap half: a weight, scheme or threshold change reruns only this, with no
// per-account allocation (the output columns are reused).
//
// Formula (docs/metrics.md, "Health score: weights and missing data"): each counted measure with a
// value scores 0-100 by its scheme; a group's score is the weighted mean of its measures that have a
// value; the overall score is the weighted mean of the groups that have one. A measure without a
// value is left out and its weight shared among the rest, never counted as zero, and it is listed in
// the account's `missing` mask.
#pragma once
#include <array>
#include <vector>

#include "core/health/health_inputs.hpp"
#include "core/health/scorecard.hpp"

namespace retain {

// A scorecard resolved for scoring: the measures that count (known id, enabled, weight > 0, group
// weight > 0) and their input columns.
struct ScoringPlan {
    struct Item {
        HealthInput input;
        MeasureGroup group;
        double weight;
        Scheme scheme;
        double nominal_share;  // share of the score when every counted measure has a value
        // The scheme as a line, for linear schemes: score = clamp(offset + slope x raw, 0, 100) —
        // the same numbers as scheme_score() without a division per row.
        double slope, offset;
    };
    std::vector<Item> items;
    std::array<double, kMeasureGroupCount> group_weights{};
    ColorThresholds thresholds;
    InputMask counted = 0;  // inputs of the items
};

ScoringPlan compile_scorecard(const Scorecard& scorecard);

// The share of the overall score each counted measure carries for a row with the given presence mask
// (0 for measures without a value; the shares add up to 1, or are all 0 when nothing has a value).
void measure_weight_shares(const ScoringPlan& plan, InputMask present, std::array<double, kHealthInputCount>& shares);

// One row's overall score (rounded to 0.0001), or NaN when no counted measure has a value; *coverage (when given) gets the
// nominal share of the measures that had a value.
double score_row(const ScoringPlan& plan, const HealthInputs& inputs, size_t row, double* coverage = nullptr);

struct HealthScores {
    Date as_of;
    std::vector<float> score;              // 0-100; NaN when not scored (inactive, or no data at all)
    std::vector<HealthColor> computed;     // from the thresholds (none when not scored)
    std::vector<HealthColor> color;        // shown: an applying override's color, else computed
    std::vector<int32_t> override_index;   // index into the overrides list, -1 when none applies
    std::vector<InputMask> missing;        // counted measures without a value (active accounts only)
    std::vector<float> coverage;           // share of the nominal weight whose measures had a value, 0-1
};

// Rescores every row of `inputs` into `out` (resized only when the account count changes).
// `overrides` are matched to accounts by Account::id; when several apply, the last in the list wins.
void score_health(const Workspace& ws, const HealthInputs& inputs, const Scorecard& scorecard,
                  const std::vector<HealthOverride>& overrides, HealthScores& out);
HealthScores score_health(const Workspace& ws, const HealthInputs& inputs, const Scorecard& scorecard,
                          const std::vector<HealthOverride>& overrides = {});

// The rows of [first, last) only, with a compiled plan (the history and backtest jobs' inner loop);
// fills score and computed color and leaves overrides alone.
void score_rows(const ScoringPlan& plan, const HealthInputs& inputs, size_t first, size_t last,
                float* score, HealthColor* computed);

// Accounts per shown color: [none, red, yellow, green].
std::array<int32_t, 4> color_counts(const HealthScores& scores);

}  // namespace retain
