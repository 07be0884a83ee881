// The export job (app/export_job.hpp): a large download is made a slice a frame with a progress bar and
// reaches the browser as exactly the file made at once; a change to the workspace meanwhile starts it
// over; opening another workspace or export.cancel stops it.
#include "view_harness.hpp"

#include "app/export_job.hpp"
#include "app/automation.hpp"
#include "io/entity_csv_export.hpp"
#include "io/workspace_json.hpp"

using namespace retain;
using retain::test::Harness;

namespace {

// A started export with a zero budget: one step now, one more per advance_export(app, 0).
int finish_in_steps(Harness& h) {
    int steps = 0;
    while (export_running(h.app)) {
        advance_export(h.app, 0.0);
        ++steps;
    }
    return steps;
}

}  // namespace

TEST_CASE("an export made a step at a time is the file made at once, handed over once") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 300}}).ok);
    refresh_derived(h.app);
    CHECK_FALSE(start_export(h.app, "usage", "big-usage.csv", 0.0));
    REQUIRE(export_running(h.app));
    const double first = export_progress(h.app);
    CHECK(first > 0.0);
    CHECK(first < 1.0);
    const auto state = automation_state(h.app);
    CHECK(state["export"]["filename"] == "big-usage.csv");
    CHECK(state["export"]["progress"].get<double>() == doctest::Approx(first));
    CHECK(finish_in_steps(h) > 3);
    REQUIRE(h.downloads.size() == 1);
    CHECK(h.downloads[0].filename == "big-usage.csv");
    CHECK(h.downloads[0].mime == "text/csv");
    CHECK(h.downloads[0].data == export_entity_csv(h.app.ws, h.app.analysis, ExportEntity::usage));
    CHECK(automation_state(h.app)["last_export"]["bytes"] == h.downloads[0].data.size());
    CHECK(automation_state(h.app)["export"].is_null());

    CHECK_FALSE(start_export(h.app, "", "ws.retain.json", 0.0));
    finish_in_steps(h);
    REQUIRE(h.downloads.size() == 2);
    CHECK(h.downloads[1].mime == "application/json");
    CHECK(h.downloads[1].data == save_workspace_json(h.app.ws));
}

TEST_CASE("a change while an export is made starts it over, so the file holds the changed workspace") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 200}}).ok);
    CHECK_FALSE(start_export(h.app, "", "ws.retain.json", 0.0));
    advance_export(h.app, 0.0);
    REQUIRE(export_running(h.app));
    REQUIRE(run_command(h.app, "metrics.set_settings", {{"gross_margin_pct", 61}}).ok);  // an edit mid-export
    finish_in_steps(h);
    REQUIRE(h.downloads.size() == 1);
    CHECK(h.downloads[0].data == save_workspace_json(h.app.ws));
    CHECK(h.downloads[0].data.find("\"gross_margin_pct\":61") != std::string::npos);
}

TEST_CASE("export.cancel and opening another workspace stop the export; nothing is downloaded") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 200}}).ok);
    CHECK_FALSE(start_export(h.app, "usage", "u.csv", 0.0));
    const CommandResult cancelled = run_command(h.app, "export.cancel", nlohmann::json::object());
    CHECK(cancelled.data["cancelled"] == true);
    CHECK_FALSE(export_running(h.app));

    CHECK_FALSE(start_export(h.app, "usage", "u.csv", 0.0));
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 20}}).ok);
    CHECK_FALSE(export_running(h.app));
    CHECK(h.app.notice.find("export") != std::string::npos);
    h.frames(3);
    CHECK(h.downloads.empty());
}

TEST_CASE("the Data view shows the export's progress bar while it runs") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 300}}).ok);
    REQUIRE(run_command(h.app, "navigate", {{"view", "data"}}).ok);
    h.frames(2);
    CHECK_FALSE(start_export(h.app, "usage", "u.csv", 0.0));
    h.frame();  // draws the bar; the frame's background work advances the export too
    CHECK(h.app.working == export_running(h.app));  // frames keep coming while it runs
    h.frames(400);
    CHECK_FALSE(export_running(h.app));
    CHECK(h.downloads.size() == 1);
}
