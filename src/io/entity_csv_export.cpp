#include "io/entity_csv_export.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>

#include "core/enum_names.hpp"
#include "io/csv_writer.hpp"

namespace retain {
namespace {

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

void accounts(const Workspace& ws, const Analysis& analysis, CsvWriter& w) {
    std::set<std::string> custom_keys;
    for (const Account& a : ws.accounts)
        for (const auto& kv : a.custom) custom_keys.insert(kv.first);
    header(w, {"id", "name", "domain", "industry", "segment", "owner", "plan", "acquisition_source", "seats",
               "contract_start", "renewal_date", "first_value", "stage", "status", "churn_date", "churn_reason", "tags",
               "current_mrr", "arr"});
    for (const std::string& k : custom_keys) w.text(k);
    w.end_row();
    for (size_t i = 0; i < ws.accounts.size(); ++i) {
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

void csms(const Workspace& ws, CsvWriter& w) {
    header(w, {"id", "name", "email", "capacity"});
    w.end_row();
    for (const Csm& c : ws.csms) {
        w.text(c.id);
        w.text(c.name);
        w.text(c.email);
        w.integer(c.capacity);
        w.end_row();
    }
}

void contacts(const Workspace& ws, CsvWriter& w) {
    header(w, {"account", "id", "name", "email", "role", "champion", "executive_sponsor", "left_company", "last_engaged"});
    w.end_row();
    for (const Contact& c : ws.contacts) {
        const std::string* account = account_id(ws, c.account);
        if (!account) continue;
        w.text(*account);
        w.text(c.id);
        w.text(c.name);
        w.text(c.email);
        w.text(c.role);
        w.text(c.champion ? "true" : "false");
        w.text(c.executive_sponsor ? "true" : "false");
        w.text(c.left_company ? "true" : "false");
        w.number(format_iso(c.last_engaged));
        w.end_row();
    }
}

void subscriptions(const Workspace& ws, CsvWriter& w) {
    header(w, {"account", "id", "plan", "start", "end", "amount", "interval"});
    w.end_row();
    for (const SubscriptionPeriod& p : ws.subscriptions) {
        const std::string* account = account_id(ws, p.account);
        if (!account) continue;
        w.text(*account);
        w.text(p.id);
        w.text(p.plan);
        w.number(format_iso(p.start));
        w.number(format_iso(p.end));
        w.money(p.amount);
        w.text(to_string(p.interval));
        w.end_row();
    }
}

void mrr(const Workspace& ws, CsvWriter& w) {
    header(w, {"account", "month", "mrr"});
    w.end_row();
    for (const MrrSnapshot& r : ws.mrr) {
        const std::string* account = account_id(ws, r.account);
        if (!account) continue;
        w.text(*account);
        w.number(format_iso(r.month));
        w.money(r.mrr);
        w.end_row();
    }
}

void usage(const Workspace& ws, CsvWriter& w) {
    header(w, {"account", "date", "active_users", "logins"});
    for (const std::string& f : ws.key_features) w.text("feature:" + f);
    w.end_row();
    const size_t features = std::min(ws.key_features.size(), size_t(kMaxKeyFeatures));
    for (const UsageSample& u : ws.usage) {
        const std::string* account = account_id(ws, u.account);
        if (!account) continue;
        w.text(*account);
        w.number(format_iso(u.date));
        w.integer(u.active_users);
        w.integer(u.logins);
        for (size_t f = 0; f < features; ++f) w.integer(u.feature_uses[f]);
        w.end_row();
    }
}

void tickets(const Workspace& ws, CsvWriter& w) {
    header(w, {"account", "id", "opened", "closed", "priority", "status", "satisfaction"});
    w.end_row();
    for (const Ticket& t : ws.tickets) {
        const std::string* account = account_id(ws, t.account);
        if (!account) continue;
        w.text(*account);
        w.text(t.id);
        w.number(format_iso(t.opened));
        w.number(format_iso(t.closed));
        w.text(to_string(t.priority));
        w.text(to_string(t.status));
        w.text(to_string(t.satisfaction));
        w.end_row();
    }
}

void surveys(const Workspace& ws, CsvWriter& w) {
    header(w, {"account", "date", "kind", "score", "comment"});
    w.end_row();
    for (const SurveyResponse& s : ws.surveys) {
        const std::string* account = account_id(ws, s.account);
        if (!account) continue;
        w.text(*account);
        w.number(format_iso(s.date));
        w.text(to_string(s.kind));
        w.integer(s.score);
        w.text(s.comment);
        w.end_row();
    }
}

void touchpoints(const Workspace& ws, CsvWriter& w) {
    header(w, {"account", "date", "kind", "outcome", "csm"});
    w.end_row();
    for (const Touchpoint& t : ws.touchpoints) {
        const std::string* account = account_id(ws, t.account);
        if (!account) continue;
        w.text(*account);
        w.number(format_iso(t.date));
        w.text(to_string(t.kind));
        w.text(t.outcome);
        w.text(t.csm);
        w.end_row();
    }
}

}  // namespace

const char* to_string(ExportEntity e) { return kNames[int(e)]; }

bool parse_enum(const std::string& text, ExportEntity& out) { return parse_enum_name(kNames, text, out); }

std::string export_entity_csv(const Workspace& ws, const Analysis& analysis, ExportEntity entity) {
    std::string out;
    CsvWriter w(out);
    switch (entity) {
        case ExportEntity::accounts: accounts(ws, analysis, w); break;
        case ExportEntity::csms: csms(ws, w); break;
        case ExportEntity::contacts: contacts(ws, w); break;
        case ExportEntity::subscriptions: subscriptions(ws, w); break;
        case ExportEntity::mrr: mrr(ws, w); break;
        case ExportEntity::usage: usage(ws, w); break;
        case ExportEntity::tickets: tickets(ws, w); break;
        case ExportEntity::surveys: surveys(ws, w); break;
        case ExportEntity::touchpoints: touchpoints(ws, w); break;
    }
    return out;
}

}  // namespace retain
