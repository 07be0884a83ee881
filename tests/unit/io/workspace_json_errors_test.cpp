// What load_workspace_json says about a bad file: where the problem is and what was expected. A failed
// load never changes the workspace it was given.
#include <doctest/doctest.h>

#include "io/workspace_json.hpp"

using namespace retain;

namespace {

const char* const kHead = R"({"schema":"retain.workspace","version":4,)";

// The error for `text`, checking on the way that a failed load leaves the target workspace alone.
std::string error_of(const std::string& text) {
    Workspace target;
    target.settings.name = "untouched";
    Account keep;
    keep.id = "keep";
    target.accounts.push_back(keep);
    target.reindex();
    std::string error;
    const bool ok = load_workspace_json(text, target, error);
    CHECK_FALSE(ok);
    CHECK(target.settings.name == "untouched");
    CHECK(target.accounts.size() == 1);
    CHECK(target.find_account("keep") == 0);
    return error;
}

// A file with accounts A-0 .. A-<n-1>, each renewing on a different day of 2027.
std::string accounts_file(int n, const std::string& rest = "") {
    std::string text = std::string(kHead) + "\"accounts\":[";
    for (int i = 0; i < n; ++i) {
        char account[160];
        std::snprintf(account, sizeof account, R"(%s{"id":"A-%d","seats":10,"renewal_date":"2027-01-%02d"})",
                      i ? "," : "", i, i + 1);
        text += account;
    }
    return text + "]" + rest + "}";
}

// `accounts_file(2)` plus a usage table of `n` rows for A-0, row `bad` naming `bad_account` instead.
std::string usage_file(int n, int bad, const std::string& bad_account) {
    std::string rows;
    for (int i = 0; i < n; ++i) {
        char row[120];
        std::snprintf(row, sizeof row, R"(%s["%s","2026-%02d-%02d",1,2])", i ? "," : "",
                      i == bad ? bad_account.c_str() : "A-0", 1 + i / 28, 1 + i % 28);
        rows += row;
    }
    return accounts_file(2, R"(,"usage":{"fields":["account","date","active_users","logins"],"rows":[)" + rows + "]}");
}

}  // namespace

TEST_CASE("an impossible date names the record and the field") {
    std::string text = accounts_file(13);
    const std::string good = R"("renewal_date":"2027-01-13")";
    text.replace(text.find(good), good.size(), R"("renewal_date":"2023-02-30")");
    CHECK(error_of(text) == R"(accounts[12].renewal_date: expected a date YYYY-MM-DD, got "2023-02-30")");
}

TEST_CASE("a row naming an unknown account gives the table and row number") {
    CHECK(error_of(usage_file(50, 40, "A-404")) ==
          R"(usage.rows[40].account: unknown account id "A-404" (no entry in "accounts" has it))");
}

TEST_CASE("the same row error reads the same when the file's parts come in another order") {
    // usage before accounts: the rows are decoded after parsing instead of while parsing.
    const std::string text = std::string(kHead) +
        R"("usage":{"fields":["account","date"],"rows":[["A-0","2026-01-01"],["A-404","2026-01-02"]]},)" +
        R"("accounts":[{"id":"A-0"}]})";
    CHECK(error_of(text) == R"(usage.rows[1].account: unknown account id "A-404" (no entry in "accounts" has it))");
}

TEST_CASE("duplicate account ids point at both records") {
    const std::string text = std::string(kHead) + R"("accounts":[{"id":"A-1"},{"id":"A-2"},{"id":"A-1"}]})";
    CHECK(error_of(text) == R"(accounts[2].id: duplicate account id "A-1" (also accounts[0]))");
}

TEST_CASE("accounts and CSMs need ids, and CSM ids are unique") {
    CHECK(error_of(std::string(kHead) + R"("accounts":[{"name":"No id"}]})") ==
          "accounts[0].id: every account needs an id");
    CHECK(error_of(std::string(kHead) + R"("csms":[{"id":"c"},{"id":"c"}]})") ==
          R"(csms[1].id: duplicate CSM id "c" (also csms[0]))");
}

TEST_CASE("a file of another kind is not a Retain workspace") {
    CHECK(error_of(R"({"schema":"retain.settings","version":1})") ==
          R"(schema: not a Retain workspace: expected "retain.workspace", got "retain.settings")");
    CHECK(error_of(R"({"version":1,"accounts":[]})") ==
          R"(not a Retain workspace: "schema" is missing (expected "retain.workspace"))");
    CHECK(error_of("[1, 2, 3]") == "not a Retain workspace: expected a JSON object at the top level, got a list");
}

TEST_CASE("a newer version is refused with a reason, before anything else is read") {
    const std::string error = error_of(R"({"schema":"retain.workspace","version":5,"accounts":[{"id":5}]})");
    CHECK(error == "version: this file is version 5, made by a newer Retain; this one reads versions up to 4. "
                   "Update Retain to open it");
    CHECK(error_of(R"({"schema":"retain.workspace","version":18446744073709551615})") ==
          "version: this file is version 18446744073709551615, made by a newer Retain; this one reads versions up "
          "to 4. Update Retain to open it");
}

TEST_CASE("the version must be a whole number from 1") {
    CHECK(error_of(R"({"schema":"retain.workspace","version":0})") == "version: expected 1 or more, got 0");
    CHECK(error_of(R"({"schema":"retain.workspace","version":"1"})") ==
          R"(version: expected a whole number, got "1")");
    CHECK(error_of(R"({"schema":"retain.workspace"})") == "version: missing (this build writes version 4)");
}

TEST_CASE("negative seats and negative money are refused") {
    CHECK(error_of(std::string(kHead) + R"("accounts":[{"id":"a","seats":-5}]})") ==
          "accounts[0].seats: must not be negative, got -5");
    CHECK(error_of(std::string(kHead) +
                   R"("accounts":[{"id":"a"}],"mrr":{"fields":["account","month","mrr"],"rows":[["a","2026-01",-100]]}})") ==
          "mrr.rows[0].mrr: must not be negative, got -100");
    CHECK(error_of(std::string(kHead) + R"("accounts":[{"id":"a","seats":2.5}]})") ==
          "accounts[0].seats: expected a whole number, got 2.5");
    CHECK(error_of(std::string(kHead) + R"("accounts":[{"id":"a","seats":9223372036854775808}]})") ==
          "accounts[0].seats: out of range: 9223372036854775808 (expected 0 to 2147483647)");
}

TEST_CASE("text that is not JSON says where it stops being JSON") {
    const std::string error = error_of("{\"schema\": \"retain.workspace\",\n \"version\": 1,,}");
    CHECK(error == "not valid JSON: parse error at line 2, column 15: syntax error while parsing object key - "
                   "unexpected ','; expected string literal");
    CHECK(error_of("").rfind("not valid JSON: ", 0) == 0);
    CHECK(error_of("{\"schema\":\"retain.workspace\",\"version\":1} trailing").rfind("not valid JSON: ", 0) == 0);
}

TEST_CASE("unknown keys are refused rather than silently dropped") {
    CHECK(error_of(std::string(kHead) + R"("acounts":[]})") == R"(unknown top-level key "acounts")");
    CHECK(error_of(std::string(kHead) + R"("accounts":[{"id":"a","renewl_date":"2027-01-01"}]})") ==
          R"(accounts[0]: unknown key "renewl_date")");
    CHECK(error_of(std::string(kHead) + R"("accounts":[],"accounts":[]})") == R"("accounts" appears twice)");
}

TEST_CASE("enum values must be one of their names") {
    CHECK(error_of(std::string(kHead) + R"("accounts":[{"id":"a"}],)" +
                   R"("tickets":{"fields":["account","opened","priority"],"rows":[["a","2026-01-01","medium"]]}})") ==
          R"(tickets.rows[0].priority: expected one of "low", "normal", "high", "urgent", got "medium")");
    CHECK(error_of(std::string(kHead) + R"("accounts":[{"id":"a","status":"gone"}]})") ==
          R"(accounts[0].status: expected one of "active", "churned", got "gone")");
}

TEST_CASE("table shape: fields known, required fields present, rows as long as the fields") {
    const std::string head = std::string(kHead) + R"("key_features":["API"],"accounts":[{"id":"a"}],)";
    CHECK(error_of(head + R"("usage":{"fields":["account","date","logins"],"rows":[["a","2026-01-01",1],["a","2026-01-02"]]}})") ==
          "usage.rows[1]: expected a list of 3 values (one per field), got 2 values");
    CHECK(error_of(head + R"("usage":{"fields":["account","date","logins"],"rows":[{"account":"a"}]}})") ==
          "usage.rows[0]: expected a list of 3 values (one per field), got an object");
    CHECK(error_of(head + R"("usage":{"fields":["account","date","login"],"rows":[]}})") ==
          R"(usage.fields[2]: unknown field "login"; known fields are "account", "date", "active_users", "logins" and "feature:<key feature>")");
    CHECK(error_of(head + R"("usage":{"fields":["account","logins"],"rows":[]}})") ==
          R"(usage.fields: missing the required field "date")");
    CHECK(error_of(head + R"("usage":{"fields":["account","date","feature:Exports"],"rows":[]}})") ==
          R"(usage.fields[2]: "Exports" is not one of key_features)");
    CHECK(error_of(head + R"("usage":{"fields":["account","date","date"],"rows":[]}})") ==
          R"(usage.fields[2]: "date" is listed twice)");
    CHECK(error_of(head + R"("usage":{"fields":["account","date"],"rows":[["a",["2026-01-01"]]]}})") ==
          "usage.rows[0]: value 1 is a list; a row holds text, numbers, true, false or null");
}

TEST_CASE("values that depend on each other are checked together") {
    const std::string head = std::string(kHead) + R"("accounts":[{"id":"a"}],)";
    CHECK(error_of(head + R"("surveys":{"fields":["account","date","kind","score"],"rows":[["a","2026-01-01","nps",11]]}})") ==
          "surveys.rows[0].score: 11 is outside the nps scale 0-10");
    CHECK(error_of(head + R"("surveys":{"fields":["account","date","score","kind"],"rows":[["a","2026-01-01",0,"csat"]]}})") ==
          "surveys.rows[0].score: 0 is outside the csat scale 1-5");
    CHECK(error_of(head + R"("tickets":{"fields":["account","opened","closed"],"rows":[["a","2026-01-05","2026-01-04"]]}})") ==
          "tickets.rows[0].closed: 2026-01-04 is before the ticket was opened 2026-01-05");
}

TEST_CASE("key features: at most eight, named, each once") {
    CHECK(error_of(std::string(kHead) + R"("key_features":["a","b","c","d","e","f","g","h","i"]})") ==
          "key_features: at most 8 key features, got 9");
    CHECK(error_of(std::string(kHead) + R"("key_features":["API","API"]})") == R"(key_features[1]: "API" is listed twice)");
    CHECK(error_of(std::string(kHead) + R"("key_features":["API",3]})") ==
          "key_features: expected a list of text, item 1 is 3");
}

TEST_CASE("contacts belong to an account") {
    CHECK(error_of(std::string(kHead) + R"("accounts":[{"id":"a"}],"contacts":[{"name":"Ana"}]})") ==
          "contacts[0].account: missing: every contact belongs to an account");
    CHECK(error_of(std::string(kHead) + R"("accounts":[{"id":"a"}],"contacts":[{"account":"b"}]})") ==
          R"(contacts[0].account: unknown account id "b" (no entry in "accounts" has it))");
}

TEST_CASE("long values are shortened in messages") {
    const std::string name(200, 'x');
    const std::string error = error_of(std::string(kHead) + R"("accounts":[{"id":"a","seats":")" + name + R"("}]})");
    CHECK(error.size() < 120);
    CHECK(error.find("...\"") != std::string::npos);
}
