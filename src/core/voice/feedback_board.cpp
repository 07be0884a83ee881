#include "core/voice/feedback_board.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "core/workspace.hpp"

namespace retain {
namespace {

// Requests are built in two passes: items are bucketed by key, then each bucket is summarized.
struct Bucket {
    std::vector<size_t> items;
};

bool at_risk(const std::vector<HealthColor>& colors, AccountIx a) {
    return a < colors.size() && (colors[a] == HealthColor::red || colors[a] == HealthColor::yellow);
}

Money arr_of(const std::vector<Money>& arr, AccountIx a) { return a < arr.size() ? arr[a] : Money(); }

FeedbackRequest summarize(const Workspace& ws, const std::string& key, const std::vector<size_t>& items,
                          const std::vector<AccountIx>& item_account, const std::vector<Money>& arr,
                          const std::vector<HealthColor>& colors) {
    FeedbackRequest r;
    r.key = key;
    r.items = items;
    std::array<int32_t, kFeedbackKindCount> kinds{};
    std::map<std::string, int32_t> areas;
    size_t earliest = items.front();
    for (const size_t i : items) {
        const FeedbackItem& f = ws.feedback[i];
        ++kinds[size_t(f.kind)];
        if (!f.area.empty()) ++areas[f.area];
        if (size_t(f.status) > size_t(r.status)) r.status = f.status;
        if (f.date.ok()) {
            if (!r.first.ok() || f.date < r.first) r.first = f.date;
            if (!r.last.ok() || f.date > r.last) r.last = f.date;
        }
        const Date e = ws.feedback[earliest].date;
        if (f.date.ok() && (!e.ok() || f.date < e)) earliest = i;
        if (f.kind == FeedbackKind::competitor_mention && !f.competitor.empty()) r.competitors.push_back(f.competitor);
        r.accounts.push_back(item_account[i]);
    }
    r.title = ws.feedback[earliest].title;
    r.kind = FeedbackKind(std::max_element(kinds.begin(), kinds.end()) - kinds.begin());  // first max: lower kind
    int32_t best = 0;
    for (const auto& kv : areas)  // map order: the alphabetically first wins a tie
        if (kv.second > best) { best = kv.second; r.area = kv.first; }
    std::sort(r.competitors.begin(), r.competitors.end());
    r.competitors.erase(std::unique(r.competitors.begin(), r.competitors.end()), r.competitors.end());
    std::sort(r.accounts.begin(), r.accounts.end());
    r.accounts.erase(std::unique(r.accounts.begin(), r.accounts.end()), r.accounts.end());
    for (const AccountIx a : r.accounts) {
        r.arr += arr_of(arr, a);
        if (at_risk(colors, a)) {
            r.arr_at_risk += arr_of(arr, a);
            ++r.at_risk_accounts;
        }
    }
    std::sort(r.accounts.begin(), r.accounts.end(), [&](AccountIx x, AccountIx y) {
        const Money ax = arr_of(arr, x), ay = arr_of(arr, y);
        return ax != ay ? ay < ax : x < y;
    });
    return r;
}

bool passes(const FeedbackRequest& r, const BoardFilter& f) {
    if (f.kind && r.kind != *f.kind) return false;
    if (f.status && r.status != *f.status) return false;
    return f.area.empty() || r.area == f.area;
}

}  // namespace

FeedbackBoard build_feedback_board(const Workspace& ws, const std::vector<Money>& arr,
                                   const std::vector<HealthColor>& colors, const BoardFilter& filter, BoardRank rank) {
    FeedbackBoard board;
    std::vector<AccountIx> item_account(ws.feedback.size(), kNoAccount);
    std::map<std::string, Bucket> buckets;  // key order: a deterministic start for the ranking
    for (size_t i = 0; i < ws.feedback.size(); ++i) {
        item_account[i] = ws.find_account(ws.feedback[i].account);
        if (item_account[i] == kNoAccount) {
            ++board.unknown_account_items;
            continue;
        }
        buckets[request_key(ws.feedback[i])].items.push_back(i);
        ++board.items;
    }
    board.total_requests = int32_t(buckets.size());
    for (const auto& kv : buckets) {
        FeedbackRequest r = summarize(ws, kv.first, kv.second.items, item_account, arr, colors);
        if (!r.area.empty()) board.areas.push_back(r.area);
        if (passes(r, filter)) board.requests.push_back(std::move(r));
    }
    std::sort(board.areas.begin(), board.areas.end());
    board.areas.erase(std::unique(board.areas.begin(), board.areas.end()), board.areas.end());
    auto ranked_before = [rank](const FeedbackRequest& x, const FeedbackRequest& y) {
        const size_t nx = x.accounts.size(), ny = y.accounts.size();
        if (rank == BoardRank::arr) {
            if (x.arr != y.arr) return y.arr < x.arr;
            if (nx != ny) return nx > ny;
        } else {
            if (nx != ny) return nx > ny;
            if (x.arr != y.arr) return y.arr < x.arr;
        }
        return x.key < y.key;
    };
    std::sort(board.requests.begin(), board.requests.end(), ranked_before);
    return board;
}

}  // namespace retain
