// Retention (core/metrics/retention.hpp): logo and MRR churn rates, NRR and GRR by month, period and
// trailing-12-month cohort.
#include <doctest/doctest.h>

#include "core/metrics/retention.hpp"
#include "metrics_test_support.hpp"

using namespace retain;
using namespace retain::test;

namespace {

// The book of mrr_movements_test.cpp: Jan..Apr 2026.
Book four_months() {
    Book b = make_book(ym(2026, 1), {{100, 150, 120, 0}, {0, 200, 200, 200}, {300, 0, 0, 250}, {0, 0, 80, 80}});
    b.ws.accounts[3].contract_start = ymd(2025, 6, 1);
    return b;
}

}  // namespace

TEST_CASE("monthly logo churn, gross and net MRR churn, NRR, GRR and expansion rate") {
    const Book b = four_months();
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2026, 1), ym(2026, 4)});
    const std::vector<RetentionMonth> r = monthly_retention(h);
    REQUIRE(r.size() == 4);

    // January opens the history: no start, no rates.
    CHECK_FALSE(r[0].logo_churn_rate.has_value());
    CHECK_FALSE(r[0].nrr.has_value());

    // February: start 400 from 2 customers; A2 churns 300, A0 expands 50, A1 is new (not in the base).
    CHECK(*r[1].logo_churn_rate == doctest::Approx(0.5));
    CHECK(*r[1].gross_mrr_churn_rate == doctest::Approx(0.75));   // 300 / 400
    CHECK(*r[1].net_mrr_churn_rate == doctest::Approx(0.625));    // (300 − 50) / 400
    CHECK(*r[1].nrr == doctest::Approx(0.375));                   // (400 + 50 − 300) / 400
    CHECK(*r[1].grr == doctest::Approx(0.25));                    // (400 − 300) / 400
    CHECK(*r[1].expansion_rate == doctest::Approx(0.125));        // 50 / 400

    // March: start 350; A0 contracts 30, A3 comes back with 80 (offsets net churn, not NRR).
    CHECK(*r[2].logo_churn_rate == doctest::Approx(0.0));
    CHECK(*r[2].gross_mrr_churn_rate == doctest::Approx(30.0 / 350.0));
    CHECK(*r[2].net_mrr_churn_rate == doctest::Approx(-50.0 / 350.0));  // (30 − 80) / 350
    CHECK(*r[2].nrr == doctest::Approx(320.0 / 350.0));
    CHECK(*r[2].grr == doctest::Approx(320.0 / 350.0));
}

TEST_CASE("NRR and GRR of a hand-made trailing-12-month cohort") {
    // Jan 2025 .. Jan 2026 (13 months); only the first and last months matter to the cohort.
    std::vector<std::vector<int64_t>> rows = {
        std::vector<int64_t>(13, 1000),  // A0: 1000 -> 1500 (expansion 500)
        std::vector<int64_t>(13, 1000),  // A1: 1000 -> 600 (contraction 400)
        std::vector<int64_t>(13, 1000),  // A2: 1000 -> 0 (churn 1000)
        std::vector<int64_t>(13, 0),     // A3: new during the year, not in the cohort
        std::vector<int64_t>(13, 1000),  // A4: leaves mid-year and comes back at 1000: retained
    };
    rows[0][12] = 1500;
    rows[1][12] = 600;
    rows[2][12] = 0;
    rows[3][6] = rows[3][12] = 5000;
    rows[4][5] = rows[4][6] = 0;
    const Book b = make_book(ym(2025, 1), rows);
    const CohortRetention c = trailing_12_retention(b.series, all_accounts(b.ws), ym(2026, 1));
    CHECK(c.start == ym(2025, 1));
    CHECK(c.start_customers == 4);
    CHECK(c.retained_customers == 3);
    CHECK(c.start_mrr == Money(4000));
    CHECK(c.expansion == Money(500));
    CHECK(c.contraction == Money(400));
    CHECK(c.churn == Money(1000));
    CHECK(c.end_mrr == Money(3100));
    CHECK(*c.nrr() == doctest::Approx(0.775));  // (4000 + 500 − 400 − 1000) / 4000
    CHECK(*c.grr() == doctest::Approx(0.65));   // (4000 − 400 − 1000) / 4000
    CHECK(*c.logo_churn_rate() == doctest::Approx(0.25));
}

TEST_CASE("GRR excludes expansion and never exceeds 1") {
    const Book b = make_book(ym(2025, 1), {{100, 300}, {200, 250}});
    const CohortRetention c = cohort_retention(b.series, all_accounts(b.ws), ym(2025, 1), ym(2025, 2));
    CHECK(*c.nrr() == doctest::Approx(550.0 / 300.0));
    CHECK(*c.grr() == doctest::Approx(1.0));
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2025, 1), ym(2025, 2)});
    CHECK(*monthly_retention(h)[1].grr == doctest::Approx(1.0));
}

TEST_CASE("a period's retention: its start cohort, its movements, its monthly logo churn") {
    const Book b = four_months();
    const AccountSubset all = all_accounts(b.ws);
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all, {ym(2026, 2), ym(2026, 4)});
    const PeriodRetention p = period_retention(b.series, all, h);
    // Cohort: January's customers A0 (100) and A2 (300), read in April: A0 0 (churn 100), A2 250 (−50).
    CHECK(p.cohort.start_mrr == Money(400));
    CHECK(*p.cohort.nrr() == doctest::Approx(0.625));  // (400 − 50 − 100) / 400
    CHECK(*p.cohort.grr() == doctest::Approx(0.625));
    CHECK(*p.cohort.logo_churn_rate() == doctest::Approx(0.5));
    // Movements Feb..Apr against January's 400: churn 420 + contraction 30, expansion 50, reactivation 330.
    CHECK(*p.gross_mrr_churn_rate == doctest::Approx(450.0 / 400.0));
    CHECK(*p.net_mrr_churn_rate == doctest::Approx(70.0 / 400.0));
    CHECK(*p.expansion_rate == doctest::Approx(50.0 / 400.0));
    // Customers lost 1 + 0 + 1 over customers at each month's start 2 + 2 + 3.
    CHECK(*p.monthly_logo_churn_rate == doctest::Approx(2.0 / 7.0));
}

TEST_CASE("retention with no customers at the start has no value, never 0") {
    const Book b = make_book(ym(2026, 1), {{0, 0, 100}});
    const AccountSubset all = all_accounts(b.ws);
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all, {ym(2026, 2), ym(2026, 3)});
    const std::vector<RetentionMonth> r = monthly_retention(h);
    REQUIRE(r.size() == 2);
    CHECK_FALSE(r[1].logo_churn_rate.has_value());
    CHECK_FALSE(r[1].gross_mrr_churn_rate.has_value());
    CHECK_FALSE(r[1].nrr.has_value());
    const PeriodRetention p = period_retention(b.series, all, h);
    CHECK_FALSE(p.cohort.nrr().has_value());
    CHECK_FALSE(p.cohort.grr().has_value());
    CHECK_FALSE(p.net_mrr_churn_rate.has_value());
    CHECK_FALSE(p.monthly_logo_churn_rate.has_value());
    // A trailing-12 window that starts before the series has no value either.
    CHECK_FALSE(trailing_12_retention(b.series, all, ym(2026, 3)).nrr().has_value());
}
