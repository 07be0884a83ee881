// The Overview and Revenue views: drawn in both themes over the demo and an empty workspace; the range and
// breakdown controls change the cached report; metrics.set_settings validates and recomputes only the
// metrics; the Overview's tiles and window.retain.state() show the analysis's figures.
#include <doctest/doctest.h>

#include <cstring>

#include "app/automation.hpp"
#include "app/views/views.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

namespace {

void draw_every_revenue_tab(Harness& h) {
    for (const char* tab : {"revenue", "retention", "cohorts", "customers", "roi"}) {
        REQUIRE(run_command(h.app, "revenue.show", {{"tab", tab}}).ok);
        h.frames(3);
    }
}

// Σ 12 × MRR in `month` of the paying accounts whose segment is `segment`, read from the series cells.
Money segment_arr(const AppState& app, const std::string& segment, Month month) {
    Money sum;
    for (AccountIx i = 0; i < AccountIx(app.ws.accounts.size()); ++i)
        if (app.ws.accounts[i].segment == segment && app.analysis.mrr.at(i, month).minor > 0)
            sum += app.analysis.mrr.at(i, month) * 12;
    return sum;
}

}  // namespace

TEST_CASE("Overview and Revenue draw every tab and breakdown in both themes over the demo") {
    Harness h;
    load_demo(h);
    for (const char* theme : {"dark", "light"}) {
        REQUIRE(run_command(h.app, "theme.set", {{"mode", theme}}).ok);
        REQUIRE(run_command(h.app, "navigate", {{"view", "overview"}}).ok);
        h.frames(3);
        REQUIRE(run_command(h.app, "navigate", {{"view", "revenue"}}).ok);
        for (const char* by : {"all", "segment", "owner"}) {
            REQUIRE(run_command(h.app, "revenue.set_breakdown", {{"by", by}}).ok);
            draw_every_revenue_tab(h);
        }
        REQUIRE(run_command(h.app, "revenue.set_cohorts", {{"show", "revenue"}}).ok);
        REQUIRE(run_command(h.app, "revenue.set_range", {{"months", 0}}).ok);
        draw_every_revenue_tab(h);
        REQUIRE(run_command(h.app, "revenue.set_breakdown", {{"by", "all"}}).ok);
        REQUIRE(run_command(h.app, "revenue.set_range", {{"months", 12}}).ok);
    }
    CHECK(h.app.last_error.empty());
}

TEST_CASE("Overview and Revenue over an empty workspace say there is nothing to show") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    for (const char* view : {"overview", "revenue"}) {
        REQUIRE(run_command(h.app, "navigate", {{"view", view}}).ok);
        h.frames(3);
    }
    CHECK(run_command(h.app, "revenue.set_range", {{"months", 3}}).ok);
    CHECK(run_command(h.app, "revenue.set_breakdown", {{"by", "owner"}}).ok);
    h.frames(3);
    CHECK(h.app.revenue_view.report_accounts == 0);
    CHECK(h.app.revenue_view.groups.empty());
    const nlohmann::json s = automation_state(h.app);
    CHECK(s["metrics"]["nrr"].is_null());
}

TEST_CASE("revenue.set_range changes the cached report's months") {
    Harness h;
    load_demo(h);
    h.frames(1);  // the analysis of the loaded demo
    const MonthRange whole = h.app.analysis.metric_range;
    REQUIRE(run_command(h.app, "revenue.set_range", {{"months", 3}}).ok);
    const RevenueViewState& v = h.app.revenue_view;
    REQUIRE(v.report.revenue.months.size() == 3);
    CHECK(v.report.revenue.range.last == whole.last);
    CHECK(v.report.revenue.range.first == whole.last.plus(-2));
    for (const RevenueMonth& m : v.report.revenue.months) CHECK(m.has_start);  // three months of movements

    REQUIRE(run_command(h.app, "revenue.set_range", {{"months", 0}}).ok);
    CHECK(v.report.revenue.range.first == h.app.analysis.mrr.first);
    CHECK(v.report.revenue.months.size() == size_t(h.app.analysis.mrr.months));

    for (int bad : {5, -3, 36}) CHECK_FALSE(run_command(h.app, "revenue.set_range", {{"months", bad}}).ok);
    CHECK_FALSE(run_command(h.app, "revenue.set_range", {{"months", "twelve"}}).ok);
    CHECK(v.range_months == 0);
}

TEST_CASE("revenue.set_breakdown shows a segment's figures; owners are computed only when chosen") {
    Harness h;
    load_demo(h);
    h.frames(1);
    const RevenueViewState& v = h.app.revenue_view;
    REQUIRE(run_command(h.app, "revenue.set_range", {{"months", 12}}).ok);
    CHECK(v.groups.empty());  // "all": no breakdown computed

    const std::string segment = h.app.analysis.segments.back().segment;  // the smallest by ARR
    REQUIRE(run_command(h.app, "revenue.set_breakdown", {{"by", "segment"}, {"key", segment}}).ok);
    CHECK(v.key == segment);
    CHECK(v.groups.size() == h.app.analysis.segments.size());
    const Month last = h.app.analysis.metric_range.last;
    CHECK(v.report.revenue.months.back().arr() == segment_arr(h.app, segment, last));
    CHECK(v.report.revenue.months.back().arr() < h.app.analysis.metrics.revenue.months.back().arr());

    const RevenueBreakdown before = v.breakdown;
    CHECK_FALSE(run_command(h.app, "revenue.set_breakdown", {{"by", "segment"}, {"key", "No such segment"}}).ok);
    CHECK(v.breakdown == before);
    CHECK(v.key == segment);
    CHECK_FALSE(run_command(h.app, "revenue.set_breakdown", {{"by", "region"}}).ok);

    REQUIRE(run_command(h.app, "revenue.set_breakdown", {{"by", "owner"}}).ok);
    CHECK(v.groups_kind == RevenueBreakdown::owner);
    CHECK(v.groups.size() >= h.app.ws.csms.size());
    CHECK_FALSE(v.key == segment);  // the largest owner's book is picked

    const nlohmann::json s = automation_state(h.app);
    CHECK(s["metrics"]["revenue_view"]["breakdown"] == "owner");
    CHECK(s["metrics"]["revenue_view"]["current"] == true);
}

TEST_CASE("metrics.set_settings validates, and recomputes only the metrics") {
    Harness h;
    load_demo(h);
    h.frames(2);
    const MetricSettings old = h.app.ws.metric_settings;
    const uint64_t revision = h.app.revision, settings_revision = h.app.settings_revision;
    const std::optional<Money> ltv = h.app.analysis.metrics.ltv;
    REQUIRE(ltv);

    for (const nlohmann::json& bad : {nlohmann::json{{"gross_margin_pct", 120}}, nlohmann::json{{"gross_margin_pct", 50.5}},
                                      nlohmann::json{{"baseline_annual_churn_bp", -1}},
                                      nlohmann::json{{"cs_team_cost_per_year", "a lot"}},
                                      nlohmann::json{{"gross_margin_pct", 60}, {"margin", 1}}, nlohmann::json::object()}) {
        CHECK_FALSE(run_command(h.app, "metrics.set_settings", bad).ok);
        CHECK(h.app.ws.metric_settings.gross_margin_pct == old.gross_margin_pct);
        CHECK(h.app.revision == revision);
    }

    const float* scores = h.app.analysis.health.score.data();
    const std::vector<float> before_scores = h.app.analysis.health.score;
    const std::vector<HealthColor> before_colors = h.app.analysis.health.color;
    REQUIRE(run_command(h.app, "metrics.set_settings",
                        {{"gross_margin_pct", 60}, {"cs_team_cost_per_year", 50'000'000}, {"baseline_annual_churn_bp", 2000}})
                .ok);
    CHECK(h.app.settings_revision == settings_revision + 1);
    CHECK(h.app.revision == revision + 1);
    h.frames(2);
    // Not analysed again: the health scores are the same vector, untouched.
    CHECK(h.app.analysis.health.score.data() == scores);
    CHECK(std::memcmp(h.app.analysis.health.score.data(), before_scores.data(), before_scores.size() * sizeof(float)) == 0);
    CHECK(h.app.analysis.health.color == before_colors);
    // LTV = ARPA × margin ÷ churn: 60% of it where 80% was.
    REQUIRE(h.app.analysis.metrics.ltv);
    CHECK(double(h.app.analysis.metrics.ltv->minor) == doctest::Approx(double(ltv->minor) * 0.75).epsilon(1e-6));
    CHECK(h.app.analysis.metrics.cs_roi.team_cost == Money(50'000'000));  // $500,000 a year over 12 months
    CHECK(h.app.ws.metric_settings.baseline_annual_churn_bp == 2000);
}

TEST_CASE("the Overview's tiles and window.retain.state() show the analysis's NRR") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "navigate", {{"view", "overview"}}).ok);
    h.frames(3);
    const std::optional<double> nrr = h.app.analysis.metrics.trailing_12.nrr();
    REQUIRE(nrr);
    const OverviewFigures& f = h.app.revenue_view.overview;
    CHECK(f.tiles[1].value == format_rate(nrr));
    CHECK(f.tiles[1].tooltip.find("NRR = (start MRR + expansion") != std::string::npos);
    // The demo's series is shorter than 24 months: the change compares with the window a month earlier.
    const Analysis& a = h.app.analysis;
    REQUIRE_FALSE(a.mrr.holds(a.metric_range.last.plus(-24)));
    CHECK(f.previous_shift == 1);
    const std::optional<double> before = f.previous.trailing_12.nrr();
    REQUIRE(before);
    CHECK(f.tiles[1].detail == format_points_change(nrr, before) + " vs a month earlier");
    // ARR at risk and renewals come from the core's definitions.
    CHECK(f.tiles[4].value == format_money_short(f.health.at_risk(), h.app.ws.settings.currency));
    CHECK(f.health.count(kHealthRed) == a.health_mix[1]);
    CHECK(f.tiles[5].value == format_count(f.renewals_next.accounts));
    CHECK(f.renewals_next.accounts > 0);
    CHECK(f.tiles[7].value == kNoValueText);
    CHECK(f.tiles[7].detail == "no tasks yet: run the playbooks");
    const nlohmann::json s = automation_state(h.app);
    CHECK(s["metrics"]["nrr"].get<double>() == doctest::Approx(*nrr));
    CHECK(s["metrics"]["grr"].get<double>() <= 1.0);
}
