// Team capacity and rebalancing (core/team): books, ratios, headcount, the first-hire signal and the
// suggested moves, on small teams worked out by hand.
#include <doctest/doctest.h>

#include "core/health/health_score.hpp"
#include "core/team/capacity.hpp"
#include "core/team/rebalance.hpp"
#include "core/workspace.hpp"

using namespace retain;

namespace {

struct Team {
    Workspace ws;
    std::vector<Money> arr;
    HealthScores health;

    void csm(const char* id, int32_t capacity) { ws.csms.push_back({id, id, "", capacity}); }
    void account(const char* id, int64_t arr_dollars, const char* owner, HealthColor color = HealthColor::none) {
        Account a;
        a.id = id;
        a.owner = owner;
        ws.accounts.push_back(a);
        arr.push_back(Money(arr_dollars * 100));
        health.color.push_back(color);
    }
    Segmentation segments() const { return assign_segments(ws, ws.segment_rules, arr); }
    TeamCapacity capacity(const std::vector<int32_t>& tasks = {}) const {
        return compute_capacity(ws, ws.team_settings, segments(), arr, health, tasks);
    }
    RebalancePlan plan() const { return suggest_moves(ws, segments(), arr, capacity()); }
};

// A (capacity 3) carries two enterprise and two mid-market accounts; B (no capacity set) two SMB
// accounts; C (capacity 10) none. One SMB account has no owner, one an owner not on the team.
Team small_team() {
    Team t;
    t.csm("A", 3);
    t.csm("B", 0);
    t.csm("C", 10);
    t.account("e1", 200000, "A", HealthColor::green);
    t.account("e2", 150000, "A", HealthColor::red);
    t.account("m1", 40000, "A", HealthColor::yellow);
    t.account("m2", 20000, "A");
    t.account("s1", 1000, "B", HealthColor::green);
    t.account("s2", 1000, "B", HealthColor::green);
    t.account("s3", 1000, "");
    t.account("s4", 1000, "CSM-X");
    t.account("gone", 90000, "A", HealthColor::red);
    t.ws.accounts.back().status = AccountStatus::churned;
    return t;
}

}  // namespace

TEST_CASE("a CSM's book counts active accounts, ARR, models, health and tasks") {
    const Team t = small_team();
    const TeamCapacity c = t.capacity({1, 2, 0, 3, 4, 0, 0, 0, 9});
    REQUIRE(c.books.size() == 3);
    const CsmBook& a = c.books[0];
    CHECK(a.accounts == 4);  // the churned account is not in the book
    CHECK(a.arr == Money(41000000));
    CHECK(a.by_model == std::array<int32_t, 4>{2, 2, 0, 0});
    CHECK(a.health_mix == std::array<int32_t, 4>{1, 1, 1, 1});
    CHECK(a.tasks_due == 6);  // 1 + 2 + 0 + 3; the churned account's 9 is not counted
    CHECK(a.capacity == 3);
    CHECK(a.capacity_set);
    CHECK(a.over());
    CHECK(a.load == doctest::Approx(4.0 / 3.0));
    CHECK(c.books[1].tasks_due == 4);
    CHECK(c.books[2].accounts == 0);
    CHECK_FALSE(c.books[2].over());
    CHECK(t.capacity().books[0].tasks_due == -1);  // tasks not known
}

TEST_CASE("without a set capacity a CSM's capacity comes from the ratios of the book's mix") {
    const TeamCapacity c = small_team().capacity();
    const CsmBook& b = c.books[1];
    CHECK_FALSE(b.capacity_set);
    // Two tech-touch accounts at 1:200 are 2/200 of a CSM: this mix fills a CSM at 200 accounts.
    CHECK(b.capacity == 200);
    CHECK(b.load == doctest::Approx(0.01));
    CHECK(c.books[2].capacity == 10);
}

TEST_CASE("model loads, unowned accounts and headcount needed follow the ratios") {
    const TeamCapacity c = small_team().capacity();
    const ModelLoad& high = c.models[size_t(EngagementModel::high_touch)];
    CHECK(high.accounts == 2);
    CHECK(high.owned == 2);
    CHECK(high.csms == 1);
    CHECK(high.actual_per_csm == doctest::Approx(2.0));
    CHECK(high.ratio == RatioRange{10, 20});
    const ModelLoad& tech = c.models[size_t(EngagementModel::tech_touch)];
    CHECK(tech.accounts == 4);
    CHECK(tech.owned == 2);
    CHECK(c.unowned == 1);
    CHECK(c.unknown_owner == 1);
    // 2/20 + 2/50 + 4/200 = 0.16 CSMs at the high ratios; 2/10 + 2/30 + 4/100 = 0.3067 at the low ones.
    CHECK(c.headcount.fte_at_high == doctest::Approx(0.16));
    CHECK(c.headcount.fte_at_low == doctest::Approx(0.2 + 2.0 / 30.0 + 0.04));
    CHECK(c.headcount.needed == 1);
    CHECK(c.headcount.comfortable == 1);
    CHECK(c.headcount.team == 3);
    CHECK(c.headcount.gap() == -2);
}

TEST_CASE("headcount needed rounds up per the sum over models") {
    Team t;
    for (int i = 0; i < 45; ++i) t.account("e", 200000, "");  // 45 enterprise accounts
    for (int i = 0; i < 201; ++i) t.account("s", 100, "");    // 201 SMB accounts
    const TeamCapacity c = t.capacity();
    // 45/20 + 201/200 = 2.25 + 1.005 = 3.255 -> 4; 45/10 + 201/100 = 6.51 -> 7.
    CHECK(c.headcount.needed == 4);
    CHECK(c.headcount.comfortable == 7);
    CHECK(c.headcount.gap() == 4);
}

TEST_CASE("the first-hire signal: $1M ARR or 100 customers, whichever comes first") {
    const TeamSettings s;
    const HireSignal below = first_hire_signal(s, Money(99999999), 99, false, "USD");
    CHECK_FALSE(below.reached);
    CHECK(below.reason.rfind("Not yet", 0) == 0);
    const HireSignal by_arr = first_hire_signal(s, Money(100000000), 12, false, "USD");
    CHECK(by_arr.reached);
    CHECK(by_arr.reason.rfind("Hire the first CSM: ARR", 0) == 0);
    const HireSignal by_customers = first_hire_signal(s, Money(100), 100, false, "USD");
    CHECK(by_customers.reached);
    CHECK(by_customers.reason == "Hire the first CSM: 100 active customers have reached 100.");
    const HireSignal with_team = first_hire_signal(s, Money(100000000), 120, true, "USD");
    CHECK(with_team.reached);
    CHECK(with_team.reason.find("size it by the headcount needed") != std::string::npos);
    TeamSettings lower;
    lower.first_hire_customers = 10;
    CHECK(first_hire_signal(lower, Money(100), 12, false, "USD").reached);
}

TEST_CASE("the workspace's own totals feed the hire signal: active customers and their ARR") {
    const TeamCapacity c = small_team().capacity();
    CHECK(c.hire.customers == 8);
    CHECK(c.hire.arr == Money(41400000));
    CHECK_FALSE(c.hire.reached);
    CHECK(c.hire.has_team);
}

TEST_CASE("suggestions move the lowest-ARR movable account to a CSM who can take it") {
    const Team t = small_team();
    const RebalancePlan p = t.plan();
    CHECK(p.overload_before == 1);
    CHECK(p.overload_after == 0);
    REQUIRE(p.moves.size() == 1);
    // Enterprise accounts stay with A; of m1 ($40k) and m2 ($20k) m2 goes. B serves only tech-touch,
    // so C (empty book) takes it.
    CHECK(t.ws.accounts[p.moves[0].account].id == "m2");
    CHECK(p.moves[0].from == 0);
    CHECK(p.moves[0].to == 2);
}

TEST_CASE("suggestions go to the least-loaded fitting CSM and fill in turn") {
    Team t;
    t.csm("A", 2);
    t.csm("B", 10);
    t.csm("C", 4);
    for (int i = 0; i < 4; ++i) t.account("a", 20000 + i, "A");
    for (int i = 0; i < 5; ++i) t.account("b", 20000, "B");
    t.account("c", 20000, "C");
    const RebalancePlan p = t.plan();
    REQUIRE(p.moves.size() == 2);
    CHECK(p.moves[0].account == 0);  // lowest ARR first
    CHECK(p.moves[0].to == 2);       // C at 1/4 is below B at 5/10
    CHECK(p.moves[1].account == 1);
    CHECK(p.moves[1].to == 1);       // then B and C are both at 1/2: the first CSM
    CHECK(p.overload_before == 2);
    CHECK(p.overload_after == 0);
}

TEST_CASE("suggestions never move an account to a CSM at or over capacity, nor a named CSM's account") {
    Team t;
    t.csm("A", 1);
    t.csm("B", 1);
    t.account("a1", 20000, "A");
    t.account("a2", 30000, "A");
    t.account("b1", 20000, "B");
    RebalancePlan p = t.plan();
    CHECK(p.moves.empty());
    CHECK(p.overload_after == p.overload_before);

    Team named;
    named.csm("A", 1);
    named.csm("C", 10);
    named.account("e1", 200000, "A");
    named.account("e2", 300000, "A");
    p = named.plan();
    CHECK(p.moves.empty());  // high-touch accounts keep their named CSM
    CHECK(p.overload_before == 1);
}

TEST_CASE("team settings problems are named") {
    TeamSettings s;
    CHECK(team_settings_problem(s) == "");
    s.ratios[0] = {30, 20};
    CHECK(team_settings_problem(s) == "High-touch: the most accounts per CSM cannot be below the comfortable number");
    s = TeamSettings{};
    s.ratios[2].low = 0;
    CHECK(team_settings_problem(s) == "Tech-touch: accounts per CSM must be 1 or more");
    s = TeamSettings{};
    s.first_hire_customers = 0;
    CHECK(team_settings_problem(s) != "");
}
