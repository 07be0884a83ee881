#include "io/value_parse_bool.hpp"

#include "io/value_parse_text.hpp"

namespace retain {

using namespace value_parse_detail;

bool parse_bool(std::string_view text, std::optional<bool>& out) {
    out.reset();
    const std::string_view s = trim_cell(text);
    if (s.empty()) return true;
    static constexpr std::string_view kTrue[] = {"yes", "y", "true", "t", "1", "on", "x"};
    static constexpr std::string_view kFalse[] = {"no", "n", "false", "f", "0", "off"};
    for (const std::string_view word : kTrue)
        if (equals_word(s, word)) { out = true; return true; }
    for (const std::string_view word : kFalse)
        if (equals_word(s, word)) { out = false; return true; }
    return false;
}

std::string bool_error(std::string_view text) {
    return "expected yes/no, true/false, y/n, t/f, 1/0, on/off or x, got " + quote_cell(trim_cell(text));
}

}  // namespace retain
