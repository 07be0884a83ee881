// Inline SVG line chart (report_svg.hpp).
#include "io/report/report_svg.hpp"

#include <algorithm>
#include <cstdio>

#include "io/report/report_html.hpp"

namespace retain {
namespace {

constexpr double kWidth = 640, kHeight = 200;
constexpr double kLeft = 70, kRight = 16, kTop = 14, kBottom = 30;

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

}  // namespace

std::string render_line_chart_svg(const ReportChart& c) {
    const size_t n = c.values.size();
    if (n < 2) return {};
    double lo = *std::min_element(c.values.begin(), c.values.end());
    double hi = *std::max_element(c.values.begin(), c.values.end());
    lo = std::min(lo, 0.0);  // counts and money read from zero, so a small dip does not look like a fall
    if (hi <= lo) hi = lo + 1;
    const double plot_w = kWidth - kLeft - kRight, plot_h = kHeight - kTop - kBottom;
    auto x = [&](size_t i) { return kLeft + plot_w * double(i) / double(n - 1); };
    auto y = [&](double v) { return kTop + plot_h * (1 - (v - lo) / (hi - lo)); };
    auto text_of = [&](size_t i) { return i < c.value_texts.size() ? c.value_texts[i] : num(c.values[i]); };

    std::string s = "<svg class=\"chart\" viewBox=\"0 0 " + num(kWidth) + " " +
                    num(kHeight) + "\" role=\"img\" aria-label=\"" + html_escape(c.caption) + "\">";
    // Axes and the y range.
    s += "<line class=\"axis\" x1=\"" + num(kLeft) + "\" y1=\"" + num(kTop + plot_h) + "\" x2=\"" + num(kWidth - kRight) +
         "\" y2=\"" + num(kTop + plot_h) + "\"/>";
    s += "<line class=\"axis\" x1=\"" + num(kLeft) + "\" y1=\"" + num(kTop) + "\" x2=\"" + num(kLeft) + "\" y2=\"" +
         num(kTop + plot_h) + "\"/>";
    const size_t top_i = size_t(std::max_element(c.values.begin(), c.values.end()) - c.values.begin());
    s += "<text class=\"tick\" x=\"" + num(kLeft - 6) + "\" y=\"" + num(y(c.values[top_i]) + 4) + "\" text-anchor=\"end\">" +
         html_escape(text_of(top_i)) + "</text>";
    s += "<text class=\"tick\" x=\"" + num(kLeft - 6) + "\" y=\"" + num(y(lo) + 4) + "\" text-anchor=\"end\">" +
         (lo == 0 ? std::string("0") : num(lo)) + "</text>";
    const size_t middle = (n - 1) / 2;
    for (size_t i : {size_t(0), middle, n - 1}) {
        if (i >= c.labels.size() || (i == middle && (middle == 0 || middle == n - 1))) continue;
        const char* anchor = i == 0 ? "start" : i == n - 1 ? "end" : "middle";
        s += "<text class=\"tick\" x=\"" + num(x(i)) + "\" y=\"" + num(kHeight - 8) + "\" text-anchor=\"" + anchor + "\">" +
             html_escape(c.labels[i]) + "</text>";
    }
    std::string points;
    for (size_t i = 0; i < n; ++i) points += (i ? " " : "") + num(x(i)) + "," + num(y(c.values[i]));
    s += "<polyline class=\"line\" points=\"" + points + "\"/>";
    for (size_t i = 0; i < n; ++i) {
        s += "<circle class=\"dot\" cx=\"" + num(x(i)) + "\" cy=\"" + num(y(c.values[i])) + "\" r=\"3\"><title>" +
             html_escape((i < c.labels.size() ? c.labels[i] + ": " : std::string()) + text_of(i)) + "</title></circle>";
    }
    s += "</svg>";
    return s;
}

}  // namespace retain
