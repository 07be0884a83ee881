// Touchpoint commands: logging a call, email, meeting, QBR or training on an account and deleting one.
// The table stays sorted by (account, date) (core/journey/touchpoint_log.hpp) and the workspace is
// analysed again, so the engagement measures (days since the last touchpoint, response to outreach,
// training attendance) move with the log.
#include <utility>

#include "app/command_support.hpp"
#include "core/journey/touchpoint_log.hpp"

namespace retain::commands {
namespace {

CommandResult log_touchpoint(AppState& app, const json& args) {
    const char* cmd = "touchpoints.log";
    AccountIx ix = kNoAccount;
    CommandResult error;
    if (!account_arg(app, args, cmd, ix, error)) return error;
    Touchpoint t;
    t.account = ix;
    std::string text;
    if (!get_string(args, "kind", text) || !parse_enum(text, t.kind))
        return fail(std::string(cmd) + ": kind must be call, email, meeting, qbr or training");
    refresh_derived(app);
    t.date = app.analysis.as_of;
    if (!date_arg(args, "date", cmd, t.date, error)) return error;
    if (!t.date.ok()) return fail(std::string(cmd) + ": no date given and the workspace has no as-of date");
    if ((args.contains("outcome") && !get_string(args, "outcome", t.outcome)) ||
        (args.contains("notes") && !get_string(args, "notes", t.notes)) ||
        (args.contains("csm") && !get_string(args, "csm", t.csm)))
        return fail(std::string(cmd) + ": outcome, notes and csm must be text");
    if (!args.contains("csm")) t.csm = app.ws.accounts[ix].owner;
    const size_t at = insert_touchpoint(app.ws.touchpoints, std::move(t));
    ++app.revision;  // engagement measures read the touchpoints: analysed again
    CommandResult r;
    r.data = {{"index", at - rows_of(app.ws.touchpoints, ix).first}};
    return r;
}

CommandResult delete_touchpoint(AppState& app, const json& args) {
    const char* cmd = "touchpoints.delete";
    AccountIx ix = kNoAccount;
    CommandResult error;
    if (!account_arg(app, args, cmd, ix, error)) return error;
    const auto [begin, end] = rows_of(app.ws.touchpoints, ix);
    size_t index = 0;
    if (!get_index(args, "index", index) || index >= end - begin)
        return fail(std::string(cmd) + ": index must name one of the account's " + std::to_string(end - begin) +
                    " touchpoints (0 = the oldest)");
    app.ws.touchpoints.erase(app.ws.touchpoints.begin() + std::ptrdiff_t(begin + index));
    ++app.revision;
    return {};
}

}  // namespace

void add_touchpoint_commands(std::vector<Entry>& out) {
    out.push_back({{"touchpoints.log", "{account, kind: call|email|meeting|qbr|training, date?, outcome?, notes?, csm?}",
                    "Log a touchpoint on an account (date: the as-of date unless given)"},
                   log_touchpoint});
    out.push_back({{"touchpoints.delete", "{account, index}", "Delete one of an account's touchpoints (0 = the oldest)"},
                   delete_touchpoint});
}

}  // namespace retain::commands
