// Shared by the import tests: an ImportSource from a name and the file's bytes.
#pragma once
#include <string>
#include <utility>

#include "core/date.hpp"
#include "io/import_plan.hpp"

namespace retain::test {

// The import tests' "today": what dates without a year and MRR without a start are read against.
inline const Date kToday = Date::from_ymd(2026, 11, 15);

inline ImportSource source(std::string name, std::string bytes) {
    ImportSource s;
    s.name = std::move(name);
    s.bytes = std::move(bytes);
    return s;
}

}  // namespace retain::test
