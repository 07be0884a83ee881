// The CS ROI calculator (core/metrics/cs_roi.hpp).
#include <doctest/doctest.h>

#include "core/metrics/cs_roi.hpp"
#include "metrics_test_support.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("the guides' ROI example reads 6:1") {
    // $500K team, $2M churn avoided, $1M expansion (in cents).
    const CsRoi r = cs_roi(Money(50000000), Money(200000000), Money(100000000));
    REQUIRE(r.ratio().has_value());
    CHECK(*r.ratio() == doctest::Approx(6.0));
    CHECK(format_ratio_to_one(*r.ratio()) == "6:1");
}

TEST_CASE("ROI without a team cost has no value") {
    CHECK_FALSE(cs_roi(Money(0), Money(100), Money(100)).ratio().has_value());
}

TEST_CASE("ratios read to one decimal") {
    CHECK(format_ratio_to_one(7.2) == "7.2:1");
    CHECK(format_ratio_to_one(2.25) == "2.3:1");
    CHECK(format_ratio_to_one(-0.4) == "-0.4:1");
    CHECK(format_ratio_to_one(0.0) == "0:1");
}

TEST_CASE("ROI from the data: churn avoided against the baseline, plus expansion, over the team cost") {
    // January: 5000 + 5000. February: A0 expands by 500, A1 contracts by 200.
    const Book b = make_book(ym(2026, 1), {{5000, 5500}, {5000, 4800}});
    const RevenueHistory h = compute_revenue_history(b.series, b.ws, all_accounts(b.ws), {ym(2026, 2), ym(2026, 2)});
    MetricSettings settings;
    settings.cs_team_cost_per_year = Money(12000);
    settings.baseline_annual_churn_bp = 3600;  // 36% a year
    const CsRoi r = cs_roi_from_history(h, settings);
    CHECK(r.months == 1);
    CHECK(r.team_cost == Money(1000));       // 12,000 × 1 ÷ 12
    CHECK(r.start_arr == Money(120000));     // 12 × 10,000
    CHECK(r.expected_loss == Money(3600));   // 120,000 × 36% × 1 ÷ 12
    CHECK(r.actual_loss == Money(2400));     // 12 × 200
    CHECK(r.churn_avoided == Money(1200));
    CHECK(r.expansion == Money(6000));       // 12 × 500
    CHECK(*r.ratio() == doctest::Approx(7.2));
}
