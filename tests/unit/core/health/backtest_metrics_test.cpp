// Backtest metrics (core/health/backtest_metrics.hpp) on hand-made rankings.
#include <doctest/doctest.h>

#include <cmath>

#include "core/health/backtest_metrics.hpp"

using namespace retain;

TEST_CASE("ROC AUC is the share of (churner, non-churner) pairs ranked the right way") {
    // Risks 4, 3, 2, 1 with churners at 4 and 2: pairs (4,3) (4,1) (2,1) right, (2,3) wrong -> 3 / 4.
    CHECK(roc_auc({4, 3, 2, 1}, {1, 0, 1, 0}) == doctest::Approx(0.75));
    CHECK(roc_auc({4, 3, 2, 1}, {1, 1, 0, 0}) == doctest::Approx(1.0));
    CHECK(roc_auc({1, 2, 3, 4}, {1, 1, 0, 0}) == doctest::Approx(0.0));
}

TEST_CASE("ROC AUC counts a tie as half a right pair") {
    // The churner ties one non-churner (1/2) and beats the other (1): 1.5 / 2.
    CHECK(roc_auc({2, 2, 1}, {1, 0, 0}) == doctest::Approx(0.75));
}

TEST_CASE("ROC AUC is not a number without both outcomes") {
    CHECK(std::isnan(roc_auc({1, 2, 3}, {0, 0, 0})));
    CHECK(std::isnan(roc_auc({1, 2, 3}, {1, 1, 1})));
}

TEST_CASE("precision and recall of a flag") {
    // Flagged 3, of which 2 churned; 3 churned in all.
    const PrecisionRecall pr = precision_recall({1, 1, 1, 0, 0, 0, 0, 0}, {1, 1, 0, 1, 0, 0, 0, 0});
    CHECK(pr.flagged == 3);
    CHECK(pr.true_positives == 2);
    CHECK(pr.positives == 3);
    CHECK(pr.precision == doctest::Approx(2.0 / 3.0));
    CHECK(pr.recall == doctest::Approx(2.0 / 3.0));
    const PrecisionRecall one = precision_recall({1, 0, 0, 0}, {1, 1, 0, 0});
    CHECK(one.precision == doctest::Approx(1.0));
    CHECK(one.recall == doctest::Approx(0.5));
    CHECK(std::isnan(precision_recall({0, 0}, {1, 0}).precision));
}

TEST_CASE("the lift table ranks riskiest first and compares each bucket with the overall rate") {
    // Ten accounts with risks 10..1; churners at risks 10, 9 and 5 (overall rate 0.3); five buckets of two.
    const std::vector<double> risk = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const std::vector<uint8_t> churned = {0, 0, 0, 0, 1, 0, 0, 0, 1, 1};
    const std::vector<LiftBucket> lift = lift_table(risk, churned, 5);
    REQUIRE(lift.size() == 5);
    CHECK(lift[0].samples == 2);
    CHECK(lift[0].positives == 2);
    CHECK(lift[0].max_risk == 10);
    CHECK(lift[0].min_risk == 9);
    CHECK(lift[0].rate == doctest::Approx(1.0));
    CHECK(lift[0].lift == doctest::Approx(1.0 / 0.3));
    CHECK(lift[0].cumulative_recall == doctest::Approx(2.0 / 3.0));
    CHECK(lift[1].positives == 0);
    CHECK(lift[1].cumulative_recall == doctest::Approx(2.0 / 3.0));
    CHECK(lift[2].positives == 1);  // risks 6 and 5
    CHECK(lift[2].lift == doctest::Approx(0.5 / 0.3));
    CHECK(lift[2].cumulative_recall == doctest::Approx(1.0));
    CHECK(lift[4].lift == doctest::Approx(0.0));
}

TEST_CASE("one risk order serves the AUC and the lift table: riskiest first, ties in row order") {
    const std::vector<double> risk = {2, 5, 2, 7, 5};
    const std::vector<uint8_t> churned = {0, 1, 1, 1, 0};
    const std::vector<uint32_t> order = risk_order(risk);
    CHECK(order == std::vector<uint32_t>{3, 1, 4, 0, 2});
    CHECK(roc_auc(risk, churned, order) == doctest::Approx(roc_auc(risk, churned)));
    // Churners at 7, 5, 2 against non-churners at 5, 2: (7>5) (7>2) (5=5: 1/2) (5>2) (2<5: 0) (2=2: 1/2) -> 4 / 6.
    CHECK(roc_auc(risk, churned, order) == doctest::Approx(4.0 / 6.0));
    const std::vector<LiftBucket> by_order = lift_table(risk, churned, order, 5);
    REQUIRE(by_order.size() == 5);
    CHECK(by_order[1].positives == 1);  // row 1 (risk 5, churned) before row 4 (risk 5, stayed)
    CHECK(by_order[2].positives == 0);
}

TEST_CASE("the two-argument forms read only the rows both lists have") {
    // A longer risk list: its extra rows are not ranked (they would tie and shift every rank).
    CHECK(roc_auc({4, 3, 2, 1, 9, 9}, {1, 0, 1, 0}) == doctest::Approx(0.75));
    CHECK(lift_table({1, 2, 9}, {0, 1}, 2)[0].max_risk == 2);
}
