#include "core/playbooks/tasks_per_account.hpp"

namespace retain {

std::vector<int32_t> tasks_due_per_account(const Workspace& ws, Date as_of) {
    std::vector<int32_t> due(ws.accounts.size(), 0);
    for (const Task& t : ws.tasks) {
        if (!task_is_overdue(t, as_of) && !task_is_due_this_week(t, as_of)) continue;
        const AccountIx a = ws.find_account(t.account);
        if (a != kNoAccount && a < due.size()) ++due[a];
    }
    return due;
}

}  // namespace retain
