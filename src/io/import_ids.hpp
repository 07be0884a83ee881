// Ids to dense numbers for the import (see import_plan.hpp): an open-addressing table of views, one
// allocation per table and none per id. Account ids are looked up for every row of a million-row file
// and inserted for every account row; std::unordered_map<std::string, ...> made a node and a string
// for each, which was most of the cost of an accounts row. The viewed text (the file's, the current
// workspace's, or a string the caller keeps) must outlive the table.
#pragma once
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace retain::import_detail {

class IdIndex {
public:
    static constexpr uint32_t kNone = UINT32_MAX;
    void reserve(size_t n);
    size_t size() const { return ids_.size(); }
    std::string_view id(uint32_t i) const { return ids_[i]; }
    uint32_t find(std::string_view id) const;  // its number, or kNone
    // Its number and whether it is new (then it is size() - 1).
    std::pair<uint32_t, bool> insert(std::string_view id);

private:
    uint32_t& slot_of(std::string_view id, uint64_t h);
    std::vector<std::string_view> ids_;
    std::vector<uint32_t> hashes_;  // per id, the low bits of its hash: most probes compare no text
    std::vector<uint32_t> slots_;   // 0 = empty, else number + 1
};

uint64_t hash_id(std::string_view s);

}  // namespace retain::import_detail
