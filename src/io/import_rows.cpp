// Rows to entities (see import_plan.hpp): per column the date and money formats are decided first, then
// every row is read field by field, validated and either staged or rejected with its errors reported.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <memory>
#include <optional>

#include "io/import_detail.hpp"
#include "io/value_parse_text.hpp"

namespace retain::import_detail {
namespace {

using value_parse_detail::trim_cell;

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// One row being read: cells by field key, each problem reported with its place.
// Lookups by key run for every cell of millions of rows, so the field index of each key and the column
// of each field are worked out once per file (`keys`, `column_of`) rather than searched per cell.
struct RowReader {
    const RawTable& table;
    const FileReport& report;
    const EntityInfo& info;
    ImportPlan& plan;
    const std::vector<DateFormat>& date_format;    // per column
    const std::vector<MoneyFormat>& money_format;  // per column
    size_t row = 0;
    bool bad = false;
    std::vector<int> column_of;  // per field of the entity: its column, or -1
    std::vector<int> feature_of; // usage: per column, its index in StagedRows::key_features, or -1
    std::string_view last_id;    // the last account id a child row named, and its number in ImportState::ids
    uint32_t last_id_number = IdIndex::kNone;
    mutable std::vector<std::pair<const char*, int>> keys;  // key (by address) -> field, filled as asked
    mutable std::array<std::pair<const char*, int>, 64> recent{};  // the keys last asked, by address
    // Per enum field, the words met so far and what match_enum_word made of them: an enum column holds a
    // handful of distinct words, and matching one normalizes it (allocating) every time.
    std::vector<std::vector<std::pair<std::string, const char*>>> enum_words;

    RowReader(const RawTable& t, const FileReport& r, const EntityInfo& i, ImportPlan& p,
              const std::vector<DateFormat>& dates, const std::vector<MoneyFormat>& money)
        : table(t), report(r), info(i), plan(p), date_format(dates), money_format(money) {
        for (size_t f = 0; f < info.fields.size(); ++f) column_of.push_back(report.mapping.column_of_field(int(f)));
        enum_words.resize(info.fields.size());
    }
    const char* enum_word(size_t f, std::string_view s) {
        std::vector<std::pair<std::string, const char*>>& seen = enum_words[f];
        for (const auto& w : seen)
            if (w.first == s) return w.second;
        const char* word = match_enum_word(info.fields[f], s);
        if (seen.size() < 32) seen.emplace_back(std::string(s), word);  // a free-text column stays uncached
        return word;
    }

    int field(const char* key) const {
        // A row asks for ~25 keys, each a literal whose address is fixed: a direct-mapped cache by address
        // answers nearly every call at once (a scan of `keys` was a few % of an import in wasm).
        std::pair<const char*, int>& hit = recent[(reinterpret_cast<uintptr_t>(key) >> 2) % recent.size()];
        if (hit.first == key && key) return hit.second;
        for (const auto& k : keys)
            if (k.first == key) return (hit = k).second;
        const int f = find_field(info.entity, key);  // a key literal seen for the first time
        keys.emplace_back(key, f);
        return (hit = keys.back()).second;
    }
    int column(int f) const { return f < 0 ? -1 : column_of[size_t(f)]; }
    bool from_cell(const char* key) const { return column(field(key)) >= 0; }
    bool given(const char* key) const {
        const int f = field(key);
        return f >= 0 && (column(f) >= 0 || report.mapping.constant_of(f));
    }
    std::string_view raw(const char* key) const {
        const int f = field(key);
        const int c = column(f);
        if (c >= 0) return trim_cell(table.cell(row, size_t(c)));
        if (const FieldConstant* k = f >= 0 ? report.mapping.constant_of(f) : nullptr) return k->value;
        return {};
    }
    void issue(const char* key, std::string message, IssueSeverity severity = IssueSeverity::error) {
        ImportIssue i;
        i.file = report.name;
        i.line = table.lines[row];
        const int c = key ? column(field(key)) : -1;
        if (c >= 0) {
            i.column = size_t(c) + 1;
            i.column_name = table.headers[size_t(c)];
            i.value = std::string(table.cell(row, size_t(c)));
        }
        i.message = std::move(message);
        i.severity = severity;
        if (severity == IssueSeverity::error) bad = true;
        plan.issues.push_back(std::move(i));
    }
    std::string text(const char* key) const { return std::string(raw(key)); }
    std::string required_text(const char* key) {
        std::string s = text(key);
        if (s.empty()) issue(key, std::string(info.fields[size_t(field(key))].label) + " is required");
        return s;
    }
    Date date(const char* key, bool required = false) {
        const std::string_view s = raw(key);
        const int c = column(field(key));
        const DateFormat format = c >= 0 ? date_format[size_t(c)] : DateFormat::iso;
        Date d;
        if (!parse_date(s, format, d)) issue(key, date_error(s, format));
        else if (required && !d.ok()) issue(key, std::string(info.fields[size_t(field(key))].label) + " is required");
        return d;
    }
    Month month(const char* key) {
        const std::string_view s = raw(key);
        Month m;
        if (parse_iso_month(s, m)) return m;
        const Date d = date(key, true);
        return d.ok() ? Month::of(d) : Month{};
    }
    // Money that may not be negative; `present` says whether the cell had a value.
    Money money(const char* key, bool& present, bool required = false) {
        const std::string_view s = raw(key);
        const int c = column(field(key));
        const MoneyFormat format = c >= 0 ? money_format[size_t(c)] : MoneyFormat{};
        MoneyCell cell;
        present = false;
        if (!parse_money(s, format, cell)) {
            issue(key, money_error(s, format));
        } else if (cell.empty) {
            if (required) issue(key, std::string(info.fields[size_t(field(key))].label) + " is required");
        } else if (cell.amount.minor < 0) {
            issue(key, "an amount cannot be negative here");
        } else {
            present = true;
            if (cell.rounded) issue(key, "more than two decimals: rounded to the cent", IssueSeverity::warning);
        }
        return cell.amount;
    }
    // A whole number that may not be negative.
    std::optional<int64_t> count(const char* key, bool required = false) {
        const std::string_view s = raw(key);
        IntegerFormat format;
        format.allow_negative = true;
        std::optional<int64_t> v;
        if (!parse_integer(s, format, v)) {
            issue(key, integer_error(s, format));
            return std::nullopt;
        }
        if (v && *v < 0) {
            issue(key, std::string(info.fields[size_t(field(key))].label) + " cannot be negative");
            return std::nullopt;
        }
        if (v && *v > INT32_MAX) {
            issue(key, "too large");
            return std::nullopt;
        }
        if (!v && required) issue(key, std::string(info.fields[size_t(field(key))].label) + " is required");
        return v;
    }
    bool flag(const char* key) {
        const std::string_view s = raw(key);
        std::optional<bool> v;
        if (!parse_bool(s, v)) issue(key, bool_error(s));
        return v.value_or(false);
    }
    // The enum's canonical word parsed into T; `fallback` for a blank cell.
    template <typename T>
    T choice(const char* key, T fallback, bool* present = nullptr) {
        const std::string_view s = raw(key);
        if (present) *present = false;
        if (s.empty()) return fallback;
        const ImportField& f = info.fields[size_t(field(key))];
        const char* word = enum_word(size_t(field(key)), s);
        T out = fallback;
        if (!word || !parse_enum(std::string(word), out)) {
            std::string expected;
            std::vector<std::string_view> values;  // the canonical names, once each
            for (const EnumWord& w : f.words)
                if (std::find(values.begin(), values.end(), std::string_view(w.value)) == values.end()) values.push_back(w.value);
            for (std::string_view v : values) expected += (expected.empty() ? "" : ", ") + std::string(v);
            issue(key, "expected one of " + expected + ", got \"" + std::string(s) + "\"");
            return fallback;
        }
        if (present) *present = true;
        return out;
    }
    void currency_check(const char* key, const std::string& workspace_currency) {
        const std::string code = lower_ascii(raw(key));
        if (!code.empty() && code != lower_ascii(workspace_currency))
            issue(key, "amount in " + text(key) + ", the workspace counts in " + workspace_currency + ": not converted",
                  IssueSeverity::warning);
    }
};

// The account a child row names: by id, else domain, else name, else e-mail domain. Its number in
// state.ids, or IdIndex::kNone when none (reported).
uint32_t resolve_account(RowReader& r, ImportState& state, const StagedRows& rows) {
    struct Ref {
        const char* key;
        bool by_name;  // else by id (normalize null) or by domain
        std::string (*normalize)(std::string_view);
        const char* what;
    };
    static const Ref refs[] = {
        {"account", false, nullptr, "id"},
        {"account_domain", false, domain_key, "domain"},
        {"account_name", true, name_key, "name"},
        {"account_email", false, domain_key, "e-mail domain"},
    };
    for (const Ref& ref : refs) {
        if (r.field(ref.key) < 0) continue;
        const std::string_view s = r.raw(ref.key);
        if (s.empty()) continue;
        uint32_t n = IdIndex::kNone;
        if (!ref.normalize) {
            // Exports often list an account's rows together: the last id read is tried first.
            if (r.last_id_number != IdIndex::kNone && s == r.last_id) return r.last_id_number;
            n = state.ids.find(s);
            if (n != IdIndex::kNone && !state.accounts[n].named) n = IdIndex::kNone;
            if (n != IdIndex::kNone) {
                r.last_id = s;
                r.last_id_number = n;
            }
        } else {
            state.key_domains_and_names(rows);
            const auto& map = ref.by_name ? state.by_name : state.by_domain;
            const auto it = map.find(ref.normalize(s));
            if (it != map.end()) n = it->second;
        }
        if (n != IdIndex::kNone) return n;
        r.issue(ref.key, std::string("no account with ") + ref.what + " \"" + std::string(s) +
                             "\" in the import or the workspace");
        return IdIndex::kNone;
    }
    r.issue(nullptr, "the row names no account (an account id, domain, name or e-mail)");
    return IdIndex::kNone;
}

uint32_t file_number(RowReader& r, ImportState& state) {
    if (state.file_names.empty() || state.file_names.back() != r.report.name) state.file_names.push_back(r.report.name);
    return uint32_t(state.file_names.size() - 1);
}

void report_duplicate(RowReader& r, const ImportState& state, std::string_view id, const FirstSeen& first) {
    r.issue("id", "duplicate id \"" + std::string(id) + "\" (first at " + state.file_names[first.file] + ":" +
                      std::to_string(first.line) + ")");
}

// An id must be unique among the rows of one entity in the whole import.
void check_unique(RowReader& r, ImportState& state, const std::string& id) {
    if (id.empty()) return;
    auto& seen = state.seen_ids[size_t(r.info.entity)];
    const uint32_t file = file_number(r, state);
    const auto inserted = seen.try_emplace(id, FirstSeen{file, r.table.lines[r.row]});
    if (!inserted.second) report_duplicate(r, state, id, inserted.first->second);
}

// The same for accounts, whose ids are kept in state.ids anyway: its number there.
uint32_t check_unique_account(RowReader& r, ImportState& state, std::string_view id) {
    if (id.empty()) return IdIndex::kNone;
    const uint32_t file = file_number(r, state);
    const uint32_t n = state.entry(r.from_cell("id") ? r.raw("id") : state.keep(id));
    ImportState::AccountEntry& e = state.accounts[n];
    if (e.seen) {
        report_duplicate(r, state, id, e.first);
    } else {
        e.seen = true;
        e.first = FirstSeen{file, r.table.lines[r.row]};
    }
    return n;
}

std::vector<std::string> split_tags(std::string_view s) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != ';' && s[i] != ',') continue;
        const std::string_view t = trim_cell(s.substr(start, i - start));
        if (!t.empty()) out.emplace_back(t);
        start = i + 1;
    }
    return out;
}

void read_account(RowReader& r, ImportState& state, ImportPlan& plan) {
    StagedRows& rows = plan.rows;
    Account a;
    uint32_t given = 0;
    for (size_t f = 0; f < r.info.fields.size(); ++f)
        if (r.given(r.info.fields[f].key)) given |= 1u << f;
    a.id = r.required_text("id");
    a.name = r.text("name");
    a.domain = domain_key(r.raw("domain"));
    if (a.domain.empty() && r.given("email")) {
        a.domain = domain_key(r.raw("email"));
        if (!a.domain.empty()) given |= 1u << unsigned(r.field("domain"));
    }
    a.industry = r.text("industry");
    a.segment = r.text("segment");
    a.owner = r.text("owner");
    a.plan = r.text("plan");
    a.acquisition_source = r.text("acquisition_source");
    a.seats = int32_t(r.count("seats").value_or(0));
    a.contract_start = r.date("contract_start");
    a.renewal_date = r.date("renewal_date");
    a.first_value = r.date("first_value");
    a.stage = r.choice("stage", LifecycleStage::onboarding);
    a.status = r.choice("status", AccountStatus::active);
    a.churn_date = r.date("churn_date");
    a.churn_reason = r.text("churn_reason");
    a.tags = split_tags(r.raw("tags"));
    if (a.churn_date.ok() && a.contract_start.ok() && a.churn_date < a.contract_start)
        r.issue("churn_date", "the churn date is before the contract start (" + format_iso(a.contract_start) + ")");
    if (a.churn_date.ok() && !r.given("status")) a.status = AccountStatus::churned;
    r.currency_check("currency", state.currency);
    bool has_mrr = false, has_arr = false;
    const Money mrr = r.money("current_mrr", has_mrr);
    const Money arr = r.money("current_arr", has_arr);
    for (size_t c = 0; c < r.table.headers.size(); ++c) {
        if (r.report.mapping.field_of_column[c] != kCustomColumn) continue;
        const std::string_view v = trim_cell(r.table.cell(r.row, c));
        if (!v.empty()) a.custom.emplace_back(r.table.headers[c], std::string(v));
    }
    std::sort(a.custom.begin(), a.custom.end());
    const uint32_t number = check_unique_account(r, state, a.id);
    if (r.bad) return;
    state.accounts[number].named = true;
    const AccountIx ix = state.stage(number, rows);
    if ((has_mrr && mrr.minor > 0) || (has_arr && arr.minor > 0)) {
        SubscriptionPeriod p;
        p.account = ix;
        p.plan = a.plan;
        p.start = a.contract_start;  // `today` when empty, filled in at the end of planning
        p.amount = has_mrr ? mrr : arr;
        p.interval = has_mrr ? BillingInterval::month : BillingInterval::year;
        rows.current_revenue.push_back(p);
    }
    rows.accounts.push_back(std::move(a));
    rows.account_fields.push_back(given);
}

void read_csm(RowReader& r, ImportState& state, ImportPlan& plan) {
    Csm c;
    c.id = r.required_text("id");
    c.name = r.text("name");
    c.email = r.text("email");
    c.capacity = int32_t(r.count("capacity").value_or(0));
    check_unique(r, state, c.id);
    if (!r.bad) plan.rows.csms.push_back(std::move(c));
}

// Reads a child row's fields into `row` and stages it; `push` appends it to its table.
template <typename Row, typename Fill, typename Push>
void read_child(RowReader& r, ImportState& state, ImportPlan& plan, Fill fill, Push push) {
    const uint32_t account = resolve_account(r, state, plan.rows);
    Row row;
    fill(row);
    if (r.bad || account == IdIndex::kNone || state.ids.id(account).empty()) return;
    row.account = state.stage(account, plan.rows);
    push(std::move(row));
}

void read_row(RowReader& r, ImportState& state, ImportPlan& plan) {
    StagedRows& rows = plan.rows;
    switch (r.info.entity) {
        case ImportEntity::accounts: read_account(r, state, plan); return;
        case ImportEntity::csms: read_csm(r, state, plan); return;
        case ImportEntity::contacts:
            read_child<Contact>(r, state, plan, [&](Contact& c) {
                c.id = r.text("id");
                c.name = r.text("name");
                if (c.name.empty()) {
                    const std::string first = r.text("first_name"), last = r.text("last_name");
                    c.name = first + (!first.empty() && !last.empty() ? " " : "") + last;
                }
                c.email = r.text("email");
                c.role = r.text("role");
                c.champion = r.flag("champion");
                c.executive_sponsor = r.flag("executive_sponsor");
                c.left_company = r.flag("left_company");
                c.last_engaged = r.date("last_engaged");
                check_unique(r, state, c.id);
            }, [&](Contact&& c) { rows.contacts.push_back(std::move(c)); });
            return;
        case ImportEntity::subscriptions:
            read_child<SubscriptionPeriod>(r, state, plan, [&](SubscriptionPeriod& p) {
                p.id = r.text("id");
                p.plan = r.text("plan");
                p.start = r.date("start", true);
                p.end = r.date("end");
                bool present = false;
                p.amount = r.money("amount", present, true);
                p.interval = r.choice("interval", BillingInterval::month);
                const int64_t per = r.count("interval_count").value_or(1);
                const std::optional<int64_t> quantity = r.count("quantity");
                if (per == 0) r.issue("interval_count", "intervals per period must be at least 1");
                else if (per > 1) p.amount = Money(divide_rounded(p.amount.minor, per));
                if (quantity) p.amount = p.amount * *quantity;
                if (p.start.ok() && p.end.ok() && p.end < p.start)
                    r.issue("end", "the end is before the start (" + format_iso(p.start) + ")");
                r.currency_check("currency", state.currency);
                check_unique(r, state, p.id);
            }, [&](SubscriptionPeriod&& p) { rows.subscriptions.push_back(std::move(p)); });
            return;
        case ImportEntity::mrr:
            read_child<MrrSnapshot>(r, state, plan, [&](MrrSnapshot& m) {
                m.month = r.month("month");
                bool present = false;
                m.mrr = r.money("mrr", present, true);
            }, [&](MrrSnapshot&& m) { rows.mrr.push_back(m); });
            return;
        case ImportEntity::usage:
            read_child<UsageSample>(r, state, plan, [&](UsageSample& u) {
                u.date = r.date("date", true);
                u.active_users = int32_t(r.count("active_users").value_or(0));
                u.logins = int32_t(r.count("logins").value_or(0));
                for (size_t c = 0; c < r.table.headers.size(); ++c) {
                    const int feature = r.feature_of[c];
                    if (feature < 0) continue;  // not a key-feature column, or no room (noted per file)
                    const std::string_view s = trim_cell(r.table.cell(r.row, c));
                    std::optional<int64_t> v;
                    if (!parse_integer(s, IntegerFormat{}, v) || (v && *v > INT32_MAX)) {
                        ImportIssue i{r.report.name, r.table.lines[r.row], c + 1, r.table.headers[c], std::string(s),
                                      integer_error(s, IntegerFormat{}), IssueSeverity::error};
                        plan.issues.push_back(std::move(i));
                        r.bad = true;
                        continue;
                    }
                    u.feature_uses[size_t(feature)] = int32_t(v.value_or(0));
                }
            }, [&](UsageSample&& u) { rows.usage.push_back(u); });
            return;
        case ImportEntity::tickets:
            read_child<Ticket>(r, state, plan, [&](Ticket& t) {
                t.id = r.text("id");
                t.opened = r.date("opened", true);
                t.closed = r.date("closed");
                t.priority = r.choice("priority", TicketPriority::normal);
                t.status = r.choice("status", t.closed.ok() ? TicketStatus::closed : TicketStatus::open);
                t.satisfaction = r.choice("satisfaction", TicketSatisfaction::none);
                if (t.opened.ok() && t.closed.ok() && t.closed < t.opened)
                    r.issue("closed", "closed before it was opened (" + format_iso(t.opened) + ")");
                check_unique(r, state, t.id);
            }, [&](Ticket&& t) { rows.tickets.push_back(std::move(t)); });
            return;
        case ImportEntity::surveys:
            read_child<SurveyResponse>(r, state, plan, [&](SurveyResponse& s) {
                s.date = r.date("date", true);
                bool kind_given = false;
                s.kind = r.choice("kind", SurveyKind::nps, &kind_given);
                if (!kind_given && !r.bad) r.issue("kind", "Survey kind is required (nps, csat or ces)");
                const std::optional<int64_t> score = r.count("score", true);
                s.comment = r.text("comment");
                const int lo = s.kind == SurveyKind::nps ? 0 : 1;
                const int hi = s.kind == SurveyKind::nps ? 10 : s.kind == SurveyKind::csat ? 5 : 7;
                if (score && (*score < lo || *score > hi))
                    r.issue("score", std::string("a ") + (s.kind == SurveyKind::nps ? "NPS" : s.kind == SurveyKind::csat ? "CSAT" : "CES") +
                                         " score is " + std::to_string(lo) + " to " + std::to_string(hi) + ", got " +
                                         std::to_string(*score));
                else if (score) s.score = int8_t(*score);
            }, [&](SurveyResponse&& s) { rows.surveys.push_back(std::move(s)); });
            return;
        case ImportEntity::touchpoints:
            read_child<Touchpoint>(r, state, plan, [&](Touchpoint& t) {
                t.date = r.date("date", true);
                t.kind = r.choice("kind", TouchpointKind::call);
                t.outcome = r.text("outcome");
                t.csm = r.text("csm");
            }, [&](Touchpoint&& t) { rows.touchpoints.push_back(std::move(t)); });
            return;
        case ImportEntity::feedback:
            read_child<StagedFeedback>(r, state, plan, [&](StagedFeedback& s) {
                FeedbackItem& f = s.item;
                f.date = r.date("date", true);
                f.kind = r.choice("kind", FeedbackKind::feature_request);
                f.title = r.required_text("title");
                if (!f.title.empty() && normalize_request_key(f.title).empty())
                    r.issue("title", "a title needs letters or digits: it names the request on the board");
                f.detail = r.text("detail");
                f.area = r.text("area");
                f.status = r.choice("status", FeedbackStatus::new_item);
                f.author = r.text("author");
                f.competitor = r.text("competitor");
            }, [&](StagedFeedback&& s) { rows.feedback.push_back(std::move(s)); });
            return;
    }
}

// Room for `n` more rows of the entity, so a million pushes never regrow and copy the table.
void reserve_rows(StagedRows& rows, ImportEntity entity, size_t n) {
    auto more = [n](auto& v) { v.reserve(v.size() + n); };
    switch (entity) {
        case ImportEntity::accounts: more(rows.accounts); more(rows.account_fields); more(rows.current_revenue); return;
        case ImportEntity::csms: more(rows.csms); return;
        case ImportEntity::contacts: more(rows.contacts); return;
        case ImportEntity::subscriptions: more(rows.subscriptions); return;
        case ImportEntity::mrr: more(rows.mrr); return;
        case ImportEntity::usage: more(rows.usage); return;
        case ImportEntity::tickets: more(rows.tickets); return;
        case ImportEntity::surveys: more(rows.surveys); return;
        case ImportEntity::touchpoints: more(rows.touchpoints); return;
        case ImportEntity::feedback: more(rows.feedback); return;
    }
}

ImportIssue column_issue(const RawTable& table, const FileReport& report, size_t column, std::string message,
                         IssueSeverity severity) {
    ImportIssue i;
    i.file = report.name;
    i.line = table.header_line;
    i.column = column + 1;
    i.column_name = table.headers[column];
    i.message = std::move(message);
    i.severity = severity;
    return i;
}

}  // namespace

uint32_t ImportState::entry(std::string_view stable_id) {
    const auto inserted = ids.insert(stable_id);
    if (inserted.second) accounts.emplace_back();
    return inserted.first;
}

uint32_t ImportState::add_account(std::string_view stable_id) {
    const uint32_t n = entry(stable_id);
    accounts[n].named = true;
    return n;
}

std::string_view ImportState::keep(std::string_view id) {
    owned.emplace_back(id);
    return owned.back();
}

AccountIx ImportState::stage(uint32_t number, StagedRows& rows) {
    AccountIx& ix = accounts[number].staged;
    if (ix == kNoAccount) {
        ix = AccountIx(rows.account_ids.size());
        rows.account_ids.emplace_back(ids.id(number));
    }
    return ix;
}

// The workspace's accounts first, then the import's in order, so that a later account wins a shared
// domain or name, as the import's win over the workspace's.
void ImportState::key_domains_and_names(const StagedRows& rows) {
    auto key = [&](const Account& a) {
        const uint32_t n = ids.find(a.id);
        if (n == IdIndex::kNone) return;
        if (!a.domain.empty()) by_domain[domain_key(a.domain)] = n;
        if (!a.name.empty()) by_name[name_key(a.name)] = n;
    };
    if (!keyed_current) {
        keyed_current = true;
        if (current_named && current)
            for (const Account& a : current->accounts) key(a);
    }
    for (; keyed_staged < rows.accounts.size(); ++keyed_staged) key(rows.accounts[keyed_staged]);
}

std::string name_key(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        out += char(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string domain_key(std::string_view text) {
    std::string_view s = trim_cell(text);
    const size_t at = s.rfind('@');
    if (at != std::string_view::npos) s = s.substr(at + 1);
    const size_t scheme = s.find("://");
    if (scheme != std::string_view::npos) s = s.substr(scheme + 3);
    s = s.substr(0, s.find_first_of("/?#:"));
    std::string out = lower_ascii(s);
    if (out.compare(0, 4, "www.") == 0) out.erase(0, 4);
    return out;
}

namespace {

// One table's coercion in steps: the date and money columns' formats are detected over every row first
// (a stretch of rows per step), then the rows are read (a stretch per step).
class Coercion final : public TableCoercion {
public:
    Coercion(const RawTable& table, FileReport& report, const ImportOptions& options, ImportState& state,
             ImportPlan& plan)
        : table_(table), report_(report), options_(options), state_(state), plan_(plan),
          info_(entity_info(report.entity)), columns_(table.headers.size()), date_format_(columns_, DateFormat::iso),
          money_format_(columns_) {
        for (size_t c = 0; c < columns_; ++c) {
            const int f = report.mapping.field_of_column[c];
            if (f < 0) continue;
            const ValueKind kind = info_.fields[size_t(f)].kind;
            if (kind == ValueKind::date || kind == ValueKind::month || kind == ValueKind::money)
                detects_.push_back({c, kind == ValueKind::money, {}, {}});
        }
    }

    bool step(size_t rows) override {
        const size_t n = table_.rows();
        if (!reader_) {
            const size_t to = std::min(n, detected_ + rows);
            for (Detect& d : detects_)
                for (size_t r = detected_; r < to; ++r) {
                    if (d.money) d.money_detector.add(table_.lines[r], table_.cell(r, d.column));
                    else d.date_detector.add(table_.lines[r], table_.cell(r, d.column));
                }
            detected_ = to;
            if (detected_ < n) return false;
            choose_formats();
            start_rows();
            return n == 0;
        }
        const size_t to = std::min(n, read_ + rows);
        for (size_t r = read_; r < to; ++r) read_one(r);
        read_ = to;
        return read_ == n;
    }

    double progress() const override {
        const size_t n = table_.rows();
        if (n == 0) return 1.0;
        // Detection reads a column or two of each row, the rows' reading every cell: a quarter and the rest.
        return 0.25 * double(detected_) / double(n) + 0.75 * double(read_) / double(n);
    }

private:
    // In column order, as the notes and issues are listed.
    void choose_formats() {
        for (Detect& d : detects_) {
            const size_t c = d.column;
            if (d.money) {
                choose_money(c, d.money_detector);
                continue;
            }
            const DateFormatChoice choice = d.date_detector.choose(options_.when_ambiguous);
            date_format_[c] = choice.format;
            if (!choice.explanation.empty())
                report_.notes.push_back("\"" + table_.headers[c] + "\": " + choice.explanation);
            if (choice.inconsistent)
                plan_.issues.push_back(column_issue(table_, report_, c, choice.explanation, IssueSeverity::error));
            else if (choice.ambiguous)
                plan_.issues.push_back(column_issue(table_, report_, c, choice.explanation, IssueSeverity::warning));
        }
    }

    void choose_money(size_t c, const MoneyColumnDetector& detector) {
        {
            const MoneyFormatChoice choice = detector.choose(options_.decimal);
            money_format_[c].decimal = choice.decimal;
            money_format_[c].minor_units = options_.money_in_minor_units;
            if (choice.inconsistent)
                plan_.issues.push_back(column_issue(table_, report_, c, choice.explanation, IssueSeverity::error));
            else if (choice.ambiguous)
                plan_.issues.push_back(column_issue(table_, report_, c, choice.explanation, IssueSeverity::warning));
            if (choice.mixed_currencies)
                plan_.issues.push_back(column_issue(table_, report_, c, "more than one currency in the column: not converted",
                                                    IssueSeverity::warning));
            else if (!choice.currency.empty() && !currency_fits(choice.currency, state_.currency))
                plan_.issues.push_back(column_issue(table_, report_, c,
                                                    "amounts in " + std::string(choice.currency.text()) +
                                                        ", the workspace counts in " + state_.currency + ": not converted",
                                                    IssueSeverity::warning));
        }
    }

    void start_rows() {
        for (size_t c = 0; c < columns_; ++c) {
            const int f = report_.mapping.field_of_column[c];
            if (f >= 0) report_.preview_fields.push_back(info_.fields[size_t(f)].key);
            else if (f == kCustomColumn && (report_.entity == ImportEntity::accounts || report_.entity == ImportEntity::usage))
                report_.preview_fields.push_back("custom:" + table_.headers[c]);
        }
        plan_.rows.present[size_t(report_.entity)] = true;
        report_.rows = table_.rows();
        reader_.emplace(table_, report_, info_, plan_, date_format_, money_format_);
        RowReader& reader = *reader_;
        // Usage: each unmapped column is a key feature, named by its header ("feature:x" names x), added
        // to the import's list in column order while there is room.
        reader.feature_of.assign(columns_, -1);
        if (report_.entity == ImportEntity::usage && table_.rows() > 0) {
            std::vector<std::string>& features = plan_.rows.key_features;
            for (size_t c = 0; c < columns_; ++c) {
                if (report_.mapping.field_of_column[c] != kCustomColumn) continue;
                std::string name = table_.headers[c];
                if (name.compare(0, 8, "feature:") == 0) name = name.substr(8);
                auto it = std::find(features.begin(), features.end(), name);
                if (it == features.end()) {
                    if (features.size() >= size_t(kMaxKeyFeatures)) continue;
                    features.push_back(name);
                    it = features.end() - 1;
                }
                reader.feature_of[c] = int(it - features.begin());
            }
        }
        reserve_rows(plan_.rows, report_.entity, table_.rows());
        if (report_.entity == ImportEntity::accounts) {
            state_.ids.reserve(state_.ids.size() + table_.rows());
            state_.accounts.reserve(state_.accounts.size() + table_.rows());
        }
    }

    void read_one(size_t r) {
        RowReader& reader = *reader_;
        if (r < kPreviewRows) {
            ImportPreviewRow p;
            p.line = table_.lines[r];
            for (size_t c = 0; c < columns_; ++c) {
                const int f = report_.mapping.field_of_column[c];
                if (f >= 0 || (f == kCustomColumn && (report_.entity == ImportEntity::accounts ||
                                                     report_.entity == ImportEntity::usage)))
                    p.values.emplace_back(table_.cell(r, c));
            }
            report_.preview.push_back(std::move(p));
        }
        reader.row = r;
        reader.bad = false;
        read_row(reader, state_, plan_);
        if (reader.bad) ++report_.rows_rejected;
    }

    const RawTable& table_;
    FileReport& report_;
    const ImportOptions& options_;
    ImportState& state_;
    ImportPlan& plan_;
    const EntityInfo& info_;
    const size_t columns_;
    std::vector<DateFormat> date_format_;
    std::vector<MoneyFormat> money_format_;
    struct Detect {
        size_t column = 0;
        bool money = false;
        DateColumnDetector date_detector;
        MoneyColumnDetector money_detector;
    };
    std::vector<Detect> detects_;  // the date and money columns, in column order
    size_t detected_ = 0;  // rows the detectors have seen
    size_t read_ = 0;      // rows read into the plan
    std::optional<RowReader> reader_;  // once the formats are chosen
};

}  // namespace

std::unique_ptr<TableCoercion> start_coercion(const RawTable& table, FileReport& report, const ImportOptions& options,
                                              ImportState& state, ImportPlan& plan) {
    return std::make_unique<Coercion>(table, report, options, state, plan);
}

}  // namespace retain::import_detail
