// A report as Markdown (CommonMark with GitHub tables): for a CRM note, a wiki or an email. Charts become
// a table of their points. User text is escaped so a name with * _ | < or # stays text.
#pragma once
#include <string>

#include "io/report/report_document.hpp"

namespace retain {

std::string render_report_markdown(const ReportDocument& doc);

// Backslash-escapes Markdown's inline punctuation (and a list or heading marker at the start) and turns
// newlines into spaces (one line of text).
std::string markdown_escape(const std::string& text);

}  // namespace retain
