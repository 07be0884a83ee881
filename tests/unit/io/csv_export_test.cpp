#include <doctest/doctest.h>

#include "io/csv_writer.hpp"
#include "io/entity_csv_export.hpp"

using namespace retain;

TEST_CASE("text cells that would start a spreadsheet formula get a leading apostrophe") {
    CHECK(neutralize_formula("=SUM(A1:A9)") == "'=SUM(A1:A9)");
    CHECK(neutralize_formula("+1 555 0100") == "'+1 555 0100");
    CHECK(neutralize_formula("-2+3") == "'-2+3");
    CHECK(neutralize_formula("@cmd") == "'@cmd");
    CHECK(neutralize_formula("\tx") == "'\tx");
    CHECK(neutralize_formula("\rx") == "'\rx");
    CHECK(neutralize_formula("Acme = great") == "Acme = great");
    CHECK(neutralize_formula("") == "");
}

TEST_CASE("the CSV writer quotes only when needed, doubles quotes and ends rows with CRLF") {
    std::string out;
    CsvWriter w(out);
    w.text("plain");
    w.text("a,b");
    w.text("say \"hi\"");
    w.text("two\nlines");
    w.text("");
    w.end_row();
    w.integer(-42);
    w.money(Money(123456));
    w.money(Money(-5));
    w.number("2026-03-31");
    w.text("=1+1,2");
    w.end_row();
    CHECK(out == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"
                 "-42,1234.56,-0.05,2026-03-31,\"'=1+1,2\"\r\n");
}

namespace {
Workspace export_workspace() {
    Workspace ws;
    ws.settings.as_of = Date::from_ymd(2026, 11, 15);
    ws.key_features = {"Reports", "API"};
    ws.csms = {{"csm-1", "Zoe Adams", "zoe@example.com", 40}};
    Account a;
    a.id = "A-1";
    a.name = "Acme, Inc.";
    a.segment = "SMB";
    a.owner = "csm-1";
    a.seats = 12;
    a.renewal_date = Date::from_ymd(2027, 1, 31);
    a.stage = LifecycleStage::adoption;
    a.tags = {"pilot", "emea"};
    a.custom = {{"region", "EMEA"}};
    ws.accounts.push_back(a);
    Account b;
    b.id = "B-2";
    b.name = "=HYPERLINK(\"x\")";
    b.status = AccountStatus::churned;
    b.churn_date = Date::from_ymd(2026, 6, 30);
    b.churn_reason = "budget";
    ws.accounts.push_back(b);
    ws.mrr = {{0, Month::from_ym(2026, 11), Money(49900)}, {1, Month::from_ym(2026, 5), Money(1000)}};
    UsageSample u;
    u.account = 0;
    u.date = Date::from_ymd(2026, 11, 9);
    u.active_users = 9;
    u.logins = 40;
    u.feature_uses[0] = 7;
    u.feature_uses[1] = 2;
    ws.usage.push_back(u);
    ws.reindex();
    return ws;
}
}  // namespace

TEST_CASE("the accounts CSV carries status, current MRR and ARR, tags and custom fields") {
    const Workspace ws = export_workspace();
    const Analysis analysis = analyse(ws, Date::from_ymd(2026, 11, 22));
    CHECK(export_entity_csv(ws, analysis, ExportEntity::accounts) ==
          "id,name,domain,industry,segment,owner,plan,acquisition_source,seats,contract_start,renewal_date,first_value,"
          "stage,status,churn_date,churn_reason,tags,current_mrr,arr,region\r\n"
          "A-1,\"Acme, Inc.\",,,SMB,csm-1,,,12,,2027-01-31,,adoption,active,,,pilot; emea,499.00,5988.00,EMEA\r\n"
          "B-2,\"'=HYPERLINK(\"\"x\"\")\",,,,,,,0,,,,onboarding,churned,2026-06-30,budget,,0.00,0.00,\r\n");
}

TEST_CASE("the usage CSV names each key feature's column like the workspace format") {
    const Workspace ws = export_workspace();
    const Analysis analysis = analyse(ws, Date::from_ymd(2026, 11, 22));
    CHECK(export_entity_csv(ws, analysis, ExportEntity::usage) ==
          "account,date,active_users,logins,feature:Reports,feature:API\r\n"
          "A-1,2026-11-09,9,40,7,2\r\n");
    CHECK(export_entity_csv(ws, analysis, ExportEntity::mrr) ==
          "account,month,mrr\r\nA-1,2026-11,499.00\r\nB-2,2026-05,10.00\r\n");
    CHECK(export_entity_csv(ws, analysis, ExportEntity::csms) ==
          "id,name,email,capacity\r\ncsm-1,Zoe Adams,zoe@example.com,40\r\n");
}

TEST_CASE("export entity names round-trip through text") {
    for (int e = 0; e < kExportEntityCount; ++e) {
        ExportEntity parsed;
        REQUIRE(parse_enum(to_string(ExportEntity(e)), parsed));
        CHECK(parsed == ExportEntity(e));
    }
    ExportEntity unused;
    CHECK_FALSE(parse_enum("Accounts", unused));
}
