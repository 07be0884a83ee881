// The planner run a slice at a time; see import_job.hpp.
#include "app/import_job.hpp"

#include <memory>

#include "app/stopwatch.hpp"

namespace retain {
namespace {

void run_planner(AppState& app, double budget_ms) {
    ImportSession& im = app.import;
    if (im.planned_revision != app.revision) {
        im.planner = std::make_shared<ImportPlanner>(app.ws, im.sources, im.mode, app.today);
        im.planned_revision = app.revision;
    }
    const Stopwatch started;
    bool done = false;
    do done = im.planner->step();
    while (!done && started.ms() < budget_ms);
    if (!done) return;
    im.plan = im.planner->take();
    im.planner.reset();
}

}  // namespace

void start_import_plan(AppState& app, double at_once_ms) {
    ImportSession& im = app.import;
    im.planner.reset();
    if (im.sources.empty()) {
        im.plan = ImportPlan{};
        return;
    }
    im.planner = std::make_shared<ImportPlanner>(app.ws, im.sources, im.mode, app.today);
    im.planned_revision = app.revision;
    run_planner(app, at_once_ms);
}

void advance_import_plan(AppState& app, double budget_ms) {
    if (app.import.planner) run_planner(app, budget_ms);
}

double import_plan_progress(const AppState& app) {
    return app.import.planner ? app.import.planner->progress() : 0.0;
}

std::string import_plan_activity(const AppState& app) {
    return app.import.planner ? app.import.planner->activity() : std::string();
}

}  // namespace retain
