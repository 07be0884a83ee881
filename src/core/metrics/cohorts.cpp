#include "core/metrics/cohorts.hpp"

#include <algorithm>

namespace retain {

std::optional<double> CohortHeatmap::logo_retention(int32_t row, int32_t age) const {
    if (!observed(row, age)) return std::nullopt;
    return ratio_of(double(customers[size_t(row) * size_t(ages) + size_t(age)]), double(size[size_t(row)]));
}

std::optional<double> CohortHeatmap::revenue_retention(int32_t row, int32_t age) const {
    if (!observed(row, age)) return std::nullopt;
    return ratio_of(double(mrr[size_t(row) * size_t(ages) + size_t(age)]), double(start_mrr[size_t(row)]));
}

CohortHeatmap cohort_heatmap(const MrrSeries& series, const Workspace& ws, const AccountSubset& subset,
                             MonthRange range) {
    CohortHeatmap h;
    if (series.months <= 0 || !range.ok()) return h;
    const MonthRange r{std::max(range.first, series.first), std::min(range.last, series.last())};
    if (!r.ok()) return h;
    h.first_cohort = r.first;
    h.cohorts = r.months();
    h.ages = r.months();
    h.last_observed = r.last;
    h.size.assign(size_t(h.cohorts), 0);
    h.start_mrr.assign(size_t(h.cohorts), 0);
    h.customers.assign(size_t(h.cohorts) * size_t(h.ages), 0);
    h.mrr.assign(size_t(h.cohorts) * size_t(h.ages), 0);

    const size_t width = size_t(series.months);
    const int32_t begin = r.first - series.first, end = r.last - series.first + 1;
    for (AccountIx a : subset.accounts) {
        if (a >= series.accounts) continue;
        const int64_t* cells = series.cells.data() + size_t(a) * width;
        int32_t start = 0;
        while (start < end && cells[start] <= 0) ++start;
        if (start == end) continue;  // not paying by the range's end
        const Date contract = a < ws.accounts.size() ? ws.accounts[a].contract_start : Date();
        const bool before_history =
            contract.ok() ? Month::of(contract) < series.first : start == 0;
        if (before_history) {
            ++h.started_before_history;
            continue;
        }
        if (start < begin) continue;  // a cohort before the range
        const size_t row = size_t(start - begin);
        ++h.size[row];
        h.start_mrr[row] += cells[start];
        int32_t* counts = h.customers.data() + row * size_t(h.ages);
        int64_t* sums = h.mrr.data() + row * size_t(h.ages);
        for (int32_t k = start; k < end; ++k) {
            const int64_t v = cells[k];
            if (v <= 0) continue;
            ++counts[k - start];
            sums[k - start] += v;
        }
    }
    return h;
}

}  // namespace retain
