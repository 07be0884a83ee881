// LTV and the quick ratio (core/metrics/unit_economics.hpp).
#include <doctest/doctest.h>

#include "core/metrics/unit_economics.hpp"

using namespace retain;

TEST_CASE("LTV is ARPA times gross margin over the monthly logo churn rate") {
    // ARPA $200.00, 80% margin, 2% of customers lost a month: 200 × 0.8 ÷ 0.02 = $8,000.
    const auto ltv = lifetime_value(20000.0, 0.02, 80);
    REQUIRE(ltv.has_value());
    CHECK(*ltv == Money(800000));
    CHECK(*lifetime_value(20000.0, 0.02, 100) == Money(1000000));
}

TEST_CASE("LTV without churn or without customers has no value") {
    CHECK_FALSE(lifetime_value(20000.0, 0.0, 80).has_value());
    CHECK_FALSE(lifetime_value(20000.0, std::nullopt, 80).has_value());
    CHECK_FALSE(lifetime_value(std::nullopt, 0.02, 80).has_value());
}

TEST_CASE("quick ratio is MRR gained over MRR lost, reactivation counted as gained") {
    MovementSums m;
    m.mrr = {200, 50, 30, 420, 330};  // new, expansion, contraction, churn, reactivation
    REQUIRE(quick_ratio(m).has_value());
    CHECK(*quick_ratio(m) == doctest::Approx(580.0 / 450.0));
    MovementSums four;
    four.mrr = {3000, 1000, 250, 750, 0};
    CHECK(*quick_ratio(four) == doctest::Approx(4.0));
}

TEST_CASE("quick ratio with nothing lost has no value") {
    MovementSums m;
    m.mrr = {200, 50, 0, 0, 0};
    CHECK_FALSE(quick_ratio(m).has_value());
}
