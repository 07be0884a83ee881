// retain check FILE: validates a workspace file and prints what it holds and its headline numbers, the
// same numbers the page shows on its overview.
#include <cstdio>
#include <ctime>
#include <map>

#include "cli/commands.hpp"
#include "core/analysis.hpp"
#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"

namespace retain::cli {
namespace {

Date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

// Accounts whose MRR stopped and later started again (rows are sorted by account, then month).
int32_t count_reactivated(const Workspace& ws) {
    int32_t n = 0;
    for (size_t i = 0; i < ws.mrr.size();) {
        size_t j = i + 1;
        bool gap = false;
        for (; j < ws.mrr.size() && ws.mrr[j].account == ws.mrr[i].account; ++j)
            gap = gap || ws.mrr[j].month - ws.mrr[j - 1].month > 1;
        n += gap ? 1 : 0;
        i = j;
    }
    return n;
}

}  // namespace

int run_check(const std::vector<std::string>& args) {
    if (args.size() != 1 || args[0].empty() || (args[0].size() > 1 && args[0][0] == '-'))
        return bad_input("check", "expected one workspace file (or - for stdin): retain check FILE");
    std::string text, error;
    if (!read_input(args[0], text, error)) return bad_input("check", "cannot read " + error);
    Workspace ws;
    if (!load_workspace_file_bytes(text, ws, error)) return bad_input("check", args[0] + ": " + error);

    const Analysis a = analyse(ws, today());
    const std::string& cur = ws.settings.currency;
    std::map<std::string, int32_t> by_segment;
    for (const Account& acc : ws.accounts) ++by_segment[acc.segment];
    std::printf("%s: valid workspace \"%s\", as of %s, %s\n", args[0].c_str(), ws.settings.name.c_str(),
                format_iso(a.as_of).c_str(), cur.c_str());
    std::printf("accounts     %s:", format_count(int64_t(ws.accounts.size())).c_str());
    for (const auto& [segment, count] : by_segment)
        std::printf(" %s %s", segment.empty() ? "(no segment)" : segment.c_str(), format_count(count).c_str());
    std::printf("\nstatus       %s active, %s churned, %s reactivated\n", format_count(a.active_accounts).c_str(),
                format_count(a.churned_accounts).c_str(), format_count(count_reactivated(ws)).c_str());
    std::printf("revenue      MRR %s, ARR %s\n", format_money(a.total_mrr, cur).c_str(),
                format_money(a.total_arr, cur).c_str());
    std::printf("rows         %zu CSMs, %zu contacts, %zu subscriptions, %zu MRR, %zu usage, %zu tickets, "
                "%zu surveys, %zu touchpoints\n",
                ws.csms.size(), ws.contacts.size(), ws.subscriptions.size(), ws.mrr.size(), ws.usage.size(),
                ws.tickets.size(), ws.surveys.size(), ws.touchpoints.size());
    return kExitOk;
}

}  // namespace retain::cli
