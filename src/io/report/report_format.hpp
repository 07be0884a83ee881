// How reports write numbers: the presentation edge, where a ratio becomes "97.3%". Internal to
// src/io/report.
#pragma once
#include <optional>
#include <string>

#include "core/date.hpp"

namespace retain {

constexpr const char* kReportNoValue = "n/a";

std::string report_percent(std::optional<double> ratio);  // 0.973 -> "97.3%", no value -> "n/a"
std::string report_date(Date d);                          // "2026-11-15", empty -> "not set"
std::string report_days(int32_t days);                    // "1 day", "12 days"

}  // namespace retain
