// Money formatting and rounding (core/money.hpp); amounts are minor units (cents).
#include <doctest/doctest.h>

#include "core/money.hpp"

using namespace retain;

TEST_CASE("divide_rounded rounds half away from zero, for negatives too") {
    CHECK(divide_rounded(5, 2) == 3);     //  2.5  ->  3
    CHECK(divide_rounded(-5, 2) == -3);   // -2.5  -> -3
    CHECK(divide_rounded(4, 3) == 1);     //  1.33 ->  1
    CHECK(divide_rounded(5, 3) == 2);     //  1.67 ->  2
    CHECK(divide_rounded(-4, 3) == -1);   // -1.33 -> -1
    CHECK(divide_rounded(7, -2) == -4);   // -3.5  -> -4
    CHECK(divide_rounded(-7, -2) == 4);   //  3.5  ->  4
    CHECK(divide_rounded(6, 12) == 1);    //  0.5  ->  1
    CHECK(divide_rounded(-6, 12) == -1);
    CHECK(divide_rounded(5, 12) == 0);    //  0.42 ->  0
    CHECK(divide_rounded(14999, 12) == 1250);  // 1249.92
    CHECK(divide_rounded(1, 0) == 0);     // no division by zero
}

TEST_CASE("format_money: thousands separators, whole units rounded half away from zero") {
    CHECK(format_money(Money(0), "USD") == "$0");
    CHECK(format_money(Money(123456789), "USD") == "$1,234,568");
    CHECK(format_money(Money(123450), "USD") == "$1,235");  // $1,234.50 -> $1,235
    CHECK(format_money(Money(99), "USD") == "$1");
    CHECK(format_money(Money(100000000000), "USD") == "$1,000,000,000");
    CHECK(format_money(Money(100000), "EUR") == "\xE2\x82\xAC" "1,000");
    CHECK(format_money(Money(100000), "CHF") == "CHF 1,000");
}

TEST_CASE("format_money: cents and negatives") {
    CHECK(format_money(Money(123456789), "USD", true) == "$1,234,567.89");
    CHECK(format_money(Money(5), "USD", true) == "$0.05");
    CHECK(format_money(Money(-1250), "USD") == "-$13");
    CHECK(format_money(Money(-1250), "USD", true) == "-$12.50");
    CHECK(format_money(Money(-123456789), "USD") == "-$1,234,568");
    CHECK(format_money(Money(-40), "USD") == "$0");  // shows as zero: no sign
    CHECK(format_money(Money(-40), "USD", true) == "-$0.40");
}

TEST_CASE("format_money_short: $950, $1.2K, $830K, $1.2M, $3.2B") {
    CHECK(format_money_short(Money(0), "USD") == "$0");
    CHECK(format_money_short(Money(95000), "USD") == "$950");
    CHECK(format_money_short(Money(123456), "USD") == "$1.2K");        // $1,234.56
    CHECK(format_money_short(Money(83000000), "USD") == "$830K");
    CHECK(format_money_short(Money(123456789), "USD") == "$1.2M");     // $1,234,567.89
    CHECK(format_money_short(Money(317927220000), "USD") == "$3.2B");  // $3,179,272,200
    CHECK(format_money_short(Money(-123456789), "USD") == "-$1.2M");
    CHECK(format_money_short(Money(-40), "USD") == "$0");
}

TEST_CASE("format_money_short rounds half away from zero and moves up a unit instead of showing 1000") {
    CHECK(format_money_short(Money(125000), "USD") == "$1.3K");    // $1,250 is a tie: up
    CHECK(format_money_short(Money(99950), "USD") == "$1.0K");     // $999.50, not "$1000"
    CHECK(format_money_short(Money(999949), "USD") == "$10K");     // $9,999.49, not "$10.0K"
    CHECK(format_money_short(Money(99960000), "USD") == "$1.0M");  // $999,600, not "$1000K"
    CHECK(format_money_short(Money(99940000), "USD") == "$999K");  // $999,400
}

TEST_CASE("format_count puts separators every three digits, including the most negative number") {
    CHECK(format_count(0) == "0");
    CHECK(format_count(999) == "999");
    CHECK(format_count(1000) == "1,000");
    CHECK(format_count(-1234567) == "-1,234,567");
    CHECK(format_count(INT64_MIN) == "-9,223,372,036,854,775,808");
}
