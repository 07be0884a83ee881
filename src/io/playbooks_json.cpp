// Playbooks and tasks as JSON (playbooks_json.hpp).
#include "io/playbooks_json.hpp"

#include <unordered_set>

#include "io/json_date.hpp"
#include "io/json_object_reader.hpp"

namespace retain {
namespace {

using Json = nlohmann::json;
using Reader = json_read::Reader;

// A whole number into an int32_t field (optional, keeps the value when absent).
bool whole32(Reader& r, const Json& j, const char* key, const std::string& where, int32_t low, int32_t high,
             int32_t& out) {
    int64_t v = out;
    if (!r.whole(j, key, where, low, high, v)) return false;
    out = int32_t(v);
    return true;
}

Json trigger_to_json(const Trigger& t) {
    Json j{{"kind", to_string(t.kind)}};
    const uint8_t params = trigger_params(t.kind);
    if (params & p_color) j["color"] = to_string(t.color);
    if (params & p_days) j["days"] = t.days;
    if (params & p_points) j["points"] = t.points;
    if (params & p_percent) j["percent"] = t.percent;
    if (params & p_count) j["count"] = t.count;
    if (params & p_max_percent) j["max_percent"] = t.max_percent;
    return j;
}

bool read_trigger(Reader& r, const Json& j, const std::string& where, Trigger& t) {
    return r.object(j, where, {"kind", "color", "days", "points", "percent", "count", "max_percent"}) &&
           r.choice(j, "kind", where, t.kind) && r.choice(j, "color", where, t.color) &&
           whole32(r, j, "days", where, 0, 100000, t.days) && whole32(r, j, "points", where, 0, 100000, t.points) &&
           whole32(r, j, "percent", where, 0, 100000, t.percent) && whole32(r, j, "count", where, 0, 100000, t.count) &&
           whole32(r, j, "max_percent", where, 0, 100000, t.max_percent);
}

bool read_step(Reader& r, const Json& j, const std::string& where, PlaybookStep& s) {
    return r.object(j, where, {"title", "role", "due_days", "kind", "text"}) && r.text(j, "title", where, s.title) &&
           r.choice(j, "role", where, s.role) && whole32(r, j, "due_days", where, 0, 100000, s.due_days) &&
           r.choice(j, "kind", where, s.kind) && r.text(j, "text", where, s.text);
}

bool read_stage(Reader& r, const Json& j, const std::string& where, int32_t& stage) {
    const auto it = j.find("stage");
    if (it == j.end()) return true;
    if (it->is_null()) {
        stage = -1;
        return true;
    }
    LifecycleStage s;
    if (!it->is_string() || !parse_enum(it->get<std::string>(), s))
        return r.fail(Reader::at(where, "stage"), "expected null or a lifecycle stage, got " + it->dump());
    stage = int32_t(s);
    return true;
}

}  // namespace

Json playbook_to_json(const Playbook& p) {
    Json steps = Json::array();
    for (const PlaybookStep& s : p.steps)
        steps.push_back({{"title", s.title}, {"role", to_string(s.role)}, {"due_days", s.due_days},
                         {"kind", to_string(s.kind)}, {"text", s.text}});
    Json success{{"kind", to_string(p.success.kind)}, {"days", p.success.days}};
    if (p.success.kind == SuccessKind::score_at_least) success["score"] = p.success.score;
    return {{"id", p.id}, {"name", p.name}, {"enabled", p.enabled}, {"category", p.category},
            {"trigger", trigger_to_json(p.trigger)}, {"segment", p.segment},
            {"stage", p.stage >= 0 ? Json(to_string(LifecycleStage(p.stage))) : Json(nullptr)},
            {"cooldown_days", p.cooldown_days}, {"goal", p.goal}, {"steps", steps}, {"success", success}};
}

bool playbook_from_json(const Json& j, const std::string& where, Playbook& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"id", "name", "enabled", "category", "trigger", "segment", "stage", "cooldown_days", "goal",
                             "steps", "success"}))
        return false;
    Playbook p = out;
    if (!r.text(j, "id", where, p.id) || !r.text(j, "name", where, p.name) || !r.flag(j, "enabled", where, p.enabled) ||
        !r.text(j, "category", where, p.category) || !r.text(j, "segment", where, p.segment) ||
        !read_stage(r, j, where, p.stage) || !whole32(r, j, "cooldown_days", where, 0, 100000, p.cooldown_days) ||
        !r.text(j, "goal", where, p.goal))
        return false;
    if (const auto t = j.find("trigger"); t != j.end())
        if (!read_trigger(r, *t, Reader::at(where, "trigger"), p.trigger)) return false;
    if (const auto s = j.find("steps"); s != j.end()) {
        const std::string at = Reader::at(where, "steps");
        if (!s->is_array()) return r.fail(at, std::string("expected a list, got ") + s->type_name());
        std::vector<PlaybookStep> steps(s->size());
        for (size_t i = 0; i < s->size(); ++i)
            if (!read_step(r, (*s)[i], at + "[" + std::to_string(i) + "]", steps[i])) return false;
        p.steps = std::move(steps);
    }
    if (const auto m = j.find("success"); m != j.end()) {
        const std::string at = Reader::at(where, "success");
        if (!r.object(*m, at, {"kind", "days", "score"}) || !r.choice(*m, "kind", at, p.success.kind) ||
            !whole32(r, *m, "days", at, 0, 100000, p.success.days) ||
            !whole32(r, *m, "score", at, 0, 100000, p.success.score))
            return false;
    }
    const std::string problem = playbook_problem(p);
    if (!problem.empty()) return r.fail(where, problem);
    out = std::move(p);
    return true;
}

Json task_to_json(const Task& t) {
    return {{"id", t.id},           {"account", t.account},   {"playbook", t.playbook},
            {"step", t.step},       {"title", t.title},       {"owner", t.owner},
            {"role", to_string(t.role)}, {"created", date_or_null(t.created)}, {"due", date_or_null(t.due)},
            {"priority", t.priority}, {"status", to_string(t.status)}, {"snoozed_until", date_or_null(t.snoozed_until)},
            {"outcome", t.outcome}, {"completed", date_or_null(t.completed)}};
}

bool task_from_json(const Json& j, const std::string& where, Task& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"id", "account", "playbook", "step", "title", "owner", "role", "created", "due", "priority",
                             "status", "snoozed_until", "outcome", "completed"}))
        return false;
    Task t;
    if (!r.text(j, "id", where, t.id) || !r.text(j, "account", where, t.account) ||
        !r.text(j, "playbook", where, t.playbook) || !whole32(r, j, "step", where, 0, 1000, t.step) ||
        !r.text(j, "title", where, t.title) || !r.text(j, "owner", where, t.owner) || !r.choice(j, "role", where, t.role) ||
        !r.date(j, "created", where, t.created) || !r.date(j, "due", where, t.due) ||
        !whole32(r, j, "priority", where, 0, 1000, t.priority) || !r.choice(j, "status", where, t.status) ||
        !r.date(j, "snoozed_until", where, t.snoozed_until) || !r.text(j, "outcome", where, t.outcome) ||
        !r.date(j, "completed", where, t.completed))
        return false;
    if (t.id.empty() || t.account.empty() || t.playbook.empty())
        return r.fail(where, "a task needs an id, an account and a playbook");
    if (t.status == TaskStatus::snoozed && !t.snoozed_until.ok())
        return r.fail(Reader::at(where, "snoozed_until"), "a snoozed task needs the date it wakes up");
    out = std::move(t);
    return true;
}

bool is_builtin_library(const std::vector<Playbook>& playbooks) {
    const std::vector<Playbook> library = builtin_playbooks();
    if (library.size() != playbooks.size()) return false;
    for (size_t i = 0; i < library.size(); ++i)
        if (playbook_to_json(library[i]) != playbook_to_json(playbooks[i])) return false;
    return true;
}

bool playbooks_from_json(const Json& list, const std::string& where, std::vector<Playbook>& out, std::string& error) {
    if (!list.is_array()) {
        error = where + ": expected a list of playbooks, got " + list.type_name();
        return false;
    }
    std::vector<Playbook> playbooks(list.size());
    std::unordered_set<std::string> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        if (!playbook_from_json(list[i], at, playbooks[i], error)) return false;
        if (!ids.insert(playbooks[i].id).second) {
            error = at + ".id: a second playbook with id \"" + playbooks[i].id + "\"";
            return false;
        }
    }
    out = std::move(playbooks);
    return true;
}

bool tasks_from_json(const Json& list, const std::string& where, std::vector<Task>& out, std::string& error) {
    if (!list.is_array()) {
        error = where + ": expected a list of tasks, got " + list.type_name();
        return false;
    }
    std::vector<Task> tasks(list.size());
    std::unordered_set<std::string> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        if (!task_from_json(list[i], at, tasks[i], error)) return false;
        if (!ids.insert(tasks[i].id).second) {
            error = at + ".id: a second task with id \"" + tasks[i].id + "\"";
            return false;
        }
    }
    out = std::move(tasks);
    return true;
}

}  // namespace retain
