// The import catalog (see import_fields.hpp): every entity a file can be imported as and the fields its
// columns can map to. Field order matters in two places: account references are listed in order of
// preference (id, domain, name, e-mail), and the mapping editor shows fields in this order.
#include "io/import_fields.hpp"

#include <string>

#include "io/header_normalize.hpp"
#include "io/import_enum_words.hpp"

namespace retain {
namespace {

using K = ValueKind;
using N = FieldNeed;

ImportField field(const char* key, const char* label, ValueKind kind, FieldNeed need, const char* description) {
    ImportField f;
    f.key = key;
    f.label = label;
    f.kind = kind;
    f.need = need;
    f.description = description;
    return f;
}

ImportField enum_field(const char* key, const char* label, FieldNeed need, const char* description,
                       std::vector<EnumWord> words) {
    ImportField f = field(key, label, K::enumeration, need, description);
    f.words = std::move(words);
    return f;
}

ImportField import_only(ImportField f) {
    f.stored = false;
    return f;
}

// The alternative ways a child row names its account (issue 3: an id column, or a domain or account
// name matched by the importer). `with_email` adds a person's e-mail, which support, survey and billing
// exports carry where they carry nothing else.
std::vector<ImportField> account_refs(bool with_email) {
    std::vector<ImportField> refs = {
        field("account", "Account ID", K::text, N::account_ref, "The account's id, as in the accounts file."),
        field("account_domain", "Account domain", K::text, N::account_ref,
              "The account's web domain; matched to the accounts' domains."),
        field("account_name", "Account name", K::text, N::account_ref,
              "The account's name; matched to the accounts' names (case and spacing ignored)."),
    };
    if (with_email)
        refs.push_back(field("account_email", "Account e-mail", K::text, N::account_ref,
                             "The e-mail address of someone at the account; its domain is matched to the accounts' domains."));
    return refs;
}

std::vector<ImportField> with_refs(std::vector<ImportField> refs, std::vector<ImportField> rest) {
    for (ImportField& f : rest) refs.push_back(std::move(f));
    return refs;
}

std::vector<ImportField> account_fields() {
    return {
        field("id", "Account ID", K::text, N::required,
              "The account's stable id in your CRM or billing system; other files name the account by it."),
        field("name", "Name", K::text, N::optional, "The company's name."),
        field("domain", "Domain", K::text, N::optional,
              "The company's web domain (a website address is reduced to its host); files without an account id are matched by it."),
        import_only(field("email", "E-mail", K::text, N::optional,
                          "A billing or main contact e-mail; its domain stands for the account's domain when no domain column is mapped.")),
        field("industry", "Industry", K::text, N::optional, "The customer's industry."),
        field("segment", "Segment", K::text, N::optional, "Enterprise, Mid-market, SMB or your own tier names."),
        field("owner", "Owner (CSM)", K::text, N::optional,
              "The CSM who owns the account: a CSM id, name or e-mail, matched to the team list."),
        field("plan", "Plan", K::text, N::optional, "The current plan or edition."),
        field("seats", "Seats", K::integer, N::optional,
              "Seats or licences under contract now (not the customer's own employee count)."),
        field("contract_start", "Contract start", K::date, N::optional,
              "When the customer relationship began; a current MRR or ARR counts from this date."),
        field("renewal_date", "Renewal date", K::date, N::optional, "The next renewal (for a churned account, the one it did not make)."),
        field("first_value", "First value date", K::date, N::optional,
              "When the customer first reached the outcome it bought (time to value starts at the contract start)."),
        enum_field("stage", "Lifecycle stage", N::optional,
                   "Where the customer is in its journey: onboarding, adoption, value realization, renewal, expansion, advocacy.",
                   lifecycle_stage_words()),
        enum_field("status", "Status", N::optional, "Active or churned.", account_status_words()),
        field("churn_date", "Churn date", K::date, N::optional, "The day it stopped being a customer."),
        field("churn_reason", "Churn reason", K::text, N::optional, "Why it left."),
        field("tags", "Tags", K::text_list, N::optional, "Labels, several in one cell separated by ; or ,."),
        field("acquisition_source", "Acquisition source", K::text, N::optional,
              "How the customer was won: inbound, outbound, partner, self-serve, ..."),
        import_only(field("current_mrr", "Current MRR", K::money, N::optional,
                          "The account's monthly recurring revenue now; it stands as its MRR from contract start (or the import date) when no subscriptions or MRR snapshots are imported.")),
        import_only(field("currency", "Currency", K::text, N::optional,
                          "The currency code of the account's money values; values in another currency than the workspace's are reported.")),
        import_only(field("current_arr", "Current ARR", K::money, N::optional,
                          "Annual recurring revenue now, counted as one twelfth a month like current MRR. Not the company's own annual revenue.")),
    };
}

std::vector<ImportField> csm_fields() {
    return {
        field("id", "CSM ID", K::text, N::required, "The CSM's id; accounts' owners and touchpoints refer to it."),
        field("name", "Name", K::text, N::optional, "The CSM's name."),
        field("email", "E-mail", K::text, N::optional, "The CSM's e-mail address."),
        field("capacity", "Capacity", K::integer, N::optional, "How many accounts this CSM can carry."),
    };
}

std::vector<ImportField> contact_fields() {
    return with_refs(account_refs(false), {
        field("id", "Contact ID", K::text, N::optional, "The contact's id in your CRM."),
        field("name", "Name", K::text, N::optional, "The contact's full name."),
        import_only(field("first_name", "First name", K::text, N::optional, "Joined with the last name into the name.")),
        import_only(field("last_name", "Last name", K::text, N::optional, "Joined with the first name into the name.")),
        field("email", "E-mail", K::text, N::optional, "The contact's e-mail address."),
        field("role", "Role", K::text, N::optional, "Job title or role."),
        field("champion", "Champion", K::boolean, N::optional, "The internal advocate for the product."),
        field("executive_sponsor", "Executive sponsor", K::boolean, N::optional, "The executive who owns the relationship."),
        field("left_company", "Left company", K::boolean, N::optional, "No longer at the customer (a lost champion is a churn risk)."),
        field("last_engaged", "Last engaged", K::date, N::optional, "The last meaningful interaction."),
    });
}

std::vector<ImportField> subscription_fields() {
    return with_refs(account_refs(true), {
        field("id", "Subscription ID", K::text, N::optional, "The billing system's id of the subscription."),
        field("plan", "Plan", K::text, N::optional, "The plan or price it bills."),
        field("start", "Start", K::date, N::required, "The first day it ran."),
        field("end", "End", K::date, N::optional, "The first day it no longer ran; blank while it runs."),
        field("amount", "Amount", K::money, N::required, "What it bills per interval (per unit when a quantity is mapped)."),
        enum_field("interval", "Billing interval", N::optional,
                   "Month or year; an annual amount counts as one twelfth a month.", billing_interval_words()),
        import_only(field("interval_count", "Intervals per period", K::integer, N::optional,
                          "Billed every this many intervals (3 months = quarterly); the amount is divided by it.")),
        import_only(field("quantity", "Quantity", K::integer, N::optional,
                          "Units billed (e.g. seats); the amount is multiplied by it.")),
        import_only(field("currency", "Currency", K::text, N::optional,
                          "The amount's currency code; rows in another currency than the workspace's are reported.")),
    });
}

std::vector<ImportField> mrr_fields() {
    return with_refs(account_refs(true), {
        field("month", "Month", K::month, N::required, "The calendar month (a date in it is taken as its month)."),
        field("mrr", "MRR", K::money, N::required, "The account's monthly recurring revenue that month."),
    });
}

std::vector<ImportField> usage_fields() {
    return with_refs(account_refs(true), {
        field("date", "Date", K::date, N::required, "The day (or first day of the week or month) the counts cover."),
        field("active_users", "Active users", K::integer, N::optional, "Distinct users active in the period."),
        field("logins", "Logins", K::integer, N::optional, "Logins or sessions in the period."),
    });
}

std::vector<ImportField> ticket_fields() {
    return with_refs(account_refs(true), {
        field("id", "Ticket ID", K::text, N::optional, "The help desk's ticket number."),
        field("opened", "Opened", K::date, N::required, "When the ticket was created."),
        field("closed", "Closed", K::date, N::optional, "When it was solved or closed; blank while open."),
        enum_field("priority", "Priority", N::optional, "Low, normal, high or urgent.", ticket_priority_words()),
        enum_field("status", "Status", N::optional, "Open, pending, solved or closed.", ticket_status_words()),
        enum_field("satisfaction", "Satisfaction", N::optional, "The customer's rating: good, bad or none.",
                   ticket_satisfaction_words()),
    });
}

std::vector<ImportField> survey_fields() {
    return with_refs(account_refs(true), {
        field("date", "Date", K::date, N::required, "When the response was given."),
        enum_field("kind", "Survey kind", N::required,
                   "NPS, CSAT or CES; a file of one kind can set it for every row instead of a column.",
                   survey_kind_words()),
        field("score", "Score", K::integer, N::required, "NPS 0-10, CSAT 1-5, CES 1-7."),
        field("comment", "Comment", K::text, N::optional, "The respondent's words."),
    });
}

std::vector<ImportField> touchpoint_fields() {
    return with_refs(account_refs(true), {
        field("date", "Date", K::date, N::required, "When it happened."),
        enum_field("kind", "Kind", N::optional, "Call, email, meeting, QBR or training.", touchpoint_kind_words()),
        field("outcome", "Outcome", K::text, N::optional, "What came of it, in free text."),
        field("csm", "CSM", K::text, N::optional, "Who on the team took part: a CSM id, name or e-mail."),
    });
}

std::vector<ImportField> feedback_fields() {
    return with_refs(account_refs(true), {
        field("date", "Date", K::date, N::required, "When the customer said it (or it was logged)."),
        enum_field("kind", "Kind", N::optional, "Feature request, bug, pain point, competitor mention or praise.",
                   feedback_kind_words()),
        field("title", "Title", K::text, N::required,
              "The request in a few words; items with the same title form one request on the board."),
        field("detail", "Detail", K::text, N::optional, "What the customer said, in full."),
        field("area", "Product area", K::text, N::optional, "Reporting, Integrations, ..."),
        enum_field("status", "Status", N::optional, "New, under review, planned, shipped or declined.",
                   feedback_status_words()),
        field("author", "Author", K::text, N::optional, "Who logged it: a CSM id."),
        field("competitor", "Competitor", K::text, N::optional, "For competitor mentions: who they named."),
    });
}

std::vector<EntityInfo> build_catalog() {
    const char* not_imported = "not imported";
    return {
        {ImportEntity::accounts, "accounts", "Accounts", "account", "kept as custom fields, named by their header", account_fields()},
        {ImportEntity::csms, "csms", "CSMs", "CSM", not_imported, csm_fields()},
        {ImportEntity::contacts, "contacts", "Contacts", "contact", not_imported, contact_fields()},
        {ImportEntity::subscriptions, "subscriptions", "Subscriptions", "subscription", not_imported, subscription_fields()},
        {ImportEntity::mrr, "mrr", "MRR snapshots", "MRR snapshot", not_imported, mrr_fields()},
        {ImportEntity::usage, "usage", "Usage", "usage", "numeric columns become key-feature counts (up to 8), named by their header", usage_fields()},
        {ImportEntity::tickets, "tickets", "Tickets", "ticket", not_imported, ticket_fields()},
        {ImportEntity::surveys, "surveys", "Survey responses", "survey", not_imported, survey_fields()},
        {ImportEntity::touchpoints, "touchpoints", "Touchpoints", "touchpoint", not_imported, touchpoint_fields()},
        {ImportEntity::feedback, "feedback", "Feedback", "feedback item", not_imported, feedback_fields()},
    };
}

}  // namespace

const std::vector<EntityInfo>& import_catalog() {
    static const std::vector<EntityInfo> catalog = build_catalog();
    return catalog;
}

const EntityInfo& entity_info(ImportEntity entity) { return import_catalog()[static_cast<size_t>(entity)]; }

bool needs_account(ImportEntity entity) {
    return entity != ImportEntity::accounts && entity != ImportEntity::csms;
}

bool parse_import_entity(std::string_view text, ImportEntity& out) {
    const std::string wanted = normalize_header(text);
    if (wanted.empty()) return false;
    for (const EntityInfo& info : import_catalog()) {
        for (const char* name : {info.key, info.label, info.noun}) {
            if (normalize_header(name) == wanted) {
                out = info.entity;
                return true;
            }
        }
    }
    struct Alias {
        const char* word;
        ImportEntity entity;
    };
    static const Alias aliases[] = {
        {"companies", ImportEntity::accounts},  {"company", ImportEntity::accounts},
        {"customers", ImportEntity::accounts},  {"team", ImportEntity::csms},
        {"people", ImportEntity::contacts},     {"mrr snapshot", ImportEntity::mrr},
        {"surveys", ImportEntity::surveys},     {"responses", ImportEntity::surveys},
        {"activities", ImportEntity::touchpoints},  {"feature requests", ImportEntity::feedback},
        {"requests", ImportEntity::feedback},
    };
    for (const Alias& alias : aliases) {
        if (wanted == alias.word) {
            out = alias.entity;
            return true;
        }
    }
    return false;
}

int find_field(ImportEntity entity, std::string_view key) {
    const std::vector<ImportField>& fields = entity_info(entity).fields;
    for (size_t i = 0; i < fields.size(); ++i)
        if (key == fields[i].key) return static_cast<int>(i);
    return -1;
}

const char* match_enum_word(const ImportField& field, std::string_view text) {
    const std::string word = normalize_header(text);
    if (word.empty()) return nullptr;
    for (const EnumWord& w : field.words)  // written normalized (import_enum_words.cpp)
        if (word == w.word) return w.value;
    return nullptr;
}

const char* to_string(ValueKind kind) {
    switch (kind) {
        case ValueKind::text: return "text";
        case ValueKind::text_list: return "list of text";
        case ValueKind::date: return "date";
        case ValueKind::month: return "month";
        case ValueKind::money: return "money";
        case ValueKind::integer: return "integer";
        case ValueKind::boolean: return "yes/no";
        case ValueKind::enumeration: return "enum";
    }
    return "text";
}

}  // namespace retain
