// Balanced assignment suggestions (docs/metrics.md "Rebalancing suggestions"): moves that take accounts
// from CSMs over capacity to the least-loaded CSM who serves the account's engagement model. They are
// proposals: the team view lists them and only "team.apply_suggestions" makes them.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "core/team/capacity.hpp"

namespace retain {

struct SuggestedMove {
    AccountIx account = 0;
    int32_t from = -1;  // CSM indices into Workspace::csms
    int32_t to = -1;
};

struct RebalancePlan {
    std::vector<SuggestedMove> moves;
    int32_t overload_before = 0;  // sum over CSMs of accounts above capacity
    int32_t overload_after = 0;   // the same once the moves are made
};

// Greedy: CSMs over capacity, most overloaded first, give up their lowest-ARR accounts until they are at
// capacity. High-touch accounts stay with their named CSM. A receiver has a capacity, stays within it
// after the move, and already serves the account's model (or has an empty book); among them the one with
// the lowest load (accounts / capacity) takes it, ties to the first CSM. Never moves an account to a CSM
// over capacity, so overload_after <= overload_before.
RebalancePlan suggest_moves(const Workspace& ws, const Segmentation& seg, const std::vector<Money>& arr,
                            const TeamCapacity& capacity);

}  // namespace retain
