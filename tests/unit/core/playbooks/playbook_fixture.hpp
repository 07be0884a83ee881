// A crafted workspace for the playbook tests: accounts added one at a time with the rows a trigger reads,
// and an analysis whose health colors and scores are set by hand (the triggers read them as given).
#pragma once
#include <cmath>
#include <limits>

#include "core/playbooks/playbook_engine.hpp"

namespace retain::test {

inline const Date kAsOf = Date::from_ymd(2026, 6, 30);
inline Date days_ago(int32_t n) { return kAsOf.plus_days(-n); }

struct PlaybookFixture {
    Workspace ws;
    Analysis analysis;

    PlaybookFixture() {
        ws.settings.as_of = kAsOf;
        ws.playbooks.clear();
        analysis.as_of = kAsOf;
    }

    // A paying customer for two years, renewing in six months, 10 seats, green and scored 80.
    AccountIx add(const std::string& id) {
        Account a;
        a.id = id;
        a.name = id;
        a.owner = "CSM-1";
        a.segment = "SMB";
        a.seats = 10;
        a.contract_start = days_ago(730);
        a.first_value = days_ago(700);
        a.renewal_date = kAsOf.plus_days(180);
        a.stage = LifecycleStage::adoption;
        ws.accounts.push_back(a);
        analysis.health.color.push_back(HealthColor::green);
        analysis.health.score.push_back(80.0f);
        analysis.accounts.push_back(AccountFacts{Money(100000), Money(1200000)});
        return AccountIx(ws.accounts.size() - 1);
    }
    Account& account(AccountIx a) { return ws.accounts[a]; }
    void usage(AccountIx a, int32_t ago, int32_t active) { ws.usage.push_back({a, days_ago(ago), active, active, {}}); }

    PlaybookContext context() {
        ws.reindex();
        ws.sort_rows();
        return make_playbook_context(ws, analysis);
    }
    bool fires(const Trigger& t, AccountIx a) {
        Playbook p = playbook(t);
        const PlaybookContext ctx = context();
        return playbook_matches(ws, ctx, p, a);
    }
    static Playbook playbook(const Trigger& t, const std::string& id = "pb-test") {
        Playbook p;
        p.id = id;
        p.name = "Test";
        p.trigger = t;
        p.steps = {PlaybookStep{"First", OwnerRole::csm, 2, StepKind::call, "Agenda"},
                   PlaybookStep{"Second", OwnerRole::support, 7, StepKind::checklist, "[ ] item"}};
        return p;
    }
};

inline Trigger make_trigger(TriggerKind kind, int32_t days = 30) {
    Trigger t;
    t.kind = kind;
    t.days = days;
    return t;
}

}  // namespace retain::test
