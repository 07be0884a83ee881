// The import planned in steps (ImportPlanner) and counted without applying (count_rows): the plan's
// counts must be what the commit then does, and a failure the commit would meet must be found before it
// changes anything, since the commit applies in place.
#include <doctest/doctest.h>

#include <string>

#include "import_test_helpers.hpp"
#include "io/import_detail.hpp"
#include "io/import_plan.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

using test::kToday;
using test::source;

// Three accounts with usage, tickets, a subscription, a CSM and feedback: what the merges and replaces
// below start from.
Workspace base_workspace() {
    const ImportPlan plan = build_import_plan(
        Workspace{},
        {source("accounts.csv", "id,name,domain,seats\nA1,Alpha,alpha.io,10\nA2,Beta,beta.io,3\nA3,Gamma,gamma.io,7\n"),
         source("usage.csv", "account,date,active_users,logins,feature:reports\nA1,2025-03-01,5,20,2\nA2,2025-03-01,1,2,0\n"
                             "A3,2025-03-01,4,9,1\n"),
         source("tickets.csv", "id,account,opened,priority,status\nT1,A1,2025-02-01,high,open\nT2,A3,2025-02-03,low,solved\n"),
         source("subscriptions.csv", "account,start,amount,interval\nA1,2025-01-01,100,month\n"),
         source("csms.csv", "id,name,capacity\nC1,Casey,40\n"),
         source("feedback.csv", "account,date,kind,title\nA2,2025-04-01,feature_request,Exports\n")},
        ImportMode::merge, kToday);
    REQUIRE(plan.error_count() == 0);
    Workspace ws;
    std::string error;
    REQUIRE(commit_import(plan, ws, error));
    return ws;
}

struct Scenario {
    const char* name;
    ImportMode mode;
    std::vector<ImportSource> sources;
};

std::vector<Scenario> scenarios() {
    return {
        {"merge: updates, new accounts, repeated and new rows", ImportMode::merge,
         {source("accounts.csv", "id,seats\nA1,12\nA4,2\n"),
          source("usage.csv", "account,date,active_users,logins,feature:reports\nA1,2025-03-01,5,20,2\nA1,2025-04-01,6,21,3\n"
                              "A4,2025-03-01,1,1,0\nA1,2025-04-01,6,21,3\n"),
          source("tickets.csv", "id,account,opened,priority,status\nT1,A1,2025-02-01,high,open\nT9,A2,2025-05-01,low,open\n"),
          source("csms.csv", "id,name,capacity\nC1,Casey,50\nC2,Dana,30\n"),
          source("feedback.csv", "account,date,kind,title\nA2,2025-04-01,feature_request,Exports\nA4,2025-05-01,bug,Slow\n")}},
        {"merge: usage with a new key feature", ImportMode::merge,
         {source("usage.csv", "account,date,active_users,logins,feature:alerts\nA2,2025-03-01,1,2,4\n")}},
        {"replace: accounts (rows of dropped accounts go)", ImportMode::replace,
         {source("accounts.csv", "id,name\nA2,Beta\nA5,Epsilon\n"),
          source("tickets.csv", "id,account,opened,priority,status\nT3,A2,2025-02-01,high,open\n")}},
        {"replace: one entity, accounts kept", ImportMode::replace,
         {source("usage.csv", "account,date,active_users,logins\nA1,2025-03-01,5,20\nA3,2025-05-01,2,2\n"),
          source("feedback.csv", "account,date,kind,title\nA2,2025-04-01,feature_request,Exports\n"),
          source("csms.csv", "id,name,capacity\nC7,Robin,10\n")}},
        {"merge: a workspace document", ImportMode::merge,
         {source("ws.json", save_workspace_json(base_workspace()))}},
        {"replace: a workspace document", ImportMode::replace,
         {source("ws.json", save_workspace_json(base_workspace()))}},
    };
}

std::string counts_text(const std::array<EntityCounts, kImportEntityCount>& counts) {
    std::string out;
    for (size_t e = 0; e < kImportEntityCount; ++e)
        out += std::to_string(counts[e].add) + "/" + std::to_string(counts[e].update) + "/" +
               std::to_string(counts[e].skip) + "/" + std::to_string(counts[e].remove) + " ";
    return out;
}

}  // namespace

TEST_CASE("count_rows: the plan's counts are what applying the rows counts, in merge and replace") {
    for (const Scenario& s : scenarios()) {
        CAPTURE(s.name);
        const Workspace ws = base_workspace();
        const ImportPlan plan = build_import_plan(ws, s.sources, s.mode, kToday);
        REQUIRE(plan.error_count() == 0);
        std::array<EntityCounts, kImportEntityCount> counted{}, applied{};
        std::string counted_error, applied_error;
        CHECK(import_detail::count_rows(plan.rows, s.mode, ws, counted, counted_error));
        Workspace copy = ws;
        REQUIRE(import_detail::apply_rows(plan.rows, s.mode, copy, applied, applied_error));
        CHECK(counts_text(counted) == counts_text(applied));
        // The plan adds the rows repeated within the import to the skips.
        std::array<EntityCounts, kImportEntityCount> without_repeats = plan.counts;
        Workspace committed = ws;
        std::string error;
        REQUIRE(commit_import(plan, committed, error));
        CHECK(save_workspace_json(committed) == save_workspace_json(copy));
        for (size_t e = 0; e < kImportEntityCount; ++e) CHECK(without_repeats[e].add == applied[e].add);
    }
}

TEST_CASE("count_rows: finds each failure before anything changes, and the commit then leaves the workspace as it was") {
    const Workspace ws = base_workspace();
    SUBCASE("an account the rows name is gone since planning") {
        const ImportPlan plan = build_import_plan(
            ws, {source("usage.csv", "account,date,active_users\nA2,2025-05-01,7\n")}, ImportMode::merge, kToday);
        REQUIRE(plan.error_count() == 0);
        const ImportPlan drop = build_import_plan(ws, {source("accounts.csv", "id,name\nA1,Alpha\n")}, ImportMode::replace, kToday);
        Workspace changed = ws;
        std::string error;
        REQUIRE(commit_import(drop, changed, error));
        const std::string before = save_workspace_json(changed);
        std::array<EntityCounts, kImportEntityCount> counts{};
        CHECK_FALSE(import_detail::count_rows(plan.rows, plan.mode, changed, counts, error));
        CHECK(error.find("\"A2\"") != std::string::npos);
        CHECK_FALSE(commit_import(plan, changed, error));
        CHECK(save_workspace_json(changed) == before);
    }
    SUBCASE("no room for another key feature") {
        Workspace full = ws;
        while (full.key_features.size() < size_t(kMaxKeyFeatures)) full.key_features.push_back("f" + std::to_string(full.key_features.size()));
        const ImportPlan plan = build_import_plan(
            full, {source("usage.csv", "account,date,active_users,feature:brand_new\nA1,2025-05-01,7,1\n")}, ImportMode::merge,
            kToday);
        REQUIRE(plan.error_count() == 1);  // the plan says so already
        CHECK(format_import_issue(plan.issues[0]).find("no room for \"brand_new\"") != std::string::npos);
        ImportPlan accepted = plan;  // and a commit that accepts leaving bad rows out still refuses
        accepted.skip_bad_rows = true;
        const std::string before = save_workspace_json(full);
        std::string error;
        CHECK_FALSE(commit_import(accepted, full, error));
        CHECK(error.find("no room for \"brand_new\"") != std::string::npos);
        CHECK(save_workspace_json(full) == before);
    }
    SUBCASE("two accounts with one id in the workspace") {
        Workspace twice = ws;
        twice.accounts.push_back(twice.accounts[0]);
        twice.reindex();
        const ImportPlan plan =
            build_import_plan(ws, {source("accounts.csv", "id,seats\nA9,1\n")}, ImportMode::merge, kToday);
        const std::string before = save_workspace_json(twice);
        std::string error;
        CHECK_FALSE(commit_import(plan, twice, error));
        CHECK(error == "the workspace has two accounts with id \"A1\"");
        CHECK(save_workspace_json(twice) == before);
    }
}

TEST_CASE("ImportPlanner: a large import is made in many small steps, its progress rising to 1, its plan the same") {
    std::string accounts = "id,name,plan,contract_start,mrr\n", usage = "account,date,active_users,logins\n";
    for (int i = 0; i < 6000; ++i) {
        accounts += "A" + std::to_string(i) + ",Account " + std::to_string(i) + ",pro,2024-0" + std::to_string(1 + i % 9) +
                    "-01,$" + std::to_string(100 + i % 50) + ".00\n";
        for (int m = 1; m <= 3; ++m)
            usage += "A" + std::to_string(i) + ",2025-0" + std::to_string(m) + "-01," + std::to_string(i % 17) + "," +
                     std::to_string(i % 31) + "\n";
    }
    accounts += "A1,Duplicate,pro,2024-01-01,$1.00\n";
    const std::vector<ImportSource> sources = {source("usage.csv", usage), source("accounts.csv", accounts),
                                               source("page.html", "<!doctype html><html><body>Sign in</body></html>")};
    const Workspace ws = base_workspace();
    ImportPlanner planner(ws, sources, ImportMode::merge, kToday);
    size_t steps = 0;
    double last = 0.0;
    bool read_seen = false, checking_seen = false;
    while (!planner.step()) {
        ++steps;
        CHECK(planner.progress() >= last);
        CHECK(planner.progress() < 1.0);
        last = planner.progress();
        read_seen |= planner.activity() == "Reading usage.csv";
        checking_seen |= planner.activity() == "Checking the rows of usage.csv";
    }
    CHECK(planner.done());
    CHECK(planner.progress() == 1.0);
    CHECK(read_seen);
    CHECK(checking_seen);
    CHECK(steps > 10);  // 24,000 rows, 1,024 per step at most, and more than one stretch of text per file
    const ImportPlan stepped = planner.take();
    const ImportPlan whole = build_import_plan(ws, sources, ImportMode::merge, kToday);
    REQUIRE(stepped.issues.size() == whole.issues.size());
    for (size_t i = 0; i < whole.issues.size(); ++i) CHECK(format_import_issue(stepped.issues[i]) == format_import_issue(whole.issues[i]));
    CHECK(stepped.error_count() == 2);  // the duplicate id, and the HTML page
    CHECK(counts_text(stepped.counts) == counts_text(whole.counts));
    REQUIRE(stepped.files.size() == 3);
    CHECK(stepped.files[0].name == "page.html");  // unusable files first, then by the order given
    CHECK(stepped.files[1].name == "usage.csv");
    CHECK(stepped.files[2].rows_rejected == 1);
    CHECK(stepped.counts[size_t(ImportEntity::accounts)].add == 5997);  // A1-A3 are the workspace's
    CHECK(stepped.counts[size_t(ImportEntity::accounts)].update == 3);
    CHECK(stepped.counts[size_t(ImportEntity::usage)].add == 18000);
}

TEST_CASE("RepeatedRows: in steps of any size it drops what drop_repeated_rows drops, keeping first rows in order") {
    StagedRows rows;
    for (int i = 0; i < 500; ++i) {
        UsageSample u;
        u.account = AccountIx(i % 7);
        u.date = Date::from_ymd(2025, 1 + i % 3, 1);  // (account, month) repeats every 21 rows
        u.active_users = i % 21 < 14 ? 1 : 2;
        rows.usage.push_back(u);
        Ticket t;
        t.account = AccountIx(i % 5);
        t.id = "T" + std::to_string(i % 40);
        rows.tickets.push_back(t);
    }
    StagedRows whole = rows;
    const std::array<size_t, kImportEntityCount> expected = import_detail::drop_repeated_rows(whole);
    CHECK(expected[size_t(ImportEntity::usage)] > 0);
    CHECK(expected[size_t(ImportEntity::tickets)] == 460);
    for (size_t n : {size_t(1), size_t(3), size_t(64)}) {
        StagedRows stepped = rows;
        import_detail::RepeatedRows repeats(stepped);
        size_t steps = 0;
        while (!repeats.step(n)) ++steps;
        CHECK(steps > 500 / n / 2);
        CHECK(repeats.dropped() == expected);
        REQUIRE(stepped.usage.size() == whole.usage.size());
        for (size_t i = 0; i < whole.usage.size(); ++i) {
            CHECK(stepped.usage[i].account == whole.usage[i].account);
            CHECK(stepped.usage[i].date == whole.usage[i].date);
            CHECK(stepped.usage[i].active_users == whole.usage[i].active_users);
        }
        REQUIRE(stepped.tickets.size() == 40);
        CHECK(stepped.tickets[39].id == "T39");
    }
}
