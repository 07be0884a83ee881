// Explanations (core/health/health_explain.hpp): contributions and the one-line why.
#include <doctest/doctest.h>

#include "core/health/health_explain.hpp"
#include "health_test_helpers.hpp"

using namespace retain;
using namespace retain::health_test;

namespace {

const Date kExplainDay = ymd(2026, 11, 15);

// Usage 30 (trend), relationship 20 (champion), sentiment 20 (NPS), default schemes.
Scorecard three_groups() {
    Scorecard s;
    s.measures = {measure("usage_trend", 1), measure("champion", 1), measure("nps", 1)};
    s.group_weights[size_t(MeasureGroup::usage)] = 30;
    s.group_weights[size_t(MeasureGroup::relationship)] = 20;
    s.group_weights[size_t(MeasureGroup::sentiment)] = 20;
    return s;
}

// Trend -45% -> (−0.45 + 0.5) / 0.5 = 10 points; champion left -> 0; NPS 9 -> 100.
HealthInputs declining(bool with_nps) {
    HealthInputs in = empty_inputs(1, kExplainDay);
    put(in, 0, HealthInput::usage_trend, -0.45);
    put(in, 0, HealthInput::champion, kChampionLeft);
    if (with_nps) put(in, 0, HealthInput::nps, 9);
    return in;
}

}  // namespace

TEST_CASE("every measure shows its raw value, score, share of the weight and contribution") {
    const Workspace ws = accounts(1);
    const HealthInputs in = declining(true);
    const Scorecard sc = three_groups();
    const HealthScores s = score_health(ws, in, sc);
    const HealthExplanation x = explain_health(ws, in, sc, s, {}, 0);
    // (30 x 10 + 20 x 0 + 20 x 100) / 70 = 32.857
    CHECK(x.score == doctest::Approx(2300.0 / 70.0));
    REQUIRE(x.measures.size() == 3);
    CHECK(x.measures[0].id == "usage_trend");
    CHECK(x.measures[0].raw == doctest::Approx(-0.45));
    CHECK(x.measures[0].score == doctest::Approx(10));
    CHECK(x.measures[0].share == doctest::Approx(30.0 / 70.0));
    CHECK(x.measures[0].contribution == doctest::Approx(300.0 / 70.0));
    CHECK(x.measures[2].contribution == doctest::Approx(2000.0 / 70.0));
    CHECK(x.measures[0].contribution + x.measures[1].contribution + x.measures[2].contribution ==
          doctest::Approx(x.score));
}

TEST_CASE("the why line names the color and what pulls the score down most") {
    const Workspace ws = accounts(1);
    const HealthInputs in = declining(true);
    const Scorecard sc = three_groups();
    const HealthScores s = score_health(ws, in, sc);
    // Points lost: trend 30/70 x 90 = 38.6, champion 20/70 x 100 = 28.6; NPS scores 100 and is no reason.
    CHECK(explain_health(ws, in, sc, s, {}, 0).why == "Red: active users down 45% in 30 days; champion left");
}

TEST_CASE("the why line lists the inputs that were missing") {
    const Workspace ws = accounts(1);
    const HealthInputs in = declining(false);
    const Scorecard sc = three_groups();
    const HealthScores s = score_health(ws, in, sc);
    const HealthExplanation x = explain_health(ws, in, sc, s, {}, 0);
    CHECK(x.score == doctest::Approx(6));  // (30 x 10 + 20 x 0) / 50
    REQUIRE(x.missing.size() == 1);
    CHECK(x.missing[0] == "Latest NPS");
    CHECK(x.why == "Red: active users down 45% in 30 days; champion left (no data: Latest NPS)");
}

TEST_CASE("an overridden account's why line gives the override and the computed color") {
    const Workspace ws = accounts(1);
    const HealthInputs in = declining(true);
    const Scorecard sc = three_groups();
    HealthOverride o;
    o.account_id = "A0";
    o.color = HealthColor::yellow;
    o.reason = "save plan agreed";
    o.author = "Maya Chen";
    o.expires = ymd(2026, 12, 1);
    const HealthScores s = score_health(ws, in, sc, {o});
    CHECK(explain_health(ws, in, sc, s, {o}, 0).why ==
          "Yellow by override (Maya Chen, expires 2026-12-01: save plan agreed); computed Red: active users down "
          "45% in 30 days; champion left");
}

TEST_CASE("a green account's why line names what holds it up") {
    const Workspace ws = accounts(1);
    HealthInputs in = empty_inputs(1, kExplainDay);
    put(in, 0, HealthInput::usage_trend, 0.1);             // 100
    put(in, 0, HealthInput::champion, kChampionEngaged);   // 100
    put(in, 0, HealthInput::nps, 8);                       // 50
    const Scorecard sc = three_groups();
    const HealthScores s = score_health(ws, in, sc);
    // (30 x 100 + 20 x 100 + 20 x 50) / 70 = 85.7; contributions 42.9 (trend) and 28.6 (champion).
    CHECK(explain_health(ws, in, sc, s, {}, 0).why == "Green: active users up 10% in 30 days; champion engaged");
}

TEST_CASE("raw values read as words") {
    CHECK(describe_measure(HealthInput::active_user_ratio, 0.456) == "46% of seats active");
    CHECK(describe_measure(HealthInput::feature_breadth, 0.4, 5) == "2 of 5 key features used");
    CHECK(describe_measure(HealthInput::open_high_priority_tickets, 1) == "1 open high-priority ticket");
    CHECK(describe_measure(HealthInput::nps, 4) == "NPS 4 (detractor)");
    CHECK(describe_measure(HealthInput::csat, 3.5) == "CSAT 3.5 of 5");
    CHECK(describe_measure(HealthInput::days_to_renewal, -5) == "renewal overdue by 5 days");
    CHECK(describe_measure(HealthInput::contraction_90d, 0.2) == "MRR down 20% in 90 days");
}
