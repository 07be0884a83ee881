// Why an account has its score: every counted measure's raw value, score, share of the weight and
// contribution in points, the inputs that were missing, and a one-line "why" for lists and tooltips
// ("Red: active users down 45% in 30 days; champion left"). Rules: docs/metrics.md, "Health score:
// explanation".
#pragma once
#include <string>
#include <vector>

#include "core/health/health_score.hpp"

namespace retain {

struct MeasureExplanation {
    std::string id;
    std::string label;
    MeasureGroup group = MeasureGroup::usage;
    bool has_value = false;
    double raw = 0;           // meaningful when has_value
    double score = 0;         // 0-100 by the measure's scheme
    double share = 0;         // share of the overall score this measure carried for this account (0-1)
    double contribution = 0;  // points of the overall score: share x score
    std::string text;         // the raw value in words: "45% of seats active"; "no data" when missing
};

struct HealthExplanation {
    bool active = false;
    double score = 0;  // NaN when not scored
    HealthColor computed = HealthColor::none;
    HealthColor color = HealthColor::none;
    int32_t override_index = -1;
    std::vector<MeasureExplanation> measures;  // counted measures, in scorecard order
    std::vector<std::string> missing;          // labels of counted measures without a value
    std::string why;
};

// `scores` must come from the same inputs, scorecard and overrides.
HealthExplanation explain_health(const Workspace& ws, const HealthInputs& inputs, const Scorecard& scorecard,
                                 const HealthScores& scores, const std::vector<HealthOverride>& overrides,
                                 AccountIx account);

// A raw value in words, as the why line uses it. key_features: the workspace's key feature count
// (for "2 of 5 key features used"; 0 gives a percentage).
std::string describe_measure(HealthInput input, double raw, size_t key_features = 0);

}  // namespace retain
