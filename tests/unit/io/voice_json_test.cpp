// Feedback items and account notes in the workspace file (io/voice_json.hpp): optional on read,
// round-trip byte for byte, bad values named by place.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "io/voice_json.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

Workspace with_voice() {
    Workspace ws;
    Account a;
    a.id = "ACC-1";
    a.name = "Acme";
    ws.accounts.push_back(a);
    ws.reindex();
    FeedbackItem f;
    f.id = "FB-1";
    f.account = "ACC-1";
    f.kind = FeedbackKind::competitor_mention;
    f.title = "Looking at \"Gainsight\"";
    f.detail = "Line one\nline two";
    f.area = "Pricing";
    f.status = FeedbackStatus::under_review;
    f.date = Date::from_ymd(2026, 4, 2);
    f.author = "csm-1";
    f.competitor = "Gainsight";
    ws.feedback.push_back(f);
    f.id = "FB-2";
    f.kind = FeedbackKind::feature_request;
    f.title = "Dark mode";
    f.request = "night theme";
    f.competitor.clear();
    ws.feedback.push_back(f);
    ws.notes.push_back({"N-1", "ACC-1", Date::from_ymd(2026, 4, 3), "csm-1", "Called the sponsor, ünïcode ok"});
    return ws;
}

}  // namespace

TEST_CASE("feedback and notes round-trip byte for byte, and a file without them has none") {
    const std::string once = save_workspace_json(with_voice());
    CHECK(once.find("\"feedback\"") != std::string::npos);
    CHECK(once.find("\"notes\"") != std::string::npos);
    Workspace back;
    std::string error;
    REQUIRE(load_workspace_json(once, back, error));
    REQUIRE(back.feedback.size() == 2);
    const FeedbackItem& f = back.feedback[0];
    CHECK(f.id == "FB-1");
    CHECK(f.kind == FeedbackKind::competitor_mention);
    CHECK(f.title == "Looking at \"Gainsight\"");
    CHECK(f.detail == "Line one\nline two");
    CHECK(f.status == FeedbackStatus::under_review);
    CHECK(f.date == Date::from_ymd(2026, 4, 2));
    CHECK(f.competitor == "Gainsight");
    CHECK(f.request.empty());
    CHECK(back.feedback[1].request == "night theme");
    REQUIRE(back.notes.size() == 1);
    CHECK(back.notes[0].text == "Called the sponsor, ünïcode ok");
    CHECK(save_workspace_json(back) == once);

    Workspace none = with_voice();
    none.feedback.clear();
    none.notes.clear();
    const std::string plain = save_workspace_json(none);
    CHECK(plain.find("\n\"feedback\":") == std::string::npos);
    CHECK(plain.find("\n\"notes\":") == std::string::npos);  // the key; touchpoints have a "notes" column
    Workspace read;
    REQUIRE(load_workspace_json(plain, read, error));
    CHECK(read.feedback.empty());
    CHECK(read.notes.empty());
}

TEST_CASE("bad feedback and notes are refused with their place") {
    using nlohmann::json;
    std::vector<FeedbackItem> items;
    std::vector<AccountNote> notes;
    std::string error;
    CHECK_FALSE(feedback_list_from_json(
        json::parse(R"([{"id":"F1","account":"A","title":"x","date":"2026-01-01","kind":"wish"}])"), "feedback", items, error));
    CHECK(error == "feedback[0].kind: unknown value \"wish\"");
    CHECK_FALSE(feedback_list_from_json(json::parse(R"([{"id":"F1","account":"A","date":"2026-01-01"}])"), "feedback",
                                        items, error));
    CHECK(error == "feedback[0]: a feedback item needs an id, an account, a title and a date");
    CHECK_FALSE(feedback_list_from_json(
        json::parse(R"([{"id":"F1","account":"A","title":"x","date":"2026-01-01"},{"id":"F1","account":"A","title":"y","date":"2026-01-02"}])"),
        "feedback", items, error));
    CHECK(error == "feedback[1]: a second row with id \"F1\"");
    CHECK_FALSE(feedback_list_from_json(
        json::parse(R"([{"id":"F1","account":"A","title":"x","date":"2026-01-01","votes":3}])"), "feedback", items, error));
    CHECK(error == "feedback[0]: unknown key \"votes\"");
    CHECK_FALSE(notes_from_json(json::parse(R"([{"id":"N1","account":"A","date":"2026-13-01","text":"x"}])"), "notes",
                                notes, error));
    CHECK(error.find("notes[0].date: expected a date") == 0);
    CHECK_FALSE(notes_from_json(json::parse(R"({"id":"N1"})"), "notes", notes, error));
    CHECK(error == "notes: expected a list of notes, got object");
    CHECK(items.empty());
    CHECK(notes.empty());
    REQUIRE(feedback_list_from_json(json::parse(R"([{"id":"F1","account":"A","title":"x","date":"2026-01-01"}])"),
                                    "feedback", items, error));
    REQUIRE(items.size() == 1);
    CHECK(items[0].kind == FeedbackKind::feature_request);  // absent kind and status keep the defaults
    CHECK(items[0].status == FeedbackStatus::new_item);
}

TEST_CASE("a workspace file with a bad feedback list does not load and says where") {
    Workspace ws;
    std::string error;
    std::string text = save_workspace_json(with_voice());
    const std::string kind = "\"kind\":\"feature_request\"";
    const size_t at = text.find(kind);
    REQUIRE(at != std::string::npos);
    text.replace(at, kind.size(), "\"kind\":\"feature_wish\"");
    CHECK_FALSE(load_workspace_json(text, ws, error));
    CHECK(error.find("feedback[1].kind") != std::string::npos);
}
