// The CS program as JSON (program_json.hpp).
#include "io/program_json.hpp"

#include <utility>

#include "core/program/program_progress.hpp"
#include "io/json_date.hpp"
#include "io/json_object_reader.hpp"

namespace retain {
namespace {

using Json = nlohmann::json;
using Reader = json_read::Reader;

// A list of catalogue ids, each set through `set` (which refuses unknown ids and keeps catalogue order).
template <typename Set>
bool read_ids(Reader& r, const Json& j, const char* key, const std::string& where, Program& p, Set set) {
    const auto it = j.find(key);
    if (it == j.end()) return true;
    const std::string at = Reader::at(where, key);
    if (!it->is_array()) return r.fail(at, std::string("expected a list of ids, got ") + it->type_name());
    for (size_t i = 0; i < it->size(); ++i) {
        const Json& id = (*it)[i];
        const std::string place = at + "[" + std::to_string(i) + "]";
        if (!id.is_string()) return r.fail(place, std::string("expected an id, got ") + id.type_name());
        if (!set(p, id.get<std::string>(), true)) return r.fail(place, "unknown id " + id.dump());
    }
    return true;
}

}  // namespace

Json program_to_json(const Program& p) {
    Json charter = Json::object();
    for (int f = 0; f < kCharterFieldCount; ++f) charter[to_string(CharterField(f))] = p.charter[size_t(f)];
    return {{"charter", std::move(charter)},
            {"steps_done", p.steps_done},
            {"launch_start", date_or_null(p.launch_start)},
            {"launch_done", p.launch_done}};
}

bool program_from_json(const Json& j, const std::string& where, Program& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"charter", "steps_done", "launch_start", "launch_done"})) return false;
    Program p;
    if (const auto c = j.find("charter"); c != j.end()) {
        const std::string at = Reader::at(where, "charter");
        if (!c->is_object()) return r.fail(at, std::string("expected an object, got ") + c->type_name());
        for (auto it = c->begin(); it != c->end(); ++it) {
            CharterField f;
            if (!parse_enum(it.key(), f))
                return r.fail(at, "unknown key \"" + it.key() + "\" (who_we_serve, outcomes, value_moments, cs_owns, "
                                  "cs_does_not_own, success_measures)");
            if (!r.text(*c, it.key().c_str(), at, p.charter[size_t(f)])) return false;
        }
    }
    if (!read_ids(r, j, "steps_done", where, p, set_step_done) ||
        !read_ids(r, j, "launch_done", where, p, set_launch_item_done) || !r.date(j, "launch_start", where, p.launch_start))
        return false;
    out = std::move(p);
    return true;
}

}  // namespace retain
