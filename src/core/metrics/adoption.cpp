#include "core/metrics/adoption.hpp"

#include <algorithm>


namespace retain {

std::optional<double> AdoptionSummary::feature_adoption() const {
    int64_t in_use = 0;
    for (int32_t f = 0; f < key_features; ++f) in_use += using_feature[size_t(f)];
    return ratio_of(double(in_use), double(with_usage) * double(key_features));
}

std::optional<double> AdoptionSummary::feature_share(int32_t f) const {
    if (f < 0 || f >= key_features) return std::nullopt;
    return ratio_of(double(using_feature[size_t(f)]), double(with_usage));
}

AdoptionSummary adoption_summary(const Workspace& ws, const AccountRows& index, const MrrSeries& series,
                                 const AccountSubset& subset, MonthRange range, Date as_of) {
    AdoptionSummary s;
    if (!range.ok()) return s;
    s.to = as_of.ok() ? std::min(range.last.last_day(), as_of) : range.last.last_day();
    s.from = s.to.plus_days(1 - kAdoptionWindowDays);
    s.key_features = int32_t(std::min<size_t>(ws.key_features.size(), size_t(kMaxKeyFeatures)));
    const std::vector<UsageSample>& rows = ws.usage;
    for (AccountIx a : subset.accounts) {
        if (a + size_t(1) >= index.usage.size() || series.at(a, range.last).minor <= 0) continue;
        ++s.customers;
        const size_t end = std::min(index.usage[a + 1], rows.size()), begin = std::min(index.usage[a], end);
        // Rows are sorted by date within the account: walk back from its latest.
        size_t i = end;
        while (i > begin && rows[i - 1].date > s.to) --i;
        const UsageSample* latest = nullptr;
        bool used[kMaxKeyFeatures] = {};
        for (; i > begin && rows[i - 1].date >= s.from; --i) {
            const UsageSample& u = rows[i - 1];
            if (!latest) latest = &u;
            for (int32_t f = 0; f < s.key_features; ++f) used[f] = used[f] || u.feature_uses[size_t(f)] > 0;
        }
        if (!latest) {
            ++s.no_usage_data;
            continue;
        }
        ++s.with_usage;
        for (int32_t f = 0; f < s.key_features; ++f) s.using_feature[size_t(f)] += used[f] ? 1 : 0;
        const int32_t seats = ws.accounts[a].seats;
        if (seats <= 0) {
            ++s.no_seats;
            continue;
        }
        s.active_users += std::max(latest->active_users, 0);
        s.seats += seats;
    }
    return s;
}

}  // namespace retain
