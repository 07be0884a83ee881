#include "io/report/report_format.hpp"

#include <cstdio>

namespace retain {

std::string report_percent(std::optional<double> ratio) {
    if (!ratio) return kReportNoValue;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", *ratio * 100.0);
    return buf;
}

std::string report_date(Date d) { return d.ok() ? format_iso(d) : std::string("not set"); }

std::string report_days(int32_t days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

}  // namespace retain
