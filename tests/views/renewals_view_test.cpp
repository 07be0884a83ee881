// The Renewals view: drawn in both themes over the demo and an empty workspace; the window, sort and
// selection commands; recording, replacing and clearing an outcome, with undo and redo; state() shows
// the cached forecast's figures.
#include <doctest/doctest.h>

#include "app/automation.hpp"
#include "app/views/views.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("Renewals draws every window in both themes over the demo, and state() shows its figures") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "navigate", {{"view", "renewals"}}).ok);
    for (const char* theme : {"dark", "light"}) {
        REQUIRE(run_command(h.app, "theme.set", {{"mode", theme}}).ok);
        for (int days : {30, 60, 90, 180}) {
            REQUIRE(run_command(h.app, "renewals.set_window", {{"days", days}}).ok);
            h.frames(2);
            CHECK(h.app.renewals_view.forecast.days == days);
        }
    }
    CHECK(h.app.last_error.empty());
    const RenewalForecast& f = h.app.renewals_view.forecast;
    REQUIRE_FALSE(f.rows.empty());  // the demo has renewals in the next 180 days
    Money due, at_risk;
    for (const UpcomingRenewal& r : f.rows) {
        due += r.arr;
        if (r.at_risk) at_risk += r.arr;
        CHECK(r.date >= f.as_of);
        CHECK(r.date <= f.as_of.plus_days(180));
    }
    CHECK(f.arr_due == due);
    CHECK(f.at_risk_arr == at_risk);
    CHECK(f.forecast_arr <= f.arr_due);
    CHECK(f.forecast_arr.minor > 0);
    const nlohmann::json s = automation_state(h.app);
    CHECK(s["renewals"]["days"] == 180);
    CHECK(s["renewals"]["due"] == f.rows.size());
    CHECK(s["renewals"]["forecast_arr"] == f.forecast_arr.minor);
    CHECK(s["renewals"]["calibration"].size() == 4);

    // A shorter window never holds more.
    REQUIRE(run_command(h.app, "renewals.set_window", {{"days", 30}}).ok);
    CHECK(automation_state(h.app)["renewals"]["due"].get<size_t>() <= f.rows.size());
    CHECK_FALSE(run_command(h.app, "renewals.set_window", {{"days", 45}}).ok);
    CHECK(h.app.renewals_view.days == 30);
}

TEST_CASE("the Renewals view computes the weekly health history and calibrates on it") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "navigate", {{"view", "renewals"}}).ok);
    for (int i = 0; i < 2000 && !h.app.health_view.history_ready; ++i) h.frame();
    REQUIRE(h.app.health_view.history_ready);
    h.frames(1);
    const RenewalCalibrationTable& cal = h.app.renewals_view.forecast.calibration;
    REQUIRE(cal.from.ok());
    CHECK(cal.from == h.app.health_view.history.dates.front());
    CHECK(cal.to == h.app.analysis.as_of.plus_days(-1));
    int32_t past = 0;
    for (size_t c = 0; c < cal.colors.size(); ++c) {
        const RenewalCalibration& k = cal.colors[c];
        past += k.past;
        CHECK(k.kept <= k.past);
        CHECK(k.calibrated == (k.past >= kMinCalibrationRenewals));
        if (k.calibrated) CHECK(k.probability == doctest::Approx(double(k.kept) / double(k.past)));
        else CHECK(k.probability == doctest::Approx(kDefaultRenewalProbability[c]));
    }
    CHECK(past > 0);  // the demo has renewals in the last 26 weeks
    CHECK(automation_state(h.app)["renewals"]["calibration"][3]["past"] == cal.colors[3].past);
}

TEST_CASE("renewals.sort orders the table by ARR and health") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "navigate", {{"view", "renewals"}}).ok);
    REQUIRE(run_command(h.app, "renewals.set_window", {{"days", 180}}).ok);
    REQUIRE(run_command(h.app, "renewals.sort", {{"by", "arr"}, {"descending", true}}).ok);
    h.frames(2);
    const auto& rows = h.app.renewals_view.forecast.rows;
    REQUIRE(rows.size() > 1);
    for (size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].arr >= rows[i].arr);
    REQUIRE(run_command(h.app, "renewals.sort", {{"by", "date"}}).ok);
    h.frames(2);
    for (size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].date <= rows[i].date);
    CHECK_FALSE(run_command(h.app, "renewals.sort", {{"by", "name"}}).ok);
}

TEST_CASE("record an outcome, replace it, clear it, and undo and redo each step") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "navigate", {{"view", "renewals"}}).ok);
    REQUIRE(run_command(h.app, "renewals.set_window", {{"days", 180}}).ok);
    h.frames(2);
    REQUIRE_FALSE(h.app.renewals_view.forecast.rows.empty());
    const UpcomingRenewal row = h.app.renewals_view.forecast.rows.front();
    const std::string id = h.app.ws.accounts[row.account].id;
    const std::string date = format_iso(row.date);
    REQUIRE(run_command(h.app, "renewals.select", {{"account", id}}).ok);
    h.frames(2);  // the outcome editor is drawn

    // Bad input changes nothing.
    const size_t steps = h.app.undo.undo.size();
    CHECK_FALSE(run_command(h.app, "renewals.record_outcome", {{"account", id}, {"date", date}, {"outcome", "won"}}).ok);
    CHECK_FALSE(run_command(h.app, "renewals.record_outcome",
                            {{"account", id}, {"date", format_iso(row.date.plus_days(1))}, {"outcome", "renewed"}}).ok);
    CHECK_FALSE(run_command(h.app, "renewals.record_outcome", {{"account", "no-such"}, {"date", date}, {"outcome", "renewed"}}).ok);
    CHECK_FALSE(run_command(h.app, "renewals.clear_outcome", {{"account", id}, {"date", date}}).ok);
    CHECK(h.app.ws.renewal_outcomes.empty());
    CHECK(h.app.undo.undo.size() == steps);

    REQUIRE(run_command(h.app, "renewals.record_outcome",
                        {{"account", id}, {"date", date}, {"outcome", "contracted"}, {"reason", "budget cut"}, {"arr", 500000}})
                .ok);
    REQUIRE(h.app.ws.renewal_outcomes.size() == 1);
    CHECK(h.app.ws.renewal_outcomes[0].result == RenewalResult::contracted);
    CHECK(*h.app.ws.renewal_outcomes[0].arr == Money(500000));
    CHECK(h.app.ws.renewal_outcomes[0].recorded == h.app.analysis.as_of);
    h.frames(2);
    CHECK(h.app.renewals_view.forecast.rows.front().outcome == 0);
    CHECK(automation_state(h.app)["renewals"]["rows"][0]["outcome"] == "contracted");

    // Recording again replaces the outcome of the same renewal.
    REQUIRE(run_command(h.app, "renewals.record_outcome", {{"account", id}, {"date", date}, {"outcome", "churned"}}).ok);
    REQUIRE(h.app.ws.renewal_outcomes.size() == 1);
    CHECK(h.app.ws.renewal_outcomes[0].result == RenewalResult::churned);
    CHECK_FALSE(h.app.ws.renewal_outcomes[0].arr.has_value());
    CHECK(h.app.undo.undo.size() == steps + 2);

    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    REQUIRE(h.app.ws.renewal_outcomes.size() == 1);
    CHECK(h.app.ws.renewal_outcomes[0].result == RenewalResult::contracted);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(h.app.ws.renewal_outcomes.empty());
    h.frames(2);
    CHECK(h.app.renewals_view.forecast.rows.front().outcome == -1);
    REQUIRE(run_command(h.app, "edit.redo", {}).ok);
    CHECK(h.app.ws.renewal_outcomes.size() == 1);

    REQUIRE(run_command(h.app, "renewals.clear_outcome", {{"account", id}, {"date", date}}).ok);
    CHECK(h.app.ws.renewal_outcomes.empty());
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(h.app.ws.renewal_outcomes.size() == 1);
    REQUIRE(run_command(h.app, "renewals.select", {{"account", ""}}).ok);
    h.frames(1);
    CHECK(h.app.last_error.empty());

    // A renewal just past takes an outcome too, and its row shows it.
    REQUIRE_FALSE(h.app.renewals_view.forecast.recent.empty());  // the demo has renewals in the last 180 days
    const UpcomingRenewal past = h.app.renewals_view.forecast.recent.front();
    CHECK(past.date < h.app.analysis.as_of);
    const std::string past_id = h.app.ws.accounts[past.account].id;
    REQUIRE(run_command(h.app, "renewals.select", {{"account", past_id}}).ok);
    REQUIRE(run_command(h.app, "renewals.record_outcome",
                        {{"account", past_id}, {"date", format_iso(past.date)}, {"outcome", "expanded"}}).ok);
    h.frames(2);
    CHECK(h.app.renewals_view.forecast.recent.front().outcome >= 0);
}

TEST_CASE("Renewals over an empty workspace says there is nothing to show") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    REQUIRE(run_command(h.app, "navigate", {{"view", "renewals"}}).ok);
    h.frames(3);
    const nlohmann::json s = automation_state(h.app);
    CHECK(s["renewals"]["due"] == 0);
    CHECK(s["renewals"]["forecast_arr"] == 0);
}
