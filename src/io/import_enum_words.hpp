// The words each enum field of the import catalog accepts (import_fields.cpp), kept apart from the
// field list because they are the part that grows with every export format we meet. Each list starts
// with the workspace's own names (workspace.hpp to_string), then the words exports use for them; the
// source of each group is noted where it is defined.
#pragma once
#include <vector>

#include "io/import_fields.hpp"

namespace retain {

std::vector<EnumWord> account_status_words();
std::vector<EnumWord> lifecycle_stage_words();
std::vector<EnumWord> billing_interval_words();
std::vector<EnumWord> ticket_priority_words();
std::vector<EnumWord> ticket_status_words();
std::vector<EnumWord> ticket_satisfaction_words();
std::vector<EnumWord> survey_kind_words();
std::vector<EnumWord> touchpoint_kind_words();
std::vector<EnumWord> feedback_kind_words();
std::vector<EnumWord> feedback_status_words();

}  // namespace retain
