// Workspace <-> JSON (format: docs/workspace-format.md).
//
// Index
//   1. Writing      a direct string writer, one record per line: at 100,000 accounts and millions of rows
//                   an nlohmann tree would cost gigabytes and most of the time
//   2. Values       what a reader sees (text, numbers, ...) and decoders for dates, counts, money, enums,
//                   with errors that say what was expected and what was found
//   3. Objects      settings, CSMs, accounts, contacts: objects with keys by name
//   4. Tables       {"fields": [...], "rows": [[...], ...]}: columns found by name
//   5. Migrations   older versions are upgraded step by step before decoding
//   6. The document what may be decoded while parsing, and decoding whatever was not
//   7. Streaming    nlohmann's SAX events: rows and list items are decoded as they are parsed, the rest
//                   is kept as a small tree (a full tree of a 100k-account file would take ~6 GB)
//   8. Loading      decode into a fresh workspace, swap it in on success
#include "io/workspace_json.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <exception>
#include <memory>
#include <nlohmann/json.hpp>
#include <type_traits>
#include <unordered_map>

namespace retain {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------------
// 1. Writing
// ---------------------------------------------------------------------------------------------------
// Length of the valid UTF-8 sequence starting at s[i] (RFC 3629: no overlongs, no surrogates, nothing
// above U+10FFFF), or 0 when the bytes there are not one.
size_t utf8_length(std::string_view s, size_t i) {
    auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        if (i + k >= s.size()) return false;
        const unsigned b = static_cast<unsigned char>(s[i + k]);
        return b >= lo && b <= hi;
    };
    const unsigned c = static_cast<unsigned char>(s[i]);
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c >= 0xE1 && c <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

// Appends JSON text to a buffer through a raw pointer: one capacity check per value instead of one
// std::string::append per piece, which is what made saving slow in wasm (4x native before).
class JsonOut {
public:
    std::string take() {
        buf_.resize(used_);
        used_ = 0;
        return std::move(buf_);
    }
    void reserve(size_t bytes) { buf_.resize(std::max(buf_.size(), bytes)); }

    void raw(std::string_view t) { put(t.data(), t.size()); }
    void null() { raw("null"); }
    void boolean(bool b) { raw(b ? "true" : "false"); }
    void number(int64_t v) {
        char* p = room(24);
        used_ += size_t(std::to_chars(p, p + 24, v).ptr - p);
    }
    // Non-ASCII text is written as UTF-8, not \u escapes (smaller, readable). Bytes that are not valid
    // UTF-8 (a mis-decoded import) become U+FFFD, so the file is always valid JSON.
    void text(std::string_view t) {
        char* p = room(t.size() * 6 + 2);  // worst case: every byte a \u00XX escape
        char* const start = p;
        *p++ = '"';
        size_t i = 0;
        while (i < t.size()) {
            const unsigned char c = static_cast<unsigned char>(t[i]);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
                *p++ = char(c);
                ++i;
                continue;
            }
            const size_t len = c >= 0x80 ? utf8_length(t, i) : 0;
            if (len > 0) {
                std::memcpy(p, t.data() + i, len);
                p += len;
                i += len;
                continue;
            }
            p = escape(p, c);
            ++i;
        }
        *p++ = '"';
        used_ += size_t(p - start);
    }
    void date(Date d) {
        if (!d.ok()) return null();
        // Rows repeat the same few hundred days: remember how each was written.
        if (!dates_) dates_ = std::make_unique<std::array<CachedDate, 1024>>();
        CachedDate& c = (*dates_)[uint32_t(d.days()) % dates_->size()];
        if (c.days != d.days() || !c.valid) {
            const Ymd ymd = d.ymd();
            c.valid = ymd.ok();
            c.days = d.days();
            c.text[0] = c.text[11] = '"';
            c.text[5] = c.text[8] = '-';
            put_digits(c.text + 1, ymd.year, 4);
            put_digits(c.text + 6, ymd.month, 2);
            put_digits(c.text + 9, ymd.day, 2);
        }
        if (!c.valid) return null();
        put(c.text, 12);
    }
    void month(Month m) {
        if (!m.ok() || m.year() < 1 || m.year() > 9999) return null();
        char buf[9] = {'"', 0, 0, 0, 0, '-', 0, 0, '"'};
        put_digits(buf + 1, m.year(), 4);
        put_digits(buf + 6, m.month(), 2);
        put(buf, 9);
    }
    // "key": with the comma that separates it from the previous member.
    void key(const char* k, bool first = false) {
        if (!first) raw(",");
        raw("\"");
        raw(k);
        raw("\":");
    }

private:
    struct CachedDate {
        int32_t days = 0;
        bool valid = false;
        char text[12];
    };

    char* room(size_t bytes) {
        if (used_ + bytes > buf_.size()) buf_.resize(std::max(used_ + bytes, buf_.size() + buf_.size() / 2 + 256));
        return &buf_[used_];
    }
    void put(const char* data, size_t size) {
        std::memcpy(room(size), data, size);
        used_ += size;
    }
    static void put_digits(char* out, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) out[i] = char('0' + value % 10);
    }
    static char* escape(char* p, unsigned char c) {
        const char* short_form = nullptr;
        switch (c) {
            case '"': short_form = "\\\""; break;
            case '\\': short_form = "\\\\"; break;
            case '\n': short_form = "\\n"; break;
            case '\r': short_form = "\\r"; break;
            case '\t': short_form = "\\t"; break;
            case '\b': short_form = "\\b"; break;
            case '\f': short_form = "\\f"; break;
            default: break;
        }
        if (short_form) {
            *p++ = short_form[0];
            *p++ = short_form[1];
            return p;
        }
        if (c < 0x20) {
            static const char kHex[] = "0123456789abcdef";
            const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
            std::memcpy(p, u, 6);
            return p + 6;
        }
        std::memcpy(p, "\xEF\xBF\xBD", 3);  // U+FFFD for a byte that starts no valid UTF-8 sequence
        return p + 3;
    }

    std::string buf_;   // bytes [0, used_) are written; the rest is room to write into
    size_t used_ = 0;
    std::unique_ptr<std::array<CachedDate, 1024>> dates_;  // made on the first date written
};

// Writes `"name":{"fields":[...],"rows":[\n[...],\n...]}` calling write_row(row) for each row
// whose account exists; rows pointing at no account cannot be referred to by id and are left out.
template <typename Row, typename WriteRow>
void write_table(JsonOut& o, const char* name, const std::vector<std::string>& fields,
                 const std::vector<Row>& rows, const std::vector<std::string>& quoted_ids, WriteRow write_row) {
    o.raw(",\n\"");
    o.raw(name);
    o.raw("\":{\"fields\":[");
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) o.raw(",");
        o.text(fields[i]);
    }
    o.raw("],\"rows\":[");
    bool first = true;
    for (const Row& r : rows) {
        if (r.account >= quoted_ids.size()) continue;
        o.raw(first ? "\n[" : ",\n[");
        first = false;
        o.raw(quoted_ids[r.account]);
        write_row(r);
        o.raw("]");
    }
    o.raw(first ? "]}" : "\n]}");
}


// Writes `"name":[\n{...},\n...]`, one object per line.
template <typename Item, typename Include, typename WriteMembers>
void write_objects(JsonOut& o, const char* name, const std::vector<Item>& items, Include include,
                   WriteMembers write_members) {
    o.raw(",\n\"");
    o.raw(name);
    o.raw("\":[");
    bool first = true;
    for (const Item& item : items) {
        if (!include(item)) continue;
        o.raw(first ? "\n{" : ",\n{");
        first = false;
        write_members(item);
        o.raw("}");
    }
    o.raw(first ? "]" : "\n]");
}

void write_text_list(JsonOut& o, const std::vector<std::string>& items) {
    o.raw("[");
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) o.raw(",");
        o.text(items[i]);
    }
    o.raw("]");
}

void write_account(JsonOut& o, const Account& a) {
    o.key("id", true); o.text(a.id);
    o.key("name"); o.text(a.name);
    o.key("domain"); o.text(a.domain);
    o.key("industry"); o.text(a.industry);
    o.key("segment"); o.text(a.segment);
    o.key("owner"); o.text(a.owner);
    o.key("plan"); o.text(a.plan);
    o.key("acquisition_source"); o.text(a.acquisition_source);
    o.key("seats"); o.number(a.seats);
    o.key("contract_start"); o.date(a.contract_start);
    o.key("renewal_date"); o.date(a.renewal_date);
    o.key("stage"); o.text(to_string(a.stage));
    o.key("status"); o.text(to_string(a.status));
    o.key("churn_date"); o.date(a.churn_date);
    o.key("churn_reason"); o.text(a.churn_reason);
    o.key("tags"); write_text_list(o, a.tags);
    // Custom fields in key order whatever order they are held in, so equal workspaces save equal bytes.
    std::vector<const std::pair<std::string, std::string>*> custom;
    custom.reserve(a.custom.size());
    for (const auto& kv : a.custom) custom.push_back(&kv);
    std::stable_sort(custom.begin(), custom.end(), [](auto* x, auto* y) { return x->first < y->first; });
    o.key("custom"); o.raw("{");
    for (size_t i = 0; i < custom.size(); ++i) {
        if (i) o.raw(",");
        o.text(custom[i]->first);
        o.raw(":");
        o.text(custom[i]->second);
    }
    o.raw("}");
}

}  // namespace

std::string save_workspace_json(const Workspace& ws) {
    JsonOut o;
    o.reserve(1024 + ws.accounts.size() * 420 + ws.contacts.size() * 200 + ws.usage.size() * 56 +
                ws.mrr.size() * 36 + (ws.tickets.size() + ws.touchpoints.size() + ws.surveys.size()) * 64);
    // schema and version first: `head -1` identifies a file, and a reader knows the version before the
    // data (section 7 decodes rows while parsing only once it has checked them).
    o.raw("{\"schema\":");
    o.text(kWorkspaceSchema);
    o.raw(",\"version\":");
    o.number(kWorkspaceFormatVersion);
    o.raw(",\n\"settings\":{");
    o.key("name", true); o.text(ws.settings.name);
    o.key("currency"); o.text(ws.settings.currency);
    o.key("as_of"); o.date(ws.settings.as_of);
    o.raw("},\n\"key_features\":");
    write_text_list(o, ws.key_features);

    auto always = [](const auto&) { return true; };
    write_objects(o, "csms", ws.csms, always, [&](const Csm& c) {
        o.key("id", true); o.text(c.id);
        o.key("name"); o.text(c.name);
        o.key("email"); o.text(c.email);
        o.key("capacity"); o.number(c.capacity);
    });
    write_objects(o, "accounts", ws.accounts, always, [&](const Account& a) { write_account(o, a); });

    // Rows name their account by id: quote each id once rather than once per row.
    std::vector<std::string> ids(ws.accounts.size());
    for (size_t i = 0; i < ids.size(); ++i) {
        JsonOut q;
        q.text(ws.accounts[i].id);
        ids[i] = q.take();
    }
    auto has_account = [&](const auto& row) { return row.account < ids.size(); };
    write_objects(o, "contacts", ws.contacts, has_account, [&](const Contact& c) {
        o.key("account", true); o.raw(ids[c.account]);
        o.key("id"); o.text(c.id);
        o.key("name"); o.text(c.name);
        o.key("email"); o.text(c.email);
        o.key("role"); o.text(c.role);
        o.key("champion"); o.boolean(c.champion);
        o.key("executive_sponsor"); o.boolean(c.executive_sponsor);
        o.key("left_company"); o.boolean(c.left_company);
        o.key("last_engaged"); o.date(c.last_engaged);
    });

    write_table(o, "subscriptions", {"account", "id", "plan", "start", "end", "amount", "interval"},
                ws.subscriptions, ids, [&](const SubscriptionPeriod& r) {
                    o.raw(","); o.text(r.id);
                    o.raw(","); o.text(r.plan);
                    o.raw(","); o.date(r.start);
                    o.raw(","); o.date(r.end);
                    o.raw(","); o.number(r.amount.minor);
                    o.raw(","); o.text(to_string(r.interval));
                });
    write_table(o, "mrr", {"account", "month", "mrr"}, ws.mrr, ids, [&](const MrrSnapshot& r) {
        o.raw(","); o.month(r.month);
        o.raw(","); o.number(r.mrr.minor);
    });
    std::vector<std::string> usage_fields = {"account", "date", "active_users", "logins"};
    const size_t features = std::min(ws.key_features.size(), size_t(kMaxKeyFeatures));
    for (size_t f = 0; f < features; ++f) usage_fields.push_back("feature:" + ws.key_features[f]);
    write_table(o, "usage", usage_fields, ws.usage, ids, [&](const UsageSample& r) {
        o.raw(","); o.date(r.date);
        o.raw(","); o.number(r.active_users);
        o.raw(","); o.number(r.logins);
        for (size_t f = 0; f < features; ++f) {
            o.raw(",");
            o.number(r.feature_uses[f]);
        }
    });
    write_table(o, "tickets", {"account", "id", "opened", "closed", "priority", "status", "satisfaction"},
                ws.tickets, ids, [&](const Ticket& r) {
                    o.raw(","); o.text(r.id);
                    o.raw(","); o.date(r.opened);
                    o.raw(","); o.date(r.closed);
                    o.raw(","); o.text(to_string(r.priority));
                    o.raw(","); o.text(to_string(r.status));
                    o.raw(","); o.text(to_string(r.satisfaction));
                });
    write_table(o, "surveys", {"account", "date", "kind", "score", "comment"}, ws.surveys, ids,
                [&](const SurveyResponse& r) {
                    o.raw(","); o.date(r.date);
                    o.raw(","); o.text(to_string(r.kind));
                    o.raw(","); o.number(r.score);
                    o.raw(","); o.text(r.comment);
                });
    write_table(o, "touchpoints", {"account", "date", "kind", "outcome", "csm"}, ws.touchpoints, ids,
                [&](const Touchpoint& r) {
                    o.raw(","); o.date(r.date);
                    o.raw(","); o.text(to_string(r.kind));
                    o.raw(","); o.text(r.outcome);
                    o.raw(","); o.text(r.csm);
                });
    o.raw("\n}\n");
    return o.take();
}


namespace {

// ---------------------------------------------------------------------------------------------------
// 2. Values
// ---------------------------------------------------------------------------------------------------
// A value as the decoders see it: a cell of a streamed row, or a node of the small tree (view()).
// Text is a view; decoders copy what they keep.
struct Value {
    enum Kind : uint8_t { null, boolean, integer, unsigned_integer, floating, text, list, object };
    Kind kind = null;
    bool b = false;
    int64_t i = 0;
    uint64_t u = 0;
    double f = 0;
    std::string_view s;
};

Value view(const json& v) {
    Value x;
    // Unsigned before signed: nlohmann hands out its signed pointer for unsigned values too
    // (is_number_integer() is true for both), which would read 18446744073709551615 as -1.
    if (const bool* b = v.get_ptr<const bool*>()) {
        x.kind = Value::boolean;
        x.b = *b;
    } else if (const auto* u = v.get_ptr<const json::number_unsigned_t*>()) {
        x.kind = Value::unsigned_integer;
        x.u = *u;
    } else if (const auto* i = v.get_ptr<const json::number_integer_t*>()) {
        x.kind = Value::integer;
        x.i = *i;
    } else if (const auto* f = v.get_ptr<const json::number_float_t*>()) {
        x.kind = Value::floating;
        x.f = *f;
    } else if (const std::string* s = v.get_ptr<const std::string*>()) {
        x.kind = Value::text;
        x.s = *s;
    } else if (v.is_array()) {
        x.kind = Value::list;
    } else if (v.is_object()) {
        x.kind = Value::object;
    }
    return x;
}

// Text as JSON shows it, quoted and escaped, cut to a readable length at a character boundary.
std::string json_quoted(std::string_view text) {
    JsonOut o;
    o.text(text);
    const std::string quoted = o.take();
    if (quoted.size() <= 60) return quoted;
    size_t cut = 56;
    while (cut > 1 && (static_cast<unsigned char>(quoted[cut]) & 0xC0) == 0x80) --cut;
    return quoted.substr(0, cut) + "...\"";
}

// A value as it appears in the file, for "got ..." in messages.
std::string describe(const Value& v) {
    switch (v.kind) {
        case Value::null: return "null";
        case Value::boolean: return v.b ? "true" : "false";
        case Value::integer: return std::to_string(v.i);
        case Value::unsigned_integer: return std::to_string(v.u);
        case Value::floating: return json(v.f).dump();
        case Value::text: return json_quoted(v.s);
        case Value::list: return "a list";
        case Value::object: return "an object";
    }
    return "?";
}
std::string describe(const json& v) { return describe(view(v)); }

bool get_text(const Value& v, std::string& out, std::string& what) {
    if (v.kind == Value::text) { out.assign(v.s); return true; }
    if (v.kind == Value::null) { out.clear(); return true; }
    what = "expected text, got " + describe(v);
    return false;
}

bool get_flag(const Value& v, bool& out, std::string& what) {
    if (v.kind == Value::boolean) { out = v.b; return true; }
    what = "expected true or false, got " + describe(v);
    return false;
}

// A date that may be empty (null or "").
bool get_date(const Value& v, Date& out, std::string& what) {
    if (v.kind == Value::null || (v.kind == Value::text && v.s.empty())) { out = Date{}; return true; }
    if (v.kind == Value::text && parse_iso_date(v.s, out)) return true;
    what = "expected a date YYYY-MM-DD, got " + describe(v);
    return false;
}

// The date a row is about: it must be there.
bool get_day(const Value& v, Date& out, std::string& what) {
    if (v.kind == Value::text && parse_iso_date(v.s, out)) return true;
    what = "expected a date YYYY-MM-DD, got " + describe(v);
    return false;
}

bool get_month(const Value& v, Month& out, std::string& what) {
    if (v.kind == Value::text && parse_iso_month(v.s, out)) return true;
    what = "expected a month YYYY-MM, got " + describe(v);
    return false;
}

bool get_whole(const Value& v, int64_t lo, int64_t hi, int64_t& out, std::string& what) {
    if (v.kind == Value::unsigned_integer || (v.kind == Value::integer && v.i >= 0)) {
        const uint64_t u = v.kind == Value::integer ? uint64_t(v.i) : v.u;
        if (u <= uint64_t(hi) && int64_t(u) >= lo) { out = int64_t(u); return true; }
    } else if (v.kind == Value::integer) {
        if (v.i >= lo && v.i <= hi) { out = v.i; return true; }
        if (lo == 0) { what = "must not be negative, got " + describe(v); return false; }
    } else {
        what = "expected a whole number, got " + describe(v);
        return false;
    }
    what = "out of range: " + describe(v) + " (expected " + std::to_string(lo) + " to " + std::to_string(hi) + ")";
    return false;
}

bool get_count(const Value& v, int32_t& out, std::string& what) {
    int64_t n = 0;
    if (!get_whole(v, 0, INT32_MAX, n, what)) return false;
    out = int32_t(n);
    return true;
}

// Money is integer minor units (cents), never negative in a workspace.
bool get_money(const Value& v, Money& out, std::string& what) {
    int64_t n = 0;
    if (!get_whole(v, 0, INT64_MAX, n, what)) return false;
    out = Money(n);
    return true;
}

template <typename E, int N>
bool get_enum(const Value& v, E& out, std::string& what) {
    if (v.kind == Value::text && parse_enum(std::string(v.s), out)) return true;
    what = "expected one of ";
    for (int i = 0; i < N; ++i) what += (i ? ", " : "") + json_quoted(to_string(E(i)));
    what += ", got " + describe(v);
    return false;
}

bool get_text_list(const json& v, std::vector<std::string>& out, std::string& what) {
    out.clear();
    if (!v.is_array()) { what = "expected a list of text, got " + describe(v); return false; }
    for (size_t i = 0; i < v.size(); ++i) {
        const std::string* s = v[i].get_ptr<const std::string*>();
        if (!s) { what = "expected a list of text, item " + std::to_string(i) + " is " + describe(v[i]); return false; }
        out.push_back(*s);
    }
    return true;
}

bool get_custom(const json& v, std::vector<std::pair<std::string, std::string>>& out, std::string& what) {
    out.clear();
    if (!v.is_object()) { what = "expected an object of text values, got " + describe(v); return false; }
    for (auto it = v.begin(); it != v.end(); ++it) {  // nlohmann keeps object keys sorted
        const std::string* s = it.value().get_ptr<const std::string*>();
        if (!s) { what = "expected text for " + json_quoted(it.key()) + ", got " + describe(it.value()); return false; }
        out.emplace_back(it.key(), *s);
    }
    return true;
}

std::string at(const std::string& list, size_t i) { return list + "[" + std::to_string(i) + "]"; }

// ---------------------------------------------------------------------------------------------------
// 3. Objects
// ---------------------------------------------------------------------------------------------------
struct AccountLookup {
    std::unordered_map<std::string, AccountIx> index;
    std::string last_id;  // rows of one account come together: skip the hash lookup for repeats
    AccountIx last = kNoAccount;

    bool find(const Value& v, AccountIx& out, std::string& what) {
        if (v.kind != Value::text) { what = "expected an account id (text), got " + describe(v); return false; }
        if (last != kNoAccount && v.s == last_id) { out = last; return true; }
        const auto it = index.find(std::string(v.s));
        if (it == index.end()) {
            what = "unknown account id " + json_quoted(v.s) + " (no entry in \"accounts\" has it)";
            return false;
        }
        last_id.assign(v.s);
        out = last = it->second;
        return true;
    }
};

// The state of one load: the workspace being built and the first error.
struct Decoder {
    Workspace& ws;
    std::string error;
    AccountLookup accounts;
    std::unordered_map<std::string, size_t> csm_ids;

    bool fail(const std::string& where, const std::string& what) {
        error = where.empty() ? what : where + ": " + what;
        return false;
    }
};

template <typename T>
struct Member {
    const char* name;
    bool (*read)(const json& v, T& item, Decoder& d, std::string& what);
};

template <typename T, size_t N>
bool read_object(Decoder& d, const json& obj, const Member<T> (&members)[N], T& item, const std::string& where) {
    if (!obj.is_object()) return d.fail(where, "expected an object, got " + describe(obj));
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const Member<T>* m = nullptr;
        for (const Member<T>& candidate : members)
            if (it.key() == candidate.name) { m = &candidate; break; }
        if (!m) return d.fail(where, "unknown key " + json_quoted(it.key()));
        std::string what;
        if (!m->read(it.value(), item, d, what)) return d.fail(where + "." + m->name, what);
    }
    return true;
}

// A member: its key and how to read it (captureless lambdas, so they fit the function pointer).
#define RETAIN_MEMBER(T, key, expr) \
    Member<T> { key, [](const json& v, T& x, Decoder& d, std::string& what) { (void)d; return expr; } }

const Member<WorkspaceSettings> kSettingsMembers[] = {
    RETAIN_MEMBER(WorkspaceSettings, "name", get_text(view(v), x.name, what)),
    RETAIN_MEMBER(WorkspaceSettings, "currency", get_text(view(v), x.currency, what)),
    RETAIN_MEMBER(WorkspaceSettings, "as_of", get_date(view(v), x.as_of, what)),
};

const Member<Csm> kCsmMembers[] = {
    RETAIN_MEMBER(Csm, "id", get_text(view(v), x.id, what)),
    RETAIN_MEMBER(Csm, "name", get_text(view(v), x.name, what)),
    RETAIN_MEMBER(Csm, "email", get_text(view(v), x.email, what)),
    RETAIN_MEMBER(Csm, "capacity", get_count(view(v), x.capacity, what)),
};

const Member<Account> kAccountMembers[] = {
    RETAIN_MEMBER(Account, "id", get_text(view(v), x.id, what)),
    RETAIN_MEMBER(Account, "name", get_text(view(v), x.name, what)),
    RETAIN_MEMBER(Account, "domain", get_text(view(v), x.domain, what)),
    RETAIN_MEMBER(Account, "industry", get_text(view(v), x.industry, what)),
    RETAIN_MEMBER(Account, "segment", get_text(view(v), x.segment, what)),
    RETAIN_MEMBER(Account, "owner", get_text(view(v), x.owner, what)),
    RETAIN_MEMBER(Account, "plan", get_text(view(v), x.plan, what)),
    RETAIN_MEMBER(Account, "acquisition_source", get_text(view(v), x.acquisition_source, what)),
    RETAIN_MEMBER(Account, "seats", get_count(view(v), x.seats, what)),
    RETAIN_MEMBER(Account, "contract_start", get_date(view(v), x.contract_start, what)),
    RETAIN_MEMBER(Account, "renewal_date", get_date(view(v), x.renewal_date, what)),
    RETAIN_MEMBER(Account, "stage", (get_enum<LifecycleStage, kLifecycleStageCount>(view(v), x.stage, what))),
    RETAIN_MEMBER(Account, "status", (get_enum<AccountStatus, 2>(view(v), x.status, what))),
    RETAIN_MEMBER(Account, "churn_date", get_date(view(v), x.churn_date, what)),
    RETAIN_MEMBER(Account, "churn_reason", get_text(view(v), x.churn_reason, what)),
    RETAIN_MEMBER(Account, "tags", get_text_list(v, x.tags, what)),
    RETAIN_MEMBER(Account, "custom", get_custom(v, x.custom, what)),
};

const Member<Contact> kContactMembers[] = {
    RETAIN_MEMBER(Contact, "account", d.accounts.find(view(v), x.account, what)),
    RETAIN_MEMBER(Contact, "id", get_text(view(v), x.id, what)),
    RETAIN_MEMBER(Contact, "name", get_text(view(v), x.name, what)),
    RETAIN_MEMBER(Contact, "email", get_text(view(v), x.email, what)),
    RETAIN_MEMBER(Contact, "role", get_text(view(v), x.role, what)),
    RETAIN_MEMBER(Contact, "champion", get_flag(view(v), x.champion, what)),
    RETAIN_MEMBER(Contact, "executive_sponsor", get_flag(view(v), x.executive_sponsor, what)),
    RETAIN_MEMBER(Contact, "left_company", get_flag(view(v), x.left_company, what)),
    RETAIN_MEMBER(Contact, "last_engaged", get_date(view(v), x.last_engaged, what)),
};
#undef RETAIN_MEMBER

// One item of the top-level lists, in file order; i is its index in the file.
bool add_csm(Decoder& d, const json& item, size_t i) {
    Csm c;
    if (!read_object(d, item, kCsmMembers, c, at("csms", i))) return false;
    if (c.id.empty()) return d.fail(at("csms", i) + ".id", "every CSM needs an id");
    const auto [it, fresh] = d.csm_ids.emplace(c.id, i);
    if (!fresh)
        return d.fail(at("csms", i) + ".id",
                      "duplicate CSM id " + json_quoted(c.id) + " (also " + at("csms", it->second) + ")");
    d.ws.csms.push_back(std::move(c));
    return true;
}

bool add_account(Decoder& d, const json& item, size_t i) {
    Account a;
    if (!read_object(d, item, kAccountMembers, a, at("accounts", i))) return false;
    if (a.id.empty()) return d.fail(at("accounts", i) + ".id", "every account needs an id");
    const auto [it, fresh] = d.accounts.index.emplace(a.id, AccountIx(d.ws.accounts.size()));
    if (!fresh)
        return d.fail(at("accounts", i) + ".id",
                      "duplicate account id " + json_quoted(a.id) + " (also " + at("accounts", it->second) + ")");
    d.ws.accounts.push_back(std::move(a));
    return true;
}

bool add_contact(Decoder& d, const json& item, size_t i) {
    Contact c;
    if (!read_object(d, item, kContactMembers, c, at("contacts", i))) return false;
    if (c.account == kNoAccount)
        return d.fail(at("contacts", i) + ".account", "missing: every contact belongs to an account");
    d.ws.contacts.push_back(std::move(c));
    return true;
}

// ---------------------------------------------------------------------------------------------------
// 4. Tables
// ---------------------------------------------------------------------------------------------------
template <typename Row>
struct Column {
    const char* name;
    bool required;
    bool (*read)(const Value& v, Row& row, Decoder& d, int arg, std::string& what);
};

#define RETAIN_COLUMN(Row, key, required, expr)                                               \
    Column<Row> {                                                                            \
        key, required, [](const Value& v, Row& x, Decoder& d, int arg, std::string& what) { \
            (void)d;                                                                         \
            (void)arg;                                                                       \
            return expr;                                                                     \
        }                                                                                    \
    }

const Column<SubscriptionPeriod> kSubscriptionColumns[] = {
    RETAIN_COLUMN(SubscriptionPeriod, "account", true, d.accounts.find(v, x.account, what)),
    RETAIN_COLUMN(SubscriptionPeriod, "id", false, get_text(v, x.id, what)),
    RETAIN_COLUMN(SubscriptionPeriod, "plan", false, get_text(v, x.plan, what)),
    RETAIN_COLUMN(SubscriptionPeriod, "start", true, get_day(v, x.start, what)),
    RETAIN_COLUMN(SubscriptionPeriod, "end", false, get_date(v, x.end, what)),
    RETAIN_COLUMN(SubscriptionPeriod, "amount", true, get_money(v, x.amount, what)),
    RETAIN_COLUMN(SubscriptionPeriod, "interval", false, (get_enum<BillingInterval, 2>(v, x.interval, what))),
};
const Column<MrrSnapshot> kMrrColumns[] = {
    RETAIN_COLUMN(MrrSnapshot, "account", true, d.accounts.find(v, x.account, what)),
    RETAIN_COLUMN(MrrSnapshot, "month", true, get_month(v, x.month, what)),
    RETAIN_COLUMN(MrrSnapshot, "mrr", true, get_money(v, x.mrr, what)),
};
const Column<UsageSample> kUsageColumns[] = {
    RETAIN_COLUMN(UsageSample, "account", true, d.accounts.find(v, x.account, what)),
    RETAIN_COLUMN(UsageSample, "date", true, get_day(v, x.date, what)),
    RETAIN_COLUMN(UsageSample, "active_users", false, get_count(v, x.active_users, what)),
    RETAIN_COLUMN(UsageSample, "logins", false, get_count(v, x.logins, what)),
};
// Usage has one more column per key feature, "feature:<name>"; arg is the feature's index.
const Column<UsageSample> kFeatureColumn =
    RETAIN_COLUMN(UsageSample, "feature:", false, get_count(v, x.feature_uses[size_t(arg)], what));
const Column<Ticket> kTicketColumns[] = {
    RETAIN_COLUMN(Ticket, "account", true, d.accounts.find(v, x.account, what)),
    RETAIN_COLUMN(Ticket, "id", false, get_text(v, x.id, what)),
    RETAIN_COLUMN(Ticket, "opened", true, get_day(v, x.opened, what)),
    RETAIN_COLUMN(Ticket, "closed", false, get_date(v, x.closed, what)),
    RETAIN_COLUMN(Ticket, "priority", false, (get_enum<TicketPriority, 4>(v, x.priority, what))),
    RETAIN_COLUMN(Ticket, "status", false, (get_enum<TicketStatus, 4>(v, x.status, what))),
    RETAIN_COLUMN(Ticket, "satisfaction", false, (get_enum<TicketSatisfaction, 3>(v, x.satisfaction, what))),
};
bool get_score(const Value& v, int8_t& out, std::string& what) {
    int64_t n = 0;
    if (!get_whole(v, -128, 127, n, what)) return false;
    out = int8_t(n);
    return true;
}
const Column<SurveyResponse> kSurveyColumns[] = {
    RETAIN_COLUMN(SurveyResponse, "account", true, d.accounts.find(v, x.account, what)),
    RETAIN_COLUMN(SurveyResponse, "date", true, get_day(v, x.date, what)),
    RETAIN_COLUMN(SurveyResponse, "kind", true, (get_enum<SurveyKind, 3>(v, x.kind, what))),
    RETAIN_COLUMN(SurveyResponse, "score", true, get_score(v, x.score, what)),
    RETAIN_COLUMN(SurveyResponse, "comment", false, get_text(v, x.comment, what)),
};
const Column<Touchpoint> kTouchpointColumns[] = {
    RETAIN_COLUMN(Touchpoint, "account", true, d.accounts.find(v, x.account, what)),
    RETAIN_COLUMN(Touchpoint, "date", true, get_day(v, x.date, what)),
    RETAIN_COLUMN(Touchpoint, "kind", false, (get_enum<TouchpointKind, 5>(v, x.kind, what))),
    RETAIN_COLUMN(Touchpoint, "outcome", false, get_text(v, x.outcome, what)),
    RETAIN_COLUMN(Touchpoint, "csm", false, get_text(v, x.csm, what)),
};
#undef RETAIN_COLUMN

// Checks on a whole row (values that depend on each other); `field` names the offending one.
bool subscription_ok(const SubscriptionPeriod& r, std::string& field, std::string& what) {
    if (!r.end.ok() || r.end >= r.start) return true;
    field = "end";
    what = format_iso(r.end) + " is before the start " + format_iso(r.start);
    return false;
}
bool ticket_ok(const Ticket& r, std::string& field, std::string& what) {
    if (!r.closed.ok() || r.closed >= r.opened) return true;
    field = "closed";
    what = format_iso(r.closed) + " is before the ticket was opened " + format_iso(r.opened);
    return false;
}
// Survey scales (SurveyResponse): NPS 0-10, CSAT 1-5, CES 1-7.
bool survey_ok(const SurveyResponse& r, std::string& field, std::string& what) {
    static const int kLow[] = {0, 1, 1}, kHigh[] = {10, 5, 7};
    const int k = int(r.kind);
    if (r.score >= kLow[k] && r.score <= kHigh[k]) return true;
    field = "score";
    what = std::to_string(r.score) + " is outside the " + to_string(r.kind) + " scale " + std::to_string(kLow[k]) +
           "-" + std::to_string(kHigh[k]);
    return false;
}
template <typename Row>
bool any_row(const Row&, std::string&, std::string&) { return true; }

// One table's rows, whether they arrive streamed (section 7) or from the tree (section 6).
class TableSink {
public:
    virtual ~TableSink() = default;
    virtual const char* name() const = 0;
    // Binds the file's field names to columns; false with d.error set.
    virtual bool bind(Decoder& d, const json& fields) = 0;
    virtual size_t width() const = 0;
    // Decodes one row of width() cells; `row` is its index in the file.
    virtual bool add(Decoder& d, const Value* cells, size_t row) = 0;
};

bool row_shape_error(Decoder& d, const char* table, size_t row, size_t width, const std::string& got) {
    return d.fail(at(std::string(table) + ".rows", row),
                  "expected a list of " + std::to_string(width) + " values (one per field), got " + got);
}

template <typename Row>
class Table final : public TableSink {
public:
    using Check = bool (*)(const Row&, std::string& field, std::string& what);
    template <size_t N>
    Table(const char* name, const Column<Row> (&columns)[N], std::vector<Row>& out, Check check)
        : name_(name), columns_(columns), count_(N), out_(out), check_(check) {}

    const char* name() const override { return name_; }
    size_t width() const override { return bound_.size(); }

    bool bind(Decoder& d, const json& fields) override {
        const std::string where = std::string(name_) + ".fields";
        if (!fields.is_array()) return d.fail(where, "expected a list of field names, got " + describe(fields));
        bound_.clear();
        names_.clear();
        for (size_t i = 0; i < fields.size(); ++i) {
            const std::string* field = fields[i].get_ptr<const std::string*>();
            if (!field) return d.fail(at(where, i), "expected a field name, got " + describe(fields[i]));
            std::string what;
            if (!bind_one(d, *field, what)) return d.fail(at(where, i), what);
            for (size_t k = 0; k < i; ++k)
                if (names_[k] == *field) return d.fail(at(where, i), json_quoted(*field) + " is listed twice");
        }
        for (size_t c = 0; c < count_; ++c) {
            if (!columns_[c].required) continue;
            bool listed = false;
            for (const Bound& b : bound_) listed = listed || b.column == &columns_[c];
            if (!listed) return d.fail(where, "missing the required field " + json_quoted(columns_[c].name));
        }
        return true;
    }

    bool add(Decoder& d, const Value* cells, size_t row) override {
        Row r;
        std::string what;
        for (size_t i = 0; i < bound_.size(); ++i)
            if (!bound_[i].column->read(cells[i], r, d, bound_[i].arg, what))
                return d.fail(at(std::string(name_) + ".rows", row) + "." + names_[i], what);
        std::string field;
        if (!check_(r, field, what)) return d.fail(at(std::string(name_) + ".rows", row) + "." + field, what);
        out_.push_back(std::move(r));
        return true;
    }

private:
    struct Bound {
        const Column<Row>* column;
        int arg;
    };

    bool bind_one(Decoder& d, const std::string& field, std::string& what) {
        for (size_t c = 0; c < count_; ++c) {
            if (field != columns_[c].name) continue;
            bound_.push_back({&columns_[c], 0});
            names_.push_back(field);
            return true;
        }
        if constexpr (std::is_same_v<Row, UsageSample>) {
            const std::string prefix = kFeatureColumn.name;
            if (field.compare(0, prefix.size(), prefix) == 0) {
                const std::vector<std::string>& features = d.ws.key_features;
                const std::string feature = field.substr(prefix.size());
                for (size_t f = 0; f < features.size(); ++f) {
                    if (features[f] != feature) continue;
                    bound_.push_back({&kFeatureColumn, int(f)});
                    names_.push_back(field);
                    return true;
                }
                what = json_quoted(feature) + " is not one of key_features";
                return false;
            }
        }
        what = "unknown field " + json_quoted(field) + "; known fields are ";
        for (size_t c = 0; c < count_; ++c) what += (c ? ", " : "") + json_quoted(columns_[c].name);
        if constexpr (std::is_same_v<Row, UsageSample>) what += " and \"feature:<key feature>\"";
        return false;
    }

    const char* name_;
    const Column<Row>* columns_;
    size_t count_;
    std::vector<Row>& out_;
    Check check_;
    std::vector<Bound> bound_;
    std::vector<std::string> names_;
};

// Every table of the format, in file order.
struct Tables {
    Table<SubscriptionPeriod> subscriptions;
    Table<MrrSnapshot> mrr;
    Table<UsageSample> usage;
    Table<Ticket> tickets;
    Table<SurveyResponse> surveys;
    Table<Touchpoint> touchpoints;
    std::array<TableSink*, 6> all;

    explicit Tables(Workspace& ws)
        : subscriptions("subscriptions", kSubscriptionColumns, ws.subscriptions, subscription_ok),
          mrr("mrr", kMrrColumns, ws.mrr, any_row<MrrSnapshot>),
          usage("usage", kUsageColumns, ws.usage, any_row<UsageSample>),
          tickets("tickets", kTicketColumns, ws.tickets, ticket_ok),
          surveys("surveys", kSurveyColumns, ws.surveys, survey_ok),
          touchpoints("touchpoints", kTouchpointColumns, ws.touchpoints, any_row<Touchpoint>),
          all{&subscriptions, &mrr, &usage, &tickets, &surveys, &touchpoints} {}
    Tables(const Tables&) = delete;
    Tables& operator=(const Tables&) = delete;

    int find(const std::string& name) const {
        for (size_t i = 0; i < all.size(); ++i)
            if (name == all[i]->name()) return int(i);
        return -1;
    }
};

// ---------------------------------------------------------------------------------------------------
// 5. Migrations
// ---------------------------------------------------------------------------------------------------
// kMigrations[i] upgrades a version i + 1 document to version i + 2 in place (renaming keys, filling
// new fields), so a file of any older version is brought up to date one step at a time before decoding.
// Version 1 is the first format, so there is no step yet; version 2 adds `migrate_v1_to_v2` here.
using Migration = bool (*)(json& doc, std::string& error);
const std::array<Migration, kWorkspaceFormatVersion - 1> kMigrations = {};

bool migrate(json& doc, int64_t version, std::string& error) {
    for (int64_t v = version; v < kWorkspaceFormatVersion; ++v) {
        if (!kMigrations[size_t(v - 1)](doc, error)) return false;
        doc["version"] = v + 1;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------
// 6. The document
// ---------------------------------------------------------------------------------------------------
const char* const kTopLevelKeys[] = {"schema", "version", "settings", "key_features", "csms", "accounts",
                                     "contacts", "subscriptions", "mrr", "usage", "tickets", "surveys",
                                     "touchpoints"};

bool check_schema(Decoder& d, const json& schema) {
    const std::string* text = schema.get_ptr<const std::string*>();
    if (text && *text == kWorkspaceSchema) return true;
    return d.fail("schema", "not a Retain workspace: expected " + json_quoted(kWorkspaceSchema) + ", got " +
                                describe(schema));
}

// Newer versions are refused here, before anything else is decoded; older ones need migrating.
bool check_version(Decoder& d, const json& v, int64_t& version) {
    const Value number = view(v);
    if (number.kind == Value::unsigned_integer && number.u > uint64_t(kWorkspaceFormatVersion))
        return d.fail("version", "this file is version " + std::to_string(number.u) + ", made by a newer Retain; " +
                                     "this one reads versions up to " + std::to_string(kWorkspaceFormatVersion) +
                                     ". Update Retain to open it");
    std::string what;
    if (!get_whole(number, INT64_MIN, INT64_MAX, version, what)) return d.fail("version", what);
    if (version < 1) return d.fail("version", "expected 1 or more, got " + std::to_string(version));
    return true;
}

bool read_header(Decoder& d, json& doc) {
    if (!doc.is_object())
        return d.fail("", "not a Retain workspace: expected a JSON object at the top level, got " + describe(doc));
    const auto schema = doc.find("schema");
    if (schema == doc.end())
        return d.fail("", "not a Retain workspace: \"schema\" is missing (expected " +
                              json_quoted(kWorkspaceSchema) + ")");
    if (!check_schema(d, *schema)) return false;
    const auto version_it = doc.find("version");
    if (version_it == doc.end())
        return d.fail("version", "missing (this build writes version " + std::to_string(kWorkspaceFormatVersion) + ")");
    int64_t version = 0;
    if (!check_version(d, *version_it, version)) return false;
    std::string what;
    if (!migrate(doc, version, what))
        return d.fail("", "upgrading from version " + std::to_string(version) + ": " + what);
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        bool known = false;
        for (const char* k : kTopLevelKeys) known = known || it.key() == k;
        if (!known) return d.fail("", "unknown top-level key " + json_quoted(it.key()));
    }
    return true;
}

bool read_key_features(Decoder& d, const json& list) {
    std::vector<std::string>& features = d.ws.key_features;
    std::string what;
    if (!get_text_list(list, features, what)) return d.fail("key_features", what);
    if (features.size() > size_t(kMaxKeyFeatures))
        return d.fail("key_features", "at most " + std::to_string(kMaxKeyFeatures) + " key features, got " +
                                          std::to_string(features.size()));
    for (size_t i = 0; i < features.size(); ++i) {
        if (features[i].empty()) return d.fail(at("key_features", i), "a key feature needs a name");
        for (size_t k = 0; k < i; ++k)
            if (features[k] == features[i])
                return d.fail(at("key_features", i), json_quoted(features[i]) + " is listed twice");
    }
    return true;
}

bool read_rows(Decoder& d, TableSink& sink, const json& rows) {
    std::vector<Value> cells;
    for (size_t r = 0; r < rows.size(); ++r) {
        const json& row = rows[r];
        if (!row.is_array()) return row_shape_error(d, sink.name(), r, sink.width(), describe(row));
        if (row.size() != sink.width())
            return row_shape_error(d, sink.name(), r, sink.width(), std::to_string(row.size()) + " values");
        cells.clear();
        for (const json& cell : row) cells.push_back(view(cell));
        if (!sink.add(d, cells.data(), r)) return false;
    }
    return true;
}

// What the streaming pass (section 7) already decoded; the rest is decoded from the tree.
struct Streamed {
    bool key_features = false, csms = false, accounts = false, contacts = false;
    std::array<bool, 6> tables{};
};

using AddItem = bool (*)(Decoder& d, const json& item, size_t i);

bool read_items(Decoder& d, const json& doc, const char* name, AddItem add) {
    const auto found = doc.find(name);
    if (found == doc.end()) return true;
    if (!found->is_array()) return d.fail(name, "expected a list of objects, got " + describe(*found));
    for (size_t i = 0; i < found->size(); ++i)
        if (!add(d, (*found)[i], i)) return false;
    return true;
}

bool read_table(Decoder& d, const json& doc, TableSink& sink, bool streamed) {
    const std::string name = sink.name();
    const auto found = doc.find(name);
    if (found == doc.end()) return true;
    const json& table = *found;
    if (!table.is_object())
        return d.fail(name, "expected {\"fields\": [...], \"rows\": [...]}, got " + describe(table));
    for (auto it = table.begin(); it != table.end(); ++it)
        if (it.key() != "fields" && it.key() != "rows") return d.fail(name, "unknown key " + json_quoted(it.key()));
    const auto fields = table.find("fields");
    const auto rows = table.find("rows");
    if (fields == table.end()) return d.fail(name + ".fields", "missing (the list of field names)");
    if (rows == table.end()) return d.fail(name + ".rows", "missing (the list of rows)");
    if (streamed) return true;
    if (!sink.bind(d, *fields)) return false;
    if (!rows->is_array()) return d.fail(name + ".rows", "expected a list of rows, got " + describe(*rows));
    return read_rows(d, sink, *rows);
}

// Decodes, from the tree, every part the streaming pass did not (all of it for an older version).
bool decode_rest(Decoder& d, json& doc, Tables& tables, const Streamed& streamed) {
    if (!read_header(d, doc)) return false;
    if (const auto settings = doc.find("settings"); settings != doc.end())
        if (!read_object(d, *settings, kSettingsMembers, d.ws.settings, "settings")) return false;
    if (const auto features = doc.find("key_features"); features != doc.end() && !streamed.key_features)
        if (!read_key_features(d, *features)) return false;
    if ((!streamed.csms && !read_items(d, doc, "csms", add_csm)) ||
        (!streamed.accounts && !read_items(d, doc, "accounts", add_account)) ||
        (!streamed.contacts && !read_items(d, doc, "contacts", add_contact)))
        return false;
    for (size_t t = 0; t < tables.all.size(); ++t)
        if (!read_table(d, doc, *tables.all[t], streamed.tables[t])) return false;
    return true;
}

// ---------------------------------------------------------------------------------------------------
// 7. Streaming
// ---------------------------------------------------------------------------------------------------
// Builds the document tree from nlohmann's SAX events like nlohmann's own parser, except:
//  - rows of a table are decoded as they arrive, once its fields, the accounts (and for usage the key
//    features) are known; the tree keeps an empty "rows" list;
//  - items of csms / accounts / contacts are decoded as each one closes and then dropped from the tree;
//  - none of that starts before schema and version have been checked and need no migration.
// A file written by save_workspace_json has everything in that order, so only small parts stay in the
// tree; any other order still loads, through decode_rest.
class StreamingReader final : public nlohmann::json_sax<json> {
public:
    StreamingReader(Decoder& d, Tables& tables) : d_(d), tables_(tables) {}

    json root;
    Streamed streamed;
    std::string syntax_error;  // set when the text is not JSON

    bool null() override {
        Value v;
        return value(v, [] { return json(nullptr); });
    }
    bool boolean(bool b) override {
        Value v;
        v.kind = Value::boolean;
        v.b = b;
        return value(v, [&] { return json(b); });
    }
    bool number_integer(number_integer_t i) override {
        Value v;
        v.kind = Value::integer;
        v.i = i;
        return value(v, [&] { return json(i); });
    }
    bool number_unsigned(number_unsigned_t u) override {
        Value v;
        v.kind = Value::unsigned_integer;
        v.u = u;
        return value(v, [&] { return json(u); });
    }
    bool number_float(number_float_t f, const string_t&) override {
        Value v;
        v.kind = Value::floating;
        v.f = f;
        return value(v, [&] { return json(f); });
    }
    bool string(string_t& s) override {
        Value v;
        v.kind = Value::text;
        v.s = s;
        return value(v, [&] { return json(s); });
    }
    bool binary(binary_t&) override { return true; }  // JSON text has none

    bool start_object(std::size_t) override {
        if (rows_) return row_container(Value::object);
        stack_.push_back(place(json::object()));
        return true;
    }
    bool key(string_t& k) override {
        json& object = *stack_.back();
        if (stack_.size() <= 2 && object.contains(k)) {
            const std::string where = stack_.size() == 1 ? "" : top_key_;
            return d_.fail(where, json_quoted(k) + " appears twice");
        }
        if (stack_.size() == 1) top_key_ = k;
        if (stack_.size() == 2) member_key_ = k;
        member_ = &object[k];
        return true;
    }
    bool end_object() override { return end_container(); }

    bool start_array(std::size_t) override {
        if (rows_) return row_container(Value::list);
        if (stack_.size() == 2 && member_key_ == "rows" && stack_.back()->is_object()) {
            const int t = tables_.find(top_key_);
            if (t >= 0 && can_stream_rows(*tables_.all[size_t(t)])) return start_rows(size_t(t));
        }
        if (stack_.size() == 1) items_ = can_stream_items(top_key_) ? item_adder(top_key_) : nullptr;
        stack_.push_back(place(json::array()));
        return true;
    }
    bool end_array() override {
        if (!rows_) return end_container();
        if (in_row_) return end_row();
        rows_ = nullptr;
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        std::string what = e.what();  // "[json.exception.parse_error.101] parse error at line 3, ..."
        const size_t tag_end = what.find("] ");
        if (tag_end != std::string::npos) what = what.substr(tag_end + 2);
        syntax_error = "not valid JSON: " + what;
        return false;
    }

private:
    // ---- the tree ----
    json* place(json&& v) {
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(v));
            return &parent.back();
        }
        *member_ = std::move(v);
        return member_;
    }

    template <typename MakeJson>
    bool value(const Value& v, MakeJson make) {
        if (rows_) return row_value(v);
        json* placed = place(make());
        if (stack_.size() == 1) return top_level_value(*placed);
        if (stack_.size() == 2 && items_) return item_done(*placed);
        return true;
    }

    bool end_container() {
        json* done = stack_.back();
        stack_.pop_back();
        if (stack_.size() == 2 && items_) return item_done(*done);
        if (stack_.size() == 1) return top_level_value(*done);
        return true;
    }

    // ---- what may be decoded while parsing ----
    bool top_level_value(const json& v) {
        if (top_key_ == "schema") schema_ok_ = check_schema(d_, v);
        if (top_key_ == "version") {
            int64_t version = 0;
            if (!check_version(d_, v, version)) return false;
            version_ok_ = version == kWorkspaceFormatVersion;  // older files are migrated as a tree
        }
        if (!d_.error.empty()) return false;
        if (top_key_ == "key_features" && header_ok()) {
            if (!read_key_features(d_, v)) return false;
            streamed.key_features = true;
        }
        if (top_key_ == "accounts" && items_) accounts_done_ = true;
        items_ = nullptr;
        return true;
    }

    bool header_ok() const { return schema_ok_ && version_ok_; }

    bool can_stream_items(const std::string& list) const {
        if (!header_ok()) return false;
        return list == "csms" || list == "accounts" || (list == "contacts" && accounts_done_);
    }
    AddItem item_adder(const std::string& list) {
        if (list == "csms") { streamed.csms = true; return add_csm; }
        if (list == "accounts") { streamed.accounts = true; return add_account; }
        streamed.contacts = true;
        return add_contact;
    }
    bool item_done(json& item) {
        const size_t index = stack_.back()->size() - 1;
        if (!items_(d_, item, index)) return false;
        item = nullptr;  // decoded: drop it from the tree
        return true;
    }

    bool can_stream_rows(const TableSink& table) const {
        if (!header_ok() || !accounts_done_ || !stack_.back()->contains("fields")) return false;
        return &table != &tables_.usage || streamed.key_features;
    }

    // ---- rows ----
    bool start_rows(size_t t) {
        TableSink& table = *tables_.all[t];
        if (!table.bind(d_, (*stack_.back())["fields"])) return false;
        place(json::array());  // the tree keeps an empty "rows"
        streamed.tables[t] = true;
        rows_ = &table;
        row_ = 0;
        in_row_ = false;
        return true;
    }
    bool row_container(Value::Kind kind) {
        if (!in_row_ && kind == Value::list) {
            in_row_ = true;
            cells_used_ = 0;
            return true;
        }
        if (!in_row_) return row_shape_error(d_, rows_->name(), row_, rows_->width(), "an object");
        return d_.fail(at(std::string(rows_->name()) + ".rows", row_),
                       "value " + std::to_string(cells_used_) + " is " +
                           (kind == Value::list ? "a list" : "an object") +
                           "; a row holds text, numbers, true, false or null");
    }
    bool row_value(const Value& v) {
        if (!in_row_) return row_shape_error(d_, rows_->name(), row_, rows_->width(), describe(v));
        if (cells_used_ == cells_.size()) {
            cells_.emplace_back();
            texts_.emplace_back();
        }
        cells_[cells_used_] = v;
        if (v.kind == Value::text) texts_[cells_used_].assign(v.s);  // the parser reuses its buffer
        ++cells_used_;
        return true;
    }
    bool end_row() {
        in_row_ = false;
        if (cells_used_ != rows_->width())
            return row_shape_error(d_, rows_->name(), row_, rows_->width(), std::to_string(cells_used_) + " values");
        for (size_t i = 0; i < cells_used_; ++i)
            if (cells_[i].kind == Value::text) cells_[i].s = texts_[i];
        return rows_->add(d_, cells_.data(), row_++);
    }

    Decoder& d_;
    Tables& tables_;
    std::vector<json*> stack_;  // open containers; stack_[0] is the root
    json* member_ = nullptr;    // the object member the next value fills
    std::string top_key_;       // the top-level member being read
    std::string member_key_;    // the member of a top-level object being read ("fields", "rows")
    bool schema_ok_ = false, version_ok_ = false, accounts_done_ = false;
    AddItem items_ = nullptr;   // decodes items of the top-level list being read, when streaming it
    TableSink* rows_ = nullptr; // the table whose rows are being streamed
    size_t row_ = 0;
    bool in_row_ = false;
    std::vector<Value> cells_;
    std::vector<std::string> texts_;
    size_t cells_used_ = 0;
};

}  // namespace

// ---------------------------------------------------------------------------------------------------
// 8. Loading
// ---------------------------------------------------------------------------------------------------
bool load_workspace_json(std::string_view text, Workspace& out, std::string& error) {
    // Nothing here throws on bad input: the SAX parser reports syntax errors to parse_error, and the
    // decoders never call at() or get<T>() on unchecked values. The catch is for running out of memory,
    // which must not escape into the page either.
    try {
        Workspace ws;
        Decoder d{ws, {}, {}, {}};
        Tables tables(ws);
        StreamingReader reader(d, tables);
        const bool parsed = json::sax_parse(text.begin(), text.end(), &reader);
        if (!parsed || !decode_rest(d, reader.root, tables, reader.streamed)) {
            error = !d.error.empty() ? d.error : !reader.syntax_error.empty() ? reader.syntax_error : "not valid JSON";
            return false;
        }
        ws.reindex();
        ws.sort_rows();
        out = std::move(ws);
        return true;
    } catch (const std::exception& e) {
        error = std::string("could not read the workspace: ") + e.what();
        return false;
    }
}

}  // namespace retain
