#include "core/analysis_job.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "core/metrics/metric_scope.hpp"

namespace retain {
namespace {

constexpr AccountIx kInputSlice = 8192;  // accounts of health inputs a step: ~2 ms natively

// Each stage's usual share of the analysis, measured at 100,000 accounts (docs/performance.md), so the
// progress bar moves evenly: revenue, accounts, health sources, health inputs, scores, metrics, team.
constexpr std::array<double, 7> kAnalysisShare = {0.50, 0.02, 0.10, 0.12, 0.04, 0.18, 0.04};

}  // namespace

AnalysisJob::AnalysisJob(const Workspace& ws, Date today) : ws_(ws) { a_.as_of = effective_as_of(ws.settings, today); }

void AnalysisJob::step() {
    const Workspace& ws = ws_;
    Analysis& a = a_;
    switch (stage_) {
        case Stage::revenue:
            a.mrr = build_mrr_series(ws, a.as_of);
            stage_ = Stage::accounts;
            return;
        case Stage::accounts: {
            a.accounts.resize(ws.accounts.size());
            const Month now = Month::of(a.as_of);
            std::map<std::string, SegmentTotals> by_segment;
            for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i) {
                const Account& acc = ws.accounts[i];
                AccountFacts& f = a.accounts[i];
                f.mrr = a.mrr.at(i, now);
                f.arr = f.mrr * 12;
                if (acc.status == AccountStatus::churned) {
                    ++a.churned_accounts;
                    continue;
                }
                ++a.active_accounts;
                a.total_mrr += f.mrr;
                SegmentTotals& seg = by_segment[acc.segment];
                seg.segment = acc.segment;
                ++seg.active_accounts;
                seg.arr += f.arr;
            }
            a.total_arr = a.total_mrr * 12;
            for (auto& kv : by_segment) a.segments.push_back(kv.second);
            std::stable_sort(a.segments.begin(), a.segments.end(),
                             [](const SegmentTotals& x, const SegmentTotals& y) { return x.arr > y.arr; });
            stage_ = Stage::health_sources;
            return;
        }
        case Stage::health_sources:
            // The health inputs read the same series (through the as-of month): lent to them, not rebuilt.
            sources_ = prepare_health_inputs(ws, std::move(a.mrr));
            a.health_inputs.as_of = a.as_of;
            a.health_inputs.resize(ws.accounts.size());
            next_ = 0;
            stage_ = Stage::health_inputs;
            return;
        case Stage::health_inputs: {
            const AccountIx last = AccountIx(std::min(ws.accounts.size(), size_t(next_) + kInputSlice));
            compute_health_input_rows(ws, sources_, a.as_of, next_, last, a.health_inputs);
            next_ = last;
            if (next_ < ws.accounts.size()) return;
            a.mrr = std::move(sources_.mrr);  // given back; the row ranges are not needed after this
            sources_ = HealthInputSources{};
            stage_ = Stage::health_scores;
            return;
        }
        case Stage::health_scores:
            a.rows = index_account_rows(ws);
            a.metric_range = default_metric_range(a.mrr);
            rescore_health(ws, a);
            stage_ = Stage::metrics;
            return;
        case Stage::metrics:
            recompute_metrics(ws, a);
            stage_ = Stage::team;
            return;
        case Stage::team:
            recompute_team(ws, a);
            stage_ = Stage::done;
            return;
        case Stage::done:
            return;
    }
}

double AnalysisJob::progress() const {
    double p = 0;
    for (size_t s = 0; s < size_t(stage_) && s < kAnalysisShare.size(); ++s) p += kAnalysisShare[s];
    if (stage_ == Stage::health_inputs && !ws_.accounts.empty())
        p += kAnalysisShare[size_t(Stage::health_inputs)] * double(next_) / double(ws_.accounts.size());
    return std::min(1.0, p);
}

const char* AnalysisJob::activity() const {
    switch (stage_) {
        case Stage::revenue: return "Revenue by month";
        case Stage::accounts: return "Accounts and segments";
        case Stage::health_sources:
        case Stage::health_inputs: return "Health inputs";
        case Stage::health_scores: return "Health scores";
        case Stage::metrics: return "Revenue and customer metrics";
        case Stage::team: return "Engagement models and team capacity";
        case Stage::done: break;
    }
    return "Done";
}

Analysis AnalysisJob::take() { return std::move(a_); }

}  // namespace retain
