// The Journey view: the lifecycle stage funnel (active accounts and ARR per stage, conversion to the
// next stage), the accounts stuck in a stage longer than its threshold, the new accounts whose handoff is
// missing or incomplete, and the accounts of the picked stage with their milestone progress. Figures come
// from the cached overview (app/journey_state.hpp, core/journey/journey_overview.hpp); a click on an
// account opens its panel, where milestones, plans, handoffs and touchpoints are edited.
#include <algorithm>
#include <cstdio>
#include <string>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

const char* const kConversionTooltip =
    "Conversion to the next stage = accounts in the next stage or later / accounts in this stage or later, over "
    "active accounts (docs/metrics.md, \"Customer journey: stage funnel\").";
const char* const kStuckTooltip =
    "Stuck = days in the stage (as-of date minus the date the account entered it, else its contract start) above "
    "the stage's threshold; 0 = never stuck (docs/metrics.md, \"Customer journey: stuck accounts\").";
const char* const kProgressTooltip =
    "Milestones achieved of 6: recorded by a CSM or shown by the data (activation, first value, stakeholder "
    "alignment) (docs/metrics.md, \"Customer journey: milestones\").";

void draw_funnel(AppState& app, const JourneyOverview& o) {
    const std::string& currency = app.ws.settings.currency;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("journey_funnel", 7, flags)) return;
    ImGui::TableSetupColumn("Stage", 0, 1.6f);
    ImGui::TableSetupColumn("Accounts", 0, 0.8f);
    ImGui::TableSetupColumn("ARR", 0, 1.0f);
    ImGui::TableSetupColumn("Reached", 0, 0.8f);
    ImGui::TableSetupColumn("Conversion to next", 0, 1.1f);
    ImGui::TableSetupColumn("Stuck", 0, 0.6f);
    ImGui::TableSetupColumn("Stuck after (days)", 0, 1.0f);
    ImGui::TableHeadersRow();
    int32_t widest = 1;
    for (const StageFunnelRow& f : o.funnel) widest = std::max(widest, f.accounts);
    for (int s = 0; s < kLifecycleStageCount; ++s) {
        const StageFunnelRow& f = o.funnel[size_t(s)];
        ImGui::PushID(s);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool picked = app.journey_view.stage == s;
        if (ImGui::Selectable(lifecycle_stage_label(LifecycleStage(s)), picked, ImGuiSelectableFlags_SpanAllColumns))
            post_command(app, "journey.show", {{"stage", picked ? "all" : to_string(LifecycleStage(s))}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("List this stage's accounts below (click again for all)");
        ImGui::TableNextColumn();
        // A bar behind the count: the funnel's shape at a glance.
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x * float(f.accounts) / float(widest);
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + w, at.y + ImGui::GetTextLineHeight()),
                                                  ImGui::ColorConvertFloat4ToU32(ImVec4(palette().accent.x, palette().accent.y,
                                                                                        palette().accent.z, 0.25f)));
        text_right(format_count(f.accounts));
        ImGui::TableNextColumn();
        text_right(format_money_short(f.arr, currency));
        ImGui::TableNextColumn();
        text_right(format_count(f.reached));
        ImGui::TableNextColumn();
        text_right(f.conversion ? format_rate(f.conversion) : std::string(kNoValueText));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kConversionTooltip);
        ImGui::TableNextColumn();
        if (f.stuck > 0) ImGui::TextColored(palette().warn, ICON_WARNING " %s", format_count(f.stuck).c_str());
        else text_right("0");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kStuckTooltip);
        ImGui::TableNextColumn();
        int days = app.ws.journey.settings.stuck_days[size_t(s)];
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputInt("##stuck_days", &days, 0, 0, ImGuiInputTextFlags_EnterReturnsTrue) && days >= 0)
            post_command(app, "journey.set_stuck_days", {{"stage", to_string(LifecycleStage(s))}, {"days", days}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Days in this stage after which an account counts as stuck; 0 = never. Enter to apply.");
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// A list of accounts (rows of the overview) with a reason column; a click opens the account.
void draw_account_list(AppState& app, const JourneyOverview& o, const std::vector<size_t>& rows, const char* id,
                       const char* reason_header, std::string (*reason)(const AppState&, const AccountJourneyRow&)) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = em() * 1.6f * float(std::min<size_t>(rows.size(), 10) + 1) + em() * 0.5f;
    if (!ImGui::BeginTable(id, 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Account", 0, 2.0f);
    ImGui::TableSetupColumn("Stage", 0, 1.2f);
    ImGui::TableSetupColumn("Days in stage", 0, 0.8f);
    ImGui::TableSetupColumn("Milestones", 0, 0.8f);
    ImGui::TableSetupColumn(reason_header, 0, 2.0f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const AccountJourneyRow& r = o.rows[rows[size_t(i)]];
            const Account& a = app.ws.accounts[r.account];
            ImGui::PushID(int(r.account));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable(a.name.c_str(), app.selected == r.account, ImGuiSelectableFlags_SpanAllColumns))
                post_command(app, "accounts.select", {{"id", a.id}});
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(lifecycle_stage_label(a.stage));
            ImGui::TableNextColumn();
            text_right(r.days_in_stage >= 0 ? format_count(r.days_in_stage) : std::string(kNoValueText));
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(r.since_recorded ? "Since the recorded stage date %s" : "Since the contract start %s (no stage date recorded)",
                                  format_iso(r.stage_since).c_str());
            ImGui::TableNextColumn();
            text_right(std::to_string(r.milestones.achieved) + " / " + std::to_string(kMilestoneCount));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kProgressTooltip);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(reason(app, r).c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

std::string stuck_reason(const AppState& app, const AccountJourneyRow& r) {
    const Account& a = app.ws.accounts[r.account];
    return "over " + format_count(app.ws.journey.settings.stuck_days[size_t(a.stage)]) + " days in " +
           lifecycle_stage_label(a.stage);
}

std::string handoff_reason(const AppState& app, const AccountJourneyRow& r) {
    if (r.handoff == HandoffState::missing) return "no handoff recorded";
    const Handoff* h = find_handoff(app.ws.handoffs, app.ws.accounts[r.account].id);
    const HandoffCheck c = h ? check_handoff(*h) : HandoffCheck{};
    std::string missing;
    for (int i = 0; i < kHandoffItemCount; ++i)
        if (!c.done[size_t(i)]) missing += (missing.empty() ? "" : ", ") + std::string(handoff_item_label(i));
    return std::to_string(c.count) + "/" + std::to_string(kHandoffItemCount) + " items; missing " + missing;
}

std::string progress_reason(const AppState&, const AccountJourneyRow& r) {
    std::string s;
    for (int m = 0; m < kMilestoneCount; ++m)
        if (r.milestones.milestones[size_t(m)].achieved()) s += (s.empty() ? "" : ", ") + std::string(milestone_label(Milestone(m)));
    return s.empty() ? std::string("none yet") : s;
}

}  // namespace

void draw_journey_view(AppState& app) {
    view_header(ICON_JOURNEY, "Journey", "as of " + format_iso(app.analysis.as_of));
    if (empty_workspace_notice(app, "customer journey")) return;
    const JourneyOverview& o = journey_overview_of(app);
    if (o.active == 0) {
        muted_text("No active accounts: the journey covers customers who are paying now.");
        return;
    }
    draw_funnel(app, o);
    ImGui::Spacing();
    const std::string stuck = "Stuck in a stage (" + format_count(int64_t(o.stuck.size())) + ")###journey_stuck";
    if (ImGui::CollapsingHeader(stuck.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        if (o.stuck.empty()) muted_text("No account has been in its stage longer than the stage's threshold.");
        else draw_account_list(app, o, o.stuck, "journey_stuck_table", "Why", stuck_reason);
    }
    const std::string flags = "New accounts with a missing or incomplete handoff (" +
                              format_count(int64_t(o.handoff_flags.size())) + ")###journey_handoffs";
    if (ImGui::CollapsingHeader(flags.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        if (o.handoff_flags.empty()) muted_text("Every active account in onboarding has a complete handoff.");
        else draw_account_list(app, o, o.handoff_flags, "journey_handoff_table", "Handoff", handoff_reason);
    }
    const JourneyViewState& v = app.journey_view;
    const std::string stage = v.stage < 0 ? std::string("all stages") : lifecycle_stage_label(LifecycleStage(v.stage));
    const std::string list = "Accounts in " + stage + " (" + format_count(int64_t(v.listed.size())) + ")###journey_accounts";
    if (ImGui::CollapsingHeader(list.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        if (v.listed.empty()) muted_text("No active account is in this stage.");
        else draw_account_list(app, o, v.listed, "journey_accounts_table", "Milestones achieved", progress_reason);
    }
}

}  // namespace retain
