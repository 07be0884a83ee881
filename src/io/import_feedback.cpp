// Imported feedback rows (import_detail.hpp): repeats dropped when planning, then appended to the
// workspace's feedback with their account's id and the next free "FB-n" ids, skipping items equal to one
// already there (an export imported twice adds nothing).
#include <set>
#include <tuple>

#include "core/voice/row_ids.hpp"
#include "io/import_detail.hpp"

namespace retain::import_detail {
namespace {

// What makes two items the same feedback: everything the customer said and when, not the workflow
// fields (status, author) a later export may have moved on.
using FeedbackKey = std::tuple<std::string, int32_t, int, std::string, std::string, std::string, std::string>;

FeedbackKey key_of(const std::string& account, const FeedbackItem& f) {
    return {account, f.date.days(), int(f.kind), f.title, f.detail, f.area, f.competitor};
}

}  // namespace

size_t drop_repeated_feedback(std::vector<StagedFeedback>& rows) {
    std::set<FeedbackKey> seen;
    size_t kept = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!seen.insert(key_of(std::to_string(rows[i].account), rows[i].item)).second) continue;
        if (kept != i) rows[kept] = std::move(rows[i]);
        ++kept;
    }
    const size_t dropped = rows.size() - kept;
    rows.resize(kept);
    return dropped;
}

void append_feedback(const std::vector<StagedFeedback>& rows, Workspace& ws, const std::vector<AccountIx>& account_of,
                     EntityCounts& counts) {
    if (rows.empty()) return;
    std::set<FeedbackKey> existing;
    for (const FeedbackItem& f : ws.feedback) existing.insert(key_of(f.account, f));
    uint64_t next = largest_row_number(ws.feedback, "FB-", [](const FeedbackItem& f) -> const std::string& { return f.id; });
    for (const StagedFeedback& s : rows) {
        FeedbackItem f = s.item;
        f.account = ws.accounts[account_of[s.account]].id;
        if (existing.count(key_of(f.account, f))) {
            ++counts.skip;
            continue;
        }
        f.id = "FB-" + std::to_string(++next);
        ws.feedback.push_back(std::move(f));
        ++counts.add;
    }
}

void count_feedback(const std::vector<StagedFeedback>& rows, const std::vector<FeedbackItem>& existing_items,
                    const std::vector<std::string>& account_ids, EntityCounts& counts) {
    if (rows.empty()) return;
    std::set<FeedbackKey> existing;
    for (const FeedbackItem& f : existing_items) existing.insert(key_of(f.account, f));
    for (const StagedFeedback& s : rows) ++(existing.count(key_of(account_ids[s.account], s.item)) ? counts.skip : counts.add);
}

}  // namespace retain::import_detail
