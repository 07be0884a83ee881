#include "core/health/backtest_metrics.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace retain {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<size_t> order_by_risk(const std::vector<double>& risk, bool riskiest_first) {
    std::vector<size_t> order(risk.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return riskiest_first ? risk[a] > risk[b] : risk[a] < risk[b];
    });
    return order;
}
}  // namespace

double roc_auc(const std::vector<double>& risk, const std::vector<uint8_t>& positive) {
    const size_t n = std::min(risk.size(), positive.size());
    // Ranks from 1, tied rows sharing their mean rank; AUC = (sum of positive ranks - P(P+1)/2) / (P N).
    std::vector<double> r(risk.begin(), risk.begin() + std::ptrdiff_t(n));
    const std::vector<size_t> order = order_by_risk(r, false);
    double positive_ranks = 0;
    double positives = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && r[order[j]] == r[order[i]]) ++j;
        const double mean_rank = (double(i + 1) + double(j)) / 2.0;
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
    const size_t n = std::min(risk.size(), positive.size());
    if (n == 0 || buckets <= 0) return {};
    const size_t b_count = std::min(size_t(buckets), n);
    std::vector<double> r(risk.begin(), risk.begin() + std::ptrdiff_t(n));
    const std::vector<size_t> order = order_by_risk(r, true);
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
