// Line chart: one line per series over categories, NaN values leave gaps, an optional dashed reference.
#include <algorithm>

#include "app/widgets/charts_detail.hpp"

namespace retain {
using namespace charts_detail;

namespace {

// One series as runs of finite points: each run is a polyline (the draw list's reusable path, so no
// allocation); a run of one point, with gaps on both sides, is a dot so it does not vanish.
// AddCircleFilled builds its shape in that same path: clear it first, draw markers after the lines.
void draw_series(const ChartFrame& f, const AxisLayout& a, const ChartSeries& s, ImU32 color, bool markers) {
    const float width = data_line();
    int run = 0;
    ImVec2 last;
    auto flush = [&] {
        if (run > 1) f.draw->PathStroke(color, 0, width);
        f.draw->PathClear();
        if (run == 1) f.draw->AddCircleFilled(last, width * 1.5f, color);
        run = 0;
    };
    for (int i = 0; i < a.categories; ++i) {
        const double v = value_at(s, i);
        if (!finite(v)) {
            flush();
            continue;
        }
        last = ImVec2(a.x_center(i), a.y_of(v));
        f.draw->PathLineTo(last);
        ++run;
    }
    flush();
    if (!markers) return;
    for (int i = 0; i < a.categories; ++i) {
        const double v = value_at(s, i);
        if (finite(v)) f.draw->AddCircleFilled(ImVec2(a.x_center(i), a.y_of(v)), width * 1.3f, color);
    }
}

}  // namespace

ChartHit line_chart(const char* id, ImVec2 size, const LineChartSettings& settings, const char* const* categories,
                    int category_count, const ChartSeries* series, int series_count) {
    ChartFrame f(id, size, 14.0f);
    ChartHit hit;
    hit.plot_min = f.min;
    hit.plot_max = f.max;
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (int k = 0; k < series_count; ++k)
        for (int i = 0; i < category_count; ++i) {
            const double v = value_at(series[k], i);
            if (finite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        }
    if (lo > hi) {
        draw_no_data(f);
        return hit;
    }
    const bool has_reference = finite(settings.reference);
    if (has_reference) lo = std::min(lo, settings.reference), hi = std::max(hi, settings.reference);
    if (settings.include_zero) lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);

    const Palette& p = palette();
    LegendItem legend[kMaxLegend];
    int legend_count = 0;
    if (settings.legend) {
        for (int k = 0; k < series_count && legend_count < kMaxLegend - 1; ++k)
            if (series[k].label) legend[legend_count++] = {series[k].label, series_color(series[k].color, k), LegendShape::line};
        if (has_reference && settings.reference_label)
            legend[legend_count++] = {settings.reference_label, u32(p.text_muted), LegendShape::dashed};
    }
    AxisLayout a;
    frame_category_chart(a, f, hit, lo, hi, settings.format, categories, category_count, settings.x_title,
                         settings.y_title, legend, legend_count);
    if (has_reference) {
        dashed_hline(f.draw, a.plot_min.x, a.plot_max.x, a.y_of(settings.reference), u32(p.text_muted), hairline() * 1.5f);
    }
    // Dots on every point only while they stay apart; dense lines read better without them.
    const bool markers = a.slot() >= em() * 1.2f;
    for (int k = 0; k < series_count; ++k) draw_series(f, a, series[k], series_color(series[k].color, k), markers);

    if (hit.hovered < 0) return hit;
    // The hovered points ringed, and the series nearest the mouse (within half an em) reported.
    const ImU32 ring_fill = ImGui::GetColorU32(ImGuiCol_WindowBg);
    float nearest = em() * 0.5f;
    for (int k = 0; k < series_count; ++k) {
        const double v = value_at(series[k], hit.hovered);
        if (!finite(v)) continue;
        const ImVec2 c(a.x_center(hit.hovered), a.y_of(v));
        f.draw->AddCircleFilled(c, data_line() * 2.6f, series_color(series[k].color, k));
        f.draw->AddCircleFilled(c, data_line() * 1.4f, ring_fill);
        const float d = std::fabs(f.mouse.y - c.y);
        if (d <= nearest) nearest = d, hit.hovered_series = k;
    }
    ImGui::BeginTooltip();
    char buf[16];
    ImGui::TextUnformatted(category_label(categories, hit.hovered, buf));
    for (int k = 0; k < series_count; ++k)
        tooltip_row(series_color(series[k].color, k), series[k].label,
                    exact_or_missing(settings.format, value_at(series[k], hit.hovered)));
    if (has_reference && settings.reference_label)
        tooltip_row(u32(p.text_muted), settings.reference_label, settings.format(settings.reference, true));
    ImGui::EndTooltip();
    return hit;
}

}  // namespace retain
