// The frame's share of work (app/background_work.hpp): what the drawing leaves of ~7 ms, 2 to 8 ms,
// shared by the save's slice, the health jobs and an export within one frame.
#include "view_harness.hpp"

#include "app/automation.hpp"
#include "app/background_work.hpp"
#include "app/import_job.hpp"

using namespace retain;

TEST_CASE("work gets what the last frame's drawing left, within 2 to 8 ms, less what this frame used") {
    AppState app;
    app.frame_ms = 3.0;  // a frame that drew for 3 ms and did no work: 4 ms left for work
    app.background_ms = 0.0;
    CHECK(frame_work_left_ms(app) == doctest::Approx(4.0));
    add_frame_work(app, 1.5);  // a save's slice took 1.5 ms: the jobs get the rest
    CHECK(frame_work_left_ms(app) == doctest::Approx(2.5));
    add_frame_work(app, 5.0);
    CHECK(frame_work_left_ms(app) == 0.0);  // spent: the next piece does one step only

    end_frame_work(app, true);  // that frame: 6.5 ms of work, 3 ms of drawing
    app.frame_ms = 9.5;
    CHECK(app.background_ms == doctest::Approx(6.5));
    CHECK(frame_work_left_ms(app) == doctest::Approx(4.0));  // the drawing (3 ms) decides, not the work

    app.frame_ms = 30.0;  // a slow view: the work slows down but never stops
    app.background_ms = 0.0;
    CHECK(frame_work_left_ms(app) == doctest::Approx(2.0));
    app.frame_ms = 0.0;  // nothing drawn yet: at most half a 60 Hz frame
    CHECK(frame_work_left_ms(app) == doctest::Approx(7.0));
}

TEST_CASE("a frame that is not drawn keeps the last drawn frame's measure") {
    AppState app;
    app.frame_ms = 5.0;
    add_frame_work(app, 2.0);
    end_frame_work(app, true);
    add_frame_work(app, 3.0);   // a save's slice in a frame that did not draw
    end_frame_work(app, false);
    CHECK(app.background_ms == doctest::Approx(2.0));
    CHECK(app.frame_work_ms == 0.0);
}

namespace {

// A demo book of `accounts`, on a page that runs work between frames, with the Health view open: its
// analysis done, then one frame drawn, which starts the weekly history.
void health_between_frames(test::Harness& h, int accounts, unsigned seed) {
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", accounts}, {"seed", seed}}).ok);
    h.app.work_between_frames = true;
    REQUIRE(run_command(h.app, "navigate", {{"view", "health"}}).ok);
    h.frame();
    while (analysis_pending(h.app)) run_work_between_frames(h.app, 5.0);
    h.frame();
    REQUIRE(h.app.health_view.history_job != nullptr);
}

}  // namespace

TEST_CASE("a page that runs work between frames: frames only draw, the slices share the work under way") {
    test::Harness h;
    health_between_frames(h, 3000, 7u);
    for (int i = 0; i < 3; ++i) h.frame();
    CHECK(h.app.health_view.history_job->progress() == 0.0);  // the frames drew, nothing more
    CHECK(h.app.working);                                     // and keep coming while work is pending
    CHECK(work_pending(h.app));

    // An import's plan starts beside the history: each slice moves both.
    std::string usage = "account,date,active_users\n";
    for (int i = 0; i < 20000; ++i)
        usage += h.app.ws.accounts[size_t(i) % h.app.ws.accounts.size()].id + ",2026-03-" + std::to_string(10 + i % 17) +
                 "," + std::to_string(i % 13) + "\n";
    h.add_import_source("usage.csv", usage);
    start_import_plan(h.app, 0.0);
    REQUIRE(h.app.import.planning());
    const double plan_before = import_plan_progress(h.app);
    CHECK(run_work_between_frames(h.app, 0.5));  // the history's first step prepares it
    CHECK(run_work_between_frames(h.app, 0.5));
    CHECK(h.app.health_view.history_job->progress() > 0.0);
    CHECK(import_plan_progress(h.app) > plan_before);
    CHECK(h.app.work_slice_ms < 0);  // back to the frames' own measure afterwards
    CHECK(h.app.frame_work_ms == 0.0);

    int slices = 1;
    while (run_work_between_frames(h.app, 2.0) && slices < 100000) ++slices;
    CHECK(slices > 2);
    CHECK_FALSE(work_pending(h.app));
    CHECK_FALSE(h.app.import.planning());
    CHECK(h.app.health_view.history_ready);
    CHECK(h.app.import.plan.counts[size_t(ImportEntity::usage)].add > 0);
    h.frame();
    CHECK_FALSE(h.app.working);
    CHECK_FALSE(run_work_between_frames(h.app, 2.0));  // nothing under way: says so at once
}

TEST_CASE("between frames, a change of the workspace by a command drops the health jobs before any step") {
    test::Harness h;
    health_between_frames(h, 2000, 3u);
    CHECK(run_work_between_frames(h.app, 0.5));
    // A command between two slices (the automation API, a storage answer) replaces the data the job reads.
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 300}, {"seed", 4u}}).ok);
    run_work_between_frames(h.app, 0.5);
    CHECK(h.app.health_view.history_job == nullptr);  // dropped, not stepped over the new tables
    CHECK_FALSE(h.app.health_view.history_ready);
    h.frame();  // the next frame starts it again over the new workspace
    REQUIRE(h.app.health_view.history_job != nullptr);
    while (run_work_between_frames(h.app, 5.0)) {
    }
    CHECK(h.app.health_view.history_ready);
    CHECK(h.app.health_view.history.accounts == 300);
}

TEST_CASE("between frames, a new analysis is a job: the frame shows its progress, state() finishes it") {
    test::Harness h;
    h.app.work_between_frames = true;
    h.app.analysis_first_slice_ms = 0;  // one step in the frame, whatever this machine's speed
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 2000}, {"seed", 5u}}).ok);
    REQUIRE(run_command(h.app, "navigate", {{"view", "health"}}).ok);
    REQUIRE(run_command(h.app, "accounts.select", {{"id", h.app.ws.accounts[7].id}}).ok);
    h.frame();
    REQUIRE(analysis_pending(h.app));
    CHECK(h.app.working);
    CHECK(h.app.health_view.history_job == nullptr);  // the health jobs start from the analysis: they wait
    const double first = analysis_progress(h.app);
    CHECK(first > 0);
    CHECK(first < 1);
    h.frames(3);  // frames draw the progress, they do not advance it
    CHECK(analysis_progress(h.app) == first);
    nlohmann::json work;
    REQUIRE(automation_state_section(h.app, "work", work));
    CHECK(work["work"]["analysis"]["running"].get<bool>());
    CHECK(work["work"]["pending"].get<bool>());
    CHECK_FALSE(std::string(work["work"]["analysis"]["activity"].get<std::string>()).empty());

    // The work between frames moves it on and installs it.
    CHECK(run_work_between_frames(h.app, 0.1));
    CHECK(analysis_progress(h.app) > first);
    while (analysis_pending(h.app)) run_work_between_frames(h.app, 1.0);
    CHECK(h.app.analysed_revision == h.app.revision);
    CHECK(h.app.analysis.accounts.size() == 2000);
    CHECK(h.app.accounts_table.built_revision == h.app.revision);
    h.frame();
    CHECK(h.app.health_view.history_job != nullptr);  // now the history starts

    // A command that changes the data starts another; state() reads it finished, of the new revision.
    REQUIRE(run_automation_command(h.app, "workspace.generate_demo", R"({"accounts": 1500, "seed": 6})").find("\"ok\":true") !=
            std::string::npos);
    REQUIRE(analysis_pending(h.app));
    nlohmann::json core;
    REQUIRE(automation_state_section(h.app, "core", core));
    CHECK_FALSE(analysis_pending(h.app));
    CHECK(h.app.analysis.accounts.size() == 1500);
    CHECK(core["accounts_table"]["rows"].get<size_t>() == 1500);

    // A job overtaken by a change is dropped, never stepped over the new tables.
    run_automation_command(h.app, "workspace.generate_demo", R"({"accounts": 1200, "seed": 8})");
    REQUIRE(analysis_pending(h.app));
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 900}, {"seed", 9u}}).ok);
    CHECK_FALSE(analysis_pending(h.app));
    run_work_between_frames(h.app, 1.0);
    CHECK(h.app.analysis_job == nullptr);
    h.frame();
    while (analysis_pending(h.app)) run_work_between_frames(h.app, 1.0);
    CHECK(h.app.analysis.accounts.size() == 900);
}
