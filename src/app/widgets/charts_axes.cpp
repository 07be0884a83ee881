// The frame, axes, legend and tooltip rows every chart shares (charts_detail.hpp).
#include <algorithm>
#include <cstdio>

#include "app/widgets/charts_detail.hpp"

namespace retain::charts_detail {

ChartFrame::ChartFrame(const char* id, ImVec2 size, float default_height_em) {
    if (size.x <= 0) size.x = ImGui::GetContentRegionAvail().x;
    if (size.y <= 0) size.y = em() * default_height_em;
    // InvisibleButton asserts on a zero size; a squeezed window can leave no room at all.
    size.x = std::max(size.x, 1.0f);
    size.y = std::max(size.y, 1.0f);
    clicked = ImGui::InvisibleButton(id, size);
    hovered = ImGui::IsItemHovered();
    min = ImGui::GetItemRectMin();
    max = ImGui::GetItemRectMax();
    mouse = ImGui::GetIO().MousePos;
    draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(min, max, true);
}

void draw_no_data(const ChartFrame& f) {
    f.draw->AddRect(f.min, f.max, u32(palette().chart_grid), em() * 0.3f, 0, hairline());
    const char* text = "No data";
    const ImVec2 ts = ImGui::CalcTextSize(text);
    f.draw->AddText(ImVec2((f.min.x + f.max.x - ts.x) * 0.5f, (f.min.y + f.max.y - ts.y) * 0.5f),
                    u32(palette().text_muted), text);
}

int AxisLayout::category_at(float x) const {
    if (categories <= 0 || x < plot_min.x || x >= plot_max.x) return -1;
    return std::min(categories - 1, int((x - plot_min.x) / slot()));
}

void layout_axes(AxisLayout& a, const ChartFrame& f, double lo, double hi, const ValueFormat& format, int categories,
                 int header_rows, const char* x_title) {
    const float line = ImGui::GetTextLineHeight();
    const float gap = em() * 0.4f;
    a.categories = categories;
    a.header_y = f.min.y;
    // Half a line above the top gridline so its tick label is not cut off.
    const float top = f.min.y + (header_rows > 0 ? float(header_rows) * line + gap : 0.0f) + line * 0.5f;
    const float bottom = f.max.y - line - gap * 0.5f - (x_title ? line : 0.0f);
    const int target = std::clamp(int((bottom - top) / (em() * 2.2f)), 2, 8);
    a.ticks = nice_ticks(lo, hi, target);
    a.ticks.count = std::min(a.ticks.count, kMaxTicks);
    a.lo = a.ticks.first;
    a.hi = a.ticks.last();
    // Short labels ("101%", "$1.2K") can repeat on a fine scale (ticks 0.5% apart): then every tick
    // gets the exact form, so no two gridlines read the same.
    bool repeated = false;
    for (int i = 0; i < a.ticks.count; ++i) {
        a.tick_text[i] = format(a.ticks.value(i));
        repeated = repeated || (i > 0 && a.tick_text[i] == a.tick_text[i - 1]);
    }
    if (repeated)
        for (int i = 0; i < a.ticks.count; ++i) a.tick_text[i] = format(a.ticks.value(i), true);
    float label_w = 0;
    for (int i = 0; i < a.ticks.count; ++i) label_w = std::max(label_w, ImGui::CalcTextSize(a.tick_text[i].c_str()).x);
    a.plot_min = ImVec2(f.min.x + label_w + gap, top);
    a.plot_max = ImVec2(std::max(a.plot_min.x + 1.0f, f.max.x - em() * 0.25f), std::max(top + 1.0f, bottom));
}

void draw_axes(const AxisLayout& a, const ChartFrame& f, const char* const* categories, const char* x_title,
               const char* y_title, LabelThinning thinning) {
    const Palette& p = palette();
    const ImU32 grid = u32(p.chart_grid);
    const ImU32 muted = u32(p.text_muted);
    const float line = ImGui::GetTextLineHeight();
    const float gap = em() * 0.4f;
    for (int i = 0; i < a.ticks.count; ++i) {
        const float y = a.y_of(a.ticks.value(i));
        f.draw->AddLine(ImVec2(a.plot_min.x, y), ImVec2(a.plot_max.x, y), grid, hairline());
        const char* text = a.tick_text[i].c_str();
        const float w = ImGui::CalcTextSize(text).x;
        f.draw->AddText(ImVec2(a.plot_min.x - gap - w, y - line * 0.5f), muted, text);
    }
    // The zero line is the baseline bars grow from: stronger than the grid.
    if (a.lo <= 0 && a.hi >= 0) {
        const float y = a.y_of(0);
        f.draw->AddLine(ImVec2(a.plot_min.x, y), ImVec2(a.plot_max.x, y), u32(p.chart_axis), hairline());
    }
    // Category labels: regular thinning keeps every `step`-th when the widest would not fit its slot.
    char buf[16];
    int step = 1;
    if (thinning == LabelThinning::regular) {
        float widest = 0;
        for (int i = 0; i < a.categories; ++i)
            widest = std::max(widest, ImGui::CalcTextSize(category_label(categories, i, buf)).x);
        step = std::max(1, int(std::ceil((widest + em() * 0.6f) / a.slot())));
    }
    const float label_y = a.plot_max.y + gap * 0.5f;
    float previous_end = -HUGE_VALF;
    for (int i = 0; i < a.categories; i += step) {
        const char* text = category_label(categories, i, buf);
        const float w = ImGui::CalcTextSize(text).x;
        // Kept inside the frame; a label wider than the frame starts at its left edge.
        const float x = std::max(f.min.x, std::min(a.x_center(i) - w * 0.5f, f.max.x - w));
        if (x < previous_end + gap) continue;  // greedy: it would touch the previous label
        f.draw->AddText(ImVec2(x, label_y), muted, text);
        previous_end = x + w;
    }
    if (x_title) {
        const float w = ImGui::CalcTextSize(x_title).x;
        f.draw->AddText(ImVec2((a.plot_min.x + a.plot_max.x - w) * 0.5f, label_y + line), muted, x_title);
    }
    if (y_title) f.draw->AddText(ImVec2(f.min.x, a.header_y), muted, y_title);
}

void draw_highlight(const AxisLayout& a, const ChartFrame& f, int category) {
    if (category < 0) return;
    const float half = a.slot() * 0.5f;
    const float x = a.x_center(category);
    f.draw->AddRectFilled(ImVec2(x - half, a.plot_min.y), ImVec2(x + half, a.plot_max.y), u32(palette().chart_highlight));
}

void dashed_hline(ImDrawList* draw, float x0, float x1, float y, ImU32 color, float thickness) {
    const float dash = em() * 0.4f;
    for (float x = x0; x < x1; x += dash * 2) draw->AddLine(ImVec2(x, y), ImVec2(std::min(x + dash, x1), y), color, thickness);
}

namespace {

float legend_item_width(const LegendItem& it) {
    return ImGui::GetTextLineHeight() * 0.9f + em() * 0.35f + ImGui::CalcTextSize(it.label).x;
}

// Lays the legend out in rows, greedily, each row right-aligned; draws it when `draw` is set. The first
// row starts after the y title. Returns the rows used.
int legend_layout(const ChartFrame& f, float y, const char* y_title, const LegendItem* items, int count, bool draw) {
    const float line = ImGui::GetTextLineHeight();
    const float swatch = line * 0.9f;
    const float gap = em() * 0.35f;
    const float spacing = em() * 1.0f;
    const float title_end = y_title ? f.min.x + ImGui::CalcTextSize(y_title).x + spacing : f.min.x;
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    int rows = 0;
    for (int i = 0; i < count; ++rows) {
        const float row_x0 = rows == 0 ? title_end : f.min.x;
        // At least one item a row, so a legend wider than the chart still ends.
        int end = i + 1;
        float width = legend_item_width(items[i]);
        while (end < count && width + spacing + legend_item_width(items[end]) <= f.max.x - row_x0) {
            width += spacing + legend_item_width(items[end]);
            ++end;
        }
        float x = std::max(row_x0, f.max.x - width);
        const float row_y = y + float(rows) * line;
        const float cy = row_y + line * 0.5f;
        for (; draw && i < end; ++i) {
            const LegendItem& it = items[i];
            switch (it.shape) {
                case LegendShape::box:
                    f.draw->AddRectFilled(ImVec2(x, cy - swatch * 0.35f), ImVec2(x + swatch * 0.7f, cy + swatch * 0.35f),
                                          it.color, em() * 0.1f);
                    break;
                case LegendShape::line:
                    f.draw->AddLine(ImVec2(x, cy), ImVec2(x + swatch, cy), it.color, data_line());
                    break;
                case LegendShape::dashed:
                    dashed_hline(f.draw, x, x + swatch, cy, it.color, hairline());
                    break;
            }
            x += swatch + gap;
            f.draw->AddText(ImVec2(x, row_y), text, it.label);
            x += ImGui::CalcTextSize(it.label).x + spacing;
        }
        i = end;
    }
    return rows;
}

}  // namespace

int legend_rows(const ChartFrame& f, const char* y_title, const LegendItem* items, int count) {
    const int rows = legend_layout(f, 0, y_title, items, count, false);
    return y_title ? std::max(1, rows) : rows;
}

void draw_legend(const ChartFrame& f, float y, const char* y_title, const LegendItem* items, int count) {
    legend_layout(f, y, y_title, items, count, true);
}

const char* category_label(const char* const* labels, int i, char (&buf)[16]) {
    if (labels && labels[i]) return labels[i];
    std::snprintf(buf, sizeof buf, "%d", i + 1);
    return buf;
}

void tooltip_row(ImU32 color, const char* label, const std::string& value) {
    const float line = ImGui::GetTextLineHeight();
    const float box = line * 0.6f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + (line - box) * 0.5f),
                                              ImVec2(p.x + box, p.y + (line + box) * 0.5f), color, box * 0.2f);
    ImGui::Dummy(ImVec2(box, line));
    ImGui::SameLine(0, em() * 0.4f);
    ImGui::Text("%s: %s", label ? label : "", value.c_str());
}

std::string exact_or_missing(const ValueFormat& format, double v) {
    return finite(v) ? format(v, true) : std::string("no value");
}

void frame_category_chart(AxisLayout& a, const ChartFrame& f, ChartHit& hit, double lo, double hi,
                          const ValueFormat& format, const char* const* categories, int category_count,
                          const char* x_title, const char* y_title, const LegendItem* legend, int legend_count,
                          LabelThinning thinning) {
    layout_axes(a, f, lo, hi, format, category_count, legend_rows(f, y_title, legend, legend_count), x_title);
    hit.plot_min = a.plot_min;
    hit.plot_max = a.plot_max;
    if (f.hovered) hit.hovered = a.category_at(f.mouse.x);
    hit.clicked = f.clicked && hit.hovered >= 0;
    draw_highlight(a, f, hit.hovered);
    draw_axes(a, f, categories, x_title, y_title, thinning);
    if (legend_count > 0) draw_legend(f, a.header_y, y_title, legend, legend_count);
}

}  // namespace retain::charts_detail
