// Shared by the journey tests: dates by hand and a workspace of one account "A" whose contract starts on
// 2026-01-01.
#pragma once
#include "core/workspace.hpp"

namespace retain::journey_test {

inline Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

inline Workspace one_account() {
    Workspace ws;
    Account a;
    a.id = "A";
    a.contract_start = d(2026, 1, 1);
    ws.accounts.push_back(a);
    ws.reindex();
    return ws;
}

}  // namespace retain::journey_test
