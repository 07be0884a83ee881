// Filtering and sorting the accounts list for the Accounts table.
//
// Why in core: sorting 100,000 accounts must be cheap and exact (stable ties), and a view must not own
// that logic. The result is an index list; rows themselves never move.
#pragma once
#include <string_view>
#include <vector>

#include "core/analysis.hpp"
#include "core/workspace.hpp"

namespace retain {

enum class AccountColumn : uint8_t { name, segment, owner, arr, renewal, stage };
constexpr int kAccountColumnCount = 6;

const char* to_string(AccountColumn c);  // "name", "segment", "owner", "arr", "renewal", "stage"
bool parse_enum(const std::string& text, AccountColumn& out);

struct AccountQuery {
    std::string filter;  // case-insensitive substring of name, id, domain, industry, segment or owner name
    AccountColumn sort_column = AccountColumn::name;
    bool descending = false;
};

// Fills `out` with the indices of the accounts matching the filter, in sort order. Ties (and empty
// values, which sort last in either direction) are broken by account name, then by index, so the
// order is total and repeatable.
void query_accounts(const Workspace& ws, const Analysis& analysis, const AccountQuery& query,
                    std::vector<AccountIx>& out);

// The display name of an account's owner: the CSM's name, the raw owner id when no CSM has that id,
// or "" when unassigned.
const std::string& owner_name(const Workspace& ws, const Account& account);

}  // namespace retain
