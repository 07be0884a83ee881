// The Feedback tab: the form to log an item (feedback.add; the account is typed as its id or picked from
// the selected account) and every item, newest first, with delete (feedback.delete). Items with the same
// title land on one request of the board by themselves.
#include <algorithm>
#include <numeric>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/voice_parts.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

const char* const kKindKeys[] = {"feature_request", "bug", "pain_point", "competitor_mention", "praise"};

void copy_text(const std::string& text, char* buffer, size_t size) {
    const size_t n = std::min(text.size(), size - 1);
    text.copy(buffer, n);
    buffer[n] = '\0';
}

void draw_form(AppState& app) {
    FeedbackForm& f = app.voice_view.feedback_form;
    if (app.selected < app.ws.accounts.size() && f.account[0] == '\0')
        copy_text(app.ws.accounts[app.selected].id, f.account, sizeof f.account);
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::InputTextWithHint("Account id", "ACC-1", f.account, sizeof f.account);
    const AccountIx ix = app.ws.find_account(f.account);
    ImGui::SameLine();
    if (ix != kNoAccount) ImGui::TextUnformatted(app.ws.accounts[ix].name.c_str());
    else ImGui::TextColored(palette().text_muted, f.account[0] ? "no such account" : "open an account or type its id");
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::Combo("Kind", &f.kind, [](void*, int i, const char** out) {
        *out = feedback_kind_label(FeedbackKind(i));
        return true;
    }, nullptr, kFeedbackKindCount);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::InputTextWithHint("Product area", "Reporting", f.area, sizeof f.area);
    if (FeedbackKind(f.kind) == FeedbackKind::competitor_mention) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em() * 10);
        ImGui::InputTextWithHint("Competitor", "who they named", f.competitor, sizeof f.competitor);
    }
    ImGui::SetNextItemWidth(em() * 24);
    ImGui::InputTextWithHint("Title", "the request in a few words", f.title, sizeof f.title);
    ImGui::SetNextItemWidth(em() * 24);
    ImGui::InputTextMultiline("Detail", f.detail, sizeof f.detail, ImVec2(em() * 24, em() * 3.5f));
    const bool ready = ix != kNoAccount && !normalize_request_key(f.title).empty();
    if (!ready) ImGui::BeginDisabled();
    if (ImGui::Button(ICON_CHECK "  Log feedback")) {
        nlohmann::json args = {{"account", f.account}, {"kind", kKindKeys[f.kind]}, {"title", f.title}, {"area", f.area},
                     {"detail", f.detail}};
        // Logged by the account's CSM: the app has no sign-in, and the owner is who hears the customer.
        if (!app.ws.accounts[ix].owner.empty()) args["author"] = app.ws.accounts[ix].owner;
        if (FeedbackKind(f.kind) == FeedbackKind::competitor_mention) args["competitor"] = f.competitor;
        post_command(app, "feedback.add", std::move(args));
        f.title[0] = f.detail[0] = f.competitor[0] = '\0';
    }
    if (!ready) ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Dated the as-of date. Items with the same title (case and punctuation aside) form one request "
                          "on the board.");
}

void draw_list(AppState& app) {
    const std::vector<FeedbackItem>& items = app.ws.feedback;
    if (items.empty()) {
        muted_text("No feedback logged yet.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("voice_feedback_items", 7, flags, ImVec2(0, std::max(em() * 8, ImGui::GetContentRegionAvail().y))))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, em() * 6);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em() * 2);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(items.size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const FeedbackItem& f = items[items.size() - 1 - size_t(row)];  // the latest logged first
            const AccountIx ix = app.ws.find_account(f.account);
            ImGui::TableNextRow();
            ImGui::PushID(f.id.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_iso(f.date).c_str());
            ImGui::TableNextColumn();
            if (ImGui::Selectable(ix != kNoAccount ? app.ws.accounts[ix].name.c_str() : f.account.c_str()) && ix != kNoAccount)
                post_command(app, "accounts.select", {{"id", f.account}});
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(feedback_kind_label(f.kind));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(f.title.c_str());
            if (!f.detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.detail.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(f.area.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(feedback_status_label(f.status));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(ICON_TRASH)) post_command(app, "feedback.delete", {{"id", f.id}});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete %s (Ctrl+Z undoes)", f.id.c_str());
            ImGui::PopID();
        }
    ImGui::EndTable();
}

}  // namespace

void draw_voice_feedback(AppState& app) {
    if (ImGui::CollapsingHeader("Log feedback", ImGuiTreeNodeFlags_DefaultOpen)) draw_form(app);
    ImGui::Spacing();
    draw_list(app);
}

}  // namespace retain
