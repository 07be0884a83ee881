// Feedback items and account notes as JSON. The workspace file stores them under "feedback" and "notes",
// written only when there are some (docs/workspace-format.md), one object a line:
//   "feedback": [{"account":"ACC-1","area":"Integrations","author":"csm-2","date":"2026-03-02",
//                 "detail":"...","id":"FB-1","kind":"feature_request","status":"planned","title":"SSO with Okta"}]
//     plus "request" (the request key it was attached to) and "competitor" when not empty.
//   "notes": [{"account":"ACC-1","author":"csm-2","date":"2026-03-02","id":"N-1","text":"..."}]
// Ids are unique within each list; every item and note names an account, a date, and a title or text.
// Reading never throws and names the place of a bad value.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

nlohmann::json feedback_to_json(const FeedbackItem& f);
bool feedback_from_json(const nlohmann::json& json, const std::string& where, FeedbackItem& out, std::string& error);
bool feedback_list_from_json(const nlohmann::json& list, const std::string& where, std::vector<FeedbackItem>& out,
                             std::string& error);

nlohmann::json note_to_json(const AccountNote& n);
bool note_from_json(const nlohmann::json& json, const std::string& where, AccountNote& out, std::string& error);
bool notes_from_json(const nlohmann::json& list, const std::string& where, std::vector<AccountNote>& out,
                     std::string& error);

}  // namespace retain
