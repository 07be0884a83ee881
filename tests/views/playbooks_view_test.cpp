// The Playbooks & Tasks view as a CSM uses it on the demo: "Run now" clicked like a user creates tasks
// and a second click none; the inbox filters and opens a task, "Complete" clicked with a note; the
// library's edits go through commands, bad ones refused with nothing changed; the Overview's tile and
// the account panel show the tasks.
#include <doctest/doctest.h>

#include <map>

#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

namespace {

void click_on(Harness& h, const float (&r)[4]) {
    REQUIRE(r[2] > 0);
    h.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
}

const Task* find_task(const AppState& app, const std::string& id) {
    for (const Task& t : app.ws.tasks)
        if (t.id == id) return &t;
    return nullptr;
}

void open_playbooks(Harness& h) {
    load_demo(h);
    REQUIRE(run_command(h.app, "navigate", {{"view", "playbooks"}}).ok);
    h.frames(3);
}

}  // namespace

TEST_CASE("Run now, clicked, creates tasks from the demo; a second click creates none") {
    Harness h;
    open_playbooks(h);
    CHECK(h.app.ws.tasks.empty());
    click_on(h, h.app.playbooks_view.run_button);
    const size_t first = h.app.ws.tasks.size();
    CHECK(first > 20);
    CHECK(h.app.playbooks_view.last_run_created == int32_t(first));
    CHECK(h.app.playbooks_view.rows.size() > 0);
    click_on(h, h.app.playbooks_view.run_button);
    CHECK(h.app.ws.tasks.size() == first);
    CHECK(h.app.playbooks_view.last_run_created == 0);
    // Tasks are playbook state only: the analysis is not redone for them.
    const nlohmann::json state = playbooks_automation_state(h.app);
    CHECK(state["tasks"]["total"] == first);
    CHECK(state["inbox"]["visible"].size() > 0);
}

TEST_CASE("the inbox filters by CSM and due date, opens a task and completes it with a note by a click") {
    Harness h;
    open_playbooks(h);
    REQUIRE(run_command(h.app, "playbooks.run", {}).ok);
    h.frames(2);
    const PlaybooksViewState& v = h.app.playbooks_view;
    const size_t team = v.rows.size();
    REQUIRE(team > 0);
    // Sorted by priority, highest first.
    for (size_t i = 1; i < v.rows.size(); ++i)
        CHECK(h.app.ws.tasks[v.rows[i - 1]].priority >= h.app.ws.tasks[v.rows[i]].priority);

    const std::string csm = h.app.ws.tasks[v.rows[0]].owner;
    REQUIRE_FALSE(csm.empty());
    REQUIRE(run_command(h.app, "tasks.filter", {{"scope", "mine"}, {"csm", csm}}).ok);
    h.frame();
    CHECK(v.rows.size() < team);
    for (uint32_t r : v.rows) CHECK(h.app.ws.tasks[r].owner == csm);
    CHECK_FALSE(run_command(h.app, "tasks.filter", {{"scope", "mine"}, {"csm", "nobody"}}).ok);
    CHECK_FALSE(run_command(h.app, "tasks.filter", {{"due", "someday"}}).ok);
    REQUIRE(run_command(h.app, "tasks.filter", {{"due", "week"}, {"sort", "due"}}).ok);
    h.frame();
    for (uint32_t r : v.rows) CHECK(task_is_due_this_week(h.app.ws.tasks[r], h.app.analysis.as_of));
    REQUIRE(run_command(h.app, "tasks.filter", {{"scope", "team"}, {"due", "all"}, {"sort", "priority"}}).ok);
    h.frame();
    CHECK(v.rows.size() == team);

    // Open the first task: its account's panel opens and its template shows; then click Complete.
    const std::string id = h.app.ws.tasks[v.rows[0]].id;
    REQUIRE(run_command(h.app, "tasks.open", {{"id", id}}).ok);
    CHECK(h.app.selected == h.app.ws.find_account(find_task(h.app, id)->account));
    h.frames(2);
    std::snprintf(h.app.playbooks_view.outcome, sizeof h.app.playbooks_view.outcome, "Called, plan agreed");
    click_on(h, h.app.playbooks_view.complete_button);
    const Task* t = find_task(h.app, id);
    REQUIRE(t);
    CHECK(t->status == TaskStatus::done);
    CHECK(t->outcome == "Called, plan agreed");
    CHECK(t->completed == h.app.analysis.as_of);
    CHECK(v.rows.size() == team - 1);  // finished tasks leave the open inbox

    // Snooze, reassign, reopen; bad input refused.
    const std::string other = h.app.ws.tasks[v.rows[0]].id;
    CHECK_FALSE(run_command(h.app, "tasks.snooze", {{"id", other}, {"until", format_iso(h.app.analysis.as_of)}}).ok);
    REQUIRE(run_command(h.app, "tasks.snooze", {{"id", other}, {"days", 7}}).ok);
    CHECK(find_task(h.app, other)->status == TaskStatus::snoozed);
    CHECK_FALSE(run_command(h.app, "tasks.reassign", {{"id", other}, {"owner", "CSM-99"}}).ok);
    REQUIRE(run_command(h.app, "tasks.reassign", {{"id", other}, {"owner", h.app.ws.csms[0].id}}).ok);
    CHECK(find_task(h.app, other)->owner == h.app.ws.csms[0].id);
    REQUIRE(run_command(h.app, "tasks.reopen", {{"id", id}}).ok);
    CHECK(find_task(h.app, id)->status == TaskStatus::open);
    CHECK_FALSE(run_command(h.app, "tasks.complete", {{"id", "no-such-task"}}).ok);
    h.frames(2);
}

TEST_CASE("library edits go through commands; a bad edit is refused and the playbook unchanged") {
    Harness h;
    open_playbooks(h);
    const size_t n = h.app.ws.playbooks.size();
    const CommandResult created = run_command(h.app, "playbooks.create",
        {{"playbook", {{"name", "Big accounts gone quiet"}, {"trigger", {{"kind", "no_usage"}, {"days", 14}}}}}});
    REQUIRE(created.ok);
    const std::string id = created.data["id"];
    CHECK(id == "pb-user-1");
    CHECK(h.app.ws.playbooks.size() == n + 1);
    CHECK(h.app.playbooks_view.editing == id);
    h.frames(3);  // the editor draws

    const uint64_t rev = h.app.revision;
    CHECK_FALSE(run_command(h.app, "playbooks.update", {{"id", id}, {"playbook", {{"steps", nlohmann::json::array()}}}}).ok);
    CHECK_FALSE(run_command(h.app, "playbooks.update", {{"id", id}, {"playbook", {{"trigger", {{"kind", "tarot"}}}}}}).ok);
    CHECK_FALSE(run_command(h.app, "playbooks.update", {{"id", id}, {"playbook", {{"id", "pb-other"}}}}).ok);
    CHECK(h.app.revision == rev);
    CHECK(h.app.ws.playbooks.back().steps.size() == 1);

    REQUIRE(run_command(h.app, "playbooks.update", {{"id", id}, {"playbook", {{"trigger", {{"days", 21}}}}}}).ok);
    CHECK(h.app.ws.playbooks.back().trigger.days == 21);
    const CommandResult copy = run_command(h.app, "playbooks.duplicate", {{"id", "pb-risk-save"}});
    REQUIRE(copy.ok);
    CHECK(copy.data["id"] == "pb-user-2");
    CHECK_FALSE(h.app.ws.playbooks.back().enabled);
    REQUIRE(run_command(h.app, "playbooks.set_enabled", {{"id", "pb-risk-save"}, {"enabled", false}}).ok);
    REQUIRE(run_command(h.app, "playbooks.delete", {{"id", id}}).ok);
    CHECK(h.app.ws.playbooks.size() == n + 1);
    CHECK(h.app.playbooks_view.editing != id);

    // Every tab draws in both themes.
    for (const char* tab : {"inbox", "library", "plays"})
        for (const char* theme : {"light", "dark"}) {
            REQUIRE(run_command(h.app, "theme.set", {{"mode", theme}}).ok);
            REQUIRE(run_command(h.app, "playbooks.show", {{"tab", tab}}).ok);
            h.frames(3);
            CHECK(h.app.playbooks_view.tab == PlaybooksTab(tab[0] == 'i' ? 0 : tab[0] == 'l' ? 1 : 2));
        }
}

TEST_CASE("the Overview's Tasks due tile and the account panel follow the tasks") {
    Harness h;
    load_demo(h);
    h.frames(2);
    CHECK(h.app.revenue_view.overview.tiles[7].detail == "no tasks yet: run the playbooks");
    REQUIRE(run_command(h.app, "playbooks.run", {}).ok);
    h.frames(2);
    const TaskCounts c = count_tasks(h.app.ws.tasks, h.app.analysis.as_of);
    CHECK(h.app.revenue_view.overview.tiles[7].value == format_count(c.due()));
    REQUIRE(run_command(h.app, "accounts.select", {{"id", h.app.ws.tasks[0].account}}).ok);
    h.frames(2);
}

TEST_CASE("an empty workspace says there is nothing to run") {
    Harness h;
    REQUIRE(run_command(h.app, "navigate", {{"view", "playbooks"}}).ok);
    h.frames(2);
    CHECK_FALSE(run_command(h.app, "playbooks.run", {}).ok);
    CHECK(h.app.ws.tasks.empty());
}

TEST_CASE("the owner limit: a run holds plays back, says so, and an undo brings the old limit back") {
    Harness h;
    load_demo(h);
    h.frames(2);
    CHECK_FALSE(run_command(h.app, "team.set_task_limit", {{"open_tasks_per_owner", -3}}).ok);
    CHECK_FALSE(run_command(h.app, "team.set_task_limit", {{"open_tasks_per_owner", 2000000}}).ok);
    CHECK(h.app.ws.team_settings.open_tasks_per_owner == 300);
    REQUIRE(run_command(h.app, "team.set_task_limit", {{"open_tasks_per_owner", 20}}).ok);
    const CommandResult r = run_command(h.app, "playbooks.run", {});
    REQUIRE(r.ok);
    CHECK(r.data["held_back"].get<int>() > 0);
    CHECK_FALSE(r.data["owners_at_limit"].empty());
    CHECK(h.app.playbooks_view.last_run.find("held back") != std::string::npos);
    // No inbox over the limit: counted per owner, the unassigned pool as one.
    std::map<std::string, int> open;
    for (const Task& t : h.app.ws.tasks) ++open[t.owner];
    for (const auto& kv : open) CHECK(kv.second <= 20);
    h.frames(2);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);  // the run
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);  // the limit
    CHECK(h.app.ws.team_settings.open_tasks_per_owner == 300);
    CHECK(h.app.ws.tasks.empty());
}
