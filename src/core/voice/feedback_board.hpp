// The product board (docs/metrics.md "Feedback board"): feedback items grouped into requests (by
// request_key), each with the distinct accounts behind it, their ARR and the ARR at risk among them,
// ranked the way the user picked. The one definition of these numbers: the view, the CSV export and the
// reports all read a FeedbackBoard.
//
//   accounts(request)    = |{ distinct accounts with an item in the request }|
//   ARR(request)         = Σ over those accounts of ARR (12 × MRR in the as-of month)
//   ARR at risk(request) = Σ over those accounts whose health color is red or yellow of their ARR
// Ranked by accounts: accounts desc, then ARR desc, then key asc. By ARR: ARR desc, then accounts desc,
// then key asc (the key makes ties stable).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/health/scorecard.hpp"
#include "core/money.hpp"
#include "core/voice/feedback.hpp"

namespace retain {

struct Workspace;
using AccountIx = uint32_t;

enum class BoardRank : uint8_t { accounts, arr };

struct BoardFilter {
    std::optional<FeedbackKind> kind;      // the request's kind
    std::optional<FeedbackStatus> status;  // the request's status
    std::string area;                      // the request's product area; "" = every area
};

struct FeedbackRequest {
    std::string key;      // request_key of its items
    std::string title;    // the title of its earliest item (ties: first in the list)
    FeedbackKind kind = FeedbackKind::feature_request;  // the kind most of its items have (ties: lower kind)
    std::string area;     // the area most of its items name (ties: alphabetical; "" when none names one)
    FeedbackStatus status = FeedbackStatus::new_item;   // the furthest status among its items
    std::vector<size_t> items;         // indices into Workspace::feedback
    std::vector<AccountIx> accounts;   // distinct, by ARR desc then index
    Money arr;
    Money arr_at_risk;
    int32_t at_risk_accounts = 0;      // accounts red or yellow
    Date first;                        // earliest and latest item dates
    Date last;
    std::vector<std::string> competitors;  // named in its competitor mentions, distinct, sorted
};

struct FeedbackBoard {
    std::vector<FeedbackRequest> requests;  // filtered and ranked
    int32_t total_requests = 0;             // before the filter
    int32_t items = 0;                      // items on the board (before the filter)
    int32_t unknown_account_items = 0;      // items naming an account the workspace does not have: left out
    std::vector<std::string> areas;         // every request's area, distinct, sorted (for the filter)
};

// `arr` and `colors` are per workspace account (Analysis::accounts' ARR, HealthScores::color); an account
// beyond their end has no ARR and no color.
FeedbackBoard build_feedback_board(const Workspace& ws, const std::vector<Money>& arr,
                                   const std::vector<HealthColor>& colors, const BoardFilter& filter, BoardRank rank);

}  // namespace retain
