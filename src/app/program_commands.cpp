// Program commands: the charter's answers, the eight steps' ticks, the 90-day plan's start date and
// items (the workspace's `program`), and the Program view's tab and step links. A change that leaves the
// program as it was moves no revision, so it leaves no undo step.
#include "app/command_support.hpp"
#include "core/program/program_progress.hpp"

namespace retain::commands {
namespace {

// Program edits change no figure: the revision moves (autosave, undo) and nothing is reanalysed.
CommandResult changed(AppState& app) {
    mark_playbooks_changed(app);
    return {};
}

CommandResult set_charter(AppState& app, const json& args) {
    std::string field, text;
    CharterField f;
    if (!get_string(args, "field", field) || !parse_enum(field, f))
        return fail("program.set_charter: expected {field: who_we_serve, outcomes, value_moments, cs_owns, "
                    "cs_does_not_own or success_measures, text}");
    if (!get_string(args, "text", text)) return fail("program.set_charter: expected {field, text: string}");
    if (text.size() > kCharterTextMax)
        return fail("program.set_charter: an answer holds at most " + std::to_string(kCharterTextMax) + " bytes, got " +
                    std::to_string(text.size()));
    std::string& slot = app.ws.program.charter[size_t(f)];
    if (slot == text) return {};
    slot = text;
    return changed(app);
}

// A tick of the steps checklist or the launch plan: {<key>: id, done: bool (default true)}.
CommandResult set_tick(AppState& app, const json& args, const char* command, const char* key, bool (*known)(const std::string&),
                       bool (*is_done)(const Program&, const std::string&), bool (*set)(Program&, const std::string&, bool),
                       const char* ids) {
    std::string id;
    if (!get_string(args, key, id) || !known(id))
        return fail(std::string(command) + ": expected {" + key + ": " + ids + ", done: bool}");
    const bool done = get_bool(args, "done", true);
    if (is_done(app.ws.program, id) == done) return {};
    set(app.ws.program, id, done);
    return changed(app);
}

bool known_step(const std::string& id) { return find_program_step(id) != nullptr; }
bool known_item(const std::string& id) { return find_launch_item(id) != nullptr; }

CommandResult set_step(AppState& app, const json& args) {
    return set_tick(app, args, "program.set_step", "step", known_step, step_done, set_step_done,
                    "charter, segments, team, health, playbooks, platform, metrics or feedback");
}

CommandResult set_launch_item(AppState& app, const json& args) {
    return set_tick(app, args, "program.set_launch_item", "item", known_item, launch_item_done, set_launch_item_done,
                    "a launch plan item id (basics-charter, pilot-health, scale-segments, ...)");
}

CommandResult set_launch_start(AppState& app, const json& args) {
    std::string text;
    if (!get_string(args, "date", text)) return fail("program.set_launch_start: expected {date: YYYY-MM-DD, or \"\" to clear}");
    Date start;
    if (!text.empty() && !parse_iso_date(text, start))
        return fail("program.set_launch_start: date must be a date YYYY-MM-DD, got \"" + text + "\"");
    if (app.ws.program.launch_start == start) return {};
    app.ws.program.launch_start = start;
    return changed(app);
}

CommandResult show_program(AppState& app, const json& args) {
    std::string tab;
    get_string(args, "tab", tab);
    ProgramViewState& v = app.program_view;
    if (tab == "steps") v.tab = ProgramTab::steps;
    else if (tab == "charter") v.tab = ProgramTab::charter;
    else if (tab == "launch") v.tab = ProgramTab::launch;
    else if (tab == "reports") v.tab = ProgramTab::reports;
    else return fail("program.show: expected {tab: steps, charter, launch or reports}");
    v.tab_request_frames = 2;
    app.view = ViewId::program;
    return {};
}

// A step's button: the view that does the step (the charter is the Program view's own tab).
CommandResult open_step(AppState& app, const json& args) {
    std::string step;
    const ProgramStep* s = get_string(args, "step", step) ? find_program_step(step) : nullptr;
    if (!s) return fail("program.open_step: expected {step: a step id (charter, segments, ...)}");
    if (step == "charter") return show_program(app, {{"tab", "charter"}});
    ViewId v;
    if (!parse_view(s->view, v)) return fail(std::string("program.open_step: no view \"") + s->view + "\"");
    app.view = v;
    return {};
}

}  // namespace

void add_program_commands(std::vector<Entry>& out) {
    out.push_back({{"program.set_charter", "{field, text}", "Write an answer of the CS charter"}, set_charter});
    out.push_back({{"program.set_step", "{step, done}", "Tick or untick a step of building the CS function"}, set_step});
    out.push_back({{"program.set_launch_start", "{date}", "Set the first day of the 90-day launch plan"}, set_launch_start});
    out.push_back({{"program.set_launch_item", "{item, done}", "Tick or untick an item of the 90-day launch plan"}, set_launch_item});
    out.push_back({{"program.open_step", "{step}", "Open the view that does a step"}, open_step});
    out.push_back({{"program.show", "{tab: steps|charter|launch|reports}", "Show a tab of the Program view"}, show_program});
}

}  // namespace retain::commands

namespace retain {

nlohmann::json program_automation_state(const AppState& app) {
    static const char* const kTabs[] = {"steps", "charter", "launch", "reports"};
    static const char* const kPhases[] = {"not_started", "basics", "pilot", "scale", "finished"};
    static const float kNoRect[4] = {};
    const float scale = app.pixel_scale > 0 ? app.pixel_scale : 1.0f;
    const auto rect = [&](const float (&r)[4]) {  // CSS pixels, as the page's mouse uses them
        return nlohmann::json{{"x", r[0] / scale}, {"y", r[1] / scale}, {"w", r[2] / scale}, {"h", r[3] / scale}};
    };
    const Program& p = app.ws.program;
    const LaunchStatus launch = launch_status(p.launch_start, effective_as_of(app.ws.settings, app.today));
    return {{"tab", kTabs[int(app.program_view.tab)]},
            {"steps_completed", steps_completed(p)},
            {"steps_done", p.steps_done},
            {"charter_answered", charter_answered(p)},
            {"launch_start", format_iso(p.launch_start)},
            {"launch_phase", kPhases[int(launch.phase)]},
            {"launch_day", launch.day},
            {"launch_done", p.launch_done},
            {"last_report", app.program_view.last_report},
            {"qbr_button", rect(app.selected < app.ws.accounts.size() ? app.program_view.qbr_button : kNoRect)}};
}

}  // namespace retain
