// Charts drawn with ImDrawList: line, stacked bars, waterfall, heatmap, distribution bars, sparklines.
//
// Why no chart library: each chart is one InvisibleButton (hover and click) plus draw-list primitives, so
// it costs a few dozen vertices and no state. The data is passed in and never owned or copied; a call
// draws one chart for one frame. Values may be NaN for "no value": a gap, never drawn as zero.
//
// Every chart returns a ChartHit: the hovered category (and series), and whether it was clicked, so a
// view can open the list behind a bar. Hovering shows a tooltip with the exact values.
//
// Sizes: pass ImVec2 in em() multiples; 0 takes the available width / the chart's default height.
// Colours: 0 picks the palette's series colour for that position (theme.hpp), readable in both themes.
//
// Index: value formats · month labels · pure helpers (ticks, waterfall) · the charts.
#pragma once
#include <limits>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/date.hpp"

namespace retain {

// ---- Value formats ----------------------------------------------------------------------------------

// Turns a value into text. `exact` is false for axis ticks and cells (short: "$1.2M", "97%") and true for
// tooltips (full: "$1,234,567", "97.3%"). `user` is handed back (money_format keeps the currency there).
struct ValueFormat {
    std::string (*fn)(double value, bool exact, const void* user) = nullptr;  // null: a plain number
    const void* user = nullptr;
    std::string operator()(double value, bool exact = false) const;
};

ValueFormat number_format();   // whole numbers "1,234"; fractions "1234.50" exact, "0.25" short
ValueFormat count_format();    // "1,234" exact; "12.5K" short from 10,000 up
ValueFormat percent_format();  // a ratio: 0.973 -> "97%" short / "97.3%" exact; "2.5%" short under 10%
// Money in minor units (the workspace's integer cents) -> "$1.2M" short / "$1,234,567" exact. Keeps a
// pointer to `currency`: it must outlive the format (the workspace's settings do).
ValueFormat money_format(const std::string& currency);

// ---- Category labels --------------------------------------------------------------------------------

// "Jan 26" labels for a run of months. A view keeps one and rebuilds it when its range changes, so
// drawing passes pointers and allocates nothing.
struct MonthLabels {
    std::vector<std::string> text;
    std::vector<const char*> ptrs;
    void build(Month first, int count);
    const char* const* data() const { return ptrs.data(); }
    int count() const { return int(ptrs.size()); }
};

// ---- Pure helpers (tested without ImGui) ------------------------------------------------------------

// Axis ticks at 1, 2 or 5 × 10^n covering [lo, hi] with about `target_count` intervals:
// 0..9,730 with 5 -> 0, 2,000, .., 10,000.
struct Ticks {
    double first = 0;
    double step = 1;
    int count = 0;
    double value(int i) const { return first + step * i; }
    double last() const { return value(count - 1); }
};
Ticks nice_ticks(double lo, double hi, int target_count);

struct WaterfallStep {
    const char* label;
    double delta;  // NaN: no movement known (drawn as a gap, counted as zero)
    ImU32 color = 0;  // 0: palette good for rises, bad for falls
};
struct WaterfallBar {
    double low = 0, high = 0;  // the bar spans low..high on the value axis
};
// The bars of a waterfall: [0] the start total, [1..count] the steps floating on the running total,
// [count + 1] the end total. `out` holds count + 2 bars; returns the end value.
double waterfall_bars(double start, const WaterfallStep* steps, int count, WaterfallBar* out);

// ---- Charts -----------------------------------------------------------------------------------------

struct ChartSeries {
    const char* label;
    const double* values;  // `count` values, one per category; NaN: no value
    int count;
    ImU32 color = 0;
};

struct ChartHit {
    int hovered = -1;         // category under the mouse (heatmap: column; waterfall: 0 start, n+1 end)
    int hovered_series = -1;  // series or stack segment under the mouse (heatmap: row); -1 when none
    bool clicked = false;     // the chart was clicked on `hovered` this frame
    ImVec2 plot_min, plot_max;  // the plot area drawn this frame, screen coordinates
};

struct LineChartSettings {
    ValueFormat format;
    const char* x_title = nullptr;  // under the category labels
    const char* y_title = nullptr;  // above the value axis
    bool include_zero = true;       // false zooms in on the data (rates around 100%)
    bool legend = true;
    double reference = std::numeric_limits<double>::quiet_NaN();  // a dashed line (NRR's 100%); NaN: none
    const char* reference_label = nullptr;
};
ChartHit line_chart(const char* id, ImVec2 size, const LineChartSettings& settings, const char* const* categories,
                    int category_count, const ChartSeries* series, int series_count);

// Positive values stack up from zero, negative ones down (MRR movements: new, expansion and reactivation
// up; contraction and churn down).
struct StackedBarSettings {
    ValueFormat format;
    const char* x_title = nullptr;
    const char* y_title = nullptr;
    bool legend = true;
    bool net_line = false;  // a line through each category's sum
    const char* net_label = "Net";
};
ChartHit stacked_bar_chart(const char* id, ImVec2 size, const StackedBarSettings& settings, const char* const* categories,
                           int category_count, const ChartSeries* series, int series_count);

// Start total, steps floating on the running total, end total (the MRR bridge).
struct WaterfallSettings {
    ValueFormat format;
    const char* y_title = nullptr;
    const char* start_label = "Start";
    const char* end_label = "End";
    bool value_labels = true;  // each bar's value above it, where it fits
};
ChartHit waterfall_chart(const char* id, ImVec2 size, const WaterfallSettings& settings, double start,
                         const WaterfallStep* steps, int step_count);

// Rows × columns (row-major) on a one-hue scale from `low` to `high`; NaN cells stay empty.
// ChartHit: hovered = column, hovered_series = row.
struct HeatmapSettings {
    ValueFormat format = percent_format();
    double low = 0, high = 1;          // the colour scale's ends; values beyond are clamped
    const char* row_title = nullptr;   // over the row labels ("Cohort")
    const char* col_title = nullptr;   // over the column labels ("Months since start")
    bool cell_text = true;             // the number in each cell that has room for it
    bool legend = true;                // the colour scale under the grid
};
ChartHit heatmap(const char* id, ImVec2 size, const HeatmapSettings& settings, const double* values, int rows, int cols,
                 const char* const* row_labels, const char* const* col_labels);

struct DistributionBucket {
    const char* label;
    double value;  // a count or an amount; NaN counts as empty
    ImU32 color = 0;
};
struct DistributionSettings {
    ValueFormat format = count_format();
    bool vertical = false;  // columns instead of rows
    bool shares = true;     // "(34%)" after each value
};
// One bar per bucket with its value and share of the total (health mix, time-to-value buckets).
ChartHit distribution_bars(const char* id, ImVec2 size, const DistributionSettings& settings,
                           const DistributionBucket* buckets, int count);

// A tiny line for a table cell: no axes; the last point marked; hover shows the value under the mouse.
ChartHit sparkline(const char* id, ImVec2 size, const double* values, int count, ImU32 color = 0,
                   ValueFormat format = {}, const char* const* labels = nullptr);

}  // namespace retain
