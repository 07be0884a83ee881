// Recorded renewal outcomes in the workspace file (io/renewal_outcomes_json.hpp): optional on read,
// round-trip byte for byte, bad values named by place.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "io/renewal_outcomes_json.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

Workspace with_outcomes() {
    Workspace ws;
    Account a;
    a.id = "ACC-1";
    a.name = "Acme";
    a.renewal_date = Date::from_ymd(2026, 10, 1);
    ws.accounts.push_back(a);
    ws.reindex();
    ws.renewal_outcomes.push_back({"ACC-1", Date::from_ymd(2025, 10, 1), RenewalResult::contracted, Money(1200000),
                                   "budget cut \"Q3\"", Date::from_ymd(2025, 10, 3)});
    ws.renewal_outcomes.push_back({"ACC-1", Date::from_ymd(2026, 10, 1), RenewalResult::renewed, std::nullopt, "", {}});
    return ws;
}

}  // namespace

TEST_CASE("renewal outcomes round-trip byte for byte, and a file without them has none") {
    const std::string once = save_workspace_json(with_outcomes());
    CHECK(once.find("\"renewal_outcomes\"") != std::string::npos);
    Workspace back;
    std::string error;
    REQUIRE(load_workspace_json(once, back, error));
    REQUIRE(back.renewal_outcomes.size() == 2);
    const RenewalOutcome& o = back.renewal_outcomes[0];
    CHECK(o.account == "ACC-1");
    CHECK(o.renewal == Date::from_ymd(2025, 10, 1));
    CHECK(o.result == RenewalResult::contracted);
    REQUIRE(o.arr.has_value());
    CHECK(*o.arr == Money(1200000));
    CHECK(o.reason == "budget cut \"Q3\"");
    CHECK(o.recorded == Date::from_ymd(2025, 10, 3));
    CHECK_FALSE(back.renewal_outcomes[1].arr.has_value());
    CHECK_FALSE(back.renewal_outcomes[1].recorded.ok());
    CHECK(save_workspace_json(back) == once);

    Workspace none = with_outcomes();
    none.renewal_outcomes.clear();
    const std::string plain = save_workspace_json(none);
    CHECK(plain.find("renewal_outcomes") == std::string::npos);
    Workspace read;
    REQUIRE(load_workspace_json(plain, read, error));
    CHECK(read.renewal_outcomes.empty());
}

TEST_CASE("bad renewal outcomes are refused with their place") {
    std::vector<RenewalOutcome> out;
    std::string error;
    using nlohmann::json;
    CHECK_FALSE(renewal_outcomes_from_json(json::parse(R"([{"account":"A","renewal":"2026-01-01","outcome":"won"}])"),
                                           "renewal_outcomes", out, error));
    CHECK(error == "renewal_outcomes[0].outcome: unknown value \"won\"");
    CHECK_FALSE(renewal_outcomes_from_json(json::parse(R"([{"account":"A","outcome":"renewed"}])"), "renewal_outcomes",
                                           out, error));
    CHECK(error.find("renewal_outcomes[0]: an outcome needs an account and a renewal date") == 0);
    CHECK_FALSE(renewal_outcomes_from_json(json::parse(R"([{"account":"A","renewal":"2026-01-01"}])"), "renewal_outcomes",
                                           out, error));
    CHECK_FALSE(renewal_outcomes_from_json(
        json::parse(R"([{"account":"A","renewal":"2026-01-01","outcome":"renewed"},{"account":"A","renewal":"2026-01-01","outcome":"churned"}])"),
        "renewal_outcomes", out, error));
    CHECK(error.find("renewal_outcomes[1]: a second outcome") == 0);
    CHECK_FALSE(renewal_outcomes_from_json(json::parse(R"([{"account":"A","renewal":"2026-01-01","outcome":"renewed","arr":-5}])"),
                                           "renewal_outcomes", out, error));
    CHECK(out.empty());
    REQUIRE(renewal_outcomes_from_json(json::parse(R"([{"account":"A","renewal":"2026-01-01","outcome":"expanded","arr":null}])"),
                                       "renewal_outcomes", out, error));
    REQUIRE(out.size() == 1);
    CHECK(out[0].result == RenewalResult::expanded);
}
