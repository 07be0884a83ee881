// The Journey view's and the account panel's journey state: the overview cached by what it was built
// from (so drawing computes nothing), the stage picked in the funnel, and the buffers of the account-level
// forms (touchpoint log, milestone record, handoff, success plan), loaded when another account opens.
#pragma once
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/journey/journey_overview.hpp"
#include "core/journey/success_plan.hpp"

namespace retain {

struct HandoffForm {
    char sold[512] = {}, goals[512] = {}, success_criteria[512] = {}, champion[128] = {},
         executive_sponsor[128] = {}, promises[512] = {}, risks[512] = {}, technical[512] = {}, timeline[512] = {},
         sales_owner[128] = {}, date[16] = {};
    int expected_ttv_days = 0;
};

// A success plan item open for editing (account_plan.cpp): its fields as typed, and the item as it was
// when the edit opened. When the workspace changes under the form so that the item at `index` is no
// longer that one, the edit is dropped rather than written over another item.
struct PlanItemEdit {
    int index = -1;      // the item being edited; -1 = none
    bool focus = false;  // just opened: the goal field takes the keyboard
    PlanItem original;
    int day = 30, status = 0;
    char goal[256] = {}, milestone[256] = {}, owner[128] = {}, proof[256] = {};
};

struct PlanForm {
    char outcomes[512] = {}, success_criteria[512] = {}, owner[128] = {};
    // The new item row.
    int new_day = 30;
    char new_goal[256] = {}, new_milestone[256] = {}, new_owner[128] = {}, new_proof[256] = {};
    PlanItemEdit edit;
};

struct JourneyViewState {
    int stage = -1;  // the funnel stage whose accounts are listed; -1 = all stages
    // The overview, keyed by the workspace revision it was built from.
    JourneyOverview overview;
    uint64_t built_revision = UINT64_MAX;
    Date built_as_of;
    std::vector<size_t> listed;  // rows of the overview in the picked stage
    int listed_stage = -2;

    // Account-level forms, loaded from the workspace when `form_account` or its revision changes.
    std::string form_account;
    uint64_t form_revision = UINT64_MAX;
    int touch_kind = 0;
    char touch_date[16] = {}, touch_outcome[128] = {}, touch_notes[512] = {};
    char milestone_by[128] = {}, milestone_note[256] = {}, milestone_date[16] = {};
    char first_value_date[16] = {};
    HandoffForm handoff;
    PlanForm plan;
    // Last drawn "Log touchpoint" and "Record first value" buttons, the success plan's header, its first
    // item's pencil and the Save of an item being edited (x, y, w, h in device pixels).
    float log_button[4] = {};
    float first_value_button[4] = {};
    float plan_header[4] = {};
    float plan_edit_button[4] = {};
    float plan_save_button[4] = {};
};

struct AppState;
// The overview, rebuilt when the workspace revision or the as-of date moved.
const JourneyOverview& journey_overview_of(AppState& app);
// The view's figures for state() (automation.cpp).
nlohmann::json journey_automation_state(const AppState& app);

}  // namespace retain
