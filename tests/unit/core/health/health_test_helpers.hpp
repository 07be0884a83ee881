// Small hand-built pieces shared by the health tests.
#pragma once
#include <string>

#include "core/health/health_score.hpp"
#include "test_dates.hpp"

namespace retain::health_test {

using test::ymd;

inline Workspace accounts(int n) {
    Workspace ws;
    for (int i = 0; i < n; ++i) {
        Account a;
        a.id = "A" + std::to_string(i);
        ws.accounts.push_back(a);
    }
    ws.reindex();
    return ws;
}

// Inputs for n active accounts with no values yet.
inline HealthInputs empty_inputs(size_t n, Date as_of) {
    HealthInputs in;
    in.as_of = as_of;
    in.resize(n);
    for (size_t r = 0; r < n; ++r) {
        in.present[r] = 0;
        in.active[r] = 1;
    }
    return in;
}

inline void put(HealthInputs& in, size_t row, HealthInput input, double value) {
    in.values[size_t(input)][row] = float(value);
    in.present[row] |= input_bit(input);
}

// A scorecard of the given measures only (default schemes), in groups weighted as given.
inline Measure measure(const char* id, double weight) {
    HealthInput in;
    find_health_input(id, in);
    const MeasureInfo& info = measure_info(in);
    Measure m;
    m.id = id;
    m.group = info.group;
    m.label = info.label;
    m.scheme = info.scheme;
    m.weight = weight;
    return m;
}

}  // namespace retain::health_test
