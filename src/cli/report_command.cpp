// retain report account ID WS.json [--format html|md] [--out FILE] [--today YYYY-MM-DD]
// retain report team WS.json [--format html|md] [--out FILE] [--today YYYY-MM-DD]
// The same documents the page downloads (src/io/report), read at the workspace's as-of date, else
// --today, else today; written to FILE or stdout.
#include <cstdio>

#include "cli/commands.hpp"
#include "core/analysis.hpp"
#include "io/report/account_report.hpp"
#include "io/report/report_html.hpp"
#include "io/report/report_markdown.hpp"
#include "io/report/team_report.hpp"

namespace retain::cli {
namespace {

constexpr const char* kUsageText =
    "usage: retain report account ID WS.json [--format html|md] [--out FILE] [--today YYYY-MM-DD]\n"
    "       retain report team WS.json [--format html|md] [--out FILE] [--today YYYY-MM-DD]";

}  // namespace

int run_report(const std::vector<std::string>& args) {
    std::vector<Option> options;
    std::string error;
    if (!parse_options(args, {}, options, error)) return bad_input("report", error);
    std::vector<std::string> words;
    std::string format = "html", out = "-";
    Date today;
    for (const Option& o : options) {
        if (o.name.empty()) words.push_back(o.value);
        else if (o.name == "--format") format = o.value;
        else if (o.name == "--out") out = o.value;
        else if (o.name == "--today") {
            if (!parse_iso_date(o.value, today)) return bad_input("report", "--today: expected YYYY-MM-DD, got \"" + o.value + "\"");
        } else return bad_input("report", "unknown option " + o.name + "\n" + kUsageText);
    }
    if (format != "html" && format != "md") return bad_input("report", "--format: expected html or md, got \"" + format + "\"");
    const bool team = !words.empty() && words[0] == "team";
    const bool account = !words.empty() && words[0] == "account";
    if ((!team && !account) || words.size() != (team ? 2u : 3u)) return bad_input("report", kUsageText);

    Workspace ws;
    int exit_code = kExitOk;
    if (!load_workspace_file("report", words.back(), ws, exit_code)) return exit_code;
    const Analysis analysis = analyse(ws, today_or(today));
    ReportDocument doc;
    if (team) {
        if (ws.empty()) return bad_input("report", "the workspace has no accounts");
        doc = build_team_report(ws, analysis, top_requests(ws, analysis));
    } else {
        const AccountIx ix = ws.find_account(words[1]);
        if (ix == kNoAccount) return bad_input("report", "no account with id \"" + words[1] + "\"");
        doc = build_account_report(ws, analysis, ix);
    }
    const std::string text = format == "html" ? render_report_html(doc) : render_report_markdown(doc);
    if (!write_output(out, text, error)) {
        std::fprintf(stderr, "retain report: %s\n", error.c_str());
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace retain::cli
