// What the chart files share and views do not need: the chart frame (InvisibleButton + clip), the axes
// layout of category charts, the legend, tooltip rows and colour helpers. See charts.hpp for the API.
#pragma once
#include <cmath>
#include <limits>
#include <string>

#include <imgui.h>

#include "app/theme.hpp"
#include "app/widgets/charts.hpp"
#include "app/widgets/widgets.hpp"

namespace retain::charts_detail {

// Ticks never exceed target + 2 (the step is at least range / target) and the target is at most 8.
constexpr int kMaxTicks = 12;
constexpr int kMaxLegend = 10;

inline bool finite(double v) { return std::isfinite(v); }
// Value i of a series; NaN past its end (a missing value draws as a gap).
inline double value_at(const ChartSeries& s, int i) {
    return i < s.count && s.values ? s.values[i] : std::numeric_limits<double>::quiet_NaN();
}
inline ImU32 with_alpha(ImU32 c, float alpha) {
    const ImU32 a = ImU32(float((c >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}
// The given colour, or the palette's series colour for this position when 0.
inline ImU32 series_color(ImU32 given, int index) {
    if (given != 0) return given;
    return u32(palette().series[size_t(index % Palette::kSeriesCount)]);
}
// One CSS pixel at the display's density (the body font is 15 CSS px), never thinner than a device pixel.
inline float hairline() { return std::fmax(1.0f, em() / 15.0f); }
inline float data_line() { return em() * 0.14f; }  // about 2 CSS px: data lines stand out from the grid

// The InvisibleButton that covers a chart (hover and click), its rectangle and a clip for drawing.
// Pops the clip when it goes out of scope, so an early return cannot leave it pushed.
struct ChartFrame {
    ImVec2 min, max;
    ImVec2 mouse;
    bool hovered = false;
    bool clicked = false;
    ImDrawList* draw = nullptr;

    ChartFrame(const char* id, ImVec2 size, float default_height_em);
    ~ChartFrame() { draw->PopClipRect(); }
    ChartFrame(const ChartFrame&) = delete;
    ChartFrame& operator=(const ChartFrame&) = delete;
};

// "No data" in the middle of an empty chart, with a faint outline so the space reads as a chart.
void draw_no_data(const ChartFrame& f);

// ---- Category charts: value axis on the left, categories along the bottom ----

struct AxisLayout {
    ImVec2 plot_min, plot_max;
    double lo = 0, hi = 1;  // the value range of the plot (the outer ticks)
    Ticks ticks;
    std::string tick_text[kMaxTicks];  // short labels: fit the small-string buffer, no heap
    int categories = 0;
    float header_y = 0;  // top of the header row (y title, legend)

    float y_of(double v) const {
        return plot_max.y - float((v - lo) / (hi - lo)) * (plot_max.y - plot_min.y);
    }
    float slot() const { return (plot_max.x - plot_min.x) / float(categories > 0 ? categories : 1); }
    float x_center(int i) const { return plot_min.x + (float(i) + 0.5f) * slot(); }
    // The category whose slot holds x, or -1 outside the plot.
    int category_at(float x) const;
};

// Lays out the frame: an optional header row, tick labels on the left, category labels (and the x title)
// under the plot. [lo, hi] is the data's range, widened to nice ticks.
// `header_rows`: lines above the plot for the y title and the legend (legend_rows), 0 for none.
void layout_axes(AxisLayout& a, const ChartFrame& f, double lo, double hi, const ValueFormat& format, int categories,
                 int header_rows, const char* x_title);
// How labels that do not all fit are thinned: every n-th (a regular time axis), or each one that
// does not touch the previous (named categories of different widths, like a waterfall's).
enum class LabelThinning { regular, greedy };
// Gridlines, tick labels, the zero line, category labels, titles.
void draw_axes(const AxisLayout& a, const ChartFrame& f, const char* const* categories, const char* x_title,
               const char* y_title, LabelThinning thinning = LabelThinning::regular);
// The hovered category's band behind the data.
void draw_highlight(const AxisLayout& a, const ChartFrame& f, int category);

enum class LegendShape { box, line, dashed };
struct LegendItem {
    const char* label;
    ImU32 color;
    LegendShape shape;
};
// Legend items right-aligned in the header, after the y title; they wrap onto more rows when the
// chart is narrow. legend_rows says how many rows draw_legend will take (at least 1 when there is a
// y title, 0 when there is nothing to show).
int legend_rows(const ChartFrame& f, const char* y_title, const LegendItem* items, int count);
void draw_legend(const ChartFrame& f, float y, const char* y_title, const LegendItem* items, int count);

// What every category chart (line, stacked bars, waterfall) does before drawing its data: lays out the
// axes under the y title and legend, finds the hovered and clicked category (into `hit`, with the plot's
// bounds), and draws the highlight band, the axes and the legend.
void frame_category_chart(AxisLayout& a, const ChartFrame& f, ChartHit& hit, double lo, double hi,
                          const ValueFormat& format, const char* const* categories, int category_count,
                          const char* x_title, const char* y_title, const LegendItem* legend, int legend_count,
                          LabelThinning thinning = LabelThinning::regular);

void dashed_hline(ImDrawList* draw, float x0, float x1, float y, ImU32 color, float thickness);

// Category label text: the given label, or its 1-based number when there are no labels.
const char* category_label(const char* const* labels, int i, char (&buf)[16]);

// ---- Tooltips ----

// A colour swatch, "label: value" on one line of the current tooltip.
void tooltip_row(ImU32 color, const char* label, const std::string& value);
// The value as text, or "no value" for NaN.
std::string exact_or_missing(const ValueFormat& format, double v);

}  // namespace retain::charts_detail
