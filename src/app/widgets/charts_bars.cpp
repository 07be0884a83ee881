// Stacked bars (positive stacks up, negative down, optional net line) and the waterfall bridge.
#include <algorithm>

#include "app/widgets/charts_detail.hpp"

namespace retain {
using namespace charts_detail;

namespace {

constexpr int kMaxWaterfallSteps = 30;  // a bridge with more steps than this is not readable anyway
constexpr float kBarShare = 0.62f;      // bar width as a share of its slot: gaps keep bars apart

// The sum of a category's known values; NaN when none is known.
double net_at(const ChartSeries* series, int series_count, int i) {
    double sum = 0;
    bool any = false;
    for (int k = 0; k < series_count; ++k) {
        const double v = value_at(series[k], i);
        if (finite(v)) sum += v, any = true;
    }
    return any ? sum : std::numeric_limits<double>::quiet_NaN();
}

std::string signed_text(const ValueFormat& format, double v, bool exact) {
    return v > 0 ? "+" + format(v, exact) : format(v, exact);
}

}  // namespace

ChartHit stacked_bar_chart(const char* id, ImVec2 size, const StackedBarSettings& settings, const char* const* categories,
                           int category_count, const ChartSeries* series, int series_count) {
    ChartFrame f(id, size, 14.0f);
    ChartHit hit;
    hit.plot_min = f.min;
    hit.plot_max = f.max;
    double lo = 0, hi = 0;
    bool any = false;
    for (int i = 0; i < category_count; ++i) {
        double up = 0, down = 0;
        for (int k = 0; k < series_count; ++k) {
            const double v = value_at(series[k], i);
            if (!finite(v)) continue;
            any = true;
            (v > 0 ? up : down) += v;
        }
        lo = std::min(lo, down);
        hi = std::max(hi, up);
    }
    if (!any) {
        draw_no_data(f);
        return hit;
    }
    const ImU32 net_color = ImGui::GetColorU32(ImGuiCol_Text);
    LegendItem legend[kMaxLegend];
    int legend_count = 0;
    if (settings.legend) {
        for (int k = 0; k < series_count && legend_count < kMaxLegend - 1; ++k)
            if (series[k].label) legend[legend_count++] = {series[k].label, series_color(series[k].color, k), LegendShape::box};
        if (settings.net_line && settings.net_label) legend[legend_count++] = {settings.net_label, net_color, LegendShape::line};
    }
    AxisLayout a;
    frame_category_chart(a, f, hit, lo, hi, settings.format, categories, category_count, settings.x_title,
                         settings.y_title, legend, legend_count);

    const float half = std::max(hairline(), a.slot() * kBarShare * 0.5f);
    ImVec2 hovered_min, hovered_max;
    for (int i = 0; i < category_count; ++i) {
        const float x = a.x_center(i);
        double up = 0, down = 0;
        for (int k = 0; k < series_count; ++k) {
            const double v = value_at(series[k], i);
            if (!finite(v) || v == 0) continue;
            const double from = v > 0 ? up : down;
            double& edge = v > 0 ? up : down;
            edge += v;
            const ImVec2 mn(x - half, std::min(a.y_of(from), a.y_of(edge)));
            const ImVec2 mx(x + half, std::max(a.y_of(from), a.y_of(edge)));
            f.draw->AddRectFilled(mn, mx, series_color(series[k].color, k));
            if (i == hit.hovered && f.mouse.y >= mn.y && f.mouse.y <= mx.y && std::fabs(f.mouse.x - x) <= half) {
                hit.hovered_series = k;
                hovered_min = mn;
                hovered_max = mx;
            }
        }
    }
    if (hit.hovered_series >= 0) f.draw->AddRect(hovered_min, hovered_max, net_color, 0, 0, hairline() * 1.5f);
    if (settings.net_line) {
        // The net line breaks where a category has no known value, like the line chart. Dots come in a
        // second pass: AddCircleFilled builds its shape in the path the line is collecting.
        int run = 0;
        for (int i = 0; i <= category_count; ++i) {
            const double net = i < category_count ? net_at(series, series_count, i) : std::numeric_limits<double>::quiet_NaN();
            if (finite(net)) {
                f.draw->PathLineTo(ImVec2(a.x_center(i), a.y_of(net)));
                ++run;
                continue;
            }
            if (run > 1) f.draw->PathStroke(net_color, 0, data_line());
            f.draw->PathClear();
            run = 0;
        }
        for (int i = 0; i < category_count; ++i) {
            const double net = net_at(series, series_count, i);
            if (finite(net)) f.draw->AddCircleFilled(ImVec2(a.x_center(i), a.y_of(net)), data_line() * 1.5f, net_color);
        }
    }

    if (hit.hovered < 0) return hit;
    ImGui::BeginTooltip();
    char buf[16];
    ImGui::TextUnformatted(category_label(categories, hit.hovered, buf));
    for (int k = 0; k < series_count; ++k)
        tooltip_row(series_color(series[k].color, k), series[k].label,
                    exact_or_missing(settings.format, value_at(series[k], hit.hovered)));
    ImGui::Separator();
    tooltip_row(net_color, settings.net_label, exact_or_missing(settings.format, net_at(series, series_count, hit.hovered)));
    ImGui::EndTooltip();
    return hit;
}

ChartHit waterfall_chart(const char* id, ImVec2 size, const WaterfallSettings& settings, double start,
                         const WaterfallStep* steps, int step_count) {
    ChartFrame f(id, size, 14.0f);
    ChartHit hit;
    hit.plot_min = f.min;
    hit.plot_max = f.max;
    if (!finite(start)) {
        draw_no_data(f);
        return hit;
    }
    const int n_steps = std::clamp(step_count, 0, kMaxWaterfallSteps);
    const int n = n_steps + 2;
    WaterfallBar bars[kMaxWaterfallSteps + 2];
    const double end = waterfall_bars(start, steps, n_steps, bars);
    const char* labels[kMaxWaterfallSteps + 2];
    double lo = 0, hi = 0;
    for (int i = 0; i < n; ++i) {
        lo = std::min(lo, bars[i].low);
        hi = std::max(hi, bars[i].high);
        labels[i] = i == 0 ? settings.start_label : i == n - 1 ? settings.end_label : steps[i - 1].label;
    }
    if (settings.value_labels && hi > lo) {
        // Headroom for the labels above the tallest bars: a line of text (and a little) out of the plot's
        // height, roughly the frame less the category labels below it.
        const float line_h = ImGui::GetTextLineHeightWithSpacing();
        const float plot_h = std::max(line_h * 2.0f, f.max.y - f.min.y - line_h * 2.0f);
        hi += (hi - lo) * double(line_h * 1.2f) / double(plot_h - line_h * 1.2f);
    }
    AxisLayout a;
    frame_category_chart(a, f, hit, lo, hi, settings.format, labels, n, nullptr, settings.y_title, nullptr, 0,
                         LabelThinning::greedy);

    const Palette& p = palette();
    const float half = std::max(hairline(), a.slot() * kBarShare * 0.5f);
    const float line = ImGui::GetTextLineHeight();
    const ImU32 text_color = ImGui::GetColorU32(ImGuiCol_Text);
    auto bar_color = [&](int i) {
        if (i == 0 || i == n - 1) return u32(p.chart_total);
        const WaterfallStep& s = steps[i - 1];
        return s.color ? s.color : u32(s.delta >= 0 ? p.good : p.bad);
    };
    auto bar_value = [&](int i) { return i == 0 ? start : i == n - 1 ? end : steps[i - 1].delta; };
    double running = start;
    for (int i = 0; i < n; ++i) {
        const float x = a.x_center(i);
        const double v = bar_value(i);
        if (finite(v)) {
            // A zero step still shows as a hairline at its level, so "no change" reads differently from a gap.
            const float top = a.y_of(bars[i].high);
            const float bottom = std::max(a.y_of(bars[i].low), top + hairline());
            f.draw->AddRectFilled(ImVec2(x - half, top), ImVec2(x + half, bottom), bar_color(i));
            if (settings.value_labels) {
                const std::string text = i == 0 || i == n - 1 ? settings.format(v) : signed_text(settings.format, v, false);
                const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
                if (ts.x <= a.slot() * 0.95f)
                    f.draw->AddText(ImVec2(x - ts.x * 0.5f, std::max(f.min.y, top - line)), text_color, text.c_str());
            }
        }
        if (i > 0 && i < n - 1 && finite(steps[i - 1].delta)) running += steps[i - 1].delta;
        // The connector carries the running total to the next bar.
        if (i < n - 1) {
            const float y = a.y_of(running);
            f.draw->AddLine(ImVec2(x + half, y), ImVec2(a.x_center(i + 1) - half, y), u32(p.chart_axis), hairline());
        }
    }

    if (hit.hovered < 0) return hit;
    const int h = hit.hovered;
    ImGui::BeginTooltip();
    const bool total = h == 0 || h == n - 1;
    const double v = bar_value(h);
    tooltip_row(bar_color(h), labels[h],
                total || !finite(v) ? exact_or_missing(settings.format, v) : signed_text(settings.format, v, true));
    if (!total) {
        // The running total after this step: the top (rise) or bottom (fall) of its bar.
        const double after = finite(v) && v < 0 ? bars[h].low : bars[h].high;
        ImGui::TextColored(p.text_muted, "Running total: %s", settings.format(after, true).c_str());
    }
    ImGui::EndTooltip();
    return hit;
}

}  // namespace retain
