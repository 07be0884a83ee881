// Task commands: the inbox's actions (complete with an outcome note, skip, snooze, reassign, reopen,
// set the outcome), its filter, and opening a task (its template and its account's panel). Dates are
// the analysis date: a task done "today" is done on the workspace's as-of date.
#include <utility>

#include "app/command_support.hpp"

namespace retain::commands {
namespace {

Task* find_task(AppState& app, const json& args, const char* command, CommandResult& error) {
    std::string id;
    if (!get_string(args, "id", id)) {
        error = fail(std::string(command) + ": expected {id: a task id}");
        return nullptr;
    }
    for (Task& t : app.ws.tasks)
        if (t.id == id) return &t;
    error = fail(std::string(command) + ": no task \"" + id + "\"");
    return nullptr;
}

// An optional outcome note; false when present and not text.
bool read_outcome(const json& args, std::string& out) {
    if (!args.is_object() || !args.contains("outcome")) return true;
    return get_string(args, "outcome", out);
}

Date today_of(AppState& app) {
    refresh_derived(app);
    return app.analysis.as_of;
}

CommandResult finish(AppState& app, const json& args, TaskStatus status, const char* command) {
    CommandResult error;
    Task* t = find_task(app, args, command, error);
    if (!t) return error;
    std::string outcome = t->outcome;
    if (!read_outcome(args, outcome)) return fail(std::string(command) + ": outcome must be text");
    t->status = status;
    t->outcome = std::move(outcome);
    t->completed = today_of(app);
    t->snoozed_until = Date();
    mark_playbooks_changed(app);
    return {};
}

CommandResult complete(AppState& app, const json& args) { return finish(app, args, TaskStatus::done, "tasks.complete"); }
CommandResult skip(AppState& app, const json& args) { return finish(app, args, TaskStatus::skipped, "tasks.skip"); }

CommandResult reopen(AppState& app, const json& args) {
    CommandResult error;
    Task* t = find_task(app, args, "tasks.reopen", error);
    if (!t) return error;
    t->status = TaskStatus::open;
    t->completed = Date();
    t->snoozed_until = Date();
    mark_playbooks_changed(app);
    return {};
}

CommandResult snooze(AppState& app, const json& args) {
    CommandResult error;
    Task* t = find_task(app, args, "tasks.snooze", error);
    if (!t) return error;
    Date until;
    std::string text;
    size_t days = 0;
    const Date today = today_of(app);
    if (get_string(args, "until", text)) {
        if (!parse_iso_date(text, until)) return fail("tasks.snooze: until must be a date YYYY-MM-DD, got \"" + text + "\"");
    } else if (get_index(args, "days", days) && days >= 1 && days <= 365) {
        until = today.plus_days(int32_t(days));
    } else {
        return fail("tasks.snooze: expected {id, until: YYYY-MM-DD} or {id, days: 1-365}");
    }
    if (until <= today) return fail("tasks.snooze: the snooze must end after " + format_iso(today));
    if (t->status == TaskStatus::done || t->status == TaskStatus::skipped)
        return fail("tasks.snooze: the task is finished; reopen it first");
    t->status = TaskStatus::snoozed;
    t->snoozed_until = until;
    mark_playbooks_changed(app);
    return {};
}

CommandResult reassign_task(AppState& app, const json& args) {
    CommandResult error;
    Task* t = find_task(app, args, "tasks.reassign", error);
    if (!t) return error;
    std::string owner;
    if (!get_string(args, "owner", owner)) return fail("tasks.reassign: expected {id, owner: a CSM id or \"\"}");
    if (!owner.empty() && !app.ws.find_csm(owner)) return fail("tasks.reassign: no CSM \"" + owner + "\"");
    t->owner = owner;
    mark_playbooks_changed(app);
    return {};
}

CommandResult set_outcome(AppState& app, const json& args) {
    CommandResult error;
    Task* t = find_task(app, args, "tasks.set_outcome", error);
    if (!t) return error;
    std::string outcome;
    if (!get_string(args, "outcome", outcome)) return fail("tasks.set_outcome: expected {id, outcome: text}");
    t->outcome = std::move(outcome);
    mark_playbooks_changed(app);
    return {};
}

// Opens a task in the inbox and its account's panel.
CommandResult open(AppState& app, const json& args) {
    CommandResult error;
    Task* t = find_task(app, args, "tasks.open", error);
    if (!t) return error;
    PlaybooksViewState& v = app.playbooks_view;
    v.open_task = t->id;
    const size_t n = std::min(t->outcome.size(), sizeof v.outcome - 1);
    t->outcome.copy(v.outcome, n);
    v.outcome[n] = '\0';
    const AccountIx a = app.ws.find_account(t->account);
    if (a != kNoAccount) app.selected = a;
    return {};
}

CommandResult filter(AppState& app, const json& args) {
    InboxFilter f = app.playbooks_view.filter;
    std::string text;
    if (get_string(args, "scope", text)) {
        if (text != "mine" && text != "team") return fail("tasks.filter: scope must be \"mine\" or \"team\"");
        f.team = text == "team";
    }
    if (get_string(args, "csm", text)) {
        if (!text.empty() && !app.ws.find_csm(text)) return fail("tasks.filter: no CSM \"" + text + "\"");
        f.csm = text;
    }
    if (get_string(args, "due", text)) {
        if (text == "all") f.due = InboxDue::all;
        else if (text == "overdue") f.due = InboxDue::overdue;
        else if (text == "week") f.due = InboxDue::this_week;
        else return fail("tasks.filter: due must be \"all\", \"overdue\" or \"week\"");
    }
    if (get_string(args, "sort", text)) {
        if (text == "priority") f.sort = InboxSort::priority;
        else if (text == "due") f.sort = InboxSort::due;
        else return fail("tasks.filter: sort must be \"priority\" or \"due\"");
    }
    if (get_string(args, "playbook", text)) f.playbook = text;  // "" = every playbook
    if (args.is_object() && args.contains("show_closed")) {
        if (!args["show_closed"].is_boolean()) return fail("tasks.filter: show_closed must be true or false");
        f.show_closed = args["show_closed"].get<bool>();
    }
    if (!f.team && f.csm.empty()) return fail("tasks.filter: \"mine\" needs a CSM: {scope: \"mine\", csm: id}");
    app.playbooks_view.filter = std::move(f);
    app.playbooks_view.dirty = true;
    return {};
}

}  // namespace

void add_task_commands(std::vector<Entry>& out) {
    out.push_back({{"tasks.complete", "{id, outcome?}", "Mark a task done, with an outcome note"}, complete});
    out.push_back({{"tasks.skip", "{id, outcome?}", "Mark a task skipped (not needed), with a note"}, skip});
    out.push_back({{"tasks.snooze", "{id, until | days}", "Hide a task until a date"}, snooze});
    out.push_back({{"tasks.reassign", "{id, owner}", "Give a task to another CSM (\"\" = unassigned)"}, reassign_task});
    out.push_back({{"tasks.reopen", "{id}", "Open a finished or snoozed task again"}, reopen});
    out.push_back({{"tasks.set_outcome", "{id, outcome}", "Write a task's outcome note"}, set_outcome});
    out.push_back({{"tasks.open", "{id}", "Show a task's template and open its account"}, open});
    out.push_back({{"tasks.filter", "{scope?: mine|team, csm?, due?: all|overdue|week, sort?: priority|due, show_closed?, playbook?}",
                    "Filter and sort the task inbox"},
                   filter});
}

}  // namespace retain::commands
