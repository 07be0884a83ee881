// Reading one value of a workspace file: what a decoder sees (Value), a decoder per kind of value (text,
// dates, counts, money, account ids, ...), the choice of decoder by the type of the member a value fills,
// and how values are shown in messages. A decoder that refuses a value sets `what` to what was expected
// and what was found: `expected a date YYYY-MM-DD, got "2023-02-30"`.
#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/workspace.hpp"
#include "io/workspace_json_schema.hpp"

namespace retain::workspace_json {

using json = nlohmann::json;

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

    static Value of(Kind k) { Value v; v.kind = k; return v; }  // null, list, object
    static Value of(bool b) { Value v; v.kind = boolean; v.b = b; return v; }
    static Value of(int64_t i) { Value v; v.kind = integer; v.i = i; return v; }
    static Value of(uint64_t u) { Value v; v.kind = unsigned_integer; v.u = u; return v; }
    static Value of(double f) { Value v; v.kind = floating; v.f = f; return v; }
    static Value of(std::string_view s) { Value v; v.kind = text; v.s = s; return v; }
};

Value view(const json& v);

// Text as JSON shows it, quoted and escaped, cut to a readable length at a character boundary.
std::string json_quoted(std::string_view text);
// A value as it appears in the file, for "got ..." in messages.
std::string describe(const Value& v);
std::string describe(const json& v);
// "list[i]", the place of an item in messages.
std::string at(const std::string& list, size_t i);

bool get_text(const Value& v, std::string& out, std::string& what);  // null reads as ""
bool get_flag(const Value& v, bool& out, std::string& what);
bool get_date(const Value& v, Date& out, std::string& what);  // may be empty (null or "")
bool get_day(const Value& v, Date& out, std::string& what);   // the date a row is about: it must be there
bool get_month(const Value& v, Month& out, std::string& what);
bool get_whole(const Value& v, int64_t lo, int64_t hi, int64_t& out, std::string& what);
bool get_count(const Value& v, int32_t& out, std::string& what);  // 0 to INT32_MAX
bool get_score(const Value& v, int8_t& out, std::string& what);   // a survey score, -128 to 127
bool get_money(const Value& v, Money& out, std::string& what);    // minor units, never negative

// Values that are lists or objects are read from the tree.
bool get_text_list(const json& v, std::vector<std::string>& out, std::string& what);
bool get_custom(const json& v, std::vector<std::pair<std::string, std::string>>& out, std::string& what);

// Account ids -> indices, filled as the accounts are read; contacts and rows find their account here.
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

// How many names each enum has, for "expected one of ..." (the names are to_string(E(0 .. n-1))).
template <typename E> inline constexpr int kEnumNames = 0;
template <> inline constexpr int kEnumNames<AccountStatus> = 2;
template <> inline constexpr int kEnumNames<LifecycleStage> = kLifecycleStageCount;
template <> inline constexpr int kEnumNames<BillingInterval> = 2;
template <> inline constexpr int kEnumNames<TicketPriority> = 4;
template <> inline constexpr int kEnumNames<TicketStatus> = 4;
template <> inline constexpr int kEnumNames<TicketSatisfaction> = 3;
template <> inline constexpr int kEnumNames<SurveyKind> = 3;
template <> inline constexpr int kEnumNames<TouchpointKind> = 5;

template <typename E>
bool get_enum(const Value& v, E& out, std::string& what) {
    static_assert(kEnumNames<E> > 0, "kEnumNames needs the number of names of this enum");
    if (v.kind == Value::text && parse_enum(std::string(v.s), out)) return true;
    what = "expected one of ";
    for (int i = 0; i < kEnumNames<E>; ++i) what += (i ? ", " : "") + json_quoted(to_string(E(i)));
    what += ", got " + describe(v);
    return false;
}

// A value into a member of type T, by the decoder for T (the reverse of write_value in
// workspace_json_writer.cpp). `need` is the field's: a required date must not be empty.
template <Need need, typename T>
bool decode_value(const Value& v, T& out, AccountLookup& accounts, std::string& what) {
    if constexpr (std::is_same_v<T, std::string>) return get_text(v, out, what);
    else if constexpr (std::is_same_v<T, Date>)
        return need == required ? get_day(v, out, what) : get_date(v, out, what);
    else if constexpr (std::is_same_v<T, Month>) return get_month(v, out, what);
    else if constexpr (std::is_same_v<T, Money>) return get_money(v, out, what);
    else if constexpr (std::is_same_v<T, bool>) return get_flag(v, out, what);
    else if constexpr (std::is_same_v<T, AccountIx>) return accounts.find(v, out, what);
    else if constexpr (std::is_enum_v<T>) return get_enum(v, out, what);
    else if constexpr (std::is_same_v<T, int8_t>) return get_score(v, out, what);
    else return get_count(v, out, what);
}

}  // namespace retain::workspace_json
