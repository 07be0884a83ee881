// Segments & Team commands: segment rules (segments.*), ratios, hire thresholds, CSM capacity, bulk
// reassignment and the rebalancing suggestions (team.*). Rule edits are made on a copy and kept only when
// segment_rules_problem() finds nothing wrong, so a bad edit is a message and the rules stay as they were.
//
// Rule and setting changes bump team_revision with revision: refresh_derived then only recomputes the
// segments and capacity. Owner changes touch the accounts, so they are a full revision.
#include <algorithm>
#include <utility>

#include "app/command_support.hpp"
#include "io/team_config_json.hpp"

namespace retain::commands {
namespace {

void mark_team_changed(AppState& app) {
    ++app.revision;
    ++app.team_revision;
}

CommandResult commit_rules(AppState& app, SegmentRules next, const char* command) {
    const std::string problem = segment_rules_problem(next);
    if (!problem.empty()) return fail(std::string(command) + ": refused, " + problem + " (the rules are unchanged)");
    app.ws.segment_rules = std::move(next);
    mark_team_changed(app);
    return {};
}

bool read_rule(const json& args, const char* command, bool fallback, SegmentRule& out, std::string& error) {
    if (!args.is_object() || !args.contains("rule")) {
        error = std::string(command) + ": expected {rule: {name, segment, model, when: [{field, key?, min?, max?, any_of?}]}}";
        return false;
    }
    std::string what;
    if (!segment_rule_from_json(args["rule"], "rule", fallback, out, what)) {
        error = std::string(command) + ": " + what;
        return false;
    }
    return true;
}

bool rule_index(const AppState& app, const json& args, const char* key, size_t& out) {
    return get_index(args, key, out) && out < app.ws.segment_rules.rules.size();
}

CommandResult add_rule(AppState& app, const json& args) {
    SegmentRule rule;
    std::string error;
    if (!read_rule(args, "segments.add_rule", false, rule, error)) return fail(error);
    SegmentRules next = app.ws.segment_rules;
    size_t at = next.rules.size();
    if (args.contains("at") && (!get_index(args, "at", at) || at > next.rules.size()))
        return fail("segments.add_rule: at must be a position from 0 to " + std::to_string(next.rules.size()));
    next.rules.insert(next.rules.begin() + long(at), std::move(rule));
    return commit_rules(app, std::move(next), "segments.add_rule");
}

CommandResult set_rule(AppState& app, const json& args) {
    size_t index = 0;
    if (!rule_index(app, args, "index", index)) return fail("segments.set_rule: expected {index: a rule's position, rule}");
    SegmentRule rule;
    std::string error;
    if (!read_rule(args, "segments.set_rule", false, rule, error)) return fail(error);
    SegmentRules next = app.ws.segment_rules;
    next.rules[index] = std::move(rule);
    return commit_rules(app, std::move(next), "segments.set_rule");
}

CommandResult move_rule(AppState& app, const json& args) {
    size_t index = 0, to = 0;
    if (!rule_index(app, args, "index", index) || !rule_index(app, args, "to", to))
        return fail("segments.move_rule: expected {index, to}: positions of the rules list");
    SegmentRules next = app.ws.segment_rules;
    SegmentRule rule = std::move(next.rules[index]);
    next.rules.erase(next.rules.begin() + long(index));
    next.rules.insert(next.rules.begin() + long(to), std::move(rule));
    return commit_rules(app, std::move(next), "segments.move_rule");
}

CommandResult delete_rule(AppState& app, const json& args) {
    size_t index = 0;
    if (!rule_index(app, args, "index", index)) return fail("segments.delete_rule: expected {index: a rule's position}");
    SegmentRules next = app.ws.segment_rules;
    next.rules.erase(next.rules.begin() + long(index));
    return commit_rules(app, std::move(next), "segments.delete_rule");
}

CommandResult set_fallback(AppState& app, const json& args) {
    SegmentRule rule;
    std::string error;
    if (!read_rule(args, "segments.set_fallback", true, rule, error)) return fail(error);
    SegmentRules next = app.ws.segment_rules;
    next.fallback = std::move(rule);
    return commit_rules(app, std::move(next), "segments.set_fallback");
}

CommandResult reset_rules(AppState& app, const json&) {
    app.ws.segment_rules = default_segment_rules();
    mark_team_changed(app);
    app.notice = "The segment rules are back to the default set.";
    return {};
}

// The rule that placed an account and why (the account panel's text), for automation and tests.
CommandResult placement(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "account", id)) return fail("segments.placement: expected {account: id}");
    const AccountIx ix = app.ws.find_account(id);
    if (ix == kNoAccount) return fail("segments.placement: no account with id \"" + id + "\"");
    refresh_derived(app);
    const Placement& p = account_placement(app, ix);
    CommandResult r;
    r.data = {{"rule", p.rule}, {"rule_name", p.rule_name}, {"segment", p.segment}, {"model", to_string(p.model)},
              {"matched", p.matched}, {"missed", p.missed}};
    return r;
}

CommandResult set_ratio(AppState& app, const json& args) {
    std::string key;
    EngagementModel model;
    size_t low = 0, high = 0;
    if (!get_string(args, "model", key) || !parse_enum(key, model) || !get_index(args, "low", low) ||
        !get_index(args, "high", high))
        return fail("team.set_ratio: expected {model: high_touch|low_touch|tech_touch|hybrid, low, high}: accounts per CSM");
    TeamSettings next = app.ws.team_settings;
    next.ratios[size_t(model)] = {int32_t(std::min<size_t>(low, 1000000)), int32_t(std::min<size_t>(high, 1000000))};
    const std::string problem = team_settings_problem(next);
    if (!problem.empty()) return fail("team.set_ratio: refused, " + problem);
    app.ws.team_settings = next;
    mark_team_changed(app);
    return {};
}

CommandResult set_hire_thresholds(AppState& app, const json& args) {
    TeamSettings next = app.ws.team_settings;
    size_t customers = 0;
    // ARR in minor units passes 2^32 ($42.9M): read as a 64-bit whole number, not a size_t (32 bits in wasm).
    const bool has_arr = args.is_object() && args.contains("arr") && args["arr"].is_number_integer() &&
                         args["arr"].get<int64_t>() >= 0;
    const bool has_customers = get_index(args, "customers", customers);
    if ((!has_arr && args.contains("arr")) || (!has_customers && args.contains("customers")) || (!has_arr && !has_customers))
        return fail("team.set_hire_thresholds: expected {arr?: minor units, customers?: count}");
    if (has_arr) next.first_hire_arr = Money(std::min<int64_t>(args["arr"].get<int64_t>(), int64_t(1) << 52));
    if (has_customers) next.first_hire_customers = int32_t(std::min<size_t>(customers, 100000000));
    const std::string problem = team_settings_problem(next);
    if (!problem.empty()) return fail("team.set_hire_thresholds: refused, " + problem);
    app.ws.team_settings = next;
    mark_team_changed(app);
    return {};
}

CommandResult set_task_limit(AppState& app, const json& args) {
    size_t limit = 0;
    if (!get_index(args, "open_tasks_per_owner", limit))
        return fail("team.set_task_limit: expected {open_tasks_per_owner: a whole number, 0 = no limit}");
    TeamSettings next = app.ws.team_settings;
    next.open_tasks_per_owner = int32_t(std::min<size_t>(limit, size_t(kMaxOpenTasksPerOwner) + 1));
    const std::string problem = team_settings_problem(next);
    if (!problem.empty()) return fail("team.set_task_limit: refused, " + problem);
    app.ws.team_settings = next;
    mark_team_changed(app);
    return {};
}

CommandResult set_capacity(AppState& app, const json& args) {
    std::string id;
    size_t capacity = 0;
    if (!get_string(args, "csm", id) || !get_index(args, "capacity", capacity) || capacity > 100000)
        return fail("team.set_capacity: expected {csm: id, capacity: accounts from 0 (not set) to 100,000}");
    for (Csm& c : app.ws.csms)
        if (c.id == id) {
            c.capacity = int32_t(capacity);
            mark_team_changed(app);
            return {};
        }
    return fail("team.set_capacity: no CSM with id \"" + id + "\"");
}

// The accounts to move: listed ids, or every active account of a segment and/or an owner.
bool select_accounts(AppState& app, const json& args, std::vector<AccountIx>& out, std::string& error) {
    const Workspace& ws = app.ws;
    if (args.contains("accounts")) {
        const json& list = args["accounts"];
        if (!list.is_array()) return (error = "accounts must be a list of account ids", false);
        for (const json& v : list) {
            const AccountIx ix = v.is_string() ? ws.find_account(v.get<std::string>()) : kNoAccount;
            if (ix == kNoAccount) return (error = "no account with id " + v.dump(), false);
            out.push_back(ix);
        }
        return true;
    }
    std::string segment, owner;
    const bool by_segment = get_string(args, "segment", segment), by_owner = get_string(args, "owner", owner);
    if (!by_segment && !by_owner) return (error = "name the accounts: {accounts: [ids]} or {segment?, owner?}", false);
    refresh_derived(app);
    const Segmentation& seg = app.analysis.segmentation;
    for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i) {
        const Account& a = ws.accounts[i];
        if (a.status == AccountStatus::churned) continue;
        if (by_segment && (i >= seg.group.size() || seg.segment_of(i) != segment)) continue;
        if (by_owner && a.owner != owner) continue;
        out.push_back(i);
    }
    return true;
}

CommandResult reassign_books(AppState& app, const json& args) {
    std::string to;
    if (!get_string(args, "to", to))
        return fail("team.reassign: expected {to: CSM id or \"\" to unassign, accounts: [ids] | segment?, owner?}");
    if (!to.empty() && !app.ws.find_csm(to)) return fail("team.reassign: no CSM with id \"" + to + "\"");
    std::vector<AccountIx> chosen;
    std::string error;
    if (!select_accounts(app, args, chosen, error)) return fail("team.reassign: " + error);
    int32_t moved = 0;
    for (AccountIx ix : chosen)
        if (app.ws.accounts[ix].owner != to) {
            app.ws.accounts[ix].owner = to;
            ++moved;
        }
    if (moved) ++app.revision;
    const std::string who = to.empty() ? std::string("unassigned") : "to " + app.ws.find_csm(to)->name;
    app.notice = "Moved " + format_count(moved) + " account" + (moved == 1 ? "" : "s") + " " + who + ".";
    CommandResult r;
    r.data = {{"moved", moved}};
    return r;
}

CommandResult apply_suggestions(AppState& app, const json&) {
    refresh_derived(app);
    const RebalancePlan& plan = app.analysis.rebalance;
    if (plan.moves.empty()) return fail("team.apply_suggestions: there are no suggested moves (no CSM is over capacity "
                                        "with accounts another CSM can take)");
    for (const SuggestedMove& m : plan.moves) app.ws.accounts[m.account].owner = app.ws.csms[size_t(m.to)].id;
    const size_t n = plan.moves.size();
    ++app.revision;
    app.notice = "Applied " + format_count(int64_t(n)) + " suggested move" + (n == 1 ? "" : "s") + ".";
    CommandResult r;
    r.data = {{"moved", n}};
    return r;
}

CommandResult show_team(AppState& app, const json& args) {
    std::string tab;
    get_string(args, "tab", tab);
    if (tab != "segments" && tab != "team") return fail("team.show: expected {tab: segments or team}");
    app.view = ViewId::team;
    app.team_view.tab = tab == "segments" ? 0 : 1;
    app.team_view.tab_request_frames = 2;
    return {};
}

}  // namespace

void add_team_commands(std::vector<Entry>& out) {
    out.push_back({{"segments.add_rule", "{rule: {name, segment, model, when: [...]}, at?}", "Add a segment rule"}, add_rule});
    out.push_back({{"segments.set_rule", "{index, rule}", "Replace a segment rule"}, set_rule});
    out.push_back({{"segments.move_rule", "{index, to}", "Move a segment rule up or down the order"}, move_rule});
    out.push_back({{"segments.delete_rule", "{index}", "Delete a segment rule"}, delete_rule});
    out.push_back({{"segments.set_fallback", "{rule: {name, segment, model}}", "Where accounts no rule places go"},
                   set_fallback});
    out.push_back({{"segments.reset", "{}", "Go back to the default segment rules"}, reset_rules});
    out.push_back({{"segments.placement", "{account}", "The rule that placed an account, and why"}, placement});
    out.push_back({{"team.set_ratio", "{model, low, high}", "Recommended accounts per CSM for a model"}, set_ratio});
    out.push_back({{"team.set_hire_thresholds", "{arr?, customers?}", "When the first CS hire is due"},
                   set_hire_thresholds});
    out.push_back({{"team.set_task_limit", "{open_tasks_per_owner}",
                    "The most open tasks a playbook run leaves in one owner's inbox (0 = no limit)"}, set_task_limit});
    out.push_back({{"team.set_capacity", "{csm, capacity}", "Accounts a CSM can carry (0 = from the ratios)"}, set_capacity});
    out.push_back({{"team.reassign", "{to, accounts | segment?, owner?}", "Move accounts to a CSM in bulk"}, reassign_books});
    out.push_back({{"team.apply_suggestions", "{}", "Make the suggested rebalancing moves"}, apply_suggestions});
    out.push_back({{"team.show", "{tab: segments|team}", "Show a tab of the Segments & Team view"}, show_team});
}

}  // namespace retain::commands
