// Choosing a date column's format from all its values (DateColumnDetector in value_parse_date.hpp).
// add() only counts shapes and keeps the first example of each, so a column of a million dates costs one
// shape read per cell and a handful of copies.
#include "io/value_parse_date.hpp"

#include "io/value_parse_date_shape.hpp"
#include "io/value_parse_text.hpp"

namespace retain {

using namespace value_parse_detail;

namespace {

// "4 March 2026", with day and month as given (the caller made sure both are in range).
std::string spelled(int day, int month, int year) {
    return std::to_string(day) + " " + english_month(month) + " " + std::to_string(year);
}

// The format's name with the separator the column uses: "MM-DD-YYYY" for a column of 03-31-2026.
std::string label(DateFormat format, char separator) {
    std::string name = date_format_name(format);
    if ((format == DateFormat::month_first || format == DateFormat::day_first) && separator)
        for (char& c : name)
            if (c == '/') c = separator;
    return name;
}

}  // namespace

void DateColumnDetector::Seen::note(size_t row, std::string_view text, char sep) {
    if (count++ > 0) return;
    first_row = row;
    example.assign(text);
    separator = sep;
}

void DateColumnDetector::add(size_t row, std::string_view text) {
    const std::string_view s = trim_cell(text);
    const DateShape shape = read_date_shape(s);
    switch (shape.kind) {
        case DateShapeKind::empty:
        case DateShapeKind::unreadable: return;
        case DateShapeKind::iso: iso_.note(row, s, 0); return;
        case DateShapeKind::month_name: month_name_.note(row, s, 0); return;
        case DateShapeKind::dotted: dotted_.note(row, s, '.'); return;
        case DateShapeKind::epoch_seconds: seconds_.note(row, s, 0); return;
        case DateShapeKind::epoch_millis: millis_.note(row, s, 0); return;
        case DateShapeKind::slashed: break;
    }
    // The rule of the header: a part above 12 can only be a day. Parts that are no day or month at all
    // (0, 32, or both above 12) do not vote; parse_date reports them.
    const int a = shape.first, b = shape.second;
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return;
    if (a > 12) day_first_.note(row, s, shape.separator);
    else if (b > 12) month_first_.note(row, s, shape.separator);
    else if (a != b) ambiguous_.note(row, s, shape.separator);
    else either_order_.note(row, s, shape.separator);
}

DateFormatChoice DateColumnDetector::choose(DateFormat when_ambiguous) const {
    const DateFormat preferred = when_ambiguous == DateFormat::day_first ? DateFormat::day_first : DateFormat::month_first;
    DateFormatChoice c;
    const auto quote = [](const Seen& seen) { return row_text(seen.first_row) + " " + quote_cell(seen.example); };
    // Two kinds of evidence that cannot both hold: report the earlier as deciding, the other as conflicting.
    const auto conflict = [&](const Seen& x, DateFormat fx, const char* x_reads, const Seen& y, DateFormat fy,
                              const char* y_reads) {
        const bool x_first = x.first_row <= y.first_row;
        const Seen& d = x_first ? x : y;
        const Seen& o = x_first ? y : x;
        c.format = x_first ? fx : fy;
        c.inconsistent = true;
        c.deciding_row = d.first_row;
        c.conflicting_row = o.first_row;
        c.explanation = "dates in this column disagree: " + quote(d) + " can only be " + (x_first ? x_reads : y_reads) +
                        ", but " + quote(o) + " can only be " + (x_first ? y_reads : x_reads);
    };

    const size_t text_dates = iso_.count + month_name_.count + dotted_.count + day_first_.count + month_first_.count +
                              ambiguous_.count + either_order_.count;
    if (text_dates == 0) {
        if (seconds_.count && millis_.count) {
            conflict(seconds_, DateFormat::epoch_seconds, "Unix seconds", millis_, DateFormat::epoch_millis,
                     "Unix milliseconds");
        } else if (seconds_.count || millis_.count) {
            const Seen& seen = seconds_.count ? seconds_ : millis_;
            c.format = seconds_.count ? DateFormat::epoch_seconds : DateFormat::epoch_millis;
            c.deciding_row = seen.first_row;
            c.explanation = std::string("dates read as Unix times in ") + (seconds_.count ? "seconds" : "milliseconds") +
                            " (UTC days), as every date in this column is one, like " + quote(seen);
        } else {
            c.explanation = "no value in this column reads as a date";
        }
        return c;
    }

    if (day_first_.count && month_first_.count) {
        conflict(day_first_, DateFormat::day_first, "day first", month_first_, DateFormat::month_first, "month first");
    } else if (day_first_.count || month_first_.count) {
        const bool day = day_first_.count > 0;
        const Seen& seen = day ? day_first_ : month_first_;
        const DateShape shape = read_date_shape(seen.example);
        c.format = day ? DateFormat::day_first : DateFormat::month_first;
        c.deciding_row = seen.first_row;
        c.explanation = "dates read as " + label(c.format, seen.separator) + (day ? " (day first)" : " (month first)") +
                        ", as " + row_text(seen.first_row) + " shows: " + quote_cell(seen.example) + " can only be " +
                        (day ? spelled(shape.first, shape.second, shape.year) : spelled(shape.second, shape.first, shape.year));
    } else if (ambiguous_.count) {
        const DateShape shape = read_date_shape(ambiguous_.example);
        const bool day = preferred == DateFormat::day_first;
        const std::string as_read =
            day ? spelled(shape.first, shape.second, shape.year) : spelled(shape.second, shape.first, shape.year);
        const std::string other =
            day ? spelled(shape.second, shape.first, shape.year) : spelled(shape.first, shape.second, shape.year);
        c.format = preferred;
        c.ambiguous = true;
        c.deciding_row = ambiguous_.first_row;
        c.explanation = "dates read as " + label(preferred, ambiguous_.separator) +
                        (day ? " (day first)" : " (month first)") +
                        ", but no date in this column has a part above 12 to decide the order: " + quote(ambiguous_) +
                        " is read as " + as_read + ", not " + other;
    } else if (either_order_.count) {
        c.format = preferred;
        c.deciding_row = either_order_.first_row;
        c.explanation = "dates read as " + label(preferred, either_order_.separator) +
                        "; every date in this column has the same day and month number, so the order does not matter";
    } else if (dotted_.count) {
        c.format = DateFormat::day_first;
        c.deciding_row = dotted_.first_row;
        c.explanation = "dates read as DD.MM.YYYY (day first, as dates with dots are written), like " + quote(dotted_);
    } else if (month_name_.count) {
        c.format = DateFormat::month_name;
        c.deciding_row = month_name_.first_row;
        c.explanation = "dates read with month names, like " + quote(month_name_);
    } else {
        c.format = DateFormat::iso;
        c.deciding_row = iso_.first_row;
        c.explanation = "dates read as YYYY-MM-DD (ISO 8601), like " + quote(iso_);
    }
    if (seconds_.count || millis_.count) {
        const Seen& seen = seconds_.count ? seconds_ : millis_;
        c.explanation += "; numbers such as " + quote(seen) + " are not read as dates in a column of written dates";
    }
    return c;
}

}  // namespace retain
