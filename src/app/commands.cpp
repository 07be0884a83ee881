#include "app/commands.hpp"

#include <utility>

#include "app/command_support.hpp"
#include "app/undo.hpp"
#include "core/enum_names.hpp"

namespace retain {
namespace commands {
namespace {

const char* const kViewKeys[kViewCount] = {"overview", "accounts", "health", "revenue", "playbooks",
                                           "renewals", "journey", "team", "voice", "program", "data"};

CommandResult navigate(AppState& app, const json& args) {
    std::string key;
    ViewId v;
    if (!get_string(args, "view", key) || !parse_view(key, v))
        return fail("navigate: expected {view: one of overview, accounts, health, revenue, playbooks, "
                    "renewals, journey, team, voice, program, data}");
    app.view = v;
    return {};
}

CommandResult set_theme(AppState& app, const json& args) {
    std::string mode;
    get_string(args, "mode", mode);
    if (mode == "system") app.theme_mode = ThemeMode::system;
    else if (mode == "dark") app.theme_mode = ThemeMode::dark;
    else if (mode == "light") app.theme_mode = ThemeMode::light;
    else return fail("theme.set: expected {mode: \"system\", \"dark\" or \"light\"}");
    app.style_dirty = true;
    return {};
}


CommandResult sort_accounts(AppState& app, const json& args) {
    std::string column;
    AccountColumn c;
    if (!get_string(args, "column", column) || !parse_enum(column, c))
        return fail("accounts.sort: expected {column: name, segment, owner, arr, renewal or stage, descending: bool}");
    AccountsTableState& t = app.accounts_table;
    t.query.sort_column = c;
    t.query.descending = get_bool(args, "descending", false);
    t.dirty = true;
    return {};
}

CommandResult filter_accounts(AppState& app, const json& args) {
    std::string text;
    if (!get_string(args, "text", text)) return fail("accounts.filter: expected {text: string}");
    AccountsTableState& t = app.accounts_table;
    if (text.size() >= sizeof t.filter_text) return fail("accounts.filter: the search text is too long");
    t.query.filter = text;
    text.copy(t.filter_text, text.size());
    t.filter_text[text.size()] = '\0';
    t.dirty = true;
    t.scroll_to_top = true;
    return {};
}

CommandResult select_account(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id)) return fail("accounts.select: expected {id: account id}");
    const AccountIx ix = app.ws.find_account(id);
    if (ix == kNoAccount) return fail("accounts.select: no account with id \"" + id + "\"");
    app.selected = ix;
    return {};
}

CommandResult close_panel(AppState& app, const json&) {
    app.selected = kNoAccount;
    return {};
}


}  // namespace

void add_view_commands(std::vector<Entry>& out) {
    out.push_back({{"navigate", "{view}", "Show a view"}, navigate});
    out.push_back({{"theme.set", "{mode: system|dark|light}", "Choose the colour theme"}, set_theme});
    out.push_back({{"accounts.sort", "{column, descending}", "Sort the accounts table"}, sort_accounts});
    out.push_back({{"accounts.filter", "{text}", "Filter the accounts table"}, filter_accounts});
    out.push_back({{"accounts.select", "{id}", "Open an account's detail panel"}, select_account});
    out.push_back({{"panel.close", "{}", "Close the account panel"}, close_panel});
}

}  // namespace commands

namespace {

using commands::Entry;
using json = nlohmann::json;

const std::vector<Entry>& registry() {
    static const std::vector<Entry> entries = [] {
        std::vector<Entry> out;
        commands::add_view_commands(out);
        commands::add_workspace_commands(out);
        commands::add_import_commands(out);
        commands::add_mapping_commands(out);
        commands::add_export_commands(out);
        commands::add_health_commands(out);
        commands::add_metrics_commands(out);
        commands::add_health_calculator_commands(out);
        commands::add_undo_commands(out);
        commands::add_team_commands(out);
        commands::add_playbook_commands(out);
        commands::add_task_commands(out);
        commands::add_storage_commands(out);
        commands::add_renewal_commands(out);
        commands::add_voice_commands(out);
        commands::add_voice_view_commands(out);
        commands::add_program_commands(out);
        commands::add_report_commands(out);
        commands::add_journey_commands(out);
        commands::add_success_plan_commands(out);
        commands::add_handoff_commands(out);
        commands::add_touchpoint_commands(out);
        return out;
    }();
    return entries;
}

}  // namespace

const char* view_key(ViewId v) { return commands::kViewKeys[int(v)]; }

bool parse_view(const std::string& key, ViewId& out) { return parse_enum_name(commands::kViewKeys, key, out); }

CommandResult run_command(AppState& app, const std::string& name, const json& args) {
    for (const Entry& e : registry()) {
        if (name != e.info.name) continue;
        // The parts the command may change are copied first and kept as an undo step when it changed
        // the workspace (undo.hpp); a failed or no-op command leaves no step, and neither do commands a
        // command runs (the outer one's step covers them) nor opening a workspace over an empty one
        // (start-up: there is nothing to go back to).
        const WorkspaceParts parts = app.undo.depth == 0 ? undo_scope(name) : 0;
        if (parts == 0) return e.handler(app, args);
        UndoEntry step;
        step.label = e.info.description;
        step.parts = parts;
        copy_parts(app.ws, step.saved, parts);
        const uint64_t before = app.revision;
        struct Depth {  // restored however the handler returns
            int& d;
            explicit Depth(int& depth) : d(depth) { ++d; }
            ~Depth() { --d; }
        };
        CommandResult r;
        {
            const Depth inside(app.undo.depth);
            r = e.handler(app, args);
        }
        const bool from_nothing = parts == kAllParts && step.saved.accounts.empty();
        if (r.ok && app.revision != before && !from_nothing) {
            step.bytes = parts_bytes(step.saved, parts);
            app.undo.record(std::move(step));
        }
        return r;
    }
    return commands::fail("unknown command \"" + name + "\"");
}

void post_command(AppState& app, std::string name, json args) {
    app.pending.push_back({std::move(name), std::move(args)});
}

void apply_pending_commands(AppState& app) {
    // Swap first: a command may post more commands, which then run after the next frame.
    std::vector<PendingCommand> queue;
    queue.swap(app.pending);
    for (const PendingCommand& c : queue) {
        const CommandResult r = run_command(app, c.name, c.args);
        if (!r.ok) app.last_error = r.error;
    }
}

const std::vector<CommandInfo>& command_list() {
    static const std::vector<CommandInfo> list = [] {
        std::vector<CommandInfo> out;
        for (const Entry& e : registry()) out.push_back(e.info);
        return out;
    }();
    return list;
}

}  // namespace retain
