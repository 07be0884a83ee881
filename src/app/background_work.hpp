// Work too long for one frame (health history, backtests, an export, an import's plan, a save) advances in
// slices within a time budget, between frames where the page can (below) or in each frame's share, so the
// page never freezes; AppState::working keeps frames coming while any is under way.
#pragma once
#include "app/app_state.hpp"

namespace retain {

void run_background_work(AppState& app);

// A frame, drawing and work together, aims at about 7 ms (issue 9: p95 <= 8 ms at 100,000 accounts). Work
// that is not drawing (a save's slice, the health jobs, an export) shares what the last drawn frame's
// drawing left of that, 2 to 8 ms; each piece asks what is left, does at least one step, and adds what
// it took.
double frame_work_left_ms(const AppState& app);
void add_frame_work(AppState& app, double ms);
// The platform's frame is over (drawn: frame_ms holds its time): the next frame's share starts afresh.
void end_frame_work(AppState& app, bool drawn);

// Between frames. A page that can call in between animation frames (web/retain_lib.js, the work pump)
// sets AppState::work_between_frames: the frames then only draw, and the work above runs here, in slices
// of about slice_ms shared by the jobs under way, back to back while any remains. A slow compositor (the
// headless browser draws ~10 frames a second) no longer slows the work to a frame's share ten times a
// second; the browser still draws whenever a frame is due, between two slices.
// Returns whether work remains.
bool run_work_between_frames(AppState& app, double slice_ms);
bool work_pending(const AppState& app);  // a job, an import's plan, an export or a save is under way

}  // namespace retain
