// Tasks due per account (docs/metrics.md "Tasks due": active and overdue or due this week), parallel to
// Workspace::accounts: what a CSM's book shows on the Segments & Team view. Tasks whose account is not in
// the workspace are left out.
#pragma once
#include <cstdint>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

std::vector<int32_t> tasks_due_per_account(const Workspace& ws, Date as_of);

}  // namespace retain
