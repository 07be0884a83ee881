// The view tests' harness: the app driven natively with Dear ImGui and no renderer (build the font atlas,
// NewFrame/Render with a fixed display size). Mouse input is simulated the way a user clicks: move, press,
// release, each on its own frame.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <imgui.h>

#include "app/app_shell.hpp"
#include "app/background_work.hpp"
#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "platform/native/native_files.hpp"

namespace retain::test {

inline const FontFiles kFonts{RETAIN_FONT_INTER, RETAIN_FONT_INTER_SEMIBOLD, RETAIN_FONT_AWESOME};

inline std::string demo_text() {
    std::string text, error;
    REQUIRE_MESSAGE(read_file(std::string(RETAIN_SOURCE_DIR) + "/assets/demo-workspace.json", text, error), error);
    return text;
}

struct Download {
    std::string filename, mime, data;
};

struct Harness {
    AppState app;
    std::vector<Download> downloads;

    explicit Harness(float pixel_scale = 1.0f) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1440 * pixel_scale, 900 * pixel_scale);
        io.DeltaTime = 1.0f / 60.0f;
        // What a platform backend does: give named keys slots in KeysDown (letters at their ASCII
        // codes, as the GLFW backend of the web build does).
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = 300 + k;
        io.KeyMap[ImGuiKey_A] = 'A';
        io.KeyMap[ImGuiKey_C] = 'C';
        io.KeyMap[ImGuiKey_V] = 'V';
        io.KeyMap[ImGuiKey_X] = 'X';
        io.KeyMap[ImGuiKey_Y] = 'Y';
        io.KeyMap[ImGuiKey_Z] = 'Z';
        std::string error;
        CHECK_MESSAGE(build_fonts(kFonts, pixel_scale, error), error);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        app.pixel_scale = pixel_scale;
        app.today = Date::from_ymd(2026, 11, 22);
        app.hooks.request_demo = [this] { run_command(app, "workspace.open", {{"text", demo_text()}, {"source", "demo"}}); };
        app.hooks.download = [this](const std::string& f, const std::string& m, const std::string& d) {
            downloads.push_back({f, m, d});
        };
        apply_theme(true, pixel_scale);
    }
    ~Harness() { ImGui::DestroyContext(); }

    void frame() {
        if (app.style_dirty) {
            apply_theme(theme_is_dark(app), app.pixel_scale);
            app.style_dirty = false;
        }
        ImGui::NewFrame();
        draw_app(app);
        ImGui::Render();
        apply_pending_commands(app);
        ++app.frame;
        end_frame_work(app, true);  // as the platform's loop does: the next frame's share of work starts afresh
    }
    void frames(int n) { for (int i = 0; i < n; ++i) frame(); }
    // A file for the import, as a drop adds it, without planning it (the test starts the planner).
    void add_import_source(const std::string& name, std::string bytes) {
        app.import.sources.push_back({});
        app.import.sources.back().name = name;
        app.import.sources.back().bytes = std::move(bytes);
    }

    // One frame that draws `draw` instead of the app: widget tests (charts) draw their own window.
    template <class Draw>
    void frame_with(Draw&& draw) {
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        ++app.frame;
    }

    void click(float x, float y) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(x, y);
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
        frame();  // the posted command has run; one more frame draws its result
    }
    void click_center(const Rect& r) { click(r.x + r.w / 2, r.y + r.h / 2); }
    // A click on a rect a view remembered (x, y, w, h in device pixels), which must be on screen.
    void click_rect(const float (&r)[4]) {
        REQUIRE(r[2] > 0);
        REQUIRE(r[1] >= 0);
        REQUIRE(r[1] + r[3] <= ImGui::GetIO().DisplaySize.y);
        click(r[0] + r[2] / 2, r[1] + r[3] / 2);
    }

    // Typing: the characters arrive the way a platform backend queues them, then one frame takes them.
    void type_text(const char* text) {
        ImGui::GetIO().AddInputCharactersUTF8(text);
        frame();
    }
    // A named key (Enter, Escape, ...) pressed and released.
    void press(ImGuiKey key) { key_chord(ImGui::GetIO().KeyMap[key], false); }

    void key_chord(int key, bool ctrl) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeysDown[key] = true;
        frame();
        io.KeysDown[key] = false;
        io.KeyCtrl = false;
        frame();
    }
};

inline void load_demo(Harness& h) {
    REQUIRE(run_command(h.app, "workspace.load_demo", {}).ok);
    REQUIRE(h.app.ws.accounts.size() > 200);
}


// A file of tests/data/import/.
inline std::string fixture(const char* name) {
    std::string text, error;
    REQUIRE_MESSAGE(read_file(std::string(RETAIN_SOURCE_DIR) + "/tests/data/import/" + name, text, error), error);
    return text;
}

}  // namespace retain::test
