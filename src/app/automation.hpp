// The `window.retain` automation API's two calls, in C++ so the page and the native tests share them:
// a JSON summary of the app's state, and running a command given as JSON text.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "app/app_state.hpp"

namespace retain {

// {view, views, workspace{name, accounts, loaded_from}, account_count, selected_account, theme,
//  theme_mode, last_error, loading, frame, frame_ms, nav[{view,label,x,y,w,h}] (CSS pixels),
//  accounts_table{rows, sort_column, descending, filter, first_visible_row, visible_ids}, commands}
nlohmann::json automation_state(const AppState& app);

// Runs a command whose arguments are JSON text; returns {ok, error, data} as JSON text. Malformed
// JSON is reported, never thrown.
std::string run_automation_command(AppState& app, const std::string& name, const std::string& args_json);

}  // namespace retain
