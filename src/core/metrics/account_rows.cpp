#include "core/metrics/account_rows.hpp"

#include <algorithm>

namespace retain {

namespace {

// The first row at or after `from` whose account is ≥ a. Gallops forward from `from`: walking the
// accounts in order costs O(log rows per account) each, and reads a few rows of each account only.
template <typename Row>
size_t first_row_from(const std::vector<Row>& rows, size_t from, AccountIx a) {
    size_t lo = from, hi = from, step = 1;
    while (hi < rows.size() && rows[hi].account < a) {
        lo = hi + 1;
        hi += step;
        step *= 2;
    }
    hi = std::min(hi, rows.size());
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (rows[mid].account < a) lo = mid + 1; else hi = mid;
    }
    return lo;
}

template <typename Row>
std::vector<size_t> starts_of(const std::vector<Row>& rows, size_t accounts) {
    std::vector<size_t> starts(accounts == 0 ? 0 : accounts + 1);
    size_t at = 0;
    for (size_t a = 0; a < starts.size(); ++a) starts[a] = at = first_row_from(rows, at, AccountIx(a));
    return starts;
}

}  // namespace

AccountRows index_account_rows(const Workspace& ws) {
    AccountRows r;
    r.usage = starts_of(ws.usage, ws.accounts.size());
    r.surveys = starts_of(ws.surveys, ws.accounts.size());
    return r;
}

}  // namespace retain
