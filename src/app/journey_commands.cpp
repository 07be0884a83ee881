// Journey commands: recording and clearing an account's milestones, moving it to another lifecycle stage
// (Account::stage, with the date it entered it), the stuck thresholds, and the Journey view's picked stage.
// Milestones and thresholds change no analysis (the revision moves, the Journey overview is rebuilt from
// it); a stage change can move segments (rules read the stage), so it is analysed again.
#include "app/command_support.hpp"

namespace retain::commands {
namespace {

bool milestone_arg(const json& args, const char* command, Milestone& m, CommandResult& error) {
    std::string text;
    if (get_string(args, "milestone", text) && parse_enum(text, m)) return true;
    error = fail(std::string(command) + ": milestone must be kickoff, activation, first_value, adoption_depth, "
                                        "stakeholder_alignment or measurable_outcome");
    return false;
}

CommandResult record_milestone(AppState& app, const json& args) {
    const char* cmd = "journey.record_milestone";
    AccountIx ix = kNoAccount;
    Milestone m;
    CommandResult error;
    if (!account_arg(app, args, cmd, ix, error) || !milestone_arg(args, cmd, m, error)) return error;
    refresh_derived(app);
    MilestoneMark mark;
    mark.date = app.analysis.as_of;
    if (!date_arg(args, "date", cmd, mark.date, error)) return error;
    if (args.contains("by") && !get_string(args, "by", mark.by)) return fail(std::string(cmd) + ": by must be text");
    if (args.contains("note") && !get_string(args, "note", mark.note)) return fail(std::string(cmd) + ": note must be text");
    if (!mark.date.ok()) return fail(std::string(cmd) + ": no date given and the workspace has no as-of date");
    journey_entry(app.ws.journey, app.ws.accounts[ix].id).milestones[size_t(m)] = std::move(mark);
    mark_playbooks_changed(app);  // like tasks: the revision moves, nothing is analysed again
    return {};
}

CommandResult clear_milestone(AppState& app, const json& args) {
    const char* cmd = "journey.clear_milestone";
    AccountIx ix = kNoAccount;
    Milestone m;
    CommandResult error;
    if (!account_arg(app, args, cmd, ix, error) || !milestone_arg(args, cmd, m, error)) return error;
    const std::string& id = app.ws.accounts[ix].id;
    const AccountJourney* j = find_journey(app.ws.journey, id);
    if (!j || !j->milestones[size_t(m)].recorded())
        return fail(std::string(cmd) + ": " + id + " has no recorded " + milestone_label(m) + " milestone");
    journey_entry(app.ws.journey, id).milestones[size_t(m)] = MilestoneMark{};
    mark_playbooks_changed(app);
    return {};
}

CommandResult set_stage(AppState& app, const json& args) {
    const char* cmd = "journey.set_stage";
    AccountIx ix = kNoAccount;
    CommandResult error;
    if (!account_arg(app, args, cmd, ix, error)) return error;
    std::string text;
    LifecycleStage stage;
    if (!get_string(args, "stage", text) || !parse_enum(text, stage))
        return fail(std::string(cmd) + ": stage must be onboarding, adoption, value_realization, renewal, expansion or advocacy");
    refresh_derived(app);
    Date since = app.analysis.as_of;
    if (!date_arg(args, "since", cmd, since, error)) return error;
    Account& a = app.ws.accounts[ix];
    AccountJourney& j = journey_entry(app.ws.journey, a.id);
    if (a.stage == stage && j.stage_since == since) return {};
    a.stage = stage;
    j.stage_since = since;
    ++app.revision;  // segment rules may read the stage: analysed again
    return {};
}

CommandResult set_stuck_days(AppState& app, const json& args) {
    const char* cmd = "journey.set_stuck_days";
    std::string text;
    LifecycleStage stage;
    size_t days = 0;
    if (!get_string(args, "stage", text) || !parse_enum(text, stage) || !get_index(args, "days", days) || days > 3650)
        return fail(std::string(cmd) + ": expected {stage, days: 0 (never stuck) to 3650}");
    int32_t& limit = app.ws.journey.settings.stuck_days[size_t(stage)];
    if (limit == int32_t(days)) return {};
    limit = int32_t(days);
    mark_playbooks_changed(app);
    return {};
}

CommandResult show_stage(AppState& app, const json& args) {
    std::string text;
    LifecycleStage stage;
    if (!get_string(args, "stage", text)) return fail("journey.show: expected {stage: a stage or \"all\"}");
    if (text == "all") app.journey_view.stage = -1;
    else if (parse_enum(text, stage)) app.journey_view.stage = int(stage);
    else return fail("journey.show: unknown stage \"" + text + "\"");
    return {};
}

}  // namespace

void add_journey_commands(std::vector<Entry>& out) {
    out.push_back({{"journey.record_milestone", "{account, milestone, date?, by?, note?}",
                    "Record an account's journey milestone (date: the as-of date unless given)"},
                   record_milestone});
    out.push_back({{"journey.clear_milestone", "{account, milestone}", "Remove a recorded milestone"}, clear_milestone});
    out.push_back({{"journey.set_stage", "{account, stage, since?}", "Move an account to a lifecycle stage"}, set_stage});
    out.push_back({{"journey.set_stuck_days", "{stage, days}", "Days in a stage after which an account counts as stuck"},
                   set_stuck_days});
    out.push_back({{"journey.show", "{stage | \"all\"}", "List the Journey view's accounts of one stage"}, show_stage});
}

}  // namespace retain::commands
