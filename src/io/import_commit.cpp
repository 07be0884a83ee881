// Applying a plan's staged rows to a workspace (see import_plan.hpp, "Commit"). apply_rows() changes the
// workspace it is given in place; commit_import() gives it a copy and swaps only on success, which is
// what makes an import all or nothing.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <unordered_set>

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

// Appends staged rows (account = staged index) to `to` (account = workspace index), skipping rows equal
// to one already there. Staged rows are unique among themselves (drop_repeated_rows ran when planning,
// and the account and feature renumbering keeps distinct rows distinct), so only the rows already in
// `to` need a table, and none when `to` is empty: the common case of a first import.
template <typename Row, typename Remap>
void append_rows(const std::vector<Row>& from, std::vector<Row>& to, const std::vector<AccountIx>& account_of,
                 EntityCounts& counts, Remap remap) {
    if (from.empty()) return;
    const size_t existing = to.size();
    RowSet set(existing);
    auto at = [&](uint32_t i) -> const Row& { return to[i]; };
    for (size_t i = 0; i < existing; ++i) {
        set.hashes.push_back(hash_of(to[i]));
        uint32_t& slot = set.find(to[i], set.hashes[i], at);
        if (slot == 0) slot = uint32_t(i + 1);
    }
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

// Drops rows equal to one earlier in the same table; their count.
template <typename Row>
size_t drop_repeats(std::vector<Row>& rows) {
    if (rows.size() < 2) return 0;
    RowSet set(rows.size());
    size_t kept = 0;
    auto at = [&](uint32_t i) -> const Row& { return rows[i]; };
    for (size_t i = 0; i < rows.size(); ++i) {
        const uint64_t h = hash_of(rows[i]);
        uint32_t& slot = set.find(rows[i], h, at);
        if (slot != 0) continue;
        if (kept != i) rows[kept] = std::move(rows[i]);
        set.hashes.push_back(h);
        slot = uint32_t(++kept);
    }
    const size_t dropped = rows.size() - kept;
    rows.erase(rows.begin() + std::ptrdiff_t(kept), rows.end());
    return dropped;
}

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

std::array<size_t, kImportEntityCount> drop_repeated_rows(StagedRows& rows) {
    std::array<size_t, kImportEntityCount> dropped{};
    dropped[size_t(ImportEntity::contacts)] = drop_repeats(rows.contacts);
    dropped[size_t(ImportEntity::subscriptions)] = drop_repeats(rows.subscriptions);
    dropped[size_t(ImportEntity::mrr)] = drop_repeats(rows.mrr);
    dropped[size_t(ImportEntity::usage)] = drop_repeats(rows.usage);
    dropped[size_t(ImportEntity::tickets)] = drop_repeats(rows.tickets);
    dropped[size_t(ImportEntity::surveys)] = drop_repeats(rows.surveys);
    dropped[size_t(ImportEntity::touchpoints)] = drop_repeats(rows.touchpoints);
    dropped[size_t(ImportEntity::feedback)] = drop_repeated_feedback(rows.feedback);
    return dropped;
}

bool apply_rows(const StagedRows& rows, ImportMode mode, Workspace& ws,
                std::array<EntityCounts, kImportEntityCount>& counts, std::string& error, bool sort) {
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
            ws.accounts.push_back(a);
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
    if (!ws.reindex(&duplicate)) {
        error = "two accounts with id \"" + duplicate + "\"";
        return false;
    }

    std::vector<AccountIx> account_of(rows.account_ids.size(), kNoAccount);
    for (size_t i = 0; i < rows.account_ids.size(); ++i) {
        account_of[i] = ws.find_account(rows.account_ids[i]);
        if (account_of[i] == kNoAccount) {
            error = "the import names account \"" + rows.account_ids[i] + "\", which the workspace does not have";
            return false;
        }
    }
    // Key features: the workspace's list, extended by the import's new names while there is room.
    std::array<int, kMaxKeyFeatures> feature_of{};
    feature_of.fill(-1);
    for (size_t f = 0; f < rows.key_features.size(); ++f) {
        auto it = std::find(ws.key_features.begin(), ws.key_features.end(), rows.key_features[f]);
        if (it == ws.key_features.end()) {
            if (ws.key_features.size() >= size_t(kMaxKeyFeatures)) {
                error = "the workspace already tracks " + std::to_string(kMaxKeyFeatures) +
                        " key features; no room for \"" + rows.key_features[f] + "\"";
                return false;
            }
            ws.key_features.push_back(rows.key_features[f]);
            it = ws.key_features.end() - 1;
        }
        feature_of[f] = int(it - ws.key_features.begin());
    }
    auto as_is = [](auto&) {};
    append_rows(rows.contacts, ws.contacts, account_of, count(ImportEntity::contacts), as_is);
    append_rows(rows.subscriptions, ws.subscriptions, account_of, count(ImportEntity::subscriptions), as_is);
    append_rows(rows.mrr, ws.mrr, account_of, count(ImportEntity::mrr), as_is);
    append_rows(rows.usage, ws.usage, account_of, count(ImportEntity::usage), [&](UsageSample& u) {
        std::array<int32_t, kMaxKeyFeatures> uses{};
        for (size_t f = 0; f < rows.key_features.size(); ++f) uses[size_t(feature_of[f])] = u.feature_uses[f];
        u.feature_uses = uses;
    });
    append_rows(rows.tickets, ws.tickets, account_of, count(ImportEntity::tickets), as_is);
    append_rows(rows.surveys, ws.surveys, account_of, count(ImportEntity::surveys), as_is);
    append_rows(rows.touchpoints, ws.touchpoints, account_of, count(ImportEntity::touchpoints), as_is);
    append_feedback(rows.feedback, ws, account_of, count(ImportEntity::feedback));
    ws.reindex();
    if (sort) ws.sort_rows();
    return true;
}

}  // namespace import_detail

bool commit_import(const ImportPlan& plan, Workspace& ws, std::string& error) {
    const size_t errors = plan.error_count();
    if (errors && !plan.skip_bad_rows) {
        error = "the import has " + std::to_string(errors) + " error" + (errors == 1 ? "" : "s") +
                "; fix them, or accept leaving the rejected rows out";
        return false;
    }
    Workspace next = ws;
    std::array<EntityCounts, kImportEntityCount> counts{};
    if (!import_detail::apply_rows(plan.rows, plan.mode, next, counts, error)) return false;
    std::swap(ws, next);
    return true;
}

}  // namespace retain
