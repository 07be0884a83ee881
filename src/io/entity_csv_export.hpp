// Each entity of the workspace as one CSV file, for spreadsheets and other tools. Columns are named
// like the workspace format's fields (docs/workspace-format.md), so an exported file maps back on
// import without any editing. Money is written as units with two decimals ("1234.56"), dates as ISO.
#pragma once
#include <string>
#include <vector>

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

// The same file written a slice at a time (a usage export at 100,000 accounts is millions of rows):
// step() writes about `budget` rows (the header with the first) and lowers it; the text is the same
// wherever the slices fall. The workspace and analysis must not change between steps.
class EntityCsvWriter {
public:
    EntityCsvWriter(const Workspace& ws, const Analysis& analysis, ExportEntity entity);
    bool step(size_t& budget);  // true when the file is complete
    bool done() const;
    double progress() const;  // 0..1, by rows
    std::string take() { return std::move(out_); }

private:
    const Workspace& ws_;
    const Analysis& analysis_;
    ExportEntity entity_;
    size_t rows_;
    size_t next_ = 0;
    bool started_ = false;
    std::vector<std::string> custom_keys_;  // the accounts file's custom columns, in key order
    std::string out_;
};

}  // namespace retain
