// The account panel's sales-to-CS handoff: the checklist (what is filled in, what is missing) and the
// form that writes it (handoff.set). The form is loaded from the record (load_journey_forms).
#include <algorithm>
#include <string>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

namespace {

const char* const kCompletenessTooltip =
    "Handoff completeness = checklist items filled in, of %d (an item is done when its text is not blank; the "
    "expected time to first value when above 0 days). An active account in onboarding is flagged until its "
    "handoff is complete (docs/metrics.md, \"Handoff completeness\").";

}  // namespace

void draw_account_handoff(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    const Handoff* h = find_handoff(app.ws.handoffs, a.id);
    const HandoffCheck check = h ? check_handoff(*h) : HandoffCheck{};
    std::string title = h ? "Handoff (" + std::to_string(check.count) + "/" + std::to_string(kHandoffItemCount) + ")"
                          : std::string("Handoff (none)");
    if (handoff_flagged(a, handoff_state(h))) title = ICON_WARNING " " + title;
    title += "###acct_handoff";
    if (!ImGui::CollapsingHeader(title.c_str())) return;
    const Palette& p = palette();
    if (!h) muted_text("No handoff from sales recorded. Fill in what sales knows; a complete handoff has every item.");
    // The checklist in two columns: the panel is narrow and some labels are long.
    if (ImGui::BeginTable("handoff_checklist", 2, ImGuiTableFlags_SizingStretchSame)) {
        for (int i = 0; i < kHandoffItemCount; ++i) {
            ImGui::TableNextColumn();
            const bool done = check.done[size_t(i)];
            ImGui::PushStyleColor(ImGuiCol_Text, done ? p.good : p.warn);
            ImGui::TextWrapped("%s %s", done ? ICON_CHECK : ICON_CIRCLE, handoff_item_label(i));
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip(kCompletenessTooltip, kHandoffItemCount);
        }
        ImGui::EndTable();
    }
    HandoffForm& f = app.journey_view.handoff;
    const float box = em() * 2.4f;
    ImGui::InputTextMultiline("What was sold", f.sold, sizeof f.sold, ImVec2(-em() * 9, box));
    ImGui::InputTextMultiline("Goals, outcomes", f.goals, sizeof f.goals, ImVec2(-em() * 9, box));
    ImGui::InputTextMultiline("Success criteria", f.success_criteria, sizeof f.success_criteria, ImVec2(-em() * 9, box));
    ImGui::InputText("Champion", f.champion, sizeof f.champion);
    ImGui::InputText("Executive sponsor", f.executive_sponsor, sizeof f.executive_sponsor);
    ImGui::InputTextMultiline("Promises made", f.promises, sizeof f.promises, ImVec2(-em() * 9, box));
    ImGui::InputTextMultiline("Known risks", f.risks, sizeof f.risks, ImVec2(-em() * 9, box));
    ImGui::InputTextMultiline("Technical context", f.technical, sizeof f.technical, ImVec2(-em() * 9, box));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The use case, the implementation scope and the integrations");
    ImGui::InputTextMultiline("Timeline", f.timeline, sizeof f.timeline, ImVec2(-em() * 9, box));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Timeline and milestones agreed in the sale: the go-live date, the milestones and their dates");
    ImGui::SetNextItemWidth(em() * 6);
    ImGui::InputInt("Expected days to first value", &f.expected_ttv_days, 0, 0);
    ImGui::InputText("Sales owner", f.sales_owner, sizeof f.sales_owner);
    ImGui::SetNextItemWidth(em() * 7);
    ImGui::InputTextWithHint("Handed over on", "YYYY-MM-DD", f.date, sizeof f.date);
    if (ImGui::Button(h ? "Save handoff" : "Record handoff"))
        post_command(app, "handoff.set",
                     {{"account", a.id}, {"sold", std::string(f.sold)}, {"goals", std::string(f.goals)},
                      {"success_criteria", std::string(f.success_criteria)}, {"champion", std::string(f.champion)},
                      {"executive_sponsor", std::string(f.executive_sponsor)}, {"promises", std::string(f.promises)},
                      {"risks", std::string(f.risks)}, {"technical", std::string(f.technical)},
                      {"timeline", std::string(f.timeline)},
                      {"expected_ttv_days", std::max(0, f.expected_ttv_days)}, {"sales_owner", std::string(f.sales_owner)},
                      {"date", std::string(f.date)}});
    if (h) {
        ImGui::SameLine();
        if (ImGui::Button("Delete handoff")) post_command(app, "handoff.delete", {{"account", a.id}});
    }
}

}  // namespace retain
