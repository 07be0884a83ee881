// Health as of each past week, computed from the dated data (usage, tickets, surveys, touchpoints,
// MRR are all read as of that week), for sparklines, trend arrows and "red since 2026-09-14".
//
// Computing inputs for many dates is the slow part, so it runs as a job the UI advances a slice per
// frame (step(budget) -> progress 0..1); compute_health_history() runs it to the end in one call.
// History keeps scores and colors only: after a scorecard change, run the job again.
#pragma once
#include <vector>

#include "core/health/health_score.hpp"

namespace retain {

struct HealthHistory {
    std::vector<Date> dates;          // one a week, oldest first; the last is the as-of date
    size_t accounts = 0;
    std::vector<float> scores;        // scores[account * weeks + week]; NaN when not scored
    std::vector<HealthColor> colors;  // shown color: overrides applying on that date win

    size_t weeks() const { return dates.size(); }
    float score(AccountIx a, size_t week) const { return scores[size_t(a) * weeks() + week]; }
    HealthColor color(AccountIx a, size_t week) const { return colors[size_t(a) * weeks() + week]; }
    const float* sparkline(AccountIx a) const { return scores.data() + size_t(a) * weeks(); }  // weeks() values
};

enum class HealthTrend : uint8_t { none, down, flat, up };

// The latest score against the one `weeks_back` weeks earlier: a change smaller than `flat_points`
// (in score points) is flat; none when either score is missing.
HealthTrend health_trend(const HealthHistory& history, AccountIx a, size_t weeks_back = 4, double flat_points = 5);

// The first week of the run of the latest color (the week the color last changed); empty when the
// account is not scored now or has had its color through the whole history.
Date color_changed_on(const HealthHistory& history, AccountIx a);

class HealthHistoryJob {
public:
    // The workspace must outlive the job and stay unchanged while it runs (restart on a new revision).
    HealthHistoryJob(const Workspace& ws, const Scorecard& scorecard, const std::vector<HealthOverride>& overrides,
                     Date as_of, int32_t weeks);
    // Does about `budget` account-dates of work (preparation counts as one slice); returns progress 0-1.
    double step(size_t budget);
    bool done() const { return week_ >= history_.weeks(); }
    double progress() const;
    const HealthHistory& history() const { return history_; }
    HealthHistory take() { return std::move(history_); }

private:
    void finish_week();

    const Workspace& ws_;
    ScoringPlan plan_;
    std::vector<HealthOverride> overrides_;
    bool prepared_ = false;
    HealthInputSources sources_;
    HealthInputs scratch_;
    std::vector<float> week_scores_;
    std::vector<HealthColor> week_colors_;
    size_t week_ = 0;
    AccountIx next_ = 0;
    HealthHistory history_;
};

HealthHistory compute_health_history(const Workspace& ws, const Scorecard& scorecard,
                                     const std::vector<HealthOverride>& overrides, Date as_of, int32_t weeks);

}  // namespace retain
