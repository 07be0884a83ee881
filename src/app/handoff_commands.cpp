// Handoff commands: writing an account's sales-to-CS handoff (fields given are set, the others kept) and
// deleting it. Handoffs change no analysis: the revision moves and the Journey overview follows it.
#include <utility>

#include "app/command_support.hpp"

namespace retain::commands {
namespace {

CommandResult set_handoff(AppState& app, const json& args) {
    const char* cmd = "handoff.set";
    AccountIx ix = kNoAccount;
    CommandResult error;
    if (!account_arg(app, args, cmd, ix, error)) return error;
    const std::string& id = app.ws.accounts[ix].id;
    Handoff* existing = nullptr;
    for (Handoff& x : app.ws.handoffs)
        if (x.account == id) existing = &x;
    Handoff h = existing ? *existing : Handoff{};
    h.account = id;
    const std::pair<const char*, std::string*> texts[] = {
        {"sold", &h.sold},           {"goals", &h.goals},         {"success_criteria", &h.success_criteria},
        {"champion", &h.champion},   {"executive_sponsor", &h.executive_sponsor}, {"promises", &h.promises},
        {"risks", &h.risks},         {"technical", &h.technical}, {"timeline", &h.timeline},
        {"sales_owner", &h.sales_owner}};
    for (const auto& [key, out] : texts)
        if (args.contains(key) && !get_string(args, key, *out)) return fail(std::string(cmd) + ": " + key + " must be text");
    if (args.contains("expected_ttv_days")) {
        size_t days = 0;
        if (!get_index(args, "expected_ttv_days", days) || days > 3650)
            return fail(std::string(cmd) + ": expected_ttv_days must be 0 (not given) to 3650 days");
        h.expected_ttv_days = int32_t(days);
    }
    if (!existing) {
        refresh_derived(app);
        h.date = app.analysis.as_of;
    }
    if (!date_arg(args, "date", cmd, h.date, error)) return error;
    if (existing) {
        *existing = std::move(h);
    } else {
        app.ws.handoffs.push_back(std::move(h));
    }
    mark_playbooks_changed(app);
    CommandResult r;
    const HandoffCheck check = check_handoff(*find_handoff(app.ws.handoffs, id));
    r.data = {{"items_done", check.count}, {"items", kHandoffItemCount}, {"complete", check.complete()}};
    return r;
}

CommandResult delete_handoff(AppState& app, const json& args) {
    AccountIx ix = kNoAccount;
    CommandResult error;
    if (!account_arg(app, args, "handoff.delete", ix, error)) return error;
    std::vector<Handoff>& list = app.ws.handoffs;
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].account == app.ws.accounts[ix].id) {
            list.erase(list.begin() + std::ptrdiff_t(i));
            mark_playbooks_changed(app);
            return {};
        }
    return fail("handoff.delete: " + app.ws.accounts[ix].id + " has no handoff");
}

}  // namespace

void add_handoff_commands(std::vector<Entry>& out) {
    out.push_back({{"handoff.set",
                    "{account, sold?, goals?, success_criteria?, champion?, executive_sponsor?, promises?, risks?, "
                    "technical?, timeline?, expected_ttv_days?, sales_owner?, date?}",
                    "Write an account's sales-to-CS handoff (the fields given)"},
                   set_handoff});
    out.push_back({{"handoff.delete", "{account}", "Delete an account's handoff"}, delete_handoff});
}

}  // namespace retain::commands
