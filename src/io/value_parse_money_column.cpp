// Choosing an amount column's decimal mark and noting its currencies (MoneyColumnDetector in
// value_parse_money.hpp). A value votes by which marks it reads under: reading it both ways is how
// "1,234" is ambiguous, by construction the same grammar parse_money applies.
#include "io/value_parse_amount.hpp"
#include "io/value_parse_text.hpp"

namespace retain {

using namespace value_parse_detail;

namespace {

const char* mark_text(DecimalMark mark) { return mark == DecimalMark::comma ? "\",\"" : "\".\""; }

}  // namespace

void MoneyColumnDetector::Seen::note(size_t row, std::string_view text) {
    if (count++ > 0) return;
    first_row = row;
    example.assign(text);
}

void MoneyColumnDetector::add(size_t row, std::string_view text) {
    const std::string_view s = trim_cell(text);
    AmountText amount;
    if (s.empty() || !split_amount(s, amount)) return;
    if (!amount.currency.empty()) {
        if (currency_.empty()) {
            currency_ = amount.currency;
            currency_row_ = row;
        } else if (!mixed_ && different_currencies(currency_, amount.currency)) {
            mixed_ = true;
            mixed_row_ = row;
            mixed_mark_ = amount.currency;
        }
    }
    DecimalText ignored;
    const bool point = scan_decimal(amount.number, DecimalMark::point, ignored);
    const bool comma = scan_decimal(amount.number, DecimalMark::comma, ignored);
    if (point && comma) {
        // Read both ways: the same value unless it holds a `,` or `.`, which one reading takes as the
        // decimal mark and the other as a thousands separator.
        if (amount.number.find_first_of(",.") != std::string_view::npos) ambiguous_.note(row, s);
    } else if (point) {
        point_.note(row, s);
    } else if (comma) {
        comma_.note(row, s);
    }
}

MoneyFormatChoice MoneyColumnDetector::choose(DecimalMark hint) const {
    MoneyFormatChoice c;
    const auto quote = [](const Seen& seen) { return row_text(seen.first_row) + " " + quote_cell(seen.example); };
    if (point_.count && comma_.count) {
        const bool point_first = point_.first_row <= comma_.first_row;
        const Seen& d = point_first ? point_ : comma_;
        const Seen& o = point_first ? comma_ : point_;
        c.decimal = point_first ? DecimalMark::point : DecimalMark::comma;
        c.inconsistent = true;
        c.deciding_row = d.first_row;
        c.conflicting_row = o.first_row;
        c.explanation = "amounts in this column disagree: " + quote(d) + " has " + mark_text(c.decimal) +
                        " as the decimal mark, but " + quote(o) + " has " +
                        mark_text(point_first ? DecimalMark::comma : DecimalMark::point);
    } else if (point_.count || comma_.count) {
        const Seen& seen = point_.count ? point_ : comma_;
        c.decimal = point_.count ? DecimalMark::point : DecimalMark::comma;
        c.deciding_row = seen.first_row;
        c.explanation = std::string("amounts read with ") + mark_text(c.decimal) + " as the decimal mark, as " +
                        row_text(seen.first_row) + " shows: " + quote_cell(seen.example);
    } else if (ambiguous_.count) {
        c.decimal = hint;
        c.ambiguous = true;
        c.deciding_row = ambiguous_.first_row;
        const size_t at = ambiguous_.example.find_first_of(",.");
        const char sep = ambiguous_.example[at];
        const bool is_decimal = (sep == ',') == (hint == DecimalMark::comma);
        c.explanation = std::string("amounts read with ") + mark_text(hint) +
                        " as the decimal mark, but no amount in this column decides it: " + quote(ambiguous_) +
                        " is read with \"" + sep + "\" as " +
                        (is_decimal ? "the decimal mark, not a thousands separator"
                                    : "a thousands separator, not the decimal mark");
    } else {
        c.decimal = hint;
        c.explanation = std::string("amounts read with ") + mark_text(hint) +
                        " as the decimal mark (no amount in this column has a decimal part to tell)";
    }
    if (!currency_.empty()) {
        c.currency = currency_;
        c.currency_row = currency_row_;
        c.explanation += "; amounts are marked " + quote_cell(currency_.text()) + " (" + row_text(currency_row_) + ")";
    }
    if (mixed_) {
        c.mixed_currencies = true;
        c.mixed_currency_row = mixed_row_;
        c.explanation += ", but " + row_text(mixed_row_) + " is marked " + quote_cell(mixed_mark_.text());
    }
    return c;
}

}  // namespace retain
