// The export under way: one of the two resumable writers of src/io, the workspace revision it reads, and
// what the finished file is called.
#include "app/export_job.hpp"

#include "app/stopwatch.hpp"

#include "io/entity_csv_export.hpp"
#include "io/workspace_json.hpp"

namespace retain {

struct ExportJob {
    std::string entity;  // "" for the workspace file
    std::string filename;
    uint64_t revision = 0;
    std::unique_ptr<WorkspaceJsonWriter> json;
    std::unique_ptr<EntityCsvWriter> csv;
};

namespace {

// Values (JSON) or rows (CSV) per step: small enough to look at the clock often, a fraction of a ms.
constexpr size_t kJsonValuesPerStep = 16'384;
constexpr size_t kCsvRowsPerStep = 2'048;

void open_writer(AppState& app, ExportJob& job) {
    job.revision = app.revision;
    job.json.reset();
    job.csv.reset();
    if (job.entity.empty()) {
        job.json = std::make_unique<WorkspaceJsonWriter>(app.ws);
        return;
    }
    ExportEntity e{};
    parse_enum(job.entity, e);
    refresh_derived(app);  // the accounts file carries current MRR from the analysis
    job.csv = std::make_unique<EntityCsvWriter>(app.ws, app.analysis, e);
}

bool step(ExportJob& job) {
    size_t budget = job.json ? kJsonValuesPerStep : kCsvRowsPerStep;
    return job.json ? job.json->step(budget) : job.csv->step(budget);
}

// Runs the job for about budget_ms; hands the file to the browser when complete.
void run(AppState& app, double budget_ms) {
    ExportJob& job = *app.export_job;
    if (job.revision != app.revision) {  // the workspace changed under it: the file would be a mix
        open_writer(app, job);
    }
    const Stopwatch started;
    bool done = false;
    do done = step(job);
    while (!done && started.ms() < budget_ms);
    if (!done) return;
    const std::string data = job.json ? job.json->take() : job.csv->take();
    const std::string filename = job.filename;
    const char* mime = job.json ? "application/json" : "text/csv";
    app.export_job.reset();
    app.hooks.download(filename, mime, data);
    app.last_export = {filename, data.size()};
}

}  // namespace

bool start_export(AppState& app, const std::string& entity, std::string filename, double at_once_ms) {
    auto job = std::make_shared<ExportJob>();
    job->entity = entity;
    job->filename = std::move(filename);
    open_writer(app, *job);
    app.export_job = std::move(job);
    run(app, at_once_ms);
    return !app.export_job;
}

void advance_export(AppState& app, double budget_ms) {
    if (app.export_job) run(app, budget_ms);
}

void cancel_export(AppState& app) { app.export_job.reset(); }

bool export_running(const AppState& app) { return bool(app.export_job); }

double export_progress(const AppState& app) {
    if (!app.export_job) return 0.0;
    const ExportJob& job = *app.export_job;
    return job.json ? job.json->progress() : job.csv->progress();
}

const std::string& export_filename(const AppState& app) {
    static const std::string none;
    return app.export_job ? app.export_job->filename : none;
}

}  // namespace retain
