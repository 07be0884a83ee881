// The guides' checklists in our words (program_guide.hpp).
#include "core/program/program_guide.hpp"

namespace retain {

const std::array<ProgramStep, kProgramStepCount>& program_steps() {
    static const std::array<ProgramStep, kProgramStepCount> kSteps = {{
        {"charter", "Define the purpose and scope of customer success",
         "Write the charter: who we serve, the outcomes they want, what CS owns and what it leaves to sales and "
         "support. CS is proactive, not reactive support.",
         "program", "Edit the charter"},
        {"segments", "Choose a CS model per customer segment",
         "High-touch for enterprise (dedicated CSM, QBRs), low-touch for mid-market (pooled CSMs, group "
         "training), tech-touch for SMB (automated email, in-app help). Match effort to customer value.",
         "team", "Open Segments & Team"},
        {"team", "Hire CSMs with the right blend of skills",
         "Empathy, problem solving, business sense, project management and comfort with data. Size the team "
         "from the accounts each CSM can carry.",
         "team", "Open Segments & Team"},
        {"health", "Build a customer health score",
         "Combine usage, engagement, support, sentiment and relationship into red / yellow / green, scored "
         "automatically, and check it against the customers who actually churned.",
         "health", "Open Health"},
        {"playbooks", "Create onboarding, adoption and renewal playbooks",
         "Repeatable plays for each lifecycle stage, triggered by what happens to an account, so every CSM "
         "works the same way and the work scales.",
         "playbooks", "Open Playbooks & Tasks"},
        {"platform", "Put customer data in one place",
         "Bring CRM, billing, product usage, support and survey data together so health scores and playbooks "
         "run on it. Retain is that place for a small team.",
         "data", "Open Data"},
        {"metrics", "Set CS metrics tied to outcomes",
         "Track NRR, gross retention, the health mix, expansion and time to value; reward retention and "
         "growth, not activity.",
         "revenue", "Open Revenue"},
        {"feedback", "Build feedback loops to product and sales",
         "Route pain points, feature requests and competitor mentions to product for the roadmap and to "
         "sales for positioning. CS is the voice of the customer inside the company.",
         "voice", "Open Voice of Customer"},
    }};
    return kSteps;
}

const ProgramStep* find_program_step(const std::string& id) {
    for (const ProgramStep& s : program_steps())
        if (id == s.id) return &s;
    return nullptr;
}

const std::array<LaunchItem, kLaunchItemCount>& launch_items() {
    using P = LaunchPhase;
    static const std::array<LaunchItem, kLaunchItemCount> kItems = {{
        {"basics-charter", P::basics, "Write your CS charter and define customer outcomes"},
        {"basics-journey", P::basics, "Map the journey and define 3-5 key milestones"},
        {"basics-playbooks", P::basics, "Create onboarding and risk playbooks (start simple)"},
        {"basics-kpis", P::basics, "Pick a small set of KPIs and set a reporting cadence"},
        {"pilot-onboarding", P::pilot, "Run onboarding consistently for a cohort of customers"},
        {"pilot-health", P::pilot, "Build a basic health score (3-5 inputs)"},
        {"pilot-risk-review", P::pilot, "Start a weekly at-risk review with clear action owners"},
        {"pilot-feedback", P::pilot, "Collect feedback and fix friction fast"},
        {"scale-segments", P::scale, "Segment customers and assign engagement models"},
        {"scale-plans", P::scale, "Standardize success plans and meeting agendas"},
        {"scale-handoffs", P::scale, "Formalize handoffs (Sales to CS, CS to Support and Product)"},
        {"scale-enablement", P::scale, "Publish 2-3 enablement assets (guides, webinars, templates)"},
    }};
    return kItems;
}

const LaunchItem* find_launch_item(const std::string& id) {
    for (const LaunchItem& i : launch_items())
        if (id == i.id) return &i;
    return nullptr;
}

const char* launch_phase_label(LaunchPhase p) {
    switch (p) {
        case LaunchPhase::not_started: return "Not started";
        case LaunchPhase::basics: return "Days 1-30: Build the basics";
        case LaunchPhase::pilot: return "Days 31-60: Pilot and iterate";
        case LaunchPhase::scale: return "Days 61-90: Scale what works";
        case LaunchPhase::finished: return "Finished: the 90 days are over";
    }
    return "";
}

const CharterPrompt& charter_prompt(CharterField f) {
    static const CharterPrompt kPrompts[kCharterFieldCount] = {
        {"Who we serve", "Who are our customers? The ideal customer profile: size, industry, the team that buys."},
        {"The outcomes they want", "What business results do they buy us for? \"Close the books 3 days faster\", "
                                   "not features. What is their first value moment?"},
        {"Where we create value", "The moments that matter in the lifecycle: onboarding, first value, adoption, "
                                  "renewal, expansion."},
        {"What CS owns", "Which stages and results does CS own directly? Onboarding, adoption, health, "
                         "retention, expansion support?"},
        {"What CS does not own", "Where do sales, support, product and marketing lead, and CS only partners? "
                                 "Boundaries keep CS from becoming the everything team."},
        {"How we measure success", "A small set of KPIs tied to retention and growth (NRR, GRR, churn, health, time "
                                   "to value), at team and account level."},
    };
    return kPrompts[int(f)];
}

}  // namespace retain
