// An account's goals and outcomes (account_goals.hpp): its success plan first, then what the workspace shows.
#include "core/program/account_goals.hpp"

#include <algorithm>

#include "core/journey/success_plan.hpp"

namespace retain {

AccountGoals account_goals(const Workspace& ws, AccountIx account, Date as_of) {
    AccountGoals g;
    const Account& a = ws.accounts[account];
    // The 30-60-90 success plan, when there is one: the customer's own outcomes, then each period's goal
    // still open, and the periods done as outcomes reached (with the proof the plan asked for).
    if (const SuccessPlan* plan = find_plan(ws.success_plans, a.id)) {
        if (!plan->outcomes.empty()) g.goals.push_back("Desired outcomes: " + plan->outcomes);
        if (!plan->success_criteria.empty()) g.goals.push_back("Success criteria: " + plan->success_criteria);
        for (const PlanItem& item : plan->items) {
            const std::string what = "Day " + std::to_string(item.day) + ": " + item.goal +
                                     (item.milestone.empty() ? "" : " (" + item.milestone + ")");
            if (item.status == PlanItemStatus::done) g.outcomes.push_back({item.done, what, item.proof});
            else g.goals.push_back(what + " - " + plan_item_status_label(item.status));
        }
    }
    g.goals.push_back(std::string("Lifecycle stage: ") + lifecycle_stage_label(a.stage));
    if (a.first_value.ok() && a.first_value <= as_of) {
        g.outcomes.push_back({a.first_value, "First value reached", {}});
    } else {
        g.goals.push_back("Reach first value: the first result the customer bought the product for");
    }
    for (const Task& t : ws.tasks) {
        if (t.account != a.id) continue;
        if (t.status == TaskStatus::done) g.outcomes.push_back({t.completed, t.title, t.outcome});
    }
    std::stable_sort(g.outcomes.begin(), g.outcomes.end(),
                     [](const AccountOutcome& x, const AccountOutcome& y) { return x.date > y.date; });
    return g;
}

}  // namespace retain
