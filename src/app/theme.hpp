// Dark and light themes: ImGui's style plus the few colours of our own (RAG, muted text, accents),
// so every view takes its colours from one place and both themes stay readable.
#pragma once
#include <array>

#include <imgui.h>

namespace retain {

struct Palette {
    ImVec4 text_muted;
    ImVec4 accent;
    ImVec4 good;      // green / healthy
    ImVec4 warn;      // yellow / at risk
    ImVec4 bad;       // red / churned, errors
    ImVec4 tile_bg;
    ImVec4 nav_bg;
    ImVec4 nav_active;

    // Charts (widgets/charts.hpp). Series hues follow Okabe and Ito's colour-blind-safe set, darkened
    // for the light theme and lightened for the dark one so each keeps contrast with the background.
    static constexpr int kSeriesCount = 6;
    std::array<ImVec4, kSeriesCount> series = {};
    ImVec4 chart_grid = {};       // gridlines: faint, so the data leads
    ImVec4 chart_axis = {};       // the zero line and axis baselines
    ImVec4 chart_highlight = {};  // the hovered category's band
    ImVec4 chart_total = {};      // a waterfall's start and end bars
    // Heatmaps use one hue from faint (low) to strong (high): the order reads without colour vision,
    // and the number is printed in the cell where it fits.
    ImVec4 heat_low = {};
    ImVec4 heat_high = {};
    // MRR movements, the same in every chart: growth in greens and blues, losses in orange and vermilion.
    ImVec4 mrr_new = {};
    ImVec4 mrr_expansion = {};
    ImVec4 mrr_reactivation = {};
    ImVec4 mrr_contraction = {};
    ImVec4 mrr_churn = {};
};

// Applies the theme to ImGui's style, scaled for the display's pixel density.
void apply_theme(bool dark, float pixel_scale);
const Palette& palette();

}  // namespace retain
