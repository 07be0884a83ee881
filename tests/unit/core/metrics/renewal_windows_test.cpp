// Renewals due in a window of days (core/metrics/renewal_windows.hpp) and ARR by health colour.
#include <doctest/doctest.h>

#include "core/metrics/health_distribution.hpp"
#include "core/metrics/renewal_windows.hpp"
#include "metrics_test_support.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("the renewal between two dates is an anniversary after the contract start") {
    Account a;
    a.contract_start = ymd(2025, 3, 5);
    CHECK(renewal_between(a, ymd(2026, 3, 1), ymd(2026, 3, 31)) == ymd(2026, 3, 5));
    CHECK(renewal_between(a, ymd(2026, 3, 6), ymd(2026, 12, 31)) == std::nullopt);
    // The contract start itself is not a renewal.
    CHECK(renewal_between(a, ymd(2025, 1, 1), ymd(2025, 12, 31)) == std::nullopt);
    // Windows across a year end find the renewal of either year.
    a.renewal_date = ymd(2027, 1, 10);
    CHECK(renewal_between(a, ymd(2025, 12, 1), ymd(2026, 2, 1)) == ymd(2026, 1, 10));
    CHECK(renewal_between(Account{}, ymd(2026, 1, 1), ymd(2026, 12, 31)) == std::nullopt);
    CHECK(renewal_between(a, ymd(2026, 2, 1), ymd(2026, 1, 1)) == std::nullopt);  // empty window
}

TEST_CASE("renewals ahead count paying accounts at the as-of month's ARR; behind at the month before") {
    // Jan..Apr 2026, as of 2026-04-15.
    Book b = make_book(ym(2026, 1), {
        {100, 100, 100, 100},  // A0: renews 2026-05-01: ahead
        {50, 50, 50, 0},       // A1: renews 2026-06-01 but pays nothing in April: not ahead
        {70, 70, 70, 70},      // A2: renews 2026-07-14, 90 days after as-of is 2026-07-14: ahead (edge)
        {30, 30, 30, 30},      // A3: renews 2026-07-15: one day too late
        {20, 25, 0, 0},        // A4: was due 2026-03-01 (behind), paid 25 in February: counted, though lost
        {10, 10, 10, 10},      // A5: due 2026-01-14, 91 days before as-of: outside the 90 days behind
    });
    Workspace& ws = b.ws;
    ws.accounts[0].renewal_date = ymd(2026, 5, 1);
    ws.accounts[1].renewal_date = ymd(2026, 6, 1);
    ws.accounts[2].renewal_date = ymd(2026, 7, 14);
    ws.accounts[3].renewal_date = ymd(2026, 7, 15);
    ws.accounts[4].renewal_date = ymd(2026, 3, 1);
    ws.accounts[5].renewal_date = ymd(2026, 1, 14);
    const Date as_of = ymd(2026, 4, 15);

    const RenewalWindow ahead = renewals_ahead(ws, b.series, all_accounts(ws), as_of, 90);
    CHECK(ahead.from == as_of);
    CHECK(ahead.to == ymd(2026, 7, 14));
    CHECK(ahead.accounts == 2);
    CHECK(ahead.arr == Money((100 + 70) * 12));

    const RenewalWindow behind = renewals_behind(ws, b.series, all_accounts(ws), as_of, 90);
    CHECK(behind.from == ymd(2026, 1, 15));
    CHECK(behind.to == ymd(2026, 4, 14));
    CHECK(behind.accounts == 1);
    CHECK(behind.arr == Money(25 * 12));

    // A subset counts only its accounts.
    AccountSubset only_a2;
    only_a2.accounts = {2};
    CHECK(renewals_ahead(ws, b.series, only_a2, as_of, 90).accounts == 1);
    CHECK(renewals_ahead(ws, b.series, all_accounts(ws), Date(), 90).accounts == 0);
}

TEST_CASE("ARR at risk sums the ARR of red and yellow accounts") {
    Book b = make_book(ym(2026, 1), {{0}, {0}, {0}, {0}, {0}});
    const std::vector<uint8_t> colors = {kHealthRed, kHealthYellow, kHealthGreen, kHealthRed, kHealthNone};
    const std::vector<Money> arr = {Money(1200), Money(600), Money(5000), Money(300)};  // A4 has none
    const HealthDistribution d = health_distribution(colors, all_accounts(b.ws), &arr);
    CHECK(d.arr[kHealthRed] == Money(1500));
    CHECK(d.arr[kHealthYellow] == Money(600));
    CHECK(d.arr[kHealthGreen] == Money(5000));
    CHECK(d.at_risk() == Money(2100));
    CHECK(health_distribution(colors, all_accounts(b.ws)).at_risk() == Money());
}
