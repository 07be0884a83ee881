// The import's plan made in slices (background_work.hpp; issue 9 point 4: long work never holds the page):
// files of a few MB are planned at once, as before; a large import is read in slices with its progress
// shown, while the page keeps drawing.
#pragma once
#include <string>

#include "app/app_state.hpp"

namespace retain {

// Starts planning the import's sources against the workspace, and plans at once for up to `at_once_ms`
// (a small import is then done before the command returns). With no sources the plan is emptied.
void start_import_plan(AppState& app, double at_once_ms);
// Goes on for about budget_ms; a change of the workspace since the planner started starts it again
// (it reads the workspace, and views its account ids).
void advance_import_plan(AppState& app, double budget_ms);
double import_plan_progress(const AppState& app);        // 0..1 while planning
std::string import_plan_activity(const AppState& app);  // "Reading usage.csv", ...

// How long one slice of a large import may hold the page. Longer than the frame share other work gets
// (about 7 ms), because the user is waiting for this one: at ~40 ms a slice the progress bar still moves
// ~20 times a second and the import spends nine tenths of its time working rather than drawing.
constexpr double kImportSliceMs = 40.0;

}  // namespace retain
