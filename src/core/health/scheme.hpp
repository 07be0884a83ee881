// How one health measure turns its raw value (a ratio, a count, days, a survey score) into 0-100.
//
// Two schemes, as CS teams write them down (docs/metrics.md, "Health score"):
//  - bands: red / yellow / green cut-offs; the raw value lands in a band and gets that band's score;
//  - linear: a straight line between two raw values, clamped to 0-100.
// Both carry a direction, because "more" is good for active users and bad for open tickets.
#pragma once
#include <cstdint>
#include <string>

namespace retain {

enum class SchemeKind : uint8_t { bands, linear };
enum class Direction : uint8_t { higher_is_better, lower_is_better };

struct Scheme {
    SchemeKind kind = SchemeKind::linear;
    Direction direction = Direction::higher_is_better;
    // linear: `low` and `high` are raw values (low < high). Higher is better: low -> 0, high -> 100;
    // lower is better: low -> 100, high -> 0. Between them a straight line; outside, clamped.
    double low = 0;
    double high = 1;
    // bands: higher is better: raw >= green_at -> green_score, raw >= yellow_at -> yellow_score, else
    // red_score. Lower is better: raw <= green_at -> green, raw <= yellow_at -> yellow, else red.
    double yellow_at = 0;
    double green_at = 0;
    double red_score = 0;
    double yellow_score = 50;
    double green_score = 100;
};

// The 0-100 score of a raw value under a scheme (a degenerate linear range, low == high, is a step at low).
double scheme_score(const Scheme& scheme, double raw);

// Shorthands for the catalogue and for tests (band scores 0 / 50 / 100).
constexpr Scheme linear_scheme(Direction direction, double low, double high) {
    Scheme s;
    s.kind = SchemeKind::linear;
    s.direction = direction;
    s.low = low;
    s.high = high;
    return s;
}
constexpr Scheme band_scheme(Direction direction, double yellow_at, double green_at) {
    Scheme s;
    s.kind = SchemeKind::bands;
    s.direction = direction;
    s.yellow_at = yellow_at;
    s.green_at = green_at;
    return s;
}

// "" when the scheme can score, else what to fix ("linear range: low must be below high").
std::string scheme_problem(const Scheme& scheme);

const char* to_string(SchemeKind k);  // "bands", "linear"
const char* to_string(Direction d);   // "higher_is_better", "lower_is_better"
bool parse_enum(const std::string& text, SchemeKind& out);
bool parse_enum(const std::string& text, Direction& out);

}  // namespace retain
