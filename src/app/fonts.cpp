#include "app/fonts.hpp"

#include <cstdio>
#include <vector>

#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "app/icons.hpp"

namespace retain {
namespace {

AppFonts g_fonts;

bool readable(const std::string& path) {
    if (std::FILE* f = std::fopen(path.c_str(), "rb")) { std::fclose(f); return true; }
    return false;
}

// Latin, Latin-1 and Latin Extended-A (European customer names), general punctuation (dashes, quotes,
// ellipsis), currency signs, arrows, the minus sign and the triangles used as trend markers.
// Latin, punctuation, currency signs, arrows, and the math the formula tooltips use (Σ, −, ×, ÷, ≈, ≤, ≥).
const ImWchar kTextRanges[] = {0x0020, 0x017F, 0x03A3, 0x03A3, 0x2010, 0x2027, 0x20AC, 0x20AC, 0x20B9, 0x20B9,
                               0x2190, 0x2193, 0x2211, 0x2212, 0x2248, 0x2248, 0x2264, 0x2265,
                               0x25B2, 0x25BC, 0};

// The code points of the icons the UI uses, as ImGui glyph ranges (one [c, c] pair each, then 0).
const ImWchar* icon_ranges() {
    static const std::vector<ImWchar> ranges = [] {
        std::vector<ImWchar> out;
        for (const char* icon : kUsedIcons) {
            unsigned int c = 0;
            ImTextCharFromUtf8(&c, icon, nullptr);
            out.push_back(ImWchar(c));
            out.push_back(ImWchar(c));
        }
        out.push_back(0);
        return out;
    }();
    return ranges.data();
}

ImFont* add_with_icons(ImFontAtlas* atlas, const std::string& text_file, const std::string& icon_file, float px) {
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    ImFont* font = atlas->AddFontFromFileTTF(text_file.c_str(), px, &cfg, kTextRanges);
    if (!font) return nullptr;
    ImFontConfig icons;
    icons.MergeMode = true;
    icons.PixelSnapH = true;
    icons.GlyphMinAdvanceX = px * 1.25f;  // icons line up in the navigation column
    icons.GlyphOffset = ImVec2(0, px * 0.05f);
    atlas->AddFontFromFileTTF(icon_file.c_str(), px * 0.92f, &icons, icon_ranges());
    return font;
}

}  // namespace

bool build_fonts(const FontFiles& files, float pixel_scale, std::string& error) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    g_fonts = {};
    for (const std::string* f : {&files.regular, &files.semibold, &files.icons}) {
        if (!readable(*f)) {
            error = "font file " + *f + " could not be read; using the built-in font";
            ImFontConfig cfg;
            cfg.SizePixels = 13.0f * pixel_scale;
            ImFont* fallback = atlas->AddFontDefault(&cfg);
            g_fonts = {fallback, fallback, fallback};
            return false;
        }
    }
    g_fonts.body = add_with_icons(atlas, files.regular, files.icons, 15.0f * pixel_scale);
    g_fonts.heading = add_with_icons(atlas, files.semibold, files.icons, 19.0f * pixel_scale);
    ImFontConfig big;
    big.OversampleH = 2;
    g_fonts.big = atlas->AddFontFromFileTTF(files.semibold.c_str(), 28.0f * pixel_scale, &big, kTextRanges);
    ImGui::GetIO().FontDefault = g_fonts.body;
    error.clear();
    return g_fonts.body && g_fonts.heading && g_fonts.big;
}

const AppFonts& fonts() { return g_fonts; }

}  // namespace retain
