// Reports to send: the account one-pager / QBR pack and the team report, as self-contained HTML (prints
// to PDF from the browser) or Markdown, downloaded through reports.account / reports.team. Also the
// account panel's "QBR pack" button: with the account open, one click downloads its pack.
#include <cstring>
#include <string>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

const char* format_key(int format) { return format == 1 ? "md" : "html"; }

// The account picker: a combo with a filter box; accounts drawn with a clipper (100k accounts).
void draw_account_picker(AppState& app) {
    ProgramViewState& v = app.program_view;
    const std::vector<Account>& accounts = app.ws.accounts;
    if (v.report_account >= int(accounts.size())) v.report_account = -1;
    if (v.report_account < 0 && app.selected < accounts.size()) v.report_account = int(app.selected);
    const char* preview = v.report_account >= 0 ? accounts[size_t(v.report_account)].name.c_str() : "Pick an account";
    ImGui::SetNextItemWidth(em() * 18);
    if (!ImGui::BeginCombo("Account", preview, ImGuiComboFlags_HeightLarge)) return;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##filter", "search by name or id", v.account_filter, sizeof v.account_filter);
    const std::string filter = v.account_filter;
    auto matches = [&](const Account& a) {
        return filter.empty() || a.name.find(filter) != std::string::npos || a.id.find(filter) != std::string::npos;
    };
    int shown = 0;
    for (size_t i = 0; i < accounts.size() && shown < 200; ++i) {  // a search narrows long lists
        if (!matches(accounts[i])) continue;
        ++shown;
        ImGui::PushID(int(i));
        if (ImGui::Selectable(accounts[i].name.c_str(), v.report_account == int(i))) v.report_account = int(i);
        ImGui::PopID();
    }
    if (shown == 200) ImGui::TextColored(palette().text_muted, "Showing the first 200: type to narrow.");
    ImGui::EndCombo();
}

}  // namespace

void draw_program_reports(AppState& app) {
    if (empty_workspace_notice(app, "reports")) return;
    ProgramViewState& v = app.program_view;
    ImGui::TextUnformatted("Format:");
    ImGui::SameLine();
    ImGui::RadioButton("HTML (prints to PDF)", &v.report_format, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Markdown", &v.report_format, 1);
    ImGui::Spacing();

    heading("Account one-pager / QBR pack");
    muted_text("Goals and outcomes, health and why, the usage trend, value delivered, open risks and next steps for one "
               "account. Open an account and press \"QBR pack\" in its panel, or pick one here.");
    draw_account_picker(app);
    ImGui::SameLine();
    ImGui::BeginDisabled(v.report_account < 0);
    if (ImGui::Button(ICON_DOWNLOAD "  Download QBR pack") && v.report_account >= 0)
        post_command(app, "reports.account",
                     {{"account", app.ws.accounts[size_t(v.report_account)].id}, {"format", format_key(v.report_format)}});
    ImGui::EndDisabled();
    ImGui::Spacing();

    heading("Team report");
    muted_text("NRR, GRR, logo churn, the health mix, renewals due in the next 90 days, top risks, top requests and the MRR "
               "trend, as of " + format_iso(app.analysis.as_of) + ".");
    if (ImGui::Button(ICON_DOWNLOAD "  Download team report")) post_command(app, "reports.team", {{"format", format_key(v.report_format)}});
    ImGui::Spacing();
    if (!v.last_report.empty()) ImGui::TextColored(palette().good, ICON_CHECK " Downloaded %s", v.last_report.c_str());
    muted_text("Reports are made in this browser: one file, no links to anything outside it; nothing is sent anywhere.");
}

void draw_qbr_button(AppState& app, AccountIx ix) {
    if (ix >= app.ws.accounts.size()) return;
    if (ImGui::SmallButton(ICON_DOWNLOAD " QBR pack"))
        post_command(app, "reports.account", {{"account", app.ws.accounts[ix].id}, {"format", "html"}});
    remember_item_rect(app.program_view.qbr_button);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Download this account's one-pager for a QBR: goals, health and why, usage trend, value "
                          "delivered, open risks and next steps, as one HTML file that prints to PDF.\nMarkdown: "
                          "Program > Reports.");
}

}  // namespace retain
