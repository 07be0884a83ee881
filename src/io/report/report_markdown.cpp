// The Markdown writer (report_markdown.hpp).
#include "io/report/report_markdown.hpp"

#include <cstring>

namespace retain {
namespace {

void write_table(std::string& s, const std::vector<std::string>& header, const std::vector<bool>& numeric,
                 const std::vector<std::vector<std::string>>& rows) {
    s += "|";
    for (const std::string& h : header) s += " " + markdown_escape(h) + " |";
    s += "\n|";
    for (size_t c = 0; c < header.size(); ++c) s += c < numeric.size() && numeric[c] ? " ---: |" : " --- |";
    s += "\n";
    for (const auto& row : rows) {
        s += "|";
        for (const std::string& cell : row) s += " " + markdown_escape(cell) + " |";
        s += "\n";
    }
}

void write_markdown_block(std::string& s, const ReportBlock& b) {
    using K = ReportBlock::Kind;
    switch (b.kind) {
        case K::paragraph: s += markdown_escape(b.text) + "\n\n"; return;
        case K::facts:
            for (const auto& [label, value] : b.facts) s += "- **" + markdown_escape(label) + ":** " + markdown_escape(value) + "\n";
            s += "\n";
            break;
        case K::bullets:
            for (const std::string& item : b.bullets) s += "- " + markdown_escape(item) + "\n";
            s += "\n";
            break;
        case K::table:
            write_table(s, b.table.header, b.table.numeric, b.table.rows);
            s += "\n";
            break;
        case K::chart: {
            s += "*" + markdown_escape(b.chart.caption) + "*\n\n";
            std::vector<std::vector<std::string>> rows;
            for (size_t i = 0; i < b.chart.values.size(); ++i)
                rows.push_back({i < b.chart.labels.size() ? b.chart.labels[i] : std::string(),
                                i < b.chart.value_texts.size() ? b.chart.value_texts[i] : std::to_string(b.chart.values[i])});
            write_table(s, {"Month", "Value"}, {false, true}, rows);
            s += "\n";
            break;
        }
    }
    if (!b.text.empty()) s += "_" + markdown_escape(b.text) + "_\n\n";
}

}  // namespace

std::string markdown_escape(const std::string& text) {
    // Inline emphasis, code, links, HTML and table pipes anywhere; list and heading markers only where a
    // line starts (the writers put text after "- " or "| ", but a paragraph starts a line).
    static const char* const kSpecial = "\\`*_[]<>|~";
    std::string out;
    out.reserve(text.size());
    if (!text.empty() && std::strchr("#-+!=", text[0])) out += '\\';
    for (const char c : text) {
        if (c == '\n' || c == '\r') { out += ' '; continue; }
        if (c != '\0' && std::strchr(kSpecial, c)) out += '\\';
        out += c;
    }
    return out;
}

std::string render_report_markdown(const ReportDocument& doc) {
    std::string s = "# " + markdown_escape(doc.title) + "\n\n";
    if (!doc.subtitle.empty()) s += markdown_escape(doc.subtitle) + "\n\n";
    if (!doc.header.empty()) {
        for (const auto& [label, value] : doc.header) s += "- **" + markdown_escape(label) + ":** " + markdown_escape(value) + "\n";
        s += "\n";
    }
    for (const ReportSection& section : doc.sections) {
        s += "## " + markdown_escape(section.heading) + "\n\n";
        for (const ReportBlock& b : section.blocks) write_markdown_block(s, b);
    }
    if (!doc.footer.empty()) s += "---\n\n" + markdown_escape(doc.footer) + "\n";
    return s;
}

}  // namespace retain
