// Bad workspace files beyond workspace_json_errors_test.cpp (issue 8 point 6; docs/bad-input.md lists every
// case and the test that checks it): wrong JSON types, huge numbers, invalid UTF-8, binary bytes. Each gives
// one line saying where and what was expected, and leaves the workspace it was given untouched.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "io/data_sniff.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

const std::string kBadInputHead = R"({"schema":"retain.workspace","version":3,)";

// The error for `text`; a failed load must leave the target as it was.
std::string refusal(const std::string& text) {
    Workspace target;
    target.settings.name = "untouched";
    Account keep;
    keep.id = "keep";
    keep.seats = 7;
    target.accounts.push_back(keep);
    target.reindex();
    const std::string before = save_workspace_json(target);
    std::string error;
    CHECK_FALSE(load_workspace_json(text, target, error));
    CHECK(save_workspace_json(target) == before);
    return error;
}

}  // namespace

TEST_CASE("bad input: a list where an object belongs, and an object where a list belongs") {
    CHECK(refusal(kBadInputHead + R"("accounts":{"id":"A-1"}})") == "accounts: expected a list of objects, got an object");
    CHECK(refusal(kBadInputHead + R"("settings":["USD"]})") == "settings: expected an object, got a list");
    CHECK(refusal(kBadInputHead + R"("accounts":["A-1"]})") == R"(accounts[0]: expected an object, got "A-1")");
    CHECK(refusal(kBadInputHead + R"("accounts":[{"id":"a"}],"usage":[["a","2026-01-01"]]})") ==
          R"(usage: expected {"fields": [...], "rows": [...]}, got a list)");
}

TEST_CASE("bad input: text where a number belongs and a number where text belongs") {
    CHECK(refusal(kBadInputHead + R"("accounts":[{"id":"a","seats":"ten"}]})") ==
          R"(accounts[0].seats: expected a whole number, got "ten")");
    CHECK(refusal(kBadInputHead + R"("accounts":[{"id":"a","name":42}]})") == "accounts[0].name: expected text, got 42");
    CHECK(refusal(kBadInputHead + R"("accounts":[{"id":7}]})") == "accounts[0].id: expected text, got 7");
    CHECK(refusal(kBadInputHead + R"("accounts":[{"id":"a","renewal_date":20270101}]})") ==
          "accounts[0].renewal_date: expected a date YYYY-MM-DD, got 20270101");
    CHECK(refusal(kBadInputHead + R"("accounts":[{"id":"a","tags":"vip"}]})") ==
          R"(accounts[0].tags: expected a list of text, got "vip")");
}

TEST_CASE("bad input: huge numbers are refused, never wrapped or rounded") {
    // Beyond what a double holds: the JSON reader itself refuses it, with the place.
    const std::string overflow = refusal(kBadInputHead + R"("accounts":[{"id":"a","seats":1e400}]})");
    CHECK(overflow.rfind("not valid JSON: ", 0) == 0);
    CHECK(overflow.find("1e400") != std::string::npos);
    // A whole number beyond int64: not silently read as a double.
    CHECK(refusal(kBadInputHead + R"("accounts":[{"id":"a","seats":99999999999999999999999}]})") ==
          "accounts[0].seats: expected a whole number, got 9.999999999999999e+22");
    // Money above 9e16 minor units (kMaxMoneyMinor, as the importer caps it): sums of MRR would overflow.
    CHECK(refusal(kBadInputHead + R"("accounts":[{"id":"a"}],"mrr":{"fields":["account","month","mrr"],"rows":[["a","2026-01",9223372036854775807]]}})") ==
          "mrr.rows[0].mrr: out of range: 9223372036854775807 (expected 0 to 90000000000000000)");
    CHECK(refusal(kBadInputHead + R"("accounts":[{"id":"a"}],"mrr":{"fields":["account","month","mrr"],"rows":[["a","2026-01",90000000000000001]]}})") ==
          "mrr.rows[0].mrr: out of range: 90000000000000001 (expected 0 to 90000000000000000)");
}

TEST_CASE("bad input: the largest amount the importer accepts also loads") {
    Workspace ws;
    std::string error;
    CHECK(load_workspace_json(kBadInputHead + R"("accounts":[{"id":"a"}],"mrr":{"fields":["account","month","mrr"],"rows":[["a","2026-01",90000000000000000]]}})",
                              ws, error));
    CHECK(error.empty());
    REQUIRE(ws.mrr.size() == 1);
    CHECK(ws.mrr[0].mrr.minor == 90'000'000'000'000'000);
}

TEST_CASE("bad input: invalid UTF-8 inside a workspace says where it is") {
    // 0xE9 is Latin-1's e-acute: a file saved in the wrong encoding.
    const std::string text = kBadInputHead + "\n\"accounts\":[{\"id\":\"a\",\"name\":\"Caf\xE9\"}]}";
    const std::string error = refusal(text);
    CHECK(error.rfind("not valid JSON: parse error at line 2, column 35: ", 0) == 0);
    CHECK(error.find("ill-formed UTF-8 byte") != std::string::npos);
    // The message quotes what it read with the bad byte as U+FFFD: it must itself be valid UTF-8, or
    // showing it (and window.retain.state(), which is JSON) would fail.
    CHECK(error.find("Caf\xEF\xBF\xBD") != std::string::npos);
    CHECK_NOTHROW((void)nlohmann::json(error).dump());
}

TEST_CASE("bad input: binary bytes are not taken for a workspace or for text") {
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    CHECK(sniff_data(png) == DataKind::binary);
    CHECK(describe_unusable(DataKind::binary, "logo.png").rfind("logo.png looks like a binary file", 0) == 0);
    const std::string zip("PK\x03\x04\x14\0\x06\0", 8);
    CHECK(sniff_data(zip) == DataKind::binary);
    const std::string error = refusal(png);
    CHECK(error.rfind("not valid JSON: parse error at line 1, column 1", 0) == 0);
}
