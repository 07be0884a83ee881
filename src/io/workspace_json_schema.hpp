// The keys of the workspace file, part by part and field by field (docs/workspace-format.md): the one list
// the writer (workspace_json_writer.cpp) and the reader (workspace_json_decode.cpp) both follow, so what is
// written and what is read cannot drift apart.
//
// - A record (an object of settings / csms / accounts / contacts, or a row of a table) is a tuple of Fields
//   in file order. The writer writes them in that order; the reader finds them by name, in any order.
// - A field's JSON form follows from the type of the member it fills: std::string is text, Date a date,
//   int32_t a count, Money money, an enum its name, AccountIx the account's id. Adding a field is one line
//   here; a new type of value is one case in write_value and one in decode_value.
#pragma once
#include <cstddef>
#include <tuple>
#include <utility>

#include "core/workspace.hpp"

namespace retain::workspace_json {

// Whether a table row must have a field; a required date must also not be empty. Objects have no required
// keys: a missing key keeps the struct's default.
enum Need : bool { optional = false, required = true };

template <typename MemberPointer>
struct MemberPointerTraits;
template <typename Holder, typename T>
struct MemberPointerTraits<T Holder::*> {
    using holder = Holder;
};

// One key of a record: its name in the file and the member it fills (`Member` = &Ticket::opened).
template <auto Member, Need N = optional>
struct Field {
    using Record = typename MemberPointerTraits<decltype(Member)>::holder;
    static constexpr Need need = N;
    const char* name;

    template <typename R>
    static constexpr auto& of(R& record) { return record.*Member; }
};

// A top-level part of the document: its key, the Workspace member it fills (`Member` = &Workspace::mrr)
// and the fields of its records.
template <auto Member, typename... Fields>
struct Part {
    static constexpr auto member = Member;
    const char* name;
    std::tuple<Fields...> fields;
};

template <auto Member, typename... Fields>
constexpr Part<Member, Fields...> part(const char* name, Fields... fields) {
    return {name, {fields...}};
}

// Calls fn(item) for each item of a tuple, in order.
template <typename Tuple, typename Fn>
constexpr void for_each_in(const Tuple& items, Fn&& fn) {
    std::apply([&](const auto&... item) { (fn(item), ...); }, items);
}

// ---- the document, in file order ----
// schema and version come first: `head -1` identifies a file, and a reader knows the version before the
// data (the streaming reader decodes rows while parsing only once it has checked them).
constexpr const char* kSchemaKey = "schema";
constexpr const char* kVersionKey = "version";

constexpr auto kSettings = part<&Workspace::settings>("settings",
    Field<&WorkspaceSettings::name>{"name"},
    Field<&WorkspaceSettings::currency>{"currency"},
    Field<&WorkspaceSettings::as_of>{"as_of"});

constexpr const char* kKeyFeaturesKey = "key_features";

// Lists of objects, one object per line.
constexpr auto kCsms = part<&Workspace::csms>("csms",
    Field<&Csm::id>{"id"},
    Field<&Csm::name>{"name"},
    Field<&Csm::email>{"email"},
    Field<&Csm::capacity>{"capacity"});

constexpr auto kAccounts = part<&Workspace::accounts>("accounts",
    Field<&Account::id>{"id"},
    Field<&Account::name>{"name"},
    Field<&Account::domain>{"domain"},
    Field<&Account::industry>{"industry"},
    Field<&Account::segment>{"segment"},
    Field<&Account::owner>{"owner"},
    Field<&Account::plan>{"plan"},
    Field<&Account::acquisition_source>{"acquisition_source"},
    Field<&Account::seats>{"seats"},
    Field<&Account::contract_start>{"contract_start"},
    Field<&Account::renewal_date>{"renewal_date"},
    Field<&Account::first_value>{"first_value"},
    Field<&Account::stage>{"stage"},
    Field<&Account::status>{"status"},
    Field<&Account::churn_date>{"churn_date"},
    Field<&Account::churn_reason>{"churn_reason"},
    Field<&Account::tags>{"tags"},
    Field<&Account::custom>{"custom"});

constexpr auto kContacts = part<&Workspace::contacts>("contacts",
    Field<&Contact::account>{"account"},
    Field<&Contact::id>{"id"},
    Field<&Contact::name>{"name"},
    Field<&Contact::email>{"email"},
    Field<&Contact::role>{"role"},
    Field<&Contact::champion>{"champion"},
    Field<&Contact::executive_sponsor>{"executive_sponsor"},
    Field<&Contact::left_company>{"left_company"},
    Field<&Contact::last_engaged>{"last_engaged"},
    Field<&Contact::first_engaged>{"first_engaged"});

// Tables, {"fields": [...], "rows": [[...], ...]}: columns are found by the names in "fields".
constexpr auto kSubscriptions = part<&Workspace::subscriptions>("subscriptions",
    Field<&SubscriptionPeriod::account, required>{"account"},
    Field<&SubscriptionPeriod::id>{"id"},
    Field<&SubscriptionPeriod::plan>{"plan"},
    Field<&SubscriptionPeriod::start, required>{"start"},
    Field<&SubscriptionPeriod::end>{"end"},
    Field<&SubscriptionPeriod::amount, required>{"amount"},
    Field<&SubscriptionPeriod::interval>{"interval"});

constexpr auto kMrr = part<&Workspace::mrr>("mrr",
    Field<&MrrSnapshot::account, required>{"account"},
    Field<&MrrSnapshot::month, required>{"month"},
    Field<&MrrSnapshot::mrr, required>{"mrr"});

// Usage has one more column per key feature, kFeatureFieldPrefix + its name, after these.
constexpr auto kUsage = part<&Workspace::usage>("usage",
    Field<&UsageSample::account, required>{"account"},
    Field<&UsageSample::date, required>{"date"},
    Field<&UsageSample::active_users>{"active_users"},
    Field<&UsageSample::logins>{"logins"});
constexpr const char* kFeatureFieldPrefix = "feature:";

constexpr auto kTickets = part<&Workspace::tickets>("tickets",
    Field<&Ticket::account, required>{"account"},
    Field<&Ticket::id>{"id"},
    Field<&Ticket::opened, required>{"opened"},
    Field<&Ticket::closed>{"closed"},
    Field<&Ticket::priority>{"priority"},
    Field<&Ticket::status>{"status"},
    Field<&Ticket::satisfaction>{"satisfaction"});

constexpr auto kSurveys = part<&Workspace::surveys>("surveys",
    Field<&SurveyResponse::account, required>{"account"},
    Field<&SurveyResponse::date, required>{"date"},
    Field<&SurveyResponse::kind, required>{"kind"},
    Field<&SurveyResponse::score, required>{"score"},
    Field<&SurveyResponse::comment>{"comment"});

constexpr auto kTouchpoints = part<&Workspace::touchpoints>("touchpoints",
    Field<&Touchpoint::account, required>{"account"},
    Field<&Touchpoint::date, required>{"date"},
    Field<&Touchpoint::kind>{"kind"},
    Field<&Touchpoint::outcome>{"outcome"},
    Field<&Touchpoint::csm>{"csm"},
    Field<&Touchpoint::notes>{"notes"});

constexpr std::tuple kTables{kSubscriptions, kMrr, kUsage, kTickets, kSurveys, kTouchpoints};

// The team's saved column mappings, one object a line, in the form of io/mapping_presets.hpp (version 2).
constexpr const char* kMappingPresetsKey = "mapping_presets";
// The health scorecard, the CSMs' overrides and the metric settings, in the forms of
// io/health_config_json.hpp (version 2). A file without them gets the defaults.
constexpr const char* kScorecardKey = "scorecard";
constexpr const char* kHealthOverridesKey = "health_overrides";
constexpr const char* kMetricSettingsKey = "metric_settings";
// The segment rules and team settings, in the forms of io/team_config_json.hpp. A file without them gets
// the defaults.
constexpr const char* kSegmentRulesKey = "segment_rules";
constexpr const char* kTeamSettingsKey = "team_settings";
// The playbooks (only when they differ from the built-in library) and the tasks they made, in the forms of
// io/playbooks_json.hpp. Absent: the library and no tasks.
constexpr const char* kPlaybooksKey = "playbooks";
constexpr const char* kTasksKey = "tasks";
// Recorded renewal outcomes, in the form of io/renewal_outcomes_json.hpp. Absent: none.
constexpr const char* kRenewalOutcomesKey = "renewal_outcomes";
// Feedback items and account notes, in the forms of io/voice_json.hpp. Absent: none.
constexpr const char* kFeedbackKey = "feedback";
constexpr const char* kNotesKey = "notes";
// The CS program (charter, steps, launch plan), in the form of io/program_json.hpp. Absent: nothing written.
constexpr const char* kProgramKey = "program";
// The journey (recorded milestones, stage dates), its settings, success plans and handoffs, in the forms of
// io/journey_json.hpp. Absent: none recorded, the default stuck thresholds.
constexpr const char* kJourneyKey = "journey";
constexpr const char* kJourneySettingsKey = "journey_settings";
constexpr const char* kSuccessPlansKey = "success_plans";
constexpr const char* kHandoffsKey = "handoffs";
constexpr size_t kTableCount = std::tuple_size_v<decltype(kTables)>;

// Every key the top level may have; any other is an error.
constexpr const char* kTopLevelKeys[] = {kSchemaKey,        kVersionKey,  kSettings.name,  kKeyFeaturesKey,
                                         kCsms.name,        kAccounts.name, kContacts.name, kSubscriptions.name,
                                         kMrr.name,         kUsage.name,  kTickets.name,   kSurveys.name,
                                         kTouchpoints.name, kMappingPresetsKey, kScorecardKey,
                                         kHealthOverridesKey, kMetricSettingsKey, kSegmentRulesKey,
                                         kTeamSettingsKey, kPlaybooksKey, kTasksKey,
                                         kRenewalOutcomesKey, kFeedbackKey, kNotesKey, kProgramKey,
                                         kJourneyKey, kJourneySettingsKey, kSuccessPlansKey, kHandoffsKey};

}  // namespace retain::workspace_json
