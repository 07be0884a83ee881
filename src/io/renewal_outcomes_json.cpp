// Recorded renewal outcomes as JSON (renewal_outcomes_json.hpp).
#include "io/renewal_outcomes_json.hpp"

#include <set>
#include <utility>

#include "io/json_date.hpp"
#include "io/json_object_reader.hpp"

namespace retain {
namespace {

using Json = nlohmann::json;
using Reader = json_read::Reader;

// The optional new ARR: null or absent = not known; else whole minor units, not negative.
bool read_arr(Reader& r, const Json& j, const std::string& where, std::optional<Money>& out) {
    const auto it = j.find("arr");
    if (it == j.end() || it->is_null()) return true;
    int64_t v = 0;
    if (!r.whole(j, "arr", where, 0, INT64_MAX / 16, v)) return false;
    out = Money(v);
    return true;
}

}  // namespace

Json renewal_outcome_to_json(const RenewalOutcome& o) {
    return {{"account", o.account},
            {"renewal", date_or_null(o.renewal)},
            {"outcome", to_string(o.result)},
            {"arr", o.arr ? Json(o.arr->minor) : Json(nullptr)},
            {"reason", o.reason},
            {"recorded", date_or_null(o.recorded)}};
}

bool renewal_outcome_from_json(const Json& j, const std::string& where, RenewalOutcome& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"account", "renewal", "outcome", "arr", "reason", "recorded"})) return false;
    RenewalOutcome o;
    if (!r.text(j, "account", where, o.account) || !r.date(j, "renewal", where, o.renewal) ||
        !r.choice(j, "outcome", where, o.result) || !read_arr(r, j, where, o.arr) || !r.text(j, "reason", where, o.reason) ||
        !r.date(j, "recorded", where, o.recorded))
        return false;
    if (o.account.empty() || !o.renewal.ok()) return r.fail(where, "an outcome needs an account and a renewal date");
    if (!j.contains("outcome")) return r.fail(where, "an outcome needs \"outcome\": renewed, expanded, contracted or churned");
    out = std::move(o);
    return true;
}

bool renewal_outcomes_from_json(const Json& list, const std::string& where, std::vector<RenewalOutcome>& out,
                                std::string& error) {
    if (!list.is_array()) {
        error = where + ": expected a list of renewal outcomes, got " + list.type_name();
        return false;
    }
    std::vector<RenewalOutcome> outcomes(list.size());
    std::set<std::pair<std::string, int32_t>> seen;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        if (!renewal_outcome_from_json(list[i], at, outcomes[i], error)) return false;
        if (!seen.insert({outcomes[i].account, outcomes[i].renewal.days()}).second) {
            error = at + ": a second outcome for " + outcomes[i].account + "'s renewal on " + format_iso(outcomes[i].renewal);
            return false;
        }
    }
    out = std::move(outcomes);
    return true;
}

}  // namespace retain
