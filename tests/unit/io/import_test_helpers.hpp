// Shared by the import tests: an ImportSource from a name and the file's bytes.
#pragma once
#include <string>
#include <utility>

#include "io/import_plan.hpp"

namespace retain::test {

inline ImportSource source(std::string name, std::string bytes) {
    ImportSource s;
    s.name = std::move(name);
    s.bytes = std::move(bytes);
    return s;
}

}  // namespace retain::test
