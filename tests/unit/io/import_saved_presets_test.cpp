// The workspace's saved presets in an import: a file whose headers fit one is mapped by it, with its
// date order and decimal mark, before any built-in preset; a file given an entity is left to auto-mapping.
#include <doctest/doctest.h>

#include "import_test_helpers.hpp"

using namespace retain;
using retain::test::source;

namespace {

// A CRM export whose headers no synonym knows: "Kunde" is the account name, "Nr" the id, "Verlängerung"
// the renewal date, written day first.
const char* const kCrmFile =
    "Nr;Kunde;Verl\xC3\xA4ngerung;Sitze\n"
    "K-1;Acme;03/04/2027;12\n"
    "K-2;Globex;05/06/2027;40\n";

Workspace with_preset(bool day_first) {
    Workspace ws;
    MappingPreset p;
    p.name = "Our CRM";
    p.entity = ImportEntity::accounts;
    p.columns = {{"Nr", "id"}, {"Kunde", "name"}, {"Verl\xC3\xA4ngerung", "renewal_date"}, {"Sitze", "seats"}};
    p.day_first = day_first;
    ws.mapping_presets.push_back(p);
    return ws;
}

}  // namespace

TEST_CASE("a file whose headers fit a saved preset is mapped by it, dates in the preset's order") {
    const Workspace ws = with_preset(true);
    const ImportPlan plan = build_import_plan(ws, {source("crm.csv", kCrmFile)}, ImportMode::merge, Date::from_ymd(2026, 11, 1));
    REQUIRE(plan.files.size() == 1);
    const FileReport& f = plan.files[0];
    CHECK(f.preset == "Our CRM");
    CHECK(f.routing == "your saved preset \"Our CRM\" fits its headers");
    CHECK(f.entity == ImportEntity::accounts);
    CHECK(f.options.when_ambiguous == DateFormat::day_first);
    CHECK(plan.error_count() == 0);
    REQUIRE(plan.rows.accounts.size() == 2);
    CHECK(plan.rows.accounts[0].name == "Acme");
    CHECK(plan.rows.accounts[0].renewal_date == Date::from_ymd(2027, 4, 3));  // 3 April, not 4 March
    CHECK(plan.rows.accounts[1].seats == 40);
}

TEST_CASE("without day_first the same preset reads the ambiguous dates month first") {
    const Workspace ws = with_preset(false);
    const ImportPlan plan = build_import_plan(ws, {source("crm.csv", kCrmFile)}, ImportMode::merge, Date::from_ymd(2026, 11, 1));
    REQUIRE(plan.rows.accounts.size() == 2);
    CHECK(plan.files[0].options.when_ambiguous == DateFormat::month_first);
    CHECK(plan.rows.accounts[0].renewal_date == Date::from_ymd(2027, 3, 4));
}

TEST_CASE("a file given an entity by the user is auto-mapped, not mapped by a saved preset") {
    const Workspace ws = with_preset(true);
    ImportSource s = source("crm.csv", kCrmFile);
    s.entity = ImportEntity::accounts;
    const ImportPlan plan = build_import_plan(ws, {s}, ImportMode::merge, Date::from_ymd(2026, 11, 1));
    REQUIRE(plan.files.size() == 1);
    CHECK(plan.files[0].preset.empty());
    CHECK(plan.files[0].routing == "chosen by the user");
    CHECK_FALSE(plan.files[0].mapping.complete());  // no column is recognisably the id
}

TEST_CASE("a built-in preset maps the export it was made for when no saved preset fits") {
    const char* stripe =
        "id,Description,Email,Name,Created (UTC),Delinquent\n"
        "cus_1,,ap@acme.example,Acme,2024-01-05 10:00,false\n";
    const ImportPlan plan = build_import_plan(Workspace{}, {source("customers.csv", stripe)}, ImportMode::merge,
                                              Date::from_ymd(2026, 11, 1));
    REQUIRE(plan.files.size() == 1);
    CHECK(plan.files[0].preset == "Stripe customers");
    REQUIRE(plan.rows.accounts.size() == 1);
    CHECK(plan.rows.accounts[0].id == "cus_1");
    CHECK(plan.rows.accounts[0].contract_start == Date::from_ymd(2024, 1, 5));
}
