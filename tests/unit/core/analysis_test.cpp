// Headline totals of analyse() (core/analysis.hpp) on a three-account workspace worked out by hand.
#include <doctest/doctest.h>

#include "core/analysis.hpp"

using namespace retain;

namespace {

// Enterprise "big" $5,000 MRR, SMB "small" $200 MRR, SMB "gone" churned in February (paid $300 before).
Workspace analysis_accounts() {
    Workspace ws;
    ws.settings.as_of = Date::from_ymd(2026, 3, 15);
    const char* ids[] = {"big", "small", "gone"};
    const char* segments[] = {"Enterprise", "SMB", "SMB"};
    for (int i = 0; i < 3; ++i) {
        Account a;
        a.id = ids[i];
        a.segment = segments[i];
        ws.accounts.push_back(a);
    }
    ws.accounts[2].status = AccountStatus::churned;
    ws.accounts[2].churn_date = Date::from_ymd(2026, 2, 10);
    ws.mrr = {{0, Month::from_ym(2026, 3), Money(500000)},
              {1, Month::from_ym(2026, 3), Money(20000)},
              {2, Month::from_ym(2026, 1), Money(30000)}};
    ws.reindex();
    return ws;
}

}  // namespace

TEST_CASE("totals count active accounts only: MRR, ARR = 12 x MRR, churned apart") {
    const Analysis a = analyse(analysis_accounts(), Date::from_ymd(2030, 1, 1));
    CHECK(a.as_of == Date::from_ymd(2026, 3, 15));  // the workspace's own as-of wins over today
    CHECK(a.active_accounts == 2);
    CHECK(a.churned_accounts == 1);
    CHECK(a.total_mrr == Money(520000));
    CHECK(a.total_arr == Money(6240000));
    REQUIRE(a.accounts.size() == 3);
    CHECK(a.accounts[0].mrr == Money(500000));
    CHECK(a.accounts[0].arr == Money(6000000));
    CHECK(a.accounts[2].mrr == Money(0));
}

TEST_CASE("segments list active accounts, largest ARR first") {
    const Analysis a = analyse(analysis_accounts(), Date::from_ymd(2030, 1, 1));
    REQUIRE(a.segments.size() == 2);
    CHECK(a.segments[0].segment == "Enterprise");
    CHECK(a.segments[0].active_accounts == 1);
    CHECK(a.segments[0].arr == Money(6000000));
    CHECK(a.segments[1].segment == "SMB");
    CHECK(a.segments[1].active_accounts == 1);
    CHECK(a.segments[1].arr == Money(240000));
}

TEST_CASE("without its own as-of date a workspace is read at today") {
    Workspace ws = analysis_accounts();
    ws.settings.as_of = Date{};
    CHECK(effective_as_of(ws.settings, Date::from_ymd(2026, 1, 31)) == Date::from_ymd(2026, 1, 31));
    const Analysis a = analyse(ws, Date::from_ymd(2026, 1, 31));
    CHECK(a.total_mrr == Money(0));  // nobody had a January snapshot except the churned account
    CHECK(a.accounts[2].mrr == Money(30000));
}
