// The Renewals view. Not built yet: it says in one line what it will hold, and shows no numbers.
#include "app/icons.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_renewals_view(AppState&) {
    planned_view(ICON_RENEWALS, "Renewals",
                 "Renewals will hold the renewals due in the next 30, 60, 90 and 180 days with their ARR, health and risk, a forecast of renewed ARR, and each renewal's recorded outcome.");
}

}  // namespace retain
