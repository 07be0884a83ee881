// save_workspace_snapshot / load_workspace_snapshot: the layout is in workspace_snapshot.hpp. The records'
// fields come from workspace_json_schema.hpp, so a field added there is stored here with no change.
#include "io/workspace_snapshot.hpp"

#include <algorithm>
#include <array>
#include <exception>
#include <functional>
#include <iterator>
#include <limits>
#include <memory>
#include <type_traits>
#include <vector>

#include "io/snapshot_bytes.hpp"
#include "io/value_parse_money.hpp"
#include "io/workspace_json_schema.hpp"

namespace retain {
namespace {

using namespace workspace_json;
using snapshot::ByteIn;
using snapshot::ByteOut;

constexpr std::string_view kMagic = "RETAINWS";

// Tasks are JSON objects in the file (io/playbooks_json.hpp) but a playbook run at 100,000 accounts makes
// a million of them, so the snapshot keeps them as columns too, under the file's key names.
constexpr auto kTaskColumns = part<&Workspace::tasks>("tasks",
    Field<&Task::id>{"id"},
    Field<&Task::account>{"account"},
    Field<&Task::playbook>{"playbook"},
    Field<&Task::step>{"step"},
    Field<&Task::title>{"title"},
    Field<&Task::owner>{"owner"},
    Field<&Task::role>{"role"},
    Field<&Task::created>{"created"},
    Field<&Task::due>{"due"},
    Field<&Task::priority>{"priority"},
    Field<&Task::status>{"status"},
    Field<&Task::snoozed_until>{"snoozed_until"},
    Field<&Task::outcome>{"outcome"},
    Field<&Task::completed>{"completed"});

// Feedback and account notes likewise (layout 2): at 100,000 accounts the demo logs hundreds of thousands,
// and as JSON they were most of the snapshot's time to write and read (docs/performance.md).
constexpr auto kFeedbackColumns = part<&Workspace::feedback>("feedback",
    Field<&FeedbackItem::id>{"id"},
    Field<&FeedbackItem::account>{"account"},
    Field<&FeedbackItem::kind>{"kind"},
    Field<&FeedbackItem::title>{"title"},
    Field<&FeedbackItem::request>{"request"},
    Field<&FeedbackItem::detail>{"detail"},
    Field<&FeedbackItem::area>{"area"},
    Field<&FeedbackItem::status>{"status"},
    Field<&FeedbackItem::date>{"date"},
    Field<&FeedbackItem::author>{"author"},
    Field<&FeedbackItem::competitor>{"competitor"});
constexpr auto kNoteColumns = part<&Workspace::notes>("notes",
    Field<&AccountNote::id>{"id"},
    Field<&AccountNote::account>{"account"},
    Field<&AccountNote::date>{"date"},
    Field<&AccountNote::author>{"author"},
    Field<&AccountNote::text>{"text"});
// Layouts before 2 kept feedback and notes in the JSON part.
constexpr uint32_t kFirstLayoutWithVoiceColumns = 2;

// The stored type of a column; a reader refuses a column whose type is not the one its field has now.
enum class ColumnType : uint8_t { text = 1, date, month, money, boolean, account, enumeration, integer, text_list, custom };

using CustomFields = std::vector<std::pair<std::string, std::string>>;

template <typename T>
constexpr ColumnType column_type() {
    if constexpr (std::is_same_v<T, std::string>) return ColumnType::text;
    else if constexpr (std::is_same_v<T, Date>) return ColumnType::date;
    else if constexpr (std::is_same_v<T, Month>) return ColumnType::month;
    else if constexpr (std::is_same_v<T, Money>) return ColumnType::money;
    else if constexpr (std::is_same_v<T, bool>) return ColumnType::boolean;
    else if constexpr (std::is_same_v<T, AccountIx>) return ColumnType::account;
    else if constexpr (std::is_enum_v<T>) return ColumnType::enumeration;
    else if constexpr (std::is_integral_v<T>) return ColumnType::integer;
    else if constexpr (std::is_same_v<T, std::vector<std::string>>) return ColumnType::text_list;
    else {
        static_assert(std::is_same_v<T, CustomFields>, "a field type the snapshot does not store");
        return ColumnType::custom;
    }
}

// Dates a workspace can hold: years 0000-9999, as the JSON's YYYY-MM-DD (or empty).
bool plausible(Date d) {
    static const int32_t first = Date::from_ymd(0, 1, 1).days(), last = Date::from_ymd(9999, 12, 31).days();
    return !d.ok() || (d.days() >= first && d.days() <= last);
}
bool plausible(Month m) { return !m.ok() || (m.index() >= 0 && m.index() < 10000 * 12); }

// ---- writing ----

}  // namespace

// Not in the anonymous namespace: SnapshotWriter::Impl (a named class) keeps these in its jobs.
namespace snapshot_write {

// One column: every record's value of one field, written in row ranges so a save can stop between
// slices (SnapshotWriter). The bytes do not depend on where the ranges fall.
template <typename T>
class ColumnWriter {
public:
    template <typename Rows, typename Get>
    void begin(ByteOut& out, std::string_view name, const Rows& rows, Get get) {
        out.text(name);
        out.fixed<uint8_t>(uint8_t(column_type<T>()));
        length_at_ = out.placeholder();
        start_ = out.size();
        if constexpr (column_type<T>() == ColumnType::enumeration) {
            // The names of the values used, in code order: a reader maps names, not numbers, so reordering an
            // enum later cannot change what a stored record means.
            std::array<bool, 256> used{};
            for (const auto& r : rows) used[size_t(get(r))] = true;
            out.varint(size_t(std::count(used.begin(), used.end(), true)));
            for (size_t code = 0; code < used.size(); ++code)
                if (used[code]) {
                    out.fixed<uint8_t>(uint8_t(code));
                    out.text(to_string(T(code)));
                }
        }
    }

    template <typename Rows, typename Get>
    void write(ByteOut& out, const Rows& rows, Get get, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            const T& v = get(rows[i]);
            // Accounts, dates, months and money as the change from the row before: rows are sorted by account
            // and date and MRR repeats month to month, so most changes fit in one byte.
            if constexpr (column_type<T>() == ColumnType::enumeration) out.fixed<uint8_t>(uint8_t(v));
            else if constexpr (std::is_same_v<T, std::string>) out.text(v);
            else if constexpr (std::is_same_v<T, Date>) delta(out, v.days());
            else if constexpr (std::is_same_v<T, Month>) delta(out, v.index());
            else if constexpr (std::is_same_v<T, Money>) delta(out, v.minor);
            else if constexpr (std::is_same_v<T, bool>) out.fixed<uint8_t>(v ? 1 : 0);
            else if constexpr (std::is_same_v<T, AccountIx>) delta(out, int64_t(v));
            else if constexpr (std::is_integral_v<T>) out.signed_varint(int64_t(v));  // counts and scores
            else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                out.varint(v.size());
                for (const std::string& t : v) out.text(t);
            } else {
                out.varint(v.size());
                for (const auto& [key, value] : v) {
                    out.text(key);
                    out.text(value);
                }
            }
        }
    }

    void end(ByteOut& out) { out.patch(length_at_, out.size() - start_); }

private:
    void delta(ByteOut& out, int64_t v) {
        out.signed_varint(v - previous_);
        previous_ = v;
    }
    int64_t previous_ = 0;
    size_t length_at_ = 0, start_ = 0;
};

// Rows that refer to their account by index (contacts, the dated tables), not by id (tasks) or not at all.
template <typename Row, typename = void>
struct names_account_by_index : std::false_type {};
template <typename Row>
struct names_account_by_index<Row, std::void_t<decltype(Row::account)>> : std::is_same<decltype(Row::account), AccountIx> {};

}  // namespace snapshot_write

namespace {

}  // namespace

// ---- reading ---- (not in the anonymous namespace: SnapshotReader::Impl, a named class, keeps these)

namespace snapshot_read {

struct Reader {
    ByteIn in;
    std::string error;
    size_t accounts = 0;  // rows may name accounts [0, accounts)

    bool fail(std::string what) {
        if (error.empty()) error = std::move(what);
        in.fail();
        return false;
    }
};

template <typename T, typename Row, typename Set>
bool read_column(Reader& rd, const std::string& where, std::vector<Row>& rows, Set set) {
    ByteIn& in = rd.in;
    if constexpr (column_type<T>() == ColumnType::enumeration) {
        std::array<int, 256> value_of;  // stored code -> value, -1 when the dictionary does not name it
        value_of.fill(-1);
        const uint64_t names = in.varint();
        for (uint64_t i = 0; i < names && in.ok(); ++i) {
            const uint8_t code = in.fixed<uint8_t>();
            const std::string name(in.text());
            T value{};
            if (in.ok() && !parse_enum(name, value)) return rd.fail(where + ": \"" + name + "\" is not a value this build knows");
            value_of[code] = int(value);
        }
        for (Row& r : rows) {
            const int v = value_of[in.fixed<uint8_t>()];
            if (!in.ok()) break;
            if (v < 0) return rd.fail(where + ": a value outside the column's names");
            set(r, T(v));
        }
    } else {
        int64_t previous = 0;  // the writer's deltas, undone; unsigned wrap-around so damage cannot overflow
        const auto undelta = [&] { return previous = int64_t(uint64_t(previous) + uint64_t(in.signed_varint())); };
        for (Row& r : rows) {
            if constexpr (std::is_same_v<T, std::string>) set(r, std::string(in.text()));
            else if constexpr (std::is_same_v<T, Date>) {
                const int64_t days = undelta();
                const Date d = Date::from_days(int32_t(days));
                if (in.ok() && (days != d.days() || !plausible(d))) return rd.fail(where + ": a date outside the years 0000-9999");
                set(r, d);
            } else if constexpr (std::is_same_v<T, Month>) {
                const int64_t index = undelta();
                const Month m = Month::from_index(int32_t(index));
                if (in.ok() && (index != m.index() || !plausible(m))) return rd.fail(where + ": a month outside the years 0000-9999");
                set(r, m);
            } else if constexpr (std::is_same_v<T, Money>) {
                const int64_t minor = undelta();
                // As the JSON reader: amounts stay where 100 of them still add up inside int64.
                if (in.ok() && (minor > kMaxMoneyMinor || minor < -kMaxMoneyMinor)) return rd.fail(where + ": an amount out of range");
                set(r, Money(minor));
            }
            else if constexpr (std::is_same_v<T, bool>) set(r, in.fixed<uint8_t>() != 0);
            else if constexpr (std::is_same_v<T, AccountIx>) {
                const int64_t a = undelta();
                if (in.ok() && (a < 0 || uint64_t(a) >= rd.accounts)) return rd.fail(where + ": a row names an account that is not stored");
                set(r, AccountIx(a));
            } else if constexpr (std::is_integral_v<T>) {
                const int64_t v = in.signed_varint();
                if (in.ok() && T(v) != v) return rd.fail(where + ": a number too large for its field");
                set(r, T(v));
            }
            else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                T list;
                const uint64_t n = in.varint();
                for (uint64_t i = 0; i < n && in.ok(); ++i) list.emplace_back(in.text());
                set(r, std::move(list));
            } else {
                T list;
                const uint64_t n = in.varint();
                for (uint64_t i = 0; i < n && in.ok(); ++i) {
                    std::string key(in.text());
                    list.emplace_back(std::move(key), std::string(in.text()));
                }
                set(r, std::move(list));
            }
            if (!in.ok()) break;
        }
    }
    return in.ok() || rd.fail(where + ": cut short");
}

// Reads one field's column into `rows` when its stored type is T; false with an error otherwise.
template <typename T, typename Row, typename Set>
bool read_field(Reader& rd, const std::string& where, uint8_t stored_type, uint64_t length, std::vector<Row>& rows, Set set) {
    if (stored_type != uint8_t(column_type<T>())) return rd.fail(where + ": stored as another type than this build reads");
    const char* const start = rd.in.at();
    if (!read_column<T>(rd, where, rows, set)) return false;
    if (uint64_t(rd.in.at() - start) != length) return rd.fail(where + ": the column's length does not match its values");
    return true;
}

// A part read a column at a time (SnapshotReader steps): its header, then each stored field, then the
// check that every required field came.
template <typename Row, typename Fields>
class PartReader {
public:
    PartReader(const char* name, std::vector<Row>& rows, const Fields& fields, const std::vector<std::string>& key_features)
        : name_(name), rows_(rows), fields_(fields), key_features_(key_features) {}

    // One piece: the header, a column, or the closing check. True when the part is read (or failed:
    // rd.error says why).
    bool step(Reader& rd) {
        if (!header_read_) {
            read_header(rd);
            return !rd.error.empty();
        }
        if (next_field_ < field_count_) return !read_field_at(rd);  // done early only when it failed
        check_complete(rd);
        return true;
    }

private:
    void read_header(Reader& rd) {
        ByteIn& in = rd.in;
        header_read_ = true;
        const std::string stored_name(in.text());
        if (!in.ok() || stored_name != name_) {
            rd.fail(std::string("expected the part \"") + name_ + "\", found \"" + stored_name + "\"");
            return;
        }
        count_ = in.varint();
        field_count_ = in.varint();
        // Every stored record takes at least one byte in some column: a larger count is damage, not data.
        if (!in.ok() || (count_ > in.left()) || field_count_ > 4096) {
            rd.fail(std::string(name_) + ": the record count is damaged");
            return;
        }
        if (count_ > 0 && field_count_ == 0) {
            rd.fail(std::string(name_) + ": records with no fields");
            return;
        }
        rows_.clear();
        rows_.resize(size_t(count_));
    }

    // Reads the next field's column; false when it failed.
    bool read_field_at(Reader& rd) {
        ByteIn& in = rd.in;
        ++next_field_;
        const std::string field_name(in.text());
        const uint8_t type = in.fixed<uint8_t>();
        const uint64_t length = in.fixed<uint64_t>();
        if (!in.ok() || length > in.left()) return rd.fail(std::string(name_) + ": cut short in its fields");
        const std::string where = std::string(name_) + "." + field_name;
        bool found = false;
        size_t index = 0;
        for_each_in(fields_, [&](const auto& field) {
            const size_t i = index++;
            if (found || !rd.error.empty() || field_name != field.name) return;
            found = true;
            if (seen_[i]) {
                rd.fail(where + ": stored twice");
                return;
            }
            seen_[i] = true;
            using T = std::decay_t<decltype(field.of(std::declval<Row&>()))>;
            read_field<T>(rd, where, type, length, rows_, [&](Row& r, T v) { field.of(r) = std::move(v); });
        });
        if constexpr (std::is_same_v<Row, UsageSample>) {
            const std::string prefix = kFeatureFieldPrefix;
            if (!found && field_name.compare(0, prefix.size(), prefix) == 0) {
                const auto it = std::find(key_features_.begin(), key_features_.end(), field_name.substr(prefix.size()));
                const size_t feature = size_t(it - key_features_.begin());
                if (it == key_features_.end() || feature >= size_t(kMaxKeyFeatures))
                    return rd.fail(where + ": not one of the workspace's key features");
                found = true;
                read_field<int32_t>(rd, where, type, length, rows_,
                                    [feature](UsageSample& r, int32_t v) { r.feature_uses[feature] = v; });
            }
        }
        if (!rd.error.empty()) return false;
        if (!found) return rd.fail(where + ": a field this build does not know");
        return true;
    }

    void check_complete(Reader& rd) {
        size_t index = 0;
        bool complete = true;
        for_each_in(fields_, [&](const auto& field) {
            const size_t i = index++;
            using F = std::decay_t<decltype(field)>;
            if (F::need == required && !seen_[i] && count_ > 0 && complete)
                complete = rd.fail(std::string(name_) + "." + field.name + " is missing");
        });
    }

    const char* name_;
    std::vector<Row>& rows_;
    const Fields& fields_;
    const std::vector<std::string>& key_features_;
    bool header_read_ = false;
    uint64_t count_ = 0, field_count_ = 0, next_field_ = 0;
    std::array<bool, std::tuple_size_v<Fields>> seen_{};
};

}  // namespace snapshot_read

bool is_workspace_snapshot(std::string_view bytes) { return bytes.substr(0, kMagic.size()) == kMagic; }

bool load_workspace_file_bytes(std::string_view bytes, Workspace& out, std::string& error) {
    return is_workspace_snapshot(bytes) ? load_workspace_snapshot(bytes, out, error) : load_workspace_json(bytes, out, error);
}

// ---- SnapshotWriter: the writing as a list of jobs (the header and JSON part, then each part's header
// and columns), each resumable in row ranges ----

using snapshot_write::ColumnWriter;
using snapshot_write::names_account_by_index;

struct SnapshotWriter::Impl {
    // Writes what `budget` values allow (the JSON part and headers whole), lowers the budget; true when done.
    using Job = std::function<bool(ByteOut&, size_t& budget)>;

    ByteOut out;
    std::vector<Job> jobs;
    size_t next = 0;
    size_t total = 0, written = 0;  // values, for progress()
    bool stale = false;

    Impl(const Workspace& ws, size_t part_bytes) : out(part_bytes) {
        // The JSON part is written into its own buffer in slices too (at 100,000 accounts its journeys,
        // success plans and handoffs take over a second), then copied in behind the header.
        WorkspaceWriteOptions rest;
        rest.records = false;
        auto json = std::make_shared<WorkspaceJsonWriter>(ws, rest);
        total += json->total_cost();
        jobs.push_back([this, json](ByteOut& o, size_t& budget) {
            const size_t before = budget;
            const bool complete = json->step(budget);
            written += before - budget;
            if (!complete) return false;
            const std::string text = json->take();
            o.raw(kMagic);
            o.fixed<uint32_t>(kSnapshotLayout);
            o.fixed<uint64_t>(text.size());
            o.raw(text);
            return true;
        });
        plan_part(ws, kAccounts.name, &Workspace::accounts, kAccounts.fields);
        plan_part(ws, kContacts.name, &Workspace::contacts, kContacts.fields);
        for_each_in(kTables, [&](const auto& table) { plan_part(ws, table.name, table.member, table.fields); });
        plan_part(ws, kTaskColumns.name, &Workspace::tasks, kTaskColumns.fields);
        plan_part(ws, kFeedbackColumns.name, &Workspace::feedback, kFeedbackColumns.fields);
        plan_part(ws, kNoteColumns.name, &Workspace::notes, kNoteColumns.fields);
    }

    template <typename Row, typename Fields>
    void plan_part(const Workspace& ws, const char* name, std::vector<Row> Workspace::*member, const Fields& fields) {
        // Rows naming no account cannot be stored (the JSON leaves them out too): a copy without them, made now.
        std::shared_ptr<const std::vector<Row>> kept;
        if constexpr (names_account_by_index<Row>::value) {
            const std::vector<Row>& all = ws.*member;
            const size_t accounts = ws.accounts.size();
            const auto orphan = [accounts](const Row& r) { return size_t(r.account) >= accounts; };
            if (std::any_of(all.begin(), all.end(), orphan)) {
                auto copy = std::make_shared<std::vector<Row>>();
                std::copy_if(all.begin(), all.end(), std::back_inserter(*copy), [&](const Row& r) { return !orphan(r); });
                kept = std::move(copy);
            }
        }
        const Workspace* w = &ws;
        const auto rows_of = [w, member, kept]() -> const std::vector<Row>& { return kept ? *kept : w->*member; };
        size_t features = 0;
        if constexpr (std::is_same_v<Row, UsageSample>) features = std::min(ws.key_features.size(), size_t(kMaxKeyFeatures));
        const size_t count = rows_of().size(), field_count = std::tuple_size_v<Fields> + features;
        jobs.push_back([name, count, field_count](ByteOut& o, size_t&) {
            o.text(name);
            o.varint(count);
            o.varint(field_count);
            return true;
        });
        for_each_in(fields, [&](const auto& field) {
            using T = std::decay_t<decltype(field.of(std::declval<Row&>()))>;
            plan_column<T>(field.name, count, rows_of, [field](const Row& r) -> const T& { return field.of(r); });
        });
        if constexpr (std::is_same_v<Row, UsageSample>) {
            for (size_t f = 0; f < features; ++f)
                plan_column<int32_t>(kFeatureFieldPrefix + ws.key_features[f], count, rows_of,
                                     [f](const UsageSample& r) -> const int32_t& { return r.feature_uses[f]; });
        }
        total += count * field_count;
    }

    template <typename T, typename RowsOf, typename Get>
    void plan_column(std::string name, size_t count, RowsOf rows_of, Get get) {
        ColumnWriter<T> column;
        size_t cursor = 0;
        bool begun = false;
        jobs.push_back([this, name, count, rows_of, get, column, cursor, begun](ByteOut& o, size_t& budget) mutable {
            const auto& rows = rows_of();
            if (rows.size() != count) {  // the workspace changed under the writer: its bytes are no use
                stale = true;
                return true;
            }
            if (!begun) {
                column.begin(o, name, rows, get);
                begun = true;
            }
            const size_t n = std::min(budget, count - cursor);
            column.write(o, rows, get, cursor, cursor + n);
            cursor += n;
            budget -= n;
            written += n;
            if (cursor < count) return false;
            column.end(o);
            return true;
        });
    }
};

SnapshotWriter::SnapshotWriter(const Workspace& ws, size_t part_bytes) : impl_(std::make_unique<Impl>(ws, part_bytes)) {}
SnapshotWriter::~SnapshotWriter() = default;

bool SnapshotWriter::step(size_t budget) {
    Impl& m = *impl_;
    if (budget == 0) budget = 1;
    while (m.next < m.jobs.size() && !m.stale) {
        if (!m.jobs[m.next](m.out, budget)) return false;  // the budget ran out inside a column
        ++m.next;
        if (budget == 0) break;
    }
    return done();
}

bool SnapshotWriter::done() const { return impl_->stale || impl_->next >= impl_->jobs.size(); }
bool SnapshotWriter::stale() const { return impl_->stale; }
double SnapshotWriter::progress() const {
    if (done()) return 1.0;
    return impl_->total ? std::min(1.0, double(impl_->written) / double(impl_->total)) : 0.0;
}
std::vector<std::string> SnapshotWriter::take_parts() { return impl_->out.take_chunks(); }

std::vector<std::string> save_workspace_snapshot_parts(const Workspace& ws, size_t part_bytes) {
    SnapshotWriter writer(ws, part_bytes);
    writer.step(std::numeric_limits<size_t>::max());
    return writer.take_parts();
}

std::string save_workspace_snapshot(const Workspace& ws) {
    return snapshot::join_chunks(save_workspace_snapshot_parts(ws, kSnapshotPartBytes));
}

// ---- SnapshotReader: the reading as a list of jobs (the header and JSON part, each part a column at a
// time, the account index, the rows' order), each a step ----

using snapshot_read::PartReader;
using snapshot_read::Reader;

struct SnapshotReader::Impl {
    using Job = std::function<bool()>;  // one step; true when the job is done

    std::string_view bytes;
    WorkspaceReadOptions options;
    Reader rd;
    Workspace ws;
    uint32_t layout = 0;
    std::vector<Job> jobs;
    size_t next = 0;
    bool failed = false;
    std::string error;

    Impl(std::string_view b, const WorkspaceReadOptions& o) : bytes(b), options(o), rd{ByteIn(b), {}, 0} {
        jobs.push_back([this] { return read_settings(); });
        plan_part(kAccounts.name, ws.accounts, kAccounts.fields);
        jobs.push_back([this] { return rd.accounts = ws.accounts.size(), true; });
        plan_part(kContacts.name, ws.contacts, kContacts.fields);
        for_each_in(kTables, [&](const auto& table) { plan_part(table.name, ws.*table.member, table.fields); });
        plan_part(kTaskColumns.name, ws.tasks, kTaskColumns.fields);
        jobs.push_back([this] {  // layout 1 kept feedback and notes in the JSON part: their columns are skipped
            if (layout < kFirstLayoutWithVoiceColumns) next += 2;
            return true;
        });
        plan_part(kFeedbackColumns.name, ws.feedback, kFeedbackColumns.fields);
        plan_part(kNoteColumns.name, ws.notes, kNoteColumns.fields);
        jobs.push_back([this] {
            if (rd.in.left() != 0) rd.fail("the snapshot has " + std::to_string(rd.in.left()) + " bytes after its last part");
            return true;
        });
        jobs.push_back([this] {
            std::string duplicate;
            if (!ws.reindex(&duplicate)) fail("two accounts share the id \"" + duplicate + "\"");
            return true;
        });
        jobs.push_back([this] { return ws.sort_rows(), true; });
    }

    bool fail(std::string what) {
        failed = true;
        error = std::move(what);
        return false;
    }

    bool read_settings() {
        if (!is_workspace_snapshot(bytes)) return fail("not a Retain workspace snapshot"), true;
        rd.in.bytes(kMagic.size());
        layout = rd.in.fixed<uint32_t>();
        if (rd.in.ok() && layout > kSnapshotLayout)
            return fail("a snapshot of layout " + std::to_string(layout) + ", newer than this build reads (" +
                        std::to_string(kSnapshotLayout) + ")"), true;
        const std::string_view json = rd.in.bytes(rd.in.fixed<uint64_t>());
        if (!rd.in.ok()) return fail("the snapshot is cut short in its settings"), true;
        std::string why;
        if (!load_workspace_json(json, ws, why, options)) return fail("the snapshot's settings do not read: " + why), true;
        return true;
    }

    template <typename Row, typename Fields>
    void plan_part(const char* name, std::vector<Row>& rows, const Fields& fields) {
        auto part = std::make_shared<PartReader<Row, Fields>>(name, rows, fields, ws.key_features);
        jobs.push_back([this, part] { return part->step(rd); });
    }

    void step() {
        if (failed || next >= jobs.size()) return;
        try {
            if (jobs[next]()) ++next;
        } catch (const std::exception& e) {
            fail(std::string("could not read the snapshot: ") + e.what());
        }
        if (!failed && !rd.error.empty()) fail(rd.error);
    }
};

SnapshotReader::SnapshotReader(std::string_view bytes, const WorkspaceReadOptions& options)
    : impl_(std::make_unique<Impl>(bytes, options)) {}
SnapshotReader::~SnapshotReader() = default;

void SnapshotReader::step() { impl_->step(); }
bool SnapshotReader::done() const { return impl_->failed || impl_->next >= impl_->jobs.size(); }
double SnapshotReader::progress() const {
    if (done()) return 1.0;
    const Impl& m = *impl_;
    return m.bytes.empty() ? 0.0 : std::min(1.0, double(m.bytes.size() - m.rd.in.left()) / double(m.bytes.size()));
}

bool SnapshotReader::finish(Workspace& out, std::string& error) {
    Impl& m = *impl_;
    while (!done()) step();
    if (m.failed) {
        error = m.error.empty() ? "the snapshot is damaged" : m.error;
        return false;
    }
    out = std::move(m.ws);
    return true;
}

bool load_workspace_snapshot(std::string_view bytes, Workspace& out, std::string& error, const WorkspaceReadOptions& options) {
    SnapshotReader reader(bytes, options);
    return reader.finish(out, error);
}

}  // namespace retain
