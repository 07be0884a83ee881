// libFuzzer target: a file through the whole import (import_plan.hpp): decode, parse, route, map columns
// (auto_map), coerce every cell, validate rows, commit. The first byte picks the entity (or lets the
// router pick) and the mode; the rest is the file. Checks:
//  - a commit either succeeds or leaves the workspace exactly as it was, with a reason;
//  - what a commit makes is a valid workspace: it saves and loads back (the importer must refuse
//    whatever the workspace file would refuse: negative seats, impossible dates, duplicate ids...).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "io/import_plan.hpp"
#include "io/workspace_json.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

// One account the file's child rows can name, so references resolve and rows reach the commit.
retain::Workspace starting_workspace() {
    retain::Workspace ws;
    ws.settings.name = "fuzz";
    retain::Account a;
    a.id = "A-1";
    a.name = "Acme";
    ws.accounts.push_back(a);
    ws.reindex();
    return ws;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const uint8_t control = data[0];
    retain::ImportSource source;
    source.name = "fuzz.csv";
    source.bytes.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
    const int entity = control % 16;  // 0..8 an entity, 9..15 the router decides
    if (entity < retain::kImportEntityCount) source.entity = retain::ImportEntity(entity);
    source.options.when_ambiguous = (control & 16) ? retain::DateFormat::day_first : retain::DateFormat::month_first;
    source.options.decimal = (control & 32) ? retain::DecimalMark::comma : retain::DecimalMark::point;
    source.options.money_in_minor_units = (control & 64) != 0;
    const retain::ImportMode mode = (control & 128) ? retain::ImportMode::replace : retain::ImportMode::merge;

    retain::Workspace ws = starting_workspace();
    const std::string before = retain::save_workspace_json(ws);
    retain::ImportPlan plan = retain::build_import_plan(ws, {source}, mode, retain::Date::from_ymd(2026, 6, 30));
    for (const retain::ImportIssue& issue : plan.issues) require(!issue.message.empty());
    plan.skip_bad_rows = true;
    std::string error;
    if (!retain::commit_import(plan, ws, error)) {
        require(!error.empty());
        require(retain::save_workspace_json(ws) == before);
        return 0;
    }
    const std::string saved = retain::save_workspace_json(ws);
    retain::Workspace loaded;
    std::string load_error;
    if (!retain::load_workspace_json(saved, loaded, load_error)) {
        std::fprintf(stderr, "an import made a workspace its own loader refuses: %s\n", load_error.c_str());
        std::abort();
    }
    return 0;
}
