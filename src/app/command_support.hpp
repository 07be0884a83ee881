// Shared by the command files: the registry entry type, failure results and argument readers that never
// throw (bad automation input is a message, not a crash). Internal to src/app.
#pragma once
#include <string>
#include <vector>

#include "app/commands.hpp"

namespace retain::commands {

using json = nlohmann::json;
using Handler = CommandResult (*)(AppState&, const json&);

struct Entry {
    CommandInfo info;
    Handler handler;
};

CommandResult fail(std::string message);
bool get_string(const json& args, const char* key, std::string& out);
bool get_bool(const json& args, const char* key, bool fallback);
// A whole number from 0 (JSON from the page parses as unsigned, from C++ literals as signed).
bool get_index(const json& args, const char* key, size_t& out);

// Each command family registers its commands (commands.cpp builds the list from these, in this order).
void add_view_commands(std::vector<Entry>& out);       // commands.cpp: navigate, theme, accounts table
void add_workspace_commands(std::vector<Entry>& out);  // workspace_commands.cpp: open, demo, URL, data
void add_import_commands(std::vector<Entry>& out);     // import_commands.cpp
void add_mapping_commands(std::vector<Entry>& out);    // mapping_commands.cpp: columns, options, presets
void add_export_commands(std::vector<Entry>& out);     // export_commands.cpp
void add_health_commands(std::vector<Entry>& out);     // health_commands.cpp: scorecard, overrides, backtest
void add_metrics_commands(std::vector<Entry>& out);    // metrics_commands.cpp: metric settings, Revenue controls
void add_health_calculator_commands(std::vector<Entry>& out);  // health_calculator_commands.cpp
void add_undo_commands(std::vector<Entry>& out);       // undo_commands.cpp: edit.undo, edit.redo
void add_team_commands(std::vector<Entry>& out);       // team_commands.cpp: segment rules, ratios, reassignment
void add_playbook_commands(std::vector<Entry>& out);   // playbook_commands.cpp: library, editor, run
void add_task_commands(std::vector<Entry>& out);       // task_commands.cpp: the inbox and its filter
void add_renewal_commands(std::vector<Entry>& out);    // renewal_commands.cpp: outcomes, the Renewals view
void add_program_commands(std::vector<Entry>& out);    // program_commands.cpp: charter, steps, launch plan
void add_report_commands(std::vector<Entry>& out);     // report_commands.cpp: QBR pack and team report
void add_journey_commands(std::vector<Entry>& out);    // journey_commands.cpp: milestones, stages, the Journey view
void add_success_plan_commands(std::vector<Entry>& out);  // success_plan_commands.cpp: plans, first value
void add_handoff_commands(std::vector<Entry>& out);    // handoff_commands.cpp: sales-to-CS handoffs
void add_touchpoint_commands(std::vector<Entry>& out); // touchpoint_commands.cpp: log and delete touchpoints

// The account named by args[key] (an account id); false with `error` set to "<command>: ..." otherwise
// (account_arg.cpp).
bool account_arg(const AppState& app, const json& args, const char* command, AccountIx& ix, CommandResult& error,
                 const char* key = "account");
// An optional date argument: absent or "" keeps `out`; else YYYY-MM-DD (account_arg.cpp).
bool date_arg(const json& args, const char* key, const char* command, Date& out, CommandResult& error);

// Playbooks and tasks changed: the workspace revision moves (autosave, tiles) but nothing is reanalysed.
void mark_playbooks_changed(AppState& app);
void add_storage_commands(std::vector<Entry>& out);    // storage_commands.cpp: save, restore, versions, start over

void add_voice_commands(std::vector<Entry>& out);     // voice_commands.cpp: feedback items and notes
void add_voice_view_commands(std::vector<Entry>& out);  // voice_view_commands.cpp: the view, the board as CSV

// Downloads (export_commands.cpp): a file name every system accepts ("Northwind (demo)" ->
// "northwind-demo"), and the file offered through the platform's download, {filename, bytes} as the result.
std::string file_stem(const std::string& name);
CommandResult offer_download(AppState& app, const std::string& filename, const char* mime, const std::string& data);

// Used across families: data that is not a workspace goes into the import (workspace -> import).
CommandResult add_import_file(AppState& app, const std::string& name, std::string bytes);
// Import -> mapping: rebuilds the plan after its sources changed, and the files' summary as a result.
void replan_import(AppState& app);
CommandResult import_summary(const AppState& app);
// The index of the import file named by args.file, when there is one.
bool import_file_index(const AppState& app, const json& args, size_t& out);

}  // namespace retain::commands
