// bench_native: the native half of the benchmark suite (issue 9) on the dataset bench_dataset wrote.
//   bench_native --data DIR [--runs N] [--out FILE.json] [--only parse|import|import_all|analysis|storage]
// Measures, each repeated --runs times (the median is reported, and the best for throughput):
//  - per CSV file: text decoding (encoding detection and UTF-8 validation) and parse_csv alone;
//  - the import of accounts.csv + usage.csv into an empty workspace (issue 3 point 11's "whole dataset"):
//    build_import_plan (decode, parse, route, map, coerce and validate every cell, stage, count) and
//    commit_import (the workspace built), separately and together;
//  - the same for every file of the dataset;
//  - over the workspace that import built (--only analysis runs just this after one import): the whole
//    analysis, a rescore after a weight change (issue 4: <= 16 ms), all metrics (issue 5: <= 200 ms) and a
//    playbook run with its context (issue 6: <= 100 ms);
//  - the browser's stored form of that workspace (--only storage): the binary snapshot saved and loaded,
//    its size, and the workspace JSON's for comparison (what the page stored before the snapshot).
// Prints a JSON document (stdout, or --out). Only wall-clock time of this process on one thread.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "io/csv_parser.hpp"
#include "io/import_plan.hpp"
#include "io/text_decode.hpp"
#include "shared/analysis_timings.hpp"

namespace {

using nlohmann::json;
using namespace retain;
using bench::median;
using bench::stats;

double now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// CPU time of this thread (user + system): on a machine shared with other work, wall-clock time also
// counts the time spent waiting for a core; both are reported.
double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}


bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

const char* const kFiles[] = {"accounts", "usage", "subscriptions", "mrr", "tickets", "surveys"};

json bench_parse(const std::string& name, const std::string& bytes, int runs) {
    std::vector<double> decode_ms, parse_ms;
    size_t rows = 0, errors = 0;
    for (int r = 0; r < runs; ++r) {
        double t0 = now_ms();
        const DecodedText text = decode_text(bytes);
        decode_ms.push_back(now_ms() - t0);
        t0 = now_ms();
        const CsvResult csv = parse_csv(text.utf8());
        parse_ms.push_back(now_ms() - t0);
        rows = csv.table.row_count() - 1;
        errors = csv.error_count;
    }
    const double mb = double(bytes.size()) / 1e6;
    return {{"file", name + ".csv"}, {"bytes", bytes.size()}, {"rows", rows}, {"csv_errors", errors},
            {"decode", stats(decode_ms)}, {"parse", stats(parse_ms)},
            {"parse_mb_s_median", mb / (median(parse_ms) / 1000)},
            {"parse_mb_s_best", mb / (*std::min_element(parse_ms.begin(), parse_ms.end()) / 1000)}};
}

json bench_import(const std::vector<ImportSource>& sources, int runs) {
    std::vector<double> plan_ms, commit_ms, total_ms, total_cpu_ms;
    json counts = json::object(), issues = json::array();
    size_t errors = 0, warnings = 0, bytes = 0;
    for (const ImportSource& s : sources) bytes += s.bytes.size();
    for (int r = 0; r < runs; ++r) {
        const Workspace empty;
        const double c0 = cpu_ms();
        const double t0 = now_ms();
        const ImportPlan plan = build_import_plan(empty, sources, ImportMode::merge, Date::from_ymd(2026, 11, 15));
        const double t1 = now_ms();
        const double c1 = cpu_ms();
        Workspace ws;
        ImportPlan committed = plan;
        committed.skip_bad_rows = true;  // timed either way; errors are reported below, never hidden
        std::string error;
        const double c2 = cpu_ms();
        const double t2 = now_ms();
        const bool ok = commit_import(committed, ws, error);
        const double t3 = now_ms();
        total_cpu_ms.push_back((c1 - c0) + (cpu_ms() - c2));
        plan_ms.push_back(t1 - t0);
        commit_ms.push_back(t3 - t2);
        total_ms.push_back((t1 - t0) + (t3 - t2));
        errors = plan.error_count();
        warnings = plan.warning_count();
        counts = {{"accounts", ws.accounts.size()}, {"usage", ws.usage.size()}, {"subscriptions", ws.subscriptions.size()},
                  {"mrr", ws.mrr.size()}, {"tickets", ws.tickets.size()}, {"surveys", ws.surveys.size()},
                  {"committed", ok}, {"commit_error", error}};
        issues = json::array();
        for (size_t i = 0; i < plan.issues.size() && i < 5; ++i) issues.push_back(format_import_issue(plan.issues[i]));
    }
    json files = json::array();
    for (const ImportSource& s : sources) files.push_back(s.name);
    return {{"files", files}, {"bytes", bytes}, {"plan", stats(plan_ms)}, {"commit", stats(commit_ms)},
            {"total", stats(total_ms)}, {"total_cpu", stats(total_cpu_ms)}, {"errors", errors}, {"warnings", warnings}, {"first_issues", issues},
            {"workspace", counts}};
}

}  // namespace

int main(int argc, char** argv) {
    std::string data, out, only;
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--data") data = argv[i + 1];
        else if (arg == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
        else if (arg == "--out") out = argv[i + 1];
        else if (arg == "--only") only = argv[i + 1];  // one part, e.g. under a profiler
    }
    if (data.empty() || argc % 2 == 0) {
        std::fprintf(stderr, "usage: bench_native --data DIR [--runs N] [--out FILE.json] [--only parse|import|import_all|analysis|storage]\n");
        return 2;
    }
    std::vector<ImportSource> all;
    for (const char* name : kFiles) {
        ImportSource s;
        s.name = std::string(name) + ".csv";
        if (!read_file(data + "/" + s.name, s.bytes)) {
            std::fprintf(stderr, "bench_native: cannot read %s/%s (run bench_dataset first)\n", data.c_str(), s.name.c_str());
            return 2;
        }
        all.push_back(std::move(s));
    }
    json result;
    result["parse"] = json::array();
    for (size_t f = 0; f < all.size() && (only.empty() || only == "parse"); ++f) {
        std::fprintf(stderr, "bench_native: parsing %s\n", all[f].name.c_str());
        result["parse"].push_back(bench_parse(kFiles[f], all[f].bytes, runs));
    }
    if (only.empty() || only == "import") {
        std::fprintf(stderr, "bench_native: importing accounts.csv + usage.csv\n");
        result["import_accounts_usage"] = bench_import({all[0], all[1]}, runs);
    }
    if (only.empty() || only == "import_all") {
        std::fprintf(stderr, "bench_native: importing every file\n");
        result["import_all"] = bench_import(all, std::max(1, runs / 2));
    }
    if (only.empty() || only == "analysis" || only == "storage") {
        std::fprintf(stderr, "bench_native: analysis, metrics, playbooks and storage over the imported workspace\n");
        ImportPlan plan = build_import_plan(Workspace{}, all, ImportMode::merge, Date::from_ymd(2026, 11, 15));
        plan.skip_bad_rows = true;
        Workspace ws;
        std::string error;
        if (!commit_import(plan, ws, error)) {
            std::fprintf(stderr, "bench_native: the dataset did not import: %s\n", error.c_str());
            return 1;
        }
        if (only != "storage") result["analysis"] = bench::time_analysis(ws, runs, now_ms);
        if (only != "analysis") result["storage"] = bench::time_snapshot(ws, runs, now_ms);
    }
    const std::string text = result.dump(2) + "\n";
    if (out.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
    } else {
        std::ofstream(out, std::ios::binary) << text;
    }
    return 0;
}
