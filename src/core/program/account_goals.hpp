// An account's goals and the outcomes reached so far, for the QBR pack (io/report/account_report.hpp).
//
// Goals: the account's 30-60-90 success plan (its desired outcomes, success criteria and the periods not
// done yet), its lifecycle stage and, until it is reached, first value. Outcomes: the plan's periods done,
// first value, and the completed playbook tasks with the CSM's outcome notes, latest first.
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
