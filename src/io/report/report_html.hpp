// A report as one self-contained HTML file: inline CSS (with print rules: A4 margins, sections kept
// off page breaks), charts as inline SVG, no scripts, no external resources, every text escaped. Opens
// in any browser and prints cleanly to PDF.
#pragma once
#include <string>

#include "io/report/report_document.hpp"

namespace retain {

std::string render_report_html(const ReportDocument& doc);

// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(const std::string& text);

}  // namespace retain
