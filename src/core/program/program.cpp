#include "core/program/program.hpp"

#include "core/enum_names.hpp"

namespace retain {
namespace {

const char* const kCharterKeys[kCharterFieldCount] = {"who_we_serve", "outcomes",        "value_moments",
                                                      "cs_owns",      "cs_does_not_own", "success_measures"};

}  // namespace

bool Program::is_empty() const {
    for (const std::string& text : charter)
        if (!text.empty()) return false;
    return steps_done.empty() && launch_done.empty() && !launch_start.ok();
}

const char* to_string(CharterField f) { return kCharterKeys[int(f)]; }
bool parse_enum(const std::string& text, CharterField& out) { return parse_enum_name(kCharterKeys, text, out); }

}  // namespace retain
