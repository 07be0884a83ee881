// The UI fonts: Inter (Debian's fonts-inter) with Font Awesome 4.7 icons merged in, rasterized at the
// display's pixel density so text is crisp on HiDPI screens.
#pragma once
#include <string>

#include <imgui.h>

namespace retain {

struct FontFiles {
    std::string regular;   // Inter-Regular.otf
    std::string semibold;  // Inter-SemiBold.otf
    std::string icons;     // fontawesome-webfont.ttf
};

struct AppFonts {
    ImFont* body = nullptr;     // 15 CSS px, icons merged
    ImFont* heading = nullptr;  // 19 CSS px semibold, icons merged
    ImFont* big = nullptr;      // 28 CSS px semibold, for tile figures
};

// Rebuilds the font atlas (the renderer must re-upload its texture afterwards). When a file cannot
// be read, falls back to ImGui's built-in font and returns false with the reason in `error`.
bool build_fonts(const FontFiles& files, float pixel_scale, std::string& error);
const AppFonts& fonts();

}  // namespace retain
