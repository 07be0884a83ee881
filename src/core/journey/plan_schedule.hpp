// A success plan against the calendar (docs/metrics.md "Success plans"): its start, each item's target
// date, progress, and the status of each 30-day period; and a new plan from a template.
#pragma once
#include <array>
#include <cstdint>
#include <optional>

#include "core/segments/segment_rules.hpp"
#include "core/workspace.hpp"

namespace retain {

// The plan starts at the recorded kickoff milestone, else at the contract start (empty when neither).
Date plan_start(const Workspace& ws, AccountIx ix);
inline Date item_target(Date start, const PlanItem& item) { return start.plus_days(item.day); }

// A period's status: empty (no items), done (every item done), behind (an item past its target and not
// done, or blocked), on track (the rest).
enum class PeriodStatus : uint8_t { empty, on_track, behind, done };
const char* period_status_label(PeriodStatus s);
constexpr int kPlanPeriodCount = 3;  // days 1-30, 31-60, 61-90 and later
int plan_period(int32_t day);

struct PlanProgress {
    int32_t items = 0;
    int32_t done = 0;
    int32_t overdue = 0;           // not done and the target date passed (as of)
    std::optional<double> share;   // done / items; none without items
    std::array<PeriodStatus, kPlanPeriodCount> periods{};
};
PlanProgress plan_progress(const SuccessPlan& plan, Date start, Date as_of);

// High-touch accounts get the custom plan, every other model the standard one.
PlanTemplate template_for(EngagementModel model);
// A new plan from a template (the guides' 30-60-90 table), pre-filled from the account's handoff when
// there is one: its goals, success criteria and expected time to first value.
SuccessPlan plan_from_template(PlanTemplate kind, const Account& account, const std::string& owner,
                               const Handoff* handoff, Date created);

}  // namespace retain
