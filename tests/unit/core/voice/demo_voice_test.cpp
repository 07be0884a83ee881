// The demo's voice of the customer (core/demo_voice.hpp): a few dozen requests across the accounts, some
// asked for by red and yellow accounts, competitor mentions from struggling accounts only, notes written
// by the accounts' CSMs, every row dated within the account's life and named by a stable id.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/analysis.hpp"
#include "core/demo_generator.hpp"
#include "core/voice/feedback_board.hpp"

using namespace retain;

namespace {

const Workspace& demo() {
    static const Workspace ws = generate_demo(DemoOptions{});
    return ws;
}

bool struggling(const Account& a) {
    return a.status == AccountStatus::churned || std::find(a.tags.begin(), a.tags.end(), "at-risk") != a.tags.end();
}

}  // namespace

TEST_CASE("the demo's feedback names real accounts, is dated within their life and has stable ids") {
    const Workspace& ws = demo();
    REQUIRE(ws.feedback.size() > 100);
    std::set<std::string> keys;
    for (size_t i = 0; i < ws.feedback.size(); ++i) {
        const FeedbackItem& f = ws.feedback[i];
        CHECK(f.id == "FB-" + std::to_string(i + 1));
        const AccountIx a = ws.find_account(f.account);
        REQUIRE(a != kNoAccount);
        const Account& acc = ws.accounts[a];
        CHECK(f.date <= ws.settings.as_of);
        CHECK(f.date >= acc.contract_start);
        if (acc.status == AccountStatus::churned) CHECK(f.date <= acc.churn_date);
        if (f.kind == FeedbackKind::competitor_mention) {
            CHECK(struggling(acc));
            CHECK_FALSE(f.competitor.empty());
        }
        if (i > 0) CHECK(ws.feedback[i - 1].date <= f.date);
        keys.insert(request_key(f));
    }
    CHECK(keys.size() >= 24);  // a few dozen requests
    CHECK(keys.size() <= 40);
}

TEST_CASE("the demo's notes are written by the accounts' CSMs") {
    const Workspace& ws = demo();
    REQUIRE(ws.notes.size() > 50);
    for (size_t i = 0; i < ws.notes.size(); ++i) {
        const AccountNote& n = ws.notes[i];
        CHECK(n.id == "N-" + std::to_string(i + 1));
        const AccountIx a = ws.find_account(n.account);
        REQUIRE(a != kNoAccount);
        CHECK(n.author == ws.accounts[a].owner);
        CHECK_FALSE(n.author.empty());
        CHECK_FALSE(n.text.empty());
    }
}

TEST_CASE("on the demo's board the top requests span many accounts and some ARR is at risk") {
    const Workspace& ws = demo();
    const Analysis a = analyse(ws, ws.settings.as_of);
    std::vector<Money> arr;
    for (const AccountFacts& f : a.accounts) arr.push_back(f.arr);
    const FeedbackBoard board = build_feedback_board(ws, arr, a.health.color, {}, BoardRank::accounts);
    REQUIRE(board.requests.size() >= 24);
    CHECK(board.requests[0].accounts.size() >= 10);
    CHECK(board.unknown_account_items == 0);
    int32_t with_risk = 0;
    for (const FeedbackRequest& r : board.requests) with_risk += r.arr_at_risk.minor > 0;
    CHECK(with_risk >= 5);
}
