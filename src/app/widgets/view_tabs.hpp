// A view's tab bar, declared as data: each tab's id, label and draw function. A command may pick the
// tab (tabs, keyboard, automation): it sets `current` and `request_frames` (2: ImGui selects a tab on
// the frame after it is asked to), and the bar selects it for those frames; otherwise a click on a tab
// makes it `current`. Used by the Playbooks & Tasks and Program views.
#pragma once
#include <cstddef>

#include <imgui.h>

#include "app/app_state.hpp"

namespace retain {

template <typename Tab>
struct ViewTab {
    Tab tab;
    const char* label;
    void (*draw)(AppState&);
};

template <typename Tab, size_t N>
void draw_view_tabs(const char* id, AppState& app, const ViewTab<Tab> (&tabs)[N], Tab& current, int& request_frames) {
    if (!ImGui::BeginTabBar(id)) return;
    const bool requested = request_frames > 0;
    if (requested) --request_frames;
    for (const ViewTab<Tab>& t : tabs) {
        const ImGuiTabItemFlags flags = requested && t.tab == current ? ImGuiTabItemFlags_SetSelected : 0;
        if (!ImGui::BeginTabItem(t.label, nullptr, flags)) continue;
        if (!requested) current = t.tab;
        t.draw(app);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace retain
