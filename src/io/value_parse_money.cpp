// An amount cell into Money (value_parse_money.hpp): sign and currency split off by split_amount, the
// number read by the shared grammar, rounded to the cent by the rule of divide_rounded.
#include "io/value_parse_money.hpp"

#include "io/value_parse_amount.hpp"
#include "io/value_parse_text.hpp"

namespace retain {

using namespace value_parse_detail;

namespace {

enum class MoneyProblem : uint8_t { none, shape, abbreviation, too_large, not_whole };

// `1.5K`, `2M`, `3bn`: a number with a magnitude letter after it.
bool abbreviated(std::string_view number, DecimalMark mark) {
    size_t letters = 0;
    while (letters < number.size() && letters < 2 && is_letter(number[number.size() - 1 - letters])) ++letters;
    const std::string_view suffix = number.substr(number.size() - letters);
    if (!(equals_word(suffix, "k") || equals_word(suffix, "m") || equals_word(suffix, "b") ||
          equals_word(suffix, "bn") || equals_word(suffix, "mn") || equals_word(suffix, "mm")))
        return false;
    DecimalText ignored;
    std::string_view rest = number.substr(0, number.size() - letters);
    while (size_t n = space_before(rest, rest.size())) rest.remove_suffix(n);
    return scan_decimal(rest, mark, ignored);
}

MoneyProblem read_money(std::string_view s, const MoneyFormat& format, MoneyCell& out) {
    out = MoneyCell{};
    if (s.empty()) {
        out.empty = true;
        return MoneyProblem::none;
    }
    AmountText amount;
    if (!split_amount(s, amount)) return MoneyProblem::shape;
    out.currency = amount.currency;
    DecimalText number;
    if (!scan_decimal(amount.number, format.decimal, number))
        return abbreviated(amount.number, format.decimal) ? MoneyProblem::abbreviation : MoneyProblem::shape;
    uint64_t whole = 0;
    if (!whole_value(number.whole, whole)) return MoneyProblem::too_large;
    int64_t minor = 0;
    if (format.minor_units) {
        for (const char c : number.fraction)
            if (c != '0') return MoneyProblem::not_whole;
        if (whole > uint64_t(kMaxMoneyMinor)) return MoneyProblem::too_large;
        minor = int64_t(whole);
    } else {
        if (whole > uint64_t(kMaxMoneyMinor / 100)) return MoneyProblem::too_large;
        // Thousandths, then half away from zero to hundredths: only the third decimal can decide the
        // rounding, so later digits just say whether anything was lost.
        int64_t thousandths = int64_t(whole) * 1000;
        int64_t scale = 100;
        for (size_t i = 0; i < number.fraction.size(); ++i) {
            if (i < 3) {
                thousandths += (number.fraction[i] - '0') * scale;
                scale /= 10;
            }
            if (i >= 2 && number.fraction[i] != '0') out.rounded = true;
        }
        minor = divide_rounded(thousandths, 10);
        if (minor > kMaxMoneyMinor) return MoneyProblem::too_large;
    }
    out.amount = Money(amount.negative ? -minor : minor);
    return MoneyProblem::none;
}

}  // namespace

bool parse_money(std::string_view text, const MoneyFormat& format, MoneyCell& out) {
    if (read_money(trim_cell(text), format, out) == MoneyProblem::none) return true;
    out = MoneyCell{};
    return false;
}

std::string money_error(std::string_view text, const MoneyFormat& format) {
    const std::string_view s = trim_cell(text);
    MoneyCell ignored;
    const MoneyProblem problem = read_money(s, format, ignored);
    std::string what;
    if (format.minor_units) what = "expected a whole amount in minor units (cents) like 1999 for 19.99, got ";
    else if (format.decimal == DecimalMark::comma) what = "expected an amount like 1.234,56, got ";
    else what = "expected an amount like 1,234.56, got ";
    what += quote_cell(s);
    switch (problem) {
        case MoneyProblem::none:
        case MoneyProblem::shape: break;
        case MoneyProblem::abbreviation: what += " (abbreviations like K and M are not read: write the whole amount)"; break;
        case MoneyProblem::too_large: what += " (too large: amounts go up to 900 trillion)"; break;
        case MoneyProblem::not_whole: what += " (the column holds minor units, which have no decimals)"; break;
    }
    return what;
}

}  // namespace retain
