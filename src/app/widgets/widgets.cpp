#include "app/widgets/widgets.hpp"

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"

namespace retain {

void view_header(const char* icon, const char* title, const std::string& subtitle) {
    ImGui::PushFont(fonts().heading);
    ImGui::Text("%s  %s", icon, title);
    ImGui::PopFont();
    if (!subtitle.empty()) {
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em() * 0.2f);
        ImGui::TextColored(palette().text_muted, "%s", subtitle.c_str());
    }
    ImGui::Spacing();
}

void metric_tile(const char* label, const std::string& value, const char* tooltip, const std::string& detail) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.tile_bg);
    ImGui::PushID(label);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeight() + style.ItemSpacing.y;
    const float height = style.WindowPadding.y * 2 + line + fonts().big->FontSize + (detail.empty() ? 0 : style.ItemSpacing.y + line);
    ImGui::BeginChild("tile", ImVec2(0, height), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::TextColored(p.text_muted, "%s", label);
    ImGui::PushFont(fonts().big);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    if (!detail.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
        ImGui::TextUnformatted(detail.c_str());  // clipped by the tile when narrow; the tooltip has it all
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em() * 24);
        ImGui::Text("%s: %s", label, value.c_str());
        if (!detail.empty()) ImGui::TextUnformatted(detail.c_str());
        if (tooltip) {
            ImGui::Separator();
            ImGui::TextUnformatted(tooltip);
        }
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::PopID();
    ImGui::PopStyleColor();
}

void heading(const char* text) {
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void muted_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void text_right(const std::string& text) {
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - width);
    ImGui::TextUnformatted(text.c_str());
}

bool empty_workspace_notice(AppState& app, const char* what) {
    if (!app.ws.accounts.empty()) return false;
    ImGui::Spacing();
    ImGui::TextWrapped("No accounts yet, so there is no %s to show.", what);
    muted_text("Load the demo workspace to explore Retain, or bring your own accounts from the Data view.");
    ImGui::Spacing();
    if (ImGui::Button(ICON_MAGIC "  Load the demo workspace")) post_command(app, "workspace.load_demo");
    ImGui::SameLine();
    if (ImGui::Button(ICON_DATA "  Go to Data")) post_command(app, "navigate", {{"view", "data"}});
    return true;
}

void planned_view(const char* icon, const char* title, const char* what_it_will_hold) {
    view_header(icon, title);
    muted_text(what_it_will_hold);
}

void help_marker(const char* text) {
    ImGui::TextDisabled(ICON_QUESTION);
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em() * 24);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

}  // namespace retain
