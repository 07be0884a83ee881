#include "core/health/backtest_metrics.hpp"

#include <algorithm>
#include <limits>

namespace retain {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The first min(risk, positive) rows, as the two-argument forms have always read them.
std::vector<double> common_rows(const std::vector<double>& risk, const std::vector<uint8_t>& positive) {
    return {risk.begin(), risk.begin() + std::ptrdiff_t(std::min(risk.size(), positive.size()))};
}

}  // namespace

std::vector<uint32_t> risk_order(const std::vector<double>& risk) {
    // Sorted as (risk, row) pairs side by side: comparing through an index list read the risks at random.
    struct Keyed {
        double risk;
        uint32_t row;
    };
    std::vector<Keyed> keyed(risk.size());
    for (size_t i = 0; i < risk.size(); ++i) keyed[i] = {risk[i], uint32_t(i)};
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) { return a.risk > b.risk; });
    std::vector<uint32_t> order(risk.size());
    for (size_t i = 0; i < keyed.size(); ++i) order[i] = keyed[i].row;
    return order;
}

double roc_auc(const std::vector<double>& risk, const std::vector<uint8_t>& positive) {
    if (risk.size() <= positive.size()) return roc_auc(risk, positive, risk_order(risk));
    const std::vector<double> r = common_rows(risk, positive);
    return roc_auc(r, positive, risk_order(r));
}

double roc_auc(const std::vector<double>& risk, const std::vector<uint8_t>& positive, const std::vector<uint32_t>& order) {
    const size_t n = order.size();
    // Ranks from 1 in ascending risk, tied rows sharing their mean rank; AUC = (sum of positive ranks -
    // P(P+1)/2) / (P N). `order` is descending: its positions [i, j) hold ascending ranks n-j+1 .. n-i.
    double positive_ranks = 0;
    double positives = 0;
    size_t i = 0;
    while (i < order.size()) {
        size_t j = i;
        while (j < order.size() && risk[order[j]] == risk[order[i]]) ++j;
        const double mean_rank = (double(order.size() - j + 1) + double(order.size() - i)) / 2.0;
        for (size_t k = i; k < j; ++k)
            if (positive[order[k]]) { positive_ranks += mean_rank; positives += 1; }
        i = j;
    }
    const double negatives = double(n) - positives;
    if (positives == 0 || negatives == 0) return kNaN;
    return (positive_ranks - positives * (positives + 1) / 2.0) / (positives * negatives);
}

PrecisionRecall precision_recall(const std::vector<uint8_t>& flagged, const std::vector<uint8_t>& positive) {
    PrecisionRecall pr;
    const size_t n = std::min(flagged.size(), positive.size());
    for (size_t i = 0; i < n; ++i) {
        pr.flagged += flagged[i] ? 1 : 0;
        pr.positives += positive[i] ? 1 : 0;
        pr.true_positives += flagged[i] && positive[i] ? 1 : 0;
    }
    pr.precision = pr.flagged ? double(pr.true_positives) / pr.flagged : kNaN;
    pr.recall = pr.positives ? double(pr.true_positives) / pr.positives : kNaN;
    return pr;
}

std::vector<LiftBucket> lift_table(const std::vector<double>& risk, const std::vector<uint8_t>& positive, int32_t buckets) {
    if (risk.size() <= positive.size()) return lift_table(risk, positive, risk_order(risk), buckets);
    const std::vector<double> r = common_rows(risk, positive);
    return lift_table(r, positive, risk_order(r), buckets);
}

std::vector<LiftBucket> lift_table(const std::vector<double>& risk, const std::vector<uint8_t>& positive,
                                   const std::vector<uint32_t>& order, int32_t buckets) {
    const size_t n = order.size();
    if (n == 0 || buckets <= 0) return {};
    const size_t b_count = std::min(size_t(buckets), n);
    const std::vector<double>& r = risk;
    size_t total_positives = 0;
    for (size_t i = 0; i < n; ++i) total_positives += positive[i] ? 1 : 0;
    const double overall = double(total_positives) / double(n);
    std::vector<LiftBucket> out(b_count);
    size_t seen_positives = 0;
    for (size_t b = 0; b < b_count; ++b) {
        LiftBucket& bucket = out[b];
        const size_t first = b * n / b_count, last = (b + 1) * n / b_count;
        bucket.max_risk = r[order[first]];
        bucket.min_risk = r[order[last - 1]];
        for (size_t i = first; i < last; ++i) bucket.positives += positive[order[i]] ? 1 : 0;
        bucket.samples = int32_t(last - first);
        bucket.rate = double(bucket.positives) / bucket.samples;
        bucket.lift = overall > 0 ? bucket.rate / overall : kNaN;
        seen_positives += size_t(bucket.positives);
        bucket.cumulative_recall = total_positives ? double(seen_positives) / double(total_positives) : kNaN;
    }
    return out;
}

}  // namespace retain
