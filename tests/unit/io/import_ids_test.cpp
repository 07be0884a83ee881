// IdIndex (io/import_ids.hpp): every id inserted is found again under its number after the table has
// grown many times, as wasm's 32-bit size_t runs it too (a rehash once put ids where lookups never look).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/import_ids.hpp"

using retain::import_detail::IdIndex;

TEST_CASE("ids inserted one by one through many rehashes are all found, and only they") {
    std::vector<std::string> ids;
    for (int i = 0; i < 20'000; ++i) ids.push_back("ACC-" + std::to_string(i * 7919 % 100'003));
    IdIndex index;
    for (size_t i = 0; i < ids.size(); ++i) {
        const auto [number, fresh] = index.insert(ids[i]);
        REQUIRE(fresh);
        REQUIRE(number == i);
    }
    size_t found = 0;
    for (size_t i = 0; i < ids.size(); ++i) found += index.find(ids[i]) == i;
    CHECK(found == ids.size());
    CHECK(index.insert(ids[123]) == std::make_pair(uint32_t(123), false));  // a duplicate is not added
    CHECK(index.find("ACC-none") == IdIndex::kNone);
    CHECK(index.size() == ids.size());
}

TEST_CASE("a table reserved after it holds ids still finds them") {
    IdIndex index;
    const std::vector<std::string> ids = {"a", "b", "c", "dd", "eee"};
    for (const auto& id : ids) index.insert(id);
    index.reserve(10'000);
    for (size_t i = 0; i < ids.size(); ++i) CHECK(index.find(ids[i]) == i);
}
