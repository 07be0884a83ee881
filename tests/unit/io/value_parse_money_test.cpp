// Amount cells (io/value_parse_money.hpp) into minor units (cents), by hand: $1,234.50 is 123450 cents.
#include <doctest/doctest.h>

#include <string>

#include "io/value_parse_money.hpp"

using namespace retain;

namespace {

const MoneyFormat kPoint{DecimalMark::point, false};
const MoneyFormat kComma{DecimalMark::comma, false};
const MoneyFormat kCents{DecimalMark::point, true};

// Minor units, or a marker value the tests never expect when the cell is refused.
constexpr int64_t kMoneyRefused = -999'999'999;

int64_t minor(std::string_view text, const MoneyFormat& format = kPoint) {
    MoneyCell cell;
    return parse_money(text, format, cell) ? cell.amount.minor : kMoneyRefused;
}

MoneyCell cell_of(std::string_view text, const MoneyFormat& format = kPoint) {
    MoneyCell cell;
    REQUIRE(parse_money(text, format, cell));
    return cell;
}

}  // namespace

TEST_CASE("amounts with a decimal point and comma thousands separators") {
    CHECK(minor("1,234.50") == 123450);
    CHECK(minor("1234.50") == 123450);
    CHECK(minor("1,234,567.89") == 123456789);
    CHECK(minor("12") == 1200);
    CHECK(minor("12.5") == 1250);
    CHECK(minor(".5") == 50);
    CHECK(minor("0.07") == 7);
    CHECK(minor("+12") == 1200);
    CHECK(minor(" 12.00 ") == 1200);
}

TEST_CASE("amounts with a decimal comma and point, space or no-break-space thousands separators") {
    CHECK(minor("1.234,50", kComma) == 123450);
    CHECK(minor("1.234.567,89", kComma) == 123456789);
    CHECK(minor("1 234,50", kComma) == 123450);
    CHECK(minor("1\xC2\xA0" "234,50", kComma) == 123450);      // U+00A0 no-break space
    CHECK(minor("1\xE2\x80\xAF" "234,50", kComma) == 123450);  // U+202F narrow no-break space
    CHECK(minor("12,5", kComma) == 1250);
    CHECK(minor("1 234 567", kComma) == 123456700);
}

TEST_CASE("apostrophe thousands separators, as the Swiss write them") {
    CHECK(minor("1'234.50") == 123450);
    CHECK(minor("1\xE2\x80\x99" "234.50") == 123450);  // ’ U+2019
    CHECK(minor("CHF 1'234.50") == 123450);
}

TEST_CASE("Indian grouping reads: lakhs and crores in pairs after the first thousand") {
    CHECK(minor("12,34,567.00") == 123456700);
    CHECK(minor("1,23,456") == 12345600);
    CHECK(minor("\xE2\x82\xB9" "12,34,567") == 123456700);  // ₹
}

TEST_CASE("thousands separators must group three digits and be one kind per number") {
    CHECK(minor("1,2345") == kMoneyRefused);
    CHECK(minor("1,23") == kMoneyRefused);
    CHECK(minor("1234,567") == kMoneyRefused);
    CHECK(minor("0,123") == kMoneyRefused);
    CHECK(minor("1,234 567") == kMoneyRefused);
    CHECK(minor(",123") == kMoneyRefused);
    CHECK(minor("1,234,") == kMoneyRefused);
    CHECK(minor("12.") == kMoneyRefused);
    CHECK(minor("1.234,50") == kMoneyRefused);  // a decimal comma in a decimal-point column
    CHECK(minor("1,234.50", kComma) == kMoneyRefused);
    CHECK(minor("123,45,678") == kMoneyRefused);
}

TEST_CASE("currency symbols and codes before or after, with or without a space") {
    CHECK(minor("$1,234.50") == 123450);
    CHECK(minor("\xE2\x82\xAC" "1.234,50", kComma) == 123450);  // €1.234,50
    CHECK(minor("1 234,50 \xE2\x82\xAC", kComma) == 123450);    // 1 234,50 €
    CHECK(minor("1\xE2\x80\xAF" "234,50\xC2\xA0\xE2\x82\xAC", kComma) == 123450);
    CHECK(minor("USD 99") == 9900);
    CHECK(minor("USD99") == 9900);
    CHECK(minor("99 usd") == 9900);
    CHECK(minor("\xC2\xA3" "12") == 1200);  // £12
    CHECK(minor("12 kr") == 1200);
    CHECK(minor("kr. 1.234,50", kComma) == 123450);
    CHECK(minor("R$ 10,00", kComma) == 1000);
    CHECK(minor("US$5") == 500);
    CHECK(minor("12 z\xC5\x82", kComma) == 1200);  // 12 zł
}

TEST_CASE("the currency written in a cell is reported, as written and as an ISO code when it names one") {
    MoneyCell c = cell_of("$1,234.50");
    CHECK(c.currency.text() == "$");
    CHECK(c.currency.iso_code() == "");
    c = cell_of("\xE2\x82\xAC" "12");
    CHECK(c.currency.text() == "\xE2\x82\xAC");
    CHECK(c.currency.iso_code() == "EUR");
    c = cell_of("99 usd");
    CHECK(c.currency.text() == "USD");
    CHECK(c.currency.iso_code() == "USD");
    c = cell_of("CHF 1'234.50");
    CHECK(c.currency.iso_code() == "CHF");
    c = cell_of("kr. 12");
    CHECK(c.currency.text() == "kr");
    c = cell_of("C$12");
    CHECK(c.currency.text() == "CA$");
    CHECK(c.currency.iso_code() == "CAD");
    c = cell_of("\xEF\xBF\xA5" "1200");  // fullwidth ￥ is reported as ¥
    CHECK(c.currency.text() == "\xC2\xA5");
    c = cell_of("12.50");
    CHECK(c.currency.empty());
}

TEST_CASE("a currency fits the workspace currency when it names it or is a symbol that currency uses") {
    CHECK(currency_fits(cell_of("$12").currency, "USD"));
    CHECK(currency_fits(cell_of("$12").currency, "CAD"));
    CHECK_FALSE(currency_fits(cell_of("$12").currency, "EUR"));
    CHECK(currency_fits(cell_of("\xE2\x82\xAC" "12").currency, "EUR"));
    CHECK_FALSE(currency_fits(cell_of("\xE2\x82\xAC" "12").currency, "USD"));
    CHECK(currency_fits(cell_of("USD 12").currency, "USD"));
    CHECK_FALSE(currency_fits(cell_of("GBP 12").currency, "USD"));
    CHECK(currency_fits(cell_of("12 kr").currency, "SEK"));
    CHECK(currency_fits(cell_of("\xC2\xA5" "12").currency, "JPY"));
    CHECK(currency_fits(cell_of("12").currency, "EUR"));
}

TEST_CASE("negatives: minus, Unicode minus, trailing minus, parentheses") {
    CHECK(minor("-1,234.50") == -123450);
    CHECK(minor("\xE2\x88\x92" "1,234.50") == -123450);  // −1,234.50
    CHECK(minor("1,234.50-") == -123450);
    CHECK(minor("1,234.50\xE2\x88\x92") == -123450);
    CHECK(minor("(1,234.00)") == -123400);
    CHECK(minor("-$1,234.50") == -123450);
    CHECK(minor("$-1,234.50") == -123450);
    CHECK(minor("($1,234.50)") == -123450);
    CHECK(minor("$(1,234.50)") == -123450);
    CHECK(minor("(1.234,56 \xE2\x82\xAC)", kComma) == -123456);  // (1.234,56 €)
    CHECK(minor("-1 234,50 \xE2\x82\xAC", kComma) == -123450);
    CHECK(minor("-0.00") == 0);
}

TEST_CASE("two signs, two currencies or leftovers are refused") {
    CHECK(minor("-(12)") == kMoneyRefused);
    CHECK(minor("--12") == kMoneyRefused);
    CHECK(minor("-12-") == kMoneyRefused);
    CHECK(minor("$12 USD") == kMoneyRefused);
    CHECK(minor("(12") == kMoneyRefused);
    CHECK(minor("12abc") == kMoneyRefused);
    CHECK(minor("USDX 12") == kMoneyRefused);
    CHECK(minor("XYZ 12") == kMoneyRefused);
    CHECK(minor("$") == kMoneyRefused);
    CHECK(minor("-") == kMoneyRefused);
    CHECK(minor("12%") == kMoneyRefused);
    CHECK(minor("$ -") == kMoneyRefused);
}

TEST_CASE("more than two decimals round half away from zero to the cent, and say so") {
    MoneyCell c = cell_of("12.345");
    CHECK(c.amount.minor == 1235);
    CHECK(c.rounded);
    c = cell_of("-12.345");
    CHECK(c.amount.minor == -1235);
    CHECK(c.rounded);
    c = cell_of("12.344");
    CHECK(c.amount.minor == 1234);
    CHECK(c.rounded);
    c = cell_of("12.3449");  // only the third decimal decides: 12.3449 is below 12.345
    CHECK(c.amount.minor == 1234);
    c = cell_of("0.005");
    CHECK(c.amount.minor == 1);
    c = cell_of("0.0049");
    CHECK(c.amount.minor == 0);
    CHECK(c.rounded);
    c = cell_of("1.234,567", kComma);
    CHECK(c.amount.minor == 123457);
    CHECK(c.rounded);
    // Zeros past the cent lose nothing.
    c = cell_of("12.340000");
    CHECK(c.amount.minor == 1234);
    CHECK_FALSE(c.rounded);
    c = cell_of("12.34");
    CHECK_FALSE(c.rounded);
}

TEST_CASE("minor-units columns hold whole cents, as Stripe exports them") {
    CHECK(minor("1999", kCents) == 1999);
    CHECK(minor("-1999", kCents) == -1999);
    CHECK(minor("1,999", kCents) == 1999);
    CHECK(minor("1999.00", kCents) == 1999);
    CHECK(minor("$1999", kCents) == 1999);
    CHECK(minor("19.99", kCents) == kMoneyRefused);
    CHECK(money_error("19.99", kCents) == "expected a whole amount in minor units (cents) like 1999 for 19.99, got "
                                          "\"19.99\" (the column holds minor units, which have no decimals)");
}

TEST_CASE("K and M abbreviations are refused with a reason") {
    CHECK(minor("1.5K") == kMoneyRefused);
    CHECK(minor("2M") == kMoneyRefused);
    CHECK(minor("$3 bn") == kMoneyRefused);
    CHECK(money_error("1.5K", kPoint) ==
          "expected an amount like 1,234.56, got \"1.5K\" (abbreviations like K and M are not read: write the whole "
          "amount)");
    CHECK(money_error("2M \xE2\x82\xAC", kComma) ==
          "expected an amount like 1.234,56, got \"2M \xE2\x82\xAC\" (abbreviations like K and M are not read: write "
          "the whole amount)");
}

TEST_CASE("amounts beyond 9e16 minor units are refused as too large") {
    CHECK(minor("900,000,000,000,000.00") == 90'000'000'000'000'000);
    CHECK(minor("-900,000,000,000,000.00") == -90'000'000'000'000'000);
    CHECK(minor("900,000,000,000,000.01") == kMoneyRefused);
    CHECK(minor("1,000,000,000,000,000") == kMoneyRefused);
    CHECK(minor("99999999999999999999999") == kMoneyRefused);
    CHECK(minor("90000000000000000", kCents) == 90'000'000'000'000'000);
    CHECK(minor("90000000000000001", kCents) == kMoneyRefused);
    CHECK(money_error("1000000000000000", kPoint) ==
          "expected an amount like 1,234.56, got \"1000000000000000\" (too large: amounts go up to 900 trillion)");
}

TEST_CASE("errors say what amount was expected and quote the cell") {
    CHECK(money_error("12abc", kPoint) == "expected an amount like 1,234.56, got \"12abc\"");
    CHECK(money_error(" 1.2 ", kComma) == "expected an amount like 1.234,56, got \"1.2\"");
    CHECK(money_error("n/a", kComma) == "expected an amount like 1.234,56, got \"n/a\"");
}

TEST_CASE("an empty money cell is no value, and a refused one leaves nothing behind") {
    MoneyCell c;
    CHECK(parse_money("  ", kPoint, c));
    CHECK(c.empty);
    CHECK(c.amount.minor == 0);
    CHECK(c.currency.empty());
    CHECK_FALSE(parse_money("$12abc", kPoint, c));
    CHECK_FALSE(c.empty);
    CHECK(c.amount.minor == 0);
    CHECK(c.currency.empty());
    CHECK(parse_money("$12", kPoint, c));
    CHECK_FALSE(c.empty);
}

TEST_CASE("codes read in any letter case, symbols only as they are written") {
    CHECK(minor("eur 5") == 500);
    CHECK(minor("Kr 5") == 500);
    CHECK(minor("r$ 5") == kMoneyRefused);
    CHECK(minor("rs 5") == kMoneyRefused);
}
