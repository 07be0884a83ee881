// The account panel's touchpoint log: a form to log a call, email, meeting, QBR or training (date,
// outcome, notes) and the account's touchpoints, latest first, each with delete. Every change is a
// touchpoints.* command; the health engagement measures follow on the next analysis.
#include <algorithm>
#include <string>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

const char* const kKindLabels[] = {"Call", "Email", "Meeting", "QBR", "Training"};
const char* const kKindIcons[] = {ICON_PHONE, ICON_ENVELOPE, ICON_USER, ICON_CALENDAR, ICON_STAR};

}  // namespace

void draw_account_touchpoints(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    const auto [begin, end] = rows_of(app.ws.touchpoints, ix);
    const std::string title = "Touchpoints (" + format_count(int64_t(end - begin)) + ")###acct_touchpoints";
    if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    JourneyViewState& v = app.journey_view;
    ImGui::SetNextItemWidth(em() * 6);
    ImGui::Combo("##tp_kind", &v.touch_kind, kKindLabels, IM_ARRAYSIZE(kKindLabels));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 7);
    ImGui::InputTextWithHint("##tp_date", "YYYY-MM-DD", v.touch_date, sizeof v.touch_date);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##tp_outcome", "outcome: positive, no response, ...", v.touch_outcome, sizeof v.touch_outcome);
    ImGui::SetNextItemWidth(-em() * 8);
    ImGui::InputTextWithHint("##tp_notes", "notes: what was discussed, next steps", v.touch_notes, sizeof v.touch_notes);
    ImGui::SameLine();
    if (ImGui::Button(ICON_PHONE " Log touchpoint"))
        post_command(app, "touchpoints.log", {{"account", a.id}, {"kind", to_string(TouchpointKind(v.touch_kind))},
                                              {"date", std::string(v.touch_date)}, {"outcome", std::string(v.touch_outcome)},
                                              {"notes", std::string(v.touch_notes)}});
    remember_item_rect(v.log_button);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Adds it to the account's touchpoints: days since the last touchpoint and response to "
                          "outreach (health, engagement) follow.");
    if (begin == end) {
        muted_text("No touchpoints logged for this account.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_ScrollY;
    const float height = em() * 1.6f * float(std::min<size_t>(end - begin, 6) + 1);
    if (!ImGui::BeginTable("touchpoints", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Date", 0, 1.0f);
    ImGui::TableSetupColumn("Kind", 0, 0.9f);
    ImGui::TableSetupColumn("Outcome", 0, 1.3f);
    ImGui::TableSetupColumn("Notes", 0, 2.0f);
    ImGui::TableSetupColumn("", 0, 0.3f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(end - begin));
    while (clipper.Step()) {
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            const size_t offset = end - begin - 1 - size_t(k);  // latest first
            const Touchpoint& t = app.ws.touchpoints[begin + offset];
            ImGui::PushID(int(offset));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_iso(t.date).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%s %s", kKindIcons[size_t(t.kind)], kKindLabels[size_t(t.kind)]);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", t.outcome.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", t.notes.c_str());
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(ICON_TRASH))
                post_command(app, "touchpoints.delete", {{"account", a.id}, {"index", offset}});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this touchpoint (Ctrl+Z undoes)");
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace retain
