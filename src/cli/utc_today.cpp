// The CLI's "today": the current UTC calendar date, for commands whose workspace has no as-of date.
#include <ctime>

#include "cli/commands.hpp"

namespace retain::cli {

Date utc_today() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    return Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace retain::cli
