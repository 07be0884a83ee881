// A date cell in a column's format (value_parse_date.hpp): the shape read by value_parse_date_shape.cpp,
// given its meaning by the format, checked against the calendar.
#include "io/value_parse_date.hpp"

#include "io/value_parse_date_shape.hpp"
#include "io/value_parse_text.hpp"

namespace retain {

using namespace value_parse_detail;

namespace {

enum class DateProblem : uint8_t {
    none,
    shape,     // no date shape at all
    order,     // a `/` or `-` day-month date in a format that does not say which comes first
    kind,      // a Unix time in a text format, or text in a Unix time format
    no_month,  // month 0 or above 12
    no_day,    // day 0 or past the month's end
    weekday,   // a weekday written in front that is not the date's
};

bool is_epoch(DateFormat f) { return f == DateFormat::epoch_seconds || f == DateFormat::epoch_millis; }

DateProblem resolve(const DateShape& shape, DateFormat format, Ymd& ymd, Date& out) {
    out = Date{};
    switch (shape.kind) {
        case DateShapeKind::empty: return DateProblem::none;
        case DateShapeKind::unreadable: return DateProblem::shape;
        case DateShapeKind::epoch_seconds:
        case DateShapeKind::epoch_millis: {
            const bool seconds = shape.kind == DateShapeKind::epoch_seconds;
            if (format != (seconds ? DateFormat::epoch_seconds : DateFormat::epoch_millis)) return DateProblem::kind;
            // The UTC day: at most 13 digits, so well inside both int64 and the year 9999.
            out = Date::from_days(int32_t(shape.epoch / (seconds ? 86'400 : 86'400'000)));
            return DateProblem::none;
        }
        case DateShapeKind::iso:
        case DateShapeKind::month_name: ymd = Ymd{shape.year, shape.first, shape.second}; break;
        case DateShapeKind::dotted: ymd = Ymd{shape.year, shape.second, shape.first}; break;
        case DateShapeKind::slashed:
            if (format == DateFormat::month_first) ymd = Ymd{shape.year, shape.first, shape.second};
            else if (format == DateFormat::day_first) ymd = Ymd{shape.year, shape.second, shape.first};
            else if (is_epoch(format)) return DateProblem::kind;
            else return DateProblem::order;
            break;
    }
    if (is_epoch(format)) return DateProblem::kind;
    if (ymd.year < 1 || ymd.year > 9999) return DateProblem::shape;
    if (ymd.month < 1 || ymd.month > 12) return DateProblem::no_month;
    if (ymd.day < 1 || ymd.day > days_in_month(ymd.year, ymd.month)) return DateProblem::no_day;
    out = Date::from_ymd(ymd);
    if (shape.weekday >= 0 && out.weekday() != shape.weekday) {
        out = Date{};
        return DateProblem::weekday;
    }
    return DateProblem::none;
}

const char* const kWeekdayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

}  // namespace

const char* date_format_name(DateFormat format) {
    switch (format) {
        case DateFormat::iso: return "YYYY-MM-DD";
        case DateFormat::month_first: return "MM/DD/YYYY";
        case DateFormat::day_first: return "DD/MM/YYYY";
        case DateFormat::month_name: return "Mon DD, YYYY";
        case DateFormat::epoch_seconds: return "Unix seconds";
        case DateFormat::epoch_millis: return "Unix milliseconds";
    }
    return "";
}

bool parse_date(std::string_view text, DateFormat format, Date& out) {
    Ymd ymd;
    return resolve(read_date_shape(trim_cell(text)), format, ymd, out) == DateProblem::none;
}

std::string date_error(std::string_view text, DateFormat format) {
    const std::string_view s = trim_cell(text);
    Ymd ymd;
    Date date;
    const DateProblem problem = resolve(read_date_shape(s), format, ymd, date);
    std::string what;
    switch (format) {
        case DateFormat::iso: what = "expected a date like 2026-03-31"; break;
        case DateFormat::month_first: what = "expected a date like 2026-03-31 or 03/31/2026"; break;
        case DateFormat::day_first: what = "expected a date like 2026-03-31 or 31/03/2026"; break;
        case DateFormat::month_name: what = "expected a date like Mar 31, 2026 or 2026-03-31"; break;
        case DateFormat::epoch_seconds: what = "expected a Unix time in seconds like 1774915200"; break;
        case DateFormat::epoch_millis: what = "expected a Unix time in milliseconds like 1774915200000"; break;
    }
    what += ", got " + quote_cell(s);
    switch (problem) {
        case DateProblem::none:
        case DateProblem::shape: break;
        case DateProblem::order:
            what += " (this column's format does not say whether the day or the month comes first)";
            break;
        case DateProblem::kind:
            if (!is_epoch(format)) what += " (Unix times are read only in a column of them)";
            break;
        case DateProblem::no_month: what += " (there is no month " + std::to_string(ymd.month) + ")"; break;
        case DateProblem::no_day:
            if (ymd.day < 1) what += " (there is no day 0)";
            else
                what += std::string(" (") + english_month(ymd.month) + " " + std::to_string(ymd.year) + " has " +
                        std::to_string(days_in_month(ymd.year, ymd.month)) + " days)";
            break;
        case DateProblem::weekday: {
            const Date real = Date::from_ymd(ymd);
            what += " (" + std::to_string(ymd.day) + " " + english_month(ymd.month) + " " + std::to_string(ymd.year) +
                    " is a " + kWeekdayNames[real.weekday()] + ")";
            break;
        }
    }
    return what;
}

}  // namespace retain
