// The Voice of Customer view. Not built yet: it says in one line what it will hold, and shows no numbers.
#include "app/icons.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_voice_view(AppState&) {
    planned_view(ICON_VOICE, "Voice of Customer",
                 "Voice of Customer will hold feature requests, bugs, pain points and competitor mentions per account, ranked for product by accounts and ARR, NPS, CSAT and CES, and the sales view of which customers thrive.");
}

}  // namespace retain
