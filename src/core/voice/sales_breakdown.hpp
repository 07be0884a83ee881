// The sales view of customer success (docs/metrics.md "Sales breakdown"): which kinds of customers
// thrive and which are high-risk deals, by industry, segment or acquisition source. Each group's
// figures are the same metric functions as everywhere (metrics_by_group over group_by_industry /
// group_by_segment / group_by_acquisition_source; health_distribution), never a second formula:
//   logo churn = the trailing-12-month cohort's logo churn rate; NRR = its NRR;
//   health mix = accounts per health color; ARR at risk = Σ ARR of its red and yellow accounts.
// The verdict compares a group with the whole workspace (the "All accounts" row):
//   thriving  = NRR ≥ 100% and logo churn ≤ the whole's and at-risk share ≤ the whole's;
//   high risk = NRR < the whole's NRR and at-risk share > the whole's (or, without an NRR, at-risk share
//               > the whole's and logo churn > the whole's);
//   too few   = fewer than kSalesMinCohort customers in its trailing-12 cohort; else neither.
// (at-risk share = red and yellow accounts ÷ scored accounts.)
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/metrics/health_distribution.hpp"
#include "core/money.hpp"

namespace retain {

struct Workspace;
struct Analysis;

enum class SalesGrouping : uint8_t { industry, segment, source };
enum class SalesVerdict : uint8_t { neither, thriving, high_risk, too_few };
constexpr int32_t kSalesMinCohort = 5;

struct SalesRow {
    std::string key;          // the industry, segment or source ("" = not set)
    int32_t accounts = 0;     // every account of the group, active or churned
    int32_t cohort = 0;       // customers paying 12 months before the last month
    std::optional<double> logo_churn;
    std::optional<double> nrr;
    HealthDistribution health;  // with ARR per color
    Money arr;                  // Σ ARR of its accounts now
    std::optional<double> at_risk_share;  // red + yellow ÷ scored
    SalesVerdict verdict = SalesVerdict::neither;
};

struct SalesBreakdown {
    SalesGrouping grouping = SalesGrouping::industry;
    SalesRow all;                // every account
    std::vector<SalesRow> rows;  // by ARR desc, then key
};

SalesBreakdown sales_breakdown(const Workspace& ws, const Analysis& analysis, SalesGrouping grouping);

const char* to_string(SalesGrouping g);  // "industry", "segment", "source"
bool parse_enum(const std::string& text, SalesGrouping& out);
const char* sales_verdict_label(SalesVerdict v);  // "Thriving", "High risk", "Too few", ""

}  // namespace retain
