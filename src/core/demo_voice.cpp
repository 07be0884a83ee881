#include "core/demo_voice.hpp"

#include <algorithm>

#include "core/demo_random.hpp"

namespace retain {
namespace {

using demo::mix;
using demo::Rng;

// Who tends to ask: struggling accounts ask for fixes and name competitors, healthy ones ask for more.
enum Audience : uint8_t { kAnyone, kStruggling, kThriving };

struct DemoRequest {
    FeedbackKind kind;
    const char* area;
    const char* title;
    FeedbackStatus status;  // where product has it: every item of the request shares it
    Audience audience;
    const char* detail;
};

using K = FeedbackKind;
using S = FeedbackStatus;
// Most popular first: requests are drawn with a bias to the front of the list.
const DemoRequest kRequests[] = {
    {K::feature_request, "Integrations", "SSO with Okta and Azure AD", S::planned, kAnyone,
     "IT will not roll it out to more teams without single sign-on."},
    {K::feature_request, "Reporting", "Scheduled PDF reports by email", S::under_review, kAnyone,
     "Leadership wants the weekly dashboard in their inbox on Monday morning."},
    {K::pain_point, "Performance", "Dashboards load slowly with large datasets", S::planned, kStruggling,
     "Dashboards over a year of data take more than 20 seconds to open."},
    {K::feature_request, "Integrations", "Native Salesforce sync", S::under_review, kAnyone,
     "They export CSVs to Salesforce by hand every week."},
    {K::bug, "Data import", "CSV import fails on semicolon-separated files", S::shipped, kStruggling,
     "Exports from their European ERP use semicolons and the import rejects them."},
    {K::feature_request, "Reporting", "Custom fields in report builder", S::new_item, kAnyone,
     "They track region and contract type as custom fields and cannot report on them."},
    {K::pain_point, "Onboarding", "Too hard to onboard new team members", S::under_review, kStruggling,
     "New analysts need a week of hand-holding before they build their first dashboard."},
    {K::feature_request, "Administration", "Audit log of user changes", S::planned, kAnyone,
     "Security review asks who changed permissions and when."},
    {K::feature_request, "Collaboration", "Comments and mentions on dashboards", S::new_item, kThriving,
     "Teams discuss numbers in chat with screenshots instead of on the dashboard."},
    {K::bug, "Alerts", "Alert emails arrive hours late", S::shipped, kStruggling,
     "Threshold alerts for daily KPIs arrive the next morning."},
    {K::feature_request, "Mobile", "Mobile app for dashboards", S::declined, kAnyone,
     "Field managers want to check numbers on their phones."},
    {K::pain_point, "Pricing", "Seat pricing too expensive for occasional viewers", S::under_review, kStruggling,
     "Half their users only look at one dashboard a month."},
    {K::feature_request, "API", "Higher API rate limits", S::new_item, kThriving,
     "Their nightly sync hits the rate limit and retries for an hour."},
    {K::feature_request, "Integrations", "Snowflake connector", S::planned, kThriving,
     "The data team moved the warehouse to Snowflake."},
    {K::bug, "Reporting", "Chart totals wrong after timezone change", S::shipped, kAnyone,
     "Daily totals shift by one day for their APAC team."},
    {K::feature_request, "Administration", "Role-based permissions per workspace", S::under_review, kAnyone,
     "Contractors should see only their client's dashboards."},
    {K::pain_point, "Support", "Support responses take too long", S::under_review, kStruggling,
     "Their last two urgent tickets waited more than a day for a first answer."},
    {K::feature_request, "Reporting", "Export dashboards to PowerPoint", S::new_item, kAnyone,
     "They rebuild the charts in slides for every board meeting."},
    {K::feature_request, "Data import", "Incremental refresh for large tables", S::planned, kThriving,
     "Full refreshes of their 50M-row table take all night."},
    {K::feature_request, "Localization", "German and French interface", S::new_item, kAnyone,
     "Their operations teams in Germany and France prefer their own language."},
    {K::bug, "Alerts", "Slack notifications stop after token expiry", S::under_review, kAnyone,
     "Alerts silently stop until someone reconnects Slack."},
    {K::feature_request, "Collaboration", "Shared dashboard templates", S::new_item, kThriving,
     "Each region rebuilds the same dashboard from scratch."},
};

struct DemoMention {
    const char* competitor;
    const char* title;
    const char* area;
};
const DemoMention kMentions[] = {
    {"Looker", "Evaluating Looker for the data team", "Competition"},
    {"Tableau", "Tableau offered a discount at renewal", "Pricing"},
    {"Power BI", "Power BI comes free with their Microsoft licences", "Pricing"},
    {"Metabase", "Engineers trialling Metabase", "Competition"},
};

const char* const kPraise[] = {"Dashboards saved hours in the monthly close", "The new editor is much faster",
                               "Support solved the import issue the same day", "Leadership loves the weekly report"};

const char* const kNotesHealthy[] = {
    "Good call with the champion: rolling out to the finance team next quarter.",
    "QBR went well; they asked about the Business plan for more seats.",
    "Sponsor happy with adoption; agreed to be a reference for their industry.",
    "Walked the new analysts through report building; follow-up training booked.",
    "Discussed the Snowflake migration timeline; no blockers on our side."};
const char* const kNotesStruggling[] = {
    "Champion is leaving at the end of the month; need a new sponsor before renewal.",
    "Usage dropped after their reorg. Asked for a plan to re-onboard the new team.",
    "Budget review in progress: procurement asked for a discount to renew.",
    "Escalated the slow dashboards to product; customer frustrated with support times.",
    "They mentioned evaluating other tools. Booked an exec call to review value delivered."};

bool struggling(const Account& a) {
    return a.status == AccountStatus::churned ||
           std::find(a.tags.begin(), a.tags.end(), "at-risk") != a.tags.end();
}

// An index biased to the front of a list of n (the popular requests): the smaller of two draws.
size_t popular(Rng& r, size_t n) { return std::min(size_t(r.next() % n), size_t(r.next() % n)); }

// A day in the year before `end`, not before `from`; empty when there is none.
Date day_between(Rng& r, Date from, Date end) {
    const Date start = std::max(from, end.plus_days(-365));
    if (!start.ok() || end < start) return {};
    return start.plus_days(r.between(0, end - start));
}

}  // namespace

void add_demo_voice(Workspace& ws, uint64_t seed) {
    const Date end = ws.settings.as_of;
    if (!end.ok()) return;
    constexpr size_t kRequestCount = sizeof kRequests / sizeof kRequests[0];
    for (size_t i = 0; i < ws.accounts.size(); ++i) {
        const Account& a = ws.accounts[i];
        Rng r(mix(mix(seed ^ mix(i)) + 0xF33Du));
        const bool hurting = struggling(a);
        const Date until = a.status == AccountStatus::churned ? std::min(end, a.churn_date) : end;
        const int32_t asks = a.segment == "Enterprise" ? r.between(1, 4) : a.segment == "Mid-market" ? r.between(0, 2)
                                                                                                    : (r.chance(0.3) ? 1 : 0);
        for (int32_t k = 0; k < asks; ++k) {
            FeedbackItem f;
            f.account = a.id;
            f.author = a.owner;
            f.date = day_between(r, a.contract_start, until);
            if (!f.date.ok()) break;
            const DemoRequest& q = kRequests[popular(r, kRequestCount)];
            // Requests meant for the other audience are passed over most of the time.
            const bool fits = q.audience == kAnyone || (q.audience == kStruggling) == hurting;
            if (!fits && r.chance(0.7)) continue;
            f.kind = q.kind;
            f.area = q.area;
            f.title = q.title;
            f.status = q.status;
            f.detail = q.detail;
            ws.feedback.push_back(std::move(f));
        }
        if (hurting && r.chance(0.35)) {
            const DemoMention& m = r.pick(kMentions);
            FeedbackItem f{"", a.id, K::competitor_mention, m.title, "", "", m.area, S::new_item, {}, a.owner, m.competitor};
            f.date = day_between(r, a.contract_start, until);
            if (f.date.ok()) ws.feedback.push_back(std::move(f));
        }
        if (!hurting && r.chance(0.12)) {
            FeedbackItem f{"", a.id, K::praise, r.pick(kPraise), "", "", "", S::new_item, {}, a.owner, ""};
            f.date = day_between(r, a.contract_start, until);
            if (f.date.ok()) ws.feedback.push_back(std::move(f));
        }
        if (a.owner.empty()) continue;  // pooled accounts have no CSM writing notes
        const int32_t notes = r.between(0, a.segment == "Enterprise" ? 3 : 2);
        for (int32_t k = 0; k < notes; ++k) {
            AccountNote n;
            n.account = a.id;
            n.author = a.owner;
            n.date = day_between(r, a.contract_start, until);
            n.text = hurting ? r.pick(kNotesStruggling) : r.pick(kNotesHealthy);
            if (n.date.ok()) ws.notes.push_back(std::move(n));
        }
    }
    // Logged in date order, as a team would have logged them; ids follow that order.
    std::stable_sort(ws.feedback.begin(), ws.feedback.end(),
                     [](const FeedbackItem& x, const FeedbackItem& y) { return x.date < y.date; });
    std::stable_sort(ws.notes.begin(), ws.notes.end(), [](const AccountNote& x, const AccountNote& y) { return x.date < y.date; });
    for (size_t i = 0; i < ws.feedback.size(); ++i) ws.feedback[i].id = "FB-" + std::to_string(i + 1);
    for (size_t i = 0; i < ws.notes.size(); ++i) ws.notes[i].id = "N-" + std::to_string(i + 1);
}

}  // namespace retain
