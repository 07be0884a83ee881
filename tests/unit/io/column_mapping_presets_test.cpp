// Saved mappings (io/mapping_presets.hpp): JSON out and back, errors as values, applying a preset to a
// file, finding the built-in preset for a real export, and saving the user's own edits.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "column_mapping_test_helpers.hpp"
#include "io/mapping_presets.hpp"

using namespace retain;
using namespace retain::test;

namespace {

const MappingPreset& builtin(const char* name) {
    for (const MappingPreset& p : builtin_presets())
        if (p.name == name) return p;
    FAIL("no built-in preset ", name);
    return builtin_presets().front();
}

std::string preset_name_for(const std::vector<std::string>& headers) {
    const MappingPreset* p = find_preset(builtin_presets(), headers);
    return p ? p->name : "(none)";
}

void check_same(const MappingPreset& a, const MappingPreset& b) {
    CHECK(a.name == b.name);
    CHECK(a.entity == b.entity);
    REQUIRE(a.columns.size() == b.columns.size());
    for (size_t i = 0; i < a.columns.size(); ++i) {
        CHECK(a.columns[i].header == b.columns[i].header);
        CHECK(a.columns[i].field == b.columns[i].field);
    }
    REQUIRE(a.constants.size() == b.constants.size());
    for (size_t i = 0; i < a.constants.size(); ++i) {
        CHECK(a.constants[i].field == b.constants[i].field);
        CHECK(a.constants[i].value == b.constants[i].value);
    }
}

std::string load_error(const char* text) {
    std::vector<MappingPreset> presets = {builtin("Zendesk tickets")};
    std::string error;
    CHECK(!presets_from_json_text(text, presets, error));
    CHECK(presets.size() == 1);  // untouched on failure
    return error;
}

const std::vector<std::string> kStripeSubscriptions = {
    "id", "Customer ID", "Customer Name", "Customer Email", "Customer Description", "Status", "Plan", "Product",
    "Quantity", "Amount", "Interval", "Currency", "Created (UTC)", "Start Date (UTC)", "Current Period Start (UTC)",
    "Current Period End (UTC)", "Canceled At (UTC)", "Ended At (UTC)"};

}  // namespace

TEST_CASE("a preset is written as JSON with its entity key and field keys") {
    MappingPreset p;
    p.name = "Our NPS";
    p.entity = ImportEntity::surveys;
    p.columns = {{"Respondent", "account_email"}, {"Internal", kPresetSkip}};
    p.constants = {{"kind", "nps"}};
    CHECK(preset_to_json(p).dump() ==
          R"({"columns":[{"field":"account_email","header":"Respondent"},{"field":"@skip","header":"Internal"}],)"
          R"("constants":{"kind":"nps"},"entity":"surveys","name":"Our NPS"})");
}

TEST_CASE("every built-in preset survives a round trip through JSON text") {
    const std::string text = presets_to_json_text(builtin_presets());
    std::vector<MappingPreset> read;
    std::string error;
    REQUIRE_MESSAGE(presets_from_json_text(text, read, error), error);
    REQUIRE(read.size() == builtin_presets().size());
    for (size_t i = 0; i < read.size(); ++i) {
        check_same(read[i], builtin_presets()[i]);
        CHECK(!read[i].builtin);  // a read preset is the user's
    }
    CHECK(presets_to_json_text(read) == text);
}

TEST_CASE("bad preset JSON is an error naming its place, never an exception") {
    CHECK(load_error("[{") == "presets: not valid JSON");
    CHECK(load_error("{}") == "presets: expected a list of presets, got object");
    CHECK(load_error(R"([{"name":"A","entity":"tickets","columns":[],"colour":"red"}])") ==
          "presets[0].colour: unknown key");
    CHECK(load_error(R"([{"entity":"tickets","columns":[]}])") == "presets[0].name: missing");
    CHECK(load_error(R"([{"name":" ","entity":"tickets","columns":[]}])") == "presets[0].name: a preset needs a name");
    CHECK(load_error(R"([{"name":"A","entity":"invoices","columns":[]}])") ==
          "presets[0].entity: unknown entity \"invoices\"");
    CHECK(load_error(R"([{"name":"A","entity":"tickets","columns":{}}])") ==
          "presets[0].columns: expected a list, got object");
    CHECK(load_error(R"([{"name":"A","entity":"accounts","columns":[{"header":"Renewl","field":"renewl_date"}]}])") ==
          "presets[0].columns[0].field: unknown accounts field \"renewl_date\"");
    CHECK(load_error(R"([{"name":"A","entity":"accounts","columns":[{"header":"X","field":"id"},{"header":"Y","field":"id"}]}])") ==
          "presets[0].columns[1].field: \"id\" is already filled by presets[0].columns[0] (\"X\")");
    CHECK(load_error(R"([{"name":"A","entity":"accounts","columns":[{"header":7,"field":"id"}]}])") ==
          "presets[0].columns[0].header: expected text, got number");
    CHECK(load_error(R"([{"name":"A","entity":"surveys","columns":[],"constants":{"kind":"promoter"}}])") ==
          "presets[0].constants.kind: Survey kind does not accept \"promoter\"");
    CHECK(load_error(R"([{"name":"A","entity":"surveys","columns":[],"constants":{"colour":"red"}}])") ==
          "presets[0].constants.colour: unknown surveys field");
    CHECK(load_error("[42]") == "presets[0]: expected an object, got number");

    MappingPreset one;
    std::string error;
    CHECK(!preset_from_json(nlohmann::json::array(), one, error));
    CHECK(error == "preset: expected an object, got array");
}

TEST_CASE("an enum constant is stored as the field's own value") {
    std::vector<MappingPreset> read;
    std::string error;
    REQUIRE(presets_from_json_text(
        R"([{"name":"CES","entity":"surveys","columns":[],"constants":{"kind":"Customer Effort Score"}}])", read, error));
    CHECK(read[0].constants[0].value == "ces");
}

TEST_CASE("the Stripe subscriptions preset maps a Stripe export and reports nothing") {
    const ColumnMapping m = apply_preset(builtin("Stripe subscriptions"), kStripeSubscriptions);
    const ExpectedColumns expected = {
        {"id", "id"}, {"Customer ID", "account"}, {"Customer Name", "account_name"},
        {"Customer Email", "account_email"}, {"Customer Description", "-"}, {"Status", "-"}, {"Plan", "plan"},
        {"Product", "-"}, {"Quantity", "quantity"}, {"Amount", "amount"}, {"Interval", "interval"},
        {"Currency", "currency"}, {"Created (UTC)", "-"}, {"Start Date (UTC)", "start"},
        {"Current Period Start (UTC)", "-"}, {"Current Period End (UTC)", "-"}, {"Canceled At (UTC)", "-"},
        {"Ended At (UTC)", "end"},
    };
    check_columns(m, expected);
    CHECK(m.match[0] == MatchKind::preset);
    CHECK(m.match[16] == MatchKind::preset);  // Canceled At: kept unmapped on purpose
    CHECK(m.complete());
    // The columns the preset leaves out are auto-mapped; those that wanted a taken field are reported.
    REQUIRE(m.duplicates.size() == 2);
    CHECK(m.duplicates[0].column == 4);  // Customer Description -> account name
    CHECK(m.duplicates[1].column == 7);  // Product -> plan
}

TEST_CASE("a preset applied to a file that names a column differently auto-maps that column") {
    std::vector<std::string> older = kStripeSubscriptions;
    older[13] = "Start (UTC)";
    std::vector<std::string> missing;
    const ColumnMapping m = apply_preset(builtin("Stripe subscriptions"), older, &missing);
    CHECK(missing == std::vector<std::string>{"Start Date (UTC)"});
    CHECK(field_key_of(m, 13) == "start");
    CHECK(m.match[13] == MatchKind::exact);
    CHECK(m.complete());
}

TEST_CASE("the HubSpot preset keeps HubSpot's sales-funnel lifecycle stage as a custom field") {
    const std::vector<std::string> headers = {"Record ID", "Company name", "Company Domain Name", "Industry",
                                              "Company owner", "Lifecycle Stage", "Annual Revenue", "City"};
    const ColumnMapping m = apply_preset(builtin("HubSpot companies"), headers);
    CHECK(field_key_of(m, 5) == "-");
    CHECK(m.match[5] == MatchKind::preset);
    CHECK(field_key_of(m, 0) == "id");
    CHECK(field_key_of(m, 7) == "-");
    CHECK(m.match[7] == MatchKind::none);
}

TEST_CASE("the Delighted preset makes every row an NPS response unless the file has a kind column") {
    const MappingPreset& delighted = builtin("Delighted NPS");
    const int kind = field_index(ImportEntity::surveys, "kind");
    const ColumnMapping plain = apply_preset(delighted, {"Email", "Name", "Score", "Comment", "Response Timestamp"});
    CHECK(plain.complete());
    REQUIRE(plain.constant_of(kind));
    CHECK(plain.constant_of(kind)->value == "nps");
    CHECK(plain.constant_of(kind)->reason == "from preset \"Delighted NPS\"");

    const ColumnMapping typed =
        apply_preset(delighted, {"Email", "Score", "Comment", "Response Timestamp", "Survey Type"});
    CHECK(field_key_of(typed, 4) == "kind");
    CHECK(typed.constant_of(kind) == nullptr);
}

TEST_CASE("each real export finds its built-in preset, and other files none") {
    CHECK(preset_name_for({"Record ID", "Company name", "Company Domain Name", "Industry", "Company owner",
                           "Create Date", "Lifecycle Stage"}) == "HubSpot companies");
    CHECK(preset_name_for({"Account ID", "Account Name", "Account Owner", "Type", "Industry", "Website",
                           "Account Source"}) == "Salesforce accounts");
    CHECK(preset_name_for({"id", "Description", "Email", "Name", "Created (UTC)", "Delinquent"}) == "Stripe customers");
    CHECK(preset_name_for(kStripeSubscriptions) == "Stripe subscriptions");
    CHECK(preset_name_for({"Subscription Id", "Customer Id", "Customer Email", "Plan Id", "Plan Quantity",
                           "Plan Amount", "Billing Period", "Billing Period Unit", "Status", "Started At",
                           "Cancelled At", "Currency Code", "MRR"}) == "Chargebee subscriptions");
    CHECK(preset_name_for({"Id", "Requester", "Requester email", "Status", "Priority", "Created at",
                           "Organization", "Solved at", "Satisfaction Score"}) == "Zendesk tickets");
    CHECK(preset_name_for({"Email", "Name", "Score", "Comment", "Created At", "Notes"}) == "Delighted NPS");
    CHECK(preset_name_for({"Account ID", "Month", "MRR"}) == "(none)");
    CHECK(preset_name_for({}) == "(none)");
}

TEST_CASE("a preset fits when 3 of 4 of its headers are found and nothing required is missing") {
    const MappingPreset& zendesk = builtin("Zendesk tickets");
    PresetFit fit = preset_fit(zendesk, {"Id", "Organization", "Created at", "Priority", "Status", "Solved at"});
    CHECK(fit.wanted == 8);
    CHECK(fit.found == 6);
    CHECK(fit.complete);
    CHECK(fit.fits());
    fit = preset_fit(zendesk, {"Id", "Organization", "Created at", "Priority", "Status"});
    CHECK(fit.found == 5);
    CHECK(!fit.fits());
    fit = preset_fit(zendesk, {"Id", "Created at", "Priority", "Status", "Solved at", "Satisfaction Score"});
    CHECK(fit.found == 6);
    CHECK(!fit.complete);  // no column names the account
    CHECK(!fit.fits());
}

TEST_CASE("the user's edited mapping saved as a preset reproduces itself on the same file") {
    const std::vector<std::string> headers = {"Acct", "Signed", "Tier", "Internal notes", "Annual Revenue"};
    ColumnMapping m = auto_map(ImportEntity::accounts, headers);
    assign_column(m, 0, field_index(ImportEntity::accounts, "id"));
    assign_column(m, 1, field_index(ImportEntity::accounts, "contract_start"));
    assign_column(m, 3, kSkipColumn);
    const MappingPreset saved = preset_from_mapping("Our CRM", m, headers);
    CHECK(saved.columns[0].field == "id");
    CHECK(saved.columns[2].field == "segment");  // auto-mapped, kept as it was
    CHECK(saved.columns[3].field == kPresetSkip);
    CHECK(saved.columns[4].field == kPresetCustom);

    std::vector<MappingPreset> read;
    std::string error;
    REQUIRE(presets_from_json_text(presets_to_json_text({saved}), read, error));
    check_same(read[0], saved);
    const ColumnMapping again = apply_preset(read[0], headers);
    CHECK(again.field_of_column == m.field_of_column);
    for (MatchKind k : again.match) CHECK(k == MatchKind::preset);
    CHECK(again.complete());
    CHECK(find_preset(read, headers) == &read[0]);
}
