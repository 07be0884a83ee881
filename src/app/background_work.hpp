// Work too long for one frame (health history, backtests) advances here, a slice per frame within a time
// budget, so the page never freezes; AppState::working keeps frames coming while any is under way.
#pragma once
#include "app/app_state.hpp"

namespace retain {

void run_background_work(AppState& app);

}  // namespace retain
