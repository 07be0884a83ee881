#include "io/csv_writer.hpp"

#include <cstdio>

namespace retain {

std::string neutralize_formula(std::string_view text) {
    if (!text.empty()) {
        const char c = text.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            return "'" + std::string(text);
    }
    return std::string(text);
}

void CsvWriter::separator() {
    if (row_started_) out_ += ',';
    row_started_ = true;
}

void CsvWriter::text(std::string_view value) {
    separator();
    const std::string safe = neutralize_formula(value);
    if (safe.find_first_of(",\"\r\n") == std::string::npos) {
        out_ += safe;
        return;
    }
    out_ += '"';
    for (const char c : safe) {
        if (c == '"') out_ += '"';
        out_ += c;
    }
    out_ += '"';
}

void CsvWriter::number(std::string_view value) {
    separator();
    out_ += value;
}

void CsvWriter::integer(int64_t value) { number(std::to_string(value)); }

void CsvWriter::money(Money value) {
    const bool negative = value.minor < 0;
    const uint64_t abs_minor = negative ? uint64_t(0) - uint64_t(value.minor) : uint64_t(value.minor);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s%llu.%02u", negative ? "-" : "", static_cast<unsigned long long>(abs_minor / 100),
                  unsigned(abs_minor % 100));
    number(buf);
}

void CsvWriter::end_row() {
    out_ += "\r\n";
    row_started_ = false;
}

}  // namespace retain
