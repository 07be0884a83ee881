// The grammar of date cells, as listed in value_parse_date.hpp. A small cursor reads the text left to
// right; any shape it does not know ends as `unreadable`.
#include "io/value_parse_date_shape.hpp"

#include "io/value_parse_text.hpp"

namespace retain::value_parse_detail {
namespace {

struct Cursor {
    std::string_view s;
    size_t i = 0;

    bool at_end() const { return i >= s.size(); }
    char peek() const { return i < s.size() ? s[i] : '\0'; }
    bool eat(char c) {
        if (peek() != c) return false;
        ++i;
        return true;
    }
    size_t spaces() {
        const size_t from = i;
        while (size_t n = space_at(s, i)) i += n;
        return i - from;
    }
    // A run of digits: how many, and their value when there are at most 9.
    size_t number(int& value) {
        size_t n = 0;
        int v = 0;
        while (i < s.size() && is_digit(s[i])) {
            if (n < 9) v = v * 10 + (s[i] - '0');
            ++i;
            ++n;
        }
        value = v;
        return n;
    }
    std::string_view word() {
        const size_t from = i;
        while (i < s.size() && is_letter(s[i])) ++i;
        return s.substr(from, i - from);
    }
};

constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};

// A whole name or its first three letters, any case; "Sept" too.
int month_of_word(std::string_view w) {
    if (w.size() < 3) return 0;
    if (equals_word(w, "sept")) return 9;
    for (int m = 0; m < 12; ++m) {
        const std::string_view name = kMonths[m];
        if (w.size() != 3 && w.size() != name.size()) continue;
        size_t i = 0;
        while (i < w.size() && lower(w[i]) == lower(name[i])) ++i;
        if (i == w.size()) return m + 1;
    }
    return 0;
}

int weekday_of_word(std::string_view w) {
    static constexpr std::string_view kNames[] = {"monday", "tuesday", "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};
    if (equals_word(w, "tues")) return 1;
    if (equals_word(w, "thur") || equals_word(w, "thurs")) return 3;
    for (int d = 0; d < 7; ++d)
        if (equals_word(w, kNames[d]) || equals_word(w, kNames[d].substr(0, 3))) return d;
    return -1;
}

int widen_year(int yy) { return yy < 70 ? 2000 + yy : 1900 + yy; }

// A year of four digits, or two widened.
bool year(Cursor& c, int& out) {
    const size_t n = c.number(out);
    if (n == 2) out = widen_year(out);
    return n == 2 || n == 4;
}

// Exactly two digits (an offset +0200 is two pairs), at most `max`.
bool two_digits(Cursor& c, int& out, int max) {
    if (c.i + 1 >= c.s.size() || !is_digit(c.s[c.i]) || !is_digit(c.s[c.i + 1])) return false;
    out = (c.s[c.i] - '0') * 10 + (c.s[c.i + 1] - '0');
    c.i += 2;
    return out <= max;
}

// A time zone: Z, UTC, GMT, or an offset +HH, +HHMM, +HH:MM.
bool zone(Cursor& c) {
    if (c.eat('Z') || c.eat('z')) return true;
    if (c.peek() == '+' || c.peek() == '-') {
        ++c.i;
        int hh = 0, mm = 0;
        if (!two_digits(c, hh, 23)) return false;
        if (c.at_end()) return true;
        c.eat(':');
        return two_digits(c, mm, 59);
    }
    const std::string_view w = c.word();
    return equals_word(w, "utc") || equals_word(w, "gmt");
}

// What may follow a date: nothing, or a time of day (T or spaces before it; a comma too after a month
// name date), with seconds, fractions, AM/PM and a zone all optional. It must be a real time.
bool time_of_day(Cursor& c, bool iso) {
    if (c.at_end()) return true;
    const bool comma = !iso && c.eat(',');
    const size_t gap = c.spaces();
    if (!(gap > 0 || comma || (iso && (c.eat('T') || c.eat('t'))))) return false;
    int hour = 0, minute = 0, second = 0;
    const size_t hour_digits = c.number(hour);
    if (hour_digits < 1 || hour_digits > 2 || !c.eat(':') || !two_digits(c, minute, 59)) return false;
    if (c.eat(':')) {
        if (!two_digits(c, second, 60)) return false;  // 60: a leap second
        if (c.eat('.') || c.eat(',')) {
            int ignored = 0;
            const size_t n = c.number(ignored);
            if (n < 1 || n > 9) return false;
        }
    }
    if (c.at_end()) return hour <= 23;
    const size_t before_zone = c.spaces();
    const size_t mark = c.i;
    const std::string_view w = c.word();
    const bool am = equals_word(w, "am") || equals_word(w, "a");
    const bool pm = equals_word(w, "pm") || equals_word(w, "p");
    if (am || pm) {
        if (w.size() == 1 && !(c.eat('.') && (c.eat('m') || c.eat('M')) && c.eat('.'))) return false;  // a.m.
        if (hour < 1 || hour > 12) return false;
        if (c.at_end()) return true;
        if (c.spaces() == 0) return false;
    } else {
        c.i = mark;
        if (hour > 23) return false;
        if (before_zone == 0 && c.peek() != 'Z' && c.peek() != 'z' && c.peek() != '+' && c.peek() != '-')
            return false;
    }
    return zone(c) && c.at_end();
}

// After a day number: st, nd, rd, th.
void ordinal(Cursor& c) {
    const size_t mark = c.i;
    const std::string_view w = c.word();
    if (!(equals_word(w, "st") || equals_word(w, "nd") || equals_word(w, "rd") || equals_word(w, "th"))) c.i = mark;
}

// Between the parts of a month-name date: spaces, or one `-` or `/`, or (after the month or day) a comma.
bool name_separator(Cursor& c, bool comma_allowed) {
    if (c.eat('-') || c.eat('/')) return true;
    const bool comma = comma_allowed && c.eat(',');
    return c.spaces() > 0 || comma;
}

// A month name, and the dot some write after an abbreviation.
int month_name(Cursor& c) {
    const std::string_view w = c.word();
    const int m = month_of_word(w);
    if (m && w.size() <= 4) c.eat('.');
    return m;
}

// "31 Mar 2026", "31-Mar-26", "31st March, 2026" from the day on.
bool day_month_year(Cursor& c, DateShape& out) {
    int day = 0;
    const size_t n = c.number(day);
    if (n < 1 || n > 2) return false;
    ordinal(c);
    if (!name_separator(c, false)) return false;
    const int m = month_name(c);
    if (!m || !name_separator(c, true)) return false;
    out.first = m;
    out.second = day;
    return year(c, out.year) && time_of_day(c, false);
}

// "Mar 31, 2026", "March 31st 2026" from the month on.
bool month_day_year(Cursor& c, DateShape& out) {
    const int m = month_name(c);
    if (!m || !name_separator(c, false)) return false;
    int day = 0;
    const size_t n = c.number(day);
    if (n < 1 || n > 2) return false;
    ordinal(c);
    if (!name_separator(c, true)) return false;
    out.first = m;
    out.second = day;
    return year(c, out.year) && time_of_day(c, false);
}

bool month_name_date(Cursor& c, DateShape& out) {
    out.kind = DateShapeKind::month_name;
    if (is_digit(c.peek())) return day_month_year(c, out);
    const size_t mark = c.i;
    const int weekday = weekday_of_word(c.word());
    if (weekday >= 0) {
        c.eat(',');
        if (c.spaces() == 0) return false;
        out.weekday = weekday;
    } else {
        c.i = mark;
    }
    return is_digit(c.peek()) ? day_month_year(c, out) : month_day_year(c, out);
}

// 2026-03-31 (also / and .), from the year on.
bool iso_date(Cursor& c, DateShape& out) {
    out.kind = DateShapeKind::iso;
    if (c.number(out.year) != 4) return false;
    const char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.') return false;
    ++c.i;
    const size_t nm = c.number(out.first);
    if (nm < 1 || nm > 2 || !c.eat(sep)) return false;
    const size_t nd = c.number(out.second);
    out.separator = sep;
    return nd >= 1 && nd <= 2 && time_of_day(c, true);
}

// 03/31/2026, 31-03-26, 31.03.2026: two parts of one or two digits and a year, one separator throughout.
bool numeric_date(Cursor& c, DateShape& out) {
    const size_t n1 = c.number(out.first);
    const char sep = c.peek();
    if (n1 < 1 || n1 > 2 || (sep != '-' && sep != '/' && sep != '.')) return false;
    ++c.i;
    const size_t n2 = c.number(out.second);
    if (n2 < 1 || n2 > 2 || !c.eat(sep)) return false;
    out.separator = sep;
    out.kind = sep == '.' ? DateShapeKind::dotted : DateShapeKind::slashed;
    return year(c, out.year) && time_of_day(c, false);
}

}  // namespace

const char* english_month(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1].data() : ""; }

DateShape read_date_shape(std::string_view text) {
    DateShape out;
    if (text.empty()) {
        out.kind = DateShapeKind::empty;
        return out;
    }
    size_t digits = 0;
    while (digits < text.size() && is_digit(text[digits])) ++digits;
    if (digits == text.size()) {
        if (digits == 10 || digits == 13) {
            out.kind = digits == 10 ? DateShapeKind::epoch_seconds : DateShapeKind::epoch_millis;
            for (const char ch : text) out.epoch = out.epoch * 10 + (ch - '0');
        }
        return out;
    }
    Cursor c{text};
    bool ok = false;
    if (digits == 4) ok = iso_date(c, out);
    else if (digits >= 1 && digits <= 2 && (text[digits] == '/' || text[digits] == '-' || text[digits] == '.') &&
             digits + 1 < text.size() && is_digit(text[digits + 1]))
        ok = numeric_date(c, out);
    else if (digits <= 2) ok = month_name_date(c, out);
    if (!ok) {
        const DateShape unreadable;
        return unreadable;
    }
    return out;
}

}  // namespace retain::value_parse_detail
