// Decoders for single values and the way messages show them (workspace_json_values.hpp).
#include "io/workspace_json_values.hpp"

#include "io/value_parse_money.hpp"
#include "io/workspace_json_out.hpp"

namespace retain::workspace_json {

Value view(const json& v) {
    // Unsigned before signed: nlohmann hands out its signed pointer for unsigned values too
    // (is_number_integer() is true for both), which would read 18446744073709551615 as -1.
    if (const bool* b = v.get_ptr<const bool*>()) return Value::of(*b);
    if (const auto* u = v.get_ptr<const json::number_unsigned_t*>()) return Value::of(*u);
    if (const auto* i = v.get_ptr<const json::number_integer_t*>()) return Value::of(*i);
    if (const auto* f = v.get_ptr<const json::number_float_t*>()) return Value::of(*f);
    if (const std::string* s = v.get_ptr<const std::string*>()) return Value::of(std::string_view(*s));
    if (v.is_array()) return Value::of(Value::list);
    if (v.is_object()) return Value::of(Value::object);
    return Value{};
}

std::string json_quoted(std::string_view text) {
    JsonOut o;
    o.text(text);
    const std::string quoted = o.take();
    if (quoted.size() <= 60) return quoted;
    size_t cut = 56;
    while (cut > 1 && (static_cast<unsigned char>(quoted[cut]) & 0xC0) == 0x80) --cut;
    return quoted.substr(0, cut) + "...\"";
}

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

std::string at(const std::string& list, size_t i) { return list + "[" + std::to_string(i) + "]"; }

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

bool get_date(const Value& v, Date& out, std::string& what) {
    if (v.kind == Value::null || (v.kind == Value::text && v.s.empty())) { out = Date{}; return true; }
    return get_day(v, out, what);
}

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

// A whole number in [lo, hi] into a narrower type.
template <typename Int>
bool get_whole_as(const Value& v, int64_t lo, int64_t hi, Int& out, std::string& what) {
    int64_t n = 0;
    if (!get_whole(v, lo, hi, n, what)) return false;
    out = Int(n);
    return true;
}

bool get_count(const Value& v, int32_t& out, std::string& what) { return get_whole_as(v, 0, INT32_MAX, out, what); }
bool get_score(const Value& v, int8_t& out, std::string& what) { return get_whole_as(v, -128, 127, out, what); }
// Capped as imported amounts are (kMaxMoneyMinor, value_parse_money.hpp): metrics add amounts up, and an
// MRR near INT64_MAX would overflow the first sum (docs/bad-input.md, "huge numbers").
bool get_money(const Value& v, Money& out, std::string& what) {
    return get_whole_as(v, 0, kMaxMoneyMinor, out.minor, what);
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

}  // namespace retain::workspace_json
