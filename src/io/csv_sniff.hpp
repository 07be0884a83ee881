// How a CSV file is laid out, judged from its first records: the delimiter, how many preamble records sit
// above the header, and how many fields and records to expect (so the parser reserves its arrays once).
// The rules are those of csv_parser.hpp ("What is accepted"); this file is the parser's first step.
#pragma once
#include <cstddef>
#include <string_view>

namespace retain {

struct CsvLayout {
    char delimiter = ',';
    size_t preamble_records = 0;   // non-blank records to skip before the header
    double fields_per_byte = 0;    // in the sample
    double records_per_byte = 0;   // in the sample
};

// `delimiter` 0 sniffs among , ; tab |; any other value is used as given.
CsvLayout sniff_csv_layout(std::string_view text, char delimiter, bool detect_preamble);

}  // namespace retain
