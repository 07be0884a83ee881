// Percentages and whole numbers (io/value_parse_number.hpp). Fractions are compared exactly where the
// value is a single correctly rounded division (45 / 100 is the double nearest 0.45).
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "io/value_parse_number.hpp"

using namespace retain;

namespace {

const PercentFormat kPoints{DecimalMark::point, BarePercent::points};
const PercentFormat kFraction{DecimalMark::point, BarePercent::fraction};
const PercentFormat kCommaPoints{DecimalMark::comma, BarePercent::points};

std::optional<double> percent(std::string_view text, const PercentFormat& format = kPoints) {
    std::optional<double> out = -1.0;
    if (!parse_percent(text, format, out)) return -99.0;  // a value no test expects
    return out;
}

const IntegerFormat kCounts{DecimalMark::point, false};
const IntegerFormat kSigned{DecimalMark::point, true};
const IntegerFormat kCommaCounts{DecimalMark::comma, false};
constexpr int64_t kNumberRefused = -999'999;

std::optional<int64_t> integer(std::string_view text, const IntegerFormat& format = kCounts) {
    std::optional<int64_t> out = -1;
    if (!parse_integer(text, format, out)) return kNumberRefused;
    return out;
}

}  // namespace

TEST_CASE("percentages with a sign read as fractions: 45% is 0.45") {
    CHECK(percent("45%") == 0.45);
    CHECK(percent("45 %") == 0.45);
    CHECK(percent("45\xE2\x80\xAF%") == 0.45);  // narrow no-break space, as French writes it
    CHECK(percent("12.5%") == 0.125);
    CHECK(percent("100%") == 1.0);
    CHECK(percent("0%") == 0.0);
    CHECK(percent("-3.5%") == -0.035);
    CHECK(percent("\xE2\x88\x92" "3.5%") == -0.035);
    CHECK(percent("+10%") == 0.10);
    CHECK(percent("1,250%") == 12.5);  // out of range is the caller's concern
}

TEST_CASE("a decimal comma in percentages") {
    CHECK(percent("45,5%", kCommaPoints) == 0.455);
    CHECK(percent("45,5 %", kCommaPoints) == 0.455);
    CHECK(percent("45,5%") == -99.0);  // under a decimal point, ",5" is no thousands group
}

TEST_CASE("a bare number is percent points unless the column is declared as fractions") {
    CHECK(percent("45") == 0.45);
    CHECK(percent("0.45", kFraction) == 0.45);
    CHECK(percent("45%", kFraction) == 0.45);  // the sign still means points
    CHECK(percent("1", kFraction) == 1.0);
    CHECK(percent("0,45", PercentFormat{DecimalMark::comma, BarePercent::fraction}) == 0.45);
}

TEST_CASE("percentages that are not numbers are refused, saying what was expected") {
    CHECK(percent("abc") == -99.0);
    CHECK(percent("45%%") == -99.0);
    CHECK(percent("%") == -99.0);
    CHECK(percent("45 percent") == -99.0);
    CHECK(percent_error("abc", kPoints) == "expected a percentage like 45% or 12.5%, got \"abc\"");
    CHECK(percent_error("abc", kCommaPoints) == "expected a percentage like 45% or 12,5%, got \"abc\"");
    CHECK(percent_error("x", kFraction) == "expected a percentage like 45% or 0.45, got \"x\"");
}

TEST_CASE("very long percentages keep the digits a double can hold") {
    CHECK(percent("33.33333333333333333333333333%") == doctest::Approx(0.3333333333333333));
    CHECK(percent("0.000000000000000000000000001%") == doctest::Approx(0.0));
}

TEST_CASE("an empty percentage or whole-number cell is no value") {
    CHECK(percent("  ") == std::nullopt);
    CHECK(integer("") == std::nullopt);
}

TEST_CASE("whole numbers with thousands separators or zero decimals") {
    CHECK(integer("1234") == 1234);
    CHECK(integer("1,234") == 1234);
    CHECK(integer("1 234") == 1234);
    CHECK(integer("1\xC2\xA0" "234") == 1234);
    CHECK(integer("1234.0") == 1234);
    CHECK(integer("1,234.00") == 1234);
    CHECK(integer("1.234", kCommaCounts) == 1234);
    CHECK(integer("0") == 0);
    CHECK(integer("+7") == 7);
    CHECK(integer("999999999999999999") == 999'999'999'999'999'999);
}

TEST_CASE("whole numbers refuse fractions, other text and more than 18 digits") {
    CHECK(integer("12.5") == kNumberRefused);
    CHECK(integer("1.234") == kNumberRefused);  // under a decimal point that is 1.234, not a whole number
    CHECK(integer("12 seats") == kNumberRefused);
    CHECK(integer("1,23") == kNumberRefused);
    CHECK(integer("1e3") == kNumberRefused);
    CHECK(integer("1000000000000000000") == kNumberRefused);
    CHECK(integer_error("12.5", kCounts) == "expected a whole number (0 or more) like 1,234, got \"12.5\"");
    CHECK(integer_error("1000000000000000000", kSigned) ==
          "expected a whole number like 1,234, got \"1000000000000000000\" (more than 18 digits)");
    CHECK(integer_error("x", kCommaCounts) == "expected a whole number (0 or more) like 1.234, got \"x\"");
}

TEST_CASE("negative whole numbers only where the caller allows them") {
    CHECK(integer("-3") == kNumberRefused);
    CHECK(integer("-0") == 0);
    CHECK(integer("-3", kSigned) == -3);
    CHECK(integer("\xE2\x88\x92" "1,234", kSigned) == -1234);
    CHECK(integer_error("-3", kCounts) == "expected a whole number (0 or more) like 1,234, got \"-3\"");
}
