// Recorded renewal outcomes as JSON. The workspace file stores them under "renewal_outcomes", written
// only when there are some (docs/workspace-format.md), one object a line:
//   [{"account":"ACC-1","renewal":"2026-10-01","outcome":"contracted","arr":1200000,"reason":"...",
//     "recorded":"2026-10-03"}, ...]
// "arr" (the new contract's ARR in minor units) is null when not known. At most one outcome per account
// and renewal date. Reading never throws and names the place of a bad value.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

nlohmann::json renewal_outcome_to_json(const RenewalOutcome& o);
bool renewal_outcome_from_json(const nlohmann::json& json, const std::string& where, RenewalOutcome& out,
                               std::string& error);
bool renewal_outcomes_from_json(const nlohmann::json& list, const std::string& where,
                                std::vector<RenewalOutcome>& out, std::string& error);

}  // namespace retain
