// The Playbooks & Tasks view's derived tables (playbooks_state.hpp): the inbox rows (filtered, then
// sorted by priority or due date with the task id as the tie-break, so the order is stable) and the
// plays with their success outcome. Rebuilt only when the workspace revision or the filter changes.
#include <algorithm>

#include "app/commands.hpp"
#include "app/views/views.hpp"

namespace retain {
namespace {

bool in_scope(const InboxFilter& f, const Task& t) { return f.team || t.owner == f.csm; }

bool passes(const InboxFilter& f, const Task& t, Date as_of) {
    if (!in_scope(f, t)) return false;
    if (!f.playbook.empty() && t.playbook != f.playbook) return false;
    if (!f.show_closed && !task_is_active(t, as_of)) return false;
    if (f.due == InboxDue::overdue) return task_is_overdue(t, as_of);
    if (f.due == InboxDue::this_week) return task_is_due_this_week(t, as_of);
    return true;
}

void build_rows(AppState& app) {
    PlaybooksViewState& v = app.playbooks_view;
    const Date as_of = app.analysis.as_of;
    const std::vector<Task>& tasks = app.ws.tasks;
    v.rows.clear();
    for (uint32_t i = 0; i < tasks.size(); ++i)
        if (passes(v.filter, tasks[i], as_of)) v.rows.push_back(i);
    const bool by_due = v.filter.sort == InboxSort::due;
    std::sort(v.rows.begin(), v.rows.end(), [&](uint32_t x, uint32_t y) {
        const Task& a = tasks[x];
        const Task& b = tasks[y];
        if (by_due && a.due != b.due) return a.due < b.due;
        if (a.priority != b.priority) return a.priority > b.priority;
        if (!by_due && a.due != b.due) return a.due < b.due;
        return a.id < b.id;
    });
    v.counts = count_tasks(tasks, as_of, v.filter.team ? nullptr : &v.filter.csm);
}

}  // namespace

void refresh_playbooks_cache(AppState& app) {
    refresh_derived(app);
    PlaybooksViewState& v = app.playbooks_view;
    if (v.dirty || v.built_revision != app.revision) {
        build_rows(app);
        v.built_revision = app.revision;
        v.dirty = false;
    }
    if (v.plays_revision != app.revision) {
        // The weekly health history, once computed, gives the score-drop trigger its past scores for free.
        const HealthHistory* history = app.health_view.history_ready ? &app.health_view.history : nullptr;
        const PlaybookContext ctx = make_playbook_context(app.ws, app.analysis, history);
        v.plays = play_statuses(app.ws, ctx);
        v.plays_revision = app.revision;
    }
    if (!v.draft_loaded && !v.editing.empty()) v.editing.clear();
}

nlohmann::json playbooks_automation_state(const AppState& app) {
    using json = nlohmann::json;
    const PlaybooksViewState& v = app.playbooks_view;
    int32_t enabled = 0;
    json ids = json::array();
    for (const Playbook& p : app.ws.playbooks) {
        enabled += p.enabled ? 1 : 0;
        ids.push_back(p.id);
    }
    json inbox = json::array();
    // The rows index the tasks of the revision they were built from: after a load they are stale until the
    // view draws again, so they are listed only when current.
    const bool current = v.built_revision == app.revision;
    for (size_t i = 0; current && i < v.rows.size() && i < 50; ++i) {
        const Task& t = app.ws.tasks[v.rows[i]];
        inbox.push_back({{"id", t.id}, {"account", t.account}, {"playbook", t.playbook}, {"title", t.title},
                         {"owner", t.owner}, {"due", format_iso(t.due)}, {"priority", t.priority},
                         {"status", to_string(t.status)}});
    }
    int32_t met = 0, not_met = 0, finished = 0;
    for (const PlayStatus& p : v.plays) {
        if (!p.complete()) continue;
        ++finished;
        met += p.outcome == PlayOutcome::met ? 1 : 0;
        not_met += p.outcome == PlayOutcome::not_met ? 1 : 0;
    }
    const TaskCounts all = count_tasks(app.ws.tasks, app.analysis.as_of);
    const float scale = app.pixel_scale > 0 ? app.pixel_scale : 1.0f;
    auto rect = [&](const float (&r)[4]) {
        return json{{"x", r[0] / scale}, {"y", r[1] / scale}, {"w", r[2] / scale}, {"h", r[3] / scale}};
    };
    return {{"tab", to_string(v.tab)},
            {"count", app.ws.playbooks.size()},
            {"enabled", enabled},
            {"ids", ids},
            {"editing", v.editing},
            {"last_run_created", v.last_run_created},
            {"run_button", rect(v.run_button)},
            {"complete_button", rect(v.complete_button)},
            {"tasks", {{"total", app.ws.tasks.size()}, {"active", all.active}, {"overdue", all.overdue},
                       {"due_this_week", all.due_this_week}, {"done", all.done}}},
            {"inbox", {{"rows", current ? v.rows.size() : 0}, {"scope", v.filter.team ? "team" : "mine"}, {"csm", v.filter.csm}, {"playbook", v.filter.playbook},
                       {"open_task", v.open_task}, {"visible", inbox}}},
            {"plays", {{"total", v.plays.size()}, {"finished", finished}, {"met", met}, {"not_met", not_met}}}};
}

}  // namespace retain
