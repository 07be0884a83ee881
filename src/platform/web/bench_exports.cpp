// Hooks for the in-browser benchmark (bench/web/, issue 9): the io pipeline run on bytes already in
// wasm memory and timed inside wasm, so the figures hold no JS-to-wasm copying and no JSON round trip.
// Called from bench JS only; the app never calls them. Each returns JSON text that stays valid until the
// next call of the same function.
#include <emscripten.h>
#include <malloc.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "io/csv_parser.hpp"
#include "io/import_plan.hpp"
#include "io/text_decode.hpp"
#include "shared/analysis_timings.hpp"

namespace {

using nlohmann::json;
using namespace retain;

std::vector<ImportSource> g_sources;
Workspace g_imported;  // the last retain_bench_import_run's workspace, for retain_bench_analysis

double now_ms() { return emscripten_get_now(); }

}  // namespace

extern "C" {

// Decodes and parses one CSV file: {decode_ms, parse_ms, rows, errors}.
extern "C" size_t malloc_max_footprint(void);  // dlmalloc's, Emscripten's default allocator

// The allocator's own figures, for finding where an operation's memory peaks: bytes in use now, and the
// most ever taken from the system (wasm memory itself only says how far it grew, in steps of ~20%).
EMSCRIPTEN_KEEPALIVE const char* retain_bench_heap() {
    static std::string out;
    const struct mallinfo m = mallinfo();
    out = nlohmann::json{{"in_use", size_t(m.uordblks)}, {"footprint", size_t(m.arena)},
                         {"max_footprint", size_t(malloc_max_footprint())}}.dump();
    return out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* retain_bench_parse_csv(const char* data, size_t length) {
    static std::string result;
    const std::string_view bytes(data, length);
    const double t0 = emscripten_get_now();
    const DecodedText text = decode_text(bytes);
    const double t1 = emscripten_get_now();
    const CsvResult csv = parse_csv(text.utf8());
    const double t2 = emscripten_get_now();
    result = json{{"decode_ms", t1 - t0}, {"parse_ms", t2 - t1}, {"rows", csv.table.row_count() ? csv.table.row_count() - 1 : 0},
                  {"errors", csv.error_count}}
                 .dump();
    return result.c_str();
}

// Adds a file to the benchmark's import (copied; not timed).
EMSCRIPTEN_KEEPALIVE void retain_bench_import_add(const char* name, const char* data, size_t length) {
    ImportSource s;
    s.name = name ? name : "file";
    s.bytes.assign(data, length);
    g_sources.push_back(std::move(s));
}

EMSCRIPTEN_KEEPALIVE void retain_bench_import_clear() {
    g_sources = {};
    g_imported = Workspace{};
}

// Plans the import of every added file into an empty workspace and commits it, as the app does:
// {plan_ms, commit_ms, errors, warnings, accounts, usage, ...}. The workspace is kept for
// retain_bench_analysis (the previous one is dropped first, outside the timing).
EMSCRIPTEN_KEEPALIVE const char* retain_bench_import_run() {
    static std::string result;
    g_imported = Workspace{};
    const Workspace empty;
    const double t0 = emscripten_get_now();
    // The planner stepped as build_import_plan() steps it, timed by what it says it is doing.
    ImportPlanner planner(empty, g_sources, ImportMode::merge, Date::from_ymd(2026, 11, 15));
    json stages = json::array();
    std::string activity = planner.activity();
    double since = t0;
    for (bool done = false; !done;) {
        done = planner.step();
        std::string now_doing = planner.activity();
        if (now_doing == activity) continue;
        const double t = emscripten_get_now();
        stages.push_back({{"stage", activity}, {"ms", t - since}});
        since = t;
        activity = std::move(now_doing);
    }
    ImportPlan plan = planner.take();
    const double t1 = emscripten_get_now();
    plan.skip_bad_rows = true;  // timed either way; the errors are returned
    Workspace ws;
    std::string error;
    const bool ok = commit_import(plan, ws, error);
    const double t2 = emscripten_get_now();
    json issues = json::array();
    for (size_t i = 0; i < plan.issues.size() && i < 5; ++i) issues.push_back(format_import_issue(plan.issues[i]));
    result = json{{"plan_ms", t1 - t0}, {"plan_stages", stages}, {"commit_ms", t2 - t1}, {"committed", ok}, {"commit_error", error},
                  {"errors", plan.error_count()}, {"warnings", plan.warning_count()}, {"first_issues", issues},
                  {"accounts", ws.accounts.size()}, {"usage", ws.usage.size()}, {"subscriptions", ws.subscriptions.size()},
                  {"mrr", ws.mrr.size()}, {"tickets", ws.tickets.size()}, {"surveys", ws.surveys.size()}}
                 .dump();
    if (ok) g_imported = std::move(ws);
    return result.c_str();
}

// Over the last imported workspace, in wasm: the analysis, a rescore after a weight change, all metrics,
// a playbook run, and the stored snapshot saved and loaded (bench/shared/analysis_timings.hpp).
EMSCRIPTEN_KEEPALIVE const char* retain_bench_analysis(int runs) {
    static std::string result;
    result = json{{"accounts", g_imported.accounts.size()},
                  {"analysis", bench::time_analysis(g_imported, runs, now_ms)},
                  {"storage", bench::time_snapshot(g_imported, runs, now_ms, false)}}
                 .dump();
    return result.c_str();
}

}  // extern "C"
