// The raw value of every catalogue measure for every account as of one date: the costly part of the
// health score, computed once per workspace change and as-of date, then rescored cheaply
// (health_score.hpp) whenever weights, schemes or thresholds change.
//
// Layout: a struct of columns (one float column per measure, one presence mask and one "active" flag
// per row), not per-account objects, so rescoring 100,000 accounts streams through a few MB.
// Definitions of every measure: docs/metrics.md, "Health score: measures".
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "core/health/measure_catalogue.hpp"
#include "core/mrr_series.hpp"
#include "core/workspace.hpp"

namespace retain {

struct HealthInputs {
    Date as_of;  // for the backtest's sample table, rows carry their own dates (health_backtest.hpp)
    size_t rows = 0;  // one row per account (index = AccountIx), or per backtest sample
    std::array<std::vector<float>, kHealthInputCount> values;  // values[input][row]; meaningful where present
    std::vector<InputMask> present;   // bit i set: HealthInput(i) has a value for this row
    std::vector<uint8_t> active;      // 1: a customer on the date (started, not churned) — only these are scored

    void resize(size_t n);
    bool has(size_t row, HealthInput in) const { return (present[row] & input_bit(in)) != 0; }
    float value(HealthInput in, size_t row) const { return values[size_t(in)][row]; }
    // Copies one row of another table (same layout) to the end of this one.
    void append_row(const HealthInputs& from, size_t row);
};

// What every as-of date shares, prepared once per workspace: per-account row ranges of each table, the
// MRR series, and each touchpoint's response read from its free text (touchpoint_response.hpp).
struct HealthInputSources {
    MrrSeries mrr;  // built through the latest as-of date asked for; only complete months are read
    std::vector<uint32_t> usage_begin, ticket_begin, survey_begin, touchpoint_begin, contact_begin;  // size accounts + 1
    std::vector<uint8_t> touchpoint_response;  // TouchpointResponse per Workspace::touchpoints row
    bool has_usage = false;    // tables the workspace holds at all: an empty table means "not loaded",
    bool has_tickets = false;  // and its measures are missing for everyone rather than zero
};

// latest_as_of: the last date inputs will be asked for (the MRR series is built through it).
HealthInputSources prepare_health_inputs(const Workspace& ws, Date latest_as_of);
// The same with the series already built through the latest as-of date (the analysis builds it for
// itself; building it twice was a third of the analysis at 100,000 accounts).
HealthInputSources prepare_health_inputs(const Workspace& ws, MrrSeries mrr);

// Fills rows [first, last) of `out` (already resized to the account count) as of `as_of`. Used in
// slices by the history and backtest jobs; allocates nothing.
void compute_health_input_rows(const Workspace& ws, const HealthInputSources& sources, Date as_of,
                               AccountIx first, AccountIx last, HealthInputs& out);

// One call: every account as of `as_of`.
HealthInputs compute_health_inputs(const Workspace& ws, Date as_of);
void compute_health_inputs(const Workspace& ws, const HealthInputSources& sources, Date as_of, HealthInputs& out);

// An account is a customer on `d` when its contract has started (or has no start date) and it has not
// churned by then (a churned account without a churn date is never counted).
bool account_active_on(const Account& account, Date d);

// The account's first renewal on or after d: Account::renewal_date is the next renewal as of today, so
// for an earlier d it steps back whole years (renewals are taken as annual). Empty without a renewal
// date; a renewal date already before d is returned as it is (overdue).
Date renewal_on_or_after(const Account& account, Date d);

}  // namespace retain
