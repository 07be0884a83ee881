#include <doctest/doctest.h>

#include "core/analysis.hpp"
#include "core/demo_generator.hpp"
#include "io/entity_csv_export.hpp"
#include "io/import_plan.hpp"
#include "import_test_helpers.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

using test::source;

using test::kToday;

}  // namespace

TEST_CASE("import: a JSON array of objects is mapped like CSV headers, items numbered as lines") {
    const std::string json = R"([
        {"account": "A1", "date": "2025-03-01", "active_users": 5, "logins": 20},
        {"account": "A1", "date": "2025-04-01", "active_users": -1, "logins": 2}
    ])";
    ImportSource usage = source("usage.json", json);
    usage.entity = ImportEntity::usage;
    const std::string accounts = R"({"accounts": [{"id": "A1", "name": "Alpha", "tags": ["key", "emea"], "seats": 4}]})";
    const ImportPlan plan =
        build_import_plan(Workspace{}, {usage, source("accounts.json", accounts)}, ImportMode::merge, kToday);
    REQUIRE(plan.error_count() == 1);
    const ImportIssue& bad = plan.issues[0];
    CHECK(bad.file == "usage.json");
    CHECK(bad.line == 2);  // the second object
    CHECK(bad.column_name == "active_users");
    CHECK(plan.files[0].format == "JSON objects");
    CHECK(plan.files[1].entity == ImportEntity::accounts);

    ImportPlan accepted = plan;
    accepted.skip_bad_rows = true;
    Workspace ws;
    std::string error;
    REQUIRE(commit_import(accepted, ws, error));
    REQUIRE(ws.accounts.size() == 1);
    CHECK(ws.accounts[0].seats == 4);
    CHECK(ws.accounts[0].tags == std::vector<std::string>{"key", "emea"});
    REQUIRE(ws.usage.size() == 1);
    CHECK(ws.usage[0].active_users == 5);
    CHECK(ws.usage[0].logins == 20);
}

TEST_CASE("import: a workspace JSON file is a source like any other") {
    DemoOptions options;
    options.accounts = 12;
    const Workspace demo = generate_demo(options);
    const ImportPlan plan =
        build_import_plan(Workspace{}, {source("demo.json", save_workspace_json(demo))}, ImportMode::merge, kToday);
    CHECK(plan.error_count() == 0);
    CHECK(plan.files[0].format == "workspace JSON");
    CHECK(plan.counts[size_t(ImportEntity::accounts)].add == 12);
    Workspace ws;
    ws.settings = demo.settings;
    std::string error;
    REQUIRE(commit_import(plan, ws, error));
    // Notes are no import entity: a workspace file brings its tables and its feedback, not its notes. Nor
    // does it bring the team's own records (the journey, success plans and handoffs, like tasks and playbooks).
    CHECK(ws.notes.empty());
    CHECK(ws.feedback.size() == demo.feedback.size());
    Workspace data_only = demo;
    data_only.notes.clear();
    data_only.journey = JourneyData{};
    data_only.success_plans.clear();
    data_only.handoffs.clear();
    CHECK(save_workspace_json(ws) == save_workspace_json(data_only));

    // Importing it again in merge mode updates every account and adds nothing.
    const ImportPlan again =
        build_import_plan(ws, {source("demo.json", save_workspace_json(demo))}, ImportMode::merge, kToday);
    CHECK(again.counts[size_t(ImportEntity::accounts)].update == 12);
    CHECK(again.counts[size_t(ImportEntity::usage)].add == 0);
    CHECK(again.counts[size_t(ImportEntity::usage)].skip == demo.usage.size());
}

TEST_CASE("import: the demo's accounts, MRR and usage exported as CSV import back to the same rows") {
    DemoOptions options;
    options.accounts = 40;
    const Workspace demo = generate_demo(options);
    const Analysis analysis = analyse(demo, kToday);
    const ExportEntity entities[] = {ExportEntity::accounts, ExportEntity::mrr, ExportEntity::usage};
    std::vector<ImportSource> sources;
    for (ExportEntity e : entities) sources.push_back(source(std::string(to_string(e)) + ".csv", export_entity_csv(demo, analysis, e)));
    const ImportPlan plan = build_import_plan(Workspace{}, sources, ImportMode::merge, kToday);
    for (const ImportIssue& i : plan.issues)
        if (i.severity == IssueSeverity::error) FAIL_CHECK(format_import_issue(i));
    REQUIRE(plan.files.size() == 3);
    CHECK(plan.files[0].entity == ImportEntity::accounts);
    CHECK(plan.files[1].entity == ImportEntity::mrr);
    CHECK(plan.files[2].entity == ImportEntity::usage);
    Workspace ws;
    ws.settings = demo.settings;
    std::string error;
    REQUIRE(commit_import(plan, ws, error));
    const Analysis again = analyse(ws, kToday);
    for (ExportEntity e : entities) {
        CAPTURE(to_string(e));
        CHECK(export_entity_csv(ws, again, e) == export_entity_csv(demo, analysis, e));
    }
}
