// The Program view. Not built yet: it says in one line what it will hold, and shows no numbers.
#include "app/icons.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_program_view(AppState&) {
    planned_view(ICON_PROGRAM, "Program",
                 "Program will hold the CS charter, the eight steps to build a customer success function as a checklist, the 90-day launch plan, and the QBR and team reports to export.");
}

}  // namespace retain
