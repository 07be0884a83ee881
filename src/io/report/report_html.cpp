// The HTML writer (report_html.hpp). One page, no scripts: the Content-Security-Policy meta tag says so
// to the browser too (nothing may load, inline styles only), so the file is safe to open from email.
#include "io/report/report_html.hpp"

#include "io/report/report_svg.hpp"

namespace retain {
namespace {

// Light colours whatever the viewer's theme: reports are read on paper and in email.
constexpr const char* kStyle =
    "body{font:14px/1.45 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1d2330;margin:0;"
    "background:#fff}"
    "main{max-width:820px;margin:0 auto;padding:32px 28px}"
    "h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;padding-bottom:4px;"
    "border-bottom:2px solid #3b6fd8;color:#23408e}"
    ".subtitle{color:#5b6475;margin:0 0 16px}"
    ".header{display:flex;flex-wrap:wrap;gap:8px 28px;margin:12px 0 8px;padding:12px 16px;background:#f2f5fb;"
    "border-radius:6px}"
    ".header div{min-width:120px}.header dt{font-size:12px;color:#5b6475;text-transform:uppercase;letter-spacing:.04em}"
    ".header dd{margin:0;font-size:17px;font-weight:600}"
    "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:8px 0}"
    "dl.facts dt{color:#5b6475}dl.facts dd{margin:0}"
    "table{border-collapse:collapse;width:100%;margin:8px 0}th,td{padding:5px 8px;border-bottom:1px solid #dde2ec;"
    "text-align:left;vertical-align:top}th{font-size:12px;color:#5b6475;text-transform:uppercase;letter-spacing:.04em}"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}"
    "ul{margin:6px 0;padding-left:22px}"
    ".note{color:#5b6475;font-size:13px}"
    "svg.chart{width:100%;height:auto;max-height:230px}svg .axis{stroke:#9aa3b5;stroke-width:1}"
    "svg .line{fill:none;stroke:#3b6fd8;stroke-width:2.5}svg .dot{fill:#3b6fd8}"
    "svg .tick{font-size:11px;fill:#5b6475}"
    "footer{margin-top:32px;color:#5b6475;font-size:12px;border-top:1px solid #dde2ec;padding-top:8px}"
    "@page{size:A4;margin:16mm}"
    "@media print{main{max-width:none;padding:0}section{break-inside:avoid;page-break-inside:avoid}"
    "h2{break-after:avoid;page-break-after:avoid}.header{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

void write_facts(std::string& s, const std::vector<std::pair<std::string, std::string>>& rows) {
    s += "<dl class=\"facts\">";
    for (const auto& [label, value] : rows) s += "<dt>" + html_escape(label) + "</dt><dd>" + html_escape(value) + "</dd>";
    s += "</dl>";
}

void write_table(std::string& s, const ReportTable& t) {
    auto cell_class = [&](size_t c) { return c < t.numeric.size() && t.numeric[c] ? std::string(" class=\"num\"") : std::string(); };
    s += "<table><thead><tr>";
    for (size_t c = 0; c < t.header.size(); ++c) s += "<th" + cell_class(c) + ">" + html_escape(t.header[c]) + "</th>";
    s += "</tr></thead><tbody>";
    for (const auto& row : t.rows) {
        s += "<tr>";
        for (size_t c = 0; c < row.size(); ++c) s += "<td" + cell_class(c) + ">" + html_escape(row[c]) + "</td>";
        s += "</tr>";
    }
    s += "</tbody></table>";
}

void write_html_block(std::string& s, const ReportBlock& b) {
    using K = ReportBlock::Kind;
    switch (b.kind) {
        case K::paragraph: s += "<p>" + html_escape(b.text) + "</p>"; return;
        case K::facts: write_facts(s, b.facts); break;
        case K::bullets:
            s += "<ul>";
            for (const std::string& item : b.bullets) s += "<li>" + html_escape(item) + "</li>";
            s += "</ul>";
            break;
        case K::table: write_table(s, b.table); break;
        case K::chart:
            s += "<figure>" + render_line_chart_svg(b.chart) + "<figcaption class=\"note\">" + html_escape(b.chart.caption) +
                 "</figcaption></figure>";
            break;
    }
    if (!b.text.empty()) s += "<p class=\"note\">" + html_escape(b.text) + "</p>";
}

}  // namespace

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string render_report_html(const ReportDocument& doc) {
    std::string s;
    s.reserve(16384);
    s += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"generator\" content=\"Retain\"><title>" +
         html_escape(doc.title) + "</title><style>" + kStyle + "</style></head>\n<body><main>";
    s += "<h1>" + html_escape(doc.title) + "</h1>";
    if (!doc.subtitle.empty()) s += "<p class=\"subtitle\">" + html_escape(doc.subtitle) + "</p>";
    if (!doc.header.empty()) {
        s += "<dl class=\"header\">";
        for (const auto& [label, value] : doc.header)
            s += "<div><dt>" + html_escape(label) + "</dt><dd>" + html_escape(value) + "</dd></div>";
        s += "</dl>";
    }
    for (const ReportSection& section : doc.sections) {
        s += "\n<section><h2>" + html_escape(section.heading) + "</h2>";
        for (const ReportBlock& b : section.blocks) write_html_block(s, b);
        s += "</section>";
    }
    if (!doc.footer.empty()) s += "\n<footer>" + html_escape(doc.footer) + "</footer>";
    s += "</main></body></html>\n";
    return s;
}

}  // namespace retain
