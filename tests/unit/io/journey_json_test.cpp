// The journey, success plans and handoffs in the workspace file (io/journey_json.hpp): optional on read,
// round-trip byte for byte, bad values named by place.
#include <doctest/doctest.h>

#include "io/workspace_json.hpp"

using namespace retain;

namespace {

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

Workspace with_journey() {
    Workspace ws;
    Account a;
    a.id = "ACC-1";
    a.name = "Acme";
    a.contract_start = d(2026, 1, 1);
    ws.accounts.push_back(a);
    ws.reindex();
    AccountJourney& j = journey_entry(ws.journey, "ACC-1");
    j.stage_since = d(2026, 1, 1);
    j.milestones[size_t(Milestone::kickoff)] = {d(2026, 1, 4), "Ana \"A\"", "kickoff call"};
    j.milestones[size_t(Milestone::measurable_outcome)] = {d(2026, 5, 1), "", ""};
    ws.journey.settings.stuck_days[size_t(LifecycleStage::adoption)] = 200;
    SuccessPlan p;
    p.account = "ACC-1";
    p.kind = PlanTemplate::custom;
    p.outcomes = "Weekly reporting off spreadsheets";
    p.owner = "Ana";
    p.created = d(2026, 1, 5);
    PlanItem i;
    i.day = 30;
    i.goal = "Get to first value";
    i.status = PlanItemStatus::done;
    i.done = d(2026, 1, 28);
    p.items.push_back(i);
    i.day = 60;
    i.status = PlanItemStatus::blocked;
    i.done = Date{};
    p.items.push_back(i);
    ws.success_plans.push_back(p);
    Handoff h;
    h.account = "ACC-1";
    h.sold = "Pro, 40 seats";
    h.expected_ttv_days = 30;
    h.date = d(2025, 12, 30);
    ws.handoffs.push_back(h);
    Touchpoint t;
    t.account = 0;
    t.date = d(2026, 2, 1);
    t.kind = TouchpointKind::qbr;
    t.outcome = "positive";
    t.notes = "Agreed the 60-day goals";
    ws.touchpoints.push_back(t);
    return ws;
}

}  // namespace

TEST_CASE("journey, plans, handoffs and touchpoint notes round-trip byte for byte") {
    const std::string once = save_workspace_json(with_journey());
    for (const char* key : {"\"journey\"", "\"journey_settings\"", "\"success_plans\"", "\"handoffs\""})
        CHECK_MESSAGE(once.find(key) != std::string::npos, key);
    Workspace back;
    std::string error;
    REQUIRE_MESSAGE(load_workspace_json(once, back, error), error);
    REQUIRE(back.journey.accounts.size() == 1);
    const AccountJourney& j = back.journey.accounts[0];
    CHECK(j.stage_since == d(2026, 1, 1));
    CHECK(j.milestones[size_t(Milestone::kickoff)].by == "Ana \"A\"");
    CHECK(j.milestones[size_t(Milestone::measurable_outcome)].date == d(2026, 5, 1));
    CHECK_FALSE(j.milestones[size_t(Milestone::activation)].recorded());
    CHECK(back.journey.settings.stuck_days[size_t(LifecycleStage::adoption)] == 200);
    CHECK(back.journey.settings.stuck_days[size_t(LifecycleStage::onboarding)] == 90);
    REQUIRE(back.success_plans.size() == 1);
    CHECK(back.success_plans[0].kind == PlanTemplate::custom);
    REQUIRE(back.success_plans[0].items.size() == 2);
    CHECK(back.success_plans[0].items[0].done == d(2026, 1, 28));
    CHECK(back.success_plans[0].items[1].status == PlanItemStatus::blocked);
    REQUIRE(back.handoffs.size() == 1);
    CHECK(back.handoffs[0].expected_ttv_days == 30);
    CHECK(back.touchpoints.at(0).notes == "Agreed the 60-day goals");
    CHECK(save_workspace_json(back) == once);
}

TEST_CASE("a workspace without journey records writes none of their keys and reads back empty") {
    Workspace ws = with_journey();
    ws.journey = JourneyData{};
    ws.success_plans.clear();
    ws.handoffs.clear();
    const std::string text = save_workspace_json(ws);
    for (const char* key : {"\"journey\"", "\"journey_settings\"", "\"success_plans\"", "\"handoffs\""})
        CHECK_MESSAGE(text.find(key) == std::string::npos, key);
    Workspace back;
    std::string error;
    REQUIRE(load_workspace_json(text, back, error));
    CHECK(back.journey.empty());
    CHECK(back.success_plans.empty());
    CHECK(back.handoffs.empty());
}

TEST_CASE("bad journey records are refused with their place named") {
    const std::string good = save_workspace_json(with_journey());
    auto load_with = [&](const std::string& from, const std::string& to) {
        std::string text = good;
        const size_t at = text.find(from);
        REQUIRE_MESSAGE(at != std::string::npos, from);
        text.replace(at, from.size(), to);
        Workspace ws;
        std::string error;
        CHECK_FALSE(load_workspace_json(text, ws, error));
        return error;
    };
    CHECK(load_with("\"kickoff\"", "\"kick-off\"").find("journey[0].milestones") != std::string::npos);
    CHECK(load_with("\"status\":\"blocked\"", "\"status\":\"stuck\"").find("success_plans[0].items[1].status") !=
          std::string::npos);
    CHECK(load_with("\"expected_ttv_days\":30", "\"expected_ttv_days\":-3").find("handoffs[0].expected_ttv_days") !=
          std::string::npos);
    CHECK(load_with("\"adoption\":200", "\"adoption\":\"long\"").find("journey_settings.stuck_days") != std::string::npos);
}
