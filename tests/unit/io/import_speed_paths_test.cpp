// The import's fast paths (import_ids.hpp, drop_repeated_rows, Workspace::sort_rows' counting sort)
// give the same answers as the slow ones they replaced: worked examples.
#include <doctest/doctest.h>

#include <algorithm>

#include "import_test_helpers.hpp"
#include "io/import_plan.hpp"

namespace retain {
namespace {

using test::source;
const Date kDay = Date::from_ymd(2026, 1, 15);

TEST_CASE("import: a row repeated in its file and a row already in the workspace are both skipped once") {
    Workspace ws;
    Account a;
    a.id = "A1";
    ws.accounts.push_back(a);
    ws.reindex();
    UsageSample u;
    u.account = 0;
    u.date = Date::from_ymd(2025, 3, 1);
    u.active_users = 5;
    u.logins = 20;
    ws.usage.push_back(u);
    const ImportPlan plan = build_import_plan(
        ws,
        {source("usage.csv", "account,date,active_users,logins\n"
                             "A1,2025-03-02,1,2\n"
                             "A1,2025-03-01,5,20\n"   // already in the workspace
                             "A1,2025-03-02,1,2\n"    // the same as line 2
                             "A1,2025-03-02,1,3\n")}, // differs in logins: a new row
        ImportMode::merge, kDay);
    CHECK(plan.error_count() == 0);
    CHECK(plan.counts[size_t(ImportEntity::usage)].add == 2);
    CHECK(plan.counts[size_t(ImportEntity::usage)].skip == 2);
    std::string error;
    REQUIRE(commit_import(plan, ws, error));
    REQUIRE(ws.usage.size() == 3);
    CHECK(ws.usage[0].date == Date::from_ymd(2025, 3, 1));
    CHECK(ws.usage[1].logins == 2);  // same date: file order kept
    CHECK(ws.usage[2].logins == 3);
}

TEST_CASE("import: child rows name accounts by id, domain or name; the import's account wins a shared name") {
    Workspace ws;
    Account old;
    old.id = "W1";
    old.name = "Acme";
    old.domain = "old.example";
    ws.accounts.push_back(old);
    ws.reindex();
    const ImportPlan plan = build_import_plan(
        ws,
        {source("accounts.csv", "id,name,domain\nN1,ACME,acme.example\n"),
         source("usage.csv", "account,account_name,account_domain,date,active_users\n"
                             ",acme,,2025-01-01,1\n"            // by name: N1, the import's
                             ",,www.old.example,2025-01-01,2\n" // by domain: W1
                             "W1,,,2025-01-02,3\n"              // by id
                             "N1,,,2025-01-03,4\n"
                             "X9,,,2025-01-03,5\n")},           // unknown
        ImportMode::merge, kDay);
    REQUIRE(plan.error_count() == 1);
    std::string first_error;
    for (const ImportIssue& i : plan.issues)
        if (i.severity == IssueSeverity::error && first_error.empty()) first_error = format_import_issue(i);
    CHECK(first_error.rfind("usage.csv:6:1: error: no account with id \"X9\"", 0) == 0);
    std::string error;
    Workspace next = ws;
    ImportPlan accepted = plan;
    accepted.skip_bad_rows = true;
    REQUIRE(commit_import(accepted, next, error));
    const AccountIx w1 = next.find_account("W1"), n1 = next.find_account("N1");
    REQUIRE(next.usage.size() == 4);
    // Sorted by account, then date: W1 (index 0) has users 2 and 3, N1 (index 1) has 1 and 4.
    CHECK(next.usage[0].account == w1);
    CHECK(next.usage[0].active_users == 2);
    CHECK(next.usage[1].active_users == 3);
    CHECK(next.usage[2].account == n1);
    CHECK(next.usage[2].active_users == 1);
    CHECK(next.usage[3].active_users == 4);
}

TEST_CASE("sort_rows orders by account then date and keeps the order of equal rows") {
    Workspace ws;
    ws.accounts.resize(3);
    auto row = [](AccountIx a, int day, int32_t users) {
        UsageSample u;
        u.account = a;
        u.date = Date::from_ymd(2025, 1, day);
        u.active_users = users;
        return u;
    };
    ws.usage = {row(2, 1, 1), row(0, 3, 2), row(1, 1, 3), row(0, 1, 4), row(2, 1, 5), row(0, 3, 6)};
    ws.sort_rows();
    std::vector<int32_t> users;
    for (const UsageSample& u : ws.usage) users.push_back(u.active_users);
    CHECK(users == std::vector<int32_t>{4, 2, 6, 3, 1, 5});
}

TEST_CASE("sort_rows in place gives the stable order on a shuffled table of rows that own strings") {
    Workspace ws;
    ws.accounts.resize(37);
    uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1103515245u + 12345u; };
    for (int i = 0; i < 5000; ++i) {
        Ticket t;
        t.account = AccountIx(next() % 37);
        t.opened = Date::from_ymd(2025, 1 + int(next() % 12), 1 + int(next() % 28));
        t.id = "ticket-" + std::to_string(i) + std::string(next() % 40, 'x');  // some past the short-string buffer
        ws.tickets.push_back(t);
    }
    std::vector<Ticket> expected = ws.tickets;
    std::stable_sort(expected.begin(), expected.end(), [](const Ticket& a, const Ticket& b) {
        return a.account != b.account ? a.account < b.account : a.opened < b.opened;
    });
    ws.sort_rows();
    REQUIRE(ws.tickets.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) CHECK_MESSAGE(ws.tickets[i].id == expected[i].id, i);
}

}  // namespace
}  // namespace retain
