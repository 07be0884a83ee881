// Where the program stands (docs/metrics.md, "Program progress"): steps ticked of eight, the launch
// plan's day and phase on a date, items ticked per phase, and what the workspace itself shows of each
// step ("segment rules edited"). The evidence never ticks a step: completion is the team's call.
#pragma once
#include <string>
#include <vector>

#include "core/program/program_guide.hpp"
#include "core/workspace.hpp"

namespace retain {

bool step_done(const Program& program, const std::string& step_id);
bool launch_item_done(const Program& program, const std::string& item_id);

// Ticked steps the catalogue knows, 0-8.
int steps_completed(const Program& program);
// Charter questions with an answer (text other than blanks), 0-6.
int charter_answered(const Program& program);

// The launch plan on `date`: day 1 is the start date; days 1-30 basics, 31-60 pilot, 61-90 scale, after
// that finished; before the start (or without one) not started, day 0.
struct LaunchStatus {
    LaunchPhase phase = LaunchPhase::not_started;
    int32_t day = 0;  // 1-90 while running; > 90 once finished; 0 when not started
};
LaunchStatus launch_status(Date start, Date date);

struct LaunchPhaseProgress {
    int done = 0;
    int total = 0;
};
// Items ticked and listed in a phase (basics, pilot or scale); other phases give 0 of 0.
LaunchPhaseProgress launch_phase_progress(const Program& program, LaunchPhase phase);

// What the workspace shows of a step being under way, one short phrase per sign ("segment rules edited",
// "4 playbooks enabled"); empty when it shows nothing. `backtest_ran`: the app has a backtest report for
// the current scorecard (it is not kept in the workspace).
std::vector<std::string> step_evidence(const Workspace& ws, const std::string& step_id, bool backtest_ran);

// Sets or clears a tick, keeping the list in catalogue order without duplicates; false for an unknown id.
bool set_step_done(Program& program, const std::string& step_id, bool done);
bool set_launch_item_done(Program& program, const std::string& item_id, bool done);

}  // namespace retain
