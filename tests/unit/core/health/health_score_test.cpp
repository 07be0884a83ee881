// Scoring (core/health/health_score.hpp): weighted groups, missing data, colors, overrides.
#include <doctest/doctest.h>

#include <cmath>

#include "health_test_helpers.hpp"

using namespace retain;
using namespace retain::health_test;

namespace {

// Usage 60 (active users / seats x3: linear 0.2-0.8; usage trend x1: linear -50%-0%), sentiment 40 (NPS:
// bands 7 / 9).
Scorecard small_scorecard() {
    Scorecard s;
    s.measures = {measure("active_user_ratio", 3), measure("usage_trend", 1), measure("nps", 1)};
    s.group_weights[size_t(MeasureGroup::usage)] = 60;
    s.group_weights[size_t(MeasureGroup::sentiment)] = 40;
    s.thresholds = {40, 70};  // fixed here, so the expected colours do not follow the defaults
    return s;
}

const Date kScoreDay = ymd(2026, 11, 15);

HealthInputs five_accounts() {
    HealthInputs in = empty_inputs(5, kScoreDay);
    put(in, 0, HealthInput::active_user_ratio, 0.5);   // 50
    put(in, 0, HealthInput::usage_trend, -0.25);       // 50
    put(in, 0, HealthInput::nps, 9);                   // 100
    put(in, 1, HealthInput::active_user_ratio, 0.8);   // 100; trend and NPS missing
    put(in, 2, HealthInput::active_user_ratio, 0.35);  // 25
    put(in, 2, HealthInput::usage_trend, -0.5);        // 0
    put(in, 2, HealthInput::nps, 6);                   // 0
    put(in, 3, HealthInput::nps, 10);                  // not a customer on the day
    in.active[3] = 0;
    return in;                                         // account 4: active, no data at all
}

}  // namespace

TEST_CASE("the overall score is the weighted mean of group scores, each the weighted mean of its measures") {
    const Workspace ws = accounts(5);
    const HealthScores s = score_health(ws, five_accounts(), small_scorecard());
    // Usage = (3 x 50 + 1 x 50) / 4 = 50; overall = (60 x 50 + 40 x 100) / 100 = 70 -> green.
    CHECK(s.score[0] == doctest::Approx(70));
    CHECK(s.color[0] == HealthColor::green);
    // Usage = (3 x 25 + 1 x 0) / 4 = 18.75; overall = 0.6 x 18.75 + 0.4 x 0 = 11.25 -> red.
    CHECK(s.score[2] == doctest::Approx(11.25));
    CHECK(s.color[2] == HealthColor::red);
    CHECK(s.missing[0] == 0);
    CHECK(s.coverage[0] == doctest::Approx(1));
}

TEST_CASE("a missing measure is left out, its weight shared among the rest, and listed as missing") {
    const Workspace ws = accounts(5);
    const HealthScores s = score_health(ws, five_accounts(), small_scorecard());
    // Only active users (100) has a value: the usage group is 100 and the sentiment group has none, so
    // the overall score is 100 — not (60 x 100 x 3/4 + 0) / 100 = 45 as zeros would give.
    CHECK(s.score[1] == doctest::Approx(100));
    CHECK(s.missing[1] == (input_bit(HealthInput::usage_trend) | input_bit(HealthInput::nps)));
    // Nominal share of active users: 60/100 x 3/4 = 0.45 of the weight had data.
    CHECK(s.coverage[1] == doctest::Approx(0.45));
}

TEST_CASE("an account with no data, or not a customer on the day, is not scored rather than scored zero") {
    const Workspace ws = accounts(5);
    const HealthScores s = score_health(ws, five_accounts(), small_scorecard());
    CHECK(std::isnan(s.score[4]));
    CHECK(s.color[4] == HealthColor::none);
    CHECK(s.missing[4] == (input_bit(HealthInput::active_user_ratio) | input_bit(HealthInput::usage_trend) |
                           input_bit(HealthInput::nps)));
    CHECK(std::isnan(s.score[3]));
    CHECK(s.color[3] == HealthColor::none);
    CHECK(s.missing[3] == 0);
    const std::array<int32_t, 4> counts = color_counts(s);
    CHECK(counts[size_t(HealthColor::none)] == 2);
    CHECK(counts[size_t(HealthColor::red)] == 1);
    CHECK(counts[size_t(HealthColor::green)] == 2);
}

TEST_CASE("a disabled or zero-weight measure neither counts nor shows as missing") {
    const Workspace ws = accounts(5);
    Scorecard sc = small_scorecard();
    sc.measures[2].enabled = false;  // NPS off: account 0 = usage only = 50 -> yellow
    sc.measures[1].weight = 0;       // trend off: usage = active users only = 50
    const HealthScores s = score_health(ws, five_accounts(), sc);
    CHECK(s.score[0] == doctest::Approx(50));
    CHECK(s.color[0] == HealthColor::yellow);
    CHECK(s.missing[1] == 0);
}

TEST_CASE("rescoring after a weight or threshold change uses the same inputs") {
    const Workspace ws = accounts(5);
    const HealthInputs in = five_accounts();
    Scorecard sc = small_scorecard();
    HealthScores s;
    score_health(ws, in, sc, {}, s);
    sc.group_weights[size_t(MeasureGroup::sentiment)] = 0;  // usage only: account 0 = 50
    sc.thresholds.red_below = 55;
    score_health(ws, in, sc, {}, s);
    CHECK(s.score[0] == doctest::Approx(50));
    CHECK(s.color[0] == HealthColor::red);
}

TEST_CASE("a CSM override sets the shown color until it expires, the computed color stays") {
    const Workspace ws = accounts(5);
    HealthOverride o;
    o.account_id = "A2";
    o.color = HealthColor::green;
    o.reason = "exec sponsor re-engaged";
    o.created = ymd(2026, 11, 1);
    o.expires = ymd(2026, 12, 1);
    HealthInputs in = five_accounts();
    HealthScores s = score_health(ws, in, small_scorecard(), {o});
    CHECK(s.computed[2] == HealthColor::red);
    CHECK(s.color[2] == HealthColor::green);
    CHECK(s.override_index[2] == 0);
    CHECK(s.override_index[0] == -1);

    in.as_of = ymd(2026, 12, 1);  // the expiry day: back to the computed color
    s = score_health(ws, in, small_scorecard(), {o});
    CHECK(s.color[2] == HealthColor::red);
    CHECK(s.override_index[2] == -1);
}
