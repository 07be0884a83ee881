// Account notes search (core/voice/account_notes.hpp): case-insensitive substring over the text, the
// author and the account's name, newest first, optionally one account's only.
#include <doctest/doctest.h>

#include "core/workspace.hpp"

using namespace retain;

namespace {

Workspace notes_book() {
    Workspace ws;
    Account a;
    a.id = "A1";
    a.name = "Globex Corporation";
    ws.accounts.push_back(a);
    a.id = "A2";
    a.name = "Initech";
    ws.accounts.push_back(a);
    ws.reindex();
    ws.notes = {{"N-1", "A1", Date::from_ymd(2026, 1, 10), "csm-ana", "Champion left; need a new SPONSOR"},
                {"N-2", "A2", Date::from_ymd(2026, 3, 1), "csm-bo", "Renewal call went well"},
                {"N-3", "A1", Date::from_ymd(2026, 2, 5), "csm-bo", "QBR booked"},
                {"N-4", "A2", Date::from_ymd(2026, 2, 5), "csm-ana", "sponsor happy"}};
    return ws;
}

}  // namespace

TEST_CASE("notes search ignores case and looks in the text, the author and the account's name") {
    const Workspace ws = notes_book();
    CHECK(search_notes(ws, "sponsor") == std::vector<size_t>{3, 0});  // newest first: Feb 5, Jan 10
    CHECK(search_notes(ws, "CSM-BO") == std::vector<size_t>{1, 2});
    CHECK(search_notes(ws, "globex") == std::vector<size_t>{2, 0});
    CHECK(search_notes(ws, "nothing like this").empty());
}

TEST_CASE("an empty query gives every note newest first; same-day notes latest logged first") {
    const Workspace ws = notes_book();
    CHECK(search_notes(ws, "") == std::vector<size_t>{1, 3, 2, 0});
    CHECK(search_notes(ws, "", "A1") == std::vector<size_t>{2, 0});
    CHECK(search_notes(ws, "sponsor", "A2") == std::vector<size_t>{3});
}

TEST_CASE("notes search over 100,000 notes finds exactly the matching ones") {
    Workspace ws = notes_book();
    ws.notes.clear();
    for (int i = 0; i < 100000; ++i)
        ws.notes.push_back({"N-" + std::to_string(i), i % 2 ? "A1" : "A2", Date::from_ymd(2026, 1, 1 + i % 28), "csm",
                            i % 1000 == 7 ? "Asked about the Budget freeze" : "Weekly check-in, all good"});
    const std::vector<size_t> hits = search_notes(ws, "budget FREEZE");
    CHECK(hits.size() == 100);
    for (const size_t h : hits) CHECK(h % 1000 == 7);
    CHECK(search_notes(ws, "initech").size() == 50000);  // A2's name, every even note
}
