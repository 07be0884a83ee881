// A line chart as inline SVG for the HTML reports (HTML5 needs no xmlns, so no address is named): fixed viewBox (scales with the page and prints
// sharp), the first, middle and last labels on the x axis, the lowest and highest values on the y axis,
// a <title> per point for hover. Text is escaped. Internal to src/io/report.
#pragma once
#include <string>

#include "io/report/report_document.hpp"

namespace retain {

std::string render_line_chart_svg(const ReportChart& chart);

}  // namespace retain
