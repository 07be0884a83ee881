// A small checking reader over an nlohmann tree, shared by the readers of the workspace's settings-like
// objects (health_config_json.cpp, playbooks_json.cpp): every method names the place of a bad value
// ("scorecard.measures[2].weight: expected a number"), optional keys keep the value already in `out`,
// and nothing throws.
#pragma once
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <string>

#include <nlohmann/json.hpp>

#include "core/date.hpp"

namespace retain {

struct JsonObjectReader {
    std::string& error;

    bool fail(const std::string& where, const std::string& what) {
        error = where + ": " + what;
        return false;
    }
    static std::string at(const std::string& where, const char* key) { return where + "." + key; }

    bool object(const nlohmann::json& j, const std::string& where, std::initializer_list<const char*> keys) {
        if (!j.is_object()) return fail(where, std::string("expected an object, got ") + j.type_name());
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool known = false;
            for (const char* k : keys) known = known || it.key() == k;
            if (!known) return fail(where, "unknown key \"" + it.key() + "\"");
        }
        return true;
    }
    // Optional keys keep the value already in `out`.
    bool number(const nlohmann::json& j, const char* key, const std::string& where, double& out) {
        const auto it = j.find(key);
        if (it == j.end()) return true;
        if (!it->is_number() || !std::isfinite(it->get<double>()))
            return fail(at(where, key), std::string("expected a number, got ") + it->type_name());
        out = it->get<double>();
        return true;
    }
    bool whole(const nlohmann::json& j, const char* key, const std::string& where, int64_t low, int64_t high, int64_t& out) {
        const auto it = j.find(key);
        if (it == j.end()) return true;
        if (!it->is_number_integer()) return fail(at(where, key), std::string("expected a whole number, got ") + it->dump());
        const int64_t v = it->get<int64_t>();
        if (v < low || v > high)
            return fail(at(where, key), "expected " + std::to_string(low) + " to " + std::to_string(high) + ", got " +
                                            std::to_string(v));
        out = v;
        return true;
    }
    bool flag(const nlohmann::json& j, const char* key, const std::string& where, bool& out) {
        const auto it = j.find(key);
        if (it == j.end()) return true;
        if (!it->is_boolean()) return fail(at(where, key), std::string("expected true or false, got ") + it->type_name());
        out = it->get<bool>();
        return true;
    }
    bool text(const nlohmann::json& j, const char* key, const std::string& where, std::string& out) {
        const auto it = j.find(key);
        if (it == j.end()) return true;
        if (!it->is_string()) return fail(at(where, key), std::string("expected text, got ") + it->type_name());
        out = it->get<std::string>();
        return true;
    }
    bool date(const nlohmann::json& j, const char* key, const std::string& where, Date& out) {
        const auto it = j.find(key);
        if (it == j.end() || it->is_null()) return true;
        if (!it->is_string() || !parse_iso_date(it->get<std::string>(), out))
            return fail(at(where, key), "expected a date YYYY-MM-DD, got " + it->dump());
        return true;
    }
    template <typename Enum>
    bool choice(const nlohmann::json& j, const char* key, const std::string& where, Enum& out) {
        const auto it = j.find(key);
        if (it == j.end()) return true;
        if (!it->is_string() || !parse_enum(it->get<std::string>(), out))
            return fail(at(where, key), "unknown value " + it->dump());
        return true;
    }
};

}  // namespace retain
