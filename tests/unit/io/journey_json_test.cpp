// The journey, success plans and handoffs in the workspace file (io/journey_json.hpp): optional on read,
// round-trip byte for byte, bad values named by place.
#include <doctest/doctest.h>

#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"

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
    h.timeline = "Kickoff 2026-01-06; go-live \"Feb 1\"\nfirst QBR 2026-04-01";
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
    CHECK(back.handoffs[0].timeline == "Kickoff 2026-01-06; go-live \"Feb 1\"\nfirst QBR 2026-04-01");
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

TEST_CASE("a handoff without a timeline (a version 4 file) reads with none, and writes it from then on") {
    Workspace ws = with_journey();
    ws.handoffs[0].timeline.clear();
    std::string text = save_workspace_json(ws);
    const std::string key = ",\"timeline\":\"\"";  // the last key: keys are written in order
    const size_t at = text.find(key);
    REQUIRE_MESSAGE(at != std::string::npos, text);
    text.erase(at, key.size());  // the handoff as version 4 wrote it: no timeline key
    Workspace back;
    std::string error;
    REQUIRE_MESSAGE(load_workspace_json(text, back, error), error);
    REQUIRE(back.handoffs.size() == 1);
    CHECK(back.handoffs[0].timeline.empty());
    CHECK(back.handoffs[0].sold == "Pro, 40 seats");
    CHECK(check_handoff(back.handoffs[0]).done[8] == false);
    // From then on the key is written, and load -> save is a fixed point.
    const std::string once = save_workspace_json(back);
    CHECK(once == save_workspace_json(ws));
    Workspace again;
    REQUIRE(load_workspace_json(once, again, error));
    CHECK(save_workspace_json(again) == once);
}

TEST_CASE("a handoff's timeline that is not text is refused with its place named") {
    Workspace with_text = with_journey();
    with_text.handoffs[0].timeline = "T1";
    std::string text = save_workspace_json(with_text);
    const std::string from = "\"timeline\":\"T1\"";
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), "\"timeline\":7");
    Workspace ws;
    std::string error;
    CHECK_FALSE(load_workspace_json(text, ws, error));
    CHECK_MESSAGE(error.find("handoffs[0].timeline") != std::string::npos, error);
}

TEST_CASE("a handoff's timeline survives the browser storage snapshot") {
    const Workspace ws = with_journey();
    Workspace back;
    std::string error;
    REQUIRE_MESSAGE(load_workspace_snapshot(save_workspace_snapshot(ws), back, error), error);
    REQUIRE(back.handoffs.size() == 1);
    CHECK(back.handoffs[0].timeline == ws.handoffs[0].timeline);
    CHECK(save_workspace_json(back) == save_workspace_json(ws));
}
