// The team report as a ReportDocument: NRR, GRR, logo churn, the health mix, renewals due in the next
// 90 days, top risks (red accounts by ARR), top feature requests and the MRR trend. Every number comes
// from the core's metric functions over all accounts and the analysis's trailing-12-month range (the
// Overview's figures), never recomputed here.
#pragma once
#include <string>
#include <vector>

#include "core/analysis.hpp"
#include "io/report/report_document.hpp"

namespace retain {

constexpr int32_t kTeamReportRenewalDays = 90;
constexpr size_t kTeamReportTopRisks = 10;
constexpr size_t kTeamReportTopRequests = 10;

// One feature request as the team report lists it, ranked by the feedback board (core/voice/).
struct FeedbackRequestRow {
    std::string title;
    int32_t accounts = 0;  // accounts asking
    Money arr;             // their ARR
    Money arr_at_risk;     // of it, red and yellow accounts'
};

// The board's requests ranked by ARR (revenue-weighted, as product reads it), every kind and status, the
// first kTeamReportTopRequests; none when no feedback is recorded.
std::vector<FeedbackRequestRow> top_requests(const Workspace& ws, const Analysis& analysis);

ReportDocument build_team_report(const Workspace& ws, const Analysis& analysis,
                                 const std::vector<FeedbackRequestRow>& requests);

}  // namespace retain
