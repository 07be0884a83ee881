// The suggested rebalancing moves (docs/metrics.md "Rebalancing suggestions") with one Apply button, and
// bulk reassignment: every account of a segment and/or an owner to one CSM. Nothing moves until the
// user presses a button, which posts team.apply_suggestions or team.reassign.
#include <cstdio>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

void draw_suggestions(AppState& app) {
    const RebalancePlan& plan = app.analysis.rebalance;
    const Workspace& ws = app.ws;
    if (plan.overload_before == 0) {
        muted_text("No CSM is over capacity: no moves to suggest.");
        return;
    }
    if (plan.moves.empty()) {
        muted_text(format_count(plan.overload_before) + " accounts over capacity, but no CSM who serves their model has room: "
                   "raise a capacity, or hire (see headcount needed).");
        return;
    }
    ImGui::Text("%s suggested moves take the overload from %s to %s accounts.", format_count(int64_t(plan.moves.size())).c_str(),
                format_count(plan.overload_before).c_str(), format_count(plan.overload_after).c_str());
    ImGui::SameLine();
    help_marker("Greedy: CSMs over capacity, most overloaded first, hand their lowest-ARR accounts to the least-loaded CSM "
                "who serves the account's model and has room. High-touch accounts keep their named CSM. Nothing moves "
                "until you apply (docs/metrics.md, \"Rebalancing suggestions\").");
    ImGui::SameLine();
    if (ImGui::Button(ICON_CHECK " Apply all moves")) post_command(app, "team.apply_suggestions");
    remember_item_rect(app.team_view.apply_rect);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = em() * 1.6f * float(std::min<size_t>(plan.moves.size() + 1, 10));
    if (!ImGui::BeginTable("moves", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_WidthFixed, em() * 7);
    ImGui::TableSetupColumn("Model", ImGuiTableColumnFlags_WidthFixed, em() * 6);
    ImGui::TableSetupColumn("From", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("To", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(plan.moves.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const SuggestedMove& m = plan.moves[size_t(i)];
            ImGui::TableNextRow();
            ImGui::PushID(i);
            ImGui::TableNextColumn();
            if (ImGui::Selectable(ws.accounts[m.account].name.c_str(), false))
                post_command(app, "accounts.select", {{"id", ws.accounts[m.account].id}});
            ImGui::TableNextColumn();
            text_right(format_money(app.analysis.accounts[m.account].arr, ws.settings.currency));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(model_info(app.analysis.segmentation.model_of(m.account)).label);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ws.csms[size_t(m.from)].name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ws.csms[size_t(m.to)].name.c_str());
            ImGui::PopID();
        }
    ImGui::EndTable();
}

const char* csm_name(const AppState& app, int index, const char* none) {
    return index >= 0 && size_t(index) < app.ws.csms.size() ? app.ws.csms[size_t(index)].name.c_str() : none;
}

bool csm_combo(const AppState& app, const char* label, int& index, const char* none) {
    bool changed = false;
    ImGui::SetNextItemWidth(em() * 10);
    if (ImGui::BeginCombo(label, csm_name(app, index, none))) {
        if (ImGui::Selectable(none, index < 0)) index = -1, changed = true;
        for (size_t c = 0; c < app.ws.csms.size(); ++c) {
            ImGui::PushID(int(c));
            if (ImGui::Selectable(app.ws.csms[c].name.c_str(), index == int(c))) index = int(c), changed = true;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

void draw_bulk_reassign(AppState& app) {
    TeamViewState& t = app.team_view;
    const std::vector<SegmentGroup>& groups = app.analysis.segmentation.groups;
    if (t.reassign_segment >= int(groups.size())) t.reassign_segment = -1;
    ImGui::TextUnformatted("Move every account of");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 10);
    const char* preview = t.reassign_segment >= 0 ? groups[size_t(t.reassign_segment)].segment.c_str() : "any segment";
    if (ImGui::BeginCombo("##segment", preview)) {
        if (ImGui::Selectable("any segment", t.reassign_segment < 0)) t.reassign_segment = -1;
        for (size_t g = 0; g < groups.size(); ++g) {
            ImGui::PushID(int(g));
            if (ImGui::Selectable(groups[g].segment.c_str(), t.reassign_segment == int(g))) t.reassign_segment = int(g);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("owned by");
    ImGui::SameLine();
    csm_combo(app, "##from", t.reassign_from, "anyone");
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    csm_combo(app, "##to", t.reassign_to, "nobody (unassign)");
    ImGui::SameLine();
    const bool chosen = t.reassign_segment >= 0 || t.reassign_from >= 0;
    ImGui::BeginDisabled(!chosen);
    if (ImGui::Button("Move accounts")) {
        nlohmann::json args = {{"to", t.reassign_to >= 0 ? app.ws.csms[size_t(t.reassign_to)].id : std::string()}};
        if (t.reassign_segment >= 0) args["segment"] = groups[size_t(t.reassign_segment)].segment;
        if (t.reassign_from >= 0) args["owner"] = app.ws.csms[size_t(t.reassign_from)].id;
        post_command(app, "team.reassign", args);
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(chosen ? "Moves the active accounts chosen on the left; the notice says how many moved."
                                 : "Choose a segment or an owner first.");
}

}  // namespace

void draw_team_moves(AppState& app) {
    ImGui::TextUnformatted("Balanced assignment suggestions");
    draw_suggestions(app);
    ImGui::Spacing();
    ImGui::TextUnformatted("Bulk reassign");
    draw_bulk_reassign(app);
}

}  // namespace retain
