// How well a risk ranking predicted an outcome: ROC AUC, precision and recall of a flag, and a lift
// table. Generic over any ranking (the backtest passes 100 - health score as the risk); formulas in
// docs/metrics.md, "Health score: backtest".
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace retain {

// The probability that a random positive has a higher risk than a random negative, ties counting one
// half (the Mann-Whitney U statistic / (positives x negatives)). NaN when either class is empty.
double roc_auc(const std::vector<double>& risk, const std::vector<uint8_t>& positive);

struct PrecisionRecall {
    int32_t flagged = 0, true_positives = 0, positives = 0;
    double precision = 0;  // true positives / flagged (NaN when nothing is flagged)
    double recall = 0;     // true positives / positives (NaN when there are no positives)
};
PrecisionRecall precision_recall(const std::vector<uint8_t>& flagged, const std::vector<uint8_t>& positive);

struct LiftBucket {
    int32_t samples = 0, positives = 0;
    double min_risk = 0, max_risk = 0;
    double rate = 0;              // positives / samples
    double lift = 0;              // rate / the overall rate
    double cumulative_recall = 0; // share of all positives in this bucket and the riskier ones
};

// Row indices by risk, riskiest first, ties in row order: the one sort the AUC and the lift table share
// (sorting twice was most of a backtest's evaluation at 300,000 samples).
std::vector<uint32_t> risk_order(const std::vector<double>& risk);
// The same figures from that order (risk and positive of one size, the order over all of them).
double roc_auc(const std::vector<double>& risk, const std::vector<uint8_t>& positive, const std::vector<uint32_t>& order);
std::vector<LiftBucket> lift_table(const std::vector<double>& risk, const std::vector<uint8_t>& positive,
                                   const std::vector<uint32_t>& order, int32_t buckets);

// Rows sorted by risk, riskiest first (ties in row order), cut into `buckets` groups of equal size
// (some later ones one row larger when it does not divide): bucket b holds rows [b n / B, (b+1) n / B).
std::vector<LiftBucket> lift_table(const std::vector<double>& risk, const std::vector<uint8_t>& positive, int32_t buckets);

}  // namespace retain
