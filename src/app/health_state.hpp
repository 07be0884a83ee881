// The Health view's state: what the user is looking at and editing, and the long jobs (weekly history,
// backtest) that run in slices between frames. Owned by AppState; only commands and the job runner
// (background_work.cpp) change it.
#pragma once

namespace retain {

struct HealthViewState {
};

}  // namespace retain
