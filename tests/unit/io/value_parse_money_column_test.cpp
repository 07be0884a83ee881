// Choosing an amount column's decimal mark and noting its currencies (MoneyColumnDetector,
// io/value_parse_money.hpp). Rows are numbered from 1, as a caller would.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/value_parse_money.hpp"

using namespace retain;

namespace {

MoneyFormatChoice choose_mark(const std::vector<std::string>& column, DecimalMark hint = DecimalMark::point) {
    MoneyColumnDetector detector;
    for (size_t i = 0; i < column.size(); ++i) detector.add(i + 1, column[i]);
    return detector.choose(hint);
}

}  // namespace

TEST_CASE("an amount with both separators decides: the last one is the decimal mark") {
    MoneyFormatChoice c = choose_mark({"1,234", "", "1,234.50"}, DecimalMark::comma);
    CHECK(c.decimal == DecimalMark::point);
    CHECK_FALSE(c.ambiguous);
    CHECK(c.deciding_row == 3);
    CHECK(c.explanation == "amounts read with \".\" as the decimal mark, as row 3 shows: \"1,234.50\"");
    c = choose_mark({"1.234", "1.234,50 \xE2\x82\xAC"});
    CHECK(c.decimal == DecimalMark::comma);
    CHECK(c.deciding_row == 2);
}

TEST_CASE("the same separator twice is a thousands separator, which decides the decimal mark") {
    CHECK(choose_mark({"1,234,567"}, DecimalMark::comma).decimal == DecimalMark::point);
    CHECK(choose_mark({"1.234.567"}).decimal == DecimalMark::comma);
}

TEST_CASE("a separator not followed by exactly three digits is the decimal mark") {
    MoneyFormatChoice c = choose_mark({"12,5"});
    CHECK(c.decimal == DecimalMark::comma);
    CHECK_FALSE(c.ambiguous);
    CHECK(choose_mark({"12.50"}, DecimalMark::comma).decimal == DecimalMark::point);
    CHECK(choose_mark({"0,123"}).decimal == DecimalMark::comma);      // no thousands group starts with 0
    CHECK(choose_mark({"1234,567"}).decimal == DecimalMark::comma);   // nor has four digits before a separator
    CHECK(choose_mark({"1 234,567"}).decimal == DecimalMark::comma);  // spaces group, so the comma cannot
}

TEST_CASE("a column where only row 57 decides the decimal mark") {
    std::vector<std::string> column(56, "1,234");
    column.push_back("$99,95");
    column.push_back("2,000");
    const MoneyFormatChoice c = choose_mark(column);
    CHECK(c.decimal == DecimalMark::comma);
    CHECK_FALSE(c.ambiguous);
    CHECK(c.deciding_row == 57);
    MoneyCell cell;
    CHECK(parse_money(column[0], MoneyFormat{c.decimal, false}, cell));
    CHECK(cell.amount.minor == 123);  // 1,234 with a decimal comma is 1.234, rounded to 1.23
    CHECK(cell.rounded);
}

TEST_CASE("when no amount decides, the hint is used and the ambiguity reported") {
    MoneyFormatChoice c = choose_mark({"", "1,234", "$500", "2,000"});
    CHECK(c.decimal == DecimalMark::point);
    CHECK(c.ambiguous);
    CHECK(c.deciding_row == 2);
    CHECK(c.explanation == "amounts read with \".\" as the decimal mark, but no amount in this column decides it: "
                           "row 2 \"1,234\" is read with \",\" as a thousands separator, not the decimal mark; amounts "
                           "are marked \"$\" (row 3)");
    c = choose_mark({"1,234"}, DecimalMark::comma);
    CHECK(c.decimal == DecimalMark::comma);
    CHECK(c.ambiguous);
    CHECK(c.explanation == "amounts read with \",\" as the decimal mark, but no amount in this column decides it: "
                           "row 1 \"1,234\" is read with \",\" as the decimal mark, not a thousands separator");
}

TEST_CASE("amounts without any separator leave nothing to decide and nothing ambiguous") {
    const MoneyFormatChoice c = choose_mark({"1999", "$500", "1 234"}, DecimalMark::comma);
    CHECK(c.decimal == DecimalMark::comma);
    CHECK_FALSE(c.ambiguous);
    CHECK_FALSE(c.inconsistent);
}

TEST_CASE("decimal points and decimal commas in one column are inconsistent") {
    const MoneyFormatChoice c = choose_mark({"1,234", "12,50", "99.95", "12,5"});
    CHECK(c.inconsistent);
    CHECK(c.decimal == DecimalMark::comma);
    CHECK(c.deciding_row == 2);
    CHECK(c.conflicting_row == 3);
    CHECK(c.explanation == "amounts in this column disagree: row 2 \"12,50\" has \",\" as the decimal mark, but "
                           "row 3 \"99.95\" has \".\"");
}

TEST_CASE("the first currency of a column is reported, and another one flagged as mixed") {
    MoneyFormatChoice c = choose_mark({"12.00", "\xE2\x82\xAC" "5.00", "EUR 7.50", "6.00 \xE2\x82\xAC"});
    CHECK(c.currency.text() == "\xE2\x82\xAC");
    CHECK(c.currency.iso_code() == "EUR");
    CHECK(c.currency_row == 2);
    CHECK_FALSE(c.mixed_currencies);
    CHECK(currency_fits(c.currency, "EUR"));
    CHECK_FALSE(currency_fits(c.currency, "USD"));

    c = choose_mark({"$5.00", "USD 6.00", "$7.00"});
    CHECK_FALSE(c.mixed_currencies);  // "$" can stand for USD
    c = choose_mark({"$5.00", "6.00", "\xC2\xA3" "7.00"});
    CHECK(c.mixed_currencies);
    CHECK(c.mixed_currency_row == 3);
    CHECK(c.explanation == "amounts read with \".\" as the decimal mark, as row 1 shows: \"$5.00\"; amounts are "
                           "marked \"$\" (row 1), but row 3 is marked \"\xC2\xA3\"");
    c = choose_mark({"USD 5.00", "CAD 6.00"});
    CHECK(c.mixed_currencies);
    c = choose_mark({"\xC2\xA5" "500", "12 kr"});
    CHECK(c.mixed_currencies);
    c = choose_mark({"12.00", "13.00"});
    CHECK(c.currency.empty());
    CHECK_FALSE(c.mixed_currencies);
}
