// The Program view: every tab drawn in both themes over the demo and an empty workspace; ticking a step
// by a real click; the charter, steps and launch plan through their commands with undo; bad input
// refused with nothing changed; reports downloaded from the view's commands and the account panel's
// "QBR pack" button.
#include <doctest/doctest.h>

#include "io/report/team_report.hpp"
#include "app/automation.hpp"
#include "app/views/views.hpp"
#include "core/program/program_progress.hpp"
#include "io/report/report_html.hpp"
#include "io/workspace_json.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

namespace {

void draw_every_program_tab(Harness& h) {
    REQUIRE(run_command(h.app, "navigate", {{"view", "program"}}).ok);
    for (const char* theme : {"dark", "light"}) {
        REQUIRE(run_command(h.app, "theme.set", {{"mode", theme}}).ok);
        for (const char* tab : {"steps", "charter", "launch", "reports"}) {
            REQUIRE(run_command(h.app, "program.show", {{"tab", tab}}).ok);
            h.frames(3);
            CHECK(automation_state(h.app)["program"]["tab"] == tab);
        }
    }
    CHECK(h.app.last_error.empty());
}

}  // namespace

TEST_CASE("the Program view draws every tab in both themes, over the demo and over an empty workspace") {
    {  // one Harness (one ImGui context) at a time
        Harness empty;
        draw_every_program_tab(empty);
    }
    Harness h;
    load_demo(h);
    draw_every_program_tab(h);
    CHECK(automation_state(h.app)["program"]["steps_completed"] == 0);
}

TEST_CASE("clicking a step's checkbox ticks it, and undo unticks it") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "program.show", {{"tab", "steps"}}).ok);
    h.frames(3);
    const float* r = h.app.program_view.first_step_checkbox;
    REQUIRE(r[2] > 0);
    h.click(r[0] + r[3] / 2, r[1] + r[3] / 2);  // the box itself, at the left of the label
    CHECK(step_done(h.app.ws.program, "charter"));
    CHECK(automation_state(h.app)["program"]["steps_completed"] == 1);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK_FALSE(step_done(h.app.ws.program, "charter"));
}

TEST_CASE("program commands change the workspace's program, each an undo step; no-ops and bad input leave none") {
    Harness h;
    load_demo(h);
    const std::string original = save_workspace_json(h.app.ws);
    REQUIRE(run_command(h.app, "program.set_step", {{"step", "health"}, {"done", true}}).ok);
    REQUIRE(run_command(h.app, "program.set_step", {{"step", "segments"}, {"done", true}}).ok);
    REQUIRE(run_command(h.app, "program.set_charter", {{"field", "who_we_serve"}, {"text", "Finance teams"}}).ok);
    REQUIRE(run_command(h.app, "program.set_launch_start", {{"date", "2026-10-01"}}).ok);
    REQUIRE(run_command(h.app, "program.set_launch_item", {{"item", "basics-charter"}, {"done", true}}).ok);
    CHECK(h.app.undo.undo.size() == 5);
    REQUIRE(run_command(h.app, "program.set_step", {{"step", "health"}, {"done", true}}).ok);  // already ticked
    CHECK(h.app.undo.undo.size() == 5);

    const nlohmann::json s = automation_state(h.app)["program"];
    CHECK(s["steps_completed"] == 2);
    CHECK(s["steps_done"] == nlohmann::json::array({"segments", "health"}));
    CHECK(s["charter_answered"] == 1);
    // The demo reads at 2026-11-15: day 46 of a plan started on 2026-10-01, in the pilot phase.
    CHECK(s["launch_phase"] == "pilot");
    CHECK(s["launch_day"] == 46);
    CHECK(s["launch_done"] == nlohmann::json::array({"basics-charter"}));
    REQUIRE(run_command(h.app, "navigate", {{"view", "program"}}).ok);
    h.frames(3);

    const std::string edited = save_workspace_json(h.app.ws);
    CHECK(edited.find("\"program\":{") != std::string::npos);
    const size_t steps = h.app.undo.undo.size();
    CHECK_FALSE(run_command(h.app, "program.set_step", {{"step", "world-peace"}}).ok);
    CHECK_FALSE(run_command(h.app, "program.set_charter", {{"field", "vision"}, {"text", "x"}}).ok);
    CHECK_FALSE(run_command(h.app, "program.set_charter", {{"field", "outcomes"}, {"text", std::string(5000, 'x')}}).ok);
    CHECK_FALSE(run_command(h.app, "program.set_launch_start", {{"date", "2026-02-30"}}).ok);
    CHECK_FALSE(run_command(h.app, "program.set_launch_item", {{"item", "basics-nothing"}}).ok);
    CHECK_FALSE(run_command(h.app, "program.show", {{"tab", "nowhere"}}).ok);
    CHECK(h.app.undo.undo.size() == steps);
    CHECK(save_workspace_json(h.app.ws) == edited);

    for (int i = 0; i < 5; ++i) REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(save_workspace_json(h.app.ws) == original);
    for (int i = 0; i < 5; ++i) REQUIRE(run_command(h.app, "edit.redo", {}).ok);
    CHECK(save_workspace_json(h.app.ws) == edited);
}

TEST_CASE("a step's button opens the view that does it") {
    Harness h;
    load_demo(h);
    const std::pair<const char*, ViewId> links[] = {{"segments", ViewId::team}, {"team", ViewId::team},
                                                    {"health", ViewId::health}, {"playbooks", ViewId::playbooks},
                                                    {"platform", ViewId::data}, {"metrics", ViewId::revenue},
                                                    {"feedback", ViewId::voice}, {"charter", ViewId::program}};
    for (const auto& [step, view] : links) {
        REQUIRE(run_command(h.app, "program.open_step", {{"step", step}}).ok);
        CHECK(h.app.view == view);
    }
    CHECK(h.app.program_view.tab == ProgramTab::charter);
    CHECK_FALSE(run_command(h.app, "program.open_step", {{"step", "nowhere"}}).ok);
}

TEST_CASE("reports download from the Program view's commands and the account panel's QBR pack button") {
    Harness h;
    load_demo(h);
    const Account& a = h.app.ws.accounts[5];
    REQUIRE(run_command(h.app, "accounts.select", {{"id", a.id}}).ok);
    h.frames(3);
    const float* r = h.app.program_view.qbr_button;
    REQUIRE(r[2] > 0);
    h.click(r[0] + r[2] / 2, r[1] + r[3] / 2);  // second click of the two: the account is open
    REQUIRE(h.downloads.size() == 1);
    CHECK(h.downloads[0].mime == "text/html");
    CHECK(h.downloads[0].filename.size() > 5);
    CHECK(h.downloads[0].filename.substr(h.downloads[0].filename.size() - 5) == ".html");
    CHECK(h.downloads[0].data.find("<h1>" + html_escape(a.name) + ": account review</h1>") != std::string::npos);
    CHECK(automation_state(h.app)["program"]["last_report"] == h.downloads[0].filename);

    REQUIRE(run_command(h.app, "reports.account", {{"account", a.id}, {"format", "md"}}).ok);
    REQUIRE(run_command(h.app, "reports.team", {{"format", "md"}}).ok);
    REQUIRE(h.downloads.size() == 3);
    CHECK(h.downloads[1].mime == "text/markdown");
    CHECK(h.downloads[2].data.rfind("# ", 0) == 0);
    // The demo has feedback: the team report lists the board's top request by ARR.
    const std::vector<FeedbackRequestRow> requests = top_requests(h.app.ws, h.app.analysis);
    REQUIRE_FALSE(requests.empty());
    CHECK(h.downloads[2].data.find(requests[0].title) != std::string::npos);
    CHECK(h.downloads[2].data.find("No feedback recorded") == std::string::npos);
    CHECK_FALSE(run_command(h.app, "reports.account", {{"account", "nobody"}}).ok);
    CHECK_FALSE(run_command(h.app, "reports.account", {{"account", a.id}, {"format", "pdf"}}).ok);
    CHECK(h.downloads.size() == 3);
}

TEST_CASE("the team report of an empty workspace is refused with what to do") {
    Harness empty;
    const CommandResult r = run_command(empty.app, "reports.team", {});
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("load data or the demo") != std::string::npos);
    CHECK(empty.downloads.empty());
}
