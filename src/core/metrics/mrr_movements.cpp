#include "core/metrics/mrr_movements.hpp"

#include <algorithm>

namespace retain {

MovementKind classify_movement(int64_t previous_mrr, int64_t current_mrr, bool paid_before, int64_t* amount) {
    const int64_t prev = std::max<int64_t>(previous_mrr, 0);
    const int64_t cur = std::max<int64_t>(current_mrr, 0);
    int64_t size = 0;
    MovementKind kind = MovementKind::none;
    if (prev == 0 && cur > 0) {
        // A returning customer is a reactivation, not new business (ChartMogul, Baremetrics).
        kind = paid_before ? MovementKind::reactivation : MovementKind::new_business;
        size = cur;
    } else if (prev > 0 && cur == 0) {
        kind = MovementKind::churn;
        size = prev;
    } else if (cur > prev) {
        kind = MovementKind::expansion;
        size = cur - prev;
    } else if (cur < prev) {
        kind = MovementKind::contraction;
        size = prev - cur;
    }
    if (amount) *amount = size;
    return kind;
}

Money MovementSums::gained() const {
    return of(MovementKind::new_business) + of(MovementKind::expansion) + of(MovementKind::reactivation);
}

Money MovementSums::lost() const { return of(MovementKind::contraction) + of(MovementKind::churn); }

void MovementSums::add(const MovementSums& o) {
    for (size_t k = 0; k < size_t(kMovementKindCount); ++k) {
        mrr[k] += o.mrr[k];
        accounts[k] += o.accounts[k];
    }
}

RevenueHistory compute_revenue_history(const MrrSeries& series, const Workspace& ws, const AccountSubset& subset,
                                       MonthRange range) {
    RevenueHistory h;
    if (series.months <= 0 || !range.ok()) return h;
    h.range = {std::max(range.first, series.first), std::min(range.last, series.last())};
    if (!h.range.ok()) {
        h.range = {};
        return h;
    }
    const int32_t begin = h.range.first - series.first;  // offsets into each account's row
    const int32_t end = h.range.last - series.first + 1;
    const size_t width = size_t(series.months);
    h.months.resize(size_t(end - begin));
    for (int32_t k = begin; k < end; ++k) {
        RevenueMonth& row = h.months[size_t(k - begin)];
        row.month = series.first.plus(k);
        row.has_start = k > 0;
    }

    for (AccountIx a : subset.accounts) {
        if (a >= series.accounts) continue;
        const int64_t* cells = series.cells.data() + size_t(a) * width;
        const Date start = a < ws.accounts.size() ? ws.accounts[a].contract_start : Date();
        bool paid_before = start.ok() && Month::of(start) < series.first;
        for (int32_t k = 0; k < end; ++k) {
            const int64_t cur = cells[k];
            if (k >= begin) {
                RevenueMonth& row = h.months[size_t(k - begin)];
                if (cur > 0) {
                    row.mrr.minor += cur;
                    ++row.customers;
                }
                if (k > 0) {
                    const int64_t prev = cells[k - 1];
                    if (prev > 0) {
                        row.start_mrr.minor += prev;
                        ++row.start_customers;
                    }
                    int64_t amount = 0;
                    const MovementKind kind = classify_movement(prev, cur, paid_before, &amount);
                    if (kind != MovementKind::none) {
                        row.moves.mrr[size_t(kind) - 1] += amount;
                        ++row.moves.accounts[size_t(kind) - 1];
                    }
                }
            }
            if (cur > 0) paid_before = true;
        }
    }
    for (const RevenueMonth& row : h.months) h.total.add(row.moves);
    return h;
}

}  // namespace retain
