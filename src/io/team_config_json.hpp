// The segment rules and team settings as JSON. The workspace file stores them under "segment_rules"
// and "team_settings" (docs/workspace-format.md); the automation API's segments.* and team.* commands
// take the same forms.
//
//   "segment_rules": {"rules":[
//       {"name":"Enterprise by ARR","segment":"Enterprise","model":"high_touch","when":[{"field":"arr","min":10000000}]},
//       {"name":"Complex","segment":"Mid-market","model":"hybrid","when":[{"field":"custom","key":"integrations","min":5},
//                                                                         {"field":"industry","any_of":["Healthcare"]}]}],
//     "fallback":{"name":"Everyone else","segment":"SMB","model":"tech_touch"}}
//   "team_settings": {"ratios":{"high_touch":{"low":10,"high":20},...},"first_hire_arr":100000000,
//                     "first_hire_customers":100}
//
// ARR bounds and the hire threshold are in minor units, like all money in the file. Reading never
// throws, checks every value (segment_rules_problem, team_settings_problem) and names the place.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "core/workspace.hpp"

namespace retain {

nlohmann::json segment_rule_to_json(const SegmentRule& rule, bool fallback = false);
bool segment_rule_from_json(const nlohmann::json& json, const std::string& where, bool fallback, SegmentRule& out,
                            std::string& error);
nlohmann::json segment_rules_to_json(const SegmentRules& rules);
bool segment_rules_from_json(const nlohmann::json& json, const std::string& where, SegmentRules& out, std::string& error);

nlohmann::json team_settings_to_json(const TeamSettings& settings);
bool team_settings_from_json(const nlohmann::json& json, const std::string& where, TeamSettings& out, std::string& error);

}  // namespace retain
