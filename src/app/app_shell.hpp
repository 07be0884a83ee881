// The window around the views: menu bar, left navigation, the current view, the account panel and
// the status line; plus the app-wide keyboard shortcuts. The platform calls draw_app between
// ImGui::NewFrame() and ImGui::Render(), then apply_pending_commands().
#pragma once
#include "app/app_state.hpp"

namespace retain {

void draw_app(AppState& app);

}  // namespace retain
