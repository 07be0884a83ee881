#include "app/theme.hpp"

namespace retain {
namespace {

Palette g_palette;

ImVec4 rgb(int hex, float alpha = 1.0f) {
    return ImVec4(float((hex >> 16) & 0xFF) / 255.0f, float((hex >> 8) & 0xFF) / 255.0f,
                  float(hex & 0xFF) / 255.0f, alpha);
}

void dark_chart_colors(Palette& p) {
    const ImVec4 series[] = {rgb(0x56B4E9), rgb(0xE69F00), rgb(0x2BB58A), rgb(0xF07A3A), rgb(0xD78BBC), rgb(0xF0E442)};
    for (int i = 0; i < Palette::kSeriesCount; ++i) p.series[i] = series[i];
    p.chart_grid = rgb(0xFFFFFF, 0.07f);
    p.chart_axis = rgb(0xFFFFFF, 0.28f);
    p.chart_highlight = rgb(0xFFFFFF, 0.06f);
    p.chart_total = rgb(0x8A94A3);
    p.heat_low = rgb(0x1C2736);
    p.heat_high = rgb(0x8CC4FF);
    p.mrr_new = rgb(0x2BB58A);
    p.mrr_expansion = rgb(0x56B4E9);
    p.mrr_reactivation = rgb(0xD78BBC);
    p.mrr_contraction = rgb(0xF2C14E);  // lighter than churn's vermilion, so the two stacked read apart
    p.mrr_churn = rgb(0xF07A3A);
}

void light_chart_colors(Palette& p) {
    const ImVec4 series[] = {rgb(0x0072B2), rgb(0xC77C00), rgb(0x008A64), rgb(0xD55E00), rgb(0xB5508F), rgb(0x8C7A00)};
    for (int i = 0; i < Palette::kSeriesCount; ++i) p.series[i] = series[i];
    p.chart_grid = rgb(0x000000, 0.07f);
    p.chart_axis = rgb(0x000000, 0.30f);
    p.chart_highlight = rgb(0x000000, 0.05f);
    p.chart_total = rgb(0x6B7685);
    p.heat_low = rgb(0xEEF4FC);
    p.heat_high = rgb(0x0B4A9E);
    p.mrr_new = rgb(0x008A64);
    p.mrr_expansion = rgb(0x0072B2);
    p.mrr_reactivation = rgb(0xB5508F);
    p.mrr_contraction = rgb(0xE5A823);  // lighter than churn's vermilion, so the two stacked read apart
    p.mrr_churn = rgb(0xD55E00);
}

void dark_colors(ImGuiStyle& s) {
    ImGui::StyleColorsDark(&s);
    ImVec4* c = s.Colors;
    c[ImGuiCol_WindowBg] = rgb(0x14171C);
    c[ImGuiCol_ChildBg] = rgb(0x14171C);
    c[ImGuiCol_PopupBg] = rgb(0x1C2027);
    c[ImGuiCol_MenuBarBg] = rgb(0x1A1E24);
    c[ImGuiCol_Border] = rgb(0x2C323B);
    c[ImGuiCol_FrameBg] = rgb(0x20252D);
    c[ImGuiCol_FrameBgHovered] = rgb(0x2A313B);
    c[ImGuiCol_FrameBgActive] = rgb(0x323A46);
    c[ImGuiCol_Header] = rgb(0x2B4C7E, 0.55f);
    c[ImGuiCol_HeaderHovered] = rgb(0x3A6AB0, 0.45f);
    c[ImGuiCol_HeaderActive] = rgb(0x3A6AB0, 0.70f);
    c[ImGuiCol_Button] = rgb(0x27303B);
    c[ImGuiCol_ButtonHovered] = rgb(0x34414F);
    c[ImGuiCol_ButtonActive] = rgb(0x3E5064);
    c[ImGuiCol_TableHeaderBg] = rgb(0x1C2128);
    c[ImGuiCol_TableRowBgAlt] = rgb(0xFFFFFF, 0.025f);
    c[ImGuiCol_Text] = rgb(0xE6E9EE);
    c[ImGuiCol_TextDisabled] = rgb(0x8A94A3);
    g_palette = {rgb(0x97A1AF), rgb(0x5B9BF0), rgb(0x3FB950), rgb(0xD8A72B), rgb(0xF0605A),
                 rgb(0x1B1F26), rgb(0x101317), rgb(0x23406B)};
    dark_chart_colors(g_palette);
}

void light_colors(ImGuiStyle& s) {
    ImGui::StyleColorsLight(&s);
    ImVec4* c = s.Colors;
    c[ImGuiCol_WindowBg] = rgb(0xF7F8FA);
    c[ImGuiCol_ChildBg] = rgb(0xF7F8FA);
    c[ImGuiCol_PopupBg] = rgb(0xFFFFFF);
    c[ImGuiCol_MenuBarBg] = rgb(0xFFFFFF);
    c[ImGuiCol_Border] = rgb(0xD9DEE5);
    c[ImGuiCol_FrameBg] = rgb(0xFFFFFF);
    c[ImGuiCol_FrameBgHovered] = rgb(0xEEF2F7);
    c[ImGuiCol_FrameBgActive] = rgb(0xE3EAF3);
    c[ImGuiCol_Header] = rgb(0xC9DBF5);
    c[ImGuiCol_HeaderHovered] = rgb(0xDCE8F8);
    c[ImGuiCol_HeaderActive] = rgb(0xB5CEF0);
    c[ImGuiCol_Button] = rgb(0xE8ECF1);
    c[ImGuiCol_ButtonHovered] = rgb(0xDCE3EB);
    c[ImGuiCol_ButtonActive] = rgb(0xCBD5E1);
    c[ImGuiCol_TableHeaderBg] = rgb(0xEDF0F4);
    c[ImGuiCol_TableRowBgAlt] = rgb(0x000000, 0.025f);
    c[ImGuiCol_Text] = rgb(0x1B2430);
    c[ImGuiCol_TextDisabled] = rgb(0x6B7685);
    g_palette = {rgb(0x5D6878), rgb(0x1F6FD6), rgb(0x1A7F37), rgb(0x9A6700), rgb(0xCF222E),
                 rgb(0xFFFFFF), rgb(0xEEF1F5), rgb(0xD3E3FA)};
    light_chart_colors(g_palette);
}

}  // namespace

void apply_theme(bool dark, float pixel_scale) {
    ImGuiStyle style;
    if (dark) dark_colors(style); else light_colors(style);
    style.WindowRounding = 0.0f;
    style.ChildRounding = 6.0f;
    style.FrameRounding = 5.0f;
    style.PopupRounding = 6.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 5.0f;
    style.ScrollbarRounding = 6.0f;
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(9, 5);
    style.ItemSpacing = ImVec2(10, 7);
    style.CellPadding = ImVec2(8, 5);
    style.ScrollbarSize = 13.0f;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;
    style.ScaleAllSizes(pixel_scale);
    ImGui::GetStyle() = style;
}

const Palette& palette() { return g_palette; }

}  // namespace retain
