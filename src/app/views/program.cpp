// The Program view: the CS program kept inside the tool. A header with the progress in one line, then
// four tabs, each its own file: the eight steps of building a CS function (program_steps.cpp), the
// charter one-pager (program_charter.cpp), the 90-day launch plan (program_launch.cpp) and the reports
// to send (program_reports.cpp). The charter, steps and plan need no customer data; the reports do.
#include <string>

#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/view_tabs.hpp"
#include "app/widgets/widgets.hpp"
#include "core/program/program_progress.hpp"

namespace retain {

void draw_program_view(AppState& app) {
    const Program& p = app.ws.program;
    const LaunchStatus launch = launch_status(p.launch_start, app.analysis.as_of);
    std::string subtitle = std::to_string(steps_completed(p)) + " of " + std::to_string(kProgramStepCount) +
                           " steps completed  \xC2\xB7  launch plan: ";
    subtitle += launch.phase == LaunchPhase::not_started ? std::string("not started")
                                                         : std::string(launch_phase_label(launch.phase)) +
                                                               (launch.phase == LaunchPhase::finished ? "" : ", day " + std::to_string(launch.day));
    view_header(ICON_PROGRAM, "Program", subtitle);

    static const ViewTab<ProgramTab> kTabs[] = {{ProgramTab::steps, "Eight steps", draw_program_steps},
                                                {ProgramTab::charter, "Charter", draw_program_charter},
                                                {ProgramTab::launch, "90-day launch plan", draw_program_launch},
                                                {ProgramTab::reports, "Reports", draw_program_reports}};
    draw_view_tabs("program_tabs", app, kTabs, app.program_view.tab, app.program_view.tab_request_frames);
}

}  // namespace retain
