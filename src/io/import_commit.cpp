// Applying a plan's staged rows to a workspace (see import_plan.hpp, "Commit"). count_rows() says what
// applying would do and whether it would fail, changing nothing (the plan's counts); apply_rows() changes
// the workspace in place; commit_import() applies only what count_rows() passed, which is what makes an
// import all or nothing without a copy of the workspace.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "io/import_detail.hpp"

namespace retain {
namespace import_detail {
namespace {

// Exact duplicates: rows equal in every stored field, their accounts compared by workspace index (ids
// are unique in the workspace, so the same index is the same id). Rows are hashed and compared as they
// are, never turned into key strings: at a million rows, a string per row was most of the import's time.
struct RowHash {
    uint64_t h = 0x9E3779B97F4A7C15ull;
    RowHash& operator<<(uint64_t v) {
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        return *this;
    }
    RowHash& operator<<(const std::string& s) { return *this << uint64_t(std::hash<std::string>{}(s)); }
    RowHash& operator<<(Date d) { return *this << uint64_t(uint32_t(d.days())); }
};

uint64_t hash_of(const Contact& c) {
    return (RowHash() << c.account << c.id << c.name << c.email << c.role
                      << uint64_t(c.champion | c.executive_sponsor << 1 | c.left_company << 2) << c.last_engaged).h;
}
bool same(const Contact& a, const Contact& b) {
    return a.account == b.account && a.id == b.id && a.name == b.name && a.email == b.email && a.role == b.role &&
           a.champion == b.champion && a.executive_sponsor == b.executive_sponsor && a.left_company == b.left_company &&
           a.last_engaged == b.last_engaged;
}
uint64_t hash_of(const SubscriptionPeriod& p) {
    return (RowHash() << p.account << p.id << p.plan << p.start << p.end << uint64_t(p.amount.minor) << uint64_t(p.interval)).h;
}
bool same(const SubscriptionPeriod& a, const SubscriptionPeriod& b) {
    return a.account == b.account && a.id == b.id && a.plan == b.plan && a.start == b.start && a.end == b.end &&
           a.amount.minor == b.amount.minor && a.interval == b.interval;
}
uint64_t hash_of(const MrrSnapshot& m) {
    return (RowHash() << m.account << uint64_t(uint32_t(m.month.index())) << uint64_t(m.mrr.minor)).h;
}
bool same(const MrrSnapshot& a, const MrrSnapshot& b) {
    return a.account == b.account && a.month == b.month && a.mrr.minor == b.mrr.minor;
}
uint64_t hash_of(const UsageSample& u) {
    RowHash h;
    h << u.account << u.date << uint64_t(uint32_t(u.active_users)) << uint64_t(uint32_t(u.logins));
    for (int32_t f : u.feature_uses) h << uint64_t(uint32_t(f));
    return h.h;
}
bool same(const UsageSample& a, const UsageSample& b) {
    return a.account == b.account && a.date == b.date && a.active_users == b.active_users && a.logins == b.logins &&
           a.feature_uses == b.feature_uses;
}
uint64_t hash_of(const Ticket& t) {
    return (RowHash() << t.account << t.id << t.opened << t.closed
                      << uint64_t(int(t.priority) | int(t.status) << 8 | int(t.satisfaction) << 16)).h;
}
bool same(const Ticket& a, const Ticket& b) {
    return a.account == b.account && a.id == b.id && a.opened == b.opened && a.closed == b.closed &&
           a.priority == b.priority && a.status == b.status && a.satisfaction == b.satisfaction;
}
uint64_t hash_of(const SurveyResponse& s) {
    return (RowHash() << s.account << s.date << uint64_t(s.kind) << uint64_t(uint8_t(s.score)) << s.comment).h;
}
bool same(const SurveyResponse& a, const SurveyResponse& b) {
    return a.account == b.account && a.date == b.date && a.kind == b.kind && a.score == b.score && a.comment == b.comment;
}
uint64_t hash_of(const Touchpoint& t) {
    return (RowHash() << t.account << t.date << uint64_t(t.kind) << t.outcome << t.csm).h;
}
bool same(const Touchpoint& a, const Touchpoint& b) {
    return a.account == b.account && a.date == b.date && a.kind == b.kind && a.outcome == b.outcome && a.csm == b.csm;
}

// An open-addressing table of row indices with each row's hash beside it: one allocation per table,
// none per row. `at(i)` gives row i (of whatever vector the caller keeps).
struct RowSet {
    std::vector<uint32_t> slots;  // 0 = empty, else the row's index + 1
    std::vector<uint64_t> hashes;
    size_t mask = 0;
    explicit RowSet(size_t rows) {
        size_t capacity = 16;
        while (capacity < 2 * rows) capacity *= 2;
        slots.assign(capacity, 0);
        mask = capacity - 1;
        hashes.reserve(rows);
    }
    // The slot holding a row equal to `r` (hash `h`), or the empty slot where it would go.
    template <typename Row, typename At>
    uint32_t& find(const Row& r, uint64_t h, At at) {
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            uint32_t& slot = slots[i];
            if (slot == 0 || (hashes[slot - 1] == h && same(at(slot - 1), r))) return slot;
        }
    }
};

// The rows already in a table, each the first of its equals found (the workspace may hold repeats).
template <typename Row>
RowSet set_of(const std::vector<Row>& rows) {
    RowSet set(rows.size());
    auto at = [&](uint32_t i) -> const Row& { return rows[i]; };
    for (size_t i = 0; i < rows.size(); ++i) {
        set.hashes.push_back(hash_of(rows[i]));
        uint32_t& slot = set.find(rows[i], set.hashes[i], at);
        if (slot == 0) slot = uint32_t(i + 1);
    }
    return set;
}

// Appends staged rows (account = staged index) to `to` (account = workspace index), skipping rows equal
// to one already there. Staged rows are unique among themselves (drop_repeated_rows ran when planning,
// and the account and feature renumbering keeps distinct rows distinct), so only the rows already in
// `to` need a table, and none when `to` is empty: the common case of a first import.
template <typename Row, typename Remap>
void append_rows(const std::vector<Row>& from, std::vector<Row>& to, const std::vector<AccountIx>& account_of,
                 EntityCounts& counts, Remap remap) {
    if (from.empty()) return;
    const size_t existing = to.size();
    RowSet set = set_of(to);
    auto at = [&](uint32_t i) -> const Row& { return to[i]; };
    to.reserve(existing + from.size());
    for (const Row& staged : from) {
        Row r = staged;
        r.account = account_of[staged.account];
        remap(r);
        if (existing && set.find(r, hash_of(r), at) != 0) {
            ++counts.skip;
            continue;
        }
        to.push_back(std::move(r));
        ++counts.add;
    }
}

// Per key feature of the import, its index in `features` (the workspace's list, or count_rows' copy of
// it), the new names added while there is room; false with `error` set when there is none.
using FeatureMap = std::array<int, kMaxKeyFeatures>;
bool map_features(const std::vector<std::string>& imported, std::vector<std::string>& features, FeatureMap& feature_of,
                  std::string& error) {
    feature_of.fill(-1);
    for (size_t f = 0; f < imported.size(); ++f) {
        auto it = std::find(features.begin(), features.end(), imported[f]);
        if (it == features.end()) {
            if (features.size() >= size_t(kMaxKeyFeatures)) {
                error = "the workspace already tracks " + std::to_string(kMaxKeyFeatures) +
                        " key features; no room for \"" + imported[f] + "\"";
                return false;
            }
            features.push_back(imported[f]);
            it = features.end() - 1;
        }
        feature_of[f] = int(it - features.begin());
    }
    return true;
}

// A staged usage row's feature counts moved to the workspace's feature numbers (`imported` features).
auto renumber_features(const FeatureMap& feature_of, size_t imported) {
    return [&feature_of, imported](UsageSample& u) {
        std::array<int32_t, kMaxKeyFeatures> uses{};
        for (size_t f = 0; f < imported; ++f) uses[size_t(feature_of[f])] = u.feature_uses[f];
        u.feature_uses = uses;
    };
}

// What append_rows would count, without appending: rows of accounts new to the workspace (account_of
// at or past `first_new`) are added, since the workspace has no rows of them; the others are looked up
// among `existing`, the workspace's rows.
template <typename Row, typename Remap>
void count_append(const std::vector<Row>& from, const std::vector<Row>& existing, const std::vector<AccountIx>& account_of,
                  AccountIx first_new, EntityCounts& counts, Remap remap) {
    if (from.empty()) return;
    if (existing.empty()) {
        counts.add += from.size();
        return;
    }
    RowSet set = set_of(existing);
    auto at = [&](uint32_t i) -> const Row& { return existing[i]; };
    for (const Row& staged : from) {
        const AccountIx a = account_of[staged.account];
        if (a >= first_new) {
            ++counts.add;
            continue;
        }
        Row r = staged;
        r.account = a;
        remap(r);
        ++(set.find(r, hash_of(r), at) != 0 ? counts.skip : counts.add);
    }
}

// Drops rows equal to one earlier in the same table, a stretch of rows per step: the rows before `next`
// are done (the first `kept` of them are the ones kept, the rest moved from), those after untouched.
template <typename Row>
class TableRepeats final : public RepeatedRows::Table {
public:
    explicit TableRepeats(std::vector<Row>& rows) : rows_(rows) {}
    bool step(size_t n) override {
        if (rows_.size() < 2) return true;
        if (next_ == 0) set_ = RowSet(rows_.size());  // made when its turn comes, freed when done
        auto at = [&](uint32_t i) -> const Row& { return rows_[i]; };
        for (const size_t to = std::min(rows_.size(), next_ + n); next_ < to; ++next_) {
            const uint64_t h = hash_of(rows_[next_]);
            uint32_t& slot = set_.find(rows_[next_], h, at);
            if (slot != 0) continue;
            if (kept_ != next_) rows_[kept_] = std::move(rows_[next_]);
            set_.hashes.push_back(h);
            slot = uint32_t(++kept_);
        }
        if (next_ < rows_.size()) return false;
        dropped_ = rows_.size() - kept_;
        rows_.erase(rows_.begin() + std::ptrdiff_t(kept_), rows_.end());
        set_ = RowSet(0);
        return true;
    }
    size_t dropped() const override { return dropped_; }

private:
    std::vector<Row>& rows_;
    RowSet set_{0};
    size_t next_ = 0, kept_ = 0, dropped_ = 0;
};

// Feedback is compared by its own key (import_feedback.cpp), all at once: a few rows.
class FeedbackRepeats final : public RepeatedRows::Table {
public:
    explicit FeedbackRepeats(std::vector<StagedFeedback>& rows) : rows_(rows) {}
    bool step(size_t) override {
        dropped_ = drop_repeated_feedback(rows_);
        return true;
    }
    size_t dropped() const override { return dropped_; }

private:
    std::vector<StagedFeedback>& rows_;
    size_t dropped_ = 0;
};

// Replace: the entity's rows go. Rows of other entities follow their accounts when accounts are replaced.
template <typename Row>
void clear_rows(std::vector<Row>& rows, bool present, EntityCounts& counts) {
    if (!present) return;
    counts.remove += rows.size();
    rows.clear();
}

template <typename Row>
void remap_accounts(std::vector<Row>& rows, const std::vector<AccountIx>& new_of_old) {
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](Row& r) {
                                  r.account = new_of_old[r.account];
                                  return r.account == kNoAccount;
                              }),
               rows.end());
}

void merge_account(Account& to, const Account& from, uint32_t given) {
    auto has = [&](const char* key) {
        const int f = find_field(ImportEntity::accounts, key);
        return f >= 0 && (given >> unsigned(f) & 1u);
    };
    if (has("name")) to.name = from.name;
    if (has("domain")) to.domain = from.domain;
    if (has("industry")) to.industry = from.industry;
    if (has("segment")) to.segment = from.segment;
    if (has("owner")) to.owner = from.owner;
    if (has("plan")) to.plan = from.plan;
    if (has("acquisition_source")) to.acquisition_source = from.acquisition_source;
    if (has("seats")) to.seats = from.seats;
    if (has("contract_start")) to.contract_start = from.contract_start;
    if (has("renewal_date")) to.renewal_date = from.renewal_date;
    if (has("first_value")) to.first_value = from.first_value;
    if (has("stage")) to.stage = from.stage;
    if (has("status") || has("churn_date")) to.status = from.status;
    if (has("churn_date")) to.churn_date = from.churn_date;
    if (has("churn_reason")) to.churn_reason = from.churn_reason;
    if (has("tags")) to.tags = from.tags;
    for (const auto& kv : from.custom) {
        auto it = std::lower_bound(to.custom.begin(), to.custom.end(), kv,
                                   [](const auto& a, const auto& b) { return a.first < b.first; });
        if (it != to.custom.end() && it->first == kv.first) it->second = kv.second;
        else to.custom.insert(it, kv);
    }
}

}  // namespace

RepeatedRows::RepeatedRows(StagedRows& rows) {
    tables_.push_back({ImportEntity::contacts, std::make_unique<TableRepeats<Contact>>(rows.contacts)});
    tables_.push_back({ImportEntity::subscriptions, std::make_unique<TableRepeats<SubscriptionPeriod>>(rows.subscriptions)});
    tables_.push_back({ImportEntity::mrr, std::make_unique<TableRepeats<MrrSnapshot>>(rows.mrr)});
    tables_.push_back({ImportEntity::usage, std::make_unique<TableRepeats<UsageSample>>(rows.usage)});
    tables_.push_back({ImportEntity::tickets, std::make_unique<TableRepeats<Ticket>>(rows.tickets)});
    tables_.push_back({ImportEntity::surveys, std::make_unique<TableRepeats<SurveyResponse>>(rows.surveys)});
    tables_.push_back({ImportEntity::touchpoints, std::make_unique<TableRepeats<Touchpoint>>(rows.touchpoints)});
    tables_.push_back({ImportEntity::feedback, std::make_unique<FeedbackRepeats>(rows.feedback)});
}

RepeatedRows::~RepeatedRows() = default;

bool RepeatedRows::step(size_t rows) {
    if (current_ < tables_.size() && tables_[current_].second->step(rows)) {
        dropped_[size_t(tables_[current_].first)] = tables_[current_].second->dropped();
        ++current_;
    }
    return current_ == tables_.size();
}

std::array<size_t, kImportEntityCount> drop_repeated_rows(StagedRows& rows) {
    RepeatedRows repeats(rows);
    while (!repeats.step(SIZE_MAX)) {
    }
    return repeats.dropped();
}

bool count_rows(const StagedRows& rows, ImportMode mode, const Workspace& ws,
                std::array<EntityCounts, kImportEntityCount>& counts, std::string& error) {
    counts = {};
    auto count = [&](ImportEntity e) -> EntityCounts& { return counts[size_t(e)]; };
    auto present = [&](ImportEntity e) { return rows.present[size_t(e)]; };
    // The workspace's accounts by id: its own index, unless that does not hold every account (two with
    // one id, which apply_rows refuses; or an index not rebuilt, when a local one is made).
    std::unordered_map<std::string_view, AccountIx> local;
    const bool indexed = ws.account_index.size() == ws.accounts.size();
    if (!indexed) {
        for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i)
            if (!local.emplace(ws.accounts[i].id, i).second) {
                error = "the workspace has two accounts with id \"" + ws.accounts[i].id + "\"";
                return false;
            }
    }
    auto find = [&](const std::string& id) -> AccountIx {
        if (indexed) return ws.find_account(id);
        const auto it = local.find(id);
        return it == local.end() ? kNoAccount : it->second;
    };

    // Replace: with an accounts file the accounts it does not have go, and the rows of other entities
    // keep only those of accounts that stay; the imported entities' rows go.
    const bool replacing_accounts = mode == ImportMode::replace && present(ImportEntity::accounts);
    std::unordered_set<std::string_view> kept;
    std::vector<bool> stays(ws.accounts.size(), true);
    if (replacing_accounts) {
        for (const Account& a : rows.accounts) kept.insert(a.id);
        for (size_t i = 0; i < ws.accounts.size(); ++i) stays[i] = kept.count(ws.accounts[i].id) > 0;
        count(ImportEntity::accounts).remove = size_t(std::count(stays.begin(), stays.end(), false));
    }
    auto replaced = [&](ImportEntity e) { return mode == ImportMode::replace && present(e); };
    auto count_removed = [&](ImportEntity e, const auto& table) {
        if (!replaced(e)) return;
        for (const auto& r : table) count(e).remove += stays[r.account];
    };
    count_removed(ImportEntity::contacts, ws.contacts);
    count_removed(ImportEntity::subscriptions, ws.subscriptions);
    count_removed(ImportEntity::mrr, ws.mrr);
    count_removed(ImportEntity::usage, ws.usage);
    count_removed(ImportEntity::tickets, ws.tickets);
    count_removed(ImportEntity::surveys, ws.surveys);
    count_removed(ImportEntity::touchpoints, ws.touchpoints);
    if (replaced(ImportEntity::csms)) count(ImportEntity::csms).remove = ws.csms.size();
    if (replaced(ImportEntity::feedback)) count(ImportEntity::feedback).remove = ws.feedback.size();

    // Accounts: an id the workspace has (after replace: one that stays, which every imported id does) or
    // that an earlier row of the import added is an update.
    std::unordered_set<std::string_view> added;
    for (const Account& a : rows.accounts) {
        if (find(a.id) != kNoAccount || !added.insert(a.id).second) ++count(ImportEntity::accounts).update;
        else ++count(ImportEntity::accounts).add;
    }
    std::vector<std::string_view> csm_ids;
    if (!replaced(ImportEntity::csms))
        for (const Csm& c : ws.csms) csm_ids.push_back(c.id);
    for (const Csm& c : rows.csms) {
        if (std::find(csm_ids.begin(), csm_ids.end(), c.id) != csm_ids.end()) {
            ++count(ImportEntity::csms).update;
        } else {
            csm_ids.push_back(c.id);
            ++count(ImportEntity::csms).add;
        }
    }

    // Every account the rows name must be there after the accounts are applied. Only rows of accounts
    // the workspace keeps can equal rows already there (in replace mode their tables were emptied), so
    // the new ones share one marker index past the workspace's.
    const AccountIx first_new = AccountIx(ws.accounts.size());
    std::vector<AccountIx> account_of(rows.account_ids.size(), first_new);
    for (size_t i = 0; i < rows.account_ids.size(); ++i) {
        const std::string& id = rows.account_ids[i];
        const AccountIx at = find(id);
        if (at != kNoAccount && stays[at]) account_of[i] = at;
        else if (!added.count(id)) {
            error = "the import names account \"" + id + "\", which the workspace does not have";
            return false;
        }
    }
    std::vector<std::string> features;
    if (!replaced(ImportEntity::usage)) features = ws.key_features;
    FeatureMap feature_of;
    if (!map_features(rows.key_features, features, feature_of, error)) return false;
    // The workspace's rows the staged ones are compared with: none when the import replaces them (by
    // reference: a ternary with a temporary would copy the table).
    auto existing = [&](ImportEntity e, const auto& table) -> const std::decay_t<decltype(table)>& {
        static const std::decay_t<decltype(table)> none;
        return replaced(e) ? none : table;
    };
    auto as_is = [](auto&) {};
    auto table = [&](ImportEntity e, const auto& staged, const auto& current) {
        count_append(staged, existing(e, current), account_of, first_new, count(e), as_is);
    };
    table(ImportEntity::contacts, rows.contacts, ws.contacts);
    table(ImportEntity::subscriptions, rows.subscriptions, ws.subscriptions);
    table(ImportEntity::mrr, rows.mrr, ws.mrr);
    count_append(rows.usage, existing(ImportEntity::usage, ws.usage), account_of, first_new, count(ImportEntity::usage),
                 renumber_features(feature_of, rows.key_features.size()));
    table(ImportEntity::tickets, rows.tickets, ws.tickets);
    table(ImportEntity::surveys, rows.surveys, ws.surveys);
    table(ImportEntity::touchpoints, rows.touchpoints, ws.touchpoints);
    count_feedback(rows.feedback, existing(ImportEntity::feedback, ws.feedback), rows.account_ids,
                   count(ImportEntity::feedback));
    return true;
}

bool apply_rows(const StagedRows& rows, ImportMode mode, Workspace& ws,
                std::array<EntityCounts, kImportEntityCount>& counts, std::string& error, bool sort,
                StagedRows* take_accounts) {
    counts = {};
    auto count = [&](ImportEntity e) -> EntityCounts& { return counts[size_t(e)]; };
    auto present = [&](ImportEntity e) { return rows.present[size_t(e)]; };
    std::string duplicate;
    if (!ws.reindex(&duplicate)) {
        error = "the workspace has two accounts with id \"" + duplicate + "\"";
        return false;
    }
    if (mode == ImportMode::replace) {
        if (present(ImportEntity::accounts)) {
            // Old accounts go; the rows of entities not imported keep only those whose account id stays.
            std::unordered_set<std::string> kept;
            for (const Account& a : rows.accounts) kept.insert(a.id);
            std::vector<AccountIx> new_of_old(ws.accounts.size(), kNoAccount);
            std::vector<Account> survivors;
            for (size_t i = 0; i < ws.accounts.size(); ++i) {
                if (!kept.count(ws.accounts[i].id)) continue;
                new_of_old[i] = AccountIx(survivors.size());
                survivors.push_back(ws.accounts[i]);
            }
            count(ImportEntity::accounts).remove = ws.accounts.size() - survivors.size();
            ws.accounts = std::move(survivors);
            remap_accounts(ws.contacts, new_of_old);
            remap_accounts(ws.subscriptions, new_of_old);
            remap_accounts(ws.mrr, new_of_old);
            remap_accounts(ws.usage, new_of_old);
            remap_accounts(ws.tickets, new_of_old);
            remap_accounts(ws.surveys, new_of_old);
            remap_accounts(ws.touchpoints, new_of_old);
            ws.reindex();
        }
        clear_rows(ws.csms, present(ImportEntity::csms), count(ImportEntity::csms));
        clear_rows(ws.contacts, present(ImportEntity::contacts), count(ImportEntity::contacts));
        clear_rows(ws.subscriptions, present(ImportEntity::subscriptions), count(ImportEntity::subscriptions));
        clear_rows(ws.mrr, present(ImportEntity::mrr), count(ImportEntity::mrr));
        clear_rows(ws.usage, present(ImportEntity::usage), count(ImportEntity::usage));
        clear_rows(ws.tickets, present(ImportEntity::tickets), count(ImportEntity::tickets));
        clear_rows(ws.surveys, present(ImportEntity::surveys), count(ImportEntity::surveys));
        clear_rows(ws.touchpoints, present(ImportEntity::touchpoints), count(ImportEntity::touchpoints));
        clear_rows(ws.feedback, present(ImportEntity::feedback), count(ImportEntity::feedback));
        if (present(ImportEntity::usage)) ws.key_features.clear();
    }

    // Accounts: an existing id is updated with the fields the file gave (replace mode: every field).
    for (size_t i = 0; i < rows.accounts.size(); ++i) {
        const Account& a = rows.accounts[i];
        const AccountIx at = ws.find_account(a.id);
        if (at == kNoAccount) {
            ws.account_index.emplace(a.id, AccountIx(ws.accounts.size()));
            if (take_accounts) ws.accounts.push_back(std::move(take_accounts->accounts[i]));  // `a` is that row
            else ws.accounts.push_back(a);
            ++count(ImportEntity::accounts).add;
        } else {
            if (mode == ImportMode::replace) ws.accounts[at] = a;
            else merge_account(ws.accounts[at], a, rows.account_fields[i]);
            ++count(ImportEntity::accounts).update;
        }
    }
    for (const Csm& c : rows.csms) {
        auto it = std::find_if(ws.csms.begin(), ws.csms.end(), [&](const Csm& o) { return o.id == c.id; });
        if (it == ws.csms.end()) {
            ws.csms.push_back(c);
            ++count(ImportEntity::csms).add;
        } else {
            *it = c;
            ++count(ImportEntity::csms).update;
        }
    }
    // The index is current: rebuilt above, and each new account was added to it as it came (an id is
    // looked up before it is added, so none comes twice). Rebuilding it again here and at the end was
    // 200,000 string insertions for nothing at 100,000 accounts.

    std::vector<AccountIx> account_of(rows.account_ids.size(), kNoAccount);
    for (size_t i = 0; i < rows.account_ids.size(); ++i) {
        account_of[i] = ws.find_account(rows.account_ids[i]);
        if (account_of[i] == kNoAccount) {
            error = "the import names account \"" + rows.account_ids[i] + "\", which the workspace does not have";
            return false;
        }
    }
    // Key features: the workspace's list, extended by the import's new names while there is room.
    FeatureMap feature_of;
    if (!map_features(rows.key_features, ws.key_features, feature_of, error)) return false;
    auto as_is = [](auto&) {};
    append_rows(rows.contacts, ws.contacts, account_of, count(ImportEntity::contacts), as_is);
    append_rows(rows.subscriptions, ws.subscriptions, account_of, count(ImportEntity::subscriptions), as_is);
    append_rows(rows.mrr, ws.mrr, account_of, count(ImportEntity::mrr), as_is);
    append_rows(rows.usage, ws.usage, account_of, count(ImportEntity::usage),
                renumber_features(feature_of, rows.key_features.size()));
    append_rows(rows.tickets, ws.tickets, account_of, count(ImportEntity::tickets), as_is);
    append_rows(rows.surveys, ws.surveys, account_of, count(ImportEntity::surveys), as_is);
    append_rows(rows.touchpoints, ws.touchpoints, account_of, count(ImportEntity::touchpoints), as_is);
    append_feedback(rows.feedback, ws, account_of, count(ImportEntity::feedback));
    if (sort) ws.sort_rows();
    return true;
}

}  // namespace import_detail

namespace {

bool errors_accepted(const ImportPlan& plan, std::string& error) {
    const size_t errors = plan.error_count();
    if (errors && !plan.skip_bad_rows) {
        error = "the import has " + std::to_string(errors) + " error" + (errors == 1 ? "" : "s") +
                "; fix them, or accept leaving the rejected rows out";
        return false;
    }
    return true;
}

}  // namespace

bool import_would_commit(const ImportPlan& plan, const Workspace& ws, std::string& error) {
    std::array<EntityCounts, kImportEntityCount> counts{};
    return errors_accepted(plan, error) && import_detail::count_rows(plan.rows, plan.mode, ws, counts, error);
}

namespace {

// The commit once its checks passed: the tables grown to their final size, then the rows applied.
bool apply_checked(const ImportPlan& plan, Workspace& ws, std::string& error, StagedRows* take_accounts) {
    std::array<EntityCounts, kImportEntityCount> counts{};
    const StagedRows& rows = plan.rows;
    ws.accounts.reserve(ws.accounts.size() + rows.accounts.size());
    ws.contacts.reserve(ws.contacts.size() + rows.contacts.size());
    ws.subscriptions.reserve(ws.subscriptions.size() + rows.subscriptions.size());
    ws.mrr.reserve(ws.mrr.size() + rows.mrr.size());
    ws.usage.reserve(ws.usage.size() + rows.usage.size());
    ws.tickets.reserve(ws.tickets.size() + rows.tickets.size());
    ws.surveys.reserve(ws.surveys.size() + rows.surveys.size());
    ws.touchpoints.reserve(ws.touchpoints.size() + rows.touchpoints.size());
    ws.feedback.reserve(ws.feedback.size() + rows.feedback.size());
    return import_detail::apply_rows(rows, plan.mode, ws, counts, error, true, take_accounts);
}

}  // namespace

bool commit_import(const ImportPlan& plan, Workspace& ws, std::string& error) {
    // Every way apply_rows can fail is checked first, without changing anything (count_rows), and the
    // tables are grown to their final size before the first change, so the rows are applied in place:
    // no copy of the workspace (at 100,000 accounts hundreds of MB and a good part of the commit's time).
    // What is left that could stop it half-way is running out of memory in the sort.
    return import_would_commit(plan, ws, error) && apply_checked(plan, ws, error, nullptr);
}

bool commit_checked_import(ImportPlan& plan, Workspace& ws, std::string& error) {
    return apply_checked(plan, ws, error, &plan.rows);
}

}  // namespace retain
