// The health score calculator (core/health/health_calculator.hpp) agrees with the engine on real accounts
// and treats unknown values as missing, never as zero.
#include <doctest/doctest.h>

#include <cmath>

#include "core/analysis.hpp"
#include "core/demo_generator.hpp"
#include "core/health/health_calculator.hpp"

using namespace retain;

TEST_CASE("the calculator gives every demo account the score, color and why the engine gives it") {
    DemoOptions options;
    options.accounts = 120;
    const Workspace ws = generate_demo(options);
    const Analysis a = analyse(ws, Date::from_ymd(2026, 11, 15));
    int compared = 0;
    for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i) {
        if (!a.health_inputs.active[i] || a.health.override_index[i] >= 0) continue;
        const HealthExplanation engine =
            explain_health(ws, a.health_inputs, ws.scorecard, a.health, ws.health_overrides, i);
        const HealthExplanation calc =
            calculate_health(ws.scorecard, calculator_input_of(a.health_inputs, i, ws.key_features.size()));
        INFO("account ", ws.accounts[i].id);
        if (std::isnan(engine.score)) {
            CHECK(std::isnan(calc.score));
            continue;
        }
        CHECK(calc.score == doctest::Approx(engine.score).epsilon(1e-6));
        CHECK(calc.computed == engine.computed);
        CHECK(calc.why == engine.why);
        CHECK(calc.missing == engine.missing);
        ++compared;
    }
    CHECK(compared > 50);
}

TEST_CASE("the calculator leaves unknown inputs out and shares their weight") {
    const Scorecard sc = default_scorecard();
    CalculatorInput in;
    in.raw[size_t(HealthInput::active_user_ratio)] = 0.9;
    in.present = input_bit(HealthInput::active_user_ratio);
    const HealthExplanation one = calculate_health(sc, in);
    REQUIRE_FALSE(std::isnan(one.score));
    CHECK(one.score > 75);  // only a strong usage value: green, not dragged down by zeros
    CHECK(one.computed == HealthColor::green);
    CHECK_FALSE(one.missing.empty());

    in.raw[size_t(HealthInput::champion)] = kChampionLeft;
    in.present |= input_bit(HealthInput::champion);
    const HealthExplanation left = calculate_health(sc, in);
    CHECK(left.score < one.score);
    CHECK(left.why.find("champion") != std::string::npos);

    CHECK(std::isnan(calculate_health(sc, CalculatorInput{}).score));  // nothing known: not scored
}
