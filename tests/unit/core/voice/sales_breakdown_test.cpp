// The sales breakdown (core/voice/sales_breakdown.hpp): logo churn, NRR, health mix and ARR at risk per
// industry and per acquisition source, and the verdict against all accounts, worked out by hand on a book
// of twelve accounts with thirteen months of MRR and health colors set by overrides.
#include <doctest/doctest.h>

#include "core/analysis.hpp"
#include "core/voice/sales_breakdown.hpp"

using namespace retain;

namespace {

// Retail R0-R4: 100 -> 110 a month, green. Media M0-M4: 100 -> 100, M4 -> 0 (churned); M0-M2 red, M3
// green. Bank B0-B1: 100 -> 100, green. Months Jan 2025 .. Jan 2026; as of 2026-01-15.
Workspace sales_book() {
    Workspace ws;
    ws.settings.as_of = Date::from_ymd(2026, 1, 15);
    struct Row {
        const char* id;
        const char* industry;
        const char* source;
        int64_t last;  // MRR in January 2026 (100 before)
        HealthColor color;
    };
    const Row rows[] = {{"R0", "Retail", "Partner", 110, HealthColor::green},
                        {"R1", "Retail", "Partner", 110, HealthColor::green},
                        {"R2", "Retail", "Partner", 110, HealthColor::green},
                        {"R3", "Retail", "Partner", 110, HealthColor::green},
                        {"R4", "Retail", "Partner", 110, HealthColor::green},
                        {"M0", "Media", "Outbound", 100, HealthColor::red},
                        {"M1", "Media", "Outbound", 100, HealthColor::red},
                        {"M2", "Media", "Outbound", 100, HealthColor::red},
                        {"M3", "Media", "Outbound", 100, HealthColor::green},
                        {"M4", "Media", "Outbound", 0, HealthColor::none},
                        {"B0", "Bank", "Partner", 100, HealthColor::green},
                        {"B1", "Bank", "Partner", 100, HealthColor::green}};
    for (const Row& r : rows) {
        Account a;
        a.id = r.id;
        a.name = r.id;
        a.industry = r.industry;
        a.acquisition_source = r.source;
        a.contract_start = Date::from_ymd(2024, 6, 1);
        if (r.last == 0) {
            a.status = AccountStatus::churned;
            a.churn_date = Date::from_ymd(2026, 1, 1);
        }
        const AccountIx ix = AccountIx(ws.accounts.size());
        ws.accounts.push_back(a);
        for (int m = 0; m < 13; ++m)
            ws.mrr.push_back({ix, Month::from_ym(2025, 1).plus(m), Money(m == 12 ? r.last : 100)});
        if (r.color != HealthColor::none)
            ws.health_overrides.push_back({r.id, r.color, "test", "csm", Date::from_ymd(2026, 1, 1), Date::from_ymd(2027, 1, 1)});
    }
    ws.reindex();
    ws.sort_rows();
    return ws;
}

}  // namespace

TEST_CASE("by industry: churn, NRR, health mix, ARR at risk and the verdict of each group") {
    const Workspace ws = sales_book();
    const Analysis a = analyse(ws, ws.settings.as_of);
    const SalesBreakdown s = sales_breakdown(ws, a, SalesGrouping::industry);
    // All: 1200 at the start, 550 + 400 + 200 = 1150 at the end; 1 of 12 lost; 3 red of 11 scored.
    CHECK(s.all.accounts == 12);
    CHECK(s.all.cohort == 12);
    REQUIRE(s.all.nrr.has_value());
    CHECK(*s.all.nrr == doctest::Approx(1150.0 / 1200.0));
    CHECK(*s.all.logo_churn == doctest::Approx(1.0 / 12.0));
    CHECK(*s.all.at_risk_share == doctest::Approx(3.0 / 11.0));
    REQUIRE(s.rows.size() == 3);
    // Ranked by ARR: Retail 5 x 12 x 110 = 6600, Media 4 x 1200 = 4800, Bank 2400.
    const SalesRow& retail = s.rows[0];
    CHECK(retail.key == "Retail");
    CHECK(retail.arr == Money(6600));
    CHECK(*retail.nrr == doctest::Approx(1.10));
    CHECK(*retail.logo_churn == doctest::Approx(0.0));
    CHECK(retail.health.count(kHealthGreen) == 5);
    CHECK(retail.health.at_risk() == Money(0));
    CHECK(retail.verdict == SalesVerdict::thriving);
    const SalesRow& media = s.rows[1];
    CHECK(media.key == "Media");
    CHECK(media.arr == Money(4800));
    CHECK(*media.nrr == doctest::Approx(0.8));
    CHECK(*media.logo_churn == doctest::Approx(0.2));
    CHECK(media.health.count(kHealthRed) == 3);
    CHECK(media.health.count(kHealthNone) == 1);
    CHECK(*media.at_risk_share == doctest::Approx(0.75));
    CHECK(media.health.at_risk() == Money(3600));
    CHECK(media.verdict == SalesVerdict::high_risk);
    const SalesRow& bank = s.rows[2];
    CHECK(bank.key == "Bank");
    CHECK(bank.cohort == 2);
    CHECK(*bank.nrr == doctest::Approx(1.0));
    CHECK(bank.verdict == SalesVerdict::too_few);  // fewer than 5 customers a year ago
}

TEST_CASE("by acquisition source the same formulas group the accounts by Account::acquisition_source") {
    const Workspace ws = sales_book();
    const Analysis a = analyse(ws, ws.settings.as_of);
    const SalesBreakdown s = sales_breakdown(ws, a, SalesGrouping::source);
    REQUIRE(s.rows.size() == 2);
    // Partner: Retail and Bank, 700 -> 750; Outbound: Media.
    CHECK(s.rows[0].key == "Partner");
    CHECK(s.rows[0].accounts == 7);
    CHECK(*s.rows[0].nrr == doctest::Approx(750.0 / 700.0));
    CHECK(s.rows[0].verdict == SalesVerdict::thriving);
    CHECK(s.rows[1].key == "Outbound");
    CHECK(s.rows[1].verdict == SalesVerdict::high_risk);
    const std::vector<AccountGroup> groups = group_by_acquisition_source(ws);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].key == "Outbound");  // text order
    CHECK(groups[0].subset.accounts == std::vector<AccountIx>{5, 6, 7, 8, 9});
}
