// Rebalancing suggestions (rebalance.hpp).
#include "core/team/rebalance.hpp"

#include <algorithm>
#include <array>
#include <numeric>

#include "core/workspace.hpp"

namespace retain {

RebalancePlan suggest_moves(const Workspace& ws, const Segmentation& seg, const std::vector<Money>& arr,
                            const TeamCapacity& capacity) {
    RebalancePlan plan;
    const size_t n_csms = capacity.books.size();
    std::vector<int32_t> load(n_csms), cap(n_csms);
    std::vector<std::array<int32_t, kEngagementModelCount>> by_model(n_csms);
    for (size_t c = 0; c < n_csms; ++c) {
        load[c] = capacity.books[c].accounts;
        cap[c] = capacity.books[c].capacity;
        by_model[c] = capacity.books[c].by_model;
        if (cap[c] > 0) plan.overload_before += std::max(0, load[c] - cap[c]);
    }
    if (plan.overload_before == 0) return plan;

    const std::vector<int32_t>& owner = capacity.owner;
    std::vector<std::vector<AccountIx>> book(n_csms);  // each CSM's movable accounts, lowest ARR first
    for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i) {
        if (ws.accounts[i].status == AccountStatus::churned || i >= owner.size() || owner[i] < 0 || i >= seg.group.size())
            continue;
        if (seg.model_of(i) == EngagementModel::high_touch) continue;  // named CSM stays
        book[size_t(owner[i])].push_back(i);
    }
    auto arr_of = [&](AccountIx i) { return i < arr.size() ? arr[i].minor : 0; };
    std::vector<size_t> order(n_csms);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return (cap[a] > 0 ? load[a] - cap[a] : 0) > (cap[b] > 0 ? load[b] - cap[b] : 0);
    });
    // Receivers only fill up and givers stop at capacity, so once no CSM can take a model none ever will:
    // the model is closed and its accounts are not searched for again.
    std::array<bool, kEngagementModelCount> closed{};
    for (size_t from : order) {
        if (cap[from] <= 0 || load[from] <= cap[from]) continue;
        std::vector<AccountIx>& accounts = book[from];
        std::stable_sort(accounts.begin(), accounts.end(), [&](AccountIx a, AccountIx b) { return arr_of(a) < arr_of(b); });
        for (AccountIx account : accounts) {
            if (load[from] <= cap[from]) break;
            const size_t m = size_t(seg.model_of(account));
            if (closed[m]) continue;
            size_t best = n_csms;
            for (size_t c = 0; c < n_csms; ++c) {
                if (c == from || cap[c] <= 0 || load[c] + 1 > cap[c]) continue;
                if (by_model[c][m] == 0 && load[c] > 0) continue;  // does not serve this model
                // Lower load wins: load[c] / cap[c] < load[best] / cap[best], compared without division.
                if (best == n_csms || int64_t(load[c]) * cap[best] < int64_t(load[best]) * cap[c]) best = c;
            }
            if (best == n_csms) {
                closed[m] = true;
                continue;
            }
            plan.moves.push_back({account, int32_t(from), int32_t(best)});
            --load[from];
            --by_model[from][m];
            ++load[best];
            ++by_model[best][m];
        }
    }
    for (size_t c = 0; c < n_csms; ++c)
        if (cap[c] > 0) plan.overload_after += std::max(0, load[c] - cap[c]);
    return plan;
}

}  // namespace retain
