// Logging touchpoints by hand keeps Workspace::touchpoints sorted by (account, date), the order rows_of
// and the health engagement measures read it in (workspace.hpp).
#pragma once
#include <cstddef>

#include "core/workspace.hpp"

namespace retain {

// Inserts `t` after the account's rows dated on or before t.date (so same-day rows keep the order they
// were logged in, as sort_rows' stable sort would) and returns its index in the table.
size_t insert_touchpoint(std::vector<Touchpoint>& rows, Touchpoint t);

}  // namespace retain
