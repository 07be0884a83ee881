// How the workspace's JSON sections write an optional civil date: "YYYY-MM-DD", or null when it is not set.
// One definition, so every section writes an unset date the same way.
#pragma once
#include <nlohmann/json.hpp>

#include "core/date.hpp"

namespace retain {

inline nlohmann::json date_or_null(Date d) { return d.ok() ? nlohmann::json(format_iso(d)) : nlohmann::json(nullptr); }

}  // namespace retain
