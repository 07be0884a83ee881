// A report as plain data, before any format: a title, a few header facts and sections of blocks
// (paragraphs, facts, bullet lists, tables, line charts). The account one-pager (account_report.hpp) and
// the team report (team_report.hpp) build one from the workspace and the core's figures; the writers
// (report_html.hpp, report_markdown.hpp) turn it into a file. Text here is plain: each writer escapes it.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace retain {

struct ReportChart {
    std::string caption;              // "Active users, last 12 months"
    std::vector<std::string> labels;  // one per point, x axis ("2026-01")
    std::vector<double> values;       // one per point
    std::vector<std::string> value_texts;  // each value as the report shows it ("$12.3K", "41")
};

struct ReportTable {
    std::vector<std::string> header;
    std::vector<bool> numeric;                   // per column: right-aligned
    std::vector<std::vector<std::string>> rows;
};

struct ReportBlock {
    enum class Kind { paragraph, facts, bullets, table, chart };
    Kind kind = Kind::paragraph;
    std::string text;                                        // paragraph; for the others an optional note
    std::vector<std::pair<std::string, std::string>> facts;  // label, value
    std::vector<std::string> bullets;
    ReportTable table;
    ReportChart chart;
};

struct ReportSection {
    std::string heading;
    std::vector<ReportBlock> blocks;
};

struct ReportDocument {
    std::string title;     // "Northwind Analytics: account review"
    std::string subtitle;  // "As of 2026-11-15 · Acme workspace"
    std::vector<std::pair<std::string, std::string>> header;  // the key facts under the title
    std::vector<ReportSection> sections;
    std::string footer;    // where the numbers come from
};

// Builders, so report code reads as the document it makes.
ReportBlock paragraph(std::string text);
ReportBlock facts(std::vector<std::pair<std::string, std::string>> rows);
ReportBlock bullets(std::vector<std::string> items, std::string when_empty);
ReportBlock table(ReportTable t, std::string when_empty);
ReportBlock chart(ReportChart c, std::string when_empty);

}  // namespace retain
