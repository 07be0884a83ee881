// Report commands: the account one-pager / QBR pack and the team report, built from the workspace and
// the analysis (src/io/report) and offered as a download in HTML or Markdown. Nothing leaves the browser
// but through the user's own download.
#include "app/command_support.hpp"
#include "io/report/account_report.hpp"
#include "io/report/report_html.hpp"
#include "io/report/report_markdown.hpp"
#include "io/report/team_report.hpp"

namespace retain::commands {
namespace {

bool read_format(const json& args, bool& html) {
    std::string format = "html";
    if (args.is_object() && args.contains("format") && !get_string(args, "format", format)) return false;
    if (format != "html" && format != "md") return false;
    html = format == "html";
    return true;
}

CommandResult download_report(AppState& app, const ReportDocument& doc, const std::string& stem, bool html) {
    CommandResult r = html ? offer_download(app, stem + ".html", "text/html", render_report_html(doc))
                           : offer_download(app, stem + ".md", "text/markdown", render_report_markdown(doc));
    if (r.ok) app.program_view.last_report = r.data["filename"].get<std::string>();
    return r;
}

CommandResult account_report(AppState& app, const json& args) {
    std::string id;
    bool html = true;
    if (!get_string(args, "account", id) || !read_format(args, html))
        return fail("reports.account: expected {account: account id, format: html or md}");
    const AccountIx ix = app.ws.find_account(id);
    if (ix == kNoAccount) return fail("reports.account: no account with id \"" + id + "\"");
    refresh_derived(app);
    const ReportDocument doc = build_account_report(app.ws, app.analysis, ix);
    return download_report(app, doc, file_stem(app.ws.accounts[ix].name + " qbr " + format_iso(app.analysis.as_of)), html);
}

CommandResult team_report(AppState& app, const json& args) {
    bool html = true;
    if (!read_format(args, html)) return fail("reports.team: expected {format: html or md}");
    if (app.ws.empty()) return fail("reports.team: the workspace has no accounts: load data or the demo first");
    refresh_derived(app);
    const ReportDocument doc = build_team_report(app.ws, app.analysis, top_requests(app.ws, app.analysis));
    return download_report(app, doc, file_stem(app.ws.settings.name + " cs report " + format_iso(app.analysis.as_of)), html);
}

}  // namespace

void add_report_commands(std::vector<Entry>& out) {
    out.push_back({{"reports.account", "{account, format: html|md}", "Download an account's one-pager / QBR pack"}, account_report});
    out.push_back({{"reports.team", "{format: html|md}", "Download the team report"}, team_report});
}

}  // namespace retain::commands
