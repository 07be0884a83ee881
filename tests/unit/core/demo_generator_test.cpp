// Properties of the demo workspace (core/demo_generator.hpp): the story holds together.
// Rates are checked on 2,000 accounts, where they are stable; the 250-account demo is checked for
// its exact shape.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/demo_generator.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

const Workspace& demo() {
    static const Workspace ws = generate_demo(DemoOptions{});
    return ws;
}

const Workspace& demo_2000() {
    static const Workspace ws = [] {
        DemoOptions o;
        o.accounts = 2000;
        return generate_demo(o);
    }();
    return ws;
}

const Date kAsOf = Date::from_ymd(2026, 11, 15);

// Accounts whose MRR stops and later starts again (rows are sorted by account, then month).
std::set<AccountIx> accounts_with_mrr_gap(const Workspace& ws) {
    std::set<AccountIx> out;
    for (size_t i = 1; i < ws.mrr.size(); ++i)
        if (ws.mrr[i].account == ws.mrr[i - 1].account && ws.mrr[i].month - ws.mrr[i - 1].month > 1)
            out.insert(ws.mrr[i].account);
    return out;
}

// One account's rows of a table sorted by account, as a range for a for loop.
template <typename Row>
struct RowRange {
    const Row* first;
    const Row* last;
    const Row* begin() const { return first; }
    const Row* end() const { return last; }
};
template <typename Row>
RowRange<Row> rows_for(const std::vector<Row>& rows, AccountIx account) {
    const std::pair<size_t, size_t> r = rows_of(rows, account);
    return {rows.data() + r.first, rows.data() + r.second};
}

std::map<std::string, int> count_segments(const Workspace& ws) {
    std::map<std::string, int> n;
    for (const Account& a : ws.accounts) ++n[a.segment];
    return n;
}

}  // namespace

TEST_CASE("the demo is deterministic: two runs give the same file, another seed a different one") {
    const std::string first = save_workspace_json(generate_demo(DemoOptions{}));
    CHECK(save_workspace_json(generate_demo(DemoOptions{})) == first);
    DemoOptions other;
    other.seed = 7;
    CHECK(save_workspace_json(generate_demo(other)) != first);
}

TEST_CASE("the demo company: name, currency, as-of date, key features, six CSMs") {
    const Workspace& ws = demo();
    CHECK(ws.settings.name == "Northwind Analytics (demo)");
    CHECK(ws.settings.currency == "USD");
    CHECK(ws.settings.as_of == kAsOf);
    CHECK(ws.key_features == std::vector<std::string>{"Dashboards", "Reports", "Integrations", "Alerts", "API"});
    CHECK(ws.accounts.size() == 250);
    CHECK(ws.csms.size() == 6);
}

TEST_CASE("segment mix is 10% Enterprise, 30% Mid-market, 60% SMB at any size") {
    const auto small = count_segments(demo());
    CHECK(small.at("Enterprise") == 25);
    CHECK(small.at("Mid-market") == 75);
    CHECK(small.at("SMB") == 150);
    const auto big = count_segments(demo_2000());
    CHECK(big.at("Enterprise") == 200);
    CHECK(big.at("Mid-market") == 600);
    CHECK(big.at("SMB") == 1200);
}

TEST_CASE("ids are unique, owners are CSMs of the workspace, rows point at real accounts") {
    Workspace ws = demo_2000();
    CHECK(ws.reindex());
    std::set<std::string> names, domains;
    for (const Account& a : ws.accounts) {
        names.insert(a.name);
        domains.insert(a.domain);
        if (!a.owner.empty()) CHECK(ws.find_csm(a.owner) != nullptr);
    }
    CHECK(names.size() == ws.accounts.size());
    CHECK(domains.size() == ws.accounts.size());
    for (const UsageSample& u : ws.usage) REQUIRE(u.account < ws.accounts.size());
    for (const Ticket& t : ws.tickets) REQUIRE(t.account < ws.accounts.size());
}

TEST_CASE("enterprise accounts are owned by enterprise CSMs; most SMB accounts are pooled") {
    const Workspace& ws = demo();
    std::map<std::string, std::set<std::string>> segments_of_csm;
    int smb = 0, smb_unassigned = 0;
    for (const Account& a : ws.accounts) {
        if (a.segment == "Enterprise") CHECK_FALSE(a.owner.empty());
        if (!a.owner.empty()) segments_of_csm[a.owner].insert(a.segment);
        if (a.segment == "SMB") {
            ++smb;
            smb_unassigned += a.owner.empty() ? 1 : 0;
        }
    }
    for (const auto& entry : segments_of_csm) CHECK_MESSAGE(entry.second.size() == 1, entry.first);
    CHECK(smb_unassigned * 2 > smb);
}

TEST_CASE("nothing happens after the as-of date") {
    const Workspace& ws = demo_2000();
    for (const Account& a : ws.accounts) {
        CHECK(a.contract_start <= kAsOf);
        if (a.churn_date.ok()) CHECK(a.churn_date <= kAsOf);
    }
    for (const Contact& c : ws.contacts) CHECK(c.last_engaged <= kAsOf);
    for (const MrrSnapshot& m : ws.mrr) REQUIRE(m.month <= Month::of(kAsOf));
    for (const UsageSample& u : ws.usage) REQUIRE(u.date <= kAsOf);
    for (const Ticket& t : ws.tickets) {
        REQUIRE(t.opened <= kAsOf);
        REQUIRE((!t.closed.ok() || (t.closed <= kAsOf && t.closed >= t.opened)));
    }
    for (const SurveyResponse& s : ws.surveys) REQUIRE(s.date <= kAsOf);
    for (const Touchpoint& t : ws.touchpoints) REQUIRE(t.date <= kAsOf);
}

TEST_CASE("churned accounts have a date and a reason, and nothing on or after the churn date") {
    const Workspace& ws = demo_2000();
    int churned = 0;
    for (AccountIx i = 0; i < ws.accounts.size(); ++i) {
        const Account& a = ws.accounts[i];
        if (a.status != AccountStatus::churned) {
            CHECK_FALSE(a.churn_date.ok());
            continue;
        }
        ++churned;
        REQUIRE(a.churn_date.ok());
        CHECK_FALSE(a.churn_reason.empty());
        const Date c = a.churn_date;
        for (const auto& row : rows_for(ws.usage, i)) REQUIRE(row.date < c);
        for (const auto& row : rows_for(ws.tickets, i)) REQUIRE(row.opened < c);
        for (const auto& row : rows_for(ws.surveys, i)) REQUIRE(row.date < c);
        for (const auto& row : rows_for(ws.touchpoints, i)) REQUIRE(row.date < c);
        for (const auto& row : rows_for(ws.mrr, i)) REQUIRE(row.month < Month::of(c));
    }
    CHECK(churned > 0);
}

TEST_CASE("some churned accounts come back: active again, a gap in MRR, tagged win-back") {
    const Workspace& ws = demo();
    const std::set<AccountIx> gaps = accounts_with_mrr_gap(ws);
    CHECK(gaps.size() >= 2);
    for (AccountIx i : gaps) {
        const Account& a = ws.accounts[i];
        CHECK(a.status == AccountStatus::active);
        CHECK_FALSE(a.churn_date.ok());
        CHECK(std::find(a.tags.begin(), a.tags.end(), "win-back") != a.tags.end());
    }
}

TEST_CASE("logo churn over the last twelve months is between 8% and 15%") {
    const Workspace& ws = demo_2000();
    const Month year_ago = Month::of(kAsOf).plus(-12), now = Month::of(kAsOf);
    std::vector<int> paid(ws.accounts.size(), 0);  // bit 1: a year ago, bit 2: now
    for (const MrrSnapshot& m : ws.mrr) paid[m.account] |= (m.month == year_ago ? 1 : 0) | (m.month == now ? 2 : 0);
    int base = 0, lost = 0;
    for (int p : paid) {
        base += (p & 1) ? 1 : 0;
        lost += (p & 1) && !(p & 2) ? 1 : 0;
    }
    REQUIRE(base > 1000);
    CHECK(lost * 100 >= base * 8);
    CHECK(lost * 100 <= base * 15);
}

TEST_CASE("current MRR per account is realistic for its segment (medians)") {
    const Workspace& ws = demo_2000();
    std::map<std::string, std::vector<int64_t>> mrr;
    for (const MrrSnapshot& m : ws.mrr)
        if (m.month == Month::of(kAsOf)) mrr[ws.accounts[m.account].segment].push_back(m.mrr.minor);
    auto median = [](std::vector<int64_t> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    CHECK(median(mrr["SMB"]) >= 100'00);
    CHECK(median(mrr["SMB"]) <= 800'00);
    CHECK(median(mrr["Mid-market"]) >= 1'000'00);
    CHECK(median(mrr["Mid-market"]) <= 5'000'00);
    CHECK(median(mrr["Enterprise"]) >= 8'000'00);
    CHECK(median(mrr["Enterprise"]) <= 40'000'00);
}

TEST_CASE("active users never exceed the account's seats") {
    const Workspace& ws = demo_2000();
    for (const UsageSample& u : ws.usage) {
        REQUIRE(u.active_users >= 0);
        REQUIRE(u.active_users <= ws.accounts[u.account].seats);
    }
}

TEST_CASE("usage falls in the 60 days before most churns") {
    const Workspace& ws = demo_2000();
    int eligible = 0, dropped = 0;
    for (AccountIx i = 0; i < ws.accounts.size(); ++i) {
        const Account& a = ws.accounts[i];
        if (a.status != AccountStatus::churned) continue;
        double last = 0, before = 0;
        int n_last = 0, n_before = 0;
        for (const UsageSample& u : rows_for(ws.usage, i)) {
            const int32_t days = a.churn_date - u.date;
            if (days <= 60) { last += u.active_users; ++n_last; }
            else if (days <= 180) { before += u.active_users; ++n_before; }
        }
        if (n_last < 4 || n_before < 8) continue;  // too little history to compare
        ++eligible;
        if (last / n_last < 0.85 * (before / n_before)) ++dropped;
    }
    REQUIRE(eligible >= 50);
    CHECK(dropped * 10 >= eligible * 6);  // at least 60%
}

TEST_CASE("detractors cluster in accounts that are about to churn") {
    const Workspace& ws = demo_2000();
    int near = 0, near_detractors = 0, other = 0, other_detractors = 0;
    for (const SurveyResponse& s : ws.surveys) {
        if (s.kind != SurveyKind::nps) continue;
        const Account& a = ws.accounts[s.account];
        const bool churning = a.churn_date.ok() && a.churn_date - s.date <= 150;
        (churning ? near : other) += 1;
        (churning ? near_detractors : other_detractors) += s.score <= 6 ? 1 : 0;
    }
    REQUIRE(near >= 30);
    CHECK(double(near_detractors) / near > 1.5 * double(other_detractors) / other);
}

TEST_CASE("some champions have left the company, and enterprise accounts hold QBRs") {
    const Workspace& ws = demo_2000();
    int left = 0, champions = 0;
    for (const Contact& c : ws.contacts) {
        left += c.left_company ? 1 : 0;
        champions += c.champion ? 1 : 0;
    }
    CHECK(left > 0);
    CHECK(champions > int(ws.accounts.size()) / 2);
    int qbrs = 0;
    for (const Touchpoint& t : ws.touchpoints)
        if (t.kind == TouchpointKind::qbr && ws.accounts[t.account].segment == "Enterprise") ++qbrs;
    CHECK(qbrs > 0);
}

TEST_CASE("every dated table comes out sorted by account, then date") {
    const Workspace& ws = demo();
    for (size_t i = 1; i < ws.usage.size(); ++i) {
        const UsageSample &p = ws.usage[i - 1], &c = ws.usage[i];
        REQUIRE((p.account < c.account || (p.account == c.account && p.date < c.date)));
    }
    for (size_t i = 1; i < ws.touchpoints.size(); ++i) {
        const Touchpoint &p = ws.touchpoints[i - 1], &c = ws.touchpoints[i];
        REQUIRE((p.account < c.account || (p.account == c.account && p.date <= c.date)));
    }
}

TEST_CASE("options out of range are clamped rather than trusted") {
    DemoOptions o;
    o.accounts = -5;
    o.months = 0;
    o.end = Date{};
    const Workspace ws = generate_demo(o);
    CHECK(ws.accounts.empty());
    CHECK(ws.settings.as_of == kAsOf);
}
