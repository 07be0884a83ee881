// Measure schemes (core/health/scheme.hpp): linear ranges and bands, both directions.
#include <doctest/doctest.h>

#include "core/health/scheme.hpp"

using namespace retain;

TEST_CASE("a linear scheme maps its range onto 0-100 and clamps outside it") {
    const Scheme up = linear_scheme(Direction::higher_is_better, 0.2, 0.8);
    CHECK(scheme_score(up, 0.5) == doctest::Approx(50));   // halfway
    CHECK(scheme_score(up, 0.35) == doctest::Approx(25));  // (0.35 - 0.2) / 0.6 = 0.25
    CHECK(scheme_score(up, 0.1) == 0);
    CHECK(scheme_score(up, 0.95) == 100);
}

TEST_CASE("a lower-is-better linear scheme gives 100 at the low end") {
    const Scheme down = linear_scheme(Direction::lower_is_better, 1, 3);
    CHECK(scheme_score(down, 1.5) == doctest::Approx(75));  // 100 - 100 x 0.5 / 2
    CHECK(scheme_score(down, 3) == doctest::Approx(0));
    CHECK(scheme_score(down, 0) == 100);
    CHECK(scheme_score(down, 7) == 0);
}

TEST_CASE("bands give the green, yellow or red score by cut-offs in the measure's direction") {
    const Scheme nps = band_scheme(Direction::higher_is_better, 7, 9);
    CHECK(scheme_score(nps, 10) == 100);
    CHECK(scheme_score(nps, 9) == 100);  // the cut-off belongs to the better band
    CHECK(scheme_score(nps, 8) == 50);
    CHECK(scheme_score(nps, 6) == 0);

    const Scheme days = band_scheme(Direction::lower_is_better, 60, 30);
    CHECK(scheme_score(days, 30) == 100);
    CHECK(scheme_score(days, 45) == 50);
    CHECK(scheme_score(days, 61) == 0);

    Scheme custom = nps;
    custom.yellow_score = 40;
    custom.red_score = 10;
    CHECK(scheme_score(custom, 8) == 40);
    CHECK(scheme_score(custom, 2) == 10);
}

TEST_CASE("schemes that cannot score are reported") {
    CHECK(scheme_problem(linear_scheme(Direction::higher_is_better, 0, 1)).empty());
    CHECK_FALSE(scheme_problem(linear_scheme(Direction::higher_is_better, 1, 1)).empty());
    CHECK_FALSE(scheme_problem(band_scheme(Direction::higher_is_better, 9, 7)).empty());  // yellow above green
    CHECK(scheme_problem(band_scheme(Direction::lower_is_better, 60, 30)).empty());
}

TEST_CASE("scheme kinds and directions round-trip through their names") {
    SchemeKind k = SchemeKind::linear;
    CHECK(parse_enum("bands", k));
    CHECK(k == SchemeKind::bands);
    Direction d = Direction::higher_is_better;
    CHECK(parse_enum(to_string(Direction::lower_is_better), d));
    CHECK(d == Direction::lower_is_better);
    CHECK_FALSE(parse_enum("sideways", d));
}
