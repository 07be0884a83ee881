// Commands: the only way app state changes. The UI's buttons and shortcuts post them (applied between
// frames, after Render), and the page's `window.retain.command(name, args)` runs them directly — the
// same code, never a second implementation. Undo/redo and autosave hook in here later.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app_state.hpp"

namespace retain {

struct CommandResult {
    bool ok = true;
    std::string error;
    nlohmann::json data;
};

struct CommandInfo {
    const char* name;
    const char* args;  // argument summary for help text and the automation API
    const char* description;
};

// Runs a command now. Unknown names and bad arguments give ok=false and a message; state is unchanged.
CommandResult run_command(AppState& app, const std::string& name, const nlohmann::json& args);

namespace commands {
// The data.open command without its JSON: the bytes of a dropped file or a download, handed over by the
// platform, are moved into the import (or opened as a workspace), not copied. Through a JSON argument a
// 38 MB export was copied three times over, which set the import's peak memory.
CommandResult open_data_bytes(AppState& app, std::string bytes, const std::string& name, const std::string& source);
}  // namespace commands

// Queues a command to run after the current frame.
void post_command(AppState& app, std::string name, nlohmann::json args = nlohmann::json::object());

// Runs the queued commands in order (the platform calls it after Render).
void apply_pending_commands(AppState& app);

const std::vector<CommandInfo>& command_list();

// View ids as text ("overview", "playbooks") for commands and the automation API.
const char* view_key(ViewId v);
bool parse_view(const std::string& key, ViewId& out);

}  // namespace retain
