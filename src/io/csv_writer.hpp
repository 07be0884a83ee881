// RFC 4180 CSV output for exports: comma-separated, CRLF row ends, a field quoted when it holds a
// comma, a quote, CR or LF (quotes doubled).
//
// Formula injection: a spreadsheet opening the file would run a text cell that starts with `=`, `+`,
// `-`, `@`, tab or CR as a formula, so such text cells get a leading apostrophe (the OWASP advice;
// spreadsheets show the text as written). Numbers and dates Retain writes itself are digits, `-` and
// `.` only and go through `number()` untouched: "-12.50" cannot run anything.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/money.hpp"

namespace retain {

// The text as a spreadsheet may safely show it (a leading apostrophe when it would start a formula).
std::string neutralize_formula(std::string_view text);

class CsvWriter {
public:
    explicit CsvWriter(std::string& out) : out_(out) {}

    void text(std::string_view value);    // user text: neutralized, quoted when needed
    void number(std::string_view value);  // a value Retain formatted itself (digits, sign, point)
    void integer(int64_t value);
    void money(Money value);              // "1234.56": units with two decimals, no symbol, no separators
    void end_row();

private:
    void separator();
    std::string& out_;
    bool row_started_ = false;
};

}  // namespace retain
