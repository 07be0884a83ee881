#include "app/undo.hpp"

#include <utility>

namespace retain {
namespace {

// One line per part: what it holds. copy, swap and size all go through this list, so a new part is
// one more line here (and a bit in undo.hpp).
template <typename A, typename B, typename F>
void for_each_part(A& a, B& b, WorkspaceParts parts, F&& f) {
    if (parts & kPartSettings) f(a.settings, b.settings);
    if (parts & kPartCsms) f(a.csms, b.csms);
    if (parts & kPartAccounts) f(a.accounts, b.accounts);
    if (parts & kPartContacts) f(a.contacts, b.contacts);
    if (parts & kPartRevenue) { f(a.subscriptions, b.subscriptions); f(a.mrr, b.mrr); }
    if (parts & kPartUsage) { f(a.usage, b.usage); f(a.key_features, b.key_features); }
    if (parts & kPartTickets) f(a.tickets, b.tickets);
    if (parts & kPartSurveys) f(a.surveys, b.surveys);
    if (parts & kPartTouchpoints) f(a.touchpoints, b.touchpoints);
    if (parts & kPartPresets) f(a.mapping_presets, b.mapping_presets);
    if (parts & kPartScorecard) f(a.scorecard, b.scorecard);
    if (parts & kPartOverrides) f(a.health_overrides, b.health_overrides);
    if (parts & kPartMetricSettings) f(a.metric_settings, b.metric_settings);
    if (parts & kPartSegmentRules) f(a.segment_rules, b.segment_rules);
    if (parts & kPartTeamSettings) f(a.team_settings, b.team_settings);
    if (parts & kPartPlaybooks) f(a.playbooks, b.playbooks);
    if (parts & kPartTasks) f(a.tasks, b.tasks);
    if (parts & kPartRenewalOutcomes) f(a.renewal_outcomes, b.renewal_outcomes);
    if (parts & kPartFeedback) f(a.feedback, b.feedback);
    if (parts & kPartNotes) f(a.notes, b.notes);
    if (parts & kPartProgram) f(a.program, b.program);
    if (parts & kPartJourney) f(a.journey, b.journey);
    if (parts & kPartSuccessPlans) f(a.success_plans, b.success_plans);
    if (parts & kPartHandoffs) f(a.handoffs, b.handoffs);
}

template <typename T>
size_t table_bytes(const std::vector<T>& rows) { return rows.capacity() * sizeof(T); }
template <typename T>
size_t table_bytes(const T&) { return sizeof(T); }
// Rows that hold text or lists own heap memory beyond sizeof; count it roughly as much again.
size_t table_bytes(const std::vector<Account>& rows) { return rows.capacity() * sizeof(Account) * 2; }
size_t table_bytes(const std::vector<Contact>& rows) { return rows.capacity() * sizeof(Contact) * 2; }

}  // namespace

void copy_parts(const Workspace& from, Workspace& to, WorkspaceParts parts) {
    for_each_part(from, to, parts, [](const auto& src, auto& dst) { dst = src; });
}

void swap_parts(Workspace& a, Workspace& b, WorkspaceParts parts) {
    for_each_part(a, b, parts, [](auto& x, auto& y) { std::swap(x, y); });
    if (parts & kPartAccounts) a.reindex();
}

size_t parts_bytes(const Workspace& ws, WorkspaceParts parts) {
    size_t bytes = 0;
    for_each_part(ws, ws, parts, [&](const auto& x, const auto&) { bytes += table_bytes(x); });
    return bytes;
}

void UndoHistory::record(UndoEntry entry) {
    redo.clear();
    undo.push_back(std::move(entry));
    size_t total = 0;
    for (const UndoEntry& e : undo) total += e.bytes;
    size_t drop = 0;
    while (undo.size() - drop > 1 && (total > budget_bytes || undo.size() - drop > max_entries)) {
        total -= undo[drop].bytes;
        ++drop;
    }
    undo.erase(undo.begin(), undo.begin() + std::ptrdiff_t(drop));
}

}  // namespace retain
