// A download made a slice at a time: at 100,000 accounts the workspace file is hundreds of megabytes and
// the usage CSV millions of rows, seconds of work that must not freeze the page (issue 9 point 4). The
// export commands start one; it is finished at once when it fits in a short budget (so small workspaces
// download as before), otherwise it advances in slices (background_work.hpp) with a progress bar until the browser is
// given the file. A change to the workspace while it runs starts it over, so the file is never a mix.
#pragma once
#include <memory>
#include <string>

#include "app/app_state.hpp"

namespace retain {

struct ExportJob;

// Starts the export of the workspace JSON (entity empty) or of one entity's CSV, replacing any under
// way, and runs it for up to at_once_ms (at least one step). Returns true when the file was already
// handed over.
constexpr double kExportAtOnceMs = 40.0;
bool start_export(AppState& app, const std::string& entity, std::string filename, double at_once_ms = kExportAtOnceMs);
// One frame's slice of the export under way (nothing when none is); called by run_background_work.
void advance_export(AppState& app, double budget_ms);
void cancel_export(AppState& app);

bool export_running(const AppState& app);
double export_progress(const AppState& app);  // 0..1
const std::string& export_filename(const AppState& app);

}  // namespace retain
