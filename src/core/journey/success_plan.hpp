// 30-60-90 day success plans (docs/metrics.md "Success plans"), after the guides' template: for each period
// a customer goal, the milestone that shows it, an owner, the proof of success and a status. Items are kept
// by their day offset (30, 60, 90): their target dates follow from the plan's start — the recorded
// kickoff, else the contract start — so moving the kickoff moves the whole plan.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace retain {

// custom: the high-touch plan a named CSM builds with the customer; standard: the low-touch plan every
// pooled or tech-touch account gets.
enum class PlanTemplate : uint8_t { custom, standard };
enum class PlanItemStatus : uint8_t { not_started, in_progress, done, blocked };
constexpr int kPlanItemStatusCount = 4;

struct PlanItem {
    int32_t day = 30;      // target: the plan start plus this many days (30, 60 or 90 in the templates)
    std::string goal;      // "Get to first value"
    std::string milestone; // "Setup + first workflow live"
    std::string owner;     // "Onboarding + customer"
    std::string proof;     // proof of success: "Key action completed weekly"
    PlanItemStatus status = PlanItemStatus::not_started;
    Date done;             // when it was marked done
};

struct SuccessPlan {
    std::string account;           // Account::id
    PlanTemplate kind = PlanTemplate::standard;
    std::string outcomes;          // the customer's goals and desired outcomes
    std::string success_criteria;  // how both sides will know it worked
    std::string owner;             // who runs the plan
    Date created;
    std::vector<PlanItem> items;   // by day, then in the order written
};

const char* to_string(PlanTemplate t);
const char* plan_template_label(PlanTemplate t);  // "High-touch custom plan"
bool parse_enum(const std::string& text, PlanTemplate& out);
const char* to_string(PlanItemStatus s);
const char* plan_item_status_label(PlanItemStatus s);
bool parse_enum(const std::string& text, PlanItemStatus& out);

const SuccessPlan* find_plan(const std::vector<SuccessPlan>& plans, const std::string& account);
SuccessPlan* find_plan(std::vector<SuccessPlan>& plans, const std::string& account);

}  // namespace retain
