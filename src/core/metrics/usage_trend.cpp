// Usage trend (usage_trend.hpp).
#include "core/metrics/usage_trend.hpp"

namespace retain {

std::vector<UsagePoint> monthly_active_users(const Workspace& ws, AccountIx account, MonthRange range) {
    std::vector<UsagePoint> out;
    if (!range.ok()) return out;
    out.resize(size_t(range.months()));
    for (int32_t i = 0; i < range.months(); ++i) out[size_t(i)].month = range.first.plus(i);
    const auto [begin, end] = rows_of(ws.usage, account);
    for (size_t r = begin; r < end; ++r) {  // by date: a later sample of the month replaces an earlier one
        const UsageSample& s = ws.usage[r];
        if (!s.date.ok()) continue;
        const Month m = Month::of(s.date);
        if (range.contains(m)) out[size_t(m - range.first)].active_users = s.active_users;
    }
    return out;
}

}  // namespace retain
