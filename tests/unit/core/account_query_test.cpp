#include <doctest/doctest.h>

#include "core/account_query.hpp"

#include <algorithm>

#include "core/demo_generator.hpp"
#include "core/text_search.hpp"

using namespace retain;

namespace {

// Four accounts with hand-set MRR snapshots in the as-of month (2026-11): ARR = 12 x MRR.
Workspace four_accounts() {
    Workspace ws;
    ws.settings.as_of = Date::from_ymd(2026, 11, 15);
    ws.csms = {{"csm-1", "Zoe Adams", "", 20}, {"csm-2", "Ben Carter", "", 50}};
    auto add = [&](const char* id, const char* name, const char* segment, const char* owner, int64_t mrr,
                   Date renewal, LifecycleStage stage) {
        Account a;
        a.id = id;
        a.name = name;
        a.segment = segment;
        a.owner = owner;
        a.renewal_date = renewal;
        a.stage = stage;
        a.domain = std::string(id) + ".example";
        ws.accounts.push_back(a);
        ws.mrr.push_back({AccountIx(ws.accounts.size() - 1), Month::from_ym(2026, 11), Money(mrr)});
    };
    add("a1", "beta Labs", "SMB", "", 50000, Date::from_ymd(2027, 1, 10), LifecycleStage::adoption);
    add("a2", "Acme Corp", "Enterprise", "csm-1", 2500000, Date::from_ymd(2026, 12, 1), LifecycleStage::renewal);
    add("a3", "Cobalt", "Mid-market", "csm-2", 300000, Date{}, LifecycleStage::onboarding);
    add("a4", "acme europe", "Enterprise", "csm-1", 2500000, Date::from_ymd(2027, 3, 1), LifecycleStage::expansion);
    ws.reindex();
    return ws;
}

std::vector<std::string> ids(const Workspace& ws, const std::vector<AccountIx>& rows) {
    std::vector<std::string> out;
    for (AccountIx i : rows) out.push_back(ws.accounts[i].id);
    return out;
}

std::vector<std::string> run(const Workspace& ws, AccountQuery q) {
    const Analysis a = analyse(ws, Date::from_ymd(2030, 1, 1));
    AccountSortKeys keys;
    build_sort_keys(ws, keys);
    std::vector<AccountIx> rows;
    query_accounts(ws, a, keys, q, rows);
    return ids(ws, rows);
}

}  // namespace

TEST_CASE("names sort case-insensitively, both directions") {
    const Workspace ws = four_accounts();
    CHECK(run(ws, {"", AccountColumn::name, false}) == std::vector<std::string>{"a2", "a4", "a1", "a3"});
    CHECK(run(ws, {"", AccountColumn::name, true}) == std::vector<std::string>{"a3", "a1", "a4", "a2"});
}

TEST_CASE("ARR sorts by amount with equal amounts tied by name") {
    const Workspace ws = four_accounts();
    // a2 and a4 both have ARR $300,000: "Acme Corp" before "acme europe" in either direction.
    CHECK(run(ws, {"", AccountColumn::arr, true}) == std::vector<std::string>{"a2", "a4", "a3", "a1"});
    CHECK(run(ws, {"", AccountColumn::arr, false}) == std::vector<std::string>{"a1", "a3", "a2", "a4"});
}

TEST_CASE("blank renewal dates and blank owners sort last in either direction") {
    const Workspace ws = four_accounts();
    CHECK(run(ws, {"", AccountColumn::renewal, false}) == std::vector<std::string>{"a2", "a1", "a4", "a3"});
    CHECK(run(ws, {"", AccountColumn::renewal, true}) == std::vector<std::string>{"a4", "a1", "a2", "a3"});
    // Owners sort by CSM name (Ben Carter < Zoe Adams), the unassigned account last.
    CHECK(run(ws, {"", AccountColumn::owner, false}) == std::vector<std::string>{"a3", "a2", "a4", "a1"});
    CHECK(run(ws, {"", AccountColumn::owner, true}) == std::vector<std::string>{"a2", "a4", "a3", "a1"});
}

TEST_CASE("stage sorts in journey order") {
    const Workspace ws = four_accounts();
    CHECK(run(ws, {"", AccountColumn::stage, false}) == std::vector<std::string>{"a3", "a1", "a2", "a4"});
}

TEST_CASE("the filter matches name, id, domain, segment and owner name, ignoring case") {
    const Workspace ws = four_accounts();
    CHECK(run(ws, {"ACME", AccountColumn::name, false}) == std::vector<std::string>{"a2", "a4"});
    CHECK(run(ws, {"a3.example", AccountColumn::name, false}) == std::vector<std::string>{"a3"});
    CHECK(run(ws, {"zoe", AccountColumn::name, false}) == std::vector<std::string>{"a2", "a4"});
    CHECK(run(ws, {"mid-MARKET", AccountColumn::name, false}) == std::vector<std::string>{"a3"});
    CHECK(run(ws, {"nothing like this", AccountColumn::name, false}).empty());
}

TEST_CASE("sort keys rank names, segments and owner names; blanks rank last") {
    const Workspace ws = four_accounts();
    AccountSortKeys keys;
    build_sort_keys(ws, keys);
    // Names: Acme Corp (a2) < acme europe (a4) < beta Labs (a1) < Cobalt (a3).
    CHECK(keys.name_rank == std::vector<uint32_t>{2, 0, 3, 1});
    // Segments: Enterprise < Mid-market < SMB.
    CHECK(keys.segment_rank == std::vector<uint32_t>{2, 0, 1, 0});
    // Owners by display name: Ben Carter < Zoe Adams; a1 is unassigned.
    CHECK(keys.owner_rank == std::vector<uint32_t>{UINT32_MAX, 1, 0, 1});
}

TEST_CASE("column names round-trip through text") {
    for (int c = 0; c < kAccountColumnCount; ++c) {
        AccountColumn parsed;
        REQUIRE(parse_enum(to_string(AccountColumn(c)), parsed));
        CHECK(parsed == AccountColumn(c));
    }
    AccountColumn unused;
    CHECK_FALSE(parse_enum("Name", unused));
}

TEST_CASE("name ranks follow case-folded order past the first eight letters, shorter first, index last") {
    Workspace ws;
    const std::vector<std::string> names = {"Northwind Traders", "northwind", "NORTHWIND TRADERS", "Northwind Trade",
                                            "Zeta",              "",          "Åland Oy",          "northwind traders b",
                                            "Northwin",          "a",         "Northwind Traders"};
    for (size_t i = 0; i < names.size(); ++i) {
        Account a;
        a.id = "a" + std::to_string(i);
        a.name = names[i];
        ws.accounts.push_back(a);
    }
    AccountSortKeys keys;
    build_sort_keys(ws, keys);
    // The reference: fold every byte, compare as unsigned bytes, shorter first, then the index.
    std::vector<uint32_t> order(names.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto folded = [&](uint32_t i) {
        std::string f = names[i];
        for (char& c : f) c = fold_ascii(c);
        return std::vector<unsigned char>(f.begin(), f.end());
    };
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
        const auto fx = folded(x), fy = folded(y);
        return fx != fy ? fx < fy : x < y;
    });
    for (uint32_t r = 0; r < order.size(); ++r) CHECK_MESSAGE(keys.name_rank[order[r]] == r, names[order[r]]);
    CHECK(keys.name_rank[0] < keys.name_rank[10]);  // equal names: the earlier account first
    CHECK(keys.name_rank[8] < keys.name_rank[1]);   // "Northwin" before "northwind"
}

TEST_CASE("the sort keys built a part at a time are the keys built at once") {
    const Workspace ws = generate_demo(DemoOptions{300});
    AccountSortKeys whole, parts;
    build_sort_keys(ws, whole);
    for (int p = kSortKeyParts - 1; p >= 0; --p) build_sort_keys(ws, parts, SortKeyPart(p));  // any order
    CHECK(parts.name_rank == whole.name_rank);
    CHECK(parts.segment_rank == whole.segment_rank);
    CHECK(parts.owner_rank == whole.owner_rank);
    CHECK(whole.name_rank.size() == 300);
}
