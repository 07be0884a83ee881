// Tasks due per account (core/playbooks/tasks_per_account.hpp): what a CSM's book counts.
#include <doctest/doctest.h>

#include "core/analysis.hpp"
#include "core/playbooks/tasks_per_account.hpp"

using namespace retain;

namespace {

Task task(const char* account, Date due, TaskStatus status = TaskStatus::open) {
    Task t;
    t.account = account;
    t.due = due;
    t.status = status;
    return t;
}

}  // namespace

TEST_CASE("tasks due per account count overdue and this week's open tasks of known accounts") {
    Workspace ws;
    for (const char* id : {"A", "B", "C"}) {
        Account a;
        a.id = id;
        ws.accounts.push_back(a);
    }
    ws.reindex();
    const Date today = Date::from_ymd(2026, 11, 23);
    ws.tasks = {task("A", today.plus_days(-3)),                    // overdue
                task("A", today.plus_days(6)),                     // due this week (last day)
                task("A", today.plus_days(7)),                     // next week: not due
                task("B", today, TaskStatus::done),                // done
                task("C", today.plus_days(2)),                     // due
                task("GONE", today)};                              // account not in the workspace
    const std::vector<int32_t> due = tasks_due_per_account(ws, today);
    REQUIRE(due.size() == 3);
    CHECK(due[0] == 2);
    CHECK(due[1] == 0);
    CHECK(due[2] == 1);
}
