// The journey over the whole book (docs/metrics.md "Customer journey"): the stage funnel, each account's
// milestone progress and time in its stage, the accounts stuck in a stage and the new accounts whose
// handoff is missing or incomplete. Derived from the workspace and the analysis' ARR; views read it.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/analysis.hpp"
#include "core/journey/handoff.hpp"
#include "core/journey/milestone_evidence.hpp"

namespace retain {

// One stage of the funnel, over active accounts.
struct StageFunnelRow {
    int32_t accounts = 0;  // active accounts in the stage now
    Money arr;             // their ARR
    int32_t reached = 0;   // active accounts in this stage or a later one
    // reached(next) / reached(this): of the accounts that got this far, the share that went further.
    // None for the last stage or when no account reached this one.
    std::optional<double> conversion;
    int32_t stuck = 0;     // accounts in the stage longer than its threshold
};

struct AccountJourneyRow {
    AccountIx account = kNoAccount;
    AccountMilestones milestones;
    Date stage_since;           // the recorded stage date, else in onboarding the contract start, else empty
    bool since_recorded = false;
    int32_t days_in_stage = -1; // -1 when neither date is known
    bool stuck = false;
    HandoffState handoff = HandoffState::missing;
    bool handoff_flag = false;  // handoff_flagged
    bool has_plan = false;
};

struct JourneyOverview {
    Date as_of;
    std::array<StageFunnelRow, kLifecycleStageCount> funnel{};
    std::vector<AccountJourneyRow> rows;    // active accounts, in workspace order
    std::vector<size_t> stuck;              // indices into rows, longest in stage first
    std::vector<size_t> handoff_flags;      // indices into rows
    int32_t active = 0;
};

// Days in the stage (as_of - since) above settings.stuck_days[stage], when that threshold is not 0.
bool stuck_in_stage(const JourneySettings& settings, LifecycleStage stage, int32_t days_in_stage);

JourneyOverview journey_overview(const Workspace& ws, const Analysis& analysis);

}  // namespace retain
