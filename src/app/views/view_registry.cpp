#include "app/icons.hpp"
#include "app/views/views.hpp"

namespace retain {

const ViewSpec& view_spec(ViewId id) {
    // Order = navigation order = ViewId order (Ctrl+1 .. Ctrl+0).
    static const ViewSpec kViews[kViewCount] = {
        {ViewId::overview, "Overview", ICON_OVERVIEW, draw_overview_view},
        {ViewId::accounts, "Accounts", ICON_ACCOUNTS, draw_accounts_view},
        {ViewId::health, "Health", ICON_HEALTH, draw_health_view},
        {ViewId::revenue, "Revenue", ICON_REVENUE, draw_revenue_view},
        {ViewId::playbooks, "Playbooks & Tasks", ICON_PLAYBOOKS, draw_playbooks_view},
        {ViewId::renewals, "Renewals", ICON_RENEWALS, draw_renewals_view},
        {ViewId::journey, "Journey", ICON_JOURNEY, draw_journey_view},
        {ViewId::team, "Segments & Team", ICON_TEAM, draw_team_view},
        {ViewId::voice, "Voice of Customer", ICON_VOICE, draw_voice_view},
        {ViewId::program, "Program", ICON_PROGRAM, draw_program_view},
        {ViewId::data, "Data", ICON_DATA, draw_data_view},
    };
    return kViews[int(id)];
}

}  // namespace retain
