// health.calculate: sets the calculator's raw values (from an account, value by value, or cleared) and
// scores them with the current scorecard (core/health/health_calculator.hpp). It changes only the view.
#include <cmath>

#include "app/command_support.hpp"
#include "core/health/health_calculator.hpp"

namespace retain {
namespace commands {
namespace {

constexpr const char* kUsage =
    "health.calculate: expected {account?: id, values?: {measure id: number or null}, reset?: bool}";

json explanation_data(const HealthExplanation& e) {
    json measures = json::array();
    for (const MeasureExplanation& m : e.measures)
        measures.push_back({{"id", m.id}, {"has_value", m.has_value}, {"raw", m.has_value ? json(m.raw) : json(nullptr)},
                            {"score", m.has_value ? json(m.score) : json(nullptr)}, {"contribution", m.contribution}});
    return {{"score", std::isfinite(e.score) ? json(e.score) : json(nullptr)}, {"color", to_string(e.computed)},
            {"why", e.why}, {"missing", e.missing}, {"measures", measures}};
}

CommandResult calculate(AppState& app, const json& args) {
    if (!args.is_object()) return fail(kUsage);
    HealthViewState& v = app.health_view;
    CalculatorInput next = v.calculator;
    next.key_features = app.ws.key_features.empty() ? 5 : app.ws.key_features.size();
    if (get_bool(args, "reset", false)) next = CalculatorInput{{}, 0, next.key_features};
    std::string id;
    if (get_string(args, "account", id)) {
        refresh_derived(app);  // the inputs of this revision
        const AccountIx a = app.ws.find_account(id);
        if (a == kNoAccount) return fail("health.calculate: no account with id \"" + id + "\"");
        next = calculator_input_of(app.analysis.health_inputs, a, next.key_features);
    }
    if (const auto values = args.find("values"); values != args.end()) {
        if (!values->is_object()) return fail(kUsage);
        for (auto it = values->begin(); it != values->end(); ++it) {
            HealthInput in;
            if (!find_health_input(it.key(), in)) return fail("health.calculate: no measure \"" + it.key() + "\"");
            if (it->is_null()) {
                next.present &= ~input_bit(in);
            } else if (it->is_number() && std::isfinite(it->get<double>())) {
                next.raw[size_t(in)] = it->get<double>();
                next.present |= input_bit(in);
            } else {
                return fail("health.calculate: " + it.key() + " must be a number, or null for unknown");
            }
        }
    }
    v.calculator = next;
    v.calculated = calculate_health(app.ws.scorecard, v.calculator);
    v.calculated_revision = app.health_revision;
    CommandResult r;
    r.data = explanation_data(v.calculated);
    return r;
}

}  // namespace

void add_health_calculator_commands(std::vector<Entry>& out) {
    out.push_back({{"health.calculate", "{account?, values?: {measure: number|null}, reset?}",
                    "Score a hypothetical customer's raw values"},
                   calculate});
}

}  // namespace commands
}  // namespace retain
