// Dark and light themes: ImGui's style plus the few colours of our own (RAG, muted text, accents),
// so every view takes its colours from one place and both themes stay readable.
#pragma once
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
};

// Applies the theme to ImGui's style, scaled for the display's pixel density.
void apply_theme(bool dark, float pixel_scale);
const Palette& palette();

}  // namespace retain
