// Where each milestone of an account stands (docs/metrics.md "Customer journey: milestones"): recorded by
// a CSM, evidenced by the data, or both. Three milestones have evidence in the data —
//   activation            the first usage sample on or before the as-of date with active users > 0;
//   first value           Account::first_value on or before the as-of date;
//   stakeholder alignment a champion and an executive sponsor among the contacts, neither left the company
//                         (dated by the later of their first_engaged dates, when both are known);
// the others (kickoff, adoption depth, measurable outcome) are only ever recorded.
#pragma once
#include <array>
#include <cstdint>

#include "core/workspace.hpp"

namespace retain {

struct MilestoneState {
    const MilestoneMark* mark = nullptr;  // the CSM's record, if any (points into Workspace::journey)
    bool evidenced = false;               // the data shows it
    Date evidence_date;                   // may be empty when evidenced (stakeholders without dates)
    bool achieved() const { return evidenced || (mark && mark->recorded()); }
    // The earliest date known for it: the recorded or the evidenced one.
    Date date() const;
};

// Which milestones the data can show: the UI marks the others "recorded only".
bool milestone_has_evidence(Milestone m);
// The stage a milestone belongs to: kickoff, activation and first value close onboarding; adoption depth
// and stakeholder alignment, adoption; measurable outcome, value realization.
LifecycleStage milestone_stage(Milestone m);

struct AccountMilestones {
    std::array<MilestoneState, kMilestoneCount> milestones;
    int32_t achieved = 0;          // of the six
    int32_t onboarding_done = 0;   // of the three onboarding milestones (onboarding progress)
};
constexpr int32_t kOnboardingMilestoneCount = 3;

// `entry`: the account's journey entry (find_journey), passed in so a pass over every account looks each
// up once; the overload without it finds it.
AccountMilestones account_milestones(const Workspace& ws, AccountIx ix, Date as_of, const AccountJourney* entry);
AccountMilestones account_milestones(const Workspace& ws, AccountIx ix, Date as_of);

}  // namespace retain
