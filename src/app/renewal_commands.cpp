// Renewal commands: recording and clearing a renewal's outcome (the workspace's renewal_outcomes), and
// the Renewals view's window, sort and selected renewal. An outcome is recorded on the analysis date
// and must answer a real renewal of the account (its date follows the renewal-date rule).
#include <utility>

#include "app/command_support.hpp"
#include "core/metrics/renewal_windows.hpp"

namespace retain::commands {
namespace {

// The account and renewal date named by {account, date}; false with a message in `error` otherwise.
bool read_renewal(AppState& app, const json& args, const char* command, AccountIx& account, Date& date,
                  CommandResult& error) {
    std::string id, text;
    if (!get_string(args, "account", id) || !get_string(args, "date", text)) {
        error = fail(std::string(command) + ": expected {account: account id, date: YYYY-MM-DD, ...}");
        return false;
    }
    account = app.ws.find_account(id);
    if (account == kNoAccount) {
        error = fail(std::string(command) + ": no account with id \"" + id + "\"");
        return false;
    }
    if (!parse_iso_date(text, date)) {
        error = fail(std::string(command) + ": date must be a date YYYY-MM-DD, got \"" + text + "\"");
        return false;
    }
    if (renewal_between(app.ws.accounts[account], date, date) != date) {
        error = fail(std::string(command) + ": " + id + " has no renewal on " + text +
                     " (renewals fall on the anniversaries of its renewal date)");
        return false;
    }
    return true;
}

CommandResult record_outcome(AppState& app, const json& args) {
    AccountIx account = kNoAccount;
    Date date;
    CommandResult error;
    if (!read_renewal(app, args, "renewals.record_outcome", account, date, error)) return error;
    RenewalOutcome o;
    o.account = app.ws.accounts[account].id;
    o.renewal = date;
    std::string text;
    if (!get_string(args, "outcome", text) || !parse_enum(text, o.result))
        return fail("renewals.record_outcome: outcome must be renewed, expanded, contracted or churned");
    if (args.contains("reason") && !get_string(args, "reason", o.reason))
        return fail("renewals.record_outcome: reason must be text");
    if (args.contains("arr") && !args["arr"].is_null()) {
        size_t arr = 0;
        if (!get_index(args, "arr", arr))
            return fail("renewals.record_outcome: arr must be the new ARR in minor units (a whole number, 0 or more)");
        o.arr = Money(int64_t(arr));
    }
    refresh_derived(app);
    o.recorded = app.analysis.as_of;
    std::vector<RenewalOutcome>& list = app.ws.renewal_outcomes;
    bool replaced = false;
    for (RenewalOutcome& existing : list)
        if (existing.account == o.account && existing.renewal == o.renewal) {
            existing = o;
            replaced = true;
        }
    if (!replaced) list.push_back(std::move(o));
    mark_playbooks_changed(app);  // outcomes, like tasks, change no analysis: the revision moves, no more
    return {};
}

CommandResult clear_outcome(AppState& app, const json& args) {
    AccountIx account = kNoAccount;
    Date date;
    CommandResult error;
    if (!read_renewal(app, args, "renewals.clear_outcome", account, date, error)) return error;
    std::vector<RenewalOutcome>& list = app.ws.renewal_outcomes;
    const std::string& id = app.ws.accounts[account].id;
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].account == id && list[i].renewal == date) {
            list.erase(list.begin() + ptrdiff_t(i));
            mark_playbooks_changed(app);
            return {};
        }
    return fail("renewals.clear_outcome: no outcome recorded for " + id + "'s renewal on " + format_iso(date));
}

CommandResult set_window(AppState& app, const json& args) {
    size_t days = 0;
    if (!get_index(args, "days", days) || (days != 30 && days != 60 && days != 90 && days != 180))
        return fail("renewals.set_window: expected {days: 30, 60, 90 or 180}");
    app.renewals_view.days = int32_t(days);
    return {};
}

CommandResult sort(AppState& app, const json& args) {
    std::string by;
    get_string(args, "by", by);
    RenewalSort s;
    if (by == "date") s = RenewalSort::date;
    else if (by == "arr") s = RenewalSort::arr;
    else if (by == "health") s = RenewalSort::health;
    else return fail("renewals.sort: expected {by: date|arr|health, descending?}");
    app.renewals_view.sort = s;
    app.renewals_view.descending = get_bool(args, "descending", false);
    return {};
}

CommandResult select(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "account", id)) return fail("renewals.select: expected {account: account id, or \"\"}");
    if (!id.empty() && app.ws.find_account(id) == kNoAccount)
        return fail("renewals.select: no account with id \"" + id + "\"");
    RenewalsViewState& v = app.renewals_view;
    if (v.selected_account != id) v.editor_loaded = false;  // the editor takes the new renewal's outcome
    v.selected_account = id;
    return {};
}

}  // namespace

void add_renewal_commands(std::vector<Entry>& out) {
    out.push_back({{"renewals.record_outcome", "{account, date, outcome: renewed|expanded|contracted|churned, reason?, arr?}",
                    "Record what happened at a renewal (arr: the new ARR in minor units)"},
                   record_outcome});
    out.push_back({{"renewals.clear_outcome", "{account, date}", "Remove a renewal's recorded outcome"}, clear_outcome});
    out.push_back({{"renewals.set_window", "{days: 30|60|90|180}", "Show the renewals due in the next N days"}, set_window});
    out.push_back({{"renewals.sort", "{by: date|arr|health, descending?}", "Sort the Renewals table"}, sort});
    out.push_back({{"renewals.select", "{account}", "Open a renewal's outcome editor (\"\" closes it)"}, select});
}

}  // namespace retain::commands
