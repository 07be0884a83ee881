// Raw health inputs (definitions: docs/metrics.md, "Health score: measures").
//
// Index
//   1. Row ranges        per-account starts of each table, so an account's rows are found in O(1)
//   2. Usage             active users / seats, logins per active user, key features, 30-day trend
//   3. Engagement        days since last touchpoint, response to outreach, training attendance
//   4. Support           open high-priority tickets, ticket trend, ticket satisfaction
//   5. Sentiment         latest NPS, CSAT and CES means
//   6. Relationship      champion state, executive sponsor
//   7. Commercial        days to renewal, MRR contraction
//   8. Entry points
// Every window is "the N days up to and including the as-of date": (D - N, D]. Rows dated after D
// are never read, so a past date sees only what was known then (except contacts, see 6).
#include "core/health/health_inputs.hpp"

#include <algorithm>
#include <utility>

#include "core/health/touchpoint_response.hpp"

namespace retain {
namespace {

// ---------------------------------------------------------------------------------------------------
// 1. Row ranges
// ---------------------------------------------------------------------------------------------------
// The tables are sorted by account (Workspace::sort_rows), so counting rows per account and summing
// gives each account's first row; rows with an out-of-range account sort last and are never reached.
template <typename Row>
void row_starts(const std::vector<Row>& rows, size_t accounts, std::vector<uint32_t>& begin) {
    begin.assign(accounts + 1, 0);
    for (const Row& r : rows)
        if (r.account < accounts) ++begin[size_t(r.account) + 1];
    for (size_t i = 1; i <= accounts; ++i) begin[i] += begin[i - 1];
}

// The first row in [b, e) dated after d (rows sorted by date within an account).
template <typename Row, typename DateOf>
size_t first_after(const std::vector<Row>& rows, size_t b, size_t e, Date d, DateOf date_of) {
    while (b < e) {
        const size_t mid = b + (e - b) / 2;
        if (date_of(rows[mid]) <= d) b = mid + 1; else e = mid;
    }
    return b;
}

struct Writer {
    HealthInputs& out;
    size_t row;
    InputMask mask = 0;
    void set(HealthInput in, double v) {
        out.values[size_t(in)][row] = float(v);
        mask |= input_bit(in);
    }
};

// ---------------------------------------------------------------------------------------------------
// 2. Usage
// ---------------------------------------------------------------------------------------------------
void usage_inputs(const Workspace& ws, size_t b, size_t e, const Account& acc, Date d, Writer& w) {
    const size_t end = first_after(ws.usage, b, e, d, [](const UsageSample& s) { return s.date; });
    if (end == b) return;  // no usage reported by d: every usage measure is missing
    const int32_t now = d.days();
    double active_now = 0, logins_now = 0, active_before = 0;
    int32_t samples_now = 0, samples_before = 0;
    std::array<int64_t, kMaxKeyFeatures> uses{};
    for (size_t i = end; i-- > b;) {
        const UsageSample& s = ws.usage[i];
        if (!s.date.ok()) break;
        const int32_t age = now - s.date.days();  // 0 = the as-of day
        if (age >= 60) break;
        if (age < 30) {
            active_now += s.active_users;
            logins_now += s.logins;
            ++samples_now;
            for (size_t f = 0; f < uses.size(); ++f) uses[f] += s.feature_uses[f];
        } else {
            active_before += s.active_users;
            ++samples_before;
        }
    }
    const double mean_now = samples_now ? active_now / samples_now : 0.0;  // no samples lately: usage stopped
    if (acc.seats > 0) w.set(HealthInput::active_user_ratio, mean_now / acc.seats);
    w.set(HealthInput::login_frequency, active_now > 0 ? logins_now / active_now : 0.0);
    const size_t features = std::min(ws.key_features.size(), size_t(kMaxKeyFeatures));
    if (features > 0) {
        int32_t used = 0;
        for (size_t f = 0; f < features; ++f) used += uses[f] > 0 ? 1 : 0;
        w.set(HealthInput::feature_breadth, double(used) / double(features));
    }
    const double mean_before = samples_before ? active_before / samples_before : 0.0;
    if (mean_before > 0) w.set(HealthInput::usage_trend, mean_now / mean_before - 1.0);
}

// ---------------------------------------------------------------------------------------------------
// 3. Engagement
// ---------------------------------------------------------------------------------------------------
void engagement_inputs(const Workspace& ws, const HealthInputSources& src, size_t b, size_t e, Date d, Writer& w) {
    const size_t end = first_after(ws.touchpoints, b, e, d, [](const Touchpoint& t) { return t.date; });
    int32_t answered = 0, unanswered = 0, attended = 0, missed = 0;
    bool latest_seen = false;
    for (size_t i = end; i-- > b;) {
        const Touchpoint& t = ws.touchpoints[i];
        if (!t.date.ok()) break;
        if (!latest_seen) {
            w.set(HealthInput::days_since_touchpoint, double(d - t.date));
            latest_seen = true;
        }
        const auto response = TouchpointResponse(src.touchpoint_response[i]);
        if (t.kind == TouchpointKind::training) {  // all trainings up to d count
            attended += response == TouchpointResponse::responded;
            missed += response == TouchpointResponse::no_response;
        } else if (d - t.date < 90) {
            answered += response == TouchpointResponse::responded;
            unanswered += response == TouchpointResponse::no_response;
        }
    }
    if (answered + unanswered > 0) w.set(HealthInput::outreach_response, double(answered) / (answered + unanswered));
    if (attended + missed > 0) w.set(HealthInput::training_attendance, double(attended) / (attended + missed));
}

// ---------------------------------------------------------------------------------------------------
// 4. Support
// ---------------------------------------------------------------------------------------------------
bool open_on(const Ticket& t, Date d) {
    if (t.closed.ok()) return t.closed > d;
    return t.status == TicketStatus::open || t.status == TicketStatus::pending;  // closed without a date: not open
}

void support_inputs(const Workspace& ws, size_t b, size_t e, Date d, Writer& w) {
    const size_t end = first_after(ws.tickets, b, e, d, [](const Ticket& t) { return t.opened; });
    int32_t open_high = 0, last_30 = 0, previous_90 = 0, good = 0, rated = 0;
    for (size_t i = b; i < end; ++i) {
        const Ticket& t = ws.tickets[i];
        if (!t.opened.ok()) continue;
        const int32_t age = d - t.opened;
        if (t.priority >= TicketPriority::high && open_on(t, d)) ++open_high;
        if (age < 30) ++last_30;
        else if (age < 120) ++previous_90;
        // A rating is known once the ticket is closed; only closed-by-d tickets count.
        if (age < 180 && t.satisfaction != TicketSatisfaction::none && t.closed.ok() && t.closed <= d) {
            ++rated;
            good += t.satisfaction == TicketSatisfaction::good;
        }
    }
    w.set(HealthInput::open_high_priority_tickets, open_high);
    // Tickets of the last 30 days against the account's usual month (the 90 days before, / 3), with the
    // usual month floored at one ticket so a quiet account opening one ticket is not an alarm.
    w.set(HealthInput::ticket_trend, last_30 / std::max(1.0, previous_90 / 3.0));
    if (rated > 0) w.set(HealthInput::ticket_satisfaction, double(good) / rated);
}

// ---------------------------------------------------------------------------------------------------
// 5. Sentiment
// ---------------------------------------------------------------------------------------------------
void sentiment_inputs(const Workspace& ws, size_t b, size_t e, Date d, Writer& w) {
    const size_t end = first_after(ws.surveys, b, e, d, [](const SurveyResponse& s) { return s.date; });
    Date nps_day;
    double nps_sum = 0, csat_sum = 0, ces_sum = 0;
    int32_t nps_n = 0, csat_n = 0, ces_n = 0;
    for (size_t i = end; i-- > b;) {
        const SurveyResponse& s = ws.surveys[i];
        if (!s.date.ok()) break;
        const int32_t age = d - s.date;
        if (age >= 365) break;
        if (s.kind == SurveyKind::nps && (!nps_day.ok() || s.date == nps_day)) {  // the latest day's responses
            nps_day = s.date;
            nps_sum += s.score;
            ++nps_n;
        } else if (s.kind == SurveyKind::csat && age < 180) {
            csat_sum += s.score;
            ++csat_n;
        } else if (s.kind == SurveyKind::ces && age < 180) {
            ces_sum += s.score;
            ++ces_n;
        }
    }
    if (nps_n) w.set(HealthInput::nps, nps_sum / nps_n);
    if (csat_n) w.set(HealthInput::csat, csat_sum / csat_n);
    if (ces_n) w.set(HealthInput::ces, ces_sum / ces_n);
}

// ---------------------------------------------------------------------------------------------------
// 6. Relationship
// ---------------------------------------------------------------------------------------------------
// Contacts hold their latest state only (no history): a contact marked as having left counts as gone
// from the day after it was last engaged (always, without a date); "engaged" means last engaged in the
// 90 days before d or at any time after it (someone engaged later was still around on d).
void relationship_inputs(const Workspace& ws, size_t b, size_t e, Date d, Writer& w) {
    if (b == e) return;  // no contacts on record: both measures missing
    bool engaged = false, quiet = false, champion_left = false, sponsor = false;
    for (size_t i = b; i < e; ++i) {
        const Contact& c = ws.contacts[i];
        const bool gone = c.left_company && (!c.last_engaged.ok() || c.last_engaged < d);
        if (c.champion && gone) champion_left = true;
        if (c.champion && !gone) (c.last_engaged.ok() && d - c.last_engaged < 90 ? engaged : quiet) = true;
        if (c.executive_sponsor && !gone) sponsor = true;
    }
    w.set(HealthInput::champion, engaged ? kChampionEngaged : quiet ? kChampionQuiet
                                 : champion_left ? kChampionLeft : kChampionNone);
    w.set(HealthInput::executive_sponsor, sponsor ? 1.0 : 0.0);
}

// ---------------------------------------------------------------------------------------------------
// 7. Commercial
// ---------------------------------------------------------------------------------------------------
Date one_year_earlier(Date d) {
    Ymd ymd = d.ymd();
    ymd.year -= 1;
    if (ymd.month == 2 && ymd.day == 29) ymd.day = 28;
    return Date::from_ymd(ymd);
}

}  // namespace

Date renewal_on_or_after(const Account& account, Date d) {
    Date next = account.renewal_date;
    if (!next.ok() || !d.ok()) return next;
    for (int guard = 0; guard < 400 && one_year_earlier(next) >= d; ++guard) next = one_year_earlier(next);
    return next;
}

namespace {

void commercial_inputs(const HealthInputSources& src, const Account& acc, AccountIx a, Date d, Writer& w) {
    const Date next = renewal_on_or_after(acc, d);
    if (next.ok()) w.set(HealthInput::days_to_renewal, double(next - d));  // negative when overdue
    // Complete months only: the month of d is measured at its end, after d.
    const Month last = Month::of(d.plus_days(1)).plus(-1);
    const int64_t before = src.mrr.at(a, last.plus(-3)).minor;
    if (before > 0) {
        const int64_t now = src.mrr.at(a, last).minor;
        w.set(HealthInput::contraction_90d, std::max(0.0, 1.0 - double(now) / double(before)));
    }
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// 8. Entry points
// ---------------------------------------------------------------------------------------------------
void HealthInputs::resize(size_t n) {
    rows = n;
    for (auto& column : values) column.resize(n);
    present.resize(n);
    active.resize(n);
}

void HealthInputs::append_row(const HealthInputs& from, size_t row) {
    for (size_t i = 0; i < values.size(); ++i) values[i].push_back(from.values[i][row]);
    present.push_back(from.present[row]);
    active.push_back(from.active[row]);
    ++rows;
}

bool account_active_on(const Account& account, Date d) {
    if (account.contract_start.ok() && account.contract_start > d) return false;
    if (account.churn_date.ok()) return account.churn_date > d;
    return account.status != AccountStatus::churned;
}

HealthInputSources prepare_health_inputs(const Workspace& ws, Date latest_as_of) {
    return prepare_health_inputs(ws, build_mrr_series(ws, latest_as_of));
}

HealthInputSources prepare_health_inputs(const Workspace& ws, MrrSeries mrr) {
    HealthInputSources src;
    const size_t n = ws.accounts.size();
    src.mrr = std::move(mrr);
    row_starts(ws.usage, n, src.usage_begin);
    row_starts(ws.tickets, n, src.ticket_begin);
    row_starts(ws.surveys, n, src.survey_begin);
    row_starts(ws.touchpoints, n, src.touchpoint_begin);
    row_starts(ws.contacts, n, src.contact_begin);
    src.touchpoint_response.resize(ws.touchpoints.size());
    for (size_t i = 0; i < ws.touchpoints.size(); ++i)
        src.touchpoint_response[i] = uint8_t(classify_outcome(ws.touchpoints[i].outcome));
    src.has_usage = !ws.usage.empty();
    src.has_tickets = !ws.tickets.empty();
    return src;
}

void compute_health_input_rows(const Workspace& ws, const HealthInputSources& src, Date d, AccountIx first,
                               AccountIx last, HealthInputs& out) {
    last = std::min(last, AccountIx(ws.accounts.size()));
    for (AccountIx a = first; a < last; ++a) {
        const Account& acc = ws.accounts[a];
        Writer w{out, a};
        out.active[a] = account_active_on(acc, d) ? 1 : 0;
        if (d.ok()) {
            if (src.has_usage) usage_inputs(ws, src.usage_begin[a], src.usage_begin[a + 1], acc, d, w);
            engagement_inputs(ws, src, src.touchpoint_begin[a], src.touchpoint_begin[a + 1], d, w);
            if (src.has_tickets) support_inputs(ws, src.ticket_begin[a], src.ticket_begin[a + 1], d, w);
            sentiment_inputs(ws, src.survey_begin[a], src.survey_begin[a + 1], d, w);
            relationship_inputs(ws, src.contact_begin[a], src.contact_begin[a + 1], d, w);
            commercial_inputs(src, acc, a, d, w);
        }
        out.present[a] = w.mask;
    }
}

void compute_health_inputs(const Workspace& ws, const HealthInputSources& sources, Date as_of, HealthInputs& out) {
    out.as_of = as_of;
    out.resize(ws.accounts.size());
    compute_health_input_rows(ws, sources, as_of, 0, AccountIx(ws.accounts.size()), out);
}

HealthInputs compute_health_inputs(const Workspace& ws, Date as_of) {
    HealthInputs out;
    compute_health_inputs(ws, prepare_health_inputs(ws, as_of), as_of, out);
    return out;
}

}  // namespace retain
