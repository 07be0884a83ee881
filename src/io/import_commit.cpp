// Applying a plan's staged rows to a workspace (see import_plan.hpp, "Commit"). apply_rows() changes the
// workspace it is given in place; commit_import() gives it a copy and swaps only on success, which is
// what makes an import all or nothing.
#include <algorithm>
#include <unordered_set>

#include "io/import_detail.hpp"

namespace retain {
namespace import_detail {
namespace {

// Exact-duplicate keys: every stored field, joined by a separator no text field holds.
constexpr char kSep = '\x1f';
std::string key_of(const std::string& account, const Contact& c) {
    return account + kSep + c.id + kSep + c.name + kSep + c.email + kSep + c.role + kSep + char('0' + c.champion) +
           char('0' + c.executive_sponsor) + char('0' + c.left_company) + kSep + std::to_string(c.last_engaged.days());
}
std::string key_of(const std::string& account, const SubscriptionPeriod& p) {
    return account + kSep + p.id + kSep + p.plan + kSep + std::to_string(p.start.days()) + kSep +
           std::to_string(p.end.days()) + kSep + std::to_string(p.amount.minor) + kSep + char('0' + int(p.interval));
}
std::string key_of(const std::string& account, const MrrSnapshot& m) {
    return account + kSep + std::to_string(m.month.index()) + kSep + std::to_string(m.mrr.minor);
}
std::string key_of(const std::string& account, const UsageSample& u) {
    std::string k = account + kSep + std::to_string(u.date.days()) + kSep + std::to_string(u.active_users) + kSep +
                    std::to_string(u.logins);
    for (int32_t f : u.feature_uses) k += kSep + std::to_string(f);
    return k;
}
std::string key_of(const std::string& account, const Ticket& t) {
    return account + kSep + t.id + kSep + std::to_string(t.opened.days()) + kSep + std::to_string(t.closed.days()) +
           kSep + char('0' + int(t.priority)) + char('0' + int(t.status)) + char('0' + int(t.satisfaction));
}
std::string key_of(const std::string& account, const SurveyResponse& s) {
    return account + kSep + std::to_string(s.date.days()) + kSep + char('0' + int(s.kind)) + kSep +
           std::to_string(s.score) + kSep + s.comment;
}
std::string key_of(const std::string& account, const Touchpoint& t) {
    return account + kSep + std::to_string(t.date.days()) + kSep + char('0' + int(t.kind)) + kSep + t.outcome + kSep + t.csm;
}

// Appends staged rows (account = staged index) to `to` (account = workspace index), skipping rows equal
// to one already there or earlier in the import.
template <typename Row, typename Remap>
void append_rows(const std::vector<Row>& from, std::vector<Row>& to, const Workspace& ws,
                 const std::vector<AccountIx>& account_of, const StagedRows& rows, EntityCounts& counts, Remap remap) {
    std::unordered_set<std::string> seen;
    seen.reserve(to.size() + from.size());
    for (const Row& r : to) seen.insert(key_of(ws.accounts[r.account].id, r));
    for (const Row& staged : from) {
        Row r = staged;
        r.account = account_of[staged.account];
        remap(r);
        if (!seen.insert(key_of(rows.account_ids[staged.account], r)).second) {
            ++counts.skip;
            continue;
        }
        to.push_back(std::move(r));
        ++counts.add;
    }
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

bool apply_rows(const StagedRows& rows, ImportMode mode, Workspace& ws,
                std::array<EntityCounts, kImportEntityCount>& counts, std::string& error) {
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
    auto same = [](auto&) {};
    append_rows(rows.contacts, ws.contacts, ws, account_of, rows, count(ImportEntity::contacts), same);
    append_rows(rows.subscriptions, ws.subscriptions, ws, account_of, rows, count(ImportEntity::subscriptions), same);
    append_rows(rows.mrr, ws.mrr, ws, account_of, rows, count(ImportEntity::mrr), same);
    append_rows(rows.usage, ws.usage, ws, account_of, rows, count(ImportEntity::usage), [&](UsageSample& u) {
        std::array<int32_t, kMaxKeyFeatures> uses{};
        for (size_t f = 0; f < rows.key_features.size(); ++f) uses[size_t(feature_of[f])] = u.feature_uses[f];
        u.feature_uses = uses;
    });
    append_rows(rows.tickets, ws.tickets, ws, account_of, rows, count(ImportEntity::tickets), same);
    append_rows(rows.surveys, ws.surveys, ws, account_of, rows, count(ImportEntity::surveys), same);
    append_rows(rows.touchpoints, ws.touchpoints, ws, account_of, rows, count(ImportEntity::touchpoints), same);
    ws.reindex();
    ws.sort_rows();
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
