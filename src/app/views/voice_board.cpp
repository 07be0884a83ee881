// The product board: requests ranked by accounts or by ARR (voice.board), filtered by kind, status and
// product area, with the ARR at risk behind each; a click on a request shows its accounts and items
// (voice_request.cpp); "Export CSV" downloads the board as shown (voice.export). Figures come from
// core/voice/feedback_board.hpp through voice_board() (voice_cache.cpp).
#include <cstdio>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/voice_parts.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

const char* const kBoardAccountsTooltip =
    "Accounts = the distinct accounts with at least one feedback item in the request (docs/metrics.md, "
    "\"Feedback board\"). Ranked by accounts: accounts, then ARR, then the request's name.";
const char* const kBoardArrTooltip =
    "ARR = sum over the request's distinct accounts of 12 x the account's MRR in the as-of month (churned "
    "accounts add 0). Ranked by ARR: ARR, then accounts, then the request's name.";
const char* const kBoardRiskTooltip =
    "ARR at risk = sum of the ARR of the request's accounts whose health is red or yellow now (docs/metrics.md, "
    "\"ARR at risk\").";
const char* const kBoardStatusTooltip =
    "A request's status is the furthest its items reached: new < under review < planned < shipped < declined. "
    "Setting it sets every item of the request.";

namespace {

void draw_controls(AppState& app, const FeedbackBoard& board) {
    const VoiceViewState& v = app.voice_view;
    ImGui::TextUnformatted("Rank by");
    ImGui::SameLine();
    if (ImGui::RadioButton("Accounts", v.rank == BoardRank::accounts) && v.rank != BoardRank::accounts)
        post_command(app, "voice.board", {{"rank", "accounts"}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kBoardAccountsTooltip);
    ImGui::SameLine();
    if (ImGui::RadioButton("ARR", v.rank == BoardRank::arr) && v.rank != BoardRank::arr)
        post_command(app, "voice.board", {{"rank", "arr"}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kBoardArrTooltip);

    ImGui::SameLine(0, em() * 1.5f);
    ImGui::SetNextItemWidth(em() * 10);
    if (ImGui::BeginCombo("Kind", v.filter.kind ? feedback_kind_label(*v.filter.kind) : "All kinds")) {
        if (ImGui::Selectable("All kinds", !v.filter.kind)) post_command(app, "voice.board", {{"kind", ""}});
        for (int k = 0; k < kFeedbackKindCount; ++k)
            if (ImGui::Selectable(feedback_kind_label(FeedbackKind(k)), v.filter.kind && int(*v.filter.kind) == k))
                post_command(app, "voice.board", {{"kind", to_string(FeedbackKind(k))}});
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 9);
    if (ImGui::BeginCombo("Status", v.filter.status ? feedback_status_label(*v.filter.status) : "Any status")) {
        if (ImGui::Selectable("Any status", !v.filter.status)) post_command(app, "voice.board", {{"status", ""}});
        for (int s = 0; s < kFeedbackStatusCount; ++s)
            if (ImGui::Selectable(feedback_status_label(FeedbackStatus(s)), v.filter.status && int(*v.filter.status) == s))
                post_command(app, "voice.board", {{"status", to_string(FeedbackStatus(s))}});
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 10);
    if (ImGui::BeginCombo("Area", v.filter.area.empty() ? "All areas" : v.filter.area.c_str())) {
        if (ImGui::Selectable("All areas", v.filter.area.empty())) post_command(app, "voice.board", {{"area", ""}});
        for (const std::string& a : board.areas)
            if (ImGui::Selectable(a.c_str(), v.filter.area == a)) post_command(app, "voice.board", {{"area", a}});
        ImGui::EndCombo();
    }
    ImGui::SameLine(0, em() * 1.5f);
    if (ImGui::Button(ICON_DOWNLOAD "  Export CSV")) post_command(app, "voice.export");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Download the board as ranked and filtered: one row per request with its kind, area, status, "
                          "accounts, ARR, ARR at risk and account names.");
}

void draw_table(AppState& app, const FeedbackBoard& board) {
    const std::string& currency = app.ws.settings.currency;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    // The whole height until a request is picked; then its accounts and items get the lower part.
    const float share = app.voice_view.selected_request.empty() ? 1.0f : 0.55f;
    const float height = std::max(em() * 10, ImGui::GetContentRegionAvail().y * share);
    if (!ImGui::BeginTable("voice_board_table", 8, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em() * 2);
    ImGui::TableSetupColumn("Request", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Accounts", ImGuiTableColumnFlags_WidthFixed, em() * 5);
    ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_WidthFixed, em() * 7);
    ImGui::TableSetupColumn("ARR at risk", ImGuiTableColumnFlags_WidthFixed, em() * 7);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(board.requests.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const FeedbackRequest& r = board.requests[size_t(i)];
            ImGui::TableNextRow();
            ImGui::PushID(i);
            ImGui::TableNextColumn();
            ImGui::Text("%d", i + 1);
            ImGui::TableNextColumn();
            const bool selected = app.voice_view.selected_request == r.key;
            if (ImGui::Selectable(r.title.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
                post_command(app, "voice.select_request", {{"request", selected ? "" : r.key}});
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%zu items, %s to %s. Click to see the accounts behind it.", r.items.size(),
                                  format_iso(r.first).c_str(), format_iso(r.last).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(feedback_kind_label(r.kind));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.area.empty() ? "\xE2\x80\x94" : r.area.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(feedback_status_label(r.status));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kBoardStatusTooltip);
            ImGui::TableNextColumn();
            text_right(format_count(int64_t(r.accounts.size())));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kBoardAccountsTooltip);
            ImGui::TableNextColumn();
            text_right(format_money_short(r.arr, currency));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n= %s", kBoardArrTooltip, format_money(r.arr, currency).c_str());
            ImGui::TableNextColumn();
            if (r.arr_at_risk.minor > 0) {
                ImGui::TextColored(palette().warn, ICON_WARNING);
                ImGui::SameLine();
            }
            text_right(format_money_short(r.arr_at_risk, currency));
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s\n%d of %zu accounts red or yellow = %s", kBoardRiskTooltip, r.at_risk_accounts,
                                  r.accounts.size(), format_money(r.arr_at_risk, currency).c_str());
            ImGui::PopID();
        }
    ImGui::EndTable();
}

}  // namespace

void draw_voice_board(AppState& app) {
    const FeedbackBoard& board = voice_board(app);
    if (app.ws.feedback.empty()) {
        muted_text("No feedback logged yet. Log feature requests, bugs, pain points, competitor mentions and praise "
                   "in the Feedback tab, or import a feedback CSV in the Data view.");
        return;
    }
    draw_controls(app, board);
    char line[200];
    std::snprintf(line, sizeof line, "%zu of %d requests from %d feedback items", board.requests.size(),
                  board.total_requests, board.items);
    muted_text(line);
    if (board.unknown_account_items > 0)
        muted_text(format_count(board.unknown_account_items) + " items name an account this workspace does not have "
                   "and are left out.");
    if (board.requests.empty()) {
        muted_text("No request matches these filters.");
        return;
    }
    draw_table(app, board);
    for (const FeedbackRequest& r : board.requests)
        if (r.key == app.voice_view.selected_request) draw_voice_request(app, r);
}

}  // namespace retain
