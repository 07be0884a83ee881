#include "core/metrics/retention.hpp"

#include <algorithm>

namespace retain {

namespace {

double minor(Money m) { return double(m.minor); }

}  // namespace

std::vector<RetentionMonth> monthly_retention(const RevenueHistory& history) {
    std::vector<RetentionMonth> out(history.months.size());
    for (size_t i = 0; i < history.months.size(); ++i) {
        const RevenueMonth& m = history.months[i];
        RetentionMonth& r = out[i];
        r.month = m.month;
        if (!m.has_start) continue;
        const MovementSums& mv = m.moves;
        const double start = minor(m.start_mrr);
        // Expansion, contraction and churn only come from accounts paying at the start, so the month's
        // NRR and GRR are those of the start month's customers (docs/metrics.md, "NRR").
        const Money lost = mv.of(MovementKind::contraction) + mv.of(MovementKind::churn);
        r.logo_churn_rate = ratio_of(double(mv.count(MovementKind::churn)), double(m.start_customers));
        r.gross_mrr_churn_rate = ratio_of(minor(lost), start);
        r.net_mrr_churn_rate = ratio_of(
            minor(lost - mv.of(MovementKind::expansion) - mv.of(MovementKind::reactivation)), start);
        r.nrr = ratio_of(minor(m.start_mrr + mv.of(MovementKind::expansion) - lost), start);
        r.grr = ratio_of(minor(m.start_mrr - lost), start);
        r.expansion_rate = ratio_of(minor(mv.of(MovementKind::expansion)), start);
    }
    return out;
}

std::optional<double> CohortRetention::nrr() const {
    return ratio_of(minor(start_mrr + expansion - contraction - churn), minor(start_mrr));
}

std::optional<double> CohortRetention::grr() const {
    // Excludes expansion, so it can never exceed 1 (docs/metrics.md, "GRR").
    return ratio_of(minor(start_mrr - contraction - churn), minor(start_mrr));
}

std::optional<double> CohortRetention::logo_churn_rate() const {
    return ratio_of(double(start_customers - retained_customers), double(start_customers));
}

CohortRetention cohort_retention(const MrrSeries& series, const AccountSubset& subset, Month start, Month end) {
    CohortRetention c;
    c.start = start;
    c.end = end;
    if (!series.holds(start) || !series.holds(end) || end <= start) return c;
    const size_t width = size_t(series.months);
    const size_t s = size_t(start - series.first), e = size_t(end - series.first);
    for (AccountIx a : subset.accounts) {
        if (a >= series.accounts) continue;
        const int64_t* cells = series.cells.data() + size_t(a) * width;
        const int64_t before = cells[s];
        if (before <= 0) continue;
        const int64_t after = std::max<int64_t>(cells[e], 0);
        ++c.start_customers;
        c.start_mrr.minor += before;
        if (after == 0) {
            c.churn.minor += before;
            continue;
        }
        ++c.retained_customers;
        c.end_mrr.minor += after;
        if (after > before) c.expansion.minor += after - before;
        else c.contraction.minor += before - after;
    }
    return c;
}

PeriodRetention period_retention(const MrrSeries& series, const AccountSubset& subset, const RevenueHistory& history) {
    PeriodRetention p;
    p.range = history.range;
    if (!history.range.ok() || history.months.empty()) return p;
    p.cohort = cohort_retention(series, subset, history.range.first.plus(-1), history.range.last);

    const RevenueMonth& first = history.months.front();
    const double start = first.has_start ? minor(first.start_mrr) : 0.0;
    const MovementSums& t = history.total;
    p.gross_mrr_churn_rate = ratio_of(minor(t.lost()), start);
    p.net_mrr_churn_rate =
        ratio_of(minor(t.lost() - t.of(MovementKind::expansion) - t.of(MovementKind::reactivation)), start);
    p.expansion_rate = ratio_of(minor(t.of(MovementKind::expansion)), start);

    int64_t churned = 0, at_start = 0;
    for (const RevenueMonth& m : history.months) {
        if (!m.has_start) continue;
        churned += m.moves.count(MovementKind::churn);
        at_start += m.start_customers;
    }
    p.monthly_logo_churn_rate = ratio_of(double(churned), double(at_start));
    return p;
}

}  // namespace retain
