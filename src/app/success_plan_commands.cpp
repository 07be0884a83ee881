// Success plan commands: a 30-60-90 plan from a template (pre-filled from the handoff), its goals and
// items, and recording the account's first value (Account::first_value, which feeds time to value).
// Plan edits change no analysis; the first-value date does (time to value, onboarding triggers).
#include <algorithm>
#include <utility>

#include "app/command_support.hpp"
#include "core/journey/plan_schedule.hpp"

namespace retain::commands {
namespace {

// The plan of the account named by args.account; false with `error` when it has none.
bool plan_arg(AppState& app, const json& args, const char* command, SuccessPlan*& plan, CommandResult& error) {
    AccountIx ix = kNoAccount;
    if (!account_arg(app, args, command, ix, error)) return false;
    plan = find_plan(app.ws.success_plans, app.ws.accounts[ix].id);
    if (plan) return true;
    error = fail(std::string(command) + ": " + app.ws.accounts[ix].id + " has no success plan (success_plan.create makes one)");
    return false;
}

// Optional text fields: absent keeps the value; present must be text.
bool text_fields(const json& args, const char* command, std::initializer_list<std::pair<const char*, std::string*>> fields,
                 CommandResult& error) {
    for (const auto& [key, out] : fields) {
        if (!args.contains(key)) continue;
        if (!get_string(args, key, *out)) {
            error = fail(std::string(command) + ": " + key + " must be text");
            return false;
        }
    }
    return true;
}

bool day_arg(const json& args, const char* command, int32_t& day, CommandResult& error) {
    if (!args.contains("day")) return true;
    size_t d = 0;
    if (!get_index(args, "day", d) || d < 1 || d > 365) {
        error = fail(std::string(command) + ": day must be 1 to 365 (days from the plan's start)");
        return false;
    }
    day = int32_t(d);
    return true;
}

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

void sort_items(SuccessPlan& p) {
    std::stable_sort(p.items.begin(), p.items.end(), [](const PlanItem& a, const PlanItem& b) { return a.day < b.day; });
}

CommandResult create_plan(AppState& app, const json& args) {
    const char* cmd = "success_plan.create";
    AccountIx ix = kNoAccount;
    CommandResult error;
    if (!account_arg(app, args, cmd, ix, error)) return error;
    const Account& a = app.ws.accounts[ix];
    if (find_plan(app.ws.success_plans, a.id))
        return fail(std::string(cmd) + ": " + a.id + " already has a success plan (success_plan.delete removes it)");
    refresh_derived(app);
    PlanTemplate kind = template_for(app.analysis.segmentation.model_of(ix));
    std::string text;
    if (args.contains("template") && (!get_string(args, "template", text) || !parse_enum(text, kind)))
        return fail(std::string(cmd) + ": template must be custom (high-touch) or standard (low-touch)");
    const std::string owner = owner_name(app.ws, a);
    app.ws.success_plans.push_back(
        plan_from_template(kind, a, owner, find_handoff(app.ws.handoffs, a.id), app.analysis.as_of));
    mark_playbooks_changed(app);
    CommandResult r;
    r.data = {{"template", to_string(kind)}};
    return r;
}

CommandResult update_plan(AppState& app, const json& args) {
    const char* cmd = "success_plan.update";
    SuccessPlan* plan = nullptr;
    CommandResult error;
    if (!plan_arg(app, args, cmd, plan, error)) return error;
    SuccessPlan edited = *plan;
    if (!text_fields(args, cmd, {{"outcomes", &edited.outcomes}, {"success_criteria", &edited.success_criteria},
                                 {"owner", &edited.owner}}, error))
        return error;
    *plan = std::move(edited);
    mark_playbooks_changed(app);
    return {};
}

// Reads the item fields present in args into `item` (status done dates it on the as-of date).
bool read_item(AppState& app, const json& args, const char* cmd, PlanItem& item, CommandResult& error) {
    if (!day_arg(args, cmd, item.day, error)) return false;
    if (!text_fields(args, cmd, {{"goal", &item.goal}, {"milestone", &item.milestone}, {"owner", &item.owner},
                                 {"proof", &item.proof}}, error))
        return false;
    if (args.contains("status")) {
        std::string text;
        PlanItemStatus s;
        if (!get_string(args, "status", text) || !parse_enum(text, s)) {
            error = fail(std::string(cmd) + ": status must be not_started, in_progress, done or blocked");
            return false;
        }
        if (s == PlanItemStatus::done && item.status != PlanItemStatus::done) {
            refresh_derived(app);
            item.done = app.analysis.as_of;
        }
        if (s != PlanItemStatus::done) item.done = Date{};
        item.status = s;
    }
    return date_arg(args, "done", cmd, item.done, error);
}

CommandResult add_item(AppState& app, const json& args) {
    const char* cmd = "success_plan.add_item";
    SuccessPlan* plan = nullptr;
    CommandResult error;
    if (!plan_arg(app, args, cmd, plan, error)) return error;
    PlanItem item;
    if (!args.contains("day")) return fail(std::string(cmd) + ": expected {account, day, goal?, milestone?, owner?, proof?}");
    if (!read_item(app, args, cmd, item, error)) return error;
    if (blank(item.goal) && blank(item.milestone)) return fail(std::string(cmd) + ": an item needs a goal or a milestone");
    plan->items.push_back(std::move(item));
    sort_items(*plan);
    mark_playbooks_changed(app);
    return {};
}

bool item_index(const SuccessPlan& plan, const json& args, const char* cmd, size_t& index, CommandResult& error) {
    if (get_index(args, "index", index) && index < plan.items.size()) return true;
    error = fail(std::string(cmd) + ": index must name one of the plan's " + std::to_string(plan.items.size()) +
                 " items (0 first)");
    return false;
}

CommandResult set_item(AppState& app, const json& args) {
    const char* cmd = "success_plan.set_item";
    SuccessPlan* plan = nullptr;
    CommandResult error;
    size_t index = 0;
    if (!plan_arg(app, args, cmd, plan, error) || !item_index(*plan, args, cmd, index, error)) return error;
    PlanItem item = plan->items[index];
    if (!read_item(app, args, cmd, item, error)) return error;
    if (blank(item.goal) && blank(item.milestone)) return fail(std::string(cmd) + ": an item needs a goal or a milestone");
    plan->items[index] = std::move(item);
    sort_items(*plan);
    mark_playbooks_changed(app);
    return {};
}

CommandResult delete_item(AppState& app, const json& args) {
    const char* cmd = "success_plan.delete_item";
    SuccessPlan* plan = nullptr;
    CommandResult error;
    size_t index = 0;
    if (!plan_arg(app, args, cmd, plan, error) || !item_index(*plan, args, cmd, index, error)) return error;
    plan->items.erase(plan->items.begin() + std::ptrdiff_t(index));
    mark_playbooks_changed(app);
    return {};
}

CommandResult delete_plan(AppState& app, const json& args) {
    SuccessPlan* plan = nullptr;
    CommandResult error;
    if (!plan_arg(app, args, "success_plan.delete", plan, error)) return error;
    std::vector<SuccessPlan>& plans = app.ws.success_plans;
    plans.erase(plans.begin() + (plan - plans.data()));
    mark_playbooks_changed(app);
    return {};
}

CommandResult record_first_value(AppState& app, const json& args) {
    const char* cmd = "success_plan.record_first_value";
    AccountIx ix = kNoAccount;
    CommandResult error;
    if (!account_arg(app, args, cmd, ix, error)) return error;
    if (!args.contains("date")) return fail(std::string(cmd) + ": expected {account, date: YYYY-MM-DD, or \"\" to clear}");
    Date date;
    if (!date_arg(args, "date", cmd, date, error)) return error;
    Account& a = app.ws.accounts[ix];
    if (date.ok() && a.contract_start.ok() && date < a.contract_start)
        return fail(std::string(cmd) + ": first value on " + format_iso(date) + " comes before " + a.id +
                    "'s contract start " + format_iso(a.contract_start));
    // First value closes onboarding (docs/metrics.md "Customer journey: milestones"): with advance, an
    // account still in onboarding moves on to adoption, dated the first-value date.
    const bool advance = get_bool(args, "advance", false) && date.ok() && a.stage == LifecycleStage::onboarding;
    if (a.first_value == date && !advance) return {};
    a.first_value = date;
    if (advance) {
        a.stage = LifecycleStage::adoption;
        journey_entry(app.ws.journey, a.id).stage_since = date;
    }
    ++app.revision;  // time to value and the onboarding triggers read it: analysed again
    return {};
}

}  // namespace

void add_success_plan_commands(std::vector<Entry>& out) {
    out.push_back({{"success_plan.create", "{account, template?: custom|standard}",
                    "Start a 30-60-90 success plan from a template (pre-filled from the handoff)"},
                   create_plan});
    out.push_back({{"success_plan.update", "{account, outcomes?, success_criteria?, owner?}", "Edit a success plan's goals"},
                   update_plan});
    out.push_back({{"success_plan.add_item", "{account, day, goal?, milestone?, owner?, proof?}", "Add an item to a success plan"},
                   add_item});
    out.push_back({{"success_plan.set_item", "{account, index, day?, goal?, milestone?, owner?, proof?, status?, done?}",
                    "Edit a success plan item or set its status"},
                   set_item});
    out.push_back({{"success_plan.delete_item", "{account, index}", "Remove a success plan item"}, delete_item});
    out.push_back({{"success_plan.delete", "{account}", "Delete an account's success plan"}, delete_plan});
    out.push_back({{"success_plan.record_first_value", "{account, date, advance?}",
                    "Record the date the account first reached value (\"\" clears it; advance: onboarding -> adoption)"},
                   record_first_value});
}

}  // namespace retain::commands
