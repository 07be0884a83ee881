// Yes/no cells (io/value_parse_bool.hpp).
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "io/value_parse_bool.hpp"

using namespace retain;

namespace {

// "yes", "no", "empty" or "refused".
std::string read(std::string_view text) {
    std::optional<bool> out = false;
    if (!parse_bool(text, out)) return "refused";
    return !out ? "empty" : *out ? "yes" : "no";
}

}  // namespace

TEST_CASE("booleans read the spellings exports use, in any letter case") {
    for (const char* text : {"yes", "Yes", "YES", "y", "Y", "true", "TRUE", "True", "t", "T", "1", "on", "On", "x", "X",
                             "  yes  "})
        CHECK_MESSAGE(read(text) == "yes", text);
    for (const char* text : {"no", "No", "NO", "n", "N", "false", "FALSE", "f", "F", "0", "off", "OFF", "\tno\t"})
        CHECK_MESSAGE(read(text) == "no", text);
}

TEST_CASE("a blank boolean cell is no value, not false") {
    CHECK(read("") == "empty");
    CHECK(read("   ") == "empty");
}

TEST_CASE("anything else is refused with the list of accepted spellings") {
    for (const char* text : {"maybe", "yes!", "2", "-1", "0.0", "ja", "nope", "checked", "✓"})
        CHECK_MESSAGE(read(text) == "refused", text);
    CHECK(bool_error(" maybe ") == "expected yes/no, true/false, y/n, t/f, 1/0, on/off or x, got \"maybe\"");
}
