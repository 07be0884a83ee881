// The account one-pager / QBR pack as a ReportDocument: the account header (name, segment, owner, ARR,
// renewal), goals and outcomes, health with its explanation, the usage trend, value delivered, open
// risks and next steps. Every figure is read from core (core/program/account_review.hpp).
#pragma once
#include "core/analysis.hpp"
#include "io/report/report_document.hpp"

namespace retain {

ReportDocument build_account_report(const Workspace& ws, const Analysis& analysis, AccountIx account);

}  // namespace retain
