// Weekly history (core/health/health_history.hpp): scores as of past weeks, trend, color-change date.
#include <doctest/doctest.h>

#include <cmath>

#include "core/health/health_history.hpp"
#include "health_test_helpers.hpp"

using namespace retain;
using namespace retain::health_test;

namespace {

// One measure: days since the last touchpoint, bands <= 30 green (100), <= 60 yellow (50), else 0.
Scorecard touchpoint_only() {
    Scorecard s;
    s.measures = {measure("days_since_touchpoint", 1)};
    s.group_weights[size_t(MeasureGroup::engagement)] = 1;
    return s;
}

// A0: one touchpoint on 2026-01-20. A1: its first touchpoint on 2026-03-25. A2: a touchpoint every week.
Workspace three_accounts() {
    Workspace ws = accounts(3);
    ws.touchpoints.push_back({0, ymd(2026, 1, 20), TouchpointKind::call, "positive", "C1", ""});
    ws.touchpoints.push_back({1, ymd(2026, 3, 25), TouchpointKind::call, "positive", "C1", ""});
    for (Date d = ymd(2026, 1, 5); d <= ymd(2026, 3, 30); d = d.plus_days(7))
        ws.touchpoints.push_back({2, d, TouchpointKind::call, "positive", "C1", ""});
    return ws;
}

const Date kHistoryDay = ymd(2026, 3, 30);

}  // namespace

TEST_CASE("history scores each week from the data dated up to that week") {
    const HealthHistory h = compute_health_history(three_accounts(), touchpoint_only(), {}, kHistoryDay, 6);
    REQUIRE(h.weeks() == 6);
    CHECK(h.dates.front() == ymd(2026, 2, 23));
    CHECK(h.dates.back() == kHistoryDay);
    // A0: 34, 41, 48, 55 days since 2026-01-20 -> 50 (yellow); 62, 69 days -> 0 (red).
    const float expected[] = {50, 50, 50, 50, 0, 0};
    for (size_t w = 0; w < 6; ++w) CHECK(h.score(0, w) == doctest::Approx(expected[w]));
    CHECK(h.color(0, 3) == HealthColor::yellow);
    CHECK(h.color(0, 4) == HealthColor::red);
    // A1 has no touchpoint before 2026-03-25: not scored until the last week (5 days -> 100).
    CHECK(std::isnan(h.score(1, 4)));
    CHECK(h.score(1, 5) == doctest::Approx(100));
    CHECK(h.sparkline(0)[4] == doctest::Approx(0));
}

TEST_CASE("the color-change date is the first week of the current color") {
    const HealthHistory h = compute_health_history(three_accounts(), touchpoint_only(), {}, kHistoryDay, 6);
    CHECK(color_changed_on(h, 0) == ymd(2026, 3, 23));
    CHECK(color_changed_on(h, 1) == kHistoryDay);      // from not scored to green
    CHECK_FALSE(color_changed_on(h, 2).ok());   // green throughout
}

TEST_CASE("the trend arrow compares the latest score with four weeks earlier") {
    const HealthHistory h = compute_health_history(three_accounts(), touchpoint_only(), {}, kHistoryDay, 6);
    CHECK(health_trend(h, 0) == HealthTrend::down);  // 50 on 2026-03-02, 0 now
    CHECK(health_trend(h, 2) == HealthTrend::flat);  // 100 both
    CHECK(health_trend(h, 1) == HealthTrend::none);  // not scored four weeks ago
}

TEST_CASE("history colors show the overrides that applied on each date") {
    HealthOverride o;
    o.account_id = "A2";
    o.color = HealthColor::yellow;
    o.reason = "reorganisation";
    o.created = ymd(2026, 3, 10);
    o.expires = ymd(2026, 3, 20);
    const HealthHistory h = compute_health_history(three_accounts(), touchpoint_only(), {o}, kHistoryDay, 6);
    CHECK(h.color(2, 2) == HealthColor::green);   // 2026-03-09: not yet set
    CHECK(h.color(2, 3) == HealthColor::yellow);  // 2026-03-16
    CHECK(h.color(2, 4) == HealthColor::green);   // 2026-03-23: expired
    CHECK(color_changed_on(h, 2) == ymd(2026, 3, 23));
}

TEST_CASE("the history job runs in slices with rising progress") {
    const Workspace ws = three_accounts();
    HealthHistoryJob job(ws, touchpoint_only(), {}, kHistoryDay, 6);
    double last = job.progress();
    int steps = 0;
    while (!job.done()) {
        const double p = job.step(2);  // two account-dates a slice
        CHECK(p >= last);
        last = p;
        ++steps;
    }
    CHECK(last == doctest::Approx(1));
    CHECK(steps == 1 + 9);  // preparation, then 6 weeks x 3 accounts in slices of 2
    CHECK(job.history().score(0, 5) == doctest::Approx(0));
}
