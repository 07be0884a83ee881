// The selected request on the product board: its status (feedback.set_status), the accounts behind it
// with their ARR and health (a click opens the account panel), its items, and "attach to another
// request" (feedback.merge) for requests worded differently that ask for the same thing.
#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/views/voice_parts.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

void draw_status_and_merge(AppState& app, const FeedbackRequest& r) {
    ImGui::SetNextItemWidth(em() * 9);
    if (ImGui::BeginCombo("Request status", feedback_status_label(r.status))) {
        for (int s = 0; s < kFeedbackStatusCount; ++s)
            if (ImGui::Selectable(feedback_status_label(FeedbackStatus(s)), int(r.status) == s))
                post_command(app, "feedback.set_status", {{"request", r.key}, {"status", to_string(FeedbackStatus(s))}});
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kBoardStatusTooltip);
    ImGui::SameLine(0, em());
    ImGui::SetNextItemWidth(em() * 16);
    if (ImGui::BeginCombo("Attach to request", "Choose a request...")) {
        for (const FeedbackRequest& other : app.voice_view.board.requests) {
            if (other.key == r.key) continue;
            ImGui::PushID(other.key.c_str());
            if (ImGui::Selectable(other.title.c_str()))
                post_command(app, "feedback.merge", {{"id", app.ws.feedback[r.items.front()].id}, {"into", other.key}});
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Move every item of this request into another one that asks for the same thing; the "
                          "accounts and ARR then count once there.");
}

void draw_accounts(AppState& app, const FeedbackRequest& r) {
    const std::string& currency = app.ws.settings.currency;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("voice_request_accounts", 4, flags)) return;
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_WidthFixed, em() * 7);
    ImGui::TableSetupColumn("Health", ImGuiTableColumnFlags_WidthFixed, em() * 6);
    ImGui::TableHeadersRow();
    for (const AccountIx ix : r.accounts) {
        const Account& a = app.ws.accounts[ix];
        ImGui::TableNextRow();
        ImGui::PushID(int(ix));
        ImGui::TableNextColumn();
        if (ImGui::Selectable(a.name.empty() ? a.id.c_str() : a.name.c_str(), app.selected == ix,
                              ImGuiSelectableFlags_SpanAllColumns))
            post_command(app, "accounts.select", {{"id", a.id}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open %s", a.id.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(a.segment.c_str());
        ImGui::TableNextColumn();
        const Money arr = ix < app.analysis.accounts.size() ? app.analysis.accounts[ix].arr : Money();
        text_right(format_money(arr, currency));
        ImGui::TableNextColumn();
        health_color_badge(ix < app.analysis.health.color.size() ? app.analysis.health.color[ix] : HealthColor::none);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void draw_items(AppState& app, const FeedbackRequest& r) {
    for (const size_t i : r.items) {
        const FeedbackItem& f = app.ws.feedback[i];
        const AccountIx ix = app.ws.find_account(f.account);
        const Csm* author = app.ws.find_csm(f.author);
        ImGui::PushID(f.id.c_str());
        ImGui::TextColored(palette().text_muted, "%s  %s", format_iso(f.date).c_str(), f.id.c_str());
        ImGui::SameLine();
        ImGui::Text("%s: %s", ix != kNoAccount ? app.ws.accounts[ix].name.c_str() : f.account.c_str(), f.title.c_str());
        ImGui::SameLine();
        ImGui::TextColored(palette().text_muted, "(%s%s%s, by %s)", feedback_kind_label(f.kind),
                           f.competitor.empty() ? "" : ": ", f.competitor.c_str(),
                           author ? author->name.c_str() : f.author.empty() ? "unknown" : f.author.c_str());
        if (!f.detail.empty()) {
            ImGui::Indent();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(f.detail.c_str());
            ImGui::PopTextWrapPos();
            ImGui::Unindent();
        }
        ImGui::PopID();
    }
}

}  // namespace

void draw_voice_request(AppState& app, const FeedbackRequest& r) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(r.title.c_str());
    ImGui::PopFont();
    draw_status_and_merge(app, r);
    if (!r.competitors.empty()) {
        std::string names;
        for (const std::string& c : r.competitors) names += (names.empty() ? "" : ", ") + c;
        ImGui::Text("Competitors named: %s", names.c_str());
    }
    draw_accounts(app, r);
    if (ImGui::CollapsingHeader(("Items (" + std::to_string(r.items.size()) + ")###voice_items").c_str(),
                                ImGuiTreeNodeFlags_DefaultOpen))
        draw_items(app, r);
}

}  // namespace retain
