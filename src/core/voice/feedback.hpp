// Voice of the customer: what customers ask for and say, per account (docs/workspace-format.md
// "feedback"). Each item is one thing one account said; items that ask for the same thing form one
// request on the product board (feedback_board.hpp). Which request an item belongs to is its `request`
// key when set (the user attached it to a request: feedback.merge), else its normalized title, so "SSO
// login" and "sso  login." land together without anyone merging them.
#pragma once
#include <cstdint>
#include <string>

#include "core/date.hpp"

namespace retain {

enum class FeedbackKind : uint8_t { feature_request, bug, pain_point, competitor_mention, praise };
constexpr int kFeedbackKindCount = 5;
// The order is the workflow's: a request's status on the board is the furthest its items reached.
enum class FeedbackStatus : uint8_t { new_item, under_review, planned, shipped, declined };
constexpr int kFeedbackStatusCount = 5;

struct FeedbackItem {
    std::string id;          // stable: "FB-12"
    std::string account;     // Account::id
    FeedbackKind kind = FeedbackKind::feature_request;
    std::string title;       // the request in a few words: "SSO with Okta"
    std::string request;     // the request key it was attached to ("" = its normalized title)
    std::string detail;      // what the customer said, in full
    std::string area;        // product area: "Reporting", "Integrations", ...
    FeedbackStatus status = FeedbackStatus::new_item;
    Date date;
    std::string author;      // CSM id of who logged it
    std::string competitor;  // competitor mentions: who they named
};

const char* to_string(FeedbackKind k);     // "feature_request"
const char* to_string(FeedbackStatus s);   // "new", "under_review", ...
const char* feedback_kind_label(FeedbackKind k);      // "Feature request"
const char* feedback_status_label(FeedbackStatus s);  // "Under review"
bool parse_enum(const std::string& text, FeedbackKind& out);
bool parse_enum(const std::string& text, FeedbackStatus& out);

// The grouping key of a title: lower case, runs of anything but letters and digits become one space,
// no leading or trailing space ("  SSO / Okta login!" -> "sso okta login"). Bytes >= 0x80 (UTF-8) are
// kept as they are, so non-English titles group by their exact letters.
std::string normalize_request_key(const std::string& title);
// The request an item belongs to: its `request` when set, else its normalized title.
std::string request_key(const FeedbackItem& item);

}  // namespace retain
