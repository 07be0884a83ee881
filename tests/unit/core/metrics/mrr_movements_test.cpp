// MRR movements (core/metrics/mrr_movements.hpp): each kind, reactivation versus new, monthly sums.
#include <doctest/doctest.h>

#include "core/metrics/mrr_movements.hpp"
#include "metrics_test_support.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("a movement is classified from last month's and this month's MRR") {
    int64_t amount = -1;
    CHECK(classify_movement(0, 200, false, &amount) == MovementKind::new_business);
    CHECK(amount == 200);
    CHECK(classify_movement(0, 250, true, &amount) == MovementKind::reactivation);
    CHECK(amount == 250);
    CHECK(classify_movement(100, 150, true, &amount) == MovementKind::expansion);
    CHECK(amount == 50);
    CHECK(classify_movement(150, 120, true, &amount) == MovementKind::contraction);
    CHECK(amount == 30);
    CHECK(classify_movement(120, 0, true, &amount) == MovementKind::churn);
    CHECK(amount == 120);
    CHECK(classify_movement(80, 80, true, &amount) == MovementKind::none);
    CHECK(amount == 0);
    CHECK(classify_movement(0, 0, true, &amount) == MovementKind::none);
}

TEST_CASE("negative MRR counts as not paying") {
    int64_t amount = 0;
    CHECK(classify_movement(-50, 100, false, &amount) == MovementKind::new_business);
    CHECK(amount == 100);
    CHECK(classify_movement(100, -20, false, &amount) == MovementKind::churn);
    CHECK(amount == 100);
}

// Jan..Apr 2026:           Jan  Feb  Mar  Apr
//  A0                      100  150  120    0   expansion 50, contraction 30, churn 120
//  A1                        0  200  200  200   new 200
//  A2                      300    0    0  250   churn 300, then reactivation 250
//  A3 (contract 2025-06)     0    0   80   80   reactivation 80: a customer before the history began
TEST_CASE("monthly MRR, customers, ARPA and movements of a hand-made book") {
    Book b = make_book(ym(2026, 1), {{100, 150, 120, 0}, {0, 200, 200, 200}, {300, 0, 0, 250}, {0, 0, 80, 80}});
    b.ws.accounts[3].contract_start = ymd(2025, 6, 1);
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2026, 1), ym(2026, 4)});
    REQUIRE(h.months.size() == 4);

    const RevenueMonth& jan = h.months[0];
    CHECK(jan.month == ym(2026, 1));
    CHECK(jan.mrr == Money(400));
    CHECK(jan.arr() == Money(4800));
    CHECK(jan.customers == 2);
    CHECK_FALSE(jan.has_start);  // the opening balance: no movements
    CHECK(jan.moves.net() == Money(0));

    const RevenueMonth& feb = h.months[1];
    CHECK(feb.mrr == Money(350));
    CHECK(feb.customers == 2);
    CHECK(feb.start_mrr == Money(400));
    CHECK(feb.start_customers == 2);
    CHECK(feb.moves.of(MovementKind::new_business) == Money(200));
    CHECK(feb.moves.count(MovementKind::new_business) == 1);
    CHECK(feb.moves.of(MovementKind::expansion) == Money(50));
    CHECK(feb.moves.of(MovementKind::churn) == Money(300));
    CHECK(feb.moves.count(MovementKind::churn) == 1);
    CHECK(feb.moves.of(MovementKind::reactivation) == Money(0));

    const RevenueMonth& mar = h.months[2];
    CHECK(mar.mrr == Money(400));
    CHECK(mar.customers == 3);
    CHECK(mar.moves.of(MovementKind::contraction) == Money(30));
    CHECK(mar.moves.of(MovementKind::reactivation) == Money(80));
    CHECK(mar.moves.of(MovementKind::new_business) == Money(0));

    const RevenueMonth& apr = h.months[3];
    CHECK(apr.mrr == Money(530));
    CHECK(apr.customers == 3);
    CHECK(apr.moves.of(MovementKind::churn) == Money(120));
    CHECK(apr.moves.of(MovementKind::reactivation) == Money(250));
    CHECK(apr.moves.count(MovementKind::reactivation) == 1);
    REQUIRE(apr.arpa().has_value());
    CHECK(*apr.arpa() == doctest::Approx(530.0 / 3.0));

    // Each month's movements explain its change in MRR.
    CHECK(feb.mrr - feb.start_mrr == feb.moves.net());
    CHECK(apr.mrr - apr.start_mrr == apr.moves.net());

    CHECK(h.total.of(MovementKind::new_business) == Money(200));
    CHECK(h.total.of(MovementKind::expansion) == Money(50));
    CHECK(h.total.of(MovementKind::contraction) == Money(30));
    CHECK(h.total.of(MovementKind::churn) == Money(420));
    CHECK(h.total.count(MovementKind::churn) == 2);
    CHECK(h.total.of(MovementKind::reactivation) == Money(330));
}

TEST_CASE("a customer returning after churning is a reactivation, a first payment is new") {
    // A0 pays, leaves, comes back; A1 pays for the first time in March.
    Book b = make_book(ym(2026, 1), {{100, 0, 100}, {0, 0, 40}});
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2026, 1), ym(2026, 3)});
    REQUIRE(h.months.size() == 3);
    CHECK(h.months[2].moves.of(MovementKind::reactivation) == Money(100));
    CHECK(h.months[2].moves.of(MovementKind::new_business) == Money(40));
}

TEST_CASE("a contract started before the history makes a first payment in it a reactivation") {
    Book b = make_book(ym(2026, 1), {{0, 70}, {0, 70}});
    b.ws.accounts[0].contract_start = ymd(2025, 12, 31);  // before January: a returning customer
    b.ws.accounts[1].contract_start = ymd(2026, 1, 15);   // within the history: new
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2026, 2), ym(2026, 2)});
    REQUIRE(h.months.size() == 1);
    CHECK(h.months[0].moves.of(MovementKind::reactivation) == Money(70));
    CHECK(h.months[0].moves.of(MovementKind::new_business) == Money(70));
}

TEST_CASE("the range is clipped to the months the series holds; an empty range gives no months") {
    Book b = make_book(ym(2026, 1), {{100, 100, 100}});
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2025, 6), ym(2026, 8)});
    CHECK(h.range.first == ym(2026, 1));
    CHECK(h.range.last == ym(2026, 3));
    CHECK(h.months.size() == 3);
    const RevenueHistory later = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2027, 1), ym(2027, 2)});
    CHECK(later.months.empty());
}

TEST_CASE("ARPA of a month without customers has no value") {
    Book b = make_book(ym(2026, 1), {{100, 0}});
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2026, 1), ym(2026, 2)});
    REQUIRE(h.months.size() == 2);
    CHECK(h.months[0].arpa().has_value());
    CHECK_FALSE(h.months[1].arpa().has_value());
}
