// The Health view. Not built yet: it says in one line what it will hold, and shows no numbers.
#include "app/icons.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_health_view(AppState&) {
    planned_view(ICON_HEALTH, "Health",
                 "Health will hold the customer health scorecard: usage, engagement, support, sentiment and relationship measures rolled up to red/yellow/green, each account's explanation and trend, the scorecard editor, the health score calculator and a backtest of the score against real churn.");
}

}  // namespace retain
