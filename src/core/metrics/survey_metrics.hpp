// NPS, CSAT and CES from survey responses dated in a period (docs/metrics.md, "Customer metrics").
// Every response counts once (an account answering twice counts twice), as survey tools report them.
// A score outside its scale is not a response: it is counted apart as invalid.
#pragma once
#include <optional>

#include "core/metrics/account_rows.hpp"
#include "core/metrics/metric_scope.hpp"

namespace retain {

struct NpsSummary {
    int32_t promoters = 0;   // 9-10
    int32_t passives = 0;    // 7-8
    int32_t detractors = 0;  // 0-6
    int32_t invalid = 0;

    int32_t responses() const { return promoters + passives + detractors; }
    // % promoters − % detractors, in points from −100 to 100; no value without responses.
    std::optional<double> nps() const;
};

struct CsatSummary {
    int32_t satisfied = 0;  // 4-5
    int32_t responses = 0;  // 1-5
    int32_t invalid = 0;
    // Satisfied ÷ responses, a share from 0 to 1.
    std::optional<double> csat() const { return ratio_of(double(satisfied), double(responses)); }
};

struct CesSummary {
    int64_t score_sum = 0;  // 1-7, 7 = very easy
    int32_t responses = 0;
    int32_t invalid = 0;
    std::optional<double> average() const { return ratio_of(double(score_sum), double(responses)); }
};

struct SurveySummary {
    NpsSummary nps;
    CsatSummary csat;
    CesSummary ces;
};

// Responses of the subset's accounts dated from the range's first day through its last day.
SurveySummary survey_summary(const Workspace& ws, const AccountRows& index, const AccountSubset& subset,
                             MonthRange range);

}  // namespace retain
