// Helpers for the column-mapping tests: a header row written together with what each column should map
// to, so an expectation reads like the export it describes.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "io/column_mapping.hpp"

namespace retain::test {

// Header -> expected field key, "-" for a column mapped to no field, "@skip" for a skipped one.
using ExpectedColumns = std::vector<std::pair<std::string, std::string>>;

inline std::vector<std::string> headers_of(const ExpectedColumns& columns) {
    std::vector<std::string> headers;
    for (const auto& c : columns) headers.push_back(c.first);
    return headers;
}

inline std::string field_key_of(const ColumnMapping& m, size_t column) {
    const int f = m.field_of_column[column];
    if (f == kSkipColumn) return "@skip";
    if (f < 0) return "-";
    return entity_info(m.entity).fields[static_cast<size_t>(f)].key;
}

inline void check_columns(const ColumnMapping& m, const ExpectedColumns& expected) {
    REQUIRE(m.field_of_column.size() == expected.size());
    for (size_t c = 0; c < expected.size(); ++c) {
        INFO("column ", c, " \"", expected[c].first, "\"");
        CHECK(field_key_of(m, c) == expected[c].second);
    }
}

inline int field_index(ImportEntity entity, const char* key) {
    const int f = find_field(entity, key);
    REQUIRE(f >= 0);
    return f;
}

}  // namespace retain::test
