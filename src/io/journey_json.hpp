// The journey, success plans and handoffs as JSON (docs/workspace-format.md "journey", "journey_settings",
// "success_plans", "handoffs"). The workspace file writes each key only when it holds something, one
// object a line:
//   "journey": [{"account":"ACC-1","stage_since":"2026-01-05","milestones":{"kickoff":{"date":"2026-01-07",
//                "by":"Ana","note":""}}}, ...]          (only recorded milestones are written)
//   "journey_settings": {"stuck_days":{"onboarding":90,"adoption":120,...}}
//   "success_plans": [{"account":"ACC-1","template":"custom","outcomes":"...","success_criteria":"...",
//                      "owner":"...","created":"2026-01-07","items":[{"day":30,"goal":"...","milestone":"...",
//                      "owner":"...","proof":"...","status":"done","done":"2026-02-01"}, ...]}, ...]
//   "handoffs": [{"account":"ACC-1","sold":"...","goals":"...","success_criteria":"...","champion":"...",
//                 "executive_sponsor":"...","promises":"...","risks":"...","technical":"...",
//                 "expected_ttv_days":30,"sales_owner":"...","date":"2026-01-02"}, ...]
// At most one entry per account in each list. Reading never throws and names the place of a bad value.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

nlohmann::json account_journey_to_json(const AccountJourney& j);
nlohmann::json journey_settings_to_json(const JourneySettings& s);
nlohmann::json success_plan_to_json(const SuccessPlan& p);
nlohmann::json handoff_to_json(const Handoff& h);

bool journeys_from_json(const nlohmann::json& list, const std::string& where, std::vector<AccountJourney>& out,
                        std::string& error);
bool journey_settings_from_json(const nlohmann::json& j, const std::string& where, JourneySettings& out,
                                std::string& error);
bool success_plans_from_json(const nlohmann::json& list, const std::string& where, std::vector<SuccessPlan>& out,
                             std::string& error);
bool handoffs_from_json(const nlohmann::json& list, const std::string& where, std::vector<Handoff>& out,
                        std::string& error);

}  // namespace retain
