// Each entity of the workspace as one CSV file, for spreadsheets and other tools. Columns are named
// like the workspace format's fields (docs/workspace-format.md), so an exported file maps back on
// import without any editing. Money is written as units with two decimals ("1234.56"), dates as ISO.
#pragma once
#include <string>

#include "core/analysis.hpp"
#include "core/workspace.hpp"

namespace retain {

enum class ExportEntity : uint8_t { accounts, csms, contacts, subscriptions, mrr, usage, tickets, surveys, touchpoints };
constexpr int kExportEntityCount = 9;

const char* to_string(ExportEntity e);  // "accounts", ..., the file name stem
bool parse_enum(const std::string& text, ExportEntity& out);

// The accounts file adds each account's status and its current MRR and ARR (from `analysis`); its
// custom fields follow as one column per key, in key order.
std::string export_entity_csv(const Workspace& ws, const Analysis& analysis, ExportEntity entity);

}  // namespace retain
