// The import's plan made a slice a frame (app/import_job.hpp): a large file is read over several frames
// with a progress bar, the Import button waits for the plan, and the plan is the one made at once; a
// change of the workspace meanwhile starts the planner again; cancel drops it.
#include "view_harness.hpp"

#include "app/automation.hpp"
#include "app/import_job.hpp"
#include "io/workspace_json.hpp"

using namespace retain;
using retain::test::Harness;

namespace {

// 4,000 usage rows for the demo's first accounts: more than the planner reads in one step.
std::string usage_csv(const Workspace& ws) {
    std::string text = "account,date,active_users,logins\n";
    for (int i = 0; i < 4000; ++i)
        text += ws.accounts[size_t(i) % ws.accounts.size()].id + ",2026-0" + std::to_string(1 + i % 9) + "-" +
                std::to_string(10 + i % 17) + "," + std::to_string(i % 13) + "," + std::to_string(i % 29) + "\n";
    return text;
}

// Planning with a zero budget: one step now, one more per advance.
int plan_in_steps(Harness& h) {
    int steps = 0;
    while (h.app.import.planning()) {
        advance_import_plan(h.app, 0.0);
        ++steps;
    }
    return steps;
}

}  // namespace

TEST_CASE("a large import is planned a step at a time, commit waits for it, and the plan is the one made at once") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 60}}).ok);
    const std::string text = usage_csv(h.app.ws);
    h.add_import_source("usage.csv", text);
    start_import_plan(h.app, 0.0);
    REQUIRE(h.app.import.planning());
    const auto state = automation_state(h.app);
    CHECK(state["import"]["planning"] == true);
    CHECK(state["import"]["activity"].get<std::string>().find("usage.csv") != std::string::npos);
    const CommandResult early = run_command(h.app, "import.commit", nlohmann::json::object());
    CHECK_FALSE(early.ok);
    CHECK(early.error.find("still being read") != std::string::npos);
    CHECK(plan_in_steps(h) > 3);
    CHECK(automation_state(h.app)["import"]["planning"] == false);

    const ImportPlan whole = build_import_plan(h.app.ws, h.app.import.sources, ImportMode::merge, h.app.today);
    REQUIRE(h.app.import.plan.issues.size() == whole.issues.size());
    CHECK(h.app.import.plan.counts[size_t(ImportEntity::usage)].add == whole.counts[size_t(ImportEntity::usage)].add);
    CHECK(h.app.import.plan.counts[size_t(ImportEntity::usage)].add > 0);
    const size_t before = h.app.ws.usage.size();
    const CommandResult committed = run_command(h.app, "import.commit", {{"skip_bad_rows", true}});
    REQUIRE(committed.ok);
    CHECK(h.app.ws.usage.size() == before + whole.counts[size_t(ImportEntity::usage)].add);
}

TEST_CASE("a change of the workspace while an import is planned starts the planner again; cancel drops it") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 60}}).ok);
    h.add_import_source("usage.csv", usage_csv(h.app.ws));
    start_import_plan(h.app, 0.0);
    advance_import_plan(h.app, 0.0);
    const double part = import_plan_progress(h.app);
    REQUIRE(h.app.import.planning());
    REQUIRE(run_command(h.app, "metrics.set_settings", {{"gross_margin_pct", 61}}).ok);  // an edit mid-plan
    advance_import_plan(h.app, 0.0);
    CHECK(import_plan_progress(h.app) < part);  // started again on the changed workspace
    plan_in_steps(h);
    CHECK(h.app.import.plan.error_count() == 0);

    start_import_plan(h.app, 0.0);
    REQUIRE(h.app.import.planning());
    REQUIRE(run_command(h.app, "import.cancel", nlohmann::json::object()).ok);
    CHECK_FALSE(h.app.import.planning());
    CHECK_FALSE(h.app.import.active());
}

TEST_CASE("the Data view shows the plan's progress bar, and frames keep coming until it is done") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 60}}).ok);
    REQUIRE(run_command(h.app, "navigate", {{"view", "data"}}).ok);
    h.frames(2);
    h.add_import_source("usage.csv", usage_csv(h.app.ws));
    start_import_plan(h.app, 0.0);
    h.frame();  // draws the bar; the frame's background work advances the plan too
    CHECK(h.app.working == h.app.import.planning());
    h.frames(50);
    CHECK_FALSE(h.app.import.planning());
    CHECK(h.app.import.plan.counts[size_t(ImportEntity::usage)].add > 0);
}
