// The parts of an amount cell around its number (value_parse_money.hpp): sign, parentheses and currency,
// shared by parse_money and the column detector. Not part of the interface.
#pragma once
#include <cstddef>
#include <string_view>

#include "io/value_parse_money.hpp"

namespace retain::value_parse_detail {

// A currency symbol or ISO 4217 code at the start (or end) of `s`: its byte length and what it names,
// or 0. A symbol or code made of letters must not run on into more letters (`USDX` is no code).
size_t currency_prefix(std::string_view s, CurrencyMark& out);
size_t currency_suffix(std::string_view s, CurrencyMark& out);

// Two marks name different currencies: different codes, or a code that a shared symbol cannot stand
// for, or two different shared symbols ("$" and "¥").
bool different_currencies(const CurrencyMark& a, const CurrencyMark& b);

struct AmountText {
    std::string_view number;  // the number alone, its separators included
    bool negative = false;
    CurrencyMark currency;
};

// `s` trimmed. False when nothing is left for a number or there are two signs or two currencies.
bool split_amount(std::string_view s, AmountText& out);

}  // namespace retain::value_parse_detail
