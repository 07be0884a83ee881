// The scorecard model (core/health/scorecard.hpp): defaults, editing, validation, overrides.
#include <doctest/doctest.h>

#include <set>

#include "core/health/scorecard.hpp"

using namespace retain;

TEST_CASE("the starter scorecard counts the guides' five inputs and lists commercial measures switched off") {
    const Scorecard s = default_scorecard();
    CHECK(s.measures.size() == size_t(kHealthInputCount));
    for (MeasureGroup g : {MeasureGroup::usage, MeasureGroup::engagement, MeasureGroup::support,
                           MeasureGroup::sentiment, MeasureGroup::relationship}) {
        CHECK(s.group_weights[size_t(g)] > 0);
        bool counted = false;
        for (const Measure& m : s.measures) counted = counted || (m.group == g && m.enabled && m.weight > 0);
        CHECK(counted);
    }
    for (const Measure& m : s.measures)
        if (m.group == MeasureGroup::commercial) CHECK_FALSE(m.enabled);
    CHECK(s.thresholds.red_below == 50);
    CHECK(s.thresholds.green_from == 75);
    CHECK(scorecard_problem(s).empty());
}

TEST_CASE("measure ids are unique snake_case names") {
    std::set<std::string> ids;
    for (int i = 0; i < kHealthInputCount; ++i) {
        const std::string id = measure_info(HealthInput(i)).id;
        CHECK(ids.insert(id).second);
        for (char c : id) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'));
        HealthInput back;
        CHECK(find_health_input(id, back));
        CHECK(back == HealthInput(i));
    }
}

TEST_CASE("measures can be removed, added back from the catalogue and reweighted") {
    Scorecard s = default_scorecard();
    CHECK(remove_measure(s, "nps"));
    CHECK(find_measure(s, "nps") == nullptr);
    CHECK_FALSE(remove_measure(s, "nps"));
    CHECK(add_measure(s, "nps"));
    CHECK_FALSE(add_measure(s, "nps"));         // already there
    CHECK_FALSE(add_measure(s, "shoe_size"));   // not in the catalogue
    Measure* nps = find_measure(s, "nps");
    REQUIRE(nps != nullptr);
    CHECK(nps->group == MeasureGroup::sentiment);
    nps->weight = 5;
    CHECK(find_measure(s, "nps")->weight == 5);
}

TEST_CASE("a scorecard that cannot score says why") {
    Scorecard s = default_scorecard();
    s.measures.push_back(s.measures[0]);
    CHECK(scorecard_problem(s).find("twice") != std::string::npos);
    s = default_scorecard();
    s.thresholds.red_below = 80;
    CHECK_FALSE(scorecard_problem(s).empty());
    s = default_scorecard();
    s.measures[0].id = "vibes";
    CHECK(scorecard_problem(s).find("vibes") != std::string::npos);
    s = default_scorecard();
    s.group_weights.fill(0);
    CHECK_FALSE(scorecard_problem(s).empty());
}

TEST_CASE("colors follow the editable thresholds") {
    ColorThresholds t;
    CHECK(color_for(49.9, t) == HealthColor::red);  // defaults: red below 50, green from 75
    CHECK(color_for(50, t) == HealthColor::yellow);
    CHECK(color_for(74.9, t) == HealthColor::yellow);
    CHECK(color_for(75, t) == HealthColor::green);
    t.red_below = 40;
    t.green_from = 80;
    CHECK(color_for(45, t) == HealthColor::yellow);
    CHECK(color_for(39, t) == HealthColor::red);
    CHECK(color_for(79, t) == HealthColor::yellow);
}

TEST_CASE("an override applies from the day it is set until the day before it expires") {
    HealthOverride o;
    o.account_id = "A1";
    o.color = HealthColor::green;
    o.reason = "new sponsor signed the expansion";
    o.created = Date::from_ymd(2026, 11, 1);
    o.expires = Date::from_ymd(2026, 12, 1);
    CHECK(override_problem(o).empty());
    CHECK_FALSE(override_applies(o, Date::from_ymd(2026, 10, 31)));
    CHECK(override_applies(o, Date::from_ymd(2026, 11, 1)));
    CHECK(override_applies(o, Date::from_ymd(2026, 11, 30)));
    CHECK_FALSE(override_applies(o, Date::from_ymd(2026, 12, 1)));
    o.expires = Date{};
    CHECK_FALSE(override_applies(o, Date::from_ymd(2026, 11, 15)));  // no expiry, no override
    CHECK(override_problem(o).find("expiry") != std::string::npos);
    o.expires = Date::from_ymd(2026, 12, 1);
    o.reason.clear();
    CHECK(override_problem(o).find("reason") != std::string::npos);
}

TEST_CASE("colors and groups round-trip through their names") {
    HealthColor c = HealthColor::none;
    CHECK(parse_enum("yellow", c));
    CHECK(c == HealthColor::yellow);
    CHECK(std::string(to_string(HealthColor::red)) == "red");
    MeasureGroup g = MeasureGroup::usage;
    CHECK(parse_enum("relationship", g));
    CHECK(g == MeasureGroup::relationship);
    CHECK(std::string(group_label(MeasureGroup::commercial)) == "Commercial");
}
