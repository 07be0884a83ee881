// A small workspace with every kind of record and the awkward values a real import brings: shared by the
// JSON round-trip tests and the browser snapshot's.
#pragma once
#include "core/workspace.hpp"

namespace retain::test {

inline Workspace edge_cases() {
    Workspace ws;
    ws.settings.name = "Caf\xC3\xA9 Cr\xC3\xA8me \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x9A\x80";  // Café Crème 北京 🚀
    ws.settings.currency = "EUR";
    ws.key_features = {"Dashboards", "API"};
    ws.csms = {{"csm-1", "Zo\xC3\xAB \"Z\" Adams", "zoe@example.com", 12}};
    Account a;
    a.id = "acc/1 \"quoted\"";
    a.name = "line\nbreak\ttab back\\slash \x01 control";
    a.segment = "Enterprise";
    a.owner = "csm-1";
    a.seats = 40;
    a.contract_start = Date::from_ymd(2024, 2, 29);
    a.renewal_date = Date::from_ymd(2027, 2, 28);
    a.stage = LifecycleStage::value_realization;
    a.tags = {"strategic", "\xC3\xBC" "ber"};
    a.custom = {{"zeta", "last"}, {"alpha", "first"}, {"region", "EMEA"}};  // not in key order
    ws.accounts.push_back(a);
    Account b;
    b.id = "acc-2";
    b.status = AccountStatus::churned;
    b.churn_date = Date::from_ymd(2026, 1, 31);
    b.churn_reason = "Budget cuts";
    ws.accounts.push_back(b);  // everything else empty: no dates, no tags, no custom fields
    ws.contacts.push_back({0, "c1", "Ana", "ana@example.com", "CFO", true, true, false, Date::from_ymd(2026, 1, 2)});
    ws.contacts.push_back({1, "", "", "", "", false, false, true, Date{}});
    ws.subscriptions.push_back({0, "sub-1", "Enterprise", Date::from_ymd(2025, 1, 1), Date::from_ymd(2026, 1, 1),
                                Money(1200000), BillingInterval::year});
    ws.subscriptions.push_back({1, "", "", Date::from_ymd(2025, 6, 1), Date{}, Money(0), BillingInterval::month});
    ws.mrr.push_back({0, Month::from_ym(2025, 12), Money(100000)});
    ws.mrr.push_back({1, Month::from_ym(2025, 12), Money(90000000000000000)});  // kMaxMoneyMinor: the largest amount a workspace holds
    UsageSample u;
    u.account = 0;
    u.date = Date::from_ymd(2026, 1, 5);
    u.active_users = 12;
    u.logins = 40;
    u.feature_uses[0] = 7;
    u.feature_uses[1] = 2147483647;
    ws.usage.push_back(u);
    Ticket t;
    t.account = 0;
    t.id = "T-1";
    t.opened = Date::from_ymd(2026, 1, 6);  // still open: no closed date
    t.priority = TicketPriority::urgent;
    ws.tickets.push_back(t);
    ws.surveys.push_back({0, Date::from_ymd(2026, 1, 7), SurveyKind::nps, 0, "Tr\xC3\xA8s \"bien\"\n"});
    ws.surveys.push_back({1, Date::from_ymd(2025, 12, 7), SurveyKind::ces, 7, ""});
    ws.touchpoints.push_back({0, Date::from_ymd(2026, 1, 8), TouchpointKind::qbr, "positive", "csm-1", "Renewal \"likely\"\nnext QBR in May"});
    ws.reindex();
    ws.sort_rows();
    return ws;
}


}  // namespace retain::test
