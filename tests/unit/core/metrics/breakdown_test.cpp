// Breakdowns (metric_scope.hpp, metrics_report.hpp): every metric over a subset of accounts and a
// range of months; by segment and by owner.
#include <doctest/doctest.h>

#include "core/demo_generator.hpp"
#include "core/metrics/metric_formulas.hpp"
#include "core/metrics/metrics_report.hpp"
#include "metrics_test_support.hpp"

#include <cstring>
#include <set>
#include <string>

using namespace retain;
using namespace retain::test;

namespace {

// Enterprise: A0 1000 -> 1200, A2 500 -> 0. SMB: A1 100 -> 100, A3 200 -> 150.
Book two_segments() {
    Book b = make_book(ym(2026, 1), {{1000, 1200}, {100, 100}, {500, 0}, {200, 150}});
    const char* segments[] = {"Enterprise", "SMB", "Enterprise", "SMB"};
    const char* owners[] = {"csm-1", "csm-1", "", ""};
    for (size_t i = 0; i < 4; ++i) {
        b.ws.accounts[i].segment = segments[i];
        b.ws.accounts[i].owner = owners[i];
    }
    return b;
}

}  // namespace

TEST_CASE("a filter selects a segment, an owner's book or any list of accounts") {
    const Book b = two_segments();
    AccountFilter f;
    f.kind = AccountFilter::Kind::segment;
    f.value = "SMB";
    CHECK(select_accounts(b.ws, f).accounts == std::vector<AccountIx>{1, 3});
    f.kind = AccountFilter::Kind::owner;
    f.value = "";
    CHECK(select_accounts(b.ws, f).accounts == std::vector<AccountIx>{2, 3});
    f.kind = AccountFilter::Kind::list;
    f.list = {3, 0, 3, 99};  // order, duplicates and unknown indices do not matter
    const AccountSubset s = select_accounts(b.ws, f);
    CHECK(s.accounts == std::vector<AccountIx>{0, 3});
    CHECK(s.has(3));
    CHECK_FALSE(s.has(1));
}

TEST_CASE("a breakdown by segment equals the metric on that subset") {
    const Book b = two_segments();
    const AccountRows rows = index_account_rows(b.ws);
    const MonthRange feb{ym(2026, 2), ym(2026, 2)};
    const MetricSettings settings;
    const std::vector<MetricsBreakdownRow> by_segment =
        metrics_by_segment(b.ws, rows, b.series, feb, ymd(2026, 2, 28), settings);
    REQUIRE(by_segment.size() == 2);
    CHECK(by_segment[0].key == "Enterprise");
    CHECK(by_segment[0].accounts == 2);
    CHECK(by_segment[1].key == "SMB");

    // Enterprise: start 1500, expansion 200, churn 500: NRR (1500 + 200 − 500) / 1500 = 0.8.
    const MetricsReport& ent = by_segment[0].report;
    CHECK(*ent.period.cohort.nrr() == doctest::Approx(0.8));
    CHECK(*ent.period.cohort.grr() == doctest::Approx(1000.0 / 1500.0));
    CHECK(ent.revenue.months.back().mrr == Money(1200));
    // SMB: start 300, contraction 50: NRR 250 / 300.
    const MetricsReport& smb = by_segment[1].report;
    CHECK(*smb.period.cohort.nrr() == doctest::Approx(250.0 / 300.0));
    CHECK(*smb.monthly.back().gross_mrr_churn_rate == doctest::Approx(50.0 / 300.0));
    // The whole book: (1800 + 200 − 50 − 500) / 1800.
    const MetricsReport all = compute_metrics(b.ws, rows, b.series, all_accounts(b.ws), feb, ymd(2026, 2, 28), settings);
    CHECK(*all.period.cohort.nrr() == doctest::Approx(1450.0 / 1800.0));

    // The same numbers as the metric computed directly on the filtered subset.
    AccountFilter f;
    f.kind = AccountFilter::Kind::segment;
    f.value = "SMB";
    const MetricsReport direct =
        compute_metrics(b.ws, rows, b.series, select_accounts(b.ws, f), feb, ymd(2026, 2, 28), settings);
    CHECK(*direct.period.cohort.nrr() == doctest::Approx(*smb.period.cohort.nrr()));
    CHECK(direct.revenue.total.lost() == smb.revenue.total.lost());
}

TEST_CASE("a breakdown by owner has one row per owner, unassigned included") {
    const Book b = two_segments();
    const std::vector<MetricsBreakdownRow> by_owner = metrics_by_owner(
        b.ws, index_account_rows(b.ws), b.series, {ym(2026, 2), ym(2026, 2)}, ymd(2026, 2, 28), MetricSettings{});
    REQUIRE(by_owner.size() == 2);
    CHECK(by_owner[0].key == "");  // unassigned: A2 and A3
    CHECK(by_owner[0].report.revenue.months.back().mrr == Money(150));
    CHECK(by_owner[1].key == "csm-1");
    CHECK(by_owner[1].report.revenue.months.back().mrr == Money(1300));
}

TEST_CASE("segment breakdowns of the demo add up to the whole for sums and counts") {
    DemoOptions o;
    o.accounts = 300;
    const Workspace ws = generate_demo(o);
    const MrrSeries series = build_mrr_series(ws, ws.settings.as_of);
    const AccountRows rows = index_account_rows(ws);
    const MonthRange range = default_metric_range(series);
    const MetricSettings settings;
    const MetricsReport all = compute_metrics(ws, rows, series, all_accounts(ws), range, ws.settings.as_of, settings);
    const auto parts = metrics_by_segment(ws, rows, series, range, ws.settings.as_of, settings);
    REQUIRE(parts.size() == 3);  // the demo's Enterprise, Mid-market and SMB
    Money mrr, churn;
    int32_t customers = 0, promoters = 0, due = 0;
    for (const MetricsBreakdownRow& p : parts) {
        mrr += p.report.revenue.months.back().mrr;
        churn += p.report.revenue.total.of(MovementKind::churn);
        customers += p.report.revenue.months.back().customers;
        promoters += p.report.surveys.nps.promoters;
        due += p.report.renewals.due;
    }
    CHECK(all.revenue.months.size() == 12);
    CHECK(mrr == all.revenue.months.back().mrr);
    CHECK(churn == all.revenue.total.of(MovementKind::churn));
    CHECK(customers == all.revenue.months.back().customers);
    CHECK(promoters == all.surveys.nps.promoters);
    CHECK(due == all.renewals.due);
    CHECK(all.revenue.months.back().mrr.minor > 0);
}

TEST_CASE("an empty workspace gives no values, never 0 or NaN") {
    const Workspace ws;
    const MrrSeries series = build_mrr_series(ws, ymd(2026, 3, 31));
    const MetricsReport r = compute_metrics(ws, index_account_rows(ws), series, all_accounts(ws),
                                            {ym(2026, 1), ym(2026, 3)}, ymd(2026, 3, 31), MetricSettings{});
    CHECK_FALSE(r.period.cohort.nrr().has_value());
    CHECK_FALSE(r.trailing_12.grr().has_value());
    CHECK_FALSE(r.arpa.has_value());
    CHECK_FALSE(r.ltv.has_value());
    CHECK_FALSE(r.quick_ratio.has_value());
    CHECK_FALSE(r.renewals.rate().has_value());
    CHECK_FALSE(r.surveys.nps.nps().has_value());
    CHECK_FALSE(r.adoption.seat_utilisation().has_value());
    CHECK_FALSE(r.time_to_value.median_days.has_value());
    CHECK_FALSE(r.cs_roi.ratio().has_value());
}

TEST_CASE("every metric has a label and a one-line formula of its own") {
    std::set<std::string> formulas;
    for (int i = 0; i < kMetricIdCount; ++i) {
        const MetricId id = MetricId(i);
        CHECK(std::strlen(metric_label(id)) > 0);
        const std::string f = metric_formula(id);
        CHECK(f.find('=') != std::string::npos);
        CHECK(f.find('\n') == std::string::npos);
        formulas.insert(f);
    }
    CHECK(formulas.size() == size_t(kMetricIdCount));
    CHECK(std::string(metric_formula(MetricId::grr_trailing_12)).find("expansion") == std::string::npos);
}
