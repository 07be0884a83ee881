// The CS program (core/program): ticks kept in catalogue order, progress counted, the launch plan's
// phase by date, and the workspace's signs of each step.
#include <doctest/doctest.h>

#include "core/demo_generator.hpp"
#include "core/program/program_progress.hpp"

using namespace retain;

TEST_CASE("steps completed counts the ticked steps, whatever order they were ticked in") {
    Program p;
    CHECK(steps_completed(p) == 0);
    CHECK(set_step_done(p, "health", true));
    CHECK(set_step_done(p, "charter", true));
    CHECK(set_step_done(p, "feedback", true));
    CHECK(set_step_done(p, "charter", true));  // twice: still one tick
    CHECK(steps_completed(p) == 3);
    CHECK(p.steps_done == std::vector<std::string>{"charter", "health", "feedback"});  // catalogue order
    CHECK(set_step_done(p, "health", false));
    CHECK(steps_completed(p) == 2);
    CHECK_FALSE(set_step_done(p, "no-such-step", true));
    CHECK(steps_completed(p) == 2);
    CHECK_FALSE(p.is_empty());
}

TEST_CASE("the catalogue has the guide's eight steps and twelve launch items, four per phase") {
    CHECK(program_steps().size() == 8);
    CHECK(std::string(program_steps()[0].id) == "charter");
    CHECK(std::string(program_steps()[7].id) == "feedback");
    CHECK(std::string(program_steps()[1].view) == "team");
    CHECK(std::string(program_steps()[5].view) == "data");
    CHECK(std::string(program_steps()[7].view) == "voice");
    Program p;
    for (LaunchPhase ph : {LaunchPhase::basics, LaunchPhase::pilot, LaunchPhase::scale}) {
        CHECK(launch_phase_progress(p, ph).total == 4);
        CHECK(launch_phase_progress(p, ph).done == 0);
    }
    CHECK(launch_phase_progress(p, LaunchPhase::finished).total == 0);
    CHECK(set_launch_item_done(p, "pilot-health", true));
    CHECK(set_launch_item_done(p, "basics-charter", true));
    CHECK(launch_phase_progress(p, LaunchPhase::basics).done == 1);
    CHECK(launch_phase_progress(p, LaunchPhase::pilot).done == 1);
    CHECK(launch_phase_progress(p, LaunchPhase::scale).done == 0);
    CHECK(p.launch_done == std::vector<std::string>{"basics-charter", "pilot-health"});
    CHECK_FALSE(set_launch_item_done(p, "pilot-nothing", true));
}

TEST_CASE("the launch plan's phase follows the day since its start: 1-30, 31-60, 61-90, then finished") {
    const Date start = Date::from_ymd(2026, 9, 1);
    CHECK(launch_status(Date{}, start).phase == LaunchPhase::not_started);
    CHECK(launch_status(start, Date::from_ymd(2026, 8, 31)).phase == LaunchPhase::not_started);
    CHECK(launch_status(start, Date::from_ymd(2026, 8, 31)).day == 0);
    const LaunchStatus first = launch_status(start, start);
    CHECK(first.phase == LaunchPhase::basics);
    CHECK(first.day == 1);
    CHECK(launch_status(start, Date::from_ymd(2026, 9, 30)).day == 30);  // day 30: still the basics
    CHECK(launch_status(start, Date::from_ymd(2026, 9, 30)).phase == LaunchPhase::basics);
    CHECK(launch_status(start, Date::from_ymd(2026, 10, 1)).phase == LaunchPhase::pilot);  // day 31
    CHECK(launch_status(start, Date::from_ymd(2026, 10, 30)).phase == LaunchPhase::pilot);  // day 60
    CHECK(launch_status(start, Date::from_ymd(2026, 10, 31)).phase == LaunchPhase::scale);  // day 61
    CHECK(launch_status(start, Date::from_ymd(2026, 11, 29)).day == 90);
    CHECK(launch_status(start, Date::from_ymd(2026, 11, 29)).phase == LaunchPhase::scale);
    const LaunchStatus after = launch_status(start, Date::from_ymd(2026, 11, 30));
    CHECK(after.phase == LaunchPhase::finished);
    CHECK(after.day == 91);
}

TEST_CASE("charter answers count only text that is not blank") {
    Program p;
    CHECK(p.is_empty());
    p.charter[size_t(CharterField::who_we_serve)] = "B2B finance teams of 20-200 people";
    p.charter[size_t(CharterField::cs_owns)] = "  \n\t";
    CHECK(charter_answered(p) == 1);
    CHECK_FALSE(p.is_empty());
    CharterField f;
    CHECK(parse_enum("cs_does_not_own", f));
    CHECK(f == CharterField::cs_does_not_own);
    CHECK_FALSE(parse_enum("mission", f));
}

TEST_CASE("step evidence reads what the workspace shows and never ticks a step") {
    DemoOptions o;
    o.accounts = 30;
    Workspace ws = generate_demo(o);
    CHECK(step_evidence(ws, "segments", false).empty());  // the default rules
    ws.segment_rules.fallback.model = EngagementModel::high_touch;
    REQUIRE(!(ws.segment_rules == default_segment_rules()));
    CHECK(step_evidence(ws, "segments", false) == std::vector<std::string>{"segment rules edited"});
    CHECK(step_evidence(ws, "health", false).empty());
    CHECK(step_evidence(ws, "health", true) == std::vector<std::string>{"health validated by a backtest"});
    ws.scorecard.thresholds.red_below = 40;
    CHECK(step_evidence(ws, "health", false) == std::vector<std::string>{"scorecard edited"});
    const auto playbooks = step_evidence(ws, "playbooks", false);
    REQUIRE_FALSE(playbooks.empty());
    CHECK(playbooks[0] == std::to_string(ws.playbooks.size()) + " playbooks enabled");
    const auto platform = step_evidence(ws, "platform", false);
    REQUIRE_FALSE(platform.empty());
    CHECK(platform[0] == "30 accounts loaded");
    ws.program.charter[0] = "Finance teams";
    CHECK(step_evidence(ws, "charter", false) == std::vector<std::string>{"1 of 6 charter questions answered"});
    CHECK(steps_completed(ws.program) == 0);
    CHECK(step_evidence(Workspace{}, "platform", false).empty());
}
