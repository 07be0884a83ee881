// Heatmap (cohort retention): rows × columns on a one-hue scale, the number in each cell that fits.
#include <algorithm>

#include "app/widgets/charts_detail.hpp"

namespace retain {
using namespace charts_detail;

namespace {

ImVec4 lerp(const ImVec4& a, const ImVec4& b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}

// Dark text on light cells, light text on dark ones, whichever end of the scale the theme puts where.
ImU32 text_on(const ImVec4& cell) {
    const float luma = 0.299f * cell.x + 0.587f * cell.y + 0.114f * cell.z;
    return luma > 0.55f ? IM_COL32(0x1B, 0x24, 0x30, 0xFF) : IM_COL32(0xF5, 0xF7, 0xFA, 0xFF);
}

float scale_t(double v, double low, double high) {
    if (!(high > low)) return 1.0f;
    return float(std::clamp((v - low) / (high - low), 0.0, 1.0));
}

}  // namespace

ChartHit heatmap(const char* id, ImVec2 size, const HeatmapSettings& settings, const double* values, int rows, int cols,
                 const char* const* row_labels, const char* const* col_labels) {
    const float line = ImGui::GetTextLineHeight();
    const float gap = em() * 0.4f;
    const bool header = settings.row_title || settings.col_title;
    const float legend_h = settings.legend ? line + gap : 0.0f;
    const float top_h = (header ? line : 0.0f) + line + gap * 0.5f;
    // Default height: one and a half lines a row, so the numbers fit.
    const float default_h = top_h + float(std::max(rows, 1)) * line * 1.5f + legend_h;
    ChartFrame f(id, size, default_h / em());
    ChartHit hit;
    hit.plot_min = f.min;
    hit.plot_max = f.max;
    if (rows <= 0 || cols <= 0 || !values) {
        draw_no_data(f);
        return hit;
    }
    const Palette& p = palette();
    const ImU32 muted = u32(p.text_muted);
    char buf[16];
    float label_w = settings.row_title ? ImGui::CalcTextSize(settings.row_title).x : 0.0f;
    for (int r = 0; r < rows; ++r) label_w = std::max(label_w, ImGui::CalcTextSize(category_label(row_labels, r, buf)).x);
    const ImVec2 grid_min(f.min.x + label_w + gap, f.min.y + top_h);
    const ImVec2 grid_max(std::max(grid_min.x + 1.0f, f.max.x), std::max(grid_min.y + 1.0f, f.max.y - legend_h));
    const float cell_w = (grid_max.x - grid_min.x) / float(cols);
    const float cell_h = (grid_max.y - grid_min.y) / float(rows);
    hit.plot_min = grid_min;
    hit.plot_max = grid_max;
    if (f.hovered && f.mouse.x >= grid_min.x && f.mouse.x < grid_max.x && f.mouse.y >= grid_min.y && f.mouse.y < grid_max.y) {
        hit.hovered = std::min(cols - 1, int((f.mouse.x - grid_min.x) / cell_w));
        hit.hovered_series = std::min(rows - 1, int((f.mouse.y - grid_min.y) / cell_h));
    }
    hit.clicked = f.clicked && hit.hovered >= 0;

    // Titles and labels: column labels thinned like category labels, row labels when rows are tall enough.
    if (settings.row_title) f.draw->AddText(ImVec2(f.min.x, f.min.y), muted, settings.row_title);
    if (settings.col_title) f.draw->AddText(ImVec2(grid_min.x, f.min.y), muted, settings.col_title);
    float widest = 0;
    for (int c = 0; c < cols; ++c) widest = std::max(widest, ImGui::CalcTextSize(category_label(col_labels, c, buf)).x);
    const int col_step = std::max(1, int(std::ceil((widest + em() * 0.4f) / cell_w)));
    for (int c = 0; c < cols; c += col_step) {
        const char* text = category_label(col_labels, c, buf);
        const float w = ImGui::CalcTextSize(text).x;
        f.draw->AddText(ImVec2(grid_min.x + (float(c) + 0.5f) * cell_w - w * 0.5f, grid_min.y - line - gap * 0.5f), muted, text);
    }
    const int row_step = std::max(1, int(std::ceil(line / cell_h)));
    for (int r = 0; r < rows; r += row_step) {
        f.draw->AddText(ImVec2(f.min.x, grid_min.y + (float(r) + 0.5f) * cell_h - line * 0.5f), muted,
                        category_label(row_labels, r, buf));
    }

    // Cells, inset by half a pixel so neighbours stay apart in both themes.
    const float inset = hairline() * 0.5f;
    const bool room_for_text = settings.cell_text && cell_h >= line;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            const double v = values[size_t(r) * size_t(cols) + size_t(c)];
            if (!finite(v)) continue;
            const ImVec4 color = lerp(p.heat_low, p.heat_high, scale_t(v, settings.low, settings.high));
            const ImVec2 mn(grid_min.x + float(c) * cell_w + inset, grid_min.y + float(r) * cell_h + inset);
            const ImVec2 mx(mn.x + cell_w - inset * 2, mn.y + cell_h - inset * 2);
            f.draw->AddRectFilled(mn, mx, u32(color));
            if (!room_for_text) continue;
            const std::string text = settings.format(v);
            const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
            if (ts.x + em() * 0.3f > cell_w) continue;
            f.draw->AddText(ImVec2((mn.x + mx.x - ts.x) * 0.5f, (mn.y + mx.y - ts.y) * 0.5f), text_on(color), text.c_str());
        }
    }
    if (hit.hovered >= 0) {
        const ImVec2 mn(grid_min.x + float(hit.hovered) * cell_w, grid_min.y + float(hit.hovered_series) * cell_h);
        f.draw->AddRect(mn, ImVec2(mn.x + cell_w, mn.y + cell_h), ImGui::GetColorU32(ImGuiCol_Text), 0, 0, hairline() * 2);
    }

    // The scale: low value, the gradient, high value, right-aligned under the grid.
    if (settings.legend) {
        const std::string low_text = settings.format(settings.low), high_text = settings.format(settings.high);
        const float high_w = ImGui::CalcTextSize(high_text.c_str()).x;
        const float ramp_w = em() * 6;
        const float y = f.max.y - line;
        const float ramp_x1 = f.max.x - high_w - gap;
        const float ramp_x0 = ramp_x1 - ramp_w;
        const float low_w = ImGui::CalcTextSize(low_text.c_str()).x;
        const ImU32 lo_col = u32(p.heat_low), hi_col = u32(p.heat_high);
        f.draw->AddText(ImVec2(ramp_x0 - gap - low_w, y), muted, low_text.c_str());
        f.draw->AddRectFilledMultiColor(ImVec2(ramp_x0, y + line * 0.2f), ImVec2(ramp_x1, y + line * 0.8f), lo_col, hi_col, hi_col,
                                        lo_col);
        f.draw->AddRect(ImVec2(ramp_x0, y + line * 0.2f), ImVec2(ramp_x1, y + line * 0.8f), u32(p.chart_axis), 0, 0, hairline());
        f.draw->AddText(ImVec2(ramp_x1 + gap, y), muted, high_text.c_str());
    }

    if (hit.hovered < 0) return hit;
    const double v = values[size_t(hit.hovered_series) * size_t(cols) + size_t(hit.hovered)];
    ImGui::BeginTooltip();
    const char* row = category_label(row_labels, hit.hovered_series, buf);
    if (settings.row_title) ImGui::Text("%s: %s", settings.row_title, row);
    else ImGui::TextUnformatted(row);
    char col_buf[16];
    const char* col = category_label(col_labels, hit.hovered, col_buf);
    if (settings.col_title) ImGui::Text("%s: %s", settings.col_title, col);
    else ImGui::TextUnformatted(col);
    ImGui::Separator();
    ImGui::TextUnformatted(exact_or_missing(settings.format, v).c_str());
    ImGui::EndTooltip();
    return hit;
}

}  // namespace retain
