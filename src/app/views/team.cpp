// The Segments & Team view: headline tiles (headcount needed, the first-CS-hire signal, overload), then
// two tabs — Segments (the summary per segment and model, and the rule editor: team_rules_editor.cpp)
// and Team (CSM books and model loads: team_books.cpp; suggestions and bulk reassign: team_moves.cpp).
// Everything shown is read from Analysis::segmentation / team / rebalance (docs/metrics.md "Segments and
// engagement models", "Team capacity"); every change is a posted segments.* or team.* command.
#include <cstdio>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

const char* const kHeadcountTooltip =
    "Headcount needed = ceil(sum over engagement models of active accounts / the most accounts per CSM); the "
    "comfortable headcount uses the fewest accounts per CSM instead. Ratios: high-touch 1:10-20, low-touch "
    "1:30-50, tech-touch 1:100-200, hybrid 1:50-100, editable in the Team tab (docs/metrics.md, \"Team capacity\").";
const char* const kHireTooltip =
    "First CS hire: reached when ARR (12 x current MRR of active accounts) >= the ARR threshold (default $1M) or "
    "active customers >= the customer threshold (default 100) (docs/metrics.md, \"First CS hire\").";
const char* const kOverloadTooltip =
    "Overload = sum over CSMs of max(0, accounts - capacity): the accounts above what the team can carry "
    "(docs/metrics.md, \"Team capacity\").";

void draw_tiles(AppState& app) {
    const TeamCapacity& team = app.analysis.team;
    const Headcount& h = team.headcount;
    if (!ImGui::BeginTable("team_tiles", 4, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    char detail[96];
    std::snprintf(detail, sizeof detail, "%d on the team; %d comfortable", h.team, h.comfortable);
    metric_tile("Headcount needed", format_count(h.needed), kHeadcountTooltip, detail);
    ImGui::TableNextColumn();
    metric_tile("First CS hire", team.hire.reached ? "Reached" : "Not yet", kHireTooltip,
                format_money_short(team.hire.arr, app.ws.settings.currency) + " ARR, " + format_count(team.hire.customers) +
                    " customers");
    ImGui::TableNextColumn();
    int32_t over = 0;
    for (const CsmBook& b : team.books) over += b.over() ? 1 : 0;
    metric_tile("Over capacity", format_count(app.analysis.rebalance.overload_before), kOverloadTooltip,
                format_count(over) + " of " + format_count(int64_t(team.books.size())) + " CSMs over");
    ImGui::TableNextColumn();
    metric_tile("Unassigned", format_count(team.unowned),
                "Active accounts with no CSM: fine for tech-touch, a gap for high-touch (docs/metrics.md, \"Team capacity\").",
                "active accounts without a CSM");
    ImGui::EndTable();
    ImGui::TextColored(team.hire.reached && !team.hire.has_team ? palette().warn : palette().text_muted, "%s %s", ICON_INFO,
                       team.hire.reason.c_str());
}

void draw_segment_summary(AppState& app) {
    const Segmentation& seg = app.analysis.segmentation;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("segment_summary", 6, flags)) return;
    ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Model", ImGuiTableColumnFlags_WidthFixed, em() * 6);
    ImGui::TableSetupColumn("Accounts", ImGuiTableColumnFlags_WidthFixed, em() * 5);
    ImGui::TableSetupColumn("With a CSM", ImGuiTableColumnFlags_WidthFixed, em() * 5.5f);
    ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_WidthFixed, em() * 7);
    ImGui::TableSetupColumn("What it gets", ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableHeadersRow();
    for (size_t g = 0; g < seg.groups.size(); ++g) {
        const SegmentGroup& s = seg.groups[g];
        const EngagementModelInfo& info = model_info(s.model);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.segment.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(info.label);
        ImGui::TableNextColumn();
        text_right(format_count(s.active_accounts));
        ImGui::TableNextColumn();
        text_right(format_count(s.owned_accounts));
        ImGui::TableNextColumn();
        text_right(format_money(s.arr, app.ws.settings.currency));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("ARR = 12 x current MRR, summed over the segment's active accounts");
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s: %s", info.coverage, info.motions);
    }
    ImGui::EndTable();
}

void draw_team_tabs(AppState& app) {
    TeamViewState& t = app.team_view;
    if (!ImGui::BeginTabBar("team_tabs")) return;
    // A tab chosen by team.show is pressed for a couple of frames (the bar takes a frame to switch).
    const bool requested = t.tab_request_frames > 0;
    if (requested) --t.tab_request_frames;
    const int asked = t.tab;
    if (ImGui::BeginTabItem("Segments", nullptr, requested && asked == 0 ? ImGuiTabItemFlags_SetSelected : 0)) {
        if (!requested) t.tab = 0;
        draw_segment_summary(app);
        ImGui::Spacing();
        ImGui::TextUnformatted("Segment rules: the first rule whose conditions all hold places the account");
        draw_team_rules(app);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Team", nullptr, requested && asked == 1 ? ImGuiTabItemFlags_SetSelected : 0)) {
        if (!requested) t.tab = 1;
        draw_team_books(app);
        ImGui::Spacing();
        draw_team_moves(app);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace

void draw_team_view(AppState& app) {
    view_header(ICON_TEAM, "Segments & Team", "as of " + format_iso(app.analysis.as_of));
    if (empty_workspace_notice(app, "segments and team capacity")) return;
    draw_tiles(app);
    ImGui::Spacing();
    draw_team_tabs(app);
}

}  // namespace retain
