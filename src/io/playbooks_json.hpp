// Playbooks and tasks as JSON. The workspace file stores them under "playbooks" and "tasks"
// (docs/workspace-format.md); the automation API (playbooks.create / update) takes the same forms.
//
//   "playbooks": written only when the list differs from the built-in library (absent = the library):
//     [{"id":"pb-risk-save","name":"Risk: save play","enabled":true,"category":"Risk",
//       "trigger":{"kind":"health_color","color":"red"},"segment":"","stage":null,"cooldown_days":90,
//       "goal":"...","steps":[{"title":"...","role":"csm","due_days":2,"kind":"checklist","text":"..."}],
//       "success":{"kind":"health_green","days":90}}, ...]
//   "tasks": written only when there are tasks:
//     [{"id":"T-ACC-1-pb-risk-save-0-20261115","account":"ACC-1","playbook":"pb-risk-save","step":0,
//       "title":"...","owner":"CSM-02","role":"csm","created":"2026-11-15","due":"2026-11-17",
//       "priority":85,"status":"open","snoozed_until":null,"outcome":"","completed":null}, ...]
//
// A trigger object carries only the parameters its kind reads (trigger_params); a missing one keeps the
// default. Reading never throws and names the place of a bad value.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

nlohmann::json playbook_to_json(const Playbook& p);
// Fills `out` from `json` over the values already in it (a partial object edits them); checks
// playbook_problem. On failure returns false, leaves `out` unchanged and sets error "<where>: <what>".
bool playbook_from_json(const nlohmann::json& json, const std::string& where, Playbook& out, std::string& error);

nlohmann::json task_to_json(const Task& t);
bool task_from_json(const nlohmann::json& json, const std::string& where, Task& out, std::string& error);

// True when the list is exactly the built-in library (then the file leaves "playbooks" out).
bool is_builtin_library(const std::vector<Playbook>& playbooks);

// Reads a whole "playbooks" list (ids unique) or "tasks" list (ids unique).
bool playbooks_from_json(const nlohmann::json& list, const std::string& where, std::vector<Playbook>& out,
                         std::string& error);
bool tasks_from_json(const nlohmann::json& list, const std::string& where, std::vector<Task>& out, std::string& error);

}  // namespace retain
