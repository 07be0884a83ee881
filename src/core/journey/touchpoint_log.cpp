#include "core/journey/touchpoint_log.hpp"

#include <algorithm>

namespace retain {

size_t insert_touchpoint(std::vector<Touchpoint>& rows, Touchpoint t) {
    const auto at = std::upper_bound(rows.begin(), rows.end(), t, [](const Touchpoint& x, const Touchpoint& r) {
        if (x.account != r.account) return x.account < r.account;
        return x.date < r.date;
    });
    const size_t index = size_t(at - rows.begin());
    rows.insert(at, std::move(t));
    return index;
}

}  // namespace retain
