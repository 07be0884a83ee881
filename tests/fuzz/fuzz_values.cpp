// libFuzzer target: single cells through the date, money and number readers of io/value_parse*.hpp and
// the strict ISO readers of core/date.hpp, in every format. Checks that what they accept is real:
//  - an accepted date is a real calendar day, and an ISO date prints back as the text it came from;
//  - an accepted amount is within kMaxMoneyMinor (so sums of 100 cannot overflow);
//  - whatever is refused has a message for the user.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "io/value_parse_date.hpp"
#include "io/value_parse_money.hpp"
#include "io/value_parse_number.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

void check_dates(std::string_view cell) {
    using retain::DateFormat;
    for (DateFormat format : {DateFormat::iso, DateFormat::month_first, DateFormat::day_first, DateFormat::month_name,
                              DateFormat::epoch_seconds, DateFormat::epoch_millis}) {
        retain::Date d;
        if (retain::parse_date(cell, format, d)) {
            if (d.ok()) {
                const retain::Ymd ymd = d.ymd();
                require(ymd.ok());
                require(retain::Date::from_ymd(ymd) == d);
            }
        } else {
            require(!retain::date_error(cell, format).empty());
            require(!d.ok());  // a refused cell leaves an empty date (value_parse_date.hpp)
        }
    }
    retain::Date iso;
    if (retain::parse_iso_date(cell, iso)) {
        require(iso.ok());
        require(retain::format_iso(iso) == cell);
    }
    retain::Month month;
    if (retain::parse_iso_month(cell, month)) {
        require(month.ok() && month.month() >= 1 && month.month() <= 12);
        require(retain::format_iso(month) == cell);
    }
}

void check_money(std::string_view cell) {
    for (retain::DecimalMark mark : {retain::DecimalMark::point, retain::DecimalMark::comma}) {
        for (bool minor : {false, true}) {
            retain::MoneyFormat format;
            format.decimal = mark;
            format.minor_units = minor;
            retain::MoneyCell out;
            if (retain::parse_money(cell, format, out)) {
                require(out.amount.minor <= retain::kMaxMoneyMinor && out.amount.minor >= -retain::kMaxMoneyMinor);
                if (out.empty) require(out.amount.minor == 0);
            } else {
                require(!retain::money_error(cell, format).empty());
            }
        }
        retain::IntegerFormat integer;
        integer.decimal = mark;
        integer.allow_negative = true;
        std::optional<int64_t> whole;
        if (!retain::parse_integer(cell, integer, whole)) require(!retain::integer_error(cell, integer).empty());
        retain::PercentFormat percent;
        percent.decimal = mark;
        std::optional<double> fraction;
        if (!retain::parse_percent(cell, percent, fraction)) require(!retain::percent_error(cell, percent).empty());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view cell(reinterpret_cast<const char*>(data), size);
    check_dates(cell);
    check_money(cell);
    return 0;
}
