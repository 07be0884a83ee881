#include "app/command_support.hpp"

#include <utility>

namespace retain::commands {

CommandResult fail(std::string message) {
    CommandResult r;
    r.ok = false;
    r.error = std::move(message);
    return r;
}

// Argument readers that never throw: bad automation input is a message, not a crash.
bool get_string(const json& args, const char* key, std::string& out) {
    if (!args.is_object() || !args.contains(key) || !args[key].is_string()) return false;
    out = args[key].get<std::string>();
    return true;
}
bool get_bool(const json& args, const char* key, bool fallback) {
    if (!args.is_object() || !args.contains(key) || !args[key].is_boolean()) return fallback;
    return args[key].get<bool>();
}

bool get_index(const json& args, const char* key, size_t& out) {
    if (!args.is_object() || !args.contains(key)) return false;
    const json& v = args[key];
    if (v.is_number_unsigned()) out = v.get<size_t>();
    else if (v.is_number_integer() && v.get<int64_t>() >= 0) out = size_t(v.get<int64_t>());
    else return false;
    return true;
}

}  // namespace retain::commands
