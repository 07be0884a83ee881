// The synonym table. Each line gives a field key and its synonyms separated by `|`, each written as
//   [~]phrase[:strength][>field=value]
// `~` marks a phrase that may appear anywhere in the header (survey questions carry the product's name:
// "How likely are you to recommend Acme to a friend?"); `:0.8` a looser wording (default 1), which
// loses to a certain one when two columns want the same field; `>kind=nps` a value the header implies
// for another field of every row. Phrases are normalized when the table is built, so they are written
// the way a person reads them.
//
// What is deliberately left out (a wrong guess costs more than an unmapped column, which the user sees):
// - HubSpot/Salesforce "Annual Revenue" is the customer's own revenue, not ARR paid to us; "Number of
//   Employees"/"Employees" is company size, not seats; "Create Date"/"Created Date" is when a CRM record
//   was made, not when the customer signed; Salesforce "Type" is Prospect/Customer/Partner.
// - Stripe "Current Period Start"/Chargebee "Current Term Start" are the latest billing period, not the
//   subscription's start; Stripe "Canceled At" is when cancellation was asked for, so it only stands in
//   for the end when there is no "Ended At".
// - Chargebee "Plan Quantity": its "Plan Amount" already is unit price x quantity.
#include "io/header_synonyms.hpp"

#include <cstdlib>
#include <string_view>

#include "io/header_normalize.hpp"

namespace retain {
namespace {

struct SynonymLine {
    const char* field;
    const char* phrases;
};

// The ways a child row names its account, shared by every entity but accounts and CSMs (a line whose
// field the entity does not have, e.g. account_email for contacts, is skipped for that entity).
// Sources: Stripe "Customer ID"/"customer"/"Customer Name"/"Customer Email"/"Customer Description";
// Chargebee "Customer Id"/"Customer Email"/"Customer Company"; Zendesk "Organization"/"Requester email";
// HubSpot "Associated Company"/"Company Name"/"Primary Associated Company ID"; Salesforce "Account ID"/
// "Account Name"; Delighted/SurveyMonkey "Email"/"Email Address". A bare "Account" or "Customer" is
// taken as the id (Stripe's `customer` column holds cus_ ids); the importer can fall back to names.
const SynonymLine kAccountRefLines[] = {
    {"account", "account id|account:0.9|account number|company id|customer id|customer:0.9|organization id|"
                "organisation id|org id|client id|crm id:0.85|external account id|account external id|"
                "customer external id|associated company id|primary associated company id"},
    {"account_domain", "account domain|domain|company domain|company domain name|website|company website|"
                       "website url|customer domain|organization domain|email domain:0.9|requester domain"},
    {"account_name", "account name|company name|company|organization|organisation|organization name|org name|"
                     "customer name|customer company|customer description:0.9|client name|client:0.9|"
                     "associated company|business name|account:0.85|customer:0.85"},
    {"account_email", "email|email address|e-mail|customer email|requester email|respondent email|user email|"
                      "contact email|person email|recipient email|end user email|submitter email:0.8"},
};

// HubSpot companies export: Record ID, Company name, Company Domain Name, Industry, Company owner,
//   Lifecycle Stage, Original Traffic Source (older: Original Source Type), Became a Customer Date, Type,
//   Create Date, Number of Employees, Annual Revenue; API names hs_object_id, hubspot_owner_id.
// Salesforce accounts (report labels and Data Loader API names): Account ID/Id, Account Name/Name,
//   Website, Industry, Account Owner/OwnerId, Account Source/AccountSource, Account Number, Type.
// Stripe customers export: id, Name, Description, Email, Created (UTC), Currency, Delinquent.
// CS platforms and spreadsheets: CSM, Segment/Tier, Plan, Seats/Licenses, Renewal Date, MRR, ARR.
const SynonymLine kAccountLines[] = {
    {"id", "account id|record id|company id|customer id|account number|hs object id:0.9|crm id:0.85|"
           "external id:0.85|organization id|client id"},
    {"name", "account name|company name|company|organization|organisation|organization name|customer name|"
             "customer:0.85|client name|client:0.85|business name|legal name:0.9|display name:0.9|description:0.8"},
    {"domain", "website|company domain name|company domain|website url|web site|url:0.9|primary domain|"
               "domain name|company website"},
    {"email", "email address|e-mail|billing email|customer email|contact email:0.9|primary email"},
    {"industry", "vertical|sector|industry type"},
    {"segment", "customer segment|account segment|tier|customer tier|account tier|market segment|size segment"},
    {"owner", "account owner|company owner|csm|customer success manager|success manager|csm name|csm email|"
              "csm id|assigned csm|cs owner|account manager:0.9|owner name|owner email|owner id:0.9|"
              "hubspot owner:0.9|hubspot owner id:0.9"},
    {"plan", "plan name|current plan|subscription plan|pricing plan|product:0.85|edition:0.9|package:0.9"},
    {"seats", "seat count|number of seats|licenses|licences|license count|licensed users|user licenses|"
              "paid seats|contracted seats"},
    {"contract_start", "contract start|contract start date|start date:0.9|customer since|became a customer date|"
                       "became customer date|first contract date|signup date:0.85|signed date:0.85|"
                       "contract signed:0.85|close date:0.8"},
    {"renewal_date", "renewal date|next renewal date|next renewal|renewal|renews on|renewal due|"
                     "contract renewal date|contract end date:0.9|contract end:0.9|expiry date:0.85|"
                     "expiration date:0.85|term end date:0.85"},
    {"first_value", "first value date|first value|time to value date|ttv date|value realized date|"
                    "first value achieved|go live date:0.85|go-live date:0.85|activation date:0.8"},
    {"stage", "lifecycle stage|lifecycle|customer stage|journey stage|cs stage|customer lifecycle stage|"
              "customer journey stage|phase:0.8"},
    {"status", "account status|customer status|active status|churn status|state:0.8"},
    {"churn_date", "churn date|churned date|churned at|churned on|date churned|cancellation date|cancelled at|"
                   "canceled at|cancel date|lost date:0.9|ended at:0.85|end date:0.8"},
    {"churn_reason", "reason for churn|churned reason|cancellation reason|cancel reason|lost reason|reason lost|"
                     "loss reason"},
    {"tags", "tag|labels|account tags|company tags"},
    {"acquisition_source", "source|lead source|account source|original source|original source type|"
                           "original traffic source|acquisition channel|channel:0.85|how acquired"},
    {"current_mrr", "mrr|monthly recurring revenue|monthly revenue:0.9|mrr amount|recurring revenue:0.85"},
    {"current_arr", "arr|annual recurring revenue|acv:0.8|annual contract value:0.8|contract value:0.7"},
    {"currency", "currency code|billing currency"},
};

// Team sheets and CRM user exports (HubSpot users, Salesforce users): User ID, Name, Email, Capacity.
const SynonymLine kCsmLines[] = {
    {"id", "csm id|user id|owner id|employee id|team member id|rep id"},
    {"name", "csm|csm name|full name|user name:0.85|owner name|owner|rep|rep name|team member"},
    {"email", "email address|e-mail|work email|csm email|user email"},
    {"capacity", "max accounts|account capacity|book size:0.85|target accounts:0.85|max book size|account limit"},
};

// HubSpot contacts export: Record ID, First Name, Last Name, Email, Job Title, Company Name, Associated
//   Company, Contact owner, Last Activity Date. Salesforce contacts: Contact ID, First Name, Last Name,
//   Title, Email, Account Name, Account ID, Last Activity.
const SynonymLine kContactLines[] = {
    {"id", "contact id|record id|person id|lead id:0.8"},
    {"name", "full name|contact name|contact|person|person name"},
    {"first_name", "firstname|given name|forename"},
    {"last_name", "lastname|surname|family name"},
    {"email", "email address|e-mail|work email|contact email|business email"},
    {"role", "title|job title|position|job role|persona:0.8|function:0.7"},
    {"champion", "is champion|product champion|champion flag"},
    {"executive_sponsor", "exec sponsor|sponsor|is executive sponsor|executive|economic buyer:0.8"},
    {"left_company", "has left|left|departed|no longer at company|left the company"},
    {"last_engaged", "last engagement|last engagement date|last activity date|last activity|last contacted|"
                     "last contact date|last touch|last touch date|last interaction|last seen:0.8"},
};

// Stripe subscriptions export: id, Customer ID, Customer Name, Customer Email, Customer Description, Plan,
//   Product, Quantity, Amount, Interval, Currency, Status, Created (UTC), Start (UTC)/Start Date (UTC),
//   Current Period Start/End (UTC), Trial Start/End (UTC), Canceled At (UTC), Ended At (UTC).
// Chargebee subscriptions export: Subscription Id, Customer Id, Customer Email, Customer Company, Plan Id,
//   Plan Quantity, Plan Unit Price, Plan Amount, Billing Period, Billing Period Unit, Status, Started At,
//   Activated At, Created At, Cancelled At, Current Term Start/End, Currency Code, MRR.
// Baremetrics import template: plan_amount, plan_interval, plan_interval_count, subscription_started_at,
//   subscription_canceled_at, subscription_quantity.
const SynonymLine kSubscriptionLines[] = {
    {"id", "subscription id|subscription|sub id|subscription oid|subscription number"},
    {"plan", "plan id|plan name|plan nickname|product|product name|price id:0.8|item price id:0.85|"
             "plan oid:0.9|subscription plan"},
    {"start", "start date|started at|start at|subscription start|subscription start date|"
              "subscription started at|activated at:0.8|created:0.8|created at:0.8|created date:0.8|signup date:0.75"},
    {"end", "end date|ended at|ends at|subscription end|subscription end date|subscription ended at|"
            "cancelled at:0.85|canceled at:0.85|subscription canceled at:0.85|subscription cancelled at:0.85|"
            "cancellation date:0.85|churn date:0.8"},
    {"amount", "plan amount|price|plan price|subscription amount|recurring amount|unit amount:0.9|"
               "plan unit price:0.8|unit price:0.8|total:0.7"},
    {"interval", "billing interval|billing period unit|plan interval|billing frequency|billing cycle|"
                 "frequency:0.9|period unit|interval unit|term:0.8"},
    {"interval_count", "interval count|billing period|plan interval count|billing period count|billing interval count"},
    {"quantity", "subscription quantity|seats:0.85|licenses:0.85|units:0.85"},
    {"currency", "currency code|plan currency|billing currency"},
};

// Revenue-analytics exports (ChartMogul, Baremetrics, ProfitWell, Chargebee's MRR history): Customer,
//   Customer ID, Date or Month, MRR; Chargebee's monthly summary: reporting_month, mrr_billing_currency.
const SynonymLine kMrrLines[] = {
    {"month", "period|date:0.85|snapshot month|reporting month|mrr month|billing month|month start|month of|"
              "period start:0.9|as of:0.8"},
    {"mrr", "monthly recurring revenue|mrr amount|mrr billing currency:0.9|mrr reporting currency:0.9|"
            "recurring revenue:0.9|revenue:0.8|amount:0.8"},
};

// Product-analytics exports aggregated per account (Mixpanel, Amplitude, Pendo, warehouse sheets):
//   Account/Group ID, Date/Week/Month, Active Users/DAU/WAU/MAU, Sessions/Logins, then one count per feature.
const SynonymLine kUsageLines[] = {
    {"date", "day|week|week start|week of|week starting|month:0.85|period|period start|sample date|"
             "activity date:0.9|event date:0.9|timestamp:0.85"},
    {"active_users", "users|mau|wau|dau|monthly active users|weekly active users|daily active users|unique users|"
                     "active user count|distinct users|user count:0.9"},
    {"logins", "login count|log ins|sign ins|signins|number of logins|sessions:0.9|session count:0.9|visits:0.8"},
};

// Zendesk tickets CSV export: Id, Requester, Requester id, Requester external id, Requester email,
//   Submitter, Assignee, Group, Subject, Tags, Status, Priority, Via, Ticket type, Created at, Updated at,
//   Assigned at, Organization, Due date, Initially assigned at, Solved at, Resolution time, Satisfaction
//   Score (Not Offered/Offered/Good/Bad), Group stations, Assignee stations, Reopens, Replies, ...
// Freshdesk: Ticket ID, Status, Priority, Created time, Resolved time, Closed time, Company Name, Email.
// HubSpot tickets: Ticket ID, Create date, Close date, Ticket status, Priority.
const SynonymLine kTicketLines[] = {
    {"id", "ticket id|ticket|ticket number|case number|case id|issue key:0.8|conversation id:0.8"},
    {"opened", "created at|created|opened at|date opened|created date|creation date|date created|created time|"
               "create date|open date|submitted at:0.9|requested at:0.9"},
    {"closed", "solved at|closed at|resolved at|resolved|date closed|closed date|close date|resolution date|"
               "resolved time|closed time|solved|date solved|completed at:0.8"},
    {"priority", "ticket priority|severity:0.9|urgency:0.8"},
    {"status", "ticket status|state:0.9"},
    {"satisfaction", "satisfaction score|satisfaction rating|csat|customer satisfaction|csat rating|rating:0.8"},
};

// Delighted responses export: Email, Name, Score, Comment, Survey Type, Response Timestamp/Created At,
//   Tags, Notes. Typeform: "#", one column per question (its text), Start Date (UTC), Submit Date (UTC).
// SurveyMonkey: Respondent ID, Collector ID, Start Date, End Date, IP Address, Email Address, then one
//   column per question. NPS questions: "How likely are you to recommend ...", SurveyMonkey's "How likely
//   is it that you would recommend ..."; CSAT "How satisfied ..."; CES "How easy ...".
const SynonymLine kSurveyLines[] = {
    {"date", "created at|created|response date|responded at|response timestamp|response time|submitted at|"
             "submit date|submitted|date submitted|completed at|survey date|response created at|timestamp:0.9|"
             "end date:0.85|start date:0.7"},
    {"kind", "survey type|survey kind|survey:0.85|metric:0.85|type:0.8|question type:0.8"},
    {"score", "rating:0.9|response score|nps>kind=nps|nps score>kind=nps|net promoter score>kind=nps|"
              "likelihood to recommend>kind=nps|~how likely are you to recommend>kind=nps|"
              "~how likely is it that you would recommend>kind=nps|~how likely would you be to recommend>kind=nps|"
              "~would you recommend:0.9>kind=nps|csat>kind=csat|csat score>kind=csat|satisfaction score>kind=csat|"
              "customer satisfaction>kind=csat|satisfaction:0.9>kind=csat|~how satisfied:0.95>kind=csat|"
              "ces>kind=ces|ces score>kind=ces|customer effort score>kind=ces|effort score>kind=ces|"
              "~how easy:0.9>kind=ces"},
    {"comment", "comments|feedback|reason|verbatim|response text|open feedback|additional comments|"
                "~reason for your score|~what is the main reason:0.95|~why did you give:0.9|text:0.8|notes:0.8|why:0.8"},
};

// HubSpot activities export: Activity date, Activity type (CALL/EMAIL/MEETING/NOTE/TASK), Call outcome,
//   Meeting outcome, Activity assigned to, Associated Company. Salesforce activities: Date, Type, Subject,
//   Comments, Assigned, Account Name. CS platforms' timeline exports: Date, Type, Notes, Owner, Account.
const SynonymLine kTouchpointLines[] = {
    {"date", "activity date|meeting date|call date|engagement date|touchpoint date|occurred at|happened at|"
             "timestamp:0.9|created at:0.8|start time:0.8"},
    {"kind", "type|activity type|engagement type|touchpoint type|interaction type|channel:0.9|call type:0.8|"
             "meeting type:0.8"},
    {"outcome", "result|call outcome|meeting outcome|disposition|notes:0.9|summary:0.9|comments:0.85|"
                "description:0.8|subject:0.7"},
    {"csm", "owner|assigned to|activity assigned to|assigned|activity owner|rep|csm id|csm email|csm name|"
            "owner name|logged by:0.9|assignee:0.9|user:0.85|created by:0.8"},
};

// Productboard notes export: Note title, Note text, Company domain, Owner, Created at, Tags. Canny: Title,
//   Details, Status, Category, Author, Created. Jira: Summary, Description, Issue Type, Status, Component,
//   Reporter, Created. CSMs' spreadsheets: Date, Account, Type, Request, Area, Status, Competitor.
const SynonymLine kFeedbackLines[] = {
    {"date", "created at|created|date logged|logged at|reported at|submitted at|submitted|timestamp:0.9"},
    {"kind", "type|feedback type|issue type|request type|kind of feedback"},
    {"title", "request|feature request|summary|subject|idea|note title|headline|topic:0.8|name:0.7"},
    {"detail", "details|description|note text|body|comment|comments|verbatim|notes:0.9|text:0.8"},
    {"area", "product area|component|module|feature area|category|product:0.8|tags:0.7"},
    {"status", "state|request status|feedback status|stage:0.8"},
    {"author", "reported by|logged by|submitted by|reporter|csm|csm id|owner:0.9|created by:0.9|user:0.8"},
    {"competitor", "competitor name|competing product|competition|alternative:0.8"},
};

struct Table {
    const SynonymLine* lines;
    size_t count;
};

template <size_t N>
Table table(const SynonymLine (&lines)[N]) { return {lines, N}; }

Table own_lines(ImportEntity entity) {
    switch (entity) {
        case ImportEntity::accounts: return table(kAccountLines);
        case ImportEntity::csms: return table(kCsmLines);
        case ImportEntity::contacts: return table(kContactLines);
        case ImportEntity::subscriptions: return table(kSubscriptionLines);
        case ImportEntity::mrr: return table(kMrrLines);
        case ImportEntity::usage: return table(kUsageLines);
        case ImportEntity::tickets: return table(kTicketLines);
        case ImportEntity::surveys: return table(kSurveyLines);
        case ImportEntity::touchpoints: return table(kTouchpointLines);
        case ImportEntity::feedback: return table(kFeedbackLines);
    }
    return {nullptr, 0};
}

// One `[~]phrase[:strength][>field=value]` item; false (with `problem` set) when it is malformed.
bool parse_item(ImportEntity entity, int field, std::string_view item, HeaderSynonym& out, std::string& problem) {
    out = HeaderSynonym{};
    out.field = field;
    if (!item.empty() && item.front() == '~') {
        out.contained = true;
        item.remove_prefix(1);
    }
    const size_t implies = item.find('>');
    if (implies != std::string_view::npos) {
        const std::string_view rule = item.substr(implies + 1);
        item = item.substr(0, implies);
        const size_t eq = rule.find('=');
        out.implies_field = eq == std::string_view::npos ? -1 : find_field(entity, rule.substr(0, eq));
        if (out.implies_field < 0) {
            problem = "bad implication \"" + std::string(rule) + "\"";
            return false;
        }
        out.implies_value = std::string(rule.substr(eq + 1));
    }
    const size_t colon = item.find(':');
    if (colon != std::string_view::npos) {
        const std::string number(item.substr(colon + 1));
        item = item.substr(0, colon);
        char* end = nullptr;
        out.strength = std::strtod(number.c_str(), &end);
        if (number.empty() || *end != '\0' || !(out.strength > 0 && out.strength <= 1)) {
            problem = "bad strength \"" + number + "\"";
            return false;
        }
    }
    out.phrase = normalize_header(item);
    if (out.phrase.empty()) {
        problem = "empty phrase";
        return false;
    }
    return true;
}

void add_lines(ImportEntity entity, Table t, bool skip_missing_fields, std::vector<HeaderSynonym>& out,
               std::vector<std::string>* problems) {
    const EntityInfo& info = entity_info(entity);
    for (size_t i = 0; i < t.count; ++i) {
        const int field = find_field(entity, t.lines[i].field);
        if (field < 0) {
            if (!skip_missing_fields && problems)
                problems->push_back(std::string(info.key) + ": unknown field \"" + t.lines[i].field + "\"");
            continue;
        }
        const std::string_view all = t.lines[i].phrases;
        size_t start = 0;
        while (start <= all.size()) {
            size_t end = all.find('|', start);
            if (end == std::string_view::npos) end = all.size();
            HeaderSynonym synonym;
            std::string problem;
            if (parse_item(entity, field, all.substr(start, end - start), synonym, problem))
                out.push_back(std::move(synonym));
            else if (problems)
                problems->push_back(std::string(info.key) + "." + t.lines[i].field + ": " + problem);
            start = end + 1;
        }
    }
}

// Drops a synonym that repeats an earlier one for the same field (a key written like its label, a
// table phrase equal to the key), and reports a phrase that names two fields equally surely: which
// field such a header gets would depend on the order of the table.
std::vector<HeaderSynonym> without_repeats(ImportEntity entity, std::vector<HeaderSynonym> all,
                                           std::vector<std::string>* problems) {
    const EntityInfo& info = entity_info(entity);
    std::vector<HeaderSynonym> out;
    for (HeaderSynonym& s : all) {
        bool repeat = false;
        for (const HeaderSynonym& kept : out) {
            if (kept.phrase != s.phrase || kept.contained != s.contained) continue;
            if (kept.field == s.field) repeat = true;
            else if (kept.strength == s.strength && problems)
                problems->push_back(std::string(info.key) + ": \"" + s.phrase + "\" names both " +
                                    info.fields[static_cast<size_t>(kept.field)].key + " and " +
                                    info.fields[static_cast<size_t>(s.field)].key + " at strength " +
                                    std::to_string(s.strength));
        }
        if (!repeat) out.push_back(std::move(s));
    }
    return out;
}

std::vector<HeaderSynonym> build(ImportEntity entity, std::vector<std::string>* problems) {
    std::vector<HeaderSynonym> all;
    const std::vector<ImportField>& fields = entity_info(entity).fields;
    for (size_t f = 0; f < fields.size(); ++f) {
        for (const char* name : {fields[f].key, fields[f].label}) {
            HeaderSynonym own;
            own.field = static_cast<int>(f);
            own.phrase = normalize_header(name);
            all.push_back(std::move(own));
        }
    }
    if (needs_account(entity)) add_lines(entity, table(kAccountRefLines), true, all, problems);
    add_lines(entity, own_lines(entity), false, all, problems);
    return without_repeats(entity, std::move(all), problems);
}

}  // namespace

const std::vector<HeaderSynonym>& header_synonyms(ImportEntity entity) {
    static const std::vector<std::vector<HeaderSynonym>> all = [] {
        std::vector<std::vector<HeaderSynonym>> v;
        for (const EntityInfo& info : import_catalog()) v.push_back(build(info.entity, nullptr));
        return v;
    }();
    return all[static_cast<size_t>(entity)];
}

const std::vector<std::string>& entity_prefix_words(ImportEntity entity) {
    static const std::vector<std::vector<std::string>> words = {
        {"account", "company", "customer", "organization", "organisation", "client"},  // accounts
        {"csm", "user", "owner", "rep"},                                                // csms
        {"contact", "person"},                                                          // contacts
        {"subscription", "sub"},                                                        // subscriptions
        {"mrr", "snapshot"},                                                            // mrr
        {"usage"},                                                                      // usage
        {"ticket", "case"},                                                             // tickets
        {"survey", "response", "nps"},                                                  // surveys
        {"touchpoint", "activity", "engagement", "interaction"},                        // touchpoints
        {"feedback", "request", "idea", "note"},                                        // feedback
    };
    return words[static_cast<size_t>(entity)];
}

std::vector<std::string> header_synonym_table_problems() {
    std::vector<std::string> problems;
    for (const EntityInfo& info : import_catalog()) build(info.entity, &problems);
    return problems;
}

}  // namespace retain
