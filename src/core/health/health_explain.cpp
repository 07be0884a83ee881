#include "core/health/health_explain.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace retain {
namespace {

std::string percent(double ratio) { return std::to_string(std::lround(std::fabs(ratio) * 100)) + "%"; }
std::string whole(double v) { return std::to_string(std::lround(v)); }
std::string one_decimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}
// Survey means print as integers when they are whole ("NPS 4"), else with one decimal ("CSAT 3.5").
std::string survey_value(double v) { return std::fabs(v - std::round(v)) < 1e-6 ? whole(v) : one_decimal(v); }

constexpr size_t kMostReasons = 3;

}  // namespace

std::string describe_measure(HealthInput input, double raw, size_t key_features) {
    switch (input) {
    case HealthInput::active_user_ratio: return percent(raw) + " of seats active";
    case HealthInput::login_frequency: return one_decimal(raw) + " logins per active user";
    case HealthInput::feature_breadth:
        if (key_features == 0) return percent(raw) + " of key features used";
        return whole(raw * double(key_features)) + " of " + std::to_string(key_features) + " key features used";
    case HealthInput::usage_trend:
        return std::string("active users ") + (raw < 0 ? "down " : "up ") + percent(raw) + " in 30 days";
    case HealthInput::days_since_touchpoint: return "last touchpoint " + whole(raw) + " days ago";
    case HealthInput::outreach_response: return percent(raw) + " of outreach answered";
    case HealthInput::training_attendance: return percent(raw) + " of trainings attended";
    case HealthInput::open_high_priority_tickets:
        return std::lround(raw) == 1 ? "1 open high-priority ticket" : whole(raw) + " open high-priority tickets";
    case HealthInput::ticket_trend: return "tickets at " + one_decimal(raw) + "x the usual month";
    case HealthInput::ticket_satisfaction: return percent(raw) + " of rated tickets good";
    case HealthInput::nps:
        return "NPS " + survey_value(raw) + (raw >= 9 ? " (promoter)" : raw >= 7 ? " (passive)" : " (detractor)");
    case HealthInput::csat: return "CSAT " + survey_value(raw) + " of 5";
    case HealthInput::ces: return "CES " + survey_value(raw) + " of 7";
    case HealthInput::champion:
        return raw <= kChampionLeft ? "champion left" : raw <= kChampionNone ? "no champion"
               : raw <= kChampionQuiet ? "champion not engaged in 90 days" : "champion engaged";
    case HealthInput::executive_sponsor: return raw > 0 ? "executive sponsor identified" : "no executive sponsor";
    case HealthInput::days_to_renewal:
        return raw < 0 ? "renewal overdue by " + whole(-raw) + " days" : "renewal in " + whole(raw) + " days";
    case HealthInput::contraction_90d: return raw > 0 ? "MRR down " + percent(raw) + " in 90 days" : "no MRR contraction in 90 days";
    }
    return "";
}

HealthExplanation explain_health(const Workspace& ws, const HealthInputs& inputs, const Scorecard& scorecard,
                                 const HealthScores& scores, const std::vector<HealthOverride>& overrides,
                                 AccountIx account) {
    HealthExplanation x;
    if (account >= inputs.rows || account >= scores.score.size()) return x;
    x.active = inputs.active[account] != 0;
    x.score = scores.score[account];
    x.computed = scores.computed[account];
    x.color = scores.color[account];
    x.override_index = scores.override_index[account];

    const ScoringPlan plan = compile_scorecard(scorecard);
    const InputMask present = inputs.present[account];
    std::array<double, kHealthInputCount> shares;
    measure_weight_shares(plan, present, shares);
    const size_t features = std::min(ws.key_features.size(), size_t(kMaxKeyFeatures));
    for (const ScoringPlan::Item& it : plan.items) {
        MeasureExplanation m;
        m.id = measure_info(it.input).id;
        const Measure* measure = find_measure(scorecard, m.id);
        m.label = measure ? measure->label : measure_info(it.input).label;
        m.group = it.group;
        m.has_value = (present & input_bit(it.input)) != 0;
        if (m.has_value) {
            m.raw = inputs.value(it.input, account);
            m.score = scheme_score(it.scheme, m.raw);
            m.share = shares[size_t(it.input)];
            m.contribution = m.share * m.score;
            m.text = describe_measure(it.input, m.raw, features);
        } else {
            m.text = "no data";
            if (x.active) x.missing.push_back(m.label);
        }
        x.measures.push_back(std::move(m));
    }

    if (!x.active) {
        x.why = "Not scored: not a customer on " + format_iso(inputs.as_of);
        return x;
    }
    if (std::isnan(x.score)) {
        x.why = "Not scored: no data for any measure";
        return x;
    }
    // Red and yellow name what pulls the score down most (points lost: share x (100 - score)), among
    // measures scoring below 50; green names what holds it up most (contribution), among those at 70+.
    std::vector<const MeasureExplanation*> reasons;
    for (const MeasureExplanation& m : x.measures)
        if (m.has_value && (x.computed == HealthColor::green ? m.score >= 70 : m.score < 50)) reasons.push_back(&m);
    const bool green = x.computed == HealthColor::green;
    std::stable_sort(reasons.begin(), reasons.end(), [green](const MeasureExplanation* a, const MeasureExplanation* b) {
        return green ? a->contribution > b->contribution : a->share * (100 - a->score) > b->share * (100 - b->score);
    });
    std::string because;
    for (size_t i = 0; i < reasons.size() && i < (green ? 2 : kMostReasons); ++i)
        because += (i ? "; " : "") + reasons[i]->text;
    if (because.empty()) because = "score " + whole(x.score);
    std::string missing;
    for (const std::string& label : x.missing) missing += (missing.empty() ? "" : ", ") + label;
    const std::string computed = std::string(color_label(x.computed)) + ": " + because +
                                 (missing.empty() ? "" : " (no data: " + missing + ")");
    if (x.override_index >= 0 && size_t(x.override_index) < overrides.size()) {
        const HealthOverride& o = overrides[size_t(x.override_index)];
        x.why = std::string(color_label(o.color)) + " by override (" + (o.author.empty() ? "" : o.author + ", ") +
                "expires " + format_iso(o.expires) + ": " + o.reason + "); computed " + computed;
    } else {
        x.why = computed;
    }
    return x;
}

}  // namespace retain
