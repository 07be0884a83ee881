// The cohort retention heatmap (core/metrics/cohorts.hpp).
#include <doctest/doctest.h>

#include "core/metrics/cohorts.hpp"
#include "metrics_test_support.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("cohort heatmap cells: logo and revenue retention by months since start") {
    Book b = make_book(ym(2026, 1), {
        {100, 100, 0, 0},      // A0: January cohort, leaves in March
        {200, 300, 300, 300},  // A1: January cohort, expands in February
        {0, 50, 50, 50},       // A2: February cohort (no contract start, first paid in February)
        {500, 500, 500, 500},  // A3: contract 2025-05: started before the history, left out
        {70, 70, 70, 70},      // A4: no contract start, paying in the first month: left out
    });
    b.ws.accounts[0].contract_start = ymd(2026, 1, 5);
    b.ws.accounts[1].contract_start = ymd(2026, 1, 10);
    b.ws.accounts[3].contract_start = ymd(2025, 5, 1);
    const CohortHeatmap h = cohort_heatmap(b.series, b.ws, all_accounts(b.ws), {ym(2026, 1), ym(2026, 4)});

    CHECK(h.first_cohort == ym(2026, 1));
    CHECK(h.cohorts == 4);
    CHECK(h.ages == 4);
    CHECK(h.started_before_history == 2);
    CHECK(h.size[0] == 2);
    CHECK(h.start_mrr[0] == 300);
    CHECK(h.size[1] == 1);

    // January row: 2 customers (300), then 2 (400), 1 (300), 1 (300).
    CHECK(*h.logo_retention(0, 0) == doctest::Approx(1.0));
    CHECK(*h.logo_retention(0, 1) == doctest::Approx(1.0));
    CHECK(*h.logo_retention(0, 2) == doctest::Approx(0.5));
    CHECK(*h.revenue_retention(0, 1) == doctest::Approx(400.0 / 300.0));
    CHECK(*h.revenue_retention(0, 3) == doctest::Approx(1.0));

    // February row: observed through April (ages 0..2); age 3 would be May.
    CHECK(*h.logo_retention(1, 2) == doctest::Approx(1.0));
    CHECK_FALSE(h.observed(1, 3));
    CHECK_FALSE(h.logo_retention(1, 3).has_value());

    // March: nobody started, so no value rather than 0.
    CHECK(h.size[2] == 0);
    CHECK_FALSE(h.logo_retention(2, 0).has_value());
    CHECK_FALSE(h.revenue_retention(2, 0).has_value());
}

TEST_CASE("cohorts only start in the range and are observed through its last month") {
    Book b = make_book(ym(2026, 1), {{0, 100, 100, 100}, {0, 0, 40, 0}});
    const CohortHeatmap h = cohort_heatmap(b.series, b.ws, all_accounts(b.ws), {ym(2026, 3), ym(2026, 4)});
    CHECK(h.first_cohort == ym(2026, 3));
    CHECK(h.cohorts == 2);
    CHECK(h.size[0] == 1);  // only A1; A0 started in February, before the range
    CHECK(*h.logo_retention(0, 1) == doctest::Approx(0.0));
}
