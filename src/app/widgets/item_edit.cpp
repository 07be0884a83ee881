#include "app/widgets/item_edit.hpp"

#include "app/icons.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

bool item_edit_button(const char* tooltip) {
    const bool clicked = ImGui::SmallButton(ICON_PENCIL);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
    return clicked;
}

float icon_button_width() { return ImGui::CalcTextSize(ICON_PENCIL).x + ImGui::GetStyle().FramePadding.x * 2; }

void ItemEditKeys::field() {
    // A single-line field lets go of the keyboard on the frame Enter is pressed in it (imgui_widgets.cpp,
    // InputTextEx): that frame, and only that one, the field is "deactivated" with Enter down.
    const bool enter_pressed = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                               ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
    if (enter_pressed && ImGui::IsItemDeactivated()) enter = true;
}

ItemEditAction item_edit_buttons(AppState& app, const ItemEditKeys& keys, const char* why_not, float (&save_rect)[4]) {
    app.item_edit_drawn = true;
    ItemEditAction action = ItemEditAction::none;
    if (why_not) ImGui::BeginDisabled();
    if (ImGui::Button(ICON_CHECK "  Save") || (keys.enter && !why_not)) action = ItemEditAction::save;
    if (why_not) ImGui::EndDisabled();
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    save_rect[0] = lo.x;
    save_rect[1] = lo.y;
    save_rect[2] = hi.x - lo.x;
    save_rect[3] = hi.y - lo.y;
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", why_not ? why_not : "Save the changes (Enter); Ctrl+Z undoes them");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) action = ItemEditAction::cancel;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Drop the changes (Esc)");
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup))
        action = ItemEditAction::cancel;
    return action;
}

}  // namespace retain
