// The team's capacity settings (docs/metrics.md "Team capacity"): the recommended accounts per CSM for
// each engagement model and the thresholds of the first-CS-hire signal. Stored in the workspace under
// "team_settings" (docs/workspace-format.md); the defaults are the guides' ratios and thresholds.
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "core/money.hpp"
#include "core/segments/segment_rules.hpp"

namespace retain {

// Accounts one CSM should carry: from `low` (comfortable) to `high` (the most).
struct RatioRange {
    int32_t low = 0;
    int32_t high = 0;
    friend bool operator==(RatioRange a, RatioRange b) { return a.low == b.low && a.high == b.high; }
};

constexpr int32_t kMaxOpenTasksPerOwner = 1000000;

struct TeamSettings {
    // Per EngagementModel: enterprise / high-touch 1:10-20, mid-market / low-touch 1:30-50, SMB /
    // tech-touch 1:100-200 (the guides); hybrid 1:50-100 is ours, between low- and tech-touch.
    std::array<RatioRange, kEngagementModelCount> ratios{{{10, 20}, {30, 50}, {100, 200}, {50, 100}}};
    // "Hire the first CSM around $1M ARR or 100 customers" (the guides).
    Money first_hire_arr = Money(100000000);
    int32_t first_hire_customers = 100;
    // The most open (or snoozed) tasks a playbook run leaves in one owner's inbox, the unassigned pool
    // counted as one owner; 0 = no limit. Nobody acts on a thousand tasks: past the limit a run makes the
    // highest-priority plays and holds the rest back for later (docs/playbooks.md "Owner limit").
    int32_t open_tasks_per_owner = 300;

    friend bool operator==(const TeamSettings& a, const TeamSettings& b) {
        return a.ratios == b.ratios && a.first_hire_arr == b.first_hire_arr &&
               a.first_hire_customers == b.first_hire_customers && a.open_tasks_per_owner == b.open_tasks_per_owner;
    }
};

// "" when usable, else what is wrong ("high-touch: the lower ratio must be 1 or more").
std::string team_settings_problem(const TeamSettings& s);

}  // namespace retain
