// Renewal rate (core/metrics/renewals.hpp): which renewals are due in a period and which renewed.
#include <doctest/doctest.h>

#include "core/metrics/renewals.hpp"
#include "metrics_test_support.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("adding years keeps the day, and 29 February falls on the 28th in other years") {
    CHECK(add_years(ymd(2024, 2, 10), 2) == ymd(2026, 2, 10));
    CHECK(add_years(ymd(2027, 2, 10), -1) == ymd(2026, 2, 10));
    CHECK(add_years(ymd(2024, 2, 29), 1) == ymd(2025, 2, 28));
    CHECK(add_years(ymd(2024, 2, 29), 4) == ymd(2028, 2, 29));
}

TEST_CASE("renewal rate of the renewals due in a period") {
    // Jan..Apr 2026, as of 2026-04-15.
    Book b = make_book(ym(2026, 1), {
        {100, 100, 100, 100},  // A0: renews 2026-02-10 (next one 2027-02-10): renewed
        {50, 50, 0, 0},        // A1: due 2026-03-05 (contract anniversary), gone in March: lost
        {70, 70, 70, 70},      // A2: due 2026-04-20, after the as-of date: not yet due
        {0, 0, 0, 0},          // A3: due 2026-03-01 but left before: nothing to renew
        {0, 90, 90, 90},       // A4: contract started 2026-02-01: its first renewal is 2027
        {40, 40, 40, 40},      // A5: due 2026-01-20, December is not in the history: not judged
        {60, 60, 60, 60},      // A6: contract 2024-02-29, due 2026-02-28: renewed
    });
    Workspace& ws = b.ws;
    ws.accounts[0].contract_start = ymd(2024, 2, 10);
    ws.accounts[0].renewal_date = ymd(2027, 2, 10);
    ws.accounts[1].contract_start = ymd(2025, 3, 5);
    ws.accounts[2].renewal_date = ymd(2026, 4, 20);
    ws.accounts[3].contract_start = ymd(2025, 3, 1);
    ws.accounts[3].renewal_date = ymd(2026, 3, 1);
    ws.accounts[4].contract_start = ymd(2026, 2, 1);
    ws.accounts[4].renewal_date = ymd(2027, 2, 1);
    ws.accounts[5].renewal_date = ymd(2026, 1, 20);
    ws.accounts[6].contract_start = ymd(2024, 2, 29);

    const RenewalSummary s = renewal_summary(ws, b.series, all_accounts(ws), {ym(2026, 1), ym(2026, 4)}, ymd(2026, 4, 15));
    CHECK(s.from == ymd(2026, 1, 1));
    CHECK(s.to == ymd(2026, 4, 15));
    CHECK(s.due == 3);
    CHECK(s.renewed == 2);
    CHECK(s.lost() == 1);
    CHECK(s.due_mrr == Money(210));      // 100 + 50 + 60
    CHECK(s.renewed_mrr == Money(160));  // 100 + 60
    REQUIRE(s.rate().has_value());
    CHECK(*s.rate() == doctest::Approx(2.0 / 3.0));
}

TEST_CASE("a period with no renewals due has no renewal rate") {
    Book b = make_book(ym(2026, 1), {{100, 100, 100}});
    b.ws.accounts[0].renewal_date = ymd(2026, 9, 1);
    const RenewalSummary s = renewal_summary(b.ws, b.series, all_accounts(b.ws), {ym(2026, 1), ym(2026, 3)}, ymd(2026, 3, 31));
    CHECK(s.due == 0);
    CHECK_FALSE(s.rate().has_value());
}
