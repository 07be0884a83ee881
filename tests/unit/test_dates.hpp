// Dates as the unit tests write them: ymd(2026, 3, 31) and ym(2026, 3). One definition for every test file,
// so files that share a unity batch see one function, not two equal ones.
#pragma once
#include "core/date.hpp"

namespace retain::test {

inline Month ym(int y, int m) { return Month::from_ym(y, m); }
inline Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

}  // namespace retain::test
