#include "core/journey/success_plan.hpp"

#include "core/enum_names.hpp"

namespace retain {
namespace {
const char* const kTemplateNames[] = {"custom", "standard"};
const char* const kTemplateLabels[] = {"High-touch custom plan", "Low-touch standard plan"};
const char* const kStatusNames[] = {"not_started", "in_progress", "done", "blocked"};
const char* const kStatusLabels[] = {"Not started", "In progress", "Done", "Blocked"};
}  // namespace

const char* to_string(PlanTemplate t) { return kTemplateNames[size_t(t)]; }
const char* plan_template_label(PlanTemplate t) { return kTemplateLabels[size_t(t)]; }
bool parse_enum(const std::string& text, PlanTemplate& out) { return parse_enum_name(kTemplateNames, text, out); }
const char* to_string(PlanItemStatus s) { return kStatusNames[size_t(s)]; }
const char* plan_item_status_label(PlanItemStatus s) { return kStatusLabels[size_t(s)]; }
bool parse_enum(const std::string& text, PlanItemStatus& out) { return parse_enum_name(kStatusNames, text, out); }

const SuccessPlan* find_plan(const std::vector<SuccessPlan>& plans, const std::string& account) {
    for (const SuccessPlan& p : plans)
        if (p.account == account) return &p;
    return nullptr;
}

SuccessPlan* find_plan(std::vector<SuccessPlan>& plans, const std::string& account) {
    for (SuccessPlan& p : plans)
        if (p.account == account) return &p;
    return nullptr;
}

}  // namespace retain
