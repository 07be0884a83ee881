#include "core/metrics/metric_formulas.hpp"

namespace retain {

namespace {

struct MetricText {
    const char* label;
    const char* formula;
};

// In MetricId order; docs/metrics.md quotes the same formulas.
constexpr MetricText kTexts[kMetricIdCount] = {
    {"MRR", "MRR = Σ MRR of paying accounts (MRR > 0) in the month"},
    {"ARR", "ARR = 12 × MRR"},
    {"Customers", "Customers = accounts with MRR > 0 in the month"},
    {"ARPA", "ARPA = MRR ÷ customers"},
    {"New MRR", "New MRR = Σ MRR of accounts paying for the first time (0 last month, never paid before)"},
    {"Expansion MRR", "Expansion MRR = Σ (MRR − last month's MRR) of accounts paying more than last month"},
    {"Contraction MRR", "Contraction MRR = Σ (last month's MRR − MRR) of accounts paying less, but > 0"},
    {"Churn MRR", "Churn MRR = Σ last month's MRR of accounts paying 0 this month"},
    {"Reactivation MRR", "Reactivation MRR = Σ MRR of returning accounts (0 last month, paid before)"},
    {"Net new MRR", "Net new MRR = new + expansion + reactivation − contraction − churn"},
    {"Logo churn rate", "Logo churn rate = customers lost in the month ÷ customers at its start"},
    {"Logo churn (period)", "Logo churn = customers at the start not paying at the end ÷ customers at the start"},
    {"Gross MRR churn rate", "Gross MRR churn rate = (churn + contraction MRR) ÷ MRR at the start"},
    {"Net MRR churn rate",
     "Net MRR churn rate = (churn + contraction − expansion − reactivation MRR) ÷ MRR at the start"},
    {"NRR (month)", "NRR = (start MRR + expansion − contraction − churn) ÷ start MRR, last month's customers"},
    {"GRR (month)", "GRR = (start MRR − contraction − churn) ÷ start MRR, last month's customers; ≤ 100%"},
    {"NRR (period)",
     "NRR = (start MRR + expansion − contraction − churn) ÷ start MRR, customers paying before the period"},
    {"GRR (period)", "GRR = (start MRR − contraction − churn) ÷ start MRR, customers paying before the period; ≤ 100%"},
    {"NRR (trailing 12 months)",
     "NRR = (start MRR + expansion − contraction − churn) ÷ start MRR, customers paying 12 months ago"},
    {"GRR (trailing 12 months)",
     "GRR = (start MRR − contraction − churn) ÷ start MRR, customers paying 12 months ago; ≤ 100%"},
    {"Expansion rate", "Expansion rate = expansion MRR ÷ MRR at the start"},
    {"Renewal rate", "Renewal rate = renewals due in the period still paying in their renewal month ÷ renewals due"},
    {"LTV", "LTV = ARPA × gross margin ÷ monthly logo churn rate"},
    {"Quick ratio", "Quick ratio = (new + expansion + reactivation MRR) ÷ (contraction + churn MRR)"},
    {"Logo retention (cohort)", "Logo retention = cohort customers paying N months after their start ÷ cohort size"},
    {"Revenue retention (cohort)", "Revenue retention = cohort MRR N months after its start ÷ its MRR in the start month"},
    {"NPS", "NPS = % promoters (9–10) − % detractors (0–6) of responses"},
    {"CSAT", "CSAT = responses scoring 4–5 ÷ responses (1–5)"},
    {"CES", "CES = average effort score (1–7, 7 = very easy)"},
    {"Seat utilisation", "Seat utilisation = Σ active users (latest sample, last 28 days) ÷ Σ seats"},
    {"Key-feature adoption", "Key-feature adoption = key features used in the last 28 days ÷ (accounts × key features)"},
    {"Time to value", "Time to value = first-value date − contract start, in days (median); unknown dates apart"},
    {"Health distribution", "Health distribution = accounts of each colour ÷ scored accounts"},
    {"CS ROI", "CS ROI = (churn avoided against the baseline rate + expansion revenue) ÷ CS team cost"},
    {"ARR at risk", "ARR at risk = Σ ARR of accounts whose health is red or yellow"},
    {"Renewals due", "Renewals due = paying accounts whose annual renewal date falls in the window; ARR at the as-of month"},
};

}  // namespace

const char* metric_label(MetricId id) {
    const int i = int(id);
    return i >= 0 && i < kMetricIdCount ? kTexts[i].label : "";
}

const char* metric_formula(MetricId id) {
    const int i = int(id);
    return i >= 0 && i < kMetricIdCount ? kTexts[i].formula : "";
}

}  // namespace retain
