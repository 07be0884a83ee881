#include "app/background_work.hpp"

namespace retain {

void run_background_work(AppState& app) { app.working = false; }

}  // namespace retain
