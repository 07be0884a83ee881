// The demo generator (see demo_generator.hpp for the story it tells).
//
// Index
//   1. Random numbers        splitmix64 streams, one per (account, purpose)
//   2. Word lists            company words, industries, people, roles, comments
//   3. Segments and plans    everything that differs between Enterprise, Mid-market and SMB
//   4. Calendar helpers      anniversaries, Mondays, random days
//   5. An account's life     start, churn, reactivation, decline, champion loss, seat and MRR changes
//   6. Records               account, contacts, MRR, usage, tickets, surveys, touchpoints
//   7. generate_demo         the team, the book of accounts, ticket ids
//
// Determinism rules: only integer arithmetic and IEEE + - * / on doubles (bit-identical on x86-64 and
// wasm), no libm, no std:: distributions, no iteration over unordered containers, and every sort has a
// total order.
#include "core/demo_generator.hpp"
#include "core/demo_random.hpp"
#include "core/demo_voice.hpp"

#include "core/journey/journey_demo.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

namespace retain {
namespace {

using demo::mix;
using demo::Rng;

// ---------------------------------------------------------------------------------------------------
// 1. Random numbers
// ---------------------------------------------------------------------------------------------------
// mix() and Rng live in demo_random.hpp (the voice-of-customer demo data uses them too).

// What a stream is used for. Each part of an account's story has its own sequence, so a change to how
// tickets are made does not reshuffle every account's usage.
enum Purpose : uint64_t { kSlot = 1, kLife, kProfile, kUsage, kTickets, kSurveys, kTouchpoints, kContacts, kValue };

Rng stream(uint64_t seed, uint64_t slot, Purpose purpose) { return Rng(mix(mix(seed ^ mix(slot)) + purpose)); }

int32_t round_to_int(double x) { return x <= 0 ? 0 : int32_t(x + 0.5); }

// ---------------------------------------------------------------------------------------------------
// 2. Word lists
// ---------------------------------------------------------------------------------------------------
// `ascii` is the spelling used in domains and e-mail addresses when the display text is not plain ASCII.
struct Word {
    const char* text;
    const char* ascii = nullptr;
};

const Word kCompanyWords[] = {
    {"Apex"}, {"Beacon"}, {"Bluebird"}, {"Brightline"}, {"Cascade"}, {"Cedar"}, {"Copperleaf"},
    {"Crestview"}, {"Evergreen"}, {"Fairway"}, {"Foxglove"}, {"Granite"}, {"Harbor"}, {"Highland"},
    {"Ironwood"}, {"Juniper"}, {"Keystone"}, {"Lakeshore"}, {"Lighthouse"}, {"Maple"}, {"Meridian"},
    {"Northstar"}, {"Oakridge"}, {"Orchard"}, {"Pinnacle"}, {"Prairie"}, {"Quarry"}, {"Redwood"},
    {"Riverbend"}, {"Sagebrush"}, {"Silverline"}, {"Stonegate"}, {"Summit"}, {"Tidewater"},
    {"Trailhead"}, {"Upland"}, {"Vantage"}, {"Westbrook"}, {"Willow"}, {"Zenith"}, {"Alder"},
    {"Birchwood"}, {"Compass"}, {"Driftwood"}, {"Falcon"}, {"Greenfield"}, {"Halcyon"}, {"Kestrel"},
    {"Larkspur"}, {"Mosaic"}, {"Nimbus"}, {"Obsidian"}, {"Pioneer"}, {"Quillon"}, {"Sable"},
    {"Bj\xC3\xB6rk", "bjork"}, {"S\xC3\xB8rensen", "sorensen"}, {"Cr\xC3\xA8me", "creme"},
    {"M\xC3\xBCller", "muller"}, {"Sa\xC3\xBA" "de", "saude"},
};

struct Industry {
    const char* name;
    int32_t per_mille;  // share of accounts
    const char* nouns[5];
};

constexpr Industry kIndustries[] = {
    {"Software", 200, {"Labs", "Software", "Systems", "Cloud", "Digital"}},
    {"Financial Services", 120, {"Capital", "Financial", "Credit Union", "Wealth", "Insurance"}},
    {"Healthcare", 120, {"Health", "Clinics", "Medical", "Care Partners", "Diagnostics"}},
    {"Retail & E-commerce", 140, {"Outfitters", "Market", "Goods", "Supply Co.", "Home"}},
    {"Manufacturing", 120, {"Manufacturing", "Industries", "Fabrication", "Components", "Tooling"}},
    {"Logistics", 100, {"Logistics", "Freight", "Transport", "Shipping", "Fulfillment"}},
    {"Education", 80, {"Academy", "Learning", "Schools", "Education", "Institute"}},
    {"Media", 60, {"Media", "Studios", "Publishing", "Broadcasting", "Creative"}},
    {"Professional Services", 60, {"Consulting", "Advisors", "Legal", "Partners", "Group"}},
};

constexpr int32_t industry_share_total() {
    int32_t total = 0;
    for (const Industry& i : kIndustries) total += i.per_mille;
    return total;
}
static_assert(industry_share_total() == 1000, "industry shares must add up to 1000 per mille");

const Word kFirstNames[] = {
    {"Olivia"}, {"Liam"}, {"Amara"}, {"Noah"}, {"Sofia"}, {"Ethan"}, {"Aisha"}, {"Mateo"}, {"Chloe"},
    {"Kenji"}, {"Grace"}, {"Omar"}, {"Isabel"}, {"Lucas"}, {"Mei"}, {"Samuel"}, {"Nadia"}, {"Arjun"},
    {"Emma"}, {"Diego"}, {"Hannah"}, {"Tariq"}, {"Freya"}, {"Jonah"}, {"Leila"}, {"Marcus"}, {"Ingrid"},
    {"Caleb"}, {"Yuki"}, {"Rosa"}, {"Victor"}, {"Elena"}, {"Kwame"}, {"Julia"}, {"Ravi"}, {"Claire"},
    {"Jos\xC3\xA9", "jose"}, {"Zo\xC3\xAB", "zoe"}, {"S\xC3\xB8ren", "soren"}, {"Ren\xC3\xA9" "e", "renee"},
};

const Word kLastNames[] = {
    {"Garcia"}, {"Nguyen"}, {"Patel"}, {"Kim"}, {"Johnson"}, {"Okafor"}, {"Rossi"}, {"Schmidt"},
    {"Tanaka"}, {"Williams"}, {"Haddad"}, {"Kowalski"}, {"Lindqvist"}, {"Mensah"}, {"Dubois"},
    {"Fernandes"}, {"Brennan"}, {"Cohen"}, {"Singh"}, {"Larsen"}, {"Morales"}, {"Ito"}, {"Novak"},
    {"Campbell"}, {"Reyes"}, {"Andersen"}, {"Yilmaz"}, {"Walker"}, {"Chowdhury"}, {"Bianchi"},
    {"M\xC3\xBCller", "muller"}, {"Nu\xC3\xB1" "ez", "nunez"}, {"O'Brien", "obrien"},
};

// The founding CS team (name, e-mail local part); a bigger book of accounts gets more CSMs with
// generated names.
const Word kCsmNames[] = {{"Maya Chen", "maya.chen"},         {"Daniel Okafor", "daniel.okafor"},
                          {"Priya Raman", "priya.raman"},     {"Lucas Moreau", "lucas.moreau"},
                          {"Hannah Schultz", "hannah.schultz"}, {"Tom\xC3\xA1s \xC3\x81lvarez", "tomas.alvarez"}};

const char* const kRegions[] = {"North America", "EMEA", "APAC", "LATAM"};
const int32_t kRegionPerMille[] = {550, 280, 120, 50};

const char* const kKeyFeatures[] = {"Dashboards", "Reports", "Integrations", "Alerts", "API"};
constexpr int kFeatureCount = 5;

const char* const kPromoterComments[] = {
    "Dashboards save our ops team hours every week", "Great onboarding and a responsive CSM",
    "Our executives read the weekly report every Monday", "The integrations just work",
    "Alerts caught a supply issue before our customers did"};
const char* const kPassiveComments[] = {
    "Solid product, reporting could be more flexible", "Good, but the price keeps going up",
    "Works well once set up; setup took a while", "We would like more export options"};
const char* const kDetractorComments[] = {
    "Hard to get the team to adopt it", "Integrations keep breaking after updates",
    "Support response times are too slow", "We lost the person who set this up",
    "Too expensive for what we use"};

const char* const kChurnReasonsDecline[] = {"Low adoption", "Low adoption", "Switched to competitor",
                                            "Product gaps"};
const char* const kOutcomesStressed[] = {"no response", "escalation", "budget concerns", "neutral"};
const char* const kOutcomesHealthy[] = {"positive", "positive", "neutral", "follow-up scheduled",
                                        "expansion interest"};

const char* const kChurnReasonsOther[] = {"Budget cuts", "Acquired by another company",
                                          "Switched to competitor", "Price"};

// ---------------------------------------------------------------------------------------------------
// 3. Segments and plans
// ---------------------------------------------------------------------------------------------------
enum Segment { kEnterprise, kMidMarket, kSmb };
constexpr int kSegmentCount = 3;

struct SegmentProfile {
    const char* name;
    int32_t per_mille;            // share of accounts
    int32_t seats_lo, seats_hi;
    int32_t discount_max_pct;
    double annual_share;          // billed annually (churn at renewal) vs monthly (churn any month)
    double renewal_churn;         // chance of not renewing at an anniversary, before risk scaling
    double monthly_churn;         // chance of cancelling in a month (monthly billing)
    double expansion, contraction;  // chance of a seat change in a month
    double tickets;               // tickets a month for a healthy account
    double reactivation;          // chance a churned account comes back
    int32_t contacts_lo, contacts_hi;
    int32_t csm_book;             // accounts one CSM of this segment carries (sizes the team)
    int32_t csm_capacity;
    double assigned_share;        // accounts with a named CSM; the rest are pooled (tech-touch)
    int32_t source_per_mille[4];  // Inbound, Outbound, Partner, Self-serve
};

const SegmentProfile kSegments[kSegmentCount] = {
    {"Enterprise", 100, 110, 480, 15, 1.0, 0.06, 0.0, 0.045, 0.010, 1.8, 0.12, 4, 7, 12, 15, 1.0,
     {250, 500, 250, 0}},
    {"Mid-market", 300, 18, 80, 10, 1.0, 0.095, 0.0, 0.040, 0.012, 0.9, 0.20, 2, 4, 25, 30, 1.0,
     {400, 350, 150, 100}},
    {"SMB", 600, 3, 20, 0, 0.30, 0.13, 0.0105, 0.028, 0.012, 0.3, 0.30, 1, 3, 50, 60, 0.35,
     {400, 50, 100, 450}},
};

const char* const kSources[] = {"Inbound", "Outbound", "Partner", "Self-serve"};
// Partner-referred customers stay longer, self-serve ones leave sooner: the sales feedback loop has
// something to find.
const double kSourceChurnFactor[] = {1.0, 1.15, 0.75, 1.35};

struct Plan {
    const char* name;
    int64_t seat_price;  // minor units per seat per month, list price
    int64_t minimum;     // minor units per month
};
enum PlanId : uint8_t { kStarter, kTeam, kBusiness, kEnterprisePlan };
const Plan kPlans[] = {{"Starter", 2500, 9900}, {"Team", 4000, 19900}, {"Business", 6000, 90000},
                       {"Enterprise", 8000, 500000}};

int64_t plan_mrr(PlanId plan, int32_t seats, int32_t discount_pct) {
    const int64_t list = kPlans[plan].seat_price * seats * (100 - discount_pct);
    const int64_t whole_dollars = divide_rounded(list, 100 * 100) * 100;  // prices are quoted in dollars
    return std::max(whole_dollars, kPlans[plan].minimum);
}

// ---------------------------------------------------------------------------------------------------
// 4. Calendar helpers
// ---------------------------------------------------------------------------------------------------
Date anniversary(Date start, int32_t years) {
    Ymd ymd = start.ymd();
    ymd.year += years;
    if (ymd.month == 2 && ymd.day == 29 && !is_leap_year(ymd.year)) ymd.day = 28;
    return Date::from_ymd(ymd);
}

// The first anniversary of start on or after d (never start itself).
Date anniversary_on_or_after(Date start, Date d) {
    int32_t k = std::max(1, d.ymd().year - start.ymd().year - 1);
    while (anniversary(start, k) < d) ++k;
    return anniversary(start, k);
}

Date first_monday_on_or_after(Date d) { return d.plus_days((7 - d.weekday()) % 7); }

Date random_day(Rng& r, Month m) {
    return m.first_day().plus_days(r.between(0, days_in_month(m.year(), m.month()) - 1));
}

// ---------------------------------------------------------------------------------------------------
// 5. An account's life
// ---------------------------------------------------------------------------------------------------
struct Change {  // seats and price in effect from `date`
    Date date;
    int32_t seats = 0;
    int64_t mrr = 0;
    PlanId plan = kStarter;
    bool expansion = false;
};

struct Life {
    Segment segment = kSmb;
    Date start;
    Date churn;           // stopped paying; may lie after `end` (active now, at risk, already declining)
    Date returned;        // came back after the churn (a reactivation)
    Date decline_start;   // usage starts falling towards the churn; empty when it does not
    Date champion_left;
    double health = 0.5;  // latent fit: drives churn risk, usage, expansion and survey scores
    bool annual = true;
    int32_t source = 0;
    int32_t discount = 0;
    std::vector<Change> changes;

    bool active_at(Date d) const {
        if (d < start) return false;
        if (churn.ok() && d >= churn) return returned.ok() && d >= returned;
        return true;
    }
    bool churned_by(Date end) const { return churn.ok() && churn <= end && !returned.ok(); }
    // 1 before the decline, falling linearly to 0.25 at the churn date.
    double decline_factor(Date d) const {
        if (!decline_start.ok() || d < decline_start || d >= churn) return 1.0;
        return 1.0 - 0.75 * double(d - decline_start) / double(churn - decline_start);
    }
    bool stressed_at(Date d) const {
        const bool before_churn = !churn.ok() || d < churn;
        return decline_factor(d) < 0.95 || (champion_left.ok() && d >= champion_left && before_churn);
    }
    const Change& change_at(Date d) const {  // the change in effect on d (the first one before start)
        size_t i = 0;
        while (i + 1 < changes.size() && changes[i + 1].date <= d) ++i;
        return changes[i];
    }
};

struct Window {
    Date end;
    Month first_month, last_month;
    Date first_day;  // first day of first_month
};

void decide_churn(Life& life, Rng& r, const Window& w) {
    const SegmentProfile& p = kSegments[life.segment];
    const double risk = (0.35 + 1.3 * (1.0 - life.health)) * kSourceChurnFactor[life.source];
    const Date horizon = w.end.plus_days(120);  // churns just after `end` show as declining accounts now
    // A churn comes after at least one month-end MRR snapshot in the window, so the data shows it.
    const Date earliest = std::max(w.first_month.plus(1).first_day(), Month::of(life.start).plus(1).first_day());
    if (life.annual) {
        for (int32_t k = 1;; ++k) {
            const Date a = anniversary(life.start, k);
            if (a > horizon) break;
            if (a < earliest) continue;
            if (r.chance(p.renewal_churn * risk)) { life.churn = a; break; }
        }
    } else {
        for (Month m = Month::of(earliest); m <= Month::of(horizon); m = m.plus(1)) {
            if (!r.chance(p.monthly_churn * risk)) continue;
            life.churn = std::max(random_day(r, m), std::max(earliest, life.start.plus_days(30)));
            break;
        }
    }
    if (!life.churn.ok()) {
        // Some champions leave accounts that stay: a risk signal that does not always end in churn.
        const Date from = std::max(life.start.plus_days(60), w.first_day);
        if (from < w.end && r.chance(0.05)) life.champion_left = from.plus_days(r.between(0, w.end - from));
        return;
    }

    if (life.churn <= w.end.plus_days(-60) && r.chance(p.reactivation)) {
        const Date back = life.churn.plus_days(r.between(75, 300));
        if (back <= w.end.plus_days(-14)) life.returned = back;
    }
    // Most churns are preceded by two to four months of falling usage; some come out of the blue
    // (budget cuts, acquisitions).
    if (r.chance(0.8)) {
        life.decline_start = std::max(life.churn.plus_days(-r.between(60, 120)), life.start.plus_days(14));
        if (life.decline_start >= life.churn) life.decline_start = Date{};
        // The champion leaving is often where it starts.
        if (life.decline_start.ok() && r.chance(0.35)) {
            const Date left = life.decline_start.plus_days(-r.between(10, 60));
            if (left > life.start && left <= w.end) life.champion_left = left;
        }
    }
}

void simulate_seats(Life& life, Rng& r, const Window& w) {
    const SegmentProfile& p = kSegments[life.segment];
    const int32_t span = p.seats_hi - p.seats_lo;
    const double u = r.unit();
    int32_t seats = p.seats_lo + round_to_int(span * u * u);  // most accounts are small for their segment
    PlanId plan = life.segment == kEnterprise ? kEnterprisePlan
                  : life.segment == kMidMarket ? kBusiness
                  : r.chance(0.6)             ? kStarter
                                              : kTeam;
    life.changes.push_back({life.start, seats, plan_mrr(plan, seats, life.discount), plan, false});

    // Seat changes are simulated through the window only: for an older account the draw above is its
    // size when the window opens (compounding years of unseen expansions would inflate it).
    const Month last = Month::of(w.end);
    const int32_t most_seats = 2 * p.seats_hi;
    for (Month m = std::max(Month::of(life.start), w.first_month).plus(1); m <= last; m = m.plus(1)) {
        if (life.returned.ok() && Month::of(life.returned) == m) {
            seats = std::max(1, round_to_int(seats * (0.6 + 0.4 * r.unit())));  // they come back smaller
            life.changes.push_back({life.returned, seats, plan_mrr(plan, seats, life.discount), plan, false});
        }
        const Date d = random_day(r, m);
        const double roll = r.unit();
        if (d > w.end || !life.active_at(d) || d <= life.changes.back().date) continue;
        const bool stressed = life.stressed_at(d);
        const double p_expand = p.expansion * (0.4 + 1.2 * life.health) * (stressed ? 0.1 : 1.0);
        const double p_contract = p.contraction * (1.6 - life.health) * (stressed ? 5.0 : 1.0);
        const double p_upgrade = plan == kStarter ? 0.012 * life.health : 0.0;
        bool expansion = false;
        if (roll < p_expand) {
            seats = std::min(most_seats, seats + std::max(1, round_to_int(seats * (0.08 + 0.27 * r.unit()))));
            expansion = true;
        } else if (roll < p_expand + p_contract) {
            const int32_t fewer = std::max(1, round_to_int(seats * (0.08 + 0.22 * r.unit())));
            seats = std::max(std::max(1, p.seats_lo / 2), seats - fewer);
        } else if (roll < p_expand + p_contract + p_upgrade) {
            plan = kTeam;
            expansion = true;
        } else {
            continue;
        }
        const int64_t mrr = plan_mrr(plan, seats, life.discount);
        if (mrr == life.changes.back().mrr && seats == life.changes.back().seats) continue;
        life.changes.push_back({d, seats, mrr, plan, expansion});
    }
}

// ---------------------------------------------------------------------------------------------------
// 6. Records
// ---------------------------------------------------------------------------------------------------
// Puts the rows made for one account (from `first` on) in date order, so the whole table is already
// sorted by (account, date) and Workspace::sort_rows() has nothing to do.
template <typename Row, typename DateOf>
void sort_new_rows(std::vector<Row>& rows, size_t first, DateOf date_of) {
    std::stable_sort(rows.begin() + std::ptrdiff_t(first), rows.end(),
                     [&](const Row& a, const Row& b) { return date_of(a) < date_of(b); });
}

struct Names {
    std::unordered_map<std::string, int32_t> used;  // looked up only, never iterated
    // "Apex Labs", then "Apex Labs 2", ... once the word combinations run out.
    std::string unique(const std::string& base, int32_t* suffix) {
        const int32_t n = ++used[base];
        *suffix = n;
        return n == 1 ? base : base + " " + std::to_string(n);
    }
};

std::string ascii_slug(const Word& w) {
    std::string out;
    for (const char* c = w.ascii ? w.ascii : w.text; *c; ++c) {
        const char ch = *c;
        if (ch >= 'A' && ch <= 'Z') out += char(ch - 'A' + 'a');
        else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    }
    return out;
}

int32_t pick_per_mille(Rng& r, const int32_t* per_mille, int32_t count) {
    int32_t roll = r.between(0, 999);
    for (int32_t i = 0; i < count; ++i) {
        if (roll < per_mille[i]) return i;
        roll -= per_mille[i];
    }
    return count - 1;
}

// The day the customer first reached the value it bought: bigger customers take longer to roll out, and
// a weaker fit slower still; some weak-fit customers never get there before they churn. Empty when not
// reached by `until`.
Date first_value_of(const Life& life, Rng& r, Date until) {
    static constexpr int32_t kBaseDays[] = {60, 35, 14};  // enterprise, mid-market, SMB
    if (life.health < 0.15 && life.churn.ok()) return {};
    const int32_t days = int32_t(kBaseDays[life.segment] * (1.7 - life.health)) + r.between(0, 20);
    const Date reached = life.start.plus_days(days);
    return reached <= until ? reached : Date{};
}

LifecycleStage stage_of(const Life& life, Date at) {
    const Date since = life.returned.ok() && at >= life.returned ? life.returned : life.start;
    const int32_t age = at - since;
    if (age < 45) return LifecycleStage::onboarding;
    if (age < 150) return LifecycleStage::adoption;
    if (anniversary_on_or_after(life.start, at) - at <= 90) return LifecycleStage::renewal;
    for (const Change& c : life.changes)
        if (c.expansion && c.date <= at && at - c.date <= 180) return LifecycleStage::expansion;
    if (life.health > 0.75 && at - life.start > 540 && !life.stressed_at(at)) return LifecycleStage::advocacy;
    return LifecycleStage::value_realization;
}

struct Context {
    Workspace& ws;
    Window w;
    uint64_t seed;
    Names company_names;
    std::vector<std::vector<std::string>> csms_by_segment;
    int32_t next_contact = 1;
};

void add_mrr(Context& c, AccountIx ix, const Life& life) {
    for (Month m = std::max(c.w.first_month, Month::of(life.start)); m <= c.w.last_month; m = m.plus(1)) {
        const Date measured = m == c.w.last_month ? c.w.end : m.last_day();
        if (!life.active_at(measured)) continue;
        c.ws.mrr.push_back({ix, m, Money(life.change_at(measured).mrr)});
    }
}

void add_usage(Context& c, AccountIx ix, const Life& life, int32_t seat_cap, uint64_t slot) {
    Rng r = stream(c.seed, slot, kUsage);
    const double engagement = 0.3 + 0.6 * life.health;
    // Uses of each key feature per active user per week; Starter has no integrations or API.
    double propensity[kFeatureCount] = {1.2, 0.7, 0.25, 0.4, life.segment == kSmb ? 0.03 : 0.35};
    const bool starter = life.changes.front().plan == kStarter;
    for (int f = 0; f < kFeatureCount; ++f) propensity[f] *= 0.5 + r.unit();
    if (starter) propensity[2] = propensity[4] = 0;

    for (Date d = first_monday_on_or_after(std::max(life.start.plus_days(7), c.w.first_day)); d <= c.w.end;
         d = d.plus_days(7)) {
        if (!life.active_at(d)) continue;
        const Date since = life.returned.ok() && d >= life.returned ? life.returned : life.start;
        const int32_t age = d - since;
        const double ramp = age >= 56 ? 1.0 : 0.3 + 0.7 * double(age) / 56.0;  // onboarding
        const Ymd ymd = d.ymd();
        const bool holidays = (ymd.month == 12 && ymd.day >= 22) || (ymd.month == 1 && ymd.day <= 3);
        const bool champion_gone = life.champion_left.ok() && d >= life.champion_left;
        const int32_t seats = std::min(life.change_at(d).seats, seat_cap);
        const double level = engagement * ramp * life.decline_factor(d) * (champion_gone ? 0.85 : 1.0) *
                             (holidays ? 0.6 : 1.0) * r.wobble(0.12);
        UsageSample s;
        s.account = ix;
        s.date = d;
        s.active_users = std::min(seats, round_to_int(seats * level));
        s.logins = round_to_int(s.active_users * (1.5 + 3.5 * engagement) * r.wobble(0.2));
        for (int f = 0; f < kFeatureCount; ++f)
            s.feature_uses[size_t(f)] = round_to_int(s.active_users * propensity[f] * r.wobble(0.3));
        c.ws.usage.push_back(s);
    }
}

// Tickets, and the CSAT / CES surveys that follow some of them.
void add_tickets(Context& c, AccountIx ix, const Life& life, uint64_t slot) {
    Rng r = stream(c.seed, slot, kTickets);
    const SegmentProfile& p = kSegments[life.segment];
    for (Month m = std::max(c.w.first_month, Month::of(life.start)); m <= c.w.last_month; m = m.plus(1)) {
        const Date mid = m.first_day().plus_days(14);
        const bool stressed = life.stressed_at(mid);
        const bool onboarding = mid - life.start < 60;
        const double expected = p.tickets * (stressed ? 2.5 : 1.0) * (onboarding ? 1.8 : 1.0) *
                                (0.6 + 0.8 * (1.0 - life.health));
        const int32_t count = int32_t(expected) + (r.chance(expected - int32_t(expected)) ? 1 : 0);
        for (int32_t i = 0; i < count; ++i) {
            const Date opened = random_day(r, m);
            const int32_t roll = r.between(0, 99);
            if (opened > c.w.end || !life.active_at(opened)) continue;
            Ticket t;
            t.account = ix;
            t.opened = opened;
            const int32_t urgent = stressed ? 15 : 5, high = stressed ? 30 : 15, normal = stressed ? 40 : 50;
            t.priority = roll < urgent                 ? TicketPriority::urgent
                         : roll < urgent + high          ? TicketPriority::high
                         : roll < urgent + high + normal ? TicketPriority::normal
                                                         : TicketPriority::low;
            static const int32_t kMaxDays[] = {15, 8, 4, 2};  // by priority: low .. urgent
            Date closed = opened.plus_days(r.between(t.priority == TicketPriority::low ? 2 : 0,
                                                     kMaxDays[int(t.priority)]));
            if (life.churn.ok() && opened < life.churn && closed >= life.churn) closed = life.churn.plus_days(-1);
            if (closed < opened) closed = opened;
            if (closed > c.w.end) {
                t.status = r.chance(0.6) ? TicketStatus::open : TicketStatus::pending;
                c.ws.tickets.push_back(t);
                continue;
            }
            t.closed = closed;
            // Help desks mark a ticket solved, then close it a few days later.
            t.status = c.w.end - closed <= 4 ? TicketStatus::solved : TicketStatus::closed;
            if (r.chance(0.4))
                t.satisfaction = r.chance(stressed ? 0.45 : 0.1) ? TicketSatisfaction::bad : TicketSatisfaction::good;
            c.ws.tickets.push_back(t);

            const Date after = closed.plus_days(r.between(0, 2));
            if (after <= c.w.end && life.active_at(after) && r.chance(0.25)) {
                int32_t score = stressed ? r.between(1, 4) : r.between(3, 5);
                if (t.satisfaction == TicketSatisfaction::bad) score = r.between(1, 2);
                if (t.satisfaction == TicketSatisfaction::good) score = r.between(4, 5);
                c.ws.surveys.push_back({ix, after, SurveyKind::csat, int8_t(score), ""});
            }
            // CES 1-7, 7 = "very easy to get my issue resolved".
            if (after <= c.w.end && life.active_at(after) && r.chance(0.12)) {
                const int32_t score = stressed ? r.between(2, 5) : r.between(4, 7);
                c.ws.surveys.push_back({ix, after, SurveyKind::ces, int8_t(score), ""});
            }
        }
    }
}

// NPS campaigns go out twice a year (March and September); detractors cluster in struggling accounts.
void add_nps(Context& c, AccountIx ix, const Life& life, uint64_t slot) {
    Rng r = stream(c.seed, slot, kSurveys);
    for (Month m = c.w.first_month; m <= c.w.last_month; m = m.plus(1)) {
        if (m.month() != 3 && m.month() != 9) continue;
        const int32_t responses = life.segment == kEnterprise ? r.between(0, 3)
                                  : life.segment == kMidMarket ? r.between(0, 2)
                                                               : (r.chance(0.35) ? 1 : 0);
        for (int32_t i = 0; i < responses; ++i) {
            const Date d = m.first_day().plus_days(7 + r.between(0, 13));
            const double noise = 2.5 * (r.unit() + r.unit() - 1.0);
            const int32_t comment_roll = r.between(0, 99);
            if (d > c.w.end || !life.active_at(d) || d - life.start < 30) continue;
            const bool champion_gone = life.champion_left.ok() && d >= life.champion_left;
            const double sentiment = (0.2 + 0.8 * life.health) * life.decline_factor(d) * (champion_gone ? 0.8 : 1.0);
            const int32_t score = std::min(10, round_to_int(4.5 + 6.5 * sentiment + noise));
            std::string comment;
            if (comment_roll < 40)
                comment = score >= 9 ? r.pick(kPromoterComments) : score >= 7 ? r.pick(kPassiveComments)
                                                                               : r.pick(kDetractorComments);
            c.ws.surveys.push_back({ix, d, SurveyKind::nps, int8_t(score), std::move(comment)});
        }
    }
}

// The engagement model of the segment: enterprise accounts get monthly meetings and QBRs, mid-market
// regular calls and half-yearly reviews, SMB e-mail (from the pooled team when unassigned). Renewal
// conversations and save plays come on top.
void add_touchpoints(Context& c, AccountIx ix, const Life& life, const std::string& owner, uint64_t slot) {
    Rng r = stream(c.seed, slot, kTouchpoints);
    auto add = [&](Date d, TouchpointKind kind, const char* outcome) {
        if (d > c.w.end || d < c.w.first_day || !life.active_at(d)) return;
        c.ws.touchpoints.push_back({ix, d, kind, outcome, owner, {}});
    };
    auto outcome = [&](Date d) {
        return life.stressed_at(d) ? r.pick(kOutcomesStressed) : r.pick(kOutcomesHealthy);
    };
    const bool assigned = !owner.empty();
    const int32_t trainings = life.segment == kEnterprise ? 3 : life.segment == kMidMarket ? 2 : assigned ? 1 : 0;
    for (int32_t i = 0; i < trainings; ++i)
        add(life.start.plus_days(5 + 12 * i + r.between(0, 6)), TouchpointKind::training, "completed");

    const int32_t qbr_phase = Month::of(life.start).index() % 3;
    for (Month m = std::max(c.w.first_month, Month::of(life.start).plus(1)); m <= c.w.last_month; m = m.plus(1)) {
        const Date d = random_day(r, m);
        const int32_t roll = r.between(0, 99);
        if (life.segment == kEnterprise) {
            add(d, roll < 40 ? TouchpointKind::meeting : TouchpointKind::call, outcome(d));
            if ((m.index() - qbr_phase) % 3 == 0 && roll < 90) add(d.plus_days(3), TouchpointKind::qbr, outcome(d));
        } else if (life.segment == kMidMarket) {
            if (roll < 60) add(d, roll < 20 ? TouchpointKind::email : TouchpointKind::call, outcome(d));
            if ((m.index() - qbr_phase) % 6 == 0 && roll < 60) add(d.plus_days(2), TouchpointKind::qbr, outcome(d));
        } else if (assigned ? roll < 30 : roll < 15) {
            const TouchpointKind kind = roll < 10 && assigned ? TouchpointKind::call : TouchpointKind::email;
            add(d, kind, assigned ? outcome(d) : "sent");
        }
    }
    if (assigned && life.segment != kSmb) {  // renewal conversation two months ahead of each anniversary
        for (Date a = anniversary_on_or_after(life.start, c.w.first_day); a.plus_days(-60) <= c.w.end;
             a = anniversary_on_or_after(life.start, a.plus_days(1))) {
            const Date d = a.plus_days(-r.between(45, 75));
            add(d, TouchpointKind::meeting, life.stressed_at(d) ? "pricing pushback" : "renewal discussed");
        }
    }
    if (assigned && life.decline_start.ok()) {  // the save play once someone notices the decline
        const Date noticed = life.decline_start.plus_days(r.between(20, 40));
        if (noticed < life.churn)
            add(noticed, TouchpointKind::call, r.chance(0.5) ? "save plan agreed" : "no response");
    }
}

void add_contacts(Context& c, AccountIx ix, const Life& life, const Account& acc, uint64_t slot) {
    Rng r = stream(c.seed, slot, kContacts);
    const SegmentProfile& p = kSegments[life.segment];
    static const char* const kRoles[kSegmentCount][5] = {
        {"Head of Analytics", "VP Operations", "BI Lead", "IT Administrator", "Finance Director"},
        {"Analytics Manager", "Director of Operations", "Data Analyst", "IT Manager", "Controller"},
        {"Operations Manager", "Founder", "Office Manager", "Analyst", "Owner"},
    };
    const bool has_champion = r.chance(0.92);
    const bool has_sponsor = life.segment == kEnterprise || (life.segment == kMidMarket && r.chance(0.6)) ||
                             (life.segment == kSmb && r.chance(0.4));
    const Date last_day = life.churned_by(c.w.end) ? life.churn.plus_days(-1) : c.w.end;
    const int32_t count = r.between(p.contacts_lo, p.contacts_hi);
    const std::string domain = acc.domain;
    auto add = [&](const char* role, bool champion, bool sponsor) {
        const Word& first = r.pick(kFirstNames);
        const Word& last = r.pick(kLastNames);
        Contact ct;
        ct.account = ix;
        ct.id = "CT-" + std::to_string(c.next_contact++);
        ct.name = std::string(first.text) + " " + last.text;
        ct.email = ascii_slug(first) + "." + ascii_slug(last) + "@" + domain;
        ct.role = role;
        ct.champion = champion;
        ct.executive_sponsor = sponsor;
        const int32_t recency = life.segment == kEnterprise ? 30 : life.segment == kMidMarket ? 60 : 120;
        ct.last_engaged = std::max(life.start, last_day.plus_days(-r.between(0, recency)));
        c.ws.contacts.push_back(std::move(ct));
    };
    // The first contact is the champion, the second the executive sponsor; in a one-person SMB account
    // the founder is both.
    const int32_t sponsor_at = count > 1 ? 1 : 0;
    for (int32_t i = 0; i < count; ++i)
        add(kRoles[life.segment][i % 5], i == 0 && has_champion, i == sponsor_at && has_sponsor);
    if (life.champion_left.ok() && has_champion) {
        // The champion left; whoever inherited the tool is not (yet) a champion.
        const size_t first = c.ws.contacts.size() - size_t(count);
        c.ws.contacts[first].left_company = true;
        c.ws.contacts[first].last_engaged = std::max(life.start, life.champion_left.plus_days(-r.between(0, 14)));
        add(kRoles[life.segment][0], false, false);
    }
    // Everyone was first met at the start, except that one sponsor in twelve of a long-standing customer
    // is new: the "new executive" playbook's story. Drawn last, so the values above stay as they were.
    const size_t first = c.ws.contacts.size() - size_t(count) - (life.champion_left.ok() && has_champion ? 1 : 0);
    for (size_t i = first; i < c.ws.contacts.size(); ++i) c.ws.contacts[i].first_engaged = life.start;
    if (life.champion_left.ok() && has_champion) c.ws.contacts.back().first_engaged = life.champion_left;  // the successor
    if (has_sponsor && last_day == c.w.end && c.w.end - life.start > 365 && r.chance(1.0 / 12)) {
        Contact& sponsor = c.ws.contacts[first + size_t(sponsor_at)];
        sponsor.first_engaged = c.w.end.plus_days(-r.between(3, 40));
        sponsor.last_engaged = std::max(sponsor.last_engaged, sponsor.first_engaged);
    }
}

Account make_account(Context& c, const Life& life, Rng& r, int32_t number, int32_t id_width) {
    const SegmentProfile& p = kSegments[life.segment];
    Account acc;
    char id[32];
    std::snprintf(id, sizeof id, "ACC-%0*d", int(id_width), int(number));
    acc.id = id;

    const Industry* industry = &kIndustries[0];
    for (int32_t roll = r.between(0, 999); roll >= industry->per_mille; ++industry) roll -= industry->per_mille;
    const Word& word = r.pick(kCompanyWords);
    int32_t suffix = 0;
    const char* noun = industry->nouns[r.next() % 5];
    acc.name = c.company_names.unique(std::string(word.text) + " " + noun, &suffix);
    acc.domain = ascii_slug(word) + ascii_slug(Word{noun}) + (suffix > 1 ? std::to_string(suffix) : "") + ".example";
    acc.industry = industry->name;
    acc.segment = p.name;
    acc.acquisition_source = kSources[life.source];
    const std::vector<std::string>& team = c.csms_by_segment[life.segment];
    if (!team.empty() && r.chance(p.assigned_share)) acc.owner = team[r.next() % team.size()];
    acc.contract_start = life.start;
    const std::string region = kRegions[pick_per_mille(r, kRegionPerMille, 4)];
    acc.custom = {{"billing_cycle", life.annual ? "annual" : "monthly"}, {"region", region}};
    return acc;
}

// ---------------------------------------------------------------------------------------------------
// 7. generate_demo
// ---------------------------------------------------------------------------------------------------
void add_team(Context& c, const int32_t (&segment_counts)[kSegmentCount]) {
    Rng r(mix(c.seed ^ 0xC5Aull));
    int32_t number = 0;
    int32_t total = 0;
    int32_t per_segment[kSegmentCount];
    for (int s = 0; s < kSegmentCount; ++s) {
        const double owned = segment_counts[s] * kSegments[s].assigned_share;
        per_segment[s] = segment_counts[s] == 0 ? 0 : std::max(1, round_to_int(owned / kSegments[s].csm_book));
        total += per_segment[s];
    }
    const int width = total >= 100 ? (total >= 1000 ? 4 : 3) : 2;
    Names names;
    for (int s = 0; s < kSegmentCount; ++s) {
        for (int32_t i = 0; i < per_segment[s]; ++i) {
            Csm csm;
            char id[16];
            std::snprintf(id, sizeof id, "CSM-%0*d", width, int(++number));
            csm.id = id;
            std::string local;
            if (size_t(number) <= std::size(kCsmNames)) {
                csm.name = kCsmNames[number - 1].text;
                local = kCsmNames[number - 1].ascii;
            } else {
                const Word& first = r.pick(kFirstNames);
                const Word& last = r.pick(kLastNames);
                int32_t suffix = 0;
                csm.name = names.unique(std::string(first.text) + " " + last.text, &suffix);
                local = ascii_slug(first) + "." + ascii_slug(last) + (suffix > 1 ? std::to_string(suffix) : "");
            }
            csm.email = local + "@northwind.example";
            // Capacities differ a little: a new hire carries fewer accounts.
            csm.capacity = kSegments[s].csm_capacity - (i % 3 == 2 ? kSegments[s].csm_capacity / 5 : 0);
            c.csms_by_segment[size_t(s)].push_back(csm.id);
            c.ws.csms.push_back(std::move(csm));
        }
    }
}

// Ticket numbers run in the order tickets were opened (ties in table order), as a help desk numbers
// them. A counting sort by day: a million tickets span only a few hundred days.
void number_tickets(std::vector<Ticket>& tickets) {
    if (tickets.empty()) return;
    Date first = tickets[0].opened, last = first;
    for (const Ticket& t : tickets) {
        first = std::min(first, t.opened);
        last = std::max(last, t.opened);
    }
    std::vector<uint32_t> next(size_t(last - first) + 2, 0);  // per day: the first number it hands out
    for (const Ticket& t : tickets) ++next[size_t(t.opened - first) + 1];
    next[0] = 10001;
    for (size_t d = 1; d < next.size(); ++d) next[d] += next[d - 1];
    for (Ticket& t : tickets) t.id = "T-" + std::to_string(next[size_t(t.opened - first)]++);
}

}  // namespace

Workspace generate_demo(const DemoOptions& options) {
    DemoOptions o = options;
    o.accounts = std::max(0, o.accounts);
    o.months = std::min(120, std::max(1, o.months));
    if (!o.end.ok()) o.end = DemoOptions{}.end;

    Workspace ws;
    ws.settings.name = "Northwind Analytics (demo)";
    ws.settings.currency = "USD";
    ws.settings.as_of = o.end;
    ws.key_features.assign(std::begin(kKeyFeatures), std::end(kKeyFeatures));

    Context c{ws, {}, o.seed, {}, std::vector<std::vector<std::string>>(kSegmentCount)};
    c.w.end = o.end;
    c.w.last_month = Month::of(o.end);
    c.w.first_month = c.w.last_month.plus(-(o.months - 1));
    c.w.first_day = c.w.first_month.first_day();

    // Segments in exact proportions, shuffled so they do not follow the account numbers.
    const int32_t n = o.accounts;
    std::vector<Segment> segments(static_cast<size_t>(n), kSmb);
    {
        const auto share = [n](Segment s) { return int32_t((int64_t(n) * kSegments[s].per_mille + 500) / 1000); };
        const int32_t ent = share(kEnterprise), mm = share(kMidMarket);
        for (int32_t i = 0; i < n; ++i) segments[size_t(i)] = i < ent ? kEnterprise : i < ent + mm ? kMidMarket : kSmb;
        Rng r(mix(o.seed ^ 0x5E6ull));
        for (int32_t i = n - 1; i > 0; --i) std::swap(segments[size_t(i)], segments[r.next() % uint64_t(i + 1)]);
    }
    int32_t segment_counts[kSegmentCount] = {0, 0, 0};
    for (Segment s : segments) ++segment_counts[s];

    // Contract starts over the window and the three years before it, with new logos a month rising
    // fourfold from the first to the last (a growing company): the density 0.4 + 1.2 t on [0, 1] is a
    // 40/60 mix of a uniform and a rising triangle, max(u, u). Account numbers follow the start date,
    // as in a CRM.
    std::vector<Life> lives(static_cast<size_t>(n));
    const Date earliest = c.w.first_month.plus(-36).first_day();
    const int32_t span_days = std::max(1, o.end.plus_days(-7) - earliest);
    for (int32_t i = 0; i < n; ++i) {
        Rng r = stream(o.seed, uint64_t(i), kSlot);
        Life& life = lives[size_t(i)];
        life.segment = segments[size_t(i)];
        const double t = r.chance(0.4) ? r.unit() : std::max(r.unit(), r.unit());
        life.start = earliest.plus_days(int32_t(t * span_days));
    }
    std::vector<int32_t> order(static_cast<size_t>(n));
    for (int32_t i = 0; i < n; ++i) order[size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
        const Date da = lives[size_t(a)].start, db = lives[size_t(b)].start;
        return da != db ? da < db : a < b;
    });

    add_team(c, segment_counts);

    // Room for the rows an account makes on average (measured over 100,000 accounts, plus a margin), so
    // the big tables are not copied while they grow.
    const size_t per_month = size_t(n) * size_t(o.months);
    ws.accounts.reserve(size_t(n));
    ws.contacts.reserve(size_t(n) * 3);
    ws.mrr.reserve(per_month);
    ws.usage.reserve(per_month * 3);
    ws.tickets.reserve(per_month / 2);
    ws.surveys.reserve(per_month / 4);
    ws.touchpoints.reserve(per_month * 2 / 5);
    const int32_t id_width = std::max(5, int32_t(std::to_string(n).size()));
    for (int32_t k = 0; k < n; ++k) {
        const int32_t slot = order[size_t(k)];
        Life& life = lives[size_t(slot)];
        const SegmentProfile& p = kSegments[life.segment];
        Rng r = stream(o.seed, uint64_t(slot), kLife);
        life.health = r.unit();
        life.annual = r.chance(p.annual_share);
        life.source = pick_per_mille(r, p.source_per_mille, 4);
        life.discount = r.between(0, p.discount_max_pct);
        decide_churn(life, r, c.w);
        simulate_seats(life, r, c.w);

        Rng profile = stream(o.seed, uint64_t(slot), kProfile);
        Account acc = make_account(c, life, profile, k + 1, id_width);
        const bool churned = life.churned_by(o.end);
        const Date reference = churned ? life.churn : o.end;
        const Change& now = life.change_at(churned ? life.churn.plus_days(-1) : o.end);
        acc.seats = now.seats;
        acc.plan = kPlans[now.plan].name;
        acc.renewal_date = anniversary_on_or_after(life.start, reference);
        acc.stage = stage_of(life, churned ? life.churn.plus_days(-1) : o.end);
        Rng value = stream(o.seed, uint64_t(slot), kValue);
        acc.first_value = first_value_of(life, value, reference);
        if (churned) {
            acc.status = AccountStatus::churned;
            acc.churn_date = life.churn;
            acc.churn_reason = life.champion_left.ok() && life.champion_left < life.churn ? "Champion left"
                               : life.decline_start.ok() ? profile.pick(kChurnReasonsDecline)
                               : life.segment == kSmb && profile.chance(0.3) ? "Went out of business"
                                                                              : profile.pick(kChurnReasonsOther);
        }
        if (life.segment == kEnterprise && profile.chance(0.5)) acc.tags.push_back("strategic");
        if (life.segment == kEnterprise && profile.chance(0.3)) acc.tags.push_back("multi-region");
        if (acc.stage == LifecycleStage::advocacy && profile.chance(0.6)) acc.tags.push_back("reference");
        if (life.returned.ok()) acc.tags.push_back("win-back");
        if (!churned && life.stressed_at(o.end) && profile.chance(0.6)) acc.tags.push_back("at-risk");
        if (profile.chance(0.06)) acc.tags.push_back("beta-program");

        const AccountIx ix = AccountIx(ws.accounts.size());
        ws.accounts.push_back(std::move(acc));
        const Account& stored = ws.accounts.back();
        const size_t tickets = ws.tickets.size(), surveys = ws.surveys.size(), touchpoints = ws.touchpoints.size();
        add_contacts(c, ix, life, stored, uint64_t(slot));
        add_mrr(c, ix, life);
        add_usage(c, ix, life, stored.seats, uint64_t(slot));
        add_tickets(c, ix, life, uint64_t(slot));
        add_nps(c, ix, life, uint64_t(slot));
        add_touchpoints(c, ix, life, stored.owner, uint64_t(slot));
        sort_new_rows(ws.tickets, tickets, [](const Ticket& t) { return t.opened; });
        sort_new_rows(ws.surveys, surveys, [](const SurveyResponse& s) { return s.date; });
        sort_new_rows(ws.touchpoints, touchpoints, [](const Touchpoint& t) { return t.date; });
    }
    number_tickets(ws.tickets);

    ws.reindex();
    add_demo_voice(ws, o.seed);  // feedback and notes, from the accounts' story as the data tells it
    ws.sort_rows();
    add_demo_journey(ws, o.seed, o.end);  // last: it reads the contacts, stages and first values made above
    return ws;
}

}  // namespace retain
