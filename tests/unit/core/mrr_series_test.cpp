// The monthly MRR series (core/mrr_series.hpp): snapshots, subscription periods and which one counts.
#include <doctest/doctest.h>

#include "core/mrr_series.hpp"
#include "metrics/metrics_test_support.hpp"
#include "test_dates.hpp"

using namespace retain;

namespace {

Workspace accounts(int n) {
    Workspace ws;
    for (int i = 0; i < n; ++i) {
        Account a;
        a.id = "A" + std::to_string(i);
        ws.accounts.push_back(a);
    }
    ws.reindex();
    return ws;
}

using test::period;
using test::ym;
using test::ymd;

}  // namespace

TEST_CASE("snapshots: a month is the sum of its snapshots, a month without any is 0") {
    Workspace ws = accounts(1);
    ws.mrr = {{0, ym(2026, 1), Money(1000)}, {0, ym(2026, 3), Money(3000)}, {0, ym(2026, 3), Money(500)}};
    const MrrSeries s = build_mrr_series(ws, ymd(2026, 3, 15));
    CHECK(s.first == ym(2026, 1));
    CHECK(s.months == 3);
    CHECK(s.last() == ym(2026, 3));
    CHECK(s.at(0, ym(2026, 1)) == Money(1000));
    CHECK(s.at(0, ym(2026, 2)) == Money(0));
    CHECK(s.at(0, ym(2026, 3)) == Money(3500));
    CHECK(s.at(0, ym(2025, 12)) == Money(0));  // outside the series
}

TEST_CASE("snapshots after the as-of month are not counted") {
    Workspace ws = accounts(1);
    ws.mrr = {{0, ym(2026, 3), Money(1000)}, {0, ym(2026, 4), Money(9000)}};
    const MrrSeries s = build_mrr_series(ws, ymd(2026, 3, 15));
    CHECK(s.months == 1);
    CHECK(s.at(0, ym(2026, 3)) == Money(1000));
}

TEST_CASE("a monthly subscription counts from the month it starts until it ends") {
    Workspace ws = accounts(1);
    ws.subscriptions = {period(0, ymd(2026, 1, 10), Date{}, 50000)};
    const MrrSeries s = build_mrr_series(ws, ymd(2026, 3, 15));
    CHECK(s.first == ym(2026, 1));
    CHECK(s.at(0, ym(2026, 1)) == Money(50000));  // started by January 31
    CHECK(s.at(0, ym(2026, 2)) == Money(50000));
    CHECK(s.at(0, ym(2026, 3)) == Money(50000));
}

TEST_CASE("an annual amount counts as a twelfth a month, rounded half away from zero") {
    CHECK(monthly_amount(period(0, ymd(2026, 1, 1), Date{}, 120000, BillingInterval::year)) == Money(10000));
    CHECK(monthly_amount(period(0, ymd(2026, 1, 1), Date{}, 100000, BillingInterval::year)) == Money(8333));  // 8333.33
    CHECK(monthly_amount(period(0, ymd(2026, 1, 1), Date{}, 100006, BillingInterval::year)) == Money(8334));  // 8333.83
    CHECK(monthly_amount(period(0, ymd(2026, 1, 1), Date{}, 6, BillingInterval::year)) == Money(1));          // 0.5
    CHECK(monthly_amount(period(0, ymd(2026, 1, 1), Date{}, 777, BillingInterval::month)) == Money(777));
    Workspace ws = accounts(1);
    ws.subscriptions = {period(0, ymd(2025, 12, 1), Date{}, 100000, BillingInterval::year)};
    CHECK(build_mrr_series(ws, ymd(2026, 2, 1)).at(0, ym(2026, 1)) == Money(8333));
}

TEST_CASE("the end date is exclusive: a period ending on a month's last day does not count that month") {
    Workspace ws = accounts(2);
    ws.subscriptions = {period(0, ymd(2026, 1, 1), ymd(2026, 2, 28), 1000),  // not running on Feb 28
                        period(1, ymd(2026, 1, 1), ymd(2026, 3, 1), 2000)};  // running through Feb 28
    const MrrSeries s = build_mrr_series(ws, ymd(2026, 3, 20));
    CHECK(s.at(0, ym(2026, 1)) == Money(1000));
    CHECK(s.at(0, ym(2026, 2)) == Money(0));
    CHECK(s.at(1, ym(2026, 2)) == Money(2000));
    CHECK(s.at(1, ym(2026, 3)) == Money(0));
}

TEST_CASE("the current month is measured at the as-of date, not at its end") {
    Workspace ws = accounts(2);
    ws.subscriptions = {period(0, ymd(2026, 3, 20), Date{}, 1000),               // starts after as-of
                        period(1, ymd(2026, 1, 1), ymd(2026, 3, 20), 2000)};     // ends after as-of
    const MrrSeries early = build_mrr_series(ws, ymd(2026, 3, 15));
    CHECK(early.at(0, ym(2026, 3)) == Money(0));
    CHECK(early.at(1, ym(2026, 3)) == Money(2000));
    const MrrSeries late = build_mrr_series(ws, ymd(2026, 3, 20));
    CHECK(late.at(0, ym(2026, 3)) == Money(1000));
    CHECK(late.at(1, ym(2026, 3)) == Money(0));
}

TEST_CASE("snapshots take precedence over subscriptions for the same account") {
    Workspace ws = accounts(2);
    ws.mrr = {{0, ym(2026, 3), Money(7000)}};
    ws.subscriptions = {period(0, ymd(2026, 1, 1), Date{}, 50000), period(1, ymd(2026, 2, 1), Date{}, 3000)};
    const MrrSeries s = build_mrr_series(ws, ymd(2026, 3, 15));
    CHECK(s.at(0, ym(2026, 2)) == Money(0));
    CHECK(s.at(0, ym(2026, 3)) == Money(7000));
    CHECK(s.at(1, ym(2026, 3)) == Money(3000));  // no snapshots: its subscription counts
}

TEST_CASE("ignored subscriptions do not stretch the series back") {
    Workspace ws = accounts(1);
    ws.mrr = {{0, ym(2026, 2), Money(7000)}};
    ws.subscriptions = {period(0, ymd(2024, 6, 1), Date{}, 50000)};
    const MrrSeries s = build_mrr_series(ws, ymd(2026, 3, 15));
    CHECK(s.first == ym(2026, 2));
    CHECK(s.months == 2);
}

TEST_CASE("no as-of date gives an empty series that reads as zero") {
    Workspace ws = accounts(1);
    ws.mrr = {{0, ym(2026, 2), Money(7000)}};
    const MrrSeries s = build_mrr_series(ws, Date{});
    CHECK(s.months == 0);
    CHECK(s.at(0, ym(2026, 2)) == Money(0));
}
