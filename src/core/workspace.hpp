// The workspace: every record a CS team keeps about its customers, the one source of truth.
//
// Layout: one contiguous std::vector per entity, rows referring to their account by index (AccountIx)
// rather than by pointer, and one id -> index map for accounts. That keeps 100,000 accounts and millions
// of dated rows cache-friendly, trivially copyable for undo, and simple to serialize. External ids (the
// CRM's, the billing system's) are kept as text and are what files and the automation API use.
// Time-series rows (MRR, usage, tickets, surveys, touchpoints) are kept sorted by (account, date) so an
// account's rows are one contiguous range; sort_rows() restores that after bulk edits.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/health/scorecard.hpp"
#include "core/journey/handoff.hpp"
#include "core/journey/journey.hpp"
#include "core/journey/success_plan.hpp"
#include "core/mapping_preset.hpp"
#include "core/metrics/metric_settings.hpp"
#include "core/money.hpp"
#include "core/segments/segment_rules.hpp"
#include "core/team/team_settings.hpp"
#include "core/playbooks/playbook.hpp"
#include "core/program/program.hpp"
#include "core/renewals/renewal_outcome.hpp"
#include "core/voice/account_notes.hpp"
#include "core/voice/feedback.hpp"

namespace retain {

using AccountIx = uint32_t;
constexpr AccountIx kNoAccount = UINT32_MAX;

enum class AccountStatus : uint8_t { active, churned };

// The customer journey stages of the guides (onboarding -> advocacy).
enum class LifecycleStage : uint8_t { onboarding, adoption, value_realization, renewal, expansion, advocacy };
constexpr int kLifecycleStageCount = 6;

struct Account {
    std::string id;             // stable external id (CRM / billing)
    std::string name;
    std::string domain;
    std::string industry;
    std::string segment;        // "Enterprise", "Mid-market", "SMB" or the team's own names
    std::string owner;          // CSM id; "" = unassigned (pooled / tech-touch)
    std::string plan;
    std::string acquisition_source;  // "Outbound", "Inbound", "Partner", ... (for the sales feedback loop)
    int32_t seats = 0;
    Date contract_start;
    Date renewal_date;
    Date first_value;           // when the customer first reached the value they bought (time to value)
    LifecycleStage stage = LifecycleStage::onboarding;
    AccountStatus status = AccountStatus::active;
    Date churn_date;
    std::string churn_reason;
    std::vector<std::string> tags;
    std::vector<std::pair<std::string, std::string>> custom;  // sorted by key
};

struct Csm {
    std::string id;
    std::string name;
    std::string email;
    int32_t capacity = 0;  // accounts this CSM can carry; 0 = not set
};

struct Contact {
    AccountIx account = kNoAccount;
    std::string id;
    std::string name;
    std::string email;
    std::string role;
    bool champion = false;
    bool executive_sponsor = false;
    bool left_company = false;
    Date last_engaged;
    Date first_engaged;  // first seen / first meaningful interaction (the "new executive" trigger); may be empty
};

enum class BillingInterval : uint8_t { month, year };

// A subscription as billing exports give it; end is empty while the subscription runs.
struct SubscriptionPeriod {
    AccountIx account = kNoAccount;
    std::string id;
    std::string plan;
    Date start;
    Date end;
    Money amount;  // per billing interval
    BillingInterval interval = BillingInterval::month;
};

// The account's MRR for one calendar month, as revenue tools export it.
struct MrrSnapshot {
    AccountIx account = kNoAccount;
    Month month;
    Money mrr;
};

constexpr int kMaxKeyFeatures = 8;

struct UsageSample {
    AccountIx account = kNoAccount;
    Date date;
    int32_t active_users = 0;
    int32_t logins = 0;
    std::array<int32_t, kMaxKeyFeatures> feature_uses{};  // columns named by Workspace::key_features
};

enum class TicketPriority : uint8_t { low, normal, high, urgent };
enum class TicketStatus : uint8_t { open, pending, solved, closed };
enum class TicketSatisfaction : uint8_t { none, good, bad };

struct Ticket {
    AccountIx account = kNoAccount;
    std::string id;
    Date opened;
    Date closed;  // empty while open
    TicketPriority priority = TicketPriority::normal;
    TicketStatus status = TicketStatus::open;
    TicketSatisfaction satisfaction = TicketSatisfaction::none;
};

enum class SurveyKind : uint8_t { nps, csat, ces };

struct SurveyResponse {
    AccountIx account = kNoAccount;
    Date date;
    SurveyKind kind = SurveyKind::nps;
    int8_t score = 0;  // NPS 0-10, CSAT 1-5, CES 1-7
    std::string comment;
};

enum class TouchpointKind : uint8_t { call, email, meeting, qbr, training };

struct Touchpoint {
    AccountIx account = kNoAccount;
    Date date;
    TouchpointKind kind = TouchpointKind::call;
    std::string outcome;  // free text: "positive", "no response"
    std::string csm;      // CSM id
    std::string notes;    // what was discussed, agreed, next steps
};

struct WorkspaceSettings {
    std::string name = "Untitled workspace";
    std::string currency = "USD";
    // The "today" the workspace's numbers are read at. Empty = the real current date; the demo sets it
    // so that its story (renewals due, recent churn) reads the same on any day.
    Date as_of;
};

struct Workspace {
    WorkspaceSettings settings;
    std::vector<std::string> key_features;  // names of UsageSample::feature_uses columns
    std::vector<Csm> csms;
    std::vector<Account> accounts;
    std::vector<Contact> contacts;
    std::vector<SubscriptionPeriod> subscriptions;
    std::vector<MrrSnapshot> mrr;
    std::vector<UsageSample> usage;
    std::vector<Ticket> tickets;
    std::vector<SurveyResponse> surveys;
    std::vector<Touchpoint> touchpoints;
    std::vector<MappingPreset> mapping_presets;  // the team's saved column mappings (never built-in ones)
    // How the team scores health (docs/metrics.md "Health score") and the CSMs' overrides of it.
    Scorecard scorecard = default_scorecard();
    std::vector<HealthOverride> health_overrides;
    MetricSettings metric_settings;  // gross margin, CS team cost, baseline churn (docs/metrics.md)
    // Who gets which engagement model, and how many accounts a CSM should carry (docs/metrics.md
    // "Segments and engagement models", "Team capacity").
    SegmentRules segment_rules = default_segment_rules();
    TeamSettings team_settings;
    // The playbooks the team runs (the built-in library until they change it) and the tasks they made
    // (docs/playbooks.md); tasks name accounts and playbooks by id.
    std::vector<Playbook> playbooks = builtin_playbooks();
    std::vector<Task> tasks;
    // What happened at past renewals, as recorded by the CSMs (core/renewals/renewal_outcome.hpp).
    std::vector<RenewalOutcome> renewal_outcomes;
    // Voice of the customer: feedback items (core/voice/feedback.hpp) and account notes
    // (core/voice/account_notes.hpp), both naming accounts by id, in the order they were logged.
    std::vector<FeedbackItem> feedback;
    std::vector<AccountNote> notes;
    // The CS program: charter, the eight steps ticked, the 90-day launch plan (core/program/program.hpp).
    Program program;
    // The customer journey, success plans and sales-to-CS handoffs as the CSMs record them
    // (core/journey/, docs/metrics.md "Customer journey"); all name accounts by id.
    JourneyData journey;
    std::vector<SuccessPlan> success_plans;
    std::vector<Handoff> handoffs;

    // id -> index; rebuilt by reindex() after accounts are added or removed.
    std::unordered_map<std::string, AccountIx> account_index;

    AccountIx find_account(const std::string& id) const;
    const Csm* find_csm(const std::string& id) const;
    // Rebuilds account_index. Returns false (and leaves the first duplicate id in *duplicate) when two
    // accounts share an id.
    bool reindex(std::string* duplicate = nullptr);
    // Sorts every dated table by (account, date) so each account's rows form one range.
    void sort_rows();
    bool empty() const { return accounts.empty(); }
};

// The half-open range [begin, end) of rows in a table sorted by account that belong to one account.
template <typename Row>
std::pair<size_t, size_t> rows_of(const std::vector<Row>& rows, AccountIx account);

// Text names of the enums, as they appear in files and in the UI.
const char* to_string(AccountStatus s);
const char* to_string(LifecycleStage s);
const char* lifecycle_stage_label(LifecycleStage s);  // "Value realization"
const char* to_string(BillingInterval s);
const char* to_string(TicketPriority s);
const char* to_string(TicketStatus s);
const char* to_string(TicketSatisfaction s);
const char* to_string(SurveyKind s);
const char* to_string(TouchpointKind s);

bool parse_enum(const std::string& text, AccountStatus& out);
bool parse_enum(const std::string& text, LifecycleStage& out);
bool parse_enum(const std::string& text, BillingInterval& out);
bool parse_enum(const std::string& text, TicketPriority& out);
bool parse_enum(const std::string& text, TicketStatus& out);
bool parse_enum(const std::string& text, TicketSatisfaction& out);
bool parse_enum(const std::string& text, SurveyKind& out);
bool parse_enum(const std::string& text, TouchpointKind& out);

// ---- template definitions ----
template <typename Row>
std::pair<size_t, size_t> rows_of(const std::vector<Row>& rows, AccountIx account) {
    size_t lo = 0, hi = rows.size();
    while (lo < hi) {  // first row with row.account >= account
        const size_t mid = lo + (hi - lo) / 2;
        if (rows[mid].account < account) lo = mid + 1; else hi = mid;
    }
    size_t end = lo;
    size_t hi2 = rows.size();
    while (end < hi2) {  // first row with row.account > account
        const size_t mid = end + (hi2 - end) / 2;
        if (rows[mid].account <= account) end = mid + 1; else hi2 = mid;
    }
    return {lo, end};
}

}  // namespace retain
