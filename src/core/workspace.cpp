#include "core/workspace.hpp"

#include <algorithm>

#include "core/enum_names.hpp"

namespace retain {

AccountIx Workspace::find_account(const std::string& id) const {
    const auto it = account_index.find(id);
    return it == account_index.end() ? kNoAccount : it->second;
}

const Csm* Workspace::find_csm(const std::string& id) const {
    for (const Csm& c : csms)
        if (c.id == id) return &c;
    return nullptr;
}

bool Workspace::reindex(std::string* duplicate) {
    account_index.clear();
    account_index.reserve(accounts.size());
    bool unique = true;
    for (AccountIx i = 0; i < AccountIx(accounts.size()); ++i) {
        if (!account_index.emplace(accounts[i].id, i).second && unique) {
            unique = false;
            if (duplicate) *duplicate = accounts[i].id;
        }
    }
    return unique;
}

namespace {
// Stable sort by (account, date): a counting sort by account (linear: a million usage rows over 100,000
// accounts), then each account's range by date, which is one check when the file listed them in date
// order, as exports do. Same order as std::stable_sort on (account, date): both keep equal rows in
// their order.
template <typename Row, typename DateOf>
void sort_by_account_then(std::vector<Row>& rows, size_t accounts, DateOf date_of) {
    const auto before = [&](const Row& a, const Row& b) {
        if (a.account != b.account) return a.account < b.account;
        return date_of(a) < date_of(b);
    };
    // Tables loaded from a saved file or made by the generator are already in order: checking is one
    // pass, while sorting would allocate a copy of the table (hundreds of MB at 100k accounts).
    if (std::is_sorted(rows.begin(), rows.end(), before)) return;
    const bool countable = rows.size() < UINT32_MAX &&
                           std::all_of(rows.begin(), rows.end(), [&](const Row& r) { return size_t(r.account) < accounts; });
    if (!countable) {
        // stable: rows on the same account and date keep their file order, so a round trip is exact.
        std::stable_sort(rows.begin(), rows.end(), before);
        return;
    }
    std::vector<size_t> start(accounts + 1, 0);
    for (const Row& r : rows) ++start[size_t(r.account) + 1];
    for (size_t a = 0; a < accounts; ++a) start[a + 1] += start[a];
    // Each row's place in the counting sort (stable: one account's rows keep their order), then the rows
    // moved there in place by following the permutation's cycles: 4 bytes a row rather than a sorted copy
    // of the table (48 MB at a million usage rows, on top of the import's staged rows: the commit's peak).
    std::vector<uint32_t> place(rows.size());
    {
        std::vector<size_t> next(start.begin(), start.end() - 1);
        for (size_t i = 0; i < rows.size(); ++i) place[i] = uint32_t(next[size_t(rows[i].account)]++);
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        while (place[i] != i) {  // each swap puts one row where it belongs
            const uint32_t to = place[i];
            std::swap(rows[i], rows[to]);
            std::swap(place[i], place[to]);
        }
    }
    const auto by_date = [&](const Row& a, const Row& b) { return date_of(a) < date_of(b); };
    for (size_t a = 0; a < accounts; ++a) {
        const auto first = rows.begin() + std::ptrdiff_t(start[a]), last = rows.begin() + std::ptrdiff_t(start[a + 1]);
        if (!std::is_sorted(first, last, by_date)) std::stable_sort(first, last, by_date);
    }
}
}  // namespace

void Workspace::sort_rows() {
    sort_by_account_then(contacts, accounts.size(), [](const Contact&) { return 0; });
    sort_by_account_then(subscriptions, accounts.size(), [](const SubscriptionPeriod& r) { return r.start; });
    sort_by_account_then(mrr, accounts.size(), [](const MrrSnapshot& r) { return r.month; });
    sort_by_account_then(usage, accounts.size(), [](const UsageSample& r) { return r.date; });
    sort_by_account_then(tickets, accounts.size(), [](const Ticket& r) { return r.opened; });
    sort_by_account_then(surveys, accounts.size(), [](const SurveyResponse& r) { return r.date; });
    sort_by_account_then(touchpoints, accounts.size(), [](const Touchpoint& r) { return r.date; });
}

namespace {
const char* const kAccountStatus[] = {"active", "churned"};
const char* const kStage[] = {"onboarding", "adoption", "value_realization", "renewal", "expansion", "advocacy"};
const char* const kStageLabel[] = {"Onboarding", "Adoption", "Value realization", "Renewal", "Expansion", "Advocacy"};
const char* const kInterval[] = {"month", "year"};
const char* const kPriority[] = {"low", "normal", "high", "urgent"};
const char* const kTicketStatus[] = {"open", "pending", "solved", "closed"};
const char* const kSatisfaction[] = {"none", "good", "bad"};
const char* const kSurvey[] = {"nps", "csat", "ces"};
const char* const kTouchpoint[] = {"call", "email", "meeting", "qbr", "training"};
}  // namespace

const char* to_string(AccountStatus s) { return kAccountStatus[int(s)]; }
const char* to_string(LifecycleStage s) { return kStage[int(s)]; }
const char* lifecycle_stage_label(LifecycleStage s) { return kStageLabel[int(s)]; }
const char* to_string(BillingInterval s) { return kInterval[int(s)]; }
const char* to_string(TicketPriority s) { return kPriority[int(s)]; }
const char* to_string(TicketStatus s) { return kTicketStatus[int(s)]; }
const char* to_string(TicketSatisfaction s) { return kSatisfaction[int(s)]; }
const char* to_string(SurveyKind s) { return kSurvey[int(s)]; }
const char* to_string(TouchpointKind s) { return kTouchpoint[int(s)]; }

bool parse_enum(const std::string& t, AccountStatus& o) { return parse_enum_name(kAccountStatus, t, o); }
bool parse_enum(const std::string& t, LifecycleStage& o) { return parse_enum_name(kStage, t, o); }
bool parse_enum(const std::string& t, BillingInterval& o) { return parse_enum_name(kInterval, t, o); }
bool parse_enum(const std::string& t, TicketPriority& o) { return parse_enum_name(kPriority, t, o); }
bool parse_enum(const std::string& t, TicketStatus& o) { return parse_enum_name(kTicketStatus, t, o); }
bool parse_enum(const std::string& t, TicketSatisfaction& o) { return parse_enum_name(kSatisfaction, t, o); }
bool parse_enum(const std::string& t, SurveyKind& o) { return parse_enum_name(kSurvey, t, o); }
bool parse_enum(const std::string& t, TouchpointKind& o) { return parse_enum_name(kTouchpoint, t, o); }

}  // namespace retain
