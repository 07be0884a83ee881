// The mapping editor's commands, as the Data view posts them: a column remapped by hand, the date order
// switched, the mapping saved as a preset of the workspace, which then maps the next such file by itself.
#include <doctest/doctest.h>

#include "io/workspace_json.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

namespace {

// Headers no synonym knows: "Nr" is the id, "Kunde" the name, "Verlängerung" the renewal date (day first).
const char* const kCrmFile =
    "Nr;Kunde;Verl\xC3\xA4ngerung\n"
    "K-1;Acme;03/04/2027\n"
    "K-2;Globex;05/06/2027\n";

const FileReport& only_file(const Harness& h) {
    REQUIRE(h.app.import.plan.files.size() == 1);
    return h.app.import.plan.files[0];
}

}  // namespace

TEST_CASE("a file mapped by hand, saved as a preset, maps the next such file by itself") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    REQUIRE(run_command(h.app, "import.add", {{"name", "crm.csv"}, {"text", kCrmFile}}).ok);
    REQUIRE(run_command(h.app, "import.set_entity", {{"file", 0}, {"entity", "accounts"}}).ok);
    CHECK_FALSE(only_file(h).mapping.complete());  // nothing names the id
    h.frames(3);                                   // the editor opens by itself: a required field is missing

    REQUIRE(run_command(h.app, "import.map_column", {{"file", 0}, {"column", 0}, {"field", "id"}}).ok);
    REQUIRE(run_command(h.app, "import.map_column", {{"file", 0}, {"column", 1}, {"field", "name"}}).ok);
    REQUIRE(run_command(h.app, "import.map_column", {{"file", 0}, {"column", 2}, {"field", "renewal_date"}}).ok);
    CHECK(only_file(h).mapping.complete());
    CHECK(only_file(h).mapping.match[0] == MatchKind::user);
    REQUIRE(h.app.import.plan.rows.accounts.size() == 2);
    CHECK(h.app.import.plan.rows.accounts[0].renewal_date == Date::from_ymd(2027, 3, 4));  // month first by default

    REQUIRE(run_command(h.app, "import.set_options", {{"file", 0}, {"day_first", true}}).ok);
    CHECK(h.app.import.plan.rows.accounts[0].renewal_date == Date::from_ymd(2027, 4, 3));
    CHECK(only_file(h).mapping.field_of_column[0] == find_field(ImportEntity::accounts, "id"));  // edits kept
    h.frames(3);

    const uint64_t before = h.app.revision;
    REQUIRE(run_command(h.app, "import.save_preset", {{"file", 0}, {"name", "Our CRM"}}).ok);
    CHECK(h.app.revision == before + 1);  // the preset is part of the workspace
    REQUIRE(h.app.ws.mapping_presets.size() == 1);
    CHECK(h.app.ws.mapping_presets[0].day_first);
    CHECK(h.app.ws.mapping_presets[0].columns.size() == 3);
    CHECK(h.app.notice.find("Saved the preset \"Our CRM\"") == 0);
    REQUIRE(run_command(h.app, "import.commit", {}).ok);
    CHECK(h.app.ws.accounts.size() == 2);

    // Next month's export: mapped by the saved preset, dates day first, with no edit.
    REQUIRE(run_command(h.app, "import.add", {{"name", "crm-december.csv"}, {"text", kCrmFile}}).ok);
    CHECK(only_file(h).preset == "Our CRM");
    CHECK(only_file(h).entity == ImportEntity::accounts);
    CHECK(h.app.import.plan.error_count() == 0);
    CHECK(h.app.import.plan.rows.accounts[1].renewal_date == Date::from_ymd(2027, 6, 5));
    REQUIRE(run_command(h.app, "import.cancel", {}).ok);

    // The preset travels with the workspace file.
    const std::string saved = save_workspace_json(h.app.ws);
    Workspace back;
    std::string error;
    REQUIRE_MESSAGE(load_workspace_json(saved, back, error), error);
    REQUIRE(back.mapping_presets.size() == 1);
    CHECK(back.mapping_presets[0].name == "Our CRM");

    run_command(h.app, "navigate", {{"view", "data"}});
    h.frames(3);  // the saved presets list draws
    REQUIRE(run_command(h.app, "presets.delete", {{"name", "Our CRM"}, {"entity", "accounts"}}).ok);
    CHECK(h.app.ws.mapping_presets.empty());
}

TEST_CASE("a built-in preset can be applied by name, and saving under the same name replaces") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    REQUIRE(run_command(h.app, "data.open", {{"text", fixture("hubspot_companies.csv")}, {"name", "companies.csv"}}).ok);
    REQUIRE(run_command(h.app, "import.apply_preset", {{"file", 0}, {"name", "HubSpot companies"}}).ok);
    CHECK(only_file(h).preset == "HubSpot companies");
    REQUIRE(run_command(h.app, "import.save_preset", {{"file", 0}, {"name", "Ours"}}).ok);
    REQUIRE(run_command(h.app, "import.save_preset", {{"file", 0}, {"name", "Ours"}}).ok);
    CHECK(h.app.ws.mapping_presets.size() == 1);
    CHECK(h.app.notice.find("Updated the preset \"Ours\"") == 0);
    h.frames(3);
}

TEST_CASE("mapping commands with bad arguments say what they expected and change nothing") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    REQUIRE(run_command(h.app, "import.add", {{"name", "crm.csv"}, {"text", kCrmFile}}).ok);
    const CommandResult unknown = run_command(h.app, "import.map_column", {{"file", 0}, {"column", 0}, {"field", "renewl"}});
    CHECK_FALSE(unknown.ok);
    CHECK(unknown.error.find("have no field \"renewl\"") != std::string::npos);
    CHECK_FALSE(run_command(h.app, "import.map_column", {{"file", 0}, {"column", 9}, {"field", "id"}}).ok);
    CHECK_FALSE(run_command(h.app, "import.map_column", {{"file", 3}, {"column", 0}, {"field", "id"}}).ok);
    CHECK_FALSE(run_command(h.app, "import.apply_preset", {{"file", 0}, {"name", "Nope"}}).ok);
    CHECK_FALSE(run_command(h.app, "import.save_preset", {{"file", 0}, {"name", "  "}}).ok);
    CHECK_FALSE(run_command(h.app, "presets.delete", {{"name", "Nope"}, {"entity", "accounts"}}).ok);
    CHECK_FALSE(h.app.import.sources[0].mapping.has_value());
    CHECK(h.app.ws.mapping_presets.empty());
}
