// An account's goals and the outcomes reached so far, for the QBR pack (io/report/account_report.hpp).
//
// MERGE POINT: today the workspace has no success plans, so this reads what exists: the first-value date,
// the lifecycle stage, and the completed playbook tasks with the CSM's outcome notes. When the customer
// journey work (30-60-90 success plans, src/core/journey/) lands, extend account_goals() to list the
// plan's goals and milestones first; the report reads only this struct and needs no change.
#pragma once
#include <string>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

struct AccountOutcome {
    Date date;          // when it was reached (task completed on, first value)
    std::string what;   // "First value reached", or the task's title
    std::string note;   // the CSM's outcome note; may be empty
};

struct AccountGoals {
    std::vector<std::string> goals;        // what the customer is working towards
    std::vector<AccountOutcome> outcomes;  // reached, latest first
};

AccountGoals account_goals(const Workspace& ws, AccountIx account, Date as_of);

}  // namespace retain
