// The journey, success plans and handoffs as JSON (journey_json.hpp).
#include "io/journey_json.hpp"

#include <set>
#include <utility>

#include "io/json_date.hpp"
#include "io/json_object_reader.hpp"

namespace retain {
namespace {

using Json = nlohmann::json;
using Reader = json_read::Reader;

// Reads a list of per-account objects with `read_one`, refusing a second entry for the same account.
template <typename T, typename ReadOne>
bool read_list(const Json& list, const std::string& where, const char* what, std::vector<T>& out, std::string& error,
               ReadOne read_one) {
    if (!list.is_array()) {
        error = where + ": expected a list of " + what + ", got " + list.type_name();
        return false;
    }
    std::vector<T> items(list.size());
    std::set<std::string> seen;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        Reader r{error};
        if (!read_one(r, list[i], at, items[i])) return false;
        if (items[i].account.empty()) return r.fail(at, "\"account\" is missing (the account's id)");
        if (!seen.insert(items[i].account).second) return r.fail(at, "a second entry for account " + items[i].account);
    }
    out = std::move(items);
    return true;
}

bool read_mark(Reader& r, const Json& j, const std::string& where, MilestoneMark& out) {
    if (!r.object(j, where, {"date", "by", "note"}) || !r.date(j, "date", where, out.date) ||
        !r.text(j, "by", where, out.by) || !r.text(j, "note", where, out.note))
        return false;
    if (!out.date.ok()) return r.fail(where, "a recorded milestone needs its \"date\"");
    return true;
}

bool read_journey(Reader& r, const Json& j, const std::string& where, AccountJourney& out) {
    if (!r.object(j, where, {"account", "stage_since", "milestones"}) || !r.text(j, "account", where, out.account) ||
        !r.date(j, "stage_since", where, out.stage_since))
        return false;
    const auto ms = j.find("milestones");
    if (ms == j.end()) return true;
    const std::string at = where + ".milestones";
    if (!ms->is_object()) return r.fail(at, std::string("expected an object, got ") + ms->type_name());
    for (auto it = ms->begin(); it != ms->end(); ++it) {
        Milestone m;
        if (!parse_enum(it.key(), m)) return r.fail(at, "unknown milestone \"" + it.key() + "\"");
        if (!read_mark(r, it.value(), at + "." + it.key(), out.milestones[size_t(m)])) return false;
    }
    return true;
}

bool read_item(Reader& r, const Json& j, const std::string& where, PlanItem& out) {
    int64_t day = out.day;
    if (!r.object(j, where, {"day", "goal", "milestone", "owner", "proof", "status", "done"}) ||
        !r.whole(j, "day", where, 1, 3650, day) || !r.text(j, "goal", where, out.goal) ||
        !r.text(j, "milestone", where, out.milestone) || !r.text(j, "owner", where, out.owner) ||
        !r.text(j, "proof", where, out.proof) || !r.choice(j, "status", where, out.status) ||
        !r.date(j, "done", where, out.done))
        return false;
    out.day = int32_t(day);
    return true;
}

bool read_plan(Reader& r, const Json& j, const std::string& where, SuccessPlan& out) {
    if (!r.object(j, where, {"account", "template", "outcomes", "success_criteria", "owner", "created", "items"}) ||
        !r.text(j, "account", where, out.account) || !r.choice(j, "template", where, out.kind) ||
        !r.text(j, "outcomes", where, out.outcomes) || !r.text(j, "success_criteria", where, out.success_criteria) ||
        !r.text(j, "owner", where, out.owner) || !r.date(j, "created", where, out.created))
        return false;
    const auto items = j.find("items");
    if (items == j.end()) return true;
    const std::string at = where + ".items";
    if (!items->is_array()) return r.fail(at, std::string("expected a list of items, got ") + items->type_name());
    out.items.resize(items->size());
    for (size_t i = 0; i < items->size(); ++i)
        if (!read_item(r, (*items)[i], at + "[" + std::to_string(i) + "]", out.items[i])) return false;
    return true;
}

bool read_handoff(Reader& r, const Json& j, const std::string& where, Handoff& out) {
    int64_t days = 0;
    if (!r.object(j, where, {"account", "sold", "goals", "success_criteria", "champion", "executive_sponsor", "promises",
                             "risks", "technical", "timeline", "expected_ttv_days", "sales_owner", "date"}) ||
        !r.text(j, "account", where, out.account) || !r.text(j, "sold", where, out.sold) ||
        !r.text(j, "goals", where, out.goals) || !r.text(j, "success_criteria", where, out.success_criteria) ||
        !r.text(j, "champion", where, out.champion) || !r.text(j, "executive_sponsor", where, out.executive_sponsor) ||
        !r.text(j, "promises", where, out.promises) || !r.text(j, "risks", where, out.risks) ||
        !r.text(j, "technical", where, out.technical) || !r.text(j, "timeline", where, out.timeline) || !r.whole(j, "expected_ttv_days", where, 0, 3650, days) ||
        !r.text(j, "sales_owner", where, out.sales_owner) || !r.date(j, "date", where, out.date))
        return false;
    out.expected_ttv_days = int32_t(days);
    return true;
}

}  // namespace

Json account_journey_to_json(const AccountJourney& j) {
    Json ms = Json::object();
    for (int m = 0; m < kMilestoneCount; ++m) {
        const MilestoneMark& mark = j.milestones[size_t(m)];
        if (mark.recorded()) ms[to_string(Milestone(m))] = {{"date", date_or_null(mark.date)}, {"by", mark.by}, {"note", mark.note}};
    }
    return {{"account", j.account}, {"stage_since", date_or_null(j.stage_since)}, {"milestones", ms}};
}

Json journey_settings_to_json(const JourneySettings& s) {
    Json days = Json::object();
    for (int k = 0; k < kLifecycleStageCount; ++k) days[to_string(LifecycleStage(k))] = s.stuck_days[size_t(k)];
    return {{"stuck_days", days}};
}

Json success_plan_to_json(const SuccessPlan& p) {
    Json items = Json::array();
    for (const PlanItem& i : p.items)
        items.push_back({{"day", i.day}, {"goal", i.goal}, {"milestone", i.milestone}, {"owner", i.owner},
                         {"proof", i.proof}, {"status", to_string(i.status)}, {"done", date_or_null(i.done)}});
    return {{"account", p.account}, {"template", to_string(p.kind)}, {"outcomes", p.outcomes},
            {"success_criteria", p.success_criteria}, {"owner", p.owner}, {"created", date_or_null(p.created)},
            {"items", items}};
}

Json handoff_to_json(const Handoff& h) {
    return {{"account", h.account},   {"sold", h.sold},
            {"goals", h.goals},       {"success_criteria", h.success_criteria},
            {"champion", h.champion}, {"executive_sponsor", h.executive_sponsor},
            {"promises", h.promises}, {"risks", h.risks},
            {"technical", h.technical}, {"timeline", h.timeline},
            {"expected_ttv_days", h.expected_ttv_days},
            {"sales_owner", h.sales_owner}, {"date", date_or_null(h.date)}};
}

bool journeys_from_json(const Json& list, const std::string& where, std::vector<AccountJourney>& out, std::string& error) {
    return read_list(list, where, "account journeys", out, error, read_journey);
}

bool journey_settings_from_json(const Json& j, const std::string& where, JourneySettings& out, std::string& error) {
    Reader r{error};
    JourneySettings s;
    if (!r.object(j, where, {"stuck_days"})) return false;
    const auto days = j.find("stuck_days");
    if (days != j.end()) {
        const std::string at = where + ".stuck_days";
        if (!days->is_object()) return r.fail(at, std::string("expected an object, got ") + days->type_name());
        for (auto it = days->begin(); it != days->end(); ++it) {
            LifecycleStage stage;
            if (!parse_enum(it.key(), stage)) return r.fail(at, "unknown stage \"" + it.key() + "\"");
            int64_t v = 0;
            if (!r.whole(*days, it.key().c_str(), at, 0, 3650, v)) return false;
            s.stuck_days[size_t(stage)] = int32_t(v);
        }
    }
    out = s;
    return true;
}

bool success_plans_from_json(const Json& list, const std::string& where, std::vector<SuccessPlan>& out,
                             std::string& error) {
    return read_list(list, where, "success plans", out, error, read_plan);
}

bool handoffs_from_json(const Json& list, const std::string& where, std::vector<Handoff>& out, std::string& error) {
    return read_list(list, where, "handoffs", out, error, read_handoff);
}

}  // namespace retain
