#include "core/metrics/survey_metrics.hpp"

#include <algorithm>


namespace retain {

namespace {

void add_response(SurveySummary& s, const SurveyResponse& r) {
    const int score = r.score;
    switch (r.kind) {
        case SurveyKind::nps:
            if (score < 0 || score > 10) ++s.nps.invalid;
            else if (score >= 9) ++s.nps.promoters;
            else if (score >= 7) ++s.nps.passives;
            else ++s.nps.detractors;
            break;
        case SurveyKind::csat:
            if (score < 1 || score > 5) {
                ++s.csat.invalid;
                break;
            }
            ++s.csat.responses;
            if (score >= 4) ++s.csat.satisfied;
            break;
        case SurveyKind::ces:
            if (score < 1 || score > 7) {
                ++s.ces.invalid;
                break;
            }
            ++s.ces.responses;
            s.ces.score_sum += score;
            break;
    }
}

}  // namespace

std::optional<double> NpsSummary::nps() const {
    const auto share = ratio_of(double(promoters - detractors), double(responses()));
    if (!share) return std::nullopt;
    return *share * 100.0;
}

SurveySummary survey_summary(const Workspace& ws, const AccountRows& index, const AccountSubset& subset,
                             MonthRange range) {
    SurveySummary s;
    if (!range.ok()) return s;
    const Date from = range.first.first_day(), to = range.last.last_day();
    const std::vector<SurveyResponse>& rows = ws.surveys;
    for (AccountIx a : subset.accounts) {
        if (a + size_t(1) >= index.surveys.size()) continue;
        const size_t end = std::min(index.surveys[a + 1], rows.size());
        for (size_t i = index.surveys[a]; i < end; ++i) {
            const SurveyResponse& r = rows[i];
            if (!r.date.ok() || r.date < from || r.date > to) continue;
            add_response(s, r);
        }
    }
    return s;
}

}  // namespace retain
