// 30-60-90 success plans: target dates from the kickoff (else the contract start), progress and period
// status, templates by engagement model and the handoff's pre-fill.
#include <doctest/doctest.h>

#include "core/journey/plan_schedule.hpp"
#include "core/journey/touchpoint_log.hpp"
#include "journey_test_helpers.hpp"

using namespace retain;
using namespace retain::journey_test;

TEST_CASE("plan dates run from the recorded kickoff, else from the contract start") {
    Workspace ws = one_account();
    const Account& a = ws.accounts[0];
    const SuccessPlan p = plan_from_template(PlanTemplate::standard, a, "Ana", nullptr, d(2026, 1, 2));
    REQUIRE(p.items.size() == 3);
    CHECK(plan_start(ws, 0) == d(2026, 1, 1));
    CHECK(item_target(plan_start(ws, 0), p.items[0]) == d(2026, 1, 31));  // day 30
    CHECK(item_target(plan_start(ws, 0), p.items[2]) == d(2026, 4, 1));   // day 90
    journey_entry(ws.journey, "A").milestones[size_t(Milestone::kickoff)] = {d(2026, 1, 10), "Ana", ""};
    CHECK(plan_start(ws, 0) == d(2026, 1, 10));
    CHECK(item_target(plan_start(ws, 0), p.items[1]) == d(2026, 3, 11));  // day 60 from the kickoff
}

TEST_CASE("plan progress counts done items; a period is behind when an item is late or blocked") {
    Account a;
    a.id = "A";
    SuccessPlan p = plan_from_template(PlanTemplate::custom, a, "Ana", nullptr, d(2026, 1, 1));
    const Date start = d(2026, 1, 1);
    // As of 2026-02-15: the day-30 item (due 01-31) is late, the others are not due.
    PlanProgress g = plan_progress(p, start, d(2026, 2, 15));
    CHECK(g.items == 3);
    CHECK(g.done == 0);
    CHECK(g.overdue == 1);
    CHECK(*g.share == doctest::Approx(0.0));
    CHECK(g.periods[0] == PeriodStatus::behind);
    CHECK(g.periods[1] == PeriodStatus::on_track);
    p.items[0].status = PlanItemStatus::done;
    p.items[1].status = PlanItemStatus::blocked;
    g = plan_progress(p, start, d(2026, 2, 15));
    CHECK(g.done == 1);
    CHECK(g.overdue == 0);
    CHECK(*g.share == doctest::Approx(1.0 / 3.0));
    CHECK(g.periods[0] == PeriodStatus::done);
    CHECK(g.periods[1] == PeriodStatus::behind);
    CHECK_FALSE(plan_progress(SuccessPlan{}, start, d(2026, 2, 15)).share.has_value());
}

TEST_CASE("high-touch accounts get the custom plan; the handoff pre-fills goals and the first-value date") {
    CHECK(template_for(EngagementModel::high_touch) == PlanTemplate::custom);
    CHECK(template_for(EngagementModel::low_touch) == PlanTemplate::standard);
    CHECK(template_for(EngagementModel::tech_touch) == PlanTemplate::standard);
    Account a;
    a.id = "A";
    Handoff h;
    h.account = "A";
    h.goals = "Weekly reporting off spreadsheets";
    h.success_criteria = "Leadership review on dashboards by day 60";
    h.expected_ttv_days = 21;
    const SuccessPlan p = plan_from_template(PlanTemplate::custom, a, "Ana", &h, d(2026, 1, 1));
    CHECK(p.outcomes == h.goals);
    CHECK(p.success_criteria == h.success_criteria);
    CHECK(p.owner == "Ana");
    CHECK(p.items[0].day == 21);
    CHECK(p.items[0].proof.find("21 days") != std::string::npos);
    CHECK(p.items[1].day == 60);
}

TEST_CASE("a logged touchpoint goes after the account's rows of the same or an earlier date") {
    std::vector<Touchpoint> rows;
    auto tp = [](AccountIx a, Date dt, const char* outcome) {
        Touchpoint t;
        t.account = a;
        t.date = dt;
        t.outcome = outcome;
        return t;
    };
    rows.push_back(tp(0, d(2026, 1, 1), "a"));
    rows.push_back(tp(1, d(2026, 1, 1), "b"));
    rows.push_back(tp(1, d(2026, 3, 1), "c"));
    rows.push_back(tp(2, d(2026, 1, 1), "d"));
    CHECK(insert_touchpoint(rows, tp(1, d(2026, 1, 1), "e")) == 2);  // after "b", same day
    CHECK(insert_touchpoint(rows, tp(1, d(2026, 5, 1), "f")) == 4);  // the account's latest
    CHECK(insert_touchpoint(rows, tp(3, d(2025, 1, 1), "g")) == 6);  // a new account at the end
    const char* order[] = {"a", "b", "e", "c", "f", "d", "g"};
    for (size_t i = 0; i < rows.size(); ++i) CHECK(rows[i].outcome == order[i]);
}
