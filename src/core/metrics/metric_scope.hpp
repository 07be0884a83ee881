// What a metric is computed over: a set of accounts (all, a segment, an owner's book, any list) and a
// range of calendar months. Every metric in src/core/metrics takes one AccountSubset and one MonthRange,
// so a breakdown by segment or owner is the same function called once per group (docs/metrics.md,
// "Breakdowns").
//
// A subset is a sorted list of account indices: the per-account loops walk it in order, which is
// cache-friendly over the flat MRR series and lets the account-sorted tables be walked with one cursor.
#pragma once
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

// The months [first, last], both included.
struct MonthRange {
    Month first;
    Month last;

    bool ok() const { return first.ok() && last.ok() && first <= last; }
    int32_t months() const { return ok() ? last - first + 1 : 0; }
    bool contains(Month m) const { return ok() && m >= first && m <= last; }
    // The `months` months ending with `last` (the trailing-12 window is trailing(m, 12)).
    static MonthRange trailing(Month last, int32_t months) { return {last.plus(1 - months), last}; }
};

struct AccountFilter {
    enum class Kind : uint8_t { all, segment, owner, list };
    Kind kind = Kind::all;
    std::string value;              // the segment value or the owner's CSM id ("" = unassigned)
    std::vector<AccountIx> list;    // Kind::list: any account indices (order and duplicates do not matter)
};

struct AccountSubset {
    std::vector<AccountIx> accounts;  // sorted, no duplicates, each < the workspace's account count

    size_t size() const { return accounts.size(); }
    bool has(AccountIx a) const { return std::binary_search(accounts.begin(), accounts.end(), a); }
};

AccountSubset select_accounts(const Workspace& ws, const AccountFilter& filter);
AccountSubset all_accounts(const Workspace& ws);

// One subset per distinct segment value (or owner id, industry, acquisition source), in the order of the values' text; an empty
// value is a group of its own ("" segment, unassigned owner).
struct AccountGroup {
    std::string key;
    AccountSubset subset;
};
std::vector<AccountGroup> group_by_segment(const Workspace& ws);
std::vector<AccountGroup> group_by_owner(const Workspace& ws);
std::vector<AccountGroup> group_by_industry(const Workspace& ws);
std::vector<AccountGroup> group_by_acquisition_source(const Workspace& ws);  // Account::acquisition_source

// A rate's value, or no value when its denominator is zero (never 0, never NaN).
inline std::optional<double> ratio_of(double numerator, double denominator) {
    if (denominator == 0) return std::nullopt;
    return numerator / denominator;
}

}  // namespace retain
