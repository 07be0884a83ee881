// Bad exports through the import (issue 8 point 6; docs/bad-input.md), beyond import_plan_test.cpp: a
// file in the wrong encoding, negative and huge money, a binary file. Each problem is an issue with file,
// line and column where it applies; nothing reaches the workspace unless the user accepts leaving the bad
// rows out.
#include <doctest/doctest.h>

#include <string>

#include "import_test_helpers.hpp"
#include "io/import_plan.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

using test::kToday;

std::vector<std::string> formatted(const ImportPlan& plan) {
    std::vector<std::string> out;
    for (const ImportIssue& i : plan.issues) out.push_back(format_import_issue(i));
    return out;
}

}  // namespace

TEST_CASE("bad input: an accounts export in Windows-1252 with negative and huge MRR") {
    const std::string csv = "id,name,mrr\n"
                            "A1,Caf\xE9 Soleil,100\n"
                            "A2,Nord,-100\n"
                            "A3,Sud,\"1,000,000,000,000,000\"\n"
                            "A4,Est,250\n";
    Workspace ws;
    const std::string before = save_workspace_json(ws);
    const ImportPlan plan = build_import_plan(ws, {test::source("accounts.csv", csv)}, ImportMode::merge, kToday);
    const std::vector<std::string> issues = formatted(plan);
    CAPTURE(issues);
    REQUIRE(plan.files.size() == 1);
    CHECK(plan.files[0].encoding == "Windows-1252");
    CHECK(plan.error_count() == 2);
    CHECK(plan.warning_count() >= 1);  // the encoding fallback is said, not silent
    bool negative = false, huge = false;
    for (const ImportIssue& i : plan.issues) {
        if (i.severity != IssueSeverity::error) continue;
        negative |= i.file == "accounts.csv" && i.line == 3 && i.column == 3 && i.value == "-100";
        huge |= i.file == "accounts.csv" && i.line == 4 && i.column == 3 && i.message.find("too large") != std::string::npos;
    }
    CHECK(negative);
    CHECK(huge);
    REQUIRE(plan.rows.accounts.size() == 2);
    CHECK(plan.rows.accounts[0].name == "Caf\xC3\xA9 Soleil");  // converted to UTF-8, not dropped

    std::string error;
    CHECK_FALSE(commit_import(plan, ws, error));
    CHECK(save_workspace_json(ws) == before);
}

TEST_CASE("bad input: a binary file in the import is one error naming the file, and no rows") {
    const std::string xlsx("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14);
    const ImportPlan plan = build_import_plan(Workspace{}, {test::source("accounts.xlsx", xlsx)}, ImportMode::merge, kToday);
    const std::vector<std::string> issues = formatted(plan);
    CAPTURE(issues);
    REQUIRE(plan.error_count() == 1);
    CHECK(plan.issues[0].file == "accounts.xlsx");
    CHECK(plan.rows.accounts.empty());
}
