// Milliseconds since it was made, by the steady clock: how long a slice of work, a step or a load took
// (the frame's share of work, the save's slices, an export, a stored record read).
#pragma once
#include <chrono>

namespace retain {

class Stopwatch {
public:
    double ms() const { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count(); }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace retain
