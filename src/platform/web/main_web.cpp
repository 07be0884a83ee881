// The browser entry point: owns the GLFW window, the WebGL2 renderer and the frame loop, and exposes
// the C functions behind `window.retain` (shell/index.html, web/retain_page.js).
//
// Fixes for Emscripten 3.1.6 + ImGui 1.86 in the browser (../shared/toolchain.md, must-fix list):
//  - a zero DeltaTime between two animation frames would trip ImGui's assert: clamp it;
//  - HiDPI: the canvas backing store follows CSS size x devicePixelRatio every frame, fonts and style
//    are rebuilt at the new density, and mouse positions arrive in device pixels;
//  - mouse wheel: our own handler (browser_bridge.cpp) replaces GLFW's raw deltas;
//  - clipboard: navigator.clipboard for copy, the last paste event's text for paste.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <imgui.h>
#include <imgui_impl_glfw.h>

#include "app/app_shell.hpp"
#include "app/app_state.hpp"
#include "app/automation.hpp"
#include "app/background_work.hpp"
#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/storage.hpp"
#include "app/theme.hpp"
#include "platform/web/browser_bridge.hpp"
#include "platform/web/webgl_renderer.hpp"

namespace {

using namespace retain;

GLFWwindow* g_window = nullptr;
AppState g_app;
const FontFiles kFontFiles{"/fonts/Inter-Regular.otf", "/fonts/Inter-SemiBold.otf", "/fonts/fontawesome-webfont.ttf"};
browser::CanvasMetrics g_canvas;
float g_font_scale = 0.0f;
bool g_startup_done = false;
bool g_ready_signalled = false;

// Idle frames are skipped: after any input, state change or automation call the app keeps drawing for
// kSettleFrames frames (hover highlights, scrolling and posted commands settle), then stops until the
// next one. A text field with keyboard focus keeps drawing for its blinking cursor.
constexpr int kSettleFrames = 30;
int g_frames_to_draw = kSettleFrames;
int g_last_activity = -1;
uint64_t g_last_revision = UINT64_MAX;

void wake() { g_frames_to_draw = kSettleFrames; }

// Work started by a frame or a call goes on between frames (background_work.hpp).
void pump_work() {
    if (work_pending(g_app)) browser::request_work();
}

// While work runs between frames (import, save, history, export) and the user does nothing, a frame only
// moves its progress bar: drawn at most every kProgressFrameMs. A drawn frame costs the browser far more
// than its few ms in wasm where the canvas is composited in software (measured in headless Chromium on two
// cores: ~50 ms of the machine per drawn frame, which at 60 Hz left the work a fifth of the time), and the
// work is what the user is waiting for. Input, a command or a change of the workspace draws at once.
constexpr double kProgressFrameMs = 200.0;
double g_last_drawn_ms = 0;

bool only_progress_changed(double now_ms) {
    return browser::activity() == g_last_activity && g_app.revision == g_last_revision && g_app.pending.empty() &&
           g_ready_signalled && !g_app.style_dirty && !g_app.loading && work_pending(g_app) &&
           now_ms - g_last_drawn_ms < kProgressFrameMs;
}

bool should_draw(double now_ms) {
    if (only_progress_changed(now_ms)) return false;
    const int activity = browser::activity();
    if (activity != g_last_activity || g_app.revision != g_last_revision || !g_app.pending.empty() ||
        g_app.loading || g_app.working || g_app.style_dirty || !g_ready_signalled) {
        g_last_activity = activity;
        g_last_revision = g_app.revision;
        wake();
    }
    if (g_frames_to_draw > 0) {
        --g_frames_to_draw;
        return true;
    }
    return ImGui::GetIO().WantTextInput;
}

// Returns true when the canvas changed size (a resized canvas is blank until drawn again).
bool sync_canvas_size() {
    const browser::CanvasMetrics m = browser::canvas_metrics();
    if (m.css_width == g_canvas.css_width && m.css_height == g_canvas.css_height && m.pixel_ratio == g_canvas.pixel_ratio)
        return false;
    g_canvas = m;
    browser::resize_canvas(int(m.css_width * m.pixel_ratio + 0.5), int(m.css_height * m.pixel_ratio + 0.5));
    g_app.pixel_scale = float(m.pixel_ratio);
    return true;
}

void sync_fonts_and_style() {
    const float scale = g_app.pixel_scale;
    if (scale != g_font_scale) {
        std::string error;
        if (!build_fonts(kFontFiles, scale, error)) g_app.last_error = error;
        webgl::upload_fonts();
        g_font_scale = scale;
        g_app.style_dirty = true;
    }
    if (g_app.style_dirty) {
        const bool dark = theme_is_dark(g_app);
        apply_theme(dark, scale);
        browser::set_page_theme(dark);
        g_app.style_dirty = false;
    }
}

void frame() {
    const double start = emscripten_get_now();
    // The animation frame after the first drawn one: the first frame has reached the screen. A
    // performance mark, so a benchmark or DevTools reads it without calling into the app.
    static bool first_frame_marked = false;
    if (g_app.frame > 0 && !first_frame_marked) {
        first_frame_marked = true;
        browser::performance_mark("retain-first-frame");
    }
    // Autosave runs on every animation frame, drawn or not: a change made just before the app went idle
    // is still saved a second later.
    const bool was_saving = g_app.storage.schedule.in_flight;
    storage_tick(g_app, start, false);
    if (g_app.storage.schedule.in_flight != was_saving || g_app.storage.writing()) wake();  // "Saving... 40%"
    if (sync_canvas_size()) wake();
    if (!should_draw(start)) {
        end_frame_work(g_app, false);
        pump_work();
        return;
    }
    sync_fonts_and_style();

    g_last_drawn_ms = start;
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1e-3f;

    ImGui::NewFrame();
    draw_app(g_app);
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(g_window, &width, &height);
    webgl::render(*ImGui::GetDrawData(), width, height, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);

    apply_pending_commands(g_app);
    ++g_app.frame;
    g_app.frame_ms = emscripten_get_now() - start;
    end_frame_work(g_app, true);
    pump_work();

    // Ready once the first workspace is open: a download answered, or storage opened one.
    if ((g_startup_done || g_app.storage.startup_settled) && !g_ready_signalled && !g_app.loading) {
        g_ready_signalled = true;
        browser::signal_ready();
    }
}

const char* get_clipboard(void*) { return browser::clipboard_text(); }
void set_clipboard(void*, const char* text) { browser::set_clipboard(text ? text : ""); }

}  // namespace

extern "C" {

// The work pump's call (web/retain_lib.js): about slice_ms of the work under way; non-zero while some
// remains. Each slice's progress shows in the next frame.
EMSCRIPTEN_KEEPALIVE int retain_work(double slice_ms) {
    const bool more = run_work_between_frames(g_app, slice_ms);
    wake();
    return more ? 1 : 0;
}

// window.retain.command(name, args): the same commands the UI runs. The returned text stays valid
// until the next call (the page copies it at once).
EMSCRIPTEN_KEEPALIVE const char* retain_command(const char* name, const char* args_json) {
    static std::string result;
    result = run_automation_command(g_app, name ? name : "", args_json ? args_json : "");
    wake();
    pump_work();
    return result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* retain_state() {
    static std::string result;
    result = automation_state(g_app).dump();
    return result.c_str();
}

// window.retain.state(section): the core state and one view section, or {"error"} for an unknown one.
EMSCRIPTEN_KEEPALIVE const char* retain_state_section(const char* key) {
    static std::string result;
    nlohmann::json out;
    const std::string name = key ? key : "";
    if (!automation_state_section(g_app, name, out))
        out = {{"error", "state(\"" + name + "\"): no such section (core, or one of the view sections of state())"}};
    result = out.dump();
    return result.c_str();
}

// The page fetched a file (the demo, a URL, later an upload) and hands over its bytes.
EMSCRIPTEN_KEEPALIVE void retain_open_data(const char* data, size_t length, const char* name, const char* source) {
    commands::open_data_bytes(g_app, std::string(data ? data : "", data ? length : 0), name ? name : "the file",
                              source ? source : "file");
    g_startup_done = true;
    wake();
    pump_work();
}

EMSCRIPTEN_KEEPALIVE void retain_data_failed(const char* message) {
    run_command(g_app, "data.failed", {{"message", message ? message : "the download failed"}});
    g_startup_done = true;
    wake();
}

// Answers of web/retain_storage.js (app/storage.hpp, storage_event); `data` is a stored record's bytes.
// The app takes `data` (the page's malloc'd buffer) over and frees it when done: a large record is read
// between frames, after this call returns. Returns 1: the page must not free it.
EMSCRIPTEN_KEEPALIVE int retain_storage_event(const char* event_json, char* data, size_t length) {
    const std::shared_ptr<const void> owner(data, [](const void* p) { std::free(const_cast<void*>(p)); });
    const nlohmann::json event = nlohmann::json::parse(event_json ? event_json : "", nullptr, false);
    if (!event.is_discarded()) storage_event(g_app, event, std::string_view(data ? data : "", data ? length : 0), owner);
    wake();
    pump_work();
    return 1;
}

// The page is being hidden (closing = 0) or closed (1): a pending save starts now. A closing page is not
// held for a save of seconds: its write could not commit before the page is gone.
EMSCRIPTEN_KEEPALIVE void retain_storage_flush(int closing) {
    constexpr double kLongestSaveOnClose = 2000.0;
    if (closing && predicted_save_ms(g_app) > kLongestSaveOnClose) return;
    storage_tick(g_app, emscripten_get_now(), true);
}

EMSCRIPTEN_KEEPALIVE void retain_load_progress(double fraction) {
    g_app.loading_progress = float(fraction);
    wake();
}

EMSCRIPTEN_KEEPALIVE void retain_set_system_theme(int dark) {
    g_app.system_prefers_dark = dark != 0;
    g_app.style_dirty = true;
    wake();
}

}  // extern "C"

int main() {
    if (!glfwInit()) {
        std::fprintf(stderr, "Retain: glfwInit failed\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // Only what ImGui draws with: no depth or stencil buffer (GLFW's defaults ask for both) and an opaque
    // canvas, so the browser composites it without blending it over the page: less for every frame to
    // carry where the compositor works in software.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    g_canvas = browser::canvas_metrics();
    g_app.pixel_scale = float(g_canvas.pixel_ratio);
    g_window = glfwCreateWindow(int(g_canvas.css_width * g_canvas.pixel_ratio + 0.5),
                                int(g_canvas.css_height * g_canvas.pixel_ratio + 0.5), "Retain", nullptr, nullptr);
    if (!g_window) {
        std::fprintf(stderr, "Retain: this browser could not create a WebGL2 context\n");
        return 1;
    }
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is not persisted in MEMFS; the workspace holds what matters
    io.ConfigMacOSXBehaviors = browser::is_mac();
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    glfwSetScrollCallback(g_window, nullptr);  // our wheel handler feeds ImGui instead
    browser::install_wheel_handler();
    if (!webgl::init()) return 1;

    g_app.today = browser::today();
    g_app.work_between_frames = true;
    g_app.system_prefers_dark = browser::prefers_dark();
    g_app.hooks.request_demo = [] { browser::request_demo(); };
    g_app.hooks.download = [](const std::string& name, const std::string& mime, const std::string& data) {
        browser::download(name, mime, data);
    };
    g_app.hooks.fetch_url = [](const std::string& url) { browser::fetch_url(url); };
    g_app.hooks.pick_files = [] { browser::pick_files(); };
    g_app.hooks.storage_save = [](const std::vector<std::string>& parts, const std::string& header, int64_t expected_head, int keep) {
        browser::storage_save(parts, header, expected_head, keep);  // each part copied out as it is stored
    };
    g_app.hooks.storage_load = [](int64_t version, const std::string& purpose) { browser::storage_load(version, purpose); };
    g_app.hooks.storage_clear = [] { browser::storage_clear(); };
    g_app.hooks.storage_export_raw = [](int64_t version) { browser::storage_export_raw(version); };

    // Start-up: ?data= files in the page address open (the stored workspace is kept as it is); otherwise
    // the stored workspace, or on a first visit the demo (storage_events.cpp decides when storage answers).
    g_app.storage.from_address = browser::load_page_data() > 0;
    browser::storage_open();

    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
