#include "io/entity_csv_export.hpp"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <set>

#include "core/enum_names.hpp"
#include "io/csv_writer.hpp"

namespace retain {
namespace {

// The rows [from, to) of an entity's list; the header goes before row 0.
struct Rows {
    size_t from, to;
};

const char* const kNames[kExportEntityCount] = {"accounts", "csms", "contacts", "subscriptions", "mrr",
                                                 "usage", "tickets", "surveys", "touchpoints"};

void header(CsvWriter& w, std::initializer_list<const char*> names) {
    for (const char* n : names) w.text(n);
}

// Rows refer to their account by its external id; a row whose account index is out of range has no
// account to name and is skipped (the workspace format skips it the same way).
const std::string* account_id(const Workspace& ws, AccountIx ix) {
    return ix < ws.accounts.size() ? &ws.accounts[ix].id : nullptr;
}

// The custom field keys of all accounts, in key order: one column each.
std::vector<std::string> custom_keys_of(const Workspace& ws) {
    std::set<std::string> keys;
    for (const Account& a : ws.accounts)
        for (const auto& kv : a.custom) keys.insert(kv.first);
    return {keys.begin(), keys.end()};
}

// The rows [r.from, r.to) of a list whose rows name their account: the header ("account", names, then
// more_names) before row 0, then per row its account's id and what write_row adds.
template <typename Row, typename WriteRow>
void account_rows(const Workspace& ws, const std::vector<Row>& list, CsvWriter& w, Rows r,
                  std::initializer_list<const char*> names, WriteRow write_row,
                  const std::vector<std::string>& more_names = {}) {
    if (r.from == 0) {
        w.text("account");
        header(w, names);
        for (const std::string& n : more_names) w.text(n);
        w.end_row();
    }
    for (size_t i = r.from; i < r.to; ++i) {
        const std::string* account = account_id(ws, list[i].account);
        if (!account) continue;
        w.text(*account);
        write_row(list[i]);
        w.end_row();
    }
}

void accounts(const Workspace& ws, const Analysis& analysis, const std::vector<std::string>& custom_keys, CsvWriter& w,
              Rows r) {
    if (r.from == 0) {
        header(w, {"id", "name", "domain", "industry", "segment", "owner", "plan", "acquisition_source", "seats",
                   "contract_start", "renewal_date", "first_value", "stage", "status", "churn_date", "churn_reason", "tags",
                   "current_mrr", "arr"});
        for (const std::string& k : custom_keys) w.text(k);
        w.end_row();
    }
    for (size_t i = r.from; i < r.to; ++i) {
        const Account& a = ws.accounts[i];
        w.text(a.id);
        w.text(a.name);
        w.text(a.domain);
        w.text(a.industry);
        w.text(a.segment);
        w.text(a.owner);
        w.text(a.plan);
        w.text(a.acquisition_source);
        w.integer(a.seats);
        w.number(format_iso(a.contract_start));
        w.number(format_iso(a.renewal_date));
        w.number(format_iso(a.first_value));
        w.text(to_string(a.stage));
        w.text(to_string(a.status));
        w.number(format_iso(a.churn_date));
        w.text(a.churn_reason);
        std::string tags;
        for (const std::string& t : a.tags) tags += (tags.empty() ? "" : "; ") + t;
        w.text(tags);
        const bool has_facts = i < analysis.accounts.size();
        w.money(has_facts ? analysis.accounts[i].mrr : Money());
        w.money(has_facts ? analysis.accounts[i].arr : Money());
        for (const std::string& k : custom_keys) {
            const std::string* value = nullptr;
            for (const auto& kv : a.custom)
                if (kv.first == k) value = &kv.second;
        w.text(value ? *value : std::string());
        }
        w.end_row();
    }
}

void csms(const Workspace& ws, CsvWriter& w, Rows r) {
    if (r.from == 0) {
        header(w, {"id", "name", "email", "capacity"});
        w.end_row();
    }
    for (size_t i = r.from; i < r.to; ++i) {
        const Csm& c = ws.csms[i];
        w.text(c.id);
        w.text(c.name);
        w.text(c.email);
        w.integer(c.capacity);
        w.end_row();
    }
}

void contacts(const Workspace& ws, CsvWriter& w, Rows r) {
    const auto names = {"id", "name", "email", "role", "champion", "executive_sponsor", "left_company", "last_engaged"};
    account_rows(ws, ws.contacts, w, r, names, [&](const Contact& c) {
        w.text(c.id);
        w.text(c.name);
        w.text(c.email);
        w.text(c.role);
        w.text(c.champion ? "true" : "false");
        w.text(c.executive_sponsor ? "true" : "false");
        w.text(c.left_company ? "true" : "false");
        w.number(format_iso(c.last_engaged));
    });
}

void subscriptions(const Workspace& ws, CsvWriter& w, Rows r) {
    const auto names = {"id", "plan", "start", "end", "amount", "interval"};
    account_rows(ws, ws.subscriptions, w, r, names, [&](const SubscriptionPeriod& p) {
        w.text(p.id);
        w.text(p.plan);
        w.number(format_iso(p.start));
        w.number(format_iso(p.end));
        w.money(p.amount);
        w.text(to_string(p.interval));
    });
}

void mrr(const Workspace& ws, CsvWriter& w, Rows r) {
    account_rows(ws, ws.mrr, w, r, {"month", "mrr"}, [&](const MrrSnapshot& m) {
        w.number(format_iso(m.month));
        w.money(m.mrr);
    });
}

void usage(const Workspace& ws, CsvWriter& w, Rows r) {
    std::vector<std::string> feature_columns;
    if (r.from == 0)
        for (const std::string& f : ws.key_features) feature_columns.push_back("feature:" + f);
    const size_t features = std::min(ws.key_features.size(), size_t(kMaxKeyFeatures));
    const auto write_row = [&](const UsageSample& u) {
        w.number(format_iso(u.date));
        w.integer(u.active_users);
        w.integer(u.logins);
        for (size_t f = 0; f < features; ++f) w.integer(u.feature_uses[f]);
    };
    account_rows(ws, ws.usage, w, r, {"date", "active_users", "logins"}, write_row, feature_columns);
}

void tickets(const Workspace& ws, CsvWriter& w, Rows r) {
    const auto names = {"id", "opened", "closed", "priority", "status", "satisfaction"};
    account_rows(ws, ws.tickets, w, r, names, [&](const Ticket& t) {
        w.text(t.id);
        w.number(format_iso(t.opened));
        w.number(format_iso(t.closed));
        w.text(to_string(t.priority));
        w.text(to_string(t.status));
        w.text(to_string(t.satisfaction));
    });
}

void surveys(const Workspace& ws, CsvWriter& w, Rows r) {
    account_rows(ws, ws.surveys, w, r, {"date", "kind", "score", "comment"}, [&](const SurveyResponse& s) {
        w.number(format_iso(s.date));
        w.text(to_string(s.kind));
        w.integer(s.score);
        w.text(s.comment);
    });
}

void touchpoints(const Workspace& ws, CsvWriter& w, Rows r) {
    account_rows(ws, ws.touchpoints, w, r, {"date", "kind", "outcome", "csm"}, [&](const Touchpoint& t) {
        w.number(format_iso(t.date));
        w.text(to_string(t.kind));
        w.text(t.outcome);
        w.text(t.csm);
    });
}

}  // namespace

const char* to_string(ExportEntity e) { return kNames[int(e)]; }

bool parse_enum(const std::string& text, ExportEntity& out) { return parse_enum_name(kNames, text, out); }

size_t row_count(const Workspace& ws, ExportEntity entity) {
    switch (entity) {
        case ExportEntity::accounts: return ws.accounts.size();
        case ExportEntity::csms: return ws.csms.size();
        case ExportEntity::contacts: return ws.contacts.size();
        case ExportEntity::subscriptions: return ws.subscriptions.size();
        case ExportEntity::mrr: return ws.mrr.size();
        case ExportEntity::usage: return ws.usage.size();
        case ExportEntity::tickets: return ws.tickets.size();
        case ExportEntity::surveys: return ws.surveys.size();
        case ExportEntity::touchpoints: return ws.touchpoints.size();
    }
    return 0;
}

EntityCsvWriter::EntityCsvWriter(const Workspace& ws, const Analysis& analysis, ExportEntity entity)
    : ws_(ws), analysis_(analysis), entity_(entity), rows_(row_count(ws, entity)) {
    if (entity == ExportEntity::accounts) custom_keys_ = custom_keys_of(ws);
}

bool EntityCsvWriter::step(size_t& budget) {
    // At least one call writes the header, even for an entity with no rows.
    const size_t n = std::min(rows_ - next_, std::max<size_t>(1, budget));
    const Rows r{next_, next_ + n};
    CsvWriter w(out_);
    switch (entity_) {
        case ExportEntity::accounts: accounts(ws_, analysis_, custom_keys_, w, r); break;
        case ExportEntity::csms: csms(ws_, w, r); break;
        case ExportEntity::contacts: contacts(ws_, w, r); break;
        case ExportEntity::subscriptions: subscriptions(ws_, w, r); break;
        case ExportEntity::mrr: mrr(ws_, w, r); break;
        case ExportEntity::usage: usage(ws_, w, r); break;
        case ExportEntity::tickets: tickets(ws_, w, r); break;
        case ExportEntity::surveys: surveys(ws_, w, r); break;
        case ExportEntity::touchpoints: touchpoints(ws_, w, r); break;
    }
    next_ += n;
    started_ = true;
    budget -= std::min(budget, std::max<size_t>(1, n));
    return done();
}

bool EntityCsvWriter::done() const { return started_ && next_ >= rows_; }
double EntityCsvWriter::progress() const { return done() ? 1.0 : rows_ ? double(next_) / double(rows_) : 0.0; }

std::string export_entity_csv(const Workspace& ws, const Analysis& analysis, ExportEntity entity) {
    EntityCsvWriter writer(ws, analysis, entity);
    size_t budget = std::numeric_limits<size_t>::max();
    writer.step(budget);
    return writer.take();
}

}  // namespace retain
