#include "core/health/health_score.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace retain {
namespace {

constexpr float kNotScored = std::numeric_limits<float>::quiet_NaN();

// scheme_score() for the inner loop: inlined, and linear schemes precomputed as a line.
inline double item_score(const ScoringPlan::Item& it, double raw) {
    if (it.scheme.kind == SchemeKind::linear && it.scheme.high > it.scheme.low)
        return std::min(100.0, std::max(0.0, it.offset + it.slope * raw));
    return scheme_score(it.scheme, raw);
}

}  // namespace

ScoringPlan compile_scorecard(const Scorecard& scorecard) {
    ScoringPlan plan;
    plan.group_weights = scorecard.group_weights;
    plan.thresholds = scorecard.thresholds;
    for (const Measure& m : scorecard.measures) {
        HealthInput in;
        if (!m.enabled || !(m.weight > 0) || !(scorecard.group_weights[size_t(m.group)] > 0)) continue;
        if (!find_health_input(m.id, in) || (plan.counted & input_bit(in))) continue;  // unknown or repeated
        double slope = 0, offset = 0;
        if (m.scheme.high > m.scheme.low) {  // 0 at low and 100 at high (reversed when lower is better)
            slope = 100.0 / (m.scheme.high - m.scheme.low);
            offset = -slope * m.scheme.low;
            if (m.scheme.direction == Direction::lower_is_better) { slope = -slope; offset = 100.0 - offset; }
        }
        plan.items.push_back({in, m.group, m.weight, m.scheme, 0.0, slope, offset});
        plan.counted |= input_bit(in);
    }
    // Nominal shares: a group's share of the groups that have counted measures, times the measure's
    // share of its group.
    std::array<double, kMeasureGroupCount> group_total{};
    for (const ScoringPlan::Item& it : plan.items) group_total[size_t(it.group)] += it.weight;
    double all_groups = 0;
    for (size_t g = 0; g < group_total.size(); ++g) all_groups += group_total[g] > 0 ? plan.group_weights[g] : 0;
    for (ScoringPlan::Item& it : plan.items)
        it.nominal_share = plan.group_weights[size_t(it.group)] / all_groups * it.weight / group_total[size_t(it.group)];
    return plan;
}

void measure_weight_shares(const ScoringPlan& plan, InputMask present, std::array<double, kHealthInputCount>& shares) {
    shares.fill(0);
    std::array<double, kMeasureGroupCount> group_weight{};
    for (const ScoringPlan::Item& it : plan.items)
        if (present & input_bit(it.input)) group_weight[size_t(it.group)] += it.weight;
    double groups = 0;
    for (size_t g = 0; g < group_weight.size(); ++g) groups += group_weight[g] > 0 ? plan.group_weights[g] : 0;
    if (!(groups > 0)) return;
    for (const ScoringPlan::Item& it : plan.items) {
        const size_t g = size_t(it.group);
        if (present & input_bit(it.input)) shares[size_t(it.input)] = plan.group_weights[g] / groups * it.weight / group_weight[g];
    }
}

// The one place the redistribution rule is applied: a group's score is the weighted mean of its
// measures with a value, the overall score the weighted mean of the groups with a score.
double score_row(const ScoringPlan& plan, const HealthInputs& inputs, size_t row, double* coverage) {
    std::array<double, kMeasureGroupCount> weighted{}, weight{};
    const InputMask present = inputs.present[row];
    double covered = 0;
    for (const ScoringPlan::Item& it : plan.items) {
        if (!(present & input_bit(it.input))) continue;
        const size_t g = size_t(it.group);
        weighted[g] += it.weight * item_score(it, inputs.values[size_t(it.input)][row]);
        weight[g] += it.weight;
        covered += it.nominal_share;
    }
    if (coverage) *coverage = covered;
    double total = 0, total_weight = 0;
    for (size_t g = 0; g < weight.size(); ++g) {
        if (!(weight[g] > 0)) continue;  // a group with no value at all: its weight goes to the others
        total += plan.group_weights[g] * (weighted[g] / weight[g]);
        total_weight += plan.group_weights[g];
    }
    if (!(total_weight > 0)) return std::numeric_limits<double>::quiet_NaN();
    // Raw inputs are stored as 32-bit floats (0.35 is 0.34999999); rounding to 0.0001 drops that noise
    // so a score that is 70 by hand is 70, and green, here too.
    return double(int64_t(total / total_weight * 1e4 + 0.5)) / 1e4;  // scores are >= 0; no libm call in the loop
}

void score_rows(const ScoringPlan& plan, const HealthInputs& inputs, size_t first, size_t last, float* score,
                HealthColor* computed) {
    for (size_t r = first; r < last; ++r) {
        const double v = inputs.active[r] ? score_row(plan, inputs, r) : std::nan("");
        score[r] = std::isnan(v) ? kNotScored : float(v);
        computed[r] = std::isnan(v) ? HealthColor::none : color_for(v, plan.thresholds);
    }
}

void score_health(const Workspace& ws, const HealthInputs& inputs, const Scorecard& scorecard,
                  const std::vector<HealthOverride>& overrides, HealthScores& out) {
    const ScoringPlan plan = compile_scorecard(scorecard);
    const size_t n = inputs.rows;
    out.as_of = inputs.as_of;
    out.score.resize(n);
    out.computed.resize(n);
    out.color.resize(n);
    out.override_index.assign(n, -1);
    out.missing.resize(n);
    out.coverage.resize(n);
    for (size_t r = 0; r < n; ++r) {
        double coverage = 0;
        const double v = inputs.active[r] ? score_row(plan, inputs, r, &coverage) : std::nan("");
        out.score[r] = std::isnan(v) ? kNotScored : float(v);
        out.computed[r] = out.color[r] = std::isnan(v) ? HealthColor::none : color_for(v, plan.thresholds);
        out.missing[r] = inputs.active[r] ? plan.counted & ~inputs.present[r] : 0;
        out.coverage[r] = float(coverage);
    }
    for (size_t i = 0; i < overrides.size(); ++i) {
        const HealthOverride& o = overrides[i];
        if (!override_applies(o, inputs.as_of)) continue;
        const AccountIx a = ws.find_account(o.account_id);
        if (a >= n || !inputs.active[a]) continue;  // an override never colors a non-customer
        out.color[a] = o.color;
        out.override_index[a] = int32_t(i);
    }
}

HealthScores score_health(const Workspace& ws, const HealthInputs& inputs, const Scorecard& scorecard,
                          const std::vector<HealthOverride>& overrides) {
    HealthScores out;
    score_health(ws, inputs, scorecard, overrides, out);
    return out;
}

std::array<int32_t, 4> color_counts(const HealthScores& scores) {
    std::array<int32_t, 4> counts{};
    for (HealthColor c : scores.color) ++counts[size_t(c)];
    return counts;
}

}  // namespace retain
