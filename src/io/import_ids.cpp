#include "io/import_ids.hpp"

#include <cstring>

namespace retain::import_detail {

uint64_t hash_id(std::string_view s) {
    // 8 bytes at a time, each word mixed in with a multiply-xorshift step: ids are short ("ACC-000123").
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0x94D049BB133111EBull;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
}

void IdIndex::reserve(size_t n) {
    ids_.reserve(n);
    hashes_.reserve(n);
    if (slots_.size() >= 2 * n) return;
    size_t capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    slots_.assign(capacity, 0);
    const size_t mask = capacity - 1;
    for (uint32_t k = 0; k < ids_.size(); ++k) {
        // The start slot_of() probes from: the shift on the 64-bit hash (a 32-bit size_t, as in wasm, would
        // lose the high half and put every id back at the wrong place).
        size_t i = (size_t(hash_id(ids_[k]) >> 32) ^ hashes_[k]) & mask;
        while (slots_[i]) i = (i + 1) & mask;
        slots_[i] = k + 1;
    }
}

uint32_t& IdIndex::slot_of(std::string_view id, uint64_t h) {
    const size_t mask = slots_.size() - 1;
    const uint32_t low = uint32_t(h);
    for (size_t i = (size_t(h >> 32) ^ low) & mask;; i = (i + 1) & mask) {
        uint32_t& slot = slots_[i];
        if (slot == 0 || (hashes_[slot - 1] == low && ids_[slot - 1] == id)) return slot;
    }
}

uint32_t IdIndex::find(std::string_view id) const {
    if (slots_.empty()) return kNone;
    const uint32_t slot = const_cast<IdIndex*>(this)->slot_of(id, hash_id(id));
    return slot ? slot - 1 : kNone;
}

std::pair<uint32_t, bool> IdIndex::insert(std::string_view id) {
    if (2 * (ids_.size() + 1) > slots_.size()) reserve(slots_.empty() ? 8 : slots_.size());
    const uint64_t h = hash_id(id);
    uint32_t& slot = slot_of(id, h);
    if (slot) return {slot - 1, false};
    ids_.push_back(id);
    hashes_.push_back(uint32_t(h));
    slot = uint32_t(ids_.size());
    return {slot - 1, true};
}

}  // namespace retain::import_detail
