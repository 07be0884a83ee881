// The Renewals view's state: the window and sort the user picked (changed only by commands,
// renewal_commands.cpp), the renewal being edited, and the forecast cached by what it was built from so
// drawing computes nothing.
#pragma once
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/renewals/renewal_forecast.hpp"

namespace retain {

enum class RenewalSort : uint8_t { date, arr, health };

struct RenewalsViewState {
    int32_t days = 90;                      // the window: 30, 60, 90 or 180 days ahead
    RenewalSort sort = RenewalSort::date;
    bool descending = false;
    std::string selected_account;           // the renewal whose outcome editor is open ("" = none)
    // The outcome editor's fields, loaded from the recorded outcome when a renewal is selected.
    bool editor_loaded = false;
    int editor_result = 0;
    char editor_reason[256] = {};
    double editor_arr = 0;                  // major units; 0 = not known
    // The forecast, keyed by what it was built from.
    RenewalForecast forecast;
    uint64_t built_revision = UINT64_MAX;
    uint64_t built_history = UINT64_MAX;
    int32_t built_days = -1;
    RenewalSort built_sort = RenewalSort::date;
    bool built_descending = false;
};

struct AppState;
// The view's figures for state() (automation.cpp): the cached forecast when it is current, else computed.
nlohmann::json renewals_automation_state(const AppState& app);

}  // namespace retain
