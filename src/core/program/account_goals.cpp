// An account's goals and outcomes (account_goals.hpp). MERGE POINT: success plans extend this.
#include "core/program/account_goals.hpp"

#include <algorithm>

namespace retain {

AccountGoals account_goals(const Workspace& ws, AccountIx account, Date as_of) {
    AccountGoals g;
    const Account& a = ws.accounts[account];
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
