// Places every account with the segment rules (segment_rules.hpp): which rule placed it, its segment
// and engagement model, and per (segment, model) the active accounts and ARR. Pure and linear in the
// accounts: 100,000 accounts in a few milliseconds, so it is recomputed with the analysis.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "core/segments/segment_rules.hpp"

namespace retain {

struct Workspace;
using AccountIx = uint32_t;

constexpr int16_t kFallbackRule = -1;

struct SegmentGroup {
    std::string segment;
    EngagementModel model = EngagementModel::tech_touch;
    int32_t active_accounts = 0;
    int32_t owned_accounts = 0;  // active accounts with a CSM
    Money arr;                   // of active accounts
};

struct Segmentation {
    std::vector<int16_t> rule;      // per account: the rule that placed it, kFallbackRule for the fallback
    std::vector<uint16_t> group;    // per account: index into groups
    std::vector<SegmentGroup> groups;  // one per (segment, model), in the order of the first rule naming it
    std::vector<int32_t> rule_accounts;  // active accounts each rule placed; the fallback's last

    EngagementModel model_of(AccountIx ix) const { return groups[group[ix]].model; }
    const std::string& segment_of(AccountIx ix) const { return groups[group[ix]].segment; }
};

// `arr` parallel to ws.accounts (current MRR x 12, Analysis). Rules with a problem
// (segment_rules_problem) still evaluate: a condition that cannot hold simply never matches.
Segmentation assign_segments(const Workspace& ws, const SegmentRules& rules, const std::vector<Money>& arr);

// Why an account is where it is: the rule that placed it, the conditions it met with the account's own
// values, and for each earlier rule the first condition it missed.
struct Placement {
    int16_t rule = kFallbackRule;
    std::string rule_name;
    std::string segment;
    EngagementModel model = EngagementModel::tech_touch;
    std::vector<std::string> matched;  // "ARR $120,000 (at least $100,000)"
    std::vector<std::string> missed;   // "Enterprise by ARR: ARR $30,000 (at least $100,000)"
};
Placement explain_placement(const Workspace& ws, const SegmentRules& rules, AccountIx ix, Money arr);

}  // namespace retain
