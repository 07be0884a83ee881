// The product board as CSV for the product team's tool (Productboard, Jira, a spreadsheet): one row per
// request, in the board's order, with the figures of core/voice/feedback_board.hpp:
//   request,title,kind,area,status,accounts,arr,arr_at_risk,at_risk_accounts,items,first_date,last_date,account_names
// Money as units with two decimals (CsvWriter::money); account names joined by "; ", largest ARR first.
#pragma once
#include <string>

#include "core/voice/feedback_board.hpp"
#include "core/workspace.hpp"

namespace retain {

std::string feedback_board_csv(const Workspace& ws, const FeedbackBoard& board);

}  // namespace retain
