// The charts module (src/app/widgets/charts.hpp): pure helpers with worked numbers, then every chart drawn
// with ImGui and no renderer (view_harness.hpp) in both themes and at two pixel densities, with normal
// data, NaNs, empty series and single points; and the mouse moved over known bars, points and cells.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include <imgui.h>
#include <imgui_internal.h>  // FindWindowByName: is the tooltip window open this frame?

#include "app/widgets/charts.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const std::string kUsd = "USD";

bool tooltip_open() {
    const ImGuiWindow* w = ImGui::FindWindowByName("##Tooltip_00");
    return w && w->Active;
}

// One full-display window holding whatever `draw` draws.
template <class Draw>
void in_window(Harness& h, Draw&& draw) {
    h.frame_with([&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("Charts", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        draw();
        ImGui::End();
    });
}

void move_mouse(float x, float y) { ImGui::GetIO().MousePos = ImVec2(x, y); }

// The data of the gallery: a year of months with MRR, NRR, movements, a cohort triangle, a health mix.
struct GalleryData {
    MonthLabels months;
    double mrr[12] = {900000, 950000, 990000, 1040000, 1030000, 1100000, 1180000, 1210000, 1260000, 1300000, 1350000, 1420000};
    double mrr_target[12] = {900000, 960000, 1020000, 1080000, 1140000, 1200000, 1260000, 1320000, 1380000, 1440000, 1500000, 1560000};
    double nrr[12] = {1.02, 1.04, kNaN, 0.98, 1.01, 1.06, 1.08, kNaN, kNaN, 1.03, 1.05, 1.07};
    double gaps[12] = {kNaN, 5, kNaN, 7, 8, kNaN, kNaN, 3, kNaN, kNaN, kNaN, 4};
    double one[1] = {1234};
    double all_nan[3] = {kNaN, kNaN, kNaN};
    double moves_new[12] = {60000, 55000, 40000, 70000, 30000, 80000, 90000, 45000, 60000, 50000, 65000, 75000};
    double moves_exp[12] = {20000, 25000, 15000, 10000, 12000, 30000, 20000, 10000, 15000, 10000, 12000, 8000};
    double moves_react[12] = {0, 5000, 0, 0, kNaN, 0, 2000, 0, 0, 0, 3000, 0};
    double moves_contr[12] = {-10000, -8000, -5000, -4000, -20000, -6000, -7000, -9000, -3000, -4000, -2000, -5000};
    double moves_churn[12] = {-20000, -27000, -10000, -26000, -32000, -34000, -25000, -16000, -22000, -16000, -28000, -8000};
    double cohorts[6 * 6] = {
        1.00, 0.95, 0.91, 0.90, 0.86, 0.84,  //
        1.00, 0.97, 0.93, 0.92, 0.90, kNaN,  //
        1.00, 0.92, 0.88, 0.85, kNaN, kNaN,  //
        1.00, 0.99, 0.97, kNaN, kNaN, kNaN,  //
        1.00, 0.94, kNaN, kNaN, kNaN, kNaN,  //
        1.00, kNaN, kNaN, kNaN, kNaN, kNaN,
    };
    const char* cohort_cols[6] = {"0", "1", "2", "3", "4", "5"};
    DistributionBucket health[3] = {{"Red", 12, 0}, {"Yellow", 30, 0}, {"Green", 58, 0}};
    WaterfallStep bridge[5] = {{"New", 300000, 0}, {"Expansion", 80000, 0}, {"Reactivation", kNaN, 0},
                               {"Contraction", -40000, 0}, {"Churn", -120000, 0}};

    GalleryData() {
        months.build(Month::from_ym(2025, 1), 12);
        const Palette& p = palette();
        health[0].color = ImGui::ColorConvertFloat4ToU32(p.bad);
        health[1].color = ImGui::ColorConvertFloat4ToU32(p.warn);
        health[2].color = ImGui::ColorConvertFloat4ToU32(p.good);
    }
};

// Every chart kind with normal data and with the awkward cases, as a view would lay them out.
void draw_gallery(GalleryData& d) {
    const float e = ImGui::GetFontSize();
    const Palette& p = palette();
    auto col = [](const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); };
    const ImVec2 chart(e * 30, e * 12);

    LineChartSettings mrr_settings;
    mrr_settings.format = money_format(kUsd);
    mrr_settings.y_title = "MRR";
    mrr_settings.x_title = "Month";
    const ChartSeries mrr[] = {{"MRR", d.mrr, 12}, {"Plan", d.mrr_target, 12}};
    line_chart("mrr", chart, mrr_settings, d.months.data(), d.months.count(), mrr, 2);

    LineChartSettings nrr_settings;
    nrr_settings.format = percent_format();
    nrr_settings.include_zero = false;
    nrr_settings.reference = 1.0;
    nrr_settings.reference_label = "100%";
    const ChartSeries nrr[] = {{"NRR", d.nrr, 12}};
    line_chart("nrr", chart, nrr_settings, d.months.data(), d.months.count(), nrr, 1);

    // Awkward lines: gaps with isolated points, one point, a series shorter than the categories,
    // an empty series, all NaN, no categories at all.
    const ChartSeries awkward[] = {{"Gaps", d.gaps, 12}, {"One", d.one, 1}, {"Empty", nullptr, 0}};
    line_chart("awkward", chart, LineChartSettings{}, d.months.data(), 12, awkward, 3);
    line_chart("one", ImVec2(e * 10, e * 8), LineChartSettings{}, d.months.data(), 1, awkward + 1, 1);
    const ChartSeries nans[] = {{"NaN", d.all_nan, 3}};
    line_chart("nans", ImVec2(e * 10, e * 6), LineChartSettings{}, nullptr, 3, nans, 1);
    line_chart("none", ImVec2(e * 10, e * 6), LineChartSettings{}, nullptr, 0, nullptr, 0);

    StackedBarSettings moves_settings;
    moves_settings.format = money_format(kUsd);
    moves_settings.y_title = "MRR movements";
    moves_settings.net_line = true;
    const ChartSeries moves[] = {{"New", d.moves_new, 12, col(p.mrr_new)},
                                 {"Expansion", d.moves_exp, 12, col(p.mrr_expansion)},
                                 {"Reactivation", d.moves_react, 12, col(p.mrr_reactivation)},
                                 {"Contraction", d.moves_contr, 12, col(p.mrr_contraction)},
                                 {"Churn", d.moves_churn, 12, col(p.mrr_churn)}};
    stacked_bar_chart("moves", chart, moves_settings, d.months.data(), 12, moves, 5);
    stacked_bar_chart("moves_nan", ImVec2(e * 10, e * 6), StackedBarSettings{}, nullptr, 3, nans, 1);
    stacked_bar_chart("moves_one", ImVec2(e * 10, e * 6), StackedBarSettings{}, nullptr, 1, awkward + 1, 1);

    WaterfallSettings bridge_settings;
    bridge_settings.format = money_format(kUsd);
    bridge_settings.y_title = "MRR bridge";
    bridge_settings.start_label = "Jan 25";
    bridge_settings.end_label = "Dec 25";
    waterfall_chart("bridge", chart, bridge_settings, 900000, d.bridge, 5);
    waterfall_chart("bridge_empty", ImVec2(e * 10, e * 6), WaterfallSettings{}, 0, nullptr, 0);
    waterfall_chart("bridge_nan", ImVec2(e * 10, e * 6), WaterfallSettings{}, kNaN, d.bridge, 5);

    HeatmapSettings cohort_settings;
    cohort_settings.row_title = "Cohort";
    cohort_settings.col_title = "Months since start";
    heatmap("cohorts", ImVec2(e * 30, 0), cohort_settings, d.cohorts, 6, 6, d.months.data(), d.cohort_cols);
    heatmap("cohorts_tiny", ImVec2(e * 6, e * 3), HeatmapSettings{}, d.cohorts, 6, 6, nullptr, nullptr);
    heatmap("cohorts_empty", ImVec2(e * 10, e * 4), HeatmapSettings{}, nullptr, 0, 0, nullptr, nullptr);

    distribution_bars("health", ImVec2(e * 20, 0), DistributionSettings{}, d.health, 3);
    DistributionSettings vertical;
    vertical.vertical = true;
    distribution_bars("health_v", ImVec2(e * 20, e * 10), vertical, d.health, 3);
    distribution_bars("health_empty", ImVec2(e * 20, 0), DistributionSettings{}, d.health, 0);

    if (ImGui::BeginTable("spark", 2, ImGuiTableFlags_Borders)) {
        const double* rows[] = {d.mrr, d.gaps, d.one, d.all_nan, nullptr};
        const int counts[] = {12, 12, 1, 3, 0};
        for (int r = 0; r < 5; ++r) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("Row %d", r);
            ImGui::TableNextColumn();
            ImGui::PushID(r);
            sparkline("spark", ImVec2(0, 0), rows[r], counts[r], 0, money_format(kUsd), d.months.data());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
}

}  // namespace

TEST_CASE("nice ticks are 1, 2 or 5 times a power of ten and cover the range") {
    Ticks t = nice_ticks(0, 9730, 5);  // raw step 1,946 -> 2,000
    CHECK(t.first == 0);
    CHECK(t.step == 2000);
    REQUIRE(t.count == 6);
    CHECK(t.value(1) == 2000);
    CHECK(t.last() == 10000);

    t = nice_ticks(-3500, 12000, 5);  // raw 3,100 -> 5,000; -5,000 .. 15,000
    CHECK(t.first == -5000);
    CHECK(t.step == 5000);
    CHECK(t.count == 5);

    t = nice_ticks(0.85, 1.12, 5);  // NRR: raw 0.054 -> 0.1; 80% .. 120%
    CHECK(t.step == doctest::Approx(0.1));
    CHECK(t.first == doctest::Approx(0.8));
    CHECK(t.count == 5);
    CHECK(t.last() == doctest::Approx(1.2));

    t = nice_ticks(5, 5, 5);  // one value: padded to 4.5 .. 5.5, raw 0.2; 4.4 .. 5.6
    CHECK(t.step == doctest::Approx(0.2));
    CHECK(t.first == doctest::Approx(4.4));
    CHECK(t.count == 7);

    t = nice_ticks(0, 0, 5);  // nothing but zero: 0 .. 1 in steps of 0.2
    CHECK(t.first == 0);
    CHECK(t.step == doctest::Approx(0.2));
    CHECK(t.count == 6);

    t = nice_ticks(0, 10, 5);  // raw exactly 2: stays 2, not 5
    CHECK(t.step == 2);
    CHECK(t.count == 6);
}

TEST_CASE("waterfall bars float on the running total; a NaN step is a zero-height gap") {
    const WaterfallStep steps[] = {{"New", 2000}, {"Expansion", 500}, {"Reactivation", kNaN}, {"Contraction", -300}, {"Churn", -1200}};
    WaterfallBar bars[7];
    // 10,000 + 2,000 + 500 - 300 - 1,200 = 11,000
    CHECK(waterfall_bars(10000, steps, 5, bars) == 11000);
    const double expected[7][2] = {{0, 10000}, {10000, 12000}, {12000, 12500}, {12500, 12500},
                                   {12200, 12500}, {11000, 12200}, {0, 11000}};
    for (int i = 0; i < 7; ++i) {
        CHECK_MESSAGE(bars[i].low == expected[i][0], "bar ", i);
        CHECK_MESSAGE(bars[i].high == expected[i][1], "bar ", i);
    }
    // Below zero: 500 - 800 ends at -300; the end bar hangs from zero.
    const WaterfallStep loss[] = {{"Churn", -800}};
    WaterfallBar b[3];
    CHECK(waterfall_bars(500, loss, 1, b) == -300);
    CHECK(b[1].low == -300);
    CHECK(b[1].high == 500);
    CHECK(b[2].low == -300);
    CHECK(b[2].high == 0);
}

TEST_CASE("value formats: money from minor units, ratios as percents, counts, month labels") {
    const ValueFormat money = money_format(kUsd);
    CHECK(money(123456700) == "$1.2M");              // 123,456,700 cents = $1,234,567
    CHECK(money(123456700, true) == "$1,234,567");
    CHECK(money(-1200000, true) == "-$12,000");
    const ValueFormat pct = percent_format();
    CHECK(pct(0.973) == "97%");
    CHECK(pct(0.973, true) == "97.3%");
    CHECK(pct(1.0) == "100%");
    CHECK(pct(0.025) == "2.5%");  // under 10% a fraction of a percent is kept
    CHECK(pct(0.125) == "13%");
    CHECK(pct(-1e-17) == "0%");  // round-off at zero never prints "-0%"
    const ValueFormat count = count_format();
    CHECK(count(12500) == "12.5K");
    CHECK(count(12500, true) == "12,500");
    CHECK(count(20000) == "20K");
    CHECK(count(250) == "250");
    CHECK(number_format()(1234.5, true) == "1234.50");
    MonthLabels m;
    m.build(Month::from_ym(2025, 11), 3);
    REQUIRE(m.count() == 3);
    CHECK(std::string(m.data()[0]) == "Nov 25");
    CHECK(std::string(m.data()[2]) == "Jan 26");
}

TEST_CASE("the charts gallery draws in both themes and at two pixel densities, awkward data included") {
    for (float scale : {1.0f, 2.0f}) {
        Harness h(scale);
        for (bool dark : {true, false}) {
            apply_theme(dark, scale);
            GalleryData d;
            for (int i = 0; i < 4; ++i) in_window(h, [&] { draw_gallery(d); });
            // The mouse over the gallery: whatever is under it draws its hover and tooltip.
            for (float y = 40; y < 900 * scale; y += 37 * scale) {
                move_mouse(220 * scale, y);
                in_window(h, [&] { draw_gallery(d); });
            }
        }
    }
}

TEST_CASE("line chart: hovering a month reports it and opens a tooltip; a click reports it too") {
    Harness h;
    GalleryData d;
    LineChartSettings s;
    s.format = money_format(kUsd);
    const ChartSeries series[] = {{"MRR", d.mrr, 12}, {"Plan", d.mrr_target, 12}};
    ChartHit hit;
    auto draw = [&] { in_window(h, [&] { hit = line_chart("mrr", ImVec2(0, 20 * ImGui::GetFontSize()), s, d.months.data(), 12, series, 2); }); };
    move_mouse(-100, -100);
    draw();
    draw();
    CHECK(hit.hovered == -1);
    CHECK_FALSE(tooltip_open());
    REQUIRE(hit.plot_max.x > hit.plot_min.x);
    // Twelve equal slots; the middle of the fourth (April) is 3.5 slots from the left.
    const float slot = (hit.plot_max.x - hit.plot_min.x) / 12;
    const float y = (hit.plot_min.y + hit.plot_max.y) * 0.5f;
    move_mouse(hit.plot_min.x + 3.5f * slot, y);
    draw();
    CHECK(hit.hovered == 3);
    CHECK(tooltip_open());
    CHECK_FALSE(hit.clicked);
    // Left of the plot (over the tick labels) nothing is hovered.
    move_mouse(hit.plot_min.x - 2, y);
    draw();
    CHECK(hit.hovered == -1);
    CHECK_FALSE(tooltip_open());

    move_mouse(hit.plot_min.x + 10.5f * slot, y);
    draw();
    ImGui::GetIO().MouseDown[0] = true;
    draw();
    ImGui::GetIO().MouseDown[0] = false;
    draw();
    CHECK(hit.clicked);
    CHECK(hit.hovered == 10);
}

TEST_CASE("stacked bars: the segment under the mouse is reported, above and below zero") {
    Harness h;
    // Every month: new 4,000 and expansion 2,000 up; contraction -1,000 and churn -1,000 down. The axis runs
    // -2,000 .. 6,000 whatever the tick step (1,000 or 2,000): 8,000 over the plot's height.
    double up_new[6], up_exp[6], down_contr[6], down_churn[6];
    for (int i = 0; i < 6; ++i) up_new[i] = 4000, up_exp[i] = 2000, down_contr[i] = -1000, down_churn[i] = -1000;
    const ChartSeries series[] = {{"New", up_new, 6}, {"Expansion", up_exp, 6}, {"Contraction", down_contr, 6}, {"Churn", down_churn, 6}};
    StackedBarSettings s;
    s.net_line = true;
    ChartHit hit;
    auto draw = [&] { in_window(h, [&] { hit = stacked_bar_chart("moves", ImVec2(0, 20 * ImGui::GetFontSize()), s, nullptr, 6, series, 4); }); };
    move_mouse(-100, -100);
    draw();
    draw();
    const float slot = (hit.plot_max.x - hit.plot_min.x) / 6;
    const float height = hit.plot_max.y - hit.plot_min.y;
    const float x = hit.plot_min.x + 2.5f * slot;  // the middle of the third bar
    // Value 2,000 is (2,000 + 2,000) / 8,000 = 1/2 up the plot: inside "New" (0 .. 4,000).
    move_mouse(x, hit.plot_max.y - height * 0.5f);
    draw();
    CHECK(hit.hovered == 2);
    CHECK(hit.hovered_series == 0);
    CHECK(tooltip_open());
    // Value 5,000 is 7/8 up: inside "Expansion" (4,000 .. 6,000).
    move_mouse(x, hit.plot_max.y - height * 0.875f);
    draw();
    CHECK(hit.hovered_series == 1);
    // Value -1,500 is 1/16 up: inside "Churn" (-2,000 .. -1,000), stacked under contraction.
    move_mouse(x, hit.plot_max.y - height * 0.0625f);
    draw();
    CHECK(hit.hovered == 2);
    CHECK(hit.hovered_series == 3);
    // Between bars (the slot's edge) the category is hovered but no segment.
    move_mouse(hit.plot_min.x + 2.02f * slot, hit.plot_max.y - height * 0.5f);
    draw();
    CHECK(hit.hovered == 2);
    CHECK(hit.hovered_series == -1);
}

TEST_CASE("waterfall: start, steps and end are categories 0 .. n + 1") {
    Harness h;
    GalleryData d;
    WaterfallSettings s;
    s.format = money_format(kUsd);
    ChartHit hit;
    auto draw = [&] { in_window(h, [&] { hit = waterfall_chart("bridge", ImVec2(0, 20 * ImGui::GetFontSize()), s, 900000, d.bridge, 5); }); };
    move_mouse(-100, -100);
    draw();
    draw();
    const float slot = (hit.plot_max.x - hit.plot_min.x) / 7;  // start + 5 steps + end
    move_mouse(hit.plot_min.x + 6.5f * slot, hit.plot_max.y - 2);
    draw();
    CHECK(hit.hovered == 6);
    CHECK(tooltip_open());
    move_mouse(hit.plot_min.x + 4.5f * slot, hit.plot_max.y - 2);  // the fourth step: contraction
    draw();
    CHECK(hit.hovered == 4);
}

TEST_CASE("heatmap: the hovered cell's row and column; distribution bars and sparklines hover too") {
    Harness h;
    GalleryData d;
    ChartHit hit;
    HeatmapSettings hs;
    hs.row_title = "Cohort";
    hs.col_title = "Months since start";
    auto draw_heat = [&] { in_window(h, [&] { hit = heatmap("cohorts", ImVec2(0, 0), hs, d.cohorts, 6, 6, d.months.data(), d.cohort_cols); }); };
    move_mouse(-100, -100);
    draw_heat();
    draw_heat();
    const float cw = (hit.plot_max.x - hit.plot_min.x) / 6, ch = (hit.plot_max.y - hit.plot_min.y) / 6;
    move_mouse(hit.plot_min.x + 1.5f * cw, hit.plot_min.y + 2.5f * ch);  // row 2 (Mar 25), column 1
    draw_heat();
    CHECK(hit.hovered == 1);
    CHECK(hit.hovered_series == 2);
    CHECK(tooltip_open());
    move_mouse(hit.plot_min.x + 5.5f * cw, hit.plot_min.y + 5.5f * ch);  // an empty (NaN) cell still answers
    draw_heat();
    CHECK(hit.hovered == 5);
    CHECK(hit.hovered_series == 5);

    // Horizontal distribution: three rows of equal height; the third is Green.
    auto draw_dist = [&](bool vertical) {
        DistributionSettings ds;
        ds.vertical = vertical;
        in_window(h, [&] { hit = distribution_bars("health", ImVec2(0, 12 * ImGui::GetFontSize()), ds, d.health, 3); });
    };
    move_mouse(-100, -100);
    draw_dist(false);
    draw_dist(false);
    move_mouse(hit.plot_min.x + 4, hit.plot_min.y + (hit.plot_max.y - hit.plot_min.y) * 5 / 6);
    draw_dist(false);
    CHECK(hit.hovered == 2);
    CHECK(tooltip_open());
    move_mouse(-100, -100);
    draw_dist(true);
    move_mouse(hit.plot_min.x + (hit.plot_max.x - hit.plot_min.x) * 0.5f, hit.plot_max.y - 4);  // the middle column: Yellow
    draw_dist(true);
    CHECK(hit.hovered == 1);

    // Sparkline: five points over the width, four gaps; the fourth point (index 3) is 3/4 across.
    const double spark[5] = {1, 3, kNaN, 2, 5};
    auto draw_spark = [&] { in_window(h, [&] { hit = sparkline("spark", ImVec2(8 * ImGui::GetFontSize(), 2 * ImGui::GetFontSize()), spark, 5); }); };
    move_mouse(-100, -100);
    draw_spark();
    draw_spark();
    move_mouse(hit.plot_min.x + (hit.plot_max.x - hit.plot_min.x) * 0.75f, hit.plot_min.y + 2);
    draw_spark();
    CHECK(hit.hovered == 3);
    CHECK(tooltip_open());
    move_mouse(hit.plot_min.x + (hit.plot_max.x - hit.plot_min.x) * 0.5f, hit.plot_min.y + 2);  // the gap: no value
    draw_spark();
    CHECK(hit.hovered == 2);
    CHECK(tooltip_open());
}
