// The QBR pack (account_report.hpp): formats an AccountReview, section by section, in the order of a
// review meeting: where the customer wanted to go, how healthy the account is and why, what they use,
// what they got, what could go wrong, what happens next.
#include "io/report/account_report.hpp"

#include <cmath>
#include <cstdio>

#include "core/account_query.hpp"
#include "core/program/account_review.hpp"
#include "io/report/report_format.hpp"

namespace retain {
namespace {

using Facts = std::vector<std::pair<std::string, std::string>>;

ReportSection goals_section(const AccountReview& r) {
    ReportSection s{"Goals and outcomes", {}};
    s.blocks.push_back(bullets(r.goals.goals, "No goals recorded yet."));
    ReportTable t{{"Date", "Outcome", "Note"}, {false, false, false}, {}};
    for (const AccountOutcome& o : r.goals.outcomes) t.rows.push_back({report_date(o.date), o.what, o.note});
    s.blocks.push_back(table(std::move(t), "No outcomes recorded yet: completed playbook tasks and the first-value date appear here."));
    return s;
}

ReportSection health_section(const AccountReview& r) {
    ReportSection s{"Health", {}};
    const HealthExplanation& h = r.health;
    std::string score = std::isfinite(h.score) ? std::to_string(int(std::lround(h.score))) + " of 100" : "not scored";
    s.blocks.push_back(facts({{"Color", color_label(h.color)}, {"Score", score}, {"Why", h.why.empty() ? "-" : h.why}}));
    ReportTable t{{"Measure", "Value", "Score", "Points"}, {false, false, true, true}, {}};
    char buf[32];
    for (const MeasureExplanation& m : h.measures) {
        if (!m.has_value) {
            t.rows.push_back({m.label, "no data", "", ""});
            continue;
        }
        std::snprintf(buf, sizeof buf, "%.1f", m.contribution);
        t.rows.push_back({m.label, m.text, std::to_string(int(std::lround(m.score))), buf});
    }
    ReportBlock b = table(std::move(t), "No measures counted for this account.");
    if (!h.missing.empty()) {
        std::string missing;
        for (const std::string& label : h.missing) missing += (missing.empty() ? "" : ", ") + label;
        b.text = "No data for " + missing + ": left out, their weight shared among the rest.";
    } else if (b.kind == ReportBlock::Kind::table) {
        b.text = "Points = the measure's share of the weight x its score; they add up to the score.";
    }
    s.blocks.push_back(std::move(b));
    if (h.override_index >= 0)
        s.blocks.push_back(paragraph(std::string("The color is a CSM's override; computed: ") + color_label(h.computed) + "."));
    return s;
}

ReportSection usage_section(const AccountReview& r) {
    ReportSection s{"Usage trend", {}};
    ReportChart c;
    c.caption = "Active users per month (latest sample of each month), last " + std::to_string(kReviewMonths) + " months";
    for (const UsagePoint& p : r.usage) {
        if (!p.active_users) continue;  // a month without a sample is left out, never drawn as zero
        c.labels.push_back(format_iso(p.month));
        c.values.push_back(double(*p.active_users));
        c.value_texts.push_back(format_count(*p.active_users));
    }
    s.blocks.push_back(chart(std::move(c), "Not enough usage data for a trend: fewer than two months with a usage sample."));
    return s;
}

ReportSection value_section(const Workspace& ws, const AccountReview& r) {
    const std::string& cur = ws.settings.currency;
    ReportSection s{"Value delivered", {}};
    Facts f;
    f.push_back({"ARR now", format_money(r.arr, cur)});
    f.push_back({"ARR 12 months ago", format_money(r.arr_year_ago, cur)});
    f.push_back({"Net revenue retention (12 months)", report_percent(r.retention.nrr())});
    f.push_back({"Time to first value", r.days_to_first_value ? report_days(*r.days_to_first_value) : std::string("not reached or not recorded")});
    f.push_back({"Playbook tasks completed", format_count(r.completed_tasks)});
    s.blocks.push_back(facts(std::move(f)));
    return s;
}

ReportSection next_steps_section(const Workspace& ws, const AccountReview& r) {
    ReportSection s{"Next steps", {}};
    ReportTable t{{"Due", "Task", "Owner"}, {false, false, false}, {}};
    for (size_t i : r.open_tasks) {
        const Task& task = ws.tasks[i];
        const Csm* owner = ws.find_csm(task.owner);
        t.rows.push_back({report_date(task.due), task.title, owner ? owner->name : task.owner.empty() ? "Unassigned" : task.owner});
    }
    s.blocks.push_back(table(std::move(t), "No open tasks."));
    return s;
}

}  // namespace

ReportDocument build_account_report(const Workspace& ws, const Analysis& an, AccountIx account) {
    const AccountReview r = review_account(ws, an, account);
    const Account& a = ws.accounts[account];
    const std::string& owner = owner_name(ws, a);
    ReportDocument d;
    d.title = a.name + ": account review";
    d.subtitle = "As of " + format_iso(an.as_of) + " \xC2\xB7 " + ws.settings.name;
    d.header = {{"Account", a.name},
                {"Segment", a.segment.empty() ? "-" : a.segment},
                {"Owner", owner.empty() ? "Pooled (no named CSM)" : owner},
                {"ARR", format_money(r.arr, ws.settings.currency)},
                {"NRR (12 months)", report_percent(r.retention.nrr())},
                {"Renewal", r.next_renewal ? format_iso(*r.next_renewal) : "none in the next year"}};
    d.sections.push_back(goals_section(r));
    d.sections.push_back(health_section(r));
    d.sections.push_back(usage_section(r));
    d.sections.push_back(value_section(ws, r));
    d.sections.push_back({"Open risks", {bullets(r.risks, "No open risks: no red measures, critical tickets, departed champions or renewal within 90 days.")}});
    d.sections.push_back(next_steps_section(ws, r));
    d.footer = "Made by Retain from the workspace \"" + ws.settings.name + "\" as of " + format_iso(an.as_of) +
               ". ARR = 12 x the month's MRR; NRR = the account's MRR now / its MRR 12 months ago; health per the "
               "team's scorecard (docs/metrics.md).";
    return d;
}

}  // namespace retain
