// The analysis (analysis.hpp) in steps, so the app can run it between frames: at 100,000 accounts the
// whole of it holds the page for a quarter of a second, and the page must never be held for more than
// about 100 ms (issue 9). Each step is one stage, or a slice of accounts of the health inputs; the
// caller decides how many steps fit its time. analyse() runs every step in one call, so the CLI, the
// tests and the app compute the same thing the same way.
#pragma once
#include <cstdint>

#include "core/analysis.hpp"

namespace retain {

class AnalysisJob {
public:
    // The workspace must outlive the job and stay unchanged while it runs.
    AnalysisJob(const Workspace& ws, Date today);
    void step();                 // one stage, or one slice of accounts
    bool done() const { return stage_ == Stage::done; }
    double progress() const;     // 0-1, by the stages' usual share of the time
    const char* activity() const;  // what the next step does, for a progress bar
    Analysis take();             // once done

private:
    enum class Stage : uint8_t { revenue, accounts, health_sources, health_inputs, health_scores, metrics, team, done };

    const Workspace& ws_;
    Stage stage_ = Stage::revenue;
    AccountIx next_ = 0;          // the health inputs: accounts before it are done
    HealthInputSources sources_;  // while the health inputs are computed
    Analysis a_;
};

}  // namespace retain
