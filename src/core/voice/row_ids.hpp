// Ids the app gives to rows the user creates (feedback "FB-12", notes "N-7"): stable, never reused while
// the row with the largest number exists, readable in files and commands.
#pragma once
#include <cstdint>
#include <string>

namespace retain {

// The largest n among the rows' ids of the form "<prefix><n>" (0 when none has that form).
template <typename Rows, typename IdOf>
uint64_t largest_row_number(const Rows& rows, const char* prefix, IdOf id_of) {
    const std::string p = prefix;
    uint64_t largest = 0;
    for (const auto& row : rows) {
        const std::string& id = id_of(row);
        if (id.size() <= p.size() || id.compare(0, p.size(), p) != 0 || id.size() - p.size() > 18) continue;
        uint64_t n = 0;
        bool digits = true;
        for (size_t i = p.size(); i < id.size(); ++i) {
            if (id[i] < '0' || id[i] > '9') { digits = false; break; }
            n = n * 10 + uint64_t(id[i] - '0');
        }
        if (digits && n > largest) largest = n;
    }
    return largest;
}

// The next free id of the form "<prefix><n>": one past the largest n used.
template <typename Rows, typename IdOf>
std::string next_row_id(const Rows& rows, const char* prefix, IdOf id_of) {
    return prefix + std::to_string(largest_row_number(rows, prefix, id_of) + 1);
}

}  // namespace retain
