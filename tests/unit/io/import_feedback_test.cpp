// Importing feedback through the import pipeline (docs/import.md "Feedback"): a CSM's spreadsheet routes
// to feedback by its headers, accounts are found by id, domain or name, kinds and statuses are read from
// the words teams use, bad rows are reported with file, line and column and the commit is all or nothing,
// and an export imported twice adds nothing.
#include <doctest/doctest.h>

#include "import_test_helpers.hpp"
#include "io/import_plan.hpp"

using namespace retain;
using test::source;

namespace {

using test::kToday;

Workspace two_accounts() {
    Workspace ws;
    Account a;
    a.id = "A1";
    a.name = "Alpha Corp";
    a.domain = "alpha.com";
    ws.accounts.push_back(a);
    a.id = "A2";
    a.name = "Beta GmbH";
    a.domain = "beta.de";
    ws.accounts.push_back(a);
    ws.reindex();
    FeedbackItem f;
    f.id = "FB-7";
    f.account = "A1";
    f.title = "Old request";
    f.date = Date::from_ymd(2026, 1, 1);
    ws.feedback.push_back(f);
    return ws;
}

// The account by id, by domain (the row without an id) and by name (the row with neither).
const char* const kSheet =
    "Account ID,Account domain,Account name,Date,Type,Request,Product area,Status,Competitor,Description\n"
    "A1,,,2026-03-02,Feature,SSO with Okta,Security,Planned,,Needs SSO before rollout\n"
    ",beta.de,,2026-03-05,Competitor,Evaluating Looker,Competition,,Looker,\n"
    ",,Beta GmbH,2026-03-09,Bug,CSV import fails,Data import,Done,,\n";

}  // namespace

TEST_CASE("import: a feedback spreadsheet becomes feedback items on the right accounts") {
    Workspace ws = two_accounts();
    const ImportPlan plan = build_import_plan(ws, {source("feedback.csv", kSheet)}, ImportMode::merge, kToday);
    CHECK(plan.error_count() == 0);
    REQUIRE(plan.files.size() == 1);
    CHECK(plan.files[0].entity == ImportEntity::feedback);
    CHECK(plan.counts[size_t(ImportEntity::feedback)].add == 3);
    std::string error;
    REQUIRE(commit_import(plan, ws, error));
    REQUIRE(ws.feedback.size() == 4);
    const FeedbackItem& sso = ws.feedback[1];
    CHECK(sso.id == "FB-8");  // after the workspace's largest
    CHECK(sso.account == "A1");
    CHECK(sso.kind == FeedbackKind::feature_request);
    CHECK(sso.title == "SSO with Okta");
    CHECK(sso.area == "Security");
    CHECK(sso.status == FeedbackStatus::planned);
    CHECK(sso.date == Date::from_ymd(2026, 3, 2));
    CHECK(sso.detail == "Needs SSO before rollout");
    const FeedbackItem& looker = ws.feedback[2];
    CHECK(looker.account == "A2");  // found by domain
    CHECK(looker.kind == FeedbackKind::competitor_mention);
    CHECK(looker.competitor == "Looker");
    CHECK(looker.status == FeedbackStatus::new_item);
    CHECK(ws.feedback[3].account == "A2");  // found by name
    CHECK(ws.feedback[3].kind == FeedbackKind::bug);
    CHECK(ws.feedback[3].status == FeedbackStatus::shipped);

    // The same export again: every row is already there.
    const ImportPlan again = build_import_plan(ws, {source("feedback.csv", kSheet)}, ImportMode::merge, kToday);
    CHECK(again.counts[size_t(ImportEntity::feedback)].add == 0);
    CHECK(again.counts[size_t(ImportEntity::feedback)].skip == 3);
    REQUIRE(commit_import(again, ws, error));
    CHECK(ws.feedback.size() == 4);
}

TEST_CASE("import: bad feedback rows are reported by line and column, and nothing changes") {
    Workspace ws = two_accounts();
    const std::string sheet =
        "Account,Date,Type,Request\n"
        "A1,2026-03-02,Wish,SSO\n"          // line 2: an unknown kind
        "A9,2026-03-02,Bug,Crash\n"         // line 3: no such account
        "A2,not a date,Bug,Crash\n"         // line 4: a bad date
        "A2,2026-03-04,Bug,\n"              // line 5: no title
        "A2,2026-03-04,Bug,!!!\n";          // line 6: a title without letters
    const ImportPlan plan =
        build_import_plan(ws, {source("fb.csv", sheet)}, ImportMode::merge, kToday);
    REQUIRE(plan.files.size() == 1);
    REQUIRE(plan.files[0].entity == ImportEntity::feedback);
    size_t lines[7] = {};
    for (const ImportIssue& i : plan.issues)
        if (i.severity == IssueSeverity::error && i.line < 7) {
            ++lines[i.line];
            CHECK(i.file == "fb.csv");
            if (i.line == 2) {
                CHECK(i.column == 3);
                CHECK(i.value == "Wish");
            }
            if (i.line == 4) CHECK(i.column == 2);
            if (i.line == 5 || i.line == 6) CHECK(i.column == 4);
        }
    for (size_t line = 2; line <= 6; ++line) CHECK_MESSAGE(lines[line] >= 1, "line ", line);
    CHECK(plan.counts[size_t(ImportEntity::feedback)].add == 0);
    std::string error;
    const Workspace before = ws;
    CHECK_FALSE(commit_import(plan, ws, error));
    CHECK(error.find("5 errors") != std::string::npos);
    CHECK(ws.feedback.size() == before.feedback.size());
}
