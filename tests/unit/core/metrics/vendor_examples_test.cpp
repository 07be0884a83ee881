// Published worked examples of a subscription-analytics vendor, reproduced (issue 5 point 10): ChartMogul's
// help centre, "MRR movements" (the Syncalytics customer: new business from a yearly plan counted as a
// twelfth, expansion, contraction, churn at the end of the paid year, reactivation) and "MRR Churn Rate"
// (Standard B2B formulas: $100 at the start, $10 churn, $10 contraction, $10 expansion -> gross 20 %,
// net 10 %). Retain's series is monthly, so the narrative's changes "a few days" apart sit in
// consecutive months here; the amounts and the kinds are the example's.
#include <doctest/doctest.h>

#include "core/metrics/metric_scope.hpp"
#include "core/metrics/mrr_movements.hpp"
#include "core/metrics/retention.hpp"
#include "core/mrr_series.hpp"
#include "metrics_test_support.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("ChartMogul's MRR movements example: Syncalytics, month by month") {
    // Plans: Silver $30 a month, Gold $50 a month or $500 a year. A second, steady customer opens the
    // series a month earlier, so Syncalytics' first month has a month before it and counts as new.
    Workspace ws;
    for (const char* id : {"syncalytics", "steady"}) {
        Account a;
        a.id = id;
        ws.accounts.push_back(a);
    }
    ws.reindex();
    // Four Gold yearly plans, billed $2,000: new business of $166.67 (2,000 / 12).
    ws.subscriptions.push_back(period(0, ymd(2025, 1, 10), ymd(2026, 1, 10), 200000, BillingInterval::year));
    // Two Silver monthly plans, $60: expansion; cancelled mid-cycle: contraction (Gold is still active).
    ws.subscriptions.push_back(period(0, ymd(2025, 2, 5), ymd(2025, 3, 15), 6000, BillingInterval::month));
    // Gold yearly cancelled: churn at the end of the paid year. Then three Gold monthly plans: reactivation.
    ws.subscriptions.push_back(period(0, ymd(2026, 3, 2), Date(), 15000, BillingInterval::month));
    ws.subscriptions.push_back(period(1, ymd(2024, 12, 1), Date(), 1000, BillingInterval::month));

    const MrrSeries series = build_mrr_series(ws, ymd(2026, 3, 31));
    const RevenueHistory h = compute_revenue_history(series, ws, all_accounts(ws), {ym(2024, 12), ym(2026, 3)});
    REQUIRE(h.months.size() == 16);
    const auto moves = [&](Month m) { return h.months[size_t(m - ym(2024, 12))].moves; };

    CHECK(series.at(0, ym(2025, 1)) == Money(16667));  // $166.67, as the example says
    CHECK(moves(ym(2025, 1)).of(MovementKind::new_business) == Money(16667));
    CHECK(moves(ym(2025, 2)).of(MovementKind::expansion) == Money(6000));
    CHECK(moves(ym(2025, 3)).of(MovementKind::contraction) == Money(6000));
    CHECK(moves(ym(2026, 1)).of(MovementKind::churn) == Money(16667));
    CHECK(moves(ym(2026, 3)).of(MovementKind::reactivation) == Money(15000));
    CHECK(moves(ym(2026, 3)).of(MovementKind::new_business) == Money());  // a former payer is not new
    // Nothing else moved in the sixteen months: five movements, one each.
    CHECK(h.total.count(MovementKind::new_business) == 1);
    CHECK(h.total.count(MovementKind::expansion) == 1);
    CHECK(h.total.count(MovementKind::contraction) == 1);
    CHECK(h.total.count(MovementKind::churn) == 1);
    CHECK(h.total.count(MovementKind::reactivation) == 1);
}

TEST_CASE("ChartMogul's MRR churn rate example: gross 20 %, net 10 %") {
    // $100 at the start of the month over four customers; in the month $10 churns, $10 contracts and one
    // customer expands by $10.
    const Book b = make_book(ym(2026, 1), {{1000, 0}, {3000, 2000}, {3000, 4000}, {3000, 3000}});
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2026, 1), ym(2026, 2)});
    const std::vector<RetentionMonth> r = monthly_retention(h);
    REQUIRE(r.size() == 2);
    CHECK(h.months[1].start_mrr == Money(10000));
    CHECK(*r[1].gross_mrr_churn_rate == doctest::Approx(0.20));  // ($10 + $10) / $100
    CHECK(*r[1].net_mrr_churn_rate == doctest::Approx(0.10));    // (($10 + $10) - ($10 + $0)) / $100
}
