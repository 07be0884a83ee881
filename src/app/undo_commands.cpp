// edit.undo and edit.redo (undo.hpp): swap the newest step's saved parts back into the workspace.
#include "app/command_support.hpp"
#include "app/undo.hpp"

namespace retain {
namespace commands {
namespace {

// Swaps `entry`'s parts with the workspace's, so `entry` then holds what was displaced, and tells the
// derived data what changed (a scorecard-only step rescores instead of analysing everything again).
void swap_step(AppState& app, UndoEntry& entry) {
    const std::string selected_id =
        app.selected != kNoAccount && app.selected < app.ws.accounts.size() ? app.ws.accounts[app.selected].id : "";
    swap_parts(app.ws, entry.saved, entry.parts);
    entry.bytes = parts_bytes(entry.saved, entry.parts);
    const auto only = [&](WorkspaceParts allowed) { return (entry.parts & ~allowed) == 0; };
    if (only(kPartPlaybooks | kPartTasks | kPartRenewalOutcomes | kPartJourney | kPartSuccessPlans | kPartHandoffs)) {
        mark_playbooks_changed(app);  // bumps the revision, and redraws the inbox
    } else {
        ++app.revision;
        if (only(kPartScorecard | kPartOverrides)) ++app.health_revision;
        else if (only(kPartMetricSettings)) ++app.settings_revision;
        else if (only(kPartSegmentRules | kPartTeamSettings)) ++app.team_revision;
    }
    if (entry.parts & kPartAccounts) app.selected = selected_id.empty() ? kNoAccount : app.ws.find_account(selected_id);
}

// Takes the newest step of `from`, swaps it in, and keeps it as the newest of `to` (not through
// UndoHistory::record, which would clear the redo steps).
CommandResult move_step(AppState& app, std::vector<UndoEntry>& from, std::vector<UndoEntry>& to, const char* verb) {
    if (from.empty()) return fail(std::string("edit.") + verb + ": there is nothing to " + verb);
    UndoEntry entry = std::move(from.back());
    from.pop_back();
    swap_step(app, entry);
    app.notice = std::string(verb == std::string("undo") ? "Undone: " : "Redone: ") + entry.label + ".";
    CommandResult r;
    r.data = {{verb == std::string("undo") ? "undone" : "redone", entry.label}};
    to.push_back(std::move(entry));
    return r;
}

CommandResult undo(AppState& app, const json&) { return move_step(app, app.undo.undo, app.undo.redo, "undo"); }
CommandResult redo(AppState& app, const json&) { return move_step(app, app.undo.redo, app.undo.undo, "redo"); }

}  // namespace

void add_undo_commands(std::vector<Entry>& out) {
    out.push_back({{"edit.undo", "{}", "Undo the last change to the workspace"}, undo});
    out.push_back({{"edit.redo", "{}", "Redo the last undone change"}, redo});
}

}  // namespace commands
}  // namespace retain
