#include "core/metrics/metric_scope.hpp"

#include <map>

namespace retain {

namespace {

template <typename Keep>
AccountSubset subset_where(size_t count, Keep keep) {
    AccountSubset s;
    for (size_t i = 0; i < count; ++i)
        if (keep(i)) s.accounts.push_back(AccountIx(i));
    return s;
}

template <typename KeyOf>
std::vector<AccountGroup> group_by(const Workspace& ws, KeyOf key_of) {
    std::map<std::string, std::vector<AccountIx>> lists;  // distinct values in text order
    for (size_t i = 0; i < ws.accounts.size(); ++i) lists[key_of(ws.accounts[i])].push_back(AccountIx(i));
    std::vector<AccountGroup> groups;
    groups.reserve(lists.size());
    for (auto& kv : lists) groups.push_back({kv.first, {std::move(kv.second)}});
    return groups;
}

}  // namespace

AccountSubset all_accounts(const Workspace& ws) {
    AccountSubset s;
    s.accounts.resize(ws.accounts.size());
    for (size_t i = 0; i < s.accounts.size(); ++i) s.accounts[i] = AccountIx(i);
    return s;
}

AccountSubset select_accounts(const Workspace& ws, const AccountFilter& filter) {
    const size_t n = ws.accounts.size();
    switch (filter.kind) {
        case AccountFilter::Kind::all:
            return all_accounts(ws);
        case AccountFilter::Kind::segment:
            return subset_where(n, [&](size_t i) { return ws.accounts[i].segment == filter.value; });
        case AccountFilter::Kind::owner:
            return subset_where(n, [&](size_t i) { return ws.accounts[i].owner == filter.value; });
        case AccountFilter::Kind::list: {
            std::vector<uint8_t> in(n, 0);
            for (AccountIx a : filter.list)
                if (a < n) in[a] = 1;
            return subset_where(n, [&](size_t i) { return in[i] != 0; });
        }
    }
    return {};
}

std::vector<AccountGroup> group_by_segment(const Workspace& ws) {
    return group_by(ws, [](const Account& a) -> const std::string& { return a.segment; });
}

std::vector<AccountGroup> group_by_owner(const Workspace& ws) {
    return group_by(ws, [](const Account& a) -> const std::string& { return a.owner; });
}

std::vector<AccountGroup> group_by_industry(const Workspace& ws) {
    return group_by(ws, [](const Account& a) -> const std::string& { return a.industry; });
}

std::vector<AccountGroup> group_by_acquisition_source(const Workspace& ws) {
    return group_by(ws, [](const Account& a) -> const std::string& { return a.acquisition_source; });
}

}  // namespace retain
