// The header rows of real exports (io/header_synonyms.cpp names the sources) map to the fields a person
// would pick and route to the entity they hold. Expectations are written by hand from each export's
// meaning; "-" marks a column that stays unmapped (a custom field for accounts, else not imported).
#include <doctest/doctest.h>

#include "column_mapping_test_helpers.hpp"
#include "io/entity_routing.hpp"

using namespace retain;
using namespace retain::test;

namespace {

ImportEntity routed(const ExpectedColumns& columns) {
    const std::vector<EntityScore> ranking = route_file(headers_of(columns));
    REQUIRE(!ranking.empty());
    return ranking[0].entity;
}

bool has_duplicate(const ColumnMapping& m, int column, const char* field, int used_column) {
    for (const DuplicateColumn& d : m.duplicates)
        if (d.column == column && d.field == find_field(m.entity, field) && d.used_column == used_column) return true;
    return false;
}

}  // namespace

TEST_CASE("a HubSpot companies export maps its CRM fields and leaves company size and revenue custom") {
    const ExpectedColumns hubspot = {
        {"Record ID", "id"},          {"Company name", "name"},     {"Company Domain Name", "domain"},
        {"Industry", "industry"},     {"Company owner", "owner"},   {"Create Date", "-"},
        {"Number of Employees", "-"}, {"Annual Revenue", "-"},      {"Lifecycle Stage", "stage"},
        {"Last Activity Date", "-"},  {"Phone Number", "-"},        {"City", "-"},
        {"Country/Region", "-"},      {"Type", "-"},                {"Original Traffic Source", "acquisition_source"},
    };
    const ColumnMapping m = auto_map(ImportEntity::accounts, headers_of(hubspot));
    check_columns(m, hubspot);
    CHECK(m.account_column == 0);
    CHECK(m.complete());
    CHECK(m.duplicates.empty());
    CHECK(routed(hubspot) == ImportEntity::accounts);
}

TEST_CASE("a Salesforce accounts export maps, and its Account Number is reported as a second id") {
    const ExpectedColumns salesforce = {
        {"Account ID", "id"},     {"Account Name", "name"},   {"Account Owner", "owner"},
        {"Type", "-"},            {"Industry", "industry"},   {"Website", "domain"},
        {"Annual Revenue", "-"},  {"Employees", "-"},         {"Billing City", "-"},
        {"Billing Country", "-"}, {"Phone", "-"},             {"Account Source", "acquisition_source"},
        {"Created Date", "-"},    {"Last Activity", "-"},     {"Account Number", "-"},
    };
    const ColumnMapping m = auto_map(ImportEntity::accounts, headers_of(salesforce));
    check_columns(m, salesforce);
    REQUIRE(m.duplicates.size() == 1);
    CHECK(has_duplicate(m, 14, "id", 0));
    CHECK(routed(salesforce) == ImportEntity::accounts);
}

TEST_CASE("a Salesforce Data Loader export with API names maps through camel-case splitting") {
    const ExpectedColumns api = {
        {"Id", "id"},           {"Name", "name"},       {"Website", "domain"},      {"Industry", "industry"},
        {"OwnerId", "owner"},   {"AnnualRevenue", "-"}, {"NumberOfEmployees", "-"}, {"AccountSource", "acquisition_source"},
    };
    const ColumnMapping m = auto_map(ImportEntity::accounts, headers_of(api));
    check_columns(m, api);
    CHECK(m.match[4] == MatchKind::exact);  // "owner id" is a known (looser) name of the owner
    CHECK(m.confidence[4] == doctest::Approx(0.9));
}

TEST_CASE("a Stripe customers export routes to accounts, its Description second to Name") {
    const ExpectedColumns stripe = {
        {"id", "id"},      {"Description", "-"}, {"Email", "email"},        {"Name", "name"},
        {"Created (UTC)", "-"}, {"Delinquent", "-"}, {"Currency", "currency"}, {"Account Balance", "-"},
    };
    const ColumnMapping m = auto_map(ImportEntity::accounts, headers_of(stripe));
    check_columns(m, stripe);
    CHECK(has_duplicate(m, 1, "name", 3));
    CHECK(routed(stripe) == ImportEntity::accounts);
}

TEST_CASE("a Stripe subscriptions export maps the subscription and keeps Ended At over Canceled At") {
    const ExpectedColumns stripe = {
        {"id", "id"},
        {"Customer ID", "account"},
        {"Customer Name", "account_name"},
        {"Customer Email", "account_email"},
        {"Customer Description", "-"},
        {"Status", "-"},
        {"Cancellation Reason", "-"},
        {"Plan", "plan"},
        {"Product", "-"},
        {"Quantity", "quantity"},
        {"Amount", "amount"},
        {"Interval", "interval"},
        {"Currency", "currency"},
        {"Created (UTC)", "-"},
        {"Start Date (UTC)", "start"},
        {"Current Period Start (UTC)", "-"},
        {"Current Period End (UTC)", "-"},
        {"Trial Start (UTC)", "-"},
        {"Trial End (UTC)", "-"},
        {"Canceled At (UTC)", "-"},
        {"Ended At (UTC)", "end"},
    };
    const ColumnMapping m = auto_map(ImportEntity::subscriptions, headers_of(stripe));
    check_columns(m, stripe);
    CHECK(m.account_column == 1);  // the id is preferred over the name and e-mail
    CHECK(m.complete());
    CHECK(has_duplicate(m, 4, "account_name", 2));
    CHECK(has_duplicate(m, 8, "plan", 7));
    CHECK(has_duplicate(m, 13, "start", 14));
    CHECK(has_duplicate(m, 19, "end", 20));
    CHECK(routed(stripe) == ImportEntity::subscriptions);
}

TEST_CASE("a Chargebee subscriptions export maps billing period and unit, and not the plan quantity") {
    const ExpectedColumns chargebee = {
        {"Subscription Id", "id"},        {"Customer Id", "account"},        {"Customer Email", "account_email"},
        {"Customer Company", "account_name"}, {"Plan Id", "plan"},           {"Plan Quantity", "-"},
        {"Plan Unit Price", "-"},         {"Plan Amount", "amount"},         {"Billing Period", "interval_count"},
        {"Billing Period Unit", "interval"}, {"Status", "-"},                {"Started At", "start"},
        {"Activated At", "-"},            {"Created At", "-"},               {"Cancelled At", "end"},
        {"Current Term Start", "-"},      {"Current Term End", "-"},         {"Currency Code", "currency"},
        {"MRR", "-"},
    };
    const ColumnMapping m = auto_map(ImportEntity::subscriptions, headers_of(chargebee));
    check_columns(m, chargebee);
    CHECK(m.confidence[14] == doctest::Approx(0.85));  // "Cancelled At" is a looser name of the end
    CHECK(routed(chargebee) == ImportEntity::subscriptions);
}

TEST_CASE("a Zendesk tickets export maps the ticket and names the account by its organization") {
    const ExpectedColumns zendesk = {
        {"Id", "id"},
        {"Requester", "-"},
        {"Requester id", "-"},
        {"Requester external id", "-"},
        {"Requester email", "account_email"},
        {"Submitter", "-"},
        {"Assignee", "-"},
        {"Group", "-"},
        {"Subject", "-"},
        {"Tags", "-"},
        {"Status", "status"},
        {"Priority", "priority"},
        {"Via", "-"},
        {"Ticket type", "-"},
        {"Created at", "opened"},
        {"Updated at", "-"},
        {"Assigned at", "-"},
        {"Organization", "account_name"},
        {"Due date", "-"},
        {"Initially assigned at", "-"},
        {"Solved at", "closed"},
        {"Resolution time", "-"},
        {"Satisfaction Score", "satisfaction"},
        {"Group stations", "-"},
        {"Reopens", "-"},
        {"Replies", "-"},
        {"First reply time in minutes", "-"},
        {"Full resolution time in minutes", "-"},
    };
    const ColumnMapping m = auto_map(ImportEntity::tickets, headers_of(zendesk));
    check_columns(m, zendesk);
    CHECK(m.account_column == 17);  // the organization (a name) is preferred over a requester's e-mail
    CHECK(m.duplicates.empty());
    const std::vector<EntityScore> ranking = route_file(headers_of(zendesk));
    CHECK(ranking[0].entity == ImportEntity::tickets);
    CHECK(ranking[0].reason == "matched 7 of 7 ticket fields: account, id, opened, closed, priority, status, satisfaction");
}

TEST_CASE("a Delighted export with a survey type column maps every survey field") {
    const ExpectedColumns delighted = {
        {"Response ID", "-"}, {"Email", "account_email"}, {"Name", "-"},  {"Score", "score"},
        {"Comment", "comment"}, {"Survey Type", "kind"}, {"Response Timestamp", "date"},
        {"Tags", "-"}, {"Notes", "-"}, {"Permalink", "-"},
    };
    const ColumnMapping m = auto_map(ImportEntity::surveys, headers_of(delighted));
    check_columns(m, delighted);
    CHECK(m.complete());
    CHECK(has_duplicate(m, 8, "comment", 4));
    CHECK(routed(delighted) == ImportEntity::surveys);
}

TEST_CASE("a Delighted export without a survey type routes to surveys and asks for the kind") {
    const ExpectedColumns delighted = {
        {"Email", "account_email"}, {"Name", "-"}, {"Score", "score"}, {"Comment", "comment"},
        {"Created At", "date"}, {"Notes", "-"},
    };
    const ColumnMapping m = auto_map(ImportEntity::surveys, headers_of(delighted));
    check_columns(m, delighted);
    REQUIRE(m.missing_required.size() == 1);
    CHECK(m.missing_required[0] == field_index(ImportEntity::surveys, "kind"));
    CHECK(routed(delighted) == ImportEntity::surveys);
}

TEST_CASE("a Typeform export's NPS question is the score and makes every row an NPS response") {
    const ExpectedColumns typeform = {
        {"#", "-"},
        {"How likely are you to recommend Acme to a friend or colleague?", "score"},
        {"What's the main reason for your score?", "comment"},
        {"email", "account_email"},
        {"Start Date (UTC)", "-"},
        {"Submit Date (UTC)", "date"},
        {"Network ID", "-"},
        {"Tags", "-"},
    };
    const ColumnMapping m = auto_map(ImportEntity::surveys, headers_of(typeform));
    check_columns(m, typeform);
    CHECK(m.match[1] == MatchKind::exact);
    REQUIRE(m.constants.size() == 1);
    CHECK(m.constants[0].field == field_index(ImportEntity::surveys, "kind"));
    CHECK(m.constants[0].value == "nps");
    CHECK(m.complete());
    CHECK(routed(typeform) == ImportEntity::surveys);
}

TEST_CASE("a SurveyMonkey export takes End Date as the response date and its NPS question as the score") {
    const ExpectedColumns monkey = {
        {"Respondent ID", "-"}, {"Collector ID", "-"}, {"Start Date", "-"}, {"End Date", "date"},
        {"IP Address", "-"}, {"Email Address", "account_email"}, {"First Name", "-"}, {"Last Name", "-"},
        {"Custom Data 1", "-"},
        {"How likely is it that you would recommend Acme to a friend or colleague?", "score"},
        {"Why did you give that score?", "comment"},
    };
    const ColumnMapping m = auto_map(ImportEntity::surveys, headers_of(monkey));
    check_columns(m, monkey);
    CHECK(m.complete());
    CHECK(routed(monkey) == ImportEntity::surveys);
}

TEST_CASE("a CSAT question implies the csat kind") {
    const ColumnMapping m = auto_map(ImportEntity::surveys, {"Account", "Date", "How satisfied were you with onboarding?"});
    CHECK(field_key_of(m, 2) == "score");
    REQUIRE(m.constants.size() == 1);
    CHECK(m.constants[0].value == "csat");
}

TEST_CASE("a HubSpot contacts export maps names, title and company") {
    const ExpectedColumns contacts = {
        {"Record ID", "id"}, {"First Name", "first_name"}, {"Last Name", "last_name"}, {"Email", "email"},
        {"Phone Number", "-"}, {"Contact owner", "-"}, {"Job Title", "role"}, {"Company Name", "account_name"},
        {"Last Activity Date", "last_engaged"}, {"Lifecycle Stage", "-"}, {"Create Date", "-"},
    };
    const ColumnMapping m = auto_map(ImportEntity::contacts, headers_of(contacts));
    check_columns(m, contacts);
    CHECK(routed(contacts) == ImportEntity::contacts);
}

TEST_CASE("a file of account, month and MRR routes to MRR snapshots") {
    const ExpectedColumns mrr = {{"Account ID", "account"}, {"Month", "month"}, {"MRR", "mrr"}};
    check_columns(auto_map(ImportEntity::mrr, headers_of(mrr)), mrr);
    CHECK(routed(mrr) == ImportEntity::mrr);
}

TEST_CASE("a file of account, name and MRR routes to accounts, the MRR as the current MRR") {
    const ExpectedColumns accounts = {{"Account ID", "id"}, {"Name", "name"}, {"MRR (USD)", "current_mrr"}};
    check_columns(auto_map(ImportEntity::accounts, headers_of(accounts)), accounts);
    CHECK(routed(accounts) == ImportEntity::accounts);
}

TEST_CASE("a weekly usage export routes to usage and leaves its feature columns for key features") {
    const ExpectedColumns usage = {
        {"Account ID", "account"}, {"Week", "date"}, {"Active Users", "active_users"}, {"Logins", "logins"},
        {"Dashboards", "-"}, {"Reports", "-"},
    };
    check_columns(auto_map(ImportEntity::usage, headers_of(usage)), usage);
    CHECK(routed(usage) == ImportEntity::usage);
}

TEST_CASE("a HubSpot activities export routes to touchpoints") {
    const ExpectedColumns activities = {
        {"Activity date", "date"}, {"Activity type", "kind"}, {"Call outcome", "outcome"},
        {"Activity assigned to", "csm"}, {"Associated Company", "account_name"},
    };
    check_columns(auto_map(ImportEntity::touchpoints, headers_of(activities)), activities);
    CHECK(routed(activities) == ImportEntity::touchpoints);
}

TEST_CASE("a team sheet with capacities routes to CSMs") {
    const ExpectedColumns team = {{"CSM ID", "id"}, {"Name", "name"}, {"Email", "email"}, {"Capacity", "capacity"}};
    check_columns(auto_map(ImportEntity::csms, headers_of(team)), team);
    CHECK(routed(team) == ImportEntity::csms);
}
