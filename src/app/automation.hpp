// The `window.retain` automation API's two calls, in C++ so the page and the native tests share them:
// a JSON summary of the app's state, and running a command given as JSON text.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "app/app_state.hpp"

namespace retain {

// {view, views, workspace{name, accounts, loaded_from}, account_count, selected_account, theme,
//  theme_mode, last_error, loading, frame, frame_ms, nav[{view,label,x,y,w,h}] (CSS pixels),
//  accounts_table{rows, sort_column, descending, filter, first_visible_row, visible_ids}, commands, ...}
// and one object per view section: metrics, health, team, playbooks, storage, renewals, voice, program,
// journey; and `work`, the long work under way. An analysis under way is finished first, so what it
// says is of the current revision.
nlohmann::json automation_state(AppState& app);
// The same without the view sections but `key` ("core" for none): what a script polling one part (a
// save's progress, say) asks for, at a fraction of the cost at 100,000 accounts. False for an unknown key.
// "work" alone is read as it is, finishing nothing: {work: {pending, analysis{running, progress,
// activity}, import_planning, export, backtest, history, saving, opening_stored, loaded_from, accounts, frame,
// frame_ms, longest_ms{storage_load, analysis, import_plan, export, health, save}: the longest one job's share of
// a slice between frames took}}.
bool automation_state_section(AppState& app, const std::string& key, nlohmann::json& out);

// Runs a command whose arguments are JSON text; returns {ok, error, data} as JSON text. Malformed
// JSON is reported, never thrown.
std::string run_automation_command(AppState& app, const std::string& name, const std::string& args_json);

}  // namespace retain
