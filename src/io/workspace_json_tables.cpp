// Tables, {"fields": [...], "rows": [[...], ...]}: the file's field names are bound to the columns of
// workspace_json_schema.hpp, then each row is decoded cell by cell and checked as a whole.
#include <type_traits>
#include <vector>

#include "io/workspace_json_decode.hpp"

namespace retain::workspace_json {
namespace {

template <typename Row>
struct Column {
    const char* name;
    bool required;
    bool (*read)(const Value& v, Row& row, Decoder& d, int arg, std::string& what);  // arg: see kFeatureColumn
};

template <typename F>
bool read_cell(const Value& v, typename F::Record& row, Decoder& d, int, std::string& what) {
    return decode_value<F::need>(v, F::of(row), d.accounts, what);
}

template <typename Row, typename... F>
std::vector<Column<Row>> columns_of(const std::tuple<F...>& fields) {
    return std::apply(
        [](const F&... f) { return std::vector<Column<Row>>{{f.name, F::need == required, read_cell<F>}...}; }, fields);
}

// Usage's columns named kFeatureFieldPrefix + a key feature; arg is the feature's index.
const Column<UsageSample> kFeatureColumn = {
    kFeatureFieldPrefix, false, [](const Value& v, UsageSample& x, Decoder&, int arg, std::string& what) {
        return get_count(v, x.feature_uses[size_t(arg)], what);
    }};

// Checks on a whole row (values that depend on each other); `field` names the offending one.
template <typename Row>
bool row_ok(const Row&, std::string&, std::string&) { return true; }

bool row_ok(const SubscriptionPeriod& r, std::string& field, std::string& what) {
    if (!r.end.ok() || r.end >= r.start) return true;
    field = "end";
    what = format_iso(r.end) + " is before the start " + format_iso(r.start);
    return false;
}
bool row_ok(const Ticket& r, std::string& field, std::string& what) {
    if (!r.closed.ok() || r.closed >= r.opened) return true;
    field = "closed";
    what = format_iso(r.closed) + " is before the ticket was opened " + format_iso(r.opened);
    return false;
}
// Survey scales (SurveyResponse): NPS 0-10, CSAT 1-5, CES 1-7.
bool row_ok(const SurveyResponse& r, std::string& field, std::string& what) {
    static const int kLow[] = {0, 1, 1}, kHigh[] = {10, 5, 7};
    const int k = int(r.kind);
    if (r.score >= kLow[k] && r.score <= kHigh[k]) return true;
    field = "score";
    what = std::to_string(r.score) + " is outside the " + to_string(r.kind) + " scale " + std::to_string(kLow[k]) +
           "-" + std::to_string(kHigh[k]);
    return false;
}

template <typename Row>
class Table final : public TableSink {
public:
    Table(const char* name, std::vector<Column<Row>> columns, std::vector<Row>& out)
        : name_(name), columns_(std::move(columns)), out_(out) {}

    const char* name() const override { return name_; }
    bool names_key_features() const override { return std::is_same_v<Row, UsageSample>; }
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
        for (const Column<Row>& column : columns_) {
            if (!column.required) continue;
            bool listed = false;
            for (const Bound& b : bound_) listed = listed || b.column == &column;
            if (!listed) return d.fail(where, "missing the required field " + json_quoted(column.name));
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
        if (!row_ok(r, field, what)) return d.fail(at(std::string(name_) + ".rows", row) + "." + field, what);
        out_.push_back(std::move(r));
        return true;
    }

private:
    struct Bound {
        const Column<Row>* column;
        int arg;
    };

    bool bind_one(Decoder& d, const std::string& field, std::string& what) {
        for (const Column<Row>& column : columns_) {
            if (field != column.name) continue;
            bound_.push_back({&column, 0});
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
        for (size_t c = 0; c < columns_.size(); ++c) what += (c ? ", " : "") + json_quoted(columns_[c].name);
        if constexpr (std::is_same_v<Row, UsageSample>)
            what += " and \"" + std::string(kFeatureFieldPrefix) + "<key feature>\"";
        return false;
    }

    const char* name_;
    const std::vector<Column<Row>> columns_;
    std::vector<Row>& out_;
    std::vector<Bound> bound_;
    std::vector<std::string> names_;
};

}  // namespace

bool row_shape_error(Decoder& d, const char* table, size_t row, size_t width, const std::string& got) {
    return d.fail(at(std::string(table) + ".rows", row),
                  "expected a list of " + std::to_string(width) + " values (one per field), got " + got);
}

Tables::Tables(Workspace& ws) {
    size_t t = 0;
    for_each_in(kTables, [&](const auto& table) {
        auto& rows = ws.*table.member;
        using Row = typename std::decay_t<decltype(rows)>::value_type;
        all[t++] = std::make_unique<Table<Row>>(table.name, columns_of<Row>(table.fields), rows);
    });
}

int Tables::find(const std::string& name) const {
    for (size_t i = 0; i < all.size(); ++i)
        if (name == all[i]->name()) return int(i);
    return -1;
}

}  // namespace retain::workspace_json
