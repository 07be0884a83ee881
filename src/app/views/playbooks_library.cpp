// The playbook library: every playbook with its switch, trigger and steps, and New / Edit / Duplicate /
// Delete; the editor of the chosen one is drawn below (playbooks_editor.cpp).
#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

void draw_row(AppState& app, const Playbook& p) {
    ImGui::PushID(p.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    bool on = p.enabled;
    if (ImGui::Checkbox("##on", &on)) post_command(app, "playbooks.set_enabled", {{"id", p.id}, {"enabled", on}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(on ? "Enabled: \"Run now\" runs it." : "Disabled: \"Run now\" skips it.");
    ImGui::TableNextColumn();
    if (ImGui::Selectable(p.name.c_str(), app.playbooks_view.editing == p.id)) post_command(app, "playbooks.edit", {{"id", p.id}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Goal: %s\nClick to edit.", p.goal.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(p.category.c_str());
    ImGui::TableNextColumn();
    const std::string trigger = describe_trigger(p.trigger) + (p.segment.empty() ? "" : " (" + p.segment + " only)");
    ImGui::TextUnformatted(trigger.c_str());
    ImGui::TableNextColumn();
    text_right(std::to_string(p.steps.size()));
    ImGui::TableNextColumn();
    if (ImGui::SmallButton("Duplicate")) post_command(app, "playbooks.duplicate", {{"id", p.id}});
    ImGui::SameLine();
    if (ImGui::SmallButton("Tasks")) {
        post_command(app, "tasks.filter", {{"playbook", p.id}, {"show_closed", true}});
        post_command(app, "playbooks.show", {{"tab", "inbox"}});
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("This playbook's tasks in the inbox.");
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_TRASH)) post_command(app, "playbooks.delete", {{"id", p.id}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this playbook (its tasks stay in the inbox).");
    ImGui::PopID();
}

}  // namespace

void draw_playbook_library(AppState& app) {
    if (ImGui::Button("+  New playbook")) post_command(app, "playbooks.create");
    ImGui::SameLine();
    int enabled = 0;
    for (const Playbook& p : app.ws.playbooks) enabled += p.enabled ? 1 : 0;
    ImGui::TextColored(palette().text_muted, "%d playbooks, %d enabled", int(app.ws.playbooks.size()), enabled);
    if (app.ws.playbooks.empty()) {
        muted_text("No playbooks: every one was deleted. Add one with \"New playbook\".");
    } else if (ImGui::BeginTable("library", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                   ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                                 ImVec2(0, em() * 14))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("On", ImGuiTableColumnFlags_WidthFixed, em() * 2);
        ImGui::TableSetupColumn("Playbook", ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn("Category", ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn("Trigger", ImGuiTableColumnFlags_WidthStretch, 3.2f);
        ImGui::TableSetupColumn("Steps", ImGuiTableColumnFlags_WidthStretch, 0.5f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em() * 10);
        ImGui::TableHeadersRow();
        for (const Playbook& p : app.ws.playbooks) draw_row(app, p);
        ImGui::EndTable();
    }
    ImGui::Spacing();
    draw_playbook_editor(app);
}

}  // namespace retain
