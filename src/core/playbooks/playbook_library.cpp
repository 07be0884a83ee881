// The built-in playbook library: the plays the guides in docs/playbooks.md describe (onboarding,
// activation, adoption for no / low / high usage, risk and save, renewal at 120 / 90 / 60 days,
// expansion, executive change, champion left, QBR prep, churn post-mortem), with template text a CSM
// can send or follow as written. Ids are stable ("pb-..."): tasks and the workspace file refer to them.
// Placeholders in braces ({contact}, {account}) are for the CSM to fill in; nothing substitutes them.
#include "core/playbooks/playbook.hpp"

#include <utility>

namespace retain {
namespace {

using K = TriggerKind;
using R = OwnerRole;
using S = StepKind;

PlaybookStep step(const char* title, R role, int32_t due, S kind, const char* text) {
    return PlaybookStep{title, role, due, kind, text};
}

Playbook play(const char* id, const char* name, const char* category, Trigger trigger, const char* goal,
              SuccessMeasure success, std::vector<PlaybookStep> steps) {
    Playbook p;
    p.id = id;
    p.name = name;
    p.category = category;
    p.trigger = trigger;
    p.goal = goal;
    p.success = success;
    p.steps = std::move(steps);
    return p;
}

Trigger trigger(K kind, int32_t days = 30) {
    Trigger t;
    t.kind = kind;
    t.days = days;
    return t;
}

SuccessMeasure success(SuccessKind kind, int32_t days, int32_t score = 70) { return SuccessMeasure{kind, days, score}; }

// ---- onboarding and activation ----
Playbook onboarding() {
    return play("pb-onboarding", "Onboarding: kickoff to first value", "Onboarding", trigger(K::new_customer, 30),
        "The customer reaches the first value they bought, on an agreed timeline.",
        success(SuccessKind::first_value, 60),
        {step("Kickoff call", R::onboarding, 3, S::call,
              "Kickoff call agenda (45 min)\n"
              "1. Introductions and roles: who decides, who does the work, who signs off.\n"
              "2. Why you bought: the outcome you expect in the first 90 days, in your words.\n"
              "3. What success looks like: 2-3 measurable criteria we will both check.\n"
              "4. Timeline: setup, integrations, training, first-value milestone, with dates.\n"
              "5. Risks: data access, IT reviews, holidays, competing projects.\n"
              "6. Next steps: owners and dates, and when we meet next."),
         step("Kickoff checklist", R::onboarding, 5, S::checklist,
              "[ ] Handoff notes from sales read (goals, promises made, known risks)\n"
              "[ ] Admin and day-to-day contacts named; executive sponsor identified\n"
              "[ ] Accounts, SSO and permissions set up\n"
              "[ ] Integrations and data sources listed with an owner each\n"
              "[ ] Training sessions booked by role\n"
              "[ ] Success criteria written down and shared with the customer"),
         step("Send the implementation timeline", R::onboarding, 7, S::email,
              "Subject: Your {product} rollout plan and dates\n\n"
              "Hi {contact},\n\n"
              "Thanks for the time at kickoff. As agreed, here is the plan:\n"
              "- Week 1: access, configuration and data connections ({owner})\n"
              "- Week 2: role-based training for {teams}\n"
              "- Week 3-4: first workflow live: {first workflow}\n"
              "- Day 30: review against the success criteria we agreed\n\n"
              "If any date does not work on your side, tell me now and we will move it together.\n\n"
              "Best,\n{csm}"),
         step("Confirm success criteria and first-value date", R::csm, 14, S::checklist,
              "[ ] Success criteria confirmed in writing by the customer\n"
              "[ ] First-value milestone dated and owned\n"
              "[ ] Blockers logged with owners\n"
              "[ ] When first value is reached, record its date on the account (time to value)")});
}

Playbook activation() {
    return play("pb-activation", "Activation: stalled onboarding", "Onboarding", trigger(K::onboarding_stalled, 45),
        "The customer completes the key actions that lead to first value.",
        success(SuccessKind::first_value, 30),
        {step("Find what is blocking activation", R::csm, 2, S::call,
              "Call agenda (30 min)\n"
              "1. Where are you in the rollout? What has been set up, what has not?\n"
              "2. What is in the way: access, data, time, skills, priorities?\n"
              "3. Which one workflow would show value first? Agree on it.\n"
              "4. What can we take off your plate (configuration, data import, a training)?\n"
              "5. A date for that first workflow to be live, and a check-in before it."),
         step("Send the activation plan", R::csm, 4, S::email,
              "Subject: Getting {account} to its first result\n\n"
              "Hi {contact},\n\n"
              "Thanks for walking me through where things stand. To get to your first result we agreed:\n"
              "1. {action one}, owner {name}, by {date}\n"
              "2. {action two}, owner {name}, by {date}\n"
              "I have booked a 20-minute check-in on {date} to make sure nothing is stuck.\n\n"
              "Best,\n{csm}"),
         step("Remove setup friction", R::onboarding, 10, S::checklist,
              "[ ] Configuration or data import done for the customer where they were stuck\n"
              "[ ] Short role-based training held (not a full feature tour)\n"
              "[ ] In-app checklist or guide pointed at the first workflow\n"
              "[ ] First key action completed; date recorded")});
}

// ---- adoption: three variants (docs/playbooks.md) ----
Playbook adoption_none() {
    Trigger t = trigger(K::no_usage, 30);
    return play("pb-adoption-none", "Adoption: no usage", "Adoption", t,
        "Users come back and the core workflow runs again.", success(SuccessKind::usage_recovered, 45),
        {step("Reach the main contact", R::csm, 2, S::email,
              "Subject: Is {product} still set up the way you need it?\n\n"
              "Hi {contact},\n\n"
              "I noticed no one on your team has used {product} in the last few weeks. That usually means "
              "something changed: a project, a person, or a problem we have not heard about.\n"
              "Could we take 20 minutes this week to see what would make it useful again? If priorities "
              "have moved, I would like to know that too.\n\n"
              "Best,\n{csm}"),
         step("Re-engagement call", R::csm, 7, S::call,
              "Call agenda (30 min)\n"
              "1. What changed since you last used it?\n"
              "2. Is the original goal still the goal? If not, what is?\n"
              "3. One workflow to restart, and who on your side owns it.\n"
              "4. Training or setup help we can give this week.\n"
              "5. A date to check usage together."),
         step("Restart checklist", R::csm, 14, S::checklist,
              "[ ] Owner on the customer side confirmed\n"
              "[ ] Users' access checked (SSO, licences, leavers)\n"
              "[ ] Refresher session held\n"
              "[ ] Usage checked a week later; escalate to the CS leader if still none")});
}

Playbook adoption_low() {
    Trigger t = trigger(K::adoption_level, 30);
    t.percent = 1;
    t.max_percent = 40;
    return play("pb-adoption-low", "Adoption: low usage", "Adoption", t,
        "More of the purchased seats use the product in their weekly work.",
        success(SuccessKind::score_at_least, 60, 60),
        {step("Review who uses what", R::csm, 3, S::checklist,
              "[ ] Active users against seats, by team\n"
              "[ ] Key features used and not used\n"
              "[ ] Support tickets asking \"how do I\"\n"
              "[ ] The teams that bought seats but do not log in"),
         step("Enablement offer", R::csm, 7, S::email,
              "Subject: Helping more of your team get value from {product}\n\n"
              "Hi {contact},\n\n"
              "{n} of your {seats} seats are in regular use, mostly in {team}. Teams like {other team} "
              "usually get the most from {feature}. I would be glad to run a 30-minute session for them, "
              "or share a short guide for their role. Which would work better?\n\n"
              "Best,\n{csm}"),
         step("Training and follow-up", R::csm, 21, S::checklist,
              "[ ] Role-based session held; attendance noted\n"
              "[ ] Office hours offered for the next two weeks\n"
              "[ ] In-app guidance switched on for the feature\n"
              "[ ] Usage checked after two weeks")});
}

Playbook adoption_high() {
    Trigger t = trigger(K::adoption_level, 30);
    t.percent = 75;
    t.max_percent = 90;
    return play("pb-adoption-high", "Adoption: high usage", "Adoption", t,
        "The account moves from one stable workflow to a second use case and becomes an advocate.",
        success(SuccessKind::health_green, 90),
        {step("Propose the next use case", R::csm, 7, S::call,
              "Call agenda (30 min)\n"
              "1. What the team has achieved so far, with their numbers.\n"
              "2. The next workflow that builds on it, and who would own it.\n"
              "3. What that second use case needs: people, data, training.\n"
              "4. A pilot with a date to review."),
         step("Ask for advocacy", R::csm, 21, S::email,
              "Subject: Would you share how {account} uses {product}?\n\n"
              "Hi {contact},\n\n"
              "Your team is one of our most active users, and the results you shared ({result}) are the "
              "kind other teams want to hear about. Would you be open to a short case study, a reference "
              "call, or a review? Only if it is useful to you too.\n\n"
              "Thanks,\n{csm}")});
}

// ---- risk and save ----
Playbook risk_save() {
    Trigger t = trigger(K::health_color);
    t.color = HealthColor::red;
    return play("pb-risk-save", "Risk: save play", "Risk", t,
        "The account's health is green again and the customer sees progress against their goals.",
        success(SuccessKind::health_green, 90),
        {step("Diagnose: what is blocking value?", R::csm, 2, S::checklist,
              "[ ] Read the health breakdown: which measures are low and since when\n"
              "[ ] Usage trend, open tickets, latest survey comments, last touchpoints\n"
              "[ ] Champion and sponsor still there and engaged?\n"
              "[ ] Write one sentence: the real blocker, as far as we know"),
         step("Re-align outcomes with the customer", R::csm, 5, S::call,
              "Call agenda (45 min)\n"
              "1. The goals you bought for: are they still the goals?\n"
              "2. What is working, what is not, in your words.\n"
              "3. The blocker as we see it; does it match yours?\n"
              "4. A short plan with owners on both sides and dates.\n"
              "5. When we review progress together."),
         step("Remove friction", R::csm, 14, S::checklist,
              "[ ] Training for the teams that struggle\n"
              "[ ] Configuration fixed or workflow redesigned\n"
              "[ ] Open tickets tied to the blocker chased with support\n"
              "[ ] Plan shared in writing with the customer"),
         step("Document wins", R::csm, 30, S::email,
              "Subject: Progress on {goal} since we last spoke\n\n"
              "Hi {contact},\n\n"
              "A quick update on what changed since {date}:\n"
              "- {win one, with the number}\n"
              "- {win two, with the number}\n"
              "Still open: {item}, which {owner} is on, due {date}.\n\n"
              "Best,\n{csm}"),
         step("Escalate with context if not recovering", R::cs_leader, 35, S::checklist,
              "[ ] One page: account, ARR, renewal date, health and why, what was tried\n"
              "[ ] The specific ask of Product / Engineering and its impact in revenue\n"
              "[ ] Executive-to-executive call offered if the sponsor is disengaged\n"
              "[ ] Decision and owner recorded on the task")});
}

Playbook usage_drop() {
    Trigger t = trigger(K::usage_drop, 30);
    t.percent = 40;
    return play("pb-usage-drop", "Risk: usage drop", "Risk", t,
        "The customer re-activates the core workflow.", success(SuccessKind::usage_recovered, 45),
        {step("Check what changed", R::csm, 2, S::checklist,
              "[ ] Which users and features dropped\n"
              "[ ] Recent tickets, releases or outages that could explain it\n"
              "[ ] Changes of people on the customer side"),
         step("Check-in with the customer", R::csm, 5, S::email,
              "Subject: Checking in on {workflow}\n\n"
              "Hi {contact},\n\n"
              "We saw fewer of your team working in {workflow} over the last month. Has something changed "
              "on your side, or is something in the product getting in the way? A 20-minute call would "
              "help me understand and fix what is ours to fix.\n\n"
              "Best,\n{csm}")});
}

Playbook score_drop() {
    Trigger t = trigger(K::score_drop, 28);
    t.points = 20;
    return play("pb-score-drop", "Risk: health score falling", "Risk", t,
        "Find the cause of the fall before the account turns red.", success(SuccessKind::score_at_least, 60, 60),
        {step("Read the health breakdown", R::csm, 3, S::checklist,
              "[ ] Which measures fell, and by how much\n"
              "[ ] Is the fall in data we trust (not a missing import)?\n"
              "[ ] Decide: call the customer, or watch for two more weeks"),
         step("Talk to the customer", R::csm, 7, S::call,
              "Call agenda (20 min)\n"
              "1. How are things going with {product}?\n"
              "2. What we noticed, plainly stated.\n"
              "3. Anything changed in the team, priorities or budget?\n"
              "4. One next step each.")});
}

Playbook nps_detractor() {
    return play("pb-nps-detractor", "Risk: NPS detractor follow-up", "Risk", trigger(K::nps_detractor, 30),
        "Close the loop with the detractor and fix what can be fixed.", success(SuccessKind::score_at_least, 60, 60),
        {step("Close the loop within two days", R::csm, 2, S::email,
              "Subject: Thank you for your honest feedback\n\n"
              "Hi {contact},\n\n"
              "Thank you for your survey answer. A score of {score} tells me we are not where we should be. "
              "I would like to hear what is behind it, in 15 minutes at a time that suits you. What you "
              "tell me goes straight to the people who can change it.\n\n"
              "Best,\n{csm}"),
         step("Follow-up call and plan", R::csm, 7, S::call,
              "Call agenda (20 min)\n"
              "1. What led to the score, in their words.\n"
              "2. What would make it a 9.\n"
              "3. What we will do, by when; what we cannot do, and why.\n"
              "4. Log the feedback for Product with the account's ARR."),
         step("Send product feedback", R::product, 10, S::checklist,
              "[ ] Feedback logged with account, ARR and renewal date\n"
              "[ ] Duplicate requests linked\n"
              "[ ] Customer told what happens next")});
}

Playbook critical_tickets() {
    Trigger t = trigger(K::critical_tickets);
    t.count = 2;
    return play("pb-support-escalation", "Risk: critical tickets piling up", "Risk", t,
        "The open critical issues are resolved and the customer knows where each stands.",
        success(SuccessKind::score_at_least, 30, 50),
        {step("Review open critical tickets with Support", R::support, 1, S::checklist,
              "[ ] Every open high or urgent ticket listed with status and owner\n"
              "[ ] Root cause shared across tickets?\n"
              "[ ] Engineering escalation needed? With impact and ARR stated\n"
              "[ ] A date for the next update to the customer"),
         step("Update the customer", R::csm, 2, S::email,
              "Subject: Where your open issues stand\n\n"
              "Hi {contact},\n\n"
              "You have {n} open issues with us and I want you to have one clear picture:\n"
              "- {ticket}: {status}, next update {date}\n"
              "- {ticket}: {status}, next update {date}\n"
              "I will write again on {date} whether or not there is news.\n\n"
              "Best,\n{csm}")});
}

// ---- renewal at 120 / 90 / 60 days ----
Playbook renewal_risk() {
    return play("pb-renewal-120", "Renewal at 120 days: risk assessment", "Renewal", trigger(K::renewal_within, 120),
        "Know the renewal risk early enough to act on it.", success(SuccessKind::renewed, 150),
        {step("Renewal risk assessment", R::csm, 7, S::checklist,
              "[ ] Health color and its trend over the last quarter\n"
              "[ ] Usage against seats purchased; unused seats that could shrink the renewal\n"
              "[ ] Champion and sponsor still in place? Budget owner known?\n"
              "[ ] Open critical tickets and latest NPS / CSAT\n"
              "[ ] Outcomes promised at the start: delivered, partly, not yet\n"
              "[ ] Risk rating (low / medium / high) and the one action that lowers it")});
}

Playbook renewal_qbr() {
    return play("pb-renewal-90", "Renewal at 90 days: value review", "Renewal", trigger(K::renewal_within, 90),
        "The customer sees the value delivered before the renewal conversation.", success(SuccessKind::renewed, 120),
        {step("Prepare the value review", R::csm, 7, S::checklist,
              "[ ] Outcomes achieved against the success criteria, with numbers\n"
              "[ ] Adoption by team; what changed since the last review\n"
              "[ ] Open issues and what is being done\n"
              "[ ] Next year's goals to propose\n"
              "[ ] Sponsor invited; agenda sent a week ahead"),
         step("Value review meeting", R::csm, 21, S::call,
              "Agenda (45 min, with the sponsor)\n"
              "1. Your goals this year and where we are against them.\n"
              "2. What worked and what did not.\n"
              "3. Your priorities for next year.\n"
              "4. How we support them: plan, people, product roadmap.\n"
              "5. Renewal: timeline and who is involved in the decision.")});
}

Playbook renewal_negotiation() {
    return play("pb-renewal-60", "Renewal at 60 days: negotiation", "Renewal", trigger(K::renewal_within, 60),
        "A signed renewal on terms that fit the value delivered.", success(SuccessKind::renewed, 90),
        {step("Send the renewal proposal", R::account_manager, 5, S::email,
              "Subject: Your {product} renewal for {year}\n\n"
              "Hi {contact},\n\n"
              "Your subscription renews on {date}. Based on what we reviewed together ({outcome}), we "
              "propose: {seats} seats on {plan}, {price} per year. Happy to walk through it, and to adjust "
              "if your team's plans have changed.\n\n"
              "Best,\n{account manager}"),
         step("Negotiation prep", R::account_manager, 14, S::checklist,
              "[ ] Decision makers and signer confirmed; procurement steps and dates known\n"
              "[ ] What we can give (term length, seats, timing) and what we will not\n"
              "[ ] Value evidence ready for every objection on price\n"
              "[ ] Walk-away and escalation path agreed with the CS leader"),
         step("Close or escalate", R::account_manager, 30, S::checklist,
              "[ ] Signed, or the blocker written down with its owner\n"
              "[ ] Renewal date and terms updated in the workspace\n"
              "[ ] Outcome note on this task")});
}

// ---- growth and relationships ----
Playbook expansion() {
    Trigger t = trigger(K::expansion_signal);
    t.percent = 90;
    return play("pb-expansion", "Expansion: seats nearly full", "Expansion", t,
        "More seats or a higher plan, because the customer needs them.", success(SuccessKind::expanded, 90),
        {step("Confirm the need", R::csm, 5, S::call,
              "Call agenda (20 min)\n"
              "1. You are using {n} of {seats} seats: who else needs access?\n"
              "2. Teams or use cases planned for the next two quarters.\n"
              "3. Anything holding back wider rollout.\n"
              "4. Who approves more seats, and when budget is set."),
         step("Send the expansion proposal", R::account_manager, 12, S::email,
              "Subject: Room for {team} on {product}\n\n"
              "Hi {contact},\n\n"
              "As discussed, {team} would join the {n} people already working in {product}. Here is what "
              "that looks like: {seats} more seats, {price}, aligned to your renewal on {date}. I can set "
              "up a trial for the new team first if that helps the decision.\n\n"
              "Best,\n{account manager}")});
}

Playbook executive_change() {
    return play("pb-executive-change", "Executive change", "Relationship", trigger(K::new_executive, 45),
        "The new executive knows the value delivered and sponsors the next phase.",
        success(SuccessKind::retained, 180),
        {step("Introduce yourself to the new executive", R::csm, 3, S::email,
              "Subject: Welcome, and a short summary of {product} at {account}\n\n"
              "Hi {executive},\n\n"
              "Congratulations on the new role. I am {account}'s customer success manager. In one line: your "
              "team uses {product} to {outcome}, and since {date} it has {result}. I would value 30 minutes "
              "to hear your priorities and make sure we support them.\n\n"
              "Best regards,\n{csm}"),
         step("Executive alignment meeting", R::csm, 14, S::call,
              "Agenda (30 min)\n"
              "1. Your priorities for the next two quarters.\n"
              "2. What {product} delivers today, with evidence.\n"
              "3. Where it could support your priorities.\n"
              "4. How you want to be kept informed, and how often."),
         step("Update the success plan", R::csm, 21, S::checklist,
              "[ ] Goals updated to the new executive's priorities\n"
              "[ ] Sponsor recorded on the account\n"
              "[ ] Next review date set")});
}

Playbook champion_left() {
    return play("pb-champion-left", "Champion left", "Relationship", trigger(K::champion_left, 90),
        "A new champion is in place before usage or the renewal suffers.", success(SuccessKind::retained, 120),
        {step("Map who is left", R::csm, 2, S::checklist,
              "[ ] Who inherited the champion's work and the admin rights\n"
              "[ ] Other active users who could become the champion\n"
              "[ ] Executive sponsor informed and still in place?"),
         step("Reach the successor", R::csm, 4, S::email,
              "Subject: Picking up {product} at {account}\n\n"
              "Hi {contact},\n\n"
              "{former champion} was our main contact and I understand you are taking over their work. I "
              "would like to make the handover easy: a 30-minute session on how your team uses {product}, "
              "what was planned next, and what you would like to change.\n\n"
              "Best,\n{csm}"),
         step("Onboard the new champion", R::csm, 14, S::call,
              "Agenda (45 min)\n"
              "1. Their goals and how they differ from the previous champion's.\n"
              "2. Current setup, users and open items.\n"
              "3. Training they or their team need.\n"
              "4. How and when we stay in touch.")});
}

// ---- reviews ----
Playbook qbr_prep() {
    Playbook p = play("pb-qbr", "QBR prep (enterprise)", "Review", trigger(K::qbr_due, 90),
        "A business review about outcomes and next steps, not a data dump.", success(SuccessKind::health_green, 90),
        {step("Prepare the QBR", R::csm, 7, S::checklist,
              "[ ] The customer's goals and the numbers that show progress\n"
              "[ ] Two or three wins in their words\n"
              "[ ] Risks and open issues with a plan each\n"
              "[ ] Proposal for next quarter's goals\n"
              "[ ] Sponsor and decision makers invited"),
         step("Run the QBR", R::csm, 21, S::call,
              "Agenda (60 min)\n"
              "1. Goals recap (5 min).\n"
              "2. Outcomes this quarter, with evidence (15 min).\n"
              "3. What got in the way (10 min).\n"
              "4. Next quarter: goals, owners, dates (20 min).\n"
              "5. Feedback on working with us (10 min)."),
         step("Send the QBR summary", R::csm, 23, S::email,
              "Subject: Our review: outcomes and next quarter's plan\n\n"
              "Hi {contact},\n\n"
              "Thank you for the review today. In short:\n"
              "- Achieved: {outcomes}\n"
              "- Next quarter: {goal}, owner {name}, by {date}\n"
              "- We will: {our commitments}\n\n"
              "Best,\n{csm}")});
    p.segment = "Enterprise";
    return p;
}

Playbook churn_postmortem() {
    Playbook p = play("pb-churn-postmortem", "Churn post-mortem", "Review", trigger(K::churned, 30),
        "Learn why the customer left and feed it back to Product, Sales and CS.", success(SuccessKind::none, 30),
        {step("Exit interview", R::csm, 7, S::call,
              "Agenda (20 min)\n"
              "1. Thank them for their time and business.\n"
              "2. The main reason for leaving, and when they decided.\n"
              "3. What could have changed the decision.\n"
              "4. What they will use instead, if anything.\n"
              "5. May we check back in six months?"),
         step("Write the post-mortem", R::cs_leader, 14, S::checklist,
              "[ ] Timeline: signals (usage, tickets, NPS, people) and when we saw them\n"
              "[ ] Root cause: product, fit, onboarding, relationship, price, or outside events\n"
              "[ ] What we would do differently, and which playbook changes\n"
              "[ ] Churn reason recorded on the account"),
         step("Share with Product and Sales", R::product, 21, S::checklist,
              "[ ] Product: blockers and missing features with the ARR lost\n"
              "[ ] Sales: fit and promises made at the sale\n"
              "[ ] Support: recurring issues")});
    p.cooldown_days = 3650;  // one post-mortem per churn
    return p;
}

}  // namespace

std::vector<Playbook> builtin_playbooks() {
    return {onboarding(),    activation(),   adoption_none(),   adoption_low(),      adoption_high(),
            risk_save(),     usage_drop(),   score_drop(),      nps_detractor(),     critical_tickets(),
            renewal_risk(),  renewal_qbr(),  renewal_negotiation(), expansion(),     executive_change(),
            champion_left(), qbr_prep(),     churn_postmortem()};
}

}  // namespace retain
