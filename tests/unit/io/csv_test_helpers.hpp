// Shared by the CSV parser tests: a parsed table as plain rows, and its errors as the CLI prints them.
#pragma once
#include <string>
#include <vector>

#include "io/csv_parser.hpp"

namespace retain::test {

using Rows = std::vector<std::vector<std::string>>;

inline Rows rows_of(const CsvTable& table) {
    Rows rows(table.row_count());
    for (size_t r = 0; r < table.row_count(); ++r)
        for (size_t c = 0; c < table.row_size(r); ++c) rows[r].emplace_back(table.field(r, c));
    return rows;
}

inline std::string errors_of(const CsvResult& result) {
    std::string all;
    for (const CsvError& e : result.errors) all += format_csv_error("t.csv", e) + "\n";
    return all;
}

}  // namespace retain::test
