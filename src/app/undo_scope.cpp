// Which parts of the workspace each command may change (undo.hpp). Every registered command is listed,
// those that change nothing with 0: tests/views/undo_test.cpp fails when a new command is missing here,
// so no command changes the workspace without an undo step by oversight.
#include <cstring>

#include "app/undo.hpp"

namespace retain {
namespace {

struct Scope {
    const char* command;
    WorkspaceParts parts;
};

constexpr WorkspaceParts kHealth = kPartScorecard;

const Scope kScopes[] = {
    // What is shown: views, sorting, filters, panels, themes, exports, charts.
    {"navigate", 0}, {"theme.set", 0}, {"accounts.sort", 0}, {"accounts.filter", 0}, {"accounts.select", 0},
    {"panel.close", 0}, {"export.workspace", 0}, {"export.csv", 0}, {"export.cancel", 0}, {"health.run_backtest", 0},
    {"health.show", 0}, {"health.calculate", 0}, {"health.sort", 0}, {"health.filter", 0}, {"revenue.set_range", 0},
    {"revenue.set_breakdown", 0}, {"revenue.set_cohorts", 0}, {"revenue.show", 0}, {"data.fetch", 0},
    {"data.failed", 0}, {"edit.undo", 0}, {"edit.redo", 0},
    // The import being prepared lives beside the workspace until import.commit.
    {"import.pick_files", 0}, {"import.add", 0}, {"import.set_entity", 0}, {"import.set_mode", 0},
    {"import.remove", 0}, {"import.cancel", 0}, {"import.map_column", 0}, {"import.set_options", 0},
    {"import.apply_preset", 0},
    // The workspace.
    {"import.commit", kPartsData | kPartFeedback}, {"import.save_preset", kPartPresets}, {"presets.delete", kPartPresets},
    {"health.set_measure", kHealth}, {"health.add_measure", kHealth}, {"health.remove_measure", kHealth},
    {"health.set_group_weight", kHealth}, {"health.set_thresholds", kHealth}, {"health.reset_scorecard", kHealth},
    {"health.apply_proposal", kHealth}, {"health.override", kPartOverrides},
    {"health.clear_override", kPartOverrides}, {"metrics.set_settings", kPartMetricSettings},
    {"segments.add_rule", kPartSegmentRules}, {"segments.set_rule", kPartSegmentRules},
    {"segments.move_rule", kPartSegmentRules}, {"segments.delete_rule", kPartSegmentRules},
    {"segments.set_fallback", kPartSegmentRules}, {"segments.reset", kPartSegmentRules}, {"segments.placement", 0},
    {"team.set_ratio", kPartTeamSettings}, {"team.set_hire_thresholds", kPartTeamSettings}, {"team.set_task_limit", kPartTeamSettings},
    {"team.set_capacity", kPartCsms}, {"team.reassign", kPartAccounts}, {"team.apply_suggestions", kPartAccounts},
    {"team.show", 0},
    {"playbooks.run", kPartTasks}, {"playbooks.create", kPartPlaybooks}, {"playbooks.update", kPartPlaybooks},
    {"playbooks.duplicate", kPartPlaybooks}, {"playbooks.set_enabled", kPartPlaybooks},
    {"playbooks.delete", kPartPlaybooks | kPartTasks}, {"playbooks.edit", 0}, {"playbooks.show", 0},
    {"tasks.complete", kPartTasks}, {"tasks.skip", kPartTasks}, {"tasks.snooze", kPartTasks},
    {"tasks.reassign", kPartTasks}, {"tasks.reopen", kPartTasks}, {"tasks.set_outcome", kPartTasks},
    {"tasks.open", 0}, {"tasks.filter", 0},
    // Browser storage: opening a stored version happens later, outside any command (replace_workspace
    // then clears the history, which no longer describes the workspace on screen).
    {"storage.save_now", 0}, {"storage.restore", 0}, {"storage.load_latest", 0}, {"storage.keep_mine", 0},
    {"storage.export_raw", 0}, {"storage.clear", 0},
    {"renewals.record_outcome", kPartRenewalOutcomes}, {"renewals.clear_outcome", kPartRenewalOutcomes},
    {"renewals.set_window", 0}, {"renewals.sort", 0}, {"renewals.select", 0},
    {"feedback.add", kPartFeedback}, {"feedback.update", kPartFeedback}, {"feedback.delete", kPartFeedback},
    {"feedback.merge", kPartFeedback}, {"feedback.set_status", kPartFeedback}, {"notes.add", kPartNotes},
    {"notes.update", kPartNotes}, {"notes.delete", kPartNotes}, {"voice.show", 0}, {"voice.board", 0},
    {"voice.select_request", 0}, {"voice.search_notes", 0}, {"voice.sales_by", 0}, {"voice.export", 0},
    {"program.set_charter", kPartProgram}, {"program.set_step", kPartProgram},
    {"program.set_launch_start", kPartProgram}, {"program.set_launch_item", kPartProgram},
    {"program.open_step", 0}, {"program.show", 0}, {"reports.account", 0}, {"reports.team", 0},
    {"journey.record_milestone", kPartJourney}, {"journey.clear_milestone", kPartJourney},
    {"journey.set_stage", kPartAccounts | kPartJourney}, {"journey.set_stuck_days", kPartJourney}, {"journey.show", 0},
    {"success_plan.create", kPartSuccessPlans}, {"success_plan.update", kPartSuccessPlans},
    {"success_plan.add_item", kPartSuccessPlans}, {"success_plan.set_item", kPartSuccessPlans},
    {"success_plan.delete_item", kPartSuccessPlans}, {"success_plan.delete", kPartSuccessPlans},
    {"success_plan.record_first_value", kPartAccounts | kPartJourney}, {"handoff.set", kPartHandoffs}, {"handoff.delete", kPartHandoffs},
    {"touchpoints.log", kPartTouchpoints}, {"touchpoints.delete", kPartTouchpoints},
    // Opening another workspace replaces every part. data.open copies nothing itself: most of what
    // arrives is an export for the import (a copy of a 100,000-account workspace per dropped file, for
    // nothing); a workspace it runs as workspace.open, which keeps the step.
    {"workspace.open", kAllParts}, {"workspace.load_demo", kAllParts}, {"workspace.generate_demo", kAllParts},
    {"workspace.clear", kAllParts}, {"data.open", 0},
};

const Scope* find_scope(const std::string& command) {
    for (const Scope& s : kScopes)
        if (command == s.command) return &s;
    return nullptr;
}

}  // namespace

WorkspaceParts undo_scope(const std::string& command) {
    const Scope* s = find_scope(command);
    return s ? s->parts : 0;
}

bool known_command_scope(const std::string& command) { return find_scope(command) != nullptr; }

}  // namespace retain
