// The Segments & Team view. Not built yet: it says in one line what it will hold, and shows no numbers.
#include "app/icons.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_team_view(AppState&) {
    planned_view(ICON_TEAM, "Segments & Team",
                 "Segments & Team will hold the segmentation rules and engagement models (high-, low- and tech-touch), each CSM's book and capacity against the recommended ratios, headcount needed, the first-CS-hire signal and bulk reassignment.");
}

}  // namespace retain
