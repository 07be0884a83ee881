// Where each account's rows start in the workspace's account-sorted tables that customer metrics read
// (usage samples, survey responses), found once per workspace revision so that a metric over any subset
// — one account, a segment, each of thousands of owners — reads only its accounts' rows.
#pragma once
#include <cstddef>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

struct AccountRows {
    // Account a's rows are [usage[a], usage[a + 1]) of Workspace::usage; likewise for surveys. Each
    // vector has one entry per account plus one (empty when the workspace has no accounts).
    std::vector<size_t> usage;
    std::vector<size_t> surveys;
};

// Requires the tables sorted by account (Workspace::sort_rows); rows naming no account are skipped.
AccountRows index_account_rows(const Workspace& ws);

}  // namespace retain
