// Plays and outcomes: each play (the tasks one run made for one account and playbook) with its progress
// and whether its success measure was met (core evaluate_success, docs/metrics.md "Playbook success").
#include "app/commands.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

ImVec4 outcome_color(PlayOutcome o) {
    switch (o) {
        case PlayOutcome::met: return palette().good;
        case PlayOutcome::not_met: return palette().bad;
        default: return palette().text_muted;
    }
}

}  // namespace

void draw_playbook_plays(AppState& app) {
    const std::vector<PlayStatus>& plays = app.playbooks_view.plays;
    if (plays.empty()) {
        muted_text("No plays yet: run the playbooks, then work their tasks. A play is finished when all its tasks are "
                   "done or skipped; its success measure is then read here.");
        return;
    }
    int finished = 0, met = 0;
    for (const PlayStatus& p : plays) {
        finished += p.complete() ? 1 : 0;
        met += p.complete() && p.outcome == PlayOutcome::met ? 1 : 0;
    }
    ImGui::TextColored(palette().text_muted, "%d plays, %d finished, %d of them met their success measure", int(plays.size()),
                       finished, met);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Met: the measure holds as of %s. Not met: its window (start + days) ended without it, or "
                          "the account churned. In progress: neither yet.",
                          format_iso(app.analysis.as_of).c_str());
    if (!ImGui::BeginTable("plays", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                           ImGuiTableFlags_SizingStretchProp, ImVec2(0, em() * 20)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Playbook", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Started", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("Tasks done", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("Success measure", ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(plays.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const PlayStatus& p = plays[size_t(r)];
            ImGui::PushID(r);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const AccountIx a = app.ws.find_account(p.account);
            if (ImGui::Selectable(a == kNoAccount ? p.account.c_str() : app.ws.accounts[a].name.c_str(), false,
                                  ImGuiSelectableFlags_SpanAllColumns))
                post_command(app, "accounts.select", {{"id", p.account}});
            ImGui::TableNextColumn();
            const Playbook* pb = nullptr;
            for (const Playbook& x : app.ws.playbooks)
                if (x.id == p.playbook) pb = &x;
            ImGui::TextUnformatted(pb ? pb->name.c_str() : p.playbook.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_iso(p.started).c_str());
            ImGui::TableNextColumn();
            text_right(std::to_string(p.finished) + " / " + std::to_string(p.tasks));
            ImGui::TableNextColumn();
            ImGui::TextColored(outcome_color(p.outcome), "%s%s", outcome_label(p.outcome), p.complete() ? "" : " (play open)");
            if (pb && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", describe_success(pb->success).c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace retain
