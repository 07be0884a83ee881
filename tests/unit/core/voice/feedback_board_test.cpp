// The product board (core/voice/feedback_board.hpp): requests grouped by key, distinct accounts, ARR and
// ARR at risk, the two rankings with their tie-breaks, and the filters. Every number is worked out by
// hand from the small book below.
#include <doctest/doctest.h>

#include "core/voice/feedback_board.hpp"
#include "core/workspace.hpp"

using namespace retain;

namespace {

// Accounts A0..A3 with ARR 1000, 500, 300, 200 (minor units) and colors green, red, yellow, none.
struct BoardBook {
    Workspace ws;
    std::vector<Money> arr{Money(1000), Money(500), Money(300), Money(200)};
    std::vector<HealthColor> colors{HealthColor::green, HealthColor::red, HealthColor::yellow, HealthColor::none};
};

FeedbackItem item(const char* id, const char* account, const char* title, FeedbackKind kind = FeedbackKind::feature_request,
                  const char* area = "", FeedbackStatus status = FeedbackStatus::new_item, int day = 1) {
    FeedbackItem f;
    f.id = id;
    f.account = account;
    f.title = title;
    f.kind = kind;
    f.area = area;
    f.status = status;
    f.date = Date::from_ymd(2026, 3, day);
    return f;
}

BoardBook board_book() {
    BoardBook b;
    for (int i = 0; i < 4; ++i) {
        Account a;
        a.id = "A" + std::to_string(i);
        a.name = "Account " + std::to_string(i);
        b.ws.accounts.push_back(a);
    }
    b.ws.reindex();
    // "SSO": A1 twice (counts once), A2 and A3 -> 3 accounts, ARR 500+300+200 = 1000, at risk 500+300 = 800.
    // "Exports": A0 -> 1 account, ARR 1000, at risk 0.
    // "Dark mode": A1, A3 -> 2 accounts, ARR 700, at risk 500.
    b.ws.feedback = {item("F1", "A1", "SSO", FeedbackKind::feature_request, "Security", FeedbackStatus::planned, 5),
                     item("F2", "A1", "sso!", FeedbackKind::feature_request, "Security", FeedbackStatus::new_item, 2),
                     item("F3", "A2", "  SSO ", FeedbackKind::pain_point, "Admin", FeedbackStatus::under_review, 9),
                     item("F4", "A3", "Sso", FeedbackKind::feature_request, "Admin", FeedbackStatus::new_item, 7),
                     item("F5", "A0", "Exports", FeedbackKind::bug, "Reporting", FeedbackStatus::new_item, 3),
                     item("F6", "A1", "Dark mode", FeedbackKind::feature_request, "UI", FeedbackStatus::shipped, 4),
                     item("F7", "A3", "Dark mode", FeedbackKind::feature_request, "UI", FeedbackStatus::declined, 6)};
    return b;
}

}  // namespace

TEST_CASE("a title's request key ignores case, punctuation and spacing") {
    CHECK(normalize_request_key("  SSO / Okta login!") == "sso okta login");
    CHECK(normalize_request_key("Export-to-CSV") == "export to csv");
    CHECK(normalize_request_key("?!") == "");
    FeedbackItem f;
    f.title = "Dark Mode";
    CHECK(request_key(f) == "dark mode");
    f.request = "night theme";  // attached to another request
    CHECK(request_key(f) == "night theme");
}

TEST_CASE("the board counts distinct accounts, their ARR and the ARR of red and yellow accounts") {
    const BoardBook b = board_book();
    const FeedbackBoard board = build_feedback_board(b.ws, b.arr, b.colors, {}, BoardRank::accounts);
    REQUIRE(board.requests.size() == 3);
    CHECK(board.total_requests == 3);
    CHECK(board.items == 7);
    const FeedbackRequest& sso = board.requests[0];
    CHECK(sso.key == "sso");
    CHECK(sso.accounts.size() == 3);
    CHECK(sso.items.size() == 4);
    CHECK(sso.arr == Money(1000));
    CHECK(sso.arr_at_risk == Money(800));
    CHECK(sso.at_risk_accounts == 2);
    CHECK(sso.title == "sso!");  // the earliest item's title (March 2)
    CHECK(sso.kind == FeedbackKind::feature_request);  // 3 of 4 items
    CHECK(sso.area == "Admin");  // Admin 2, Security 2: the alphabetically first wins the tie
    CHECK(sso.status == FeedbackStatus::planned);  // the furthest status among its items
    CHECK(sso.first == Date::from_ymd(2026, 3, 2));
    CHECK(sso.last == Date::from_ymd(2026, 3, 9));
    // Accounts behind it, largest ARR first.
    CHECK(sso.accounts == std::vector<AccountIx>{1, 2, 3});
    CHECK(board.requests[1].key == "dark mode");
    CHECK(board.requests[1].arr == Money(700));
    CHECK(board.requests[1].arr_at_risk == Money(500));
    CHECK(board.requests[1].status == FeedbackStatus::declined);
    CHECK(board.requests[2].key == "exports");
    CHECK(board.requests[2].arr_at_risk == Money(0));
}

TEST_CASE("ranked by ARR, a one-account request with more ARR comes first; ties fall to accounts, then the key") {
    BoardBook b = board_book();
    FeedbackBoard board = build_feedback_board(b.ws, b.arr, b.colors, {}, BoardRank::arr);
    REQUIRE(board.requests.size() == 3);
    // SSO 1000 (3 accounts) and Exports 1000 (1 account) tie on ARR: more accounts first. Dark mode 700.
    CHECK(board.requests[0].key == "sso");
    CHECK(board.requests[1].key == "exports");
    CHECK(board.requests[2].key == "dark mode");
    // Equal on both: the key decides, so the order never depends on the list's order.
    b.ws.feedback = {item("F1", "A2", "Zebra"), item("F2", "A2", "Apple")};
    board = build_feedback_board(b.ws, b.arr, b.colors, {}, BoardRank::accounts);
    REQUIRE(board.requests.size() == 2);
    CHECK(board.requests[0].key == "apple");
    CHECK(board.requests[1].key == "zebra");
}

TEST_CASE("the board's filters act on the request's kind, status and area") {
    const BoardBook b = board_book();
    BoardFilter f;
    f.kind = FeedbackKind::bug;
    FeedbackBoard board = build_feedback_board(b.ws, b.arr, b.colors, f, BoardRank::accounts);
    REQUIRE(board.requests.size() == 1);
    CHECK(board.requests[0].key == "exports");
    CHECK(board.total_requests == 3);
    f = {};
    f.status = FeedbackStatus::planned;
    board = build_feedback_board(b.ws, b.arr, b.colors, f, BoardRank::accounts);
    REQUIRE(board.requests.size() == 1);
    CHECK(board.requests[0].key == "sso");
    f = {};
    f.area = "UI";
    board = build_feedback_board(b.ws, b.arr, b.colors, f, BoardRank::accounts);
    REQUIRE(board.requests.size() == 1);
    CHECK(board.requests[0].key == "dark mode");
    CHECK(board.areas == std::vector<std::string>{"Admin", "Reporting", "UI"});
}

TEST_CASE("an item attached to another request counts there, and unknown accounts are left out and counted") {
    BoardBook b = board_book();
    b.ws.feedback[4].request = "sso";  // A0's "Exports" merged into SSO
    b.ws.feedback.push_back(item("F8", "GONE", "SSO"));
    const FeedbackBoard board = build_feedback_board(b.ws, b.arr, b.colors, {}, BoardRank::arr);
    REQUIRE(board.requests.size() == 2);
    CHECK(board.requests[0].key == "sso");
    CHECK(board.requests[0].accounts.size() == 4);
    CHECK(board.requests[0].arr == Money(2000));
    CHECK(board.requests[0].arr_at_risk == Money(800));
    CHECK(board.unknown_account_items == 1);
    CHECK(board.items == 7);
}

TEST_CASE("an empty workspace gives an empty board") {
    const Workspace ws;
    const FeedbackBoard board = build_feedback_board(ws, {}, {}, {}, BoardRank::accounts);
    CHECK(board.requests.empty());
    CHECK(board.total_requests == 0);
}
