// Names, checks and one-line descriptions of playbooks and tasks (playbook.hpp).
#include "core/playbooks/playbook.hpp"

#include "core/enum_names.hpp"

namespace retain {
namespace {

const char* const kTriggerNames[kTriggerKindCount] = {
    "health_color", "score_drop", "usage_drop", "renewal_within", "champion_left", "new_executive", "nps_detractor",
    "critical_tickets", "onboarding_stalled", "expansion_signal", "new_customer", "no_usage", "adoption_level",
    "qbr_due", "churned"};
const char* const kTriggerLabels[kTriggerKindCount] = {
    "Health color", "Health score drop", "Usage drop", "Renewal within", "Champion left", "New executive",
    "NPS detractor", "Open critical tickets", "Onboarding stalled", "Expansion signal", "New customer", "No usage",
    "Adoption level", "QBR due", "Churned"};
const uint8_t kTriggerParams[kTriggerKindCount] = {
    p_color, p_days | p_points, p_days | p_percent, p_days, p_days, p_days, p_days, p_count, p_days, p_percent, p_days,
    p_days, p_days | p_percent | p_max_percent, p_days, p_days};
const char* const kRoleNames[kOwnerRoleCount] = {"csm", "onboarding", "support", "account_manager", "cs_leader", "product"};
const char* const kRoleLabels[kOwnerRoleCount] = {"CSM", "Onboarding", "Support", "Account manager", "CS leader", "Product"};
const char* const kStepNames[] = {"email", "call", "checklist"};
const char* const kStepLabels[] = {"Email script", "Call agenda", "Checklist"};
const char* const kSuccessNames[kSuccessKindCount] = {"none", "health_green", "score_at_least", "usage_recovered",
                                                      "renewed", "first_value", "retained", "expanded"};
const char* const kSuccessLabels[kSuccessKindCount] = {"None",    "Health back to green", "Health score at least",
                                                       "Usage recovered", "Renewed", "First value reached",
                                                       "Still a customer", "Expanded"};
const char* const kTaskStatusNames[] = {"open", "done", "snoozed", "skipped"};

std::string days_text(int32_t n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

}  // namespace

uint8_t trigger_params(TriggerKind kind) { return kTriggerParams[int(kind)]; }

std::string task_id(const std::string& account, const std::string& playbook, int32_t step, Date created) {
    std::string date = format_iso(created);
    std::string compact;
    for (char c : date)
        if (c != '-') compact += c;
    return "T-" + account + "-" + playbook + "-" + std::to_string(step) + "-" + compact;
}

std::string describe_trigger(const Trigger& t) {
    const std::string d = days_text(t.days);
    switch (t.kind) {
        case TriggerKind::health_color: return std::string("Health color is ") + color_label(t.color);
        case TriggerKind::score_drop:
            return "Health score fell by " + std::to_string(t.points) + " points or more over the last " + d;
        case TriggerKind::usage_drop:
            return "Active users down " + std::to_string(t.percent) + "% or more: the last " + d + " against the " + d +
                   " before";
        case TriggerKind::renewal_within: return "Renewal within the next " + d;
        case TriggerKind::champion_left: return "A champion contact left the company (last engaged within the last " + d + ")";
        case TriggerKind::new_executive: return "An executive sponsor first engaged within the last " + d;
        case TriggerKind::nps_detractor: return "Latest NPS answer in the last " + d + " is 6 or lower";
        case TriggerKind::critical_tickets:
            return std::to_string(t.count) + " or more open high or urgent tickets";
        case TriggerKind::onboarding_stalled: return "No first value " + d + " or more after the contract started";
        case TriggerKind::expansion_signal:
            return "Active users at " + std::to_string(t.percent) + "% of purchased seats or more";
        case TriggerKind::new_customer: return "Contract started within the last " + d;
        case TriggerKind::no_usage: return "No active user in the last " + d;
        case TriggerKind::adoption_level:
            return "Active users at " + std::to_string(t.percent) + "% to under " + std::to_string(t.max_percent) +
                   "% of seats (usage in the last " + d + ")";
        case TriggerKind::qbr_due: return "No QBR in the last " + d;
        case TriggerKind::churned: return "Churned within the last " + d;
    }
    return {};
}

std::string describe_success(const SuccessMeasure& s) {
    const std::string d = days_text(s.days);
    switch (s.kind) {
        case SuccessKind::none: return "No success measure";
        case SuccessKind::health_green: return "Health color green within " + d;
        case SuccessKind::score_at_least: return "Health score " + std::to_string(s.score) + " or more within " + d;
        case SuccessKind::usage_recovered: return "Usage no longer down against the prior period within " + d;
        case SuccessKind::renewed: return "Renewed (renewal date moved on, still a customer) within " + d;
        case SuccessKind::first_value: return "First value recorded within " + d;
        case SuccessKind::retained: return "Still a customer " + d + " after the play started";
        case SuccessKind::expanded: return "MRR above its level when the play started, within " + d;
    }
    return {};
}

std::string playbook_problem(const Playbook& p) {
    if (p.id.empty()) return "a playbook needs an id";
    if (p.name.empty()) return "a playbook needs a name";
    const Trigger& t = p.trigger;
    const uint8_t params = trigger_params(t.kind);
    if ((params & p_days) && (t.days < 1 || t.days > 3650)) return "trigger days must be 1 to 3650";
    if ((params & p_points) && (t.points < 1 || t.points > 100)) return "trigger points must be 1 to 100";
    if ((params & p_percent) && (t.percent < 0 || t.percent > 1000)) return "trigger percent must be 0 to 1000";
    if ((params & p_max_percent) && t.max_percent <= t.percent) return "trigger: the upper percent must be above the lower";
    if ((params & p_count) && (t.count < 1 || t.count > 10000)) return "trigger count must be 1 to 10000";
    if ((params & p_color) && t.color == HealthColor::none) return "trigger color must be red, yellow or green";
    if (p.stage < -1 || p.stage >= kLifecycleStageCountForPlaybooks) return "stage must be -1 (any) or a lifecycle stage";
    if (p.cooldown_days < 0 || p.cooldown_days > 3650) return "cooldown days must be 0 to 3650";
    if (p.steps.empty()) return "a playbook needs at least one step";
    if (p.steps.size() > 50) return "at most 50 steps";
    for (size_t i = 0; i < p.steps.size(); ++i) {
        const PlaybookStep& s = p.steps[i];
        const std::string where = "step " + std::to_string(i + 1) + ": ";
        if (s.title.empty()) return where + "a step needs a title";
        if (s.due_days < 0 || s.due_days > 3650) return where + "due days must be 0 to 3650";
    }
    const SuccessMeasure& m = p.success;
    if (m.kind != SuccessKind::none && (m.days < 1 || m.days > 3650)) return "success days must be 1 to 3650";
    if (m.kind == SuccessKind::score_at_least && (m.score < 0 || m.score > 100)) return "success score must be 0 to 100";
    return {};
}

bool task_is_active(const Task& t, Date as_of) {
    return t.status == TaskStatus::open || (t.status == TaskStatus::snoozed && t.snoozed_until <= as_of);
}

bool task_is_overdue(const Task& t, Date as_of) { return task_is_active(t, as_of) && t.due.ok() && t.due < as_of; }

bool task_is_due_this_week(const Task& t, Date as_of) {
    return task_is_active(t, as_of) && t.due.ok() && t.due >= as_of && t.due - as_of <= 6;
}

TaskCounts count_tasks(const std::vector<Task>& tasks, Date as_of, const std::string* owner) {
    TaskCounts c;
    for (const Task& t : tasks) {
        if (owner && t.owner != *owner) continue;
        if (t.status == TaskStatus::done) ++c.done;
        if (!task_is_active(t, as_of)) continue;
        ++c.active;
        if (task_is_overdue(t, as_of)) ++c.overdue;
        else if (task_is_due_this_week(t, as_of)) ++c.due_this_week;
    }
    return c;
}

const char* to_string(TriggerKind k) { return kTriggerNames[int(k)]; }
const char* trigger_label(TriggerKind k) { return kTriggerLabels[int(k)]; }
const char* to_string(OwnerRole r) { return kRoleNames[int(r)]; }
const char* owner_role_label(OwnerRole r) { return kRoleLabels[int(r)]; }
const char* to_string(StepKind k) { return kStepNames[int(k)]; }
const char* step_kind_label(StepKind k) { return kStepLabels[int(k)]; }
const char* to_string(SuccessKind k) { return kSuccessNames[int(k)]; }
const char* success_label(SuccessKind k) { return kSuccessLabels[int(k)]; }
const char* to_string(TaskStatus s) { return kTaskStatusNames[int(s)]; }
bool parse_enum(const std::string& text, TriggerKind& out) { return parse_enum_name(kTriggerNames, text, out); }
bool parse_enum(const std::string& text, OwnerRole& out) { return parse_enum_name(kRoleNames, text, out); }
bool parse_enum(const std::string& text, StepKind& out) { return parse_enum_name(kStepNames, text, out); }
bool parse_enum(const std::string& text, SuccessKind& out) { return parse_enum_name(kSuccessNames, text, out); }
bool parse_enum(const std::string& text, TaskStatus& out) { return parse_enum_name(kTaskStatusNames, text, out); }

}  // namespace retain
