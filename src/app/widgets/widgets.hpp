// Small building blocks shared by the views: headers, metric tiles, empty states, aligned numbers.
// Sizes are multiples of the font size (em), never raw pixels, so they follow the display density.
#pragma once
#include <cstdio>
#include <string>

#include <imgui.h>

#include "app/app_state.hpp"

namespace retain {

inline float em() { return ImGui::GetFontSize(); }

// A theme colour as the packed colour ImDrawList takes.
inline ImU32 u32(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

// Fills an ImGui text buffer from a string, cut to the buffer's size and always terminated.
template <size_t N>
void copy_text(char (&out)[N], const std::string& text) {
    std::snprintf(out, N, "%s", text.c_str());
}

// The line at the top of every view: icon and title, with an optional muted subtitle.
void view_header(const char* icon, const char* title, const std::string& subtitle = {});

// A metric tile: a label, a large figure, and a tooltip saying how the figure is computed.
// Call inside a table cell or a group; the tile takes the available width.
void metric_tile(const char* label, const std::string& value, const char* tooltip, const std::string& detail = {});

// Text in the muted colour, wrapped.
void muted_text(const std::string& text);

// A section's title in the heading font.
void heading(const char* text);

// Text right-aligned in the current column (numbers in tables).
void text_right(const std::string& text);

// A view with nothing to show: says why and offers the demo workspace. Returns true when drawn.
bool empty_workspace_notice(AppState& app, const char* what);

// One line saying what a view will hold once its work is done: no placeholder numbers.
void planned_view(const char* icon, const char* title, const char* what_it_will_hold);

// A "(?)" marker with a tooltip.
void help_marker(const char* text);

}  // namespace retain
