// The team's health and metric settings as JSON: the scorecard, the CSMs' overrides and the metric
// settings. The workspace file stores them under "scorecard", "health_overrides" and "metric_settings"
// (docs/workspace-format.md); the automation API takes the same forms.
//
//   "scorecard": {"thresholds":{"green_from":75,"red_below":50},
//                 "group_weights":{"usage":1,"engagement":1,...},
//                 "measures":[{"id":"active_user_ratio","group":"usage","label":"Active users / seats",
//                              "weight":1,"enabled":true,
//                              "scheme":{"kind":"linear","direction":"higher_is_better","low":0.1,"high":0.7}}, ...]}
//   "health_overrides": [{"account":"ACC-1","color":"green","reason":"...","author":"CSM-02",
//                         "created":"2026-11-01","expires":"2026-12-01"}]
//   "metric_settings": {"gross_margin_pct":80,"cs_team_cost_per_year":50000000,"baseline_annual_churn_bp":1500}
//
// Reading never throws, checks every value (a scorecard must be able to score: scorecard_problem) and
// fails naming the place: `scorecard.measures[2].scheme.kind: expected "bands" or "linear"`.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

nlohmann::json scorecard_to_json(const Scorecard& scorecard);
// On failure returns false, leaves `out` unchanged and sets `error` to "<where>: <what>" (where starts
// with `where`).
bool scorecard_from_json(const nlohmann::json& json, const std::string& where, Scorecard& out, std::string& error);

nlohmann::json health_override_to_json(const HealthOverride& o);
bool health_override_from_json(const nlohmann::json& json, const std::string& where, HealthOverride& out,
                               std::string& error);

nlohmann::json metric_settings_to_json(const MetricSettings& settings);
bool metric_settings_from_json(const nlohmann::json& json, const std::string& where, MetricSettings& out,
                               std::string& error);

}  // namespace retain
