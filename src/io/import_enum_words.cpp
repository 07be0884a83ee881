// Enum vocabularies of the import catalog (see import_enum_words.hpp). A cell is compared after
// normalize_header, so each word here is written in that form (lower case, words separated by one
// space: "on hold" stands for "On-hold", "on_hold" and "ON HOLD"); a unit test holds every list to it.
#include "io/import_enum_words.hpp"

namespace retain {

std::vector<EnumWord> account_status_words() {
    return {{"active", "active"}, {"churned", "churned"},
            // CRM and billing wording for a customer that is / is no longer paying.
            {"customer", "active"}, {"paying", "active"}, {"live", "active"}, {"current", "active"},
            {"churn", "churned"}, {"cancelled", "churned"}, {"canceled", "churned"}, {"lost", "churned"},
            {"former customer", "churned"}, {"terminated", "churned"}, {"ended", "churned"}};
}

std::vector<EnumWord> lifecycle_stage_words() {
    return {{"onboarding", "onboarding"}, {"adoption", "adoption"}, {"value realization", "value_realization"},
            {"renewal", "renewal"}, {"expansion", "expansion"}, {"advocacy", "advocacy"},
            {"implementation", "onboarding"}, {"kickoff", "onboarding"}, {"adopting", "adoption"},
            {"value", "value_realization"}, {"renewing", "renewal"}, {"growth", "expansion"},
            {"upsell", "expansion"}, {"advocate", "advocacy"}, {"reference", "advocacy"},
            // HubSpot's lifecycle stage "evangelist" is the one of its (sales funnel) stages that names a
            // customer stage; the others (lead, opportunity, customer, ...) are not accepted.
            {"evangelist", "advocacy"}};
}

std::vector<EnumWord> billing_interval_words() {
    // Stripe writes month/year, Chargebee's "Billing Period Unit" month/year, spreadsheets the adjectives.
    return {{"month", "month"}, {"year", "year"},
            {"monthly", "month"}, {"months", "month"}, {"mo", "month"}, {"per month", "month"}, {"1 month", "month"},
            {"yearly", "year"}, {"annual", "year"}, {"annually", "year"}, {"years", "year"}, {"yr", "year"},
            {"per year", "year"}, {"12 months", "year"}};
}

std::vector<EnumWord> ticket_priority_words() {
    // Zendesk: urgent/high/normal/low. Freshdesk: urgent/high/medium/low. Jira Service Management:
    // highest/high/medium/low/lowest (and blocker/critical/major/minor/trivial in older schemes).
    return {{"low", "low"}, {"normal", "normal"}, {"high", "high"}, {"urgent", "urgent"},
            {"lowest", "low"}, {"minor", "low"}, {"trivial", "low"}, {"medium", "normal"}, {"moderate", "normal"},
            {"major", "high"}, {"critical", "urgent"}, {"highest", "urgent"}, {"blocker", "urgent"},
            {"emergency", "urgent"}};
}

std::vector<EnumWord> ticket_status_words() {
    // Zendesk: new/open/pending/hold/solved/closed ("hold" is written "On-hold" in its UI).
    return {{"open", "open"}, {"pending", "pending"}, {"solved", "solved"}, {"closed", "closed"},
            {"new", "open"}, {"reopened", "open"}, {"in progress", "open"},
            {"hold", "pending"}, {"on hold", "pending"}, {"waiting", "pending"}, {"waiting on customer", "pending"},
            {"resolved", "solved"}};
}

std::vector<EnumWord> ticket_satisfaction_words() {
    // Zendesk's "Satisfaction Score" column: Not Offered, Offered, Good, Bad (newer exports spell the
    // ratings "Good, I'm satisfied" / "Bad, I'm unsatisfied").
    return {{"none", "none"}, {"good", "good"}, {"bad", "bad"},
            {"not offered", "none"}, {"offered", "none"}, {"unoffered", "none"},
            {"satisfied", "good"}, {"good im satisfied", "good"},
            {"unsatisfied", "bad"}, {"dissatisfied", "bad"}, {"bad im unsatisfied", "bad"}};
}

std::vector<EnumWord> survey_kind_words() {
    // Delighted's survey_type is nps/csat/ces (plus others we do not take); tools also spell them out.
    return {{"nps", "nps"}, {"csat", "csat"}, {"ces", "ces"},
            {"net promoter score", "nps"}, {"net promoter", "nps"},
            {"customer satisfaction", "csat"}, {"satisfaction", "csat"},
            {"customer effort score", "ces"}, {"customer effort", "ces"}, {"effort", "ces"}};
}

std::vector<EnumWord> touchpoint_kind_words() {
    // HubSpot activity types CALL, EMAIL, MEETING (NOTE and TASK are not touchpoints); Salesforce
    // activity "Type" Call/Email/Meeting; CS platforms' QBR/EBR and training sessions.
    return {{"call", "call"}, {"email", "email"}, {"meeting", "meeting"}, {"qbr", "qbr"}, {"training", "training"},
            {"phone", "call"}, {"phone call", "call"}, {"calls", "call"},
            {"e mail", "email"}, {"emails", "email"}, {"mail", "email"},
            {"video call", "meeting"}, {"video meeting", "meeting"}, {"zoom", "meeting"}, {"in person", "meeting"},
            {"onsite", "meeting"}, {"visit", "meeting"}, {"meetings", "meeting"},
            {"ebr", "qbr"}, {"business review", "qbr"}, {"quarterly business review", "qbr"},
            {"executive business review", "qbr"},
            {"workshop", "training"}, {"webinar", "training"}, {"enablement", "training"},
            {"onboarding session", "training"}};
}

std::vector<EnumWord> feedback_kind_words() {
    // Productboard / Canny / Jira issue types and the words CSMs write in spreadsheets.
    return {{"feature request", "feature_request"}, {"bug", "bug"}, {"pain point", "pain_point"},
            {"competitor mention", "competitor_mention"}, {"praise", "praise"},
            {"feature", "feature_request"}, {"request", "feature_request"}, {"idea", "feature_request"},
            {"enhancement", "feature_request"}, {"improvement", "feature_request"}, {"story", "feature_request"},
            {"defect", "bug"}, {"issue", "bug"}, {"problem", "pain_point"}, {"complaint", "pain_point"},
            {"pain", "pain_point"}, {"friction", "pain_point"}, {"competitor", "competitor_mention"},
            {"competition", "competitor_mention"}, {"competitive", "competitor_mention"},
            {"compliment", "praise"}, {"kudos", "praise"}, {"positive", "praise"}};
}

std::vector<EnumWord> feedback_status_words() {
    return {{"new", "new"}, {"under review", "under_review"}, {"planned", "planned"}, {"shipped", "shipped"},
            {"declined", "declined"}, {"open", "new"}, {"submitted", "new"}, {"triage", "under_review"},
            {"reviewing", "under_review"}, {"in review", "under_review"}, {"considering", "under_review"},
            {"backlog", "planned"}, {"in progress", "planned"}, {"scheduled", "planned"}, {"on roadmap", "planned"},
            {"done", "shipped"}, {"released", "shipped"}, {"complete", "shipped"}, {"completed", "shipped"},
            {"live", "shipped"}, {"rejected", "declined"}, {"closed", "declined"}, {"won t do", "declined"},
            {"wont do", "declined"}};
}

}  // namespace retain
