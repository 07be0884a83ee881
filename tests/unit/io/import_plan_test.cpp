#include <doctest/doctest.h>

#include <algorithm>

#include "core/mrr_series.hpp"
#include "io/import_plan.hpp"
#include "import_test_helpers.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

using test::source;

const ImportIssue* find_issue(const ImportPlan& plan, size_t line) {
    for (const ImportIssue& i : plan.issues)
        if (i.line == line && i.severity == IssueSeverity::error) return &i;
    return nullptr;
}

using test::kToday;

// Alpha (A1) with one usage row: the workspace the merge and failure tests start from.
Workspace small_workspace() {
    Workspace ws;
    Account a;
    a.id = "A1";
    a.name = "Alpha";
    a.industry = "Retail";
    a.seats = 10;
    ws.accounts.push_back(a);
    UsageSample u;
    u.account = 0;
    u.date = Date::from_ymd(2025, 3, 1);
    u.active_users = 5;
    u.logins = 20;
    ws.usage.push_back(u);
    ws.reindex();
    return ws;
}

}  // namespace

TEST_CASE("import: a HubSpot companies export and a Stripe subscriptions export give accounts with MRR history") {
    const std::vector<ImportSource> sources = {
        source("companies.csv",
               "Record ID,Company name,Company Domain Name,Industry,Region\n"
               "101,Acme Corp,acme.com,Manufacturing,EMEA\n"
               "102,Globex,https://www.globex.io/,Software,NA\n"),
        // Accounts named only by a billing e-mail, whose domain is the account's domain.
        source("subscriptions.csv",
               "id,Customer Email,Plan,Amount,Interval,Start Date (UTC),Ended At (UTC)\n"
               "sub_1,billing@acme.com,Pro,\"$1,200.00\",month,2025-01-15,\n"
               "sub_2,ap@globex.io,Team,\"$6,000.00\",year,2025-03-01,2026-03-01\n"),
    };
    Workspace ws;
    const ImportPlan plan = build_import_plan(ws, sources, ImportMode::merge, kToday);
    CHECK(plan.error_count() == 0);
    REQUIRE(plan.files.size() == 2);
    CHECK(plan.files[0].entity == ImportEntity::accounts);
    CHECK(plan.files[0].encoding == "UTF-8");
    CHECK(plan.files[1].entity == ImportEntity::subscriptions);
    CHECK(plan.counts[size_t(ImportEntity::accounts)].add == 2);
    CHECK(plan.counts[size_t(ImportEntity::subscriptions)].add == 2);
    REQUIRE(plan.files[0].preview.size() == 2);
    CHECK(plan.files[0].preview[1].values[1] == "Globex");

    std::string error;
    REQUIRE(commit_import(plan, ws, error));
    REQUIRE(ws.accounts.size() == 2);
    const AccountIx acme = ws.find_account("101"), globex = ws.find_account("102");
    REQUIRE(acme != kNoAccount);
    REQUIRE(globex != kNoAccount);
    CHECK(ws.accounts[globex].domain == "globex.io");  // the website reduced to its host
    // Unmapped columns of an accounts file are custom fields.
    REQUIRE(ws.accounts[acme].custom.size() == 1);
    CHECK(ws.accounts[acme].custom[0] == std::make_pair(std::string("Region"), std::string("EMEA")));

    const MrrSeries series = build_mrr_series(ws, kToday);
    // June 2025: Acme pays $1,200 a month; Globex $6,000 a year = $500.00 a month.
    CHECK(series.at(acme, Month::from_ym(2025, 6)).minor == 120000);
    CHECK(series.at(globex, Month::from_ym(2025, 6)).minor == 50000);
    // Globex's subscription ended on 2026-03-01: nothing in April 2026.
    CHECK(series.at(globex, Month::from_ym(2026, 4)).minor == 0);
    CHECK(series.at(acme, Month::from_ym(2026, 4)).minor == 120000);
}

TEST_CASE("import: an accounts file with only current MRR or ARR gives a subscription from contract start or today") {
    const std::vector<ImportSource> sources = {source("accounts.csv",
                                                      "id,name,contract_start,current_mrr,current_arr\n"
                                                      "A1,Alpha,2025-02-01,250.00,\n"
                                                      "A2,Beta,,,1200.00\n")};
    Workspace ws;
    const ImportPlan plan = build_import_plan(ws, sources, ImportMode::merge, kToday);
    CHECK(plan.error_count() == 0);
    std::string error;
    REQUIRE(commit_import(plan, ws, error));
    REQUIRE(ws.subscriptions.size() == 2);
    const SubscriptionPeriod& a = ws.subscriptions[0];  // sorted by account: A1 first
    CHECK(ws.accounts[a.account].id == "A1");
    CHECK(a.start == Date::from_ymd(2025, 2, 1));
    CHECK(a.amount.minor == 25000);
    CHECK(a.interval == BillingInterval::month);
    const SubscriptionPeriod& b = ws.subscriptions[1];
    CHECK(b.start == kToday);  // no contract start: from the import date
    CHECK(b.interval == BillingInterval::year);
    const MrrSeries series = build_mrr_series(ws, kToday);
    CHECK(series.at(b.account, Month::from_ym(2026, 11)).minor == 10000);  // 1,200.00 / 12
}

TEST_CASE("import: bad rows are reported with line and column, and a failed commit leaves the workspace unchanged") {
    const std::vector<ImportSource> sources = {
        source("accounts.csv",
               "id,name,seats,contract_start\n"
               "A2,Beta,-5,2025-02-01\n"
               "A3,Gamma,7,2025-02-30\n"
               "A4,Delta,3,2025-02-01\n"),
        source("usage.csv",
               "account,date,active_users,logins\n"
               "A1,2025-04-01,5,20\n"
               "ZZZ,2025-03-01,3,9\n"),
        source("quote.csv", "id,name\nA5,Epsilon\nA6,\"Zeta\n"),
    };
    Workspace ws = small_workspace();
    const std::string before = save_workspace_json(ws);
    const ImportPlan plan = build_import_plan(ws, sources, ImportMode::merge, kToday);
    CHECK(plan.error_count() == 4);

    const ImportIssue* seats = find_issue(plan, 2);
    REQUIRE(seats);
    CHECK(seats->file == "accounts.csv");
    CHECK(seats->column == 3);
    CHECK(seats->column_name == "seats");
    CHECK(seats->value == "-5");
    const ImportIssue* date = find_issue(plan, 4 - 1);
    REQUIRE(date);
    CHECK(date->file == "accounts.csv");
    CHECK(date->column == 4);
    CHECK(date->value == "2025-02-30");
    auto in_file = [&](const char* file, size_t line) {
        return std::find_if(plan.issues.begin(), plan.issues.end(),
                            [&](const ImportIssue& i) { return i.file == file && i.line == line; });
    };
    const auto unknown = in_file("usage.csv", 3);
    REQUIRE(unknown != plan.issues.end());
    CHECK(unknown->column == 1);
    CHECK(unknown->value == "ZZZ");
    const auto quote = in_file("quote.csv", 3);
    REQUIRE(quote != plan.issues.end());
    CHECK(quote->column == 2);
    // Rejected rows are out of the plan; the good ones stay: A4 and A5 (A1's usage row names the workspace's A1).
    REQUIRE(plan.rows.accounts.size() == 2);
    CHECK(plan.rows.accounts[0].id == "A4");
    CHECK(plan.rows.accounts[1].id == "A5");
    CHECK(plan.rows.usage.size() == 1);
    CHECK(plan.files[0].rows_rejected == 2);

    std::string error;
    CHECK_FALSE(commit_import(plan, ws, error));
    CHECK(!error.empty());
    CHECK(save_workspace_json(ws) == before);

    // Accepting the rejected rows commits the rest.
    ImportPlan accepted = plan;
    accepted.skip_bad_rows = true;
    REQUIRE(commit_import(accepted, ws, error));
    CHECK(ws.accounts.size() == 3);
    CHECK(ws.usage.size() == 2);
}

TEST_CASE("import: a commit that cannot apply (an account gone since planning) leaves the workspace unchanged") {
    Workspace ws = small_workspace();
    const ImportPlan plan =
        build_import_plan(ws, {source("usage.csv", "account,date,active_users\nA1,2025-05-01,7\n")}, ImportMode::merge, kToday);
    REQUIRE(plan.error_count() == 0);
    Workspace other;  // A1 is not there
    Account b;
    b.id = "B1";
    other.accounts.push_back(b);
    other.reindex();
    const std::string before = save_workspace_json(other);
    std::string error;
    CHECK_FALSE(commit_import(plan, other, error));
    CHECK(error.find("A1") != std::string::npos);
    CHECK(save_workspace_json(other) == before);
}

TEST_CASE("import: impossible values and duplicate ids are errors") {
    const std::vector<ImportSource> sources = {
        source("accounts.csv", "id,name,contract_start,churn_date\nA1,One,2025-01-01,2024-12-31\nA2,Two,,\nA2,Again,,\n"),
        source("surveys.csv",
               "account,date,kind,score\nA2,2025-01-01,nps,11\nA2,2025-01-01,csat,0\nA2,2025-01-01,ces,7\nA2,2025-01-01,nps,0\n"),
        source("subscriptions.csv", "account,start,end,amount\nA2,2025-02-01,2025-01-01,10\nA2,2025-02-01,,-10\n"),
    };
    const ImportPlan plan = build_import_plan(Workspace{}, sources, ImportMode::merge, kToday);
    std::vector<std::string> where;
    for (const ImportIssue& i : plan.issues)
        if (i.severity == IssueSeverity::error) where.push_back(i.file + ":" + std::to_string(i.line) + ":" + std::to_string(i.column));
    const std::vector<std::string> expected = {
        "accounts.csv:2:4",       // churn before start
        "accounts.csv:4:1",       // duplicate id A2
        "surveys.csv:2:4",        // NPS 11
        "surveys.csv:3:4",        // CSAT 0
        "subscriptions.csv:2:3",  // end before start
        "subscriptions.csv:3:4",  // negative amount
    };
    CHECK(where == expected);
    CHECK(plan.rows.surveys.size() == 2);  // CES 7 and NPS 0 are fine
}

TEST_CASE("import: merge updates accounts by the fields given and skips duplicate rows; replace replaces") {
    const std::vector<ImportSource> sources = {
        source("accounts.csv", "id,seats\nA1,12\nA2,3\n"),
        source("usage.csv", "account,date,active_users,logins\nA1,2025-03-01,5,20\nA2,2025-03-01,1,2\n"),
    };
    Workspace merged = small_workspace();
    const ImportPlan plan = build_import_plan(merged, sources, ImportMode::merge, kToday);
    CHECK(plan.counts[size_t(ImportEntity::accounts)].add == 1);
    CHECK(plan.counts[size_t(ImportEntity::accounts)].update == 1);
    CHECK(plan.counts[size_t(ImportEntity::usage)].add == 1);
    CHECK(plan.counts[size_t(ImportEntity::usage)].skip == 1);  // A1's row is already there
    std::string error;
    REQUIRE(commit_import(plan, merged, error));
    REQUIRE(merged.accounts.size() == 2);
    const Account& a1 = merged.accounts[merged.find_account("A1")];
    CHECK(a1.seats == 12);
    CHECK(a1.name == "Alpha");      // not in the file: kept
    CHECK(a1.industry == "Retail");
    CHECK(merged.usage.size() == 2);

    Workspace replaced = small_workspace();
    const ImportPlan replace =
        build_import_plan(replaced, {source("accounts.csv", "id,name\nA2,Beta\n")}, ImportMode::replace, kToday);
    CHECK(replace.counts[size_t(ImportEntity::accounts)].add == 1);
    CHECK(replace.counts[size_t(ImportEntity::accounts)].remove == 1);
    REQUIRE(commit_import(replace, replaced, error));
    REQUIRE(replaced.accounts.size() == 1);
    CHECK(replaced.accounts[0].id == "A2");
    CHECK(replaced.usage.empty());  // A1's usage went with A1
}

TEST_CASE("import: the app's checked commit moves the new accounts and gives the workspace commit_import gives") {
    const std::vector<ImportSource> sources = {
        source("accounts.csv", "id,name,seats\nA1,Alpha Two,12\nA3,Gamma,4\n"),
        source("usage.csv", "account,date,active_users,logins\nA3,2025-03-01,1,2\n"),
    };
    Workspace copied = small_workspace(), moved = small_workspace();
    const ImportPlan plan = build_import_plan(copied, sources, ImportMode::merge, kToday);
    ImportPlan spent = plan;
    std::string error;
    REQUIRE(commit_import(plan, copied, error));
    REQUIRE(import_would_commit(spent, moved, error));
    REQUIRE(commit_checked_import(spent, moved, error));
    CHECK(save_workspace_json(moved) == save_workspace_json(copied));
    CHECK(moved.accounts[moved.find_account("A3")].seats == 4);  // new: moved in
    CHECK(moved.accounts[moved.find_account("A1")].name == "Alpha Two");
}

TEST_CASE("import: child rows may name accounts of the same import by domain or name, in any file order") {
    const std::vector<ImportSource> sources = {
        source("tickets.csv", "Organization,Ticket ID,Created,Priority\nacme corp,T1,2025-05-02,urgent\n"),
        source("accounts.csv", "id,name,domain\nA1,Acme  Corp,acme.com\n"),
    };
    ImportSource tickets = sources[0];
    tickets.entity = ImportEntity::tickets;
    const ImportPlan plan = build_import_plan(Workspace{}, {tickets, sources[1]}, ImportMode::merge, kToday);
    CHECK(plan.error_count() == 0);
    Workspace ws;
    std::string error;
    REQUIRE(commit_import(plan, ws, error));
    REQUIRE(ws.tickets.size() == 1);
    CHECK(ws.accounts[ws.tickets[0].account].id == "A1");
    CHECK(ws.tickets[0].priority == TicketPriority::urgent);
}
