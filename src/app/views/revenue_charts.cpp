// The Revenue tab: the MRR bridge of the period (start MRR -> new, expansion, reactivation, contraction,
// churn -> end MRR), the movements per month, MRR and ARR, and NRR and GRR month by month. The chart
// series are built with the report (revenue_cache.cpp); this only lays them out.
#include <algorithm>
#include <cmath>

#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/charts.hpp"
#include "app/widgets/widgets.hpp"
#include "core/metrics/metric_formulas.hpp"

namespace retain {
namespace {

// A chart's title with its formulas on hover.
void chart_title(const char* title, const char* tooltip) {
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em() * 28);
        ImGui::TextUnformatted(tooltip);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

std::string movements_tooltip() {
    std::string t;
    for (MetricId id : {MetricId::new_mrr, MetricId::expansion_mrr, MetricId::reactivation_mrr, MetricId::contraction_mrr,
                        MetricId::churn_mrr, MetricId::net_new_mrr}) {
        t += metric_formula(id);
        t += '\n';
    }
    return t;
}

void draw_waterfall(const AppState& app, float height) {
    const RevenueViewState& v = app.revenue_view;
    const std::vector<RevenueMonth>& months = v.report.revenue.months;
    const Palette& p = palette();
    // The bridge starts from the MRR the month before the range; a range that begins with the series
    // starts from its opening balance (that month has no movements).
    const RevenueMonth& first = months.front();
    const double start = double((first.has_start ? first.start_mrr : first.mrr).minor);
    const MovementSums& t = v.report.revenue.total;
    const WaterfallStep steps[5] = {
        {"New", double(t.of(MovementKind::new_business).minor), u32(p.mrr_new)},
        {"Expansion", double(t.of(MovementKind::expansion).minor), u32(p.mrr_expansion)},
        {"Reactivation", double(t.of(MovementKind::reactivation).minor), u32(p.mrr_reactivation)},
        {"Contraction", -double(t.of(MovementKind::contraction).minor), u32(p.mrr_contraction)},
        {"Churn", -double(t.of(MovementKind::churn).minor), u32(p.mrr_churn)},
    };
    static const std::string kTooltip = movements_tooltip() +
                                        "Start MRR: the month before the period (or the first month the data holds).";
    chart_title("MRR bridge", kTooltip.c_str());
    WaterfallSettings settings;
    settings.format = money_format(app.ws.settings.currency);
    settings.start_label = "Start MRR";
    settings.end_label = "End MRR";
    waterfall_chart("bridge", ImVec2(0, height), settings, start, steps, 5);
}

void draw_movement_bars(const AppState& app, float height) {
    const RevenueSeries& s = app.revenue_view.series;
    const Palette& p = palette();
    const ChartSeries series[5] = {
        {"New", s.moves[0].data(), s.months.count(), u32(p.mrr_new)},
        {"Expansion", s.moves[1].data(), s.months.count(), u32(p.mrr_expansion)},
        {"Reactivation", s.moves[2].data(), s.months.count(), u32(p.mrr_reactivation)},
        {"Contraction", s.moves[3].data(), s.months.count(), u32(p.mrr_contraction)},
        {"Churn", s.moves[4].data(), s.months.count(), u32(p.mrr_churn)},
    };
    static const std::string kTooltip = movements_tooltip();
    chart_title("MRR movements by month", kTooltip.c_str());
    StackedBarSettings settings;
    settings.format = money_format(app.ws.settings.currency);
    settings.net_line = true;
    settings.net_label = "Net new MRR";
    stacked_bar_chart("movements", ImVec2(0, height), settings, s.months.data(), s.months.count(), series, 5);
}

void draw_mrr_line(const AppState& app, float height) {
    const RevenueSeries& s = app.revenue_view.series;
    static const std::string kTooltip =
        std::string(metric_formula(MetricId::mrr)) + "\n" + metric_formula(MetricId::arr);
    chart_title("MRR and ARR", kTooltip.c_str());
    // One line: ARR is 12 × MRR, and on one axis beside ARR the MRR line would look flat. ARR is said
    // beside the title instead.
    const RevenueMonth& last = app.revenue_view.report.revenue.months.back();
    ImGui::SameLine();
    ImGui::TextColored(palette().text_muted, "ARR %s in %s", format_money(last.arr(), app.ws.settings.currency).c_str(),
                       s.months.text.back().c_str());
    const ChartSeries series{"MRR", s.mrr.data(), s.months.count()};
    LineChartSettings settings;
    settings.format = money_format(app.ws.settings.currency);
    settings.legend = false;
    settings.y_title = "MRR";
    line_chart("mrr_arr", ImVec2(0, height), settings, s.months.data(), s.months.count(), &series, 1);
}

void draw_retention_trend(const AppState& app, float height) {
    const RevenueSeries& s = app.revenue_view.series;
    static const std::string kTooltip =
        std::string(metric_formula(MetricId::nrr_monthly)) + "\n" + metric_formula(MetricId::grr_monthly);
    chart_title("NRR and GRR by month", kTooltip.c_str());
    const ChartSeries series[2] = {{"NRR", s.nrr.data(), s.months.count()}, {"GRR", s.grr.data(), s.months.count()}};
    LineChartSettings settings;
    settings.format = percent_format();
    settings.include_zero = false;
    settings.reference = 1.0;
    settings.reference_label = "100%";
    line_chart("nrr_grr", ImVec2(0, height), settings, s.months.data(), s.months.count(), series, 2);
}

}  // namespace

void draw_revenue_charts(AppState& app) {
    // Two charts a row where they fit; one a row on narrow windows.
    // The charts share the height there is (two rows, each with its title), never below 13 em.
    const int columns = ImGui::GetContentRegionAvail().x >= em() * 50 ? 2 : 1;
    const float titles = 2 * (fonts().heading->FontSize + ImGui::GetStyle().ItemSpacing.y * 3);
    const float height = std::max(em() * 13, (ImGui::GetContentRegionAvail().y - titles) / 2);
    if (!ImGui::BeginTable("revenue_charts", columns, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX))
        return;
    // The bridge's five movement labels need the wider column.
    ImGui::TableSetupColumn("left", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    if (columns == 2) ImGui::TableSetupColumn("right", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextColumn();
    draw_waterfall(app, height);
    ImGui::TableNextColumn();
    draw_movement_bars(app, height);
    ImGui::TableNextColumn();
    draw_mrr_line(app, height);
    ImGui::TableNextColumn();
    draw_retention_trend(app, height);
    ImGui::EndTable();
}

}  // namespace retain
