// The import catalog (io/import_fields.hpp), the synonym table and header normalization: the data the
// mapping stands on, checked as data.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "io/header_normalize.hpp"
#include "io/header_synonyms.hpp"
#include "io/import_fields.hpp"
#include "io/mapping_presets.hpp"

using namespace retain;

TEST_CASE("headers normalize to lower-case words without punctuation, units or byte-order marks") {
    CHECK(normalize_header("Created (UTC)") == "created");
    CHECK(normalize_header("Annual Revenue (USD)") == "annual revenue");
    CHECK(normalize_header("Score [0-10]") == "score");
    CHECK(normalize_header("renewal_date") == "renewal date");
    CHECK(normalize_header("  Renewal   Date ") == "renewal date");
    CHECK(normalize_header("Billing-Period.Unit") == "billing period unit");
    CHECK(normalize_header("\xEF\xBB\xBF" "Account ID") == "account id");  // UTF-8 byte-order mark
    CHECK(normalize_header("\xC3\xAF\xC2\xBB\xC2\xBF" "Account ID") == "account id");  // the mark read as Windows-1252
    CHECK(normalize_header("Account\xC2\xA0" "ID") == "account id");  // no-break space
    CHECK(normalize_header("Account #") == "account number");
    CHECK(normalize_header("Churn %") == "churn percent");
    CHECK(normalize_header("R&D owner") == "r and d owner");
    CHECK(normalize_header("What's the main reason?") == "whats the main reason");
    CHECK(normalize_header("MRR USD") == "mrr");
    CHECK(normalize_header("ARR in EUR") == "arr");
    CHECK(normalize_header("USD") == "usd");  // a lone currency code is the header, not a unit
    CHECK(normalize_header("(blank)") == "blank");
    CHECK(normalize_header("") == "");
}

TEST_CASE("a single identifier is split at its humps, a header with spaces is not") {
    CHECK(normalize_header("customerId") == "customer id");
    CHECK(normalize_header("AnnualRevenue") == "annual revenue");
    CHECK(normalize_header("MRRAmount") == "mrr amount");
    CHECK(normalize_header("NPS") == "nps");
    CHECK(normalize_header("HubSpot Owner") == "hubspot owner");
}

TEST_CASE("non-ASCII letters are kept as they are") {
    CHECK(normalize_header("Unternehmensgr\xC3\xB6\xC3\x9F" "e") == "unternehmensgr\xC3\xB6\xC3\x9F" "e");
    CHECK(normalize_header("Date de cr\xC3\xA9" "ation") == "date de cr\xC3\xA9" "ation");
}

TEST_CASE("the synonym table names only real fields and well-formed strengths") {
    CHECK(header_synonym_table_problems().empty());
    for (const EntityInfo& info : import_catalog()) {
        INFO(info.key);
        for (const HeaderSynonym& s : header_synonyms(info.entity)) {
            CHECK(s.field >= 0);
            CHECK(static_cast<size_t>(s.field) < info.fields.size());
            CHECK(!s.phrase.empty());
            CHECK(s.strength > 0);
            CHECK(s.strength <= 1);
        }
    }
}

TEST_CASE("every entity's field keys are unique and child entities have account references") {
    REQUIRE(import_catalog().size() == static_cast<size_t>(kImportEntityCount));
    for (const EntityInfo& info : import_catalog()) {
        INFO(info.key);
        CHECK(&entity_info(info.entity) == &info);
        std::set<std::string> keys;
        int refs = 0;
        for (const ImportField& f : info.fields) {
            CHECK(keys.insert(f.key).second);
            CHECK(std::string(f.description).size() > 10);
            CHECK(f.words.empty() == (f.kind != ValueKind::enumeration));
            if (f.need == FieldNeed::account_ref) ++refs;
        }
        CHECK((refs > 0) == needs_account(info.entity));
    }
    CHECK(needs_account(ImportEntity::tickets));
    CHECK(!needs_account(ImportEntity::accounts));
    CHECK(!needs_account(ImportEntity::csms));
}

TEST_CASE("the account fields include the current MRR and ARR an accounts file may carry") {
    const EntityInfo& accounts = entity_info(ImportEntity::accounts);
    for (const char* key : {"id", "name", "domain", "industry", "segment", "owner", "plan", "seats", "contract_start",
                            "renewal_date", "stage", "status", "churn_date", "churn_reason", "tags",
                            "acquisition_source", "current_mrr", "current_arr"}) {
        INFO(key);
        CHECK(find_field(ImportEntity::accounts, key) >= 0);
    }
    const ImportField& mrr = accounts.fields[static_cast<size_t>(find_field(ImportEntity::accounts, "current_mrr"))];
    CHECK(mrr.kind == ValueKind::money);
    CHECK(!mrr.stored);
    CHECK(accounts.fields[0].need == FieldNeed::required);
}

TEST_CASE("enum words are written normalized and name only the field's own values") {
    for (const EntityInfo& info : import_catalog()) {
        for (const ImportField& f : info.fields) {
            INFO(info.key, ".", f.key);
            for (const EnumWord& w : f.words) {
                INFO(w.word);
                CHECK(normalize_header(w.word) == w.word);
                // The canonical value is itself accepted, so a workspace's own file always reads back.
                CHECK(std::string(match_enum_word(f, w.value)) == w.value);
            }
        }
    }
}

TEST_CASE("export words for enums become the workspace's values") {
    auto word = [](ImportEntity e, const char* key, const char* text) -> std::string {
        const ImportField& f = entity_info(e).fields[static_cast<size_t>(find_field(e, key))];
        const char* v = match_enum_word(f, text);
        return v ? v : "(none)";
    };
    // Zendesk
    CHECK(word(ImportEntity::tickets, "status", "New") == "open");
    CHECK(word(ImportEntity::tickets, "status", "On-hold") == "pending");
    CHECK(word(ImportEntity::tickets, "status", "hold") == "pending");
    CHECK(word(ImportEntity::tickets, "status", "Solved") == "solved");
    CHECK(word(ImportEntity::tickets, "priority", "Urgent") == "urgent");
    CHECK(word(ImportEntity::tickets, "priority", "medium") == "normal");
    CHECK(word(ImportEntity::tickets, "satisfaction", "Not Offered") == "none");
    CHECK(word(ImportEntity::tickets, "satisfaction", "Good, I'm satisfied") == "good");
    CHECK(word(ImportEntity::tickets, "satisfaction", "Bad") == "bad");
    // Stripe / Chargebee intervals
    CHECK(word(ImportEntity::subscriptions, "interval", "month") == "month");
    CHECK(word(ImportEntity::subscriptions, "interval", "Monthly") == "month");
    CHECK(word(ImportEntity::subscriptions, "interval", "annual") == "year");
    CHECK(word(ImportEntity::subscriptions, "interval", "YEARLY") == "year");
    CHECK(word(ImportEntity::subscriptions, "interval", "week") == "(none)");
    // survey and touchpoint kinds, account enums
    CHECK(word(ImportEntity::surveys, "kind", "Net Promoter Score") == "nps");
    CHECK(word(ImportEntity::surveys, "kind", "CSAT") == "csat");
    CHECK(word(ImportEntity::touchpoints, "kind", "CALL") == "call");
    CHECK(word(ImportEntity::touchpoints, "kind", "Business Review") == "qbr");
    CHECK(word(ImportEntity::touchpoints, "kind", "NOTE") == "(none)");
    CHECK(word(ImportEntity::accounts, "stage", "Value Realization") == "value_realization");
    CHECK(word(ImportEntity::accounts, "stage", "value_realization") == "value_realization");
    CHECK(word(ImportEntity::accounts, "stage", "lead") == "(none)");
    CHECK(word(ImportEntity::accounts, "status", "Canceled") == "churned");
    CHECK(word(ImportEntity::accounts, "status", "") == "(none)");
}

TEST_CASE("an entity is found by its key, label, noun or a common name") {
    ImportEntity e = ImportEntity::accounts;
    CHECK(parse_import_entity("tickets", e));
    CHECK(e == ImportEntity::tickets);
    CHECK(parse_import_entity("MRR snapshots", e));
    CHECK(e == ImportEntity::mrr);
    CHECK(parse_import_entity("survey", e));
    CHECK(e == ImportEntity::surveys);
    CHECK(parse_import_entity("Companies", e));
    CHECK(e == ImportEntity::accounts);
    CHECK(parse_import_entity("csm", e));
    CHECK(e == ImportEntity::csms);
    CHECK(!parse_import_entity("invoices", e));
    CHECK(!parse_import_entity("", e));
}

TEST_CASE("docs/import.md describes every entity, every field and every built-in preset") {
    std::ifstream file(std::string(RETAIN_SOURCE_DIR) + "/docs/import.md", std::ios::binary);
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    const std::string doc = text.str();
    for (const EntityInfo& info : import_catalog()) {
        CHECK_MESSAGE(doc.find("`" + std::string(info.key) + "`") != std::string::npos, info.key);
        for (const ImportField& f : info.fields)
            CHECK_MESSAGE(doc.find("`" + std::string(f.key) + "`") != std::string::npos, info.key, ".", f.key);
    }
    for (const MappingPreset& p : builtin_presets())
        CHECK_MESSAGE(doc.find("**" + p.name + "**") != std::string::npos, p.name);
}
