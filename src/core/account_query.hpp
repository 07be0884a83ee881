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

// Each account's rank by name, segment and owner name: built once per workspace revision (the only
// string sorting), so that sorting by any column afterwards compares integers. Why: re-sorting
// 100,000 accounts by comparing folded strings took 100-180 ms in the browser; integer keys keep a
// header click within a frame's budget.
struct AccountSortKeys {
    std::vector<uint32_t> name_rank;     // position in (name, index) order
    std::vector<uint32_t> segment_rank;  // rank of the account's segment; UINT32_MAX when blank
    std::vector<uint32_t> owner_rank;    // rank of the owner's display name; UINT32_MAX when unassigned
};

void build_sort_keys(const Workspace& ws, AccountSortKeys& keys);
// One part of them, for a caller that builds them in steps (the app between frames; ~30 ms each in the
// browser at 100,000 accounts).
enum class SortKeyPart : uint8_t { names, segments, owners };
constexpr int kSortKeyParts = 3;
void build_sort_keys(const Workspace& ws, AccountSortKeys& keys, SortKeyPart part);

// Fills `out` with the indices of the accounts matching the filter, in sort order. Ties are broken by
// account name, then by index, so the order is total and repeatable; empty values sort last in
// either direction.
void query_accounts(const Workspace& ws, const Analysis& analysis, const AccountSortKeys& keys,
                    const AccountQuery& query, std::vector<AccountIx>& out);

// The display name of an account's owner: the CSM's name, the raw owner id when no CSM has that id,
// or "" when unassigned.
const std::string& owner_name(const Workspace& ws, const Account& account);

}  // namespace retain
