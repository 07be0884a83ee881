// The Playbooks & Tasks view. Not built yet: it says in one line what it will hold, and shows no numbers.
#include "app/icons.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_playbooks_view(AppState&) {
    planned_view(ICON_PLAYBOOKS, "Playbooks & Tasks",
                 "Playbooks & Tasks will hold the playbook library (onboarding, adoption, risk and save, renewal, expansion, champion left, QBR prep), their triggers, and the task inbox they fill: mine, team, overdue and due this week.");
}

}  // namespace retain
