// The rules of a mapping (io/column_mapping.hpp): exact and fuzzy matches, one column per field with the
// loser reported, required fields and the account reference, unknown headers left custom, and the
// user's edits keeping all of that true.
#include <doctest/doctest.h>

#include "column_mapping_test_helpers.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("unknown headers stay unmapped with no confidence") {
    const ExpectedColumns file = {{"Account ID", "id"}, {"Favourite colour", "-"}, {"Region", "-"}, {"", "-"}};
    const ColumnMapping m = auto_map(ImportEntity::accounts, headers_of(file));
    check_columns(m, file);
    for (size_t c = 1; c < 4; ++c) {
        CHECK(m.match[c] == MatchKind::none);
        CHECK(m.confidence[c] == 0);
    }
    CHECK(m.duplicates.empty());
}

TEST_CASE("headers differing only in case, spacing, punctuation or units match exactly") {
    const ExpectedColumns file = {
        {"ACCOUNT_ID", "id"}, {"renewal-date", "renewal_date"}, {"Seats (#)", "seats"},
        {"\xEF\xBB\xBF" "Plan", "plan"}, {"ChurnDate", "churn_date"},
    };
    const ColumnMapping m = auto_map(ImportEntity::accounts, headers_of(file));
    check_columns(m, file);
    for (size_t c = 0; c < file.size(); ++c) {
        CHECK(m.match[c] == MatchKind::exact);
        CHECK(m.confidence[c] == 1);
    }
}

TEST_CASE("near misses are fuzzy matches with less than full confidence") {
    const ExpectedColumns file = {
        {"Acct ID", "-"},                        // an abbreviation nobody listed stays unmapped
        {"Renewl Date", "renewal_date"},         // a typo: one edit from "renewal date"
        {"Company Segment", "segment"},          // "Company" names the entity itself
        {"Renewal Manager", "-"},                // a one-word synonym is not looked for inside a header
        {"Contract Start Day", "contract_start"},// holds "contract start"
        {"Churn Risk", "-"},                     // too far from "churn date" to be a typo
    };
    const ColumnMapping m = auto_map(ImportEntity::accounts, headers_of(file));
    check_columns(m, file);
    CHECK(m.match[1] == MatchKind::fuzzy);
    CHECK(m.confidence[1] == doctest::Approx(0.8));
    CHECK(m.match[2] == MatchKind::fuzzy);
    CHECK(m.confidence[2] == doctest::Approx(0.9));
    CHECK(m.match[4] == MatchKind::fuzzy);
    // 0.55 + 0.35 x 14 / 18 characters of "contract start" in "contract start day"
    CHECK(m.confidence[4] == doctest::Approx(0.55 + 0.35 * 14.0 / 18.0));
}

TEST_CASE("the same words in another order are a fuzzy match") {
    const ColumnMapping m = auto_map(ImportEntity::tickets, {"Organization", "Opened Date"});
    CHECK(field_key_of(m, 1) == "opened");
    CHECK(m.match[1] == MatchKind::fuzzy);
    CHECK(m.confidence[1] == doctest::Approx(0.85));
}

TEST_CASE("a one-word synonym is not found inside a longer header") {
    // "id" is the ticket id, but "Requester id" is someone else's id.
    const ColumnMapping m = auto_map(ImportEntity::tickets, {"Requester id", "Group id"});
    CHECK(field_key_of(m, 0) == "-");
    CHECK(field_key_of(m, 1) == "-");
}

TEST_CASE("two columns for one field: the exact one wins and the other is reported") {
    const std::vector<std::string> headers = {"Account ID", "Renewal", "Next Renewal Date"};
    const ColumnMapping m = auto_map(ImportEntity::accounts, headers);
    CHECK(field_key_of(m, 1) == "renewal_date");  // both exact at 1: the leftmost wins
    CHECK(field_key_of(m, 2) == "-");
    REQUIRE(m.duplicates.size() == 1);
    CHECK(m.duplicates[0].column == 2);
    CHECK(m.duplicates[0].field == field_index(ImportEntity::accounts, "renewal_date"));
    CHECK(m.duplicates[0].used_column == 1);
    CHECK(m.duplicates[0].confidence == 1);
}

TEST_CASE("two columns for one field: the surer one wins even when it comes later") {
    const std::vector<std::string> headers = {"Canceled At", "Ended At", "Customer", "Start", "Amount"};
    const ColumnMapping m = auto_map(ImportEntity::subscriptions, headers);
    CHECK(field_key_of(m, 0) == "-");
    CHECK(field_key_of(m, 1) == "end");
    REQUIRE(m.duplicates.size() == 1);
    CHECK(m.duplicates[0].column == 0);
    CHECK(m.duplicates[0].used_column == 1);
    CHECK(m.duplicates[0].confidence == doctest::Approx(0.85));
    const std::vector<std::string> notes = mapping_notes(m, headers);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0] == "\"Canceled At\" also looks like End; \"Ended At\" fills it");
}

TEST_CASE("a missing required field is reported by name") {
    const std::vector<std::string> headers = {"Customer ID", "Plan", "Amount"};
    const ColumnMapping m = auto_map(ImportEntity::subscriptions, headers);
    REQUIRE(m.missing_required.size() == 1);
    CHECK(m.missing_required[0] == field_index(ImportEntity::subscriptions, "start"));
    CHECK(!m.complete());
    CHECK(mapping_notes(m, headers) == std::vector<std::string>{"No column for Start (required)"});
}

TEST_CASE("a child file with no account column is told to map one") {
    const std::vector<std::string> headers = {"Date", "Active Users"};
    const ColumnMapping m = auto_map(ImportEntity::usage, headers);
    CHECK(m.account_column == -1);
    REQUIRE(m.missing_required.size() == 1);
    CHECK(m.missing_required[0] == field_index(ImportEntity::usage, "account"));
    CHECK(mapping_notes(m, headers)[0] ==
          "No column names the account: map one of Account ID, Account domain, Account name, Account e-mail");
}

TEST_CASE("an account named by domain or name is enough, the id preferred when there are several") {
    ColumnMapping by_domain = auto_map(ImportEntity::tickets, {"Website", "Created"});
    CHECK(by_domain.account_column == 0);
    CHECK(by_domain.complete());
    ColumnMapping several = auto_map(ImportEntity::tickets, {"Company", "Created", "Account ID"});
    CHECK(field_key_of(several, 0) == "account_name");
    CHECK(several.account_column == 2);
}

TEST_CASE("an accounts file without an id column is incomplete") {
    const ColumnMapping m = auto_map(ImportEntity::accounts, {"Name", "Plan"});
    REQUIRE(m.missing_required.size() == 1);
    CHECK(m.missing_required[0] == field_index(ImportEntity::accounts, "id"));
    CHECK(m.account_column == -1);
}

TEST_CASE("sample words an enum field does not accept keep a same-named column unmapped") {
    const std::vector<std::string> headers = {"Record ID", "Company name", "Lifecycle Stage"};
    const SampleRows hubspot = {{"1", "Acme", "customer"}, {"2", "Globex", "lead"}, {"3", "Initech", "evangelist"}};
    CHECK(field_key_of(auto_map(ImportEntity::accounts, headers), 2) == "stage");
    CHECK(field_key_of(auto_map(ImportEntity::accounts, headers, &hubspot), 2) == "-");
    const SampleRows ours = {{"1", "Acme", "Onboarding"}, {"2", "Globex", "adoption"}, {"3", "Initech", ""}};
    CHECK(field_key_of(auto_map(ImportEntity::accounts, headers, &ours), 2) == "stage");
}

TEST_CASE("the user maps a column to a taken field: the field moves and nothing is mapped twice") {
    const std::vector<std::string> headers = {"Canceled At", "Ended At", "Customer", "Start", "Amount"};
    ColumnMapping m = auto_map(ImportEntity::subscriptions, headers);
    const int end = field_index(ImportEntity::subscriptions, "end");
    assign_column(m, 0, end);
    CHECK(field_key_of(m, 0) == "end");
    CHECK(m.match[0] == MatchKind::user);
    CHECK(m.confidence[0] == 1);
    CHECK(field_key_of(m, 1) == "-");
    CHECK(m.match[1] == MatchKind::none);
    CHECK(m.duplicates.empty());
    CHECK(m.complete());
}

TEST_CASE("the user unmaps a required field and it is reported missing; skipping a column is kept") {
    ColumnMapping m = auto_map(ImportEntity::subscriptions, {"Customer", "Start", "Amount", "Notes"});
    CHECK(m.complete());
    assign_column(m, 1, kCustomColumn);
    CHECK(m.missing_required == std::vector<int>{field_index(ImportEntity::subscriptions, "start")});
    assign_column(m, 3, kSkipColumn);
    CHECK(field_key_of(m, 3) == "@skip");
    assign_column(m, 0, kCustomColumn);
    CHECK(m.account_column == -1);
    CHECK(m.missing_required.size() == 2);
}

TEST_CASE("a kind set for every row completes a survey file, and a kind column replaces it") {
    ColumnMapping m = auto_map(ImportEntity::surveys, {"Email", "Date", "Score", "Type"});
    const int kind = field_index(ImportEntity::surveys, "kind");
    CHECK(field_key_of(m, 3) == "kind");  // "Type" is a looser name of the kind
    assign_column(m, 3, kCustomColumn);
    CHECK(m.missing_required == std::vector<int>{kind});
    std::string error;
    CHECK(!set_constant(m, kind, "promoter", &error));
    CHECK(error == "Survey kind does not accept \"promoter\" (accepted: nps, csat, ces)");
    REQUIRE(set_constant(m, kind, "Net Promoter Score", &error));
    REQUIRE(m.constant_of(kind));
    CHECK(m.constant_of(kind)->value == "nps");
    CHECK(m.complete());
    assign_column(m, 3, kind);
    CHECK(m.constant_of(kind) == nullptr);
    CHECK(m.complete());
}

TEST_CASE("setting a constant for a field a column fills releases that column") {
    ColumnMapping m = auto_map(ImportEntity::touchpoints, {"Account", "Date", "Type"});
    const int kind = field_index(ImportEntity::touchpoints, "kind");
    REQUIRE(set_constant(m, kind, "QBR"));
    CHECK(field_key_of(m, 2) == "-");
    CHECK(m.constant_of(kind)->value == "qbr");
    clear_constant(m, kind);
    CHECK(m.constants.empty());
}

TEST_CASE("notes list missing fields, constants, duplicates and fuzzy matches in that order") {
    const std::vector<std::string> headers = {"Email", "How likely are you to recommend us?", "NPS", "Date Response"};
    const ColumnMapping m = auto_map(ImportEntity::surveys, headers);
    CHECK(field_key_of(m, 1) == "score");
    CHECK(field_key_of(m, 3) == "date");
    const std::vector<std::string> notes = mapping_notes(m, headers);
    REQUIRE(notes.size() == 3);
    CHECK(notes[0] == "Survey kind is \"nps\" for every row (implied by \"How likely are you to recommend us?\")");
    CHECK(notes[1] == "\"NPS\" also looks like Score; \"How likely are you to recommend us?\" fills it");
    CHECK(notes[2] == "\"Date Response\" was taken as Date (a close match, 85% sure): check it");
}
