// The Renewals view's figures (core/renewals/renewal_forecast.hpp): the renewals due, the forecast from
// p(health color), and the calibration of p on the workspace's own past renewals.
#include <doctest/doctest.h>

#include <cmath>

#include "../metrics/metrics_test_support.hpp"
#include "core/renewals/renewal_forecast.hpp"

using namespace retain;
using namespace retain::test;

namespace {

HealthScores scores_of(const std::vector<HealthColor>& colors, const std::vector<float>& score) {
    HealthScores h;
    h.color = colors;
    h.computed = colors;
    h.score = score;
    return h;
}

// A weekly history where every account keeps one color for every week.
HealthHistory flat_history(Date first, int32_t weeks, const std::vector<HealthColor>& colors) {
    HealthHistory h;
    for (int32_t w = 0; w < weeks; ++w) h.dates.push_back(first.plus_days(7 * w));
    h.accounts = colors.size();
    for (HealthColor c : colors)
        for (int32_t w = 0; w < weeks; ++w) {
            h.colors.push_back(c);
            h.scores.push_back(c == HealthColor::green ? 80.0f : 30.0f);
        }
    return h;
}

}  // namespace

TEST_CASE("the forecast weighs each renewal's ARR by its color's default probability") {
    // Jan..Apr 2026, as of 2026-04-15, 90 days: renewals up to 2026-07-14.
    Book b = make_book(ym(2026, 1), {
        {1000, 1000, 1000, 1000},  // A0 green, renews 2026-05-01
        {500, 500, 500, 500},      // A1 yellow, renews 2026-06-01
        {200, 200, 200, 200},      // A2 red, renews 2026-07-01
        {900, 900, 900, 900},      // A3 green, renews 2026-08-01: outside the window
        {300, 300, 300, 0},        // A4 renews 2026-05-10 but pays nothing now: not due
        {400, 400, 0, 0},          // A5 renewed 2026-03-01 (lost): a recent renewal, at February's ARR
    });
    Workspace& ws = b.ws;
    ws.accounts[0].renewal_date = ymd(2026, 5, 1);
    ws.accounts[1].renewal_date = ymd(2026, 6, 1);
    ws.accounts[2].renewal_date = ymd(2026, 7, 1);
    ws.accounts[3].renewal_date = ymd(2026, 8, 1);
    ws.accounts[4].renewal_date = ymd(2026, 5, 10);
    ws.accounts[5].renewal_date = ymd(2026, 3, 1);
    const HealthScores health = scores_of(
        {HealthColor::green, HealthColor::yellow, HealthColor::red, HealthColor::green, HealthColor::none, HealthColor::none},
        {85, 55, 20, 90, NAN, NAN});
    const Date as_of = ymd(2026, 4, 15);
    const RenewalCalibrationTable cal = calibrate_renewals(ws, b.series, HealthHistory{}, as_of);
    for (const RenewalCalibration& c : cal.colors) CHECK_FALSE(c.calibrated);
    CHECK(cal.colors[size_t(HealthColor::green)].probability == doctest::Approx(0.95));
    CHECK_FALSE(cal.from.ok());

    RenewalForecast f = forecast_renewals(ws, b.series, health, cal, as_of, 90);
    REQUIRE(f.rows.size() == 3);
    CHECK(f.rows[0].account == 0);
    CHECK(f.rows[0].date == ymd(2026, 5, 1));
    CHECK(f.rows[2].account == 2);
    CHECK(f.arr_due == Money((1000 + 500 + 200) * 12));
    // 12000 × 0.95 + 6000 × 0.80 + 2400 × 0.50
    CHECK(f.forecast_arr == Money(11400 + 4800 + 1200));
    CHECK(f.at_risk == 2);
    CHECK(f.at_risk_arr == Money((500 + 200) * 12));
    CHECK_FALSE(f.rows[0].at_risk);
    // The recent renewal is listed for its outcome, and counts in no total.
    REQUIRE(f.recent.size() == 1);
    CHECK(f.recent[0].account == 5);
    CHECK(f.recent[0].date == ymd(2026, 3, 1));
    CHECK(f.recent[0].arr == Money(400 * 12));

    // An open high-priority task puts a green account at risk; a done one does not.
    Task t;
    t.id = "T1";
    t.account = "A0";
    t.playbook = "pb";
    t.priority = kRiskTaskPriority;
    t.status = TaskStatus::done;
    ws.tasks.push_back(t);
    CHECK(forecast_renewals(ws, b.series, health, cal, as_of, 90).at_risk == 2);
    ws.tasks[0].status = TaskStatus::open;
    f = forecast_renewals(ws, b.series, health, cal, as_of, 90);
    CHECK(f.at_risk == 3);
    CHECK(f.rows[0].risky_task);
    CHECK(f.at_risk_arr == f.arr_due);

    // The 180-day window takes in A3 too; a recorded outcome is attached to its row.
    ws.renewal_outcomes.push_back({"A3", ymd(2026, 8, 1), RenewalResult::expanded, Money(150000), "more seats", as_of});
    f = forecast_renewals(ws, b.series, health, cal, as_of, 180);
    REQUIRE(f.rows.size() == 4);
    CHECK(f.rows[3].account == 3);
    CHECK(f.rows[3].outcome == 0);
    CHECK(f.rows[0].outcome == -1);
}

TEST_CASE("p(color) is the observed renewal rate once a color has enough past renewals") {
    // Jan..Jun 2026, as of 2026-06-15; history weekly from 2026-03-01.
    std::vector<std::vector<int64_t>> mrr;
    std::vector<HealthColor> colors;
    for (int i = 0; i < 12; ++i) {  // A0..A11 green, renewing 2026-04-10; A10, A11 stop paying in April
        mrr.push_back(i < 10 ? std::vector<int64_t>{100, 100, 100, 100, 100, 100} : std::vector<int64_t>{100, 100, 100, 0, 0, 0});
        colors.push_back(HealthColor::green);
    }
    mrr.push_back({100, 100, 100, 0, 0, 0});  // A12 red, renews 2026-04-10, lost
    mrr.push_back({100, 100, 100, 100, 100, 100});  // A13 red, renews 2026-04-10, kept
    mrr.push_back({100, 0, 0, 0, 0, 0});       // A14 red, renewed 2026-02-10: before the history, not counted
    mrr.push_back({0, 0, 0, 100, 100, 100});   // A15 red, renewal 2026-04-10 but not paying in March: not due
    for (int i = 0; i < 4; ++i) colors.push_back(HealthColor::red);
    Book b = make_book(ym(2026, 1), mrr);
    Workspace& ws = b.ws;
    for (size_t a = 0; a < ws.accounts.size(); ++a) ws.accounts[a].renewal_date = ymd(2026, 4, 10);
    ws.accounts[14].renewal_date = ymd(2026, 2, 10);
    // A recorded outcome wins over the MRR series: A0 still pays, but its CSM recorded it churned.
    ws.renewal_outcomes.push_back({"A0", ymd(2026, 4, 10), RenewalResult::churned, std::nullopt, "moved to a rival", {}});
    const Date as_of = ymd(2026, 6, 15);
    const HealthHistory history = flat_history(ymd(2026, 3, 1), 16, colors);

    const RenewalCalibrationTable cal = calibrate_renewals(ws, b.series, history, as_of);
    CHECK(cal.from == ymd(2026, 3, 1));
    CHECK(cal.to == ymd(2026, 6, 14));
    const RenewalCalibration& green = cal.colors[size_t(HealthColor::green)];
    CHECK(green.past == 12);
    CHECK(green.kept == 9);  // 10 still paying, less A0 recorded churned
    CHECK(green.calibrated);
    CHECK(green.probability == doctest::Approx(0.75));
    const RenewalCalibration& red = cal.colors[size_t(HealthColor::red)];
    CHECK(red.past == 2);
    CHECK(red.kept == 1);
    CHECK_FALSE(red.calibrated);
    CHECK(red.probability == doctest::Approx(0.50));  // the default, with too few renewals

    // The calibrated p drives the forecast: A13 renews again in 2027, so look at a green one due now.
    ws.accounts[1].renewal_date = ymd(2026, 7, 1);
    const HealthScores health = scores_of(colors, std::vector<float>(colors.size(), 80.0f));
    const RenewalForecast f = forecast_renewals(ws, b.series, health, cal, as_of, 30);
    REQUIRE(f.rows.size() == 1);
    CHECK(f.rows[0].probability == doctest::Approx(0.75));
    CHECK(f.forecast_arr == Money(1200 * 3 / 4));
}

TEST_CASE("renewal results read and write by name") {
    RenewalResult r = RenewalResult::renewed;
    CHECK(parse_enum("contracted", r));
    CHECK(r == RenewalResult::contracted);
    CHECK_FALSE(parse_enum("Contracted", r));
    CHECK(std::string(to_string(RenewalResult::churned)) == "churned");
    CHECK_FALSE(kept(RenewalResult::churned));
    CHECK(kept(RenewalResult::contracted));
}
