#include "platform/web/browser_bridge.hpp"

#include <cstdlib>
#include <utility>

#include <emscripten/html5.h>
#include <imgui.h>


extern "C" {
// Defined in web/retain_lib.js.
void retain_js_canvas_metrics(int* css_width, int* css_height, double* pixel_ratio);
void retain_js_resize_canvas(int width, int height);
int retain_js_prefers_dark();
int retain_js_is_mac();
int retain_js_today();
void retain_js_request_demo();
void retain_js_request_work();
void retain_js_performance_mark(const char* name);
void retain_js_fetch_url(const char* url);
void retain_js_pick_files();
int retain_js_load_page_data();
void retain_js_set_clipboard(const char* text);
char* retain_js_clipboard_text();
void retain_js_set_page_theme(int dark);
void retain_js_signal_ready();
int retain_js_activity();
void retain_js_download(const char* name, const char* mime, const char* data, size_t length);
void retain_js_storage_open();
void retain_js_storage_save(const uint32_t* parts, int count, const char* header_json, double expected_head, int keep);
void retain_js_storage_load(double version, const char* purpose);
void retain_js_storage_clear();
void retain_js_storage_export_raw(double version);
}

namespace retain::browser {

CanvasMetrics canvas_metrics() {
    CanvasMetrics m;
    retain_js_canvas_metrics(&m.css_width, &m.css_height, &m.pixel_ratio);
    return m;
}

void resize_canvas(int w, int h) { retain_js_resize_canvas(w, h); }
bool prefers_dark() { return retain_js_prefers_dark() != 0; }
bool is_mac() { return retain_js_is_mac() != 0; }

Date today() {
    const int packed = retain_js_today();  // yyyymmdd
    return Date::from_ymd(packed / 10000, packed / 100 % 100, packed % 100);
}

void request_demo() { retain_js_request_demo(); }
void request_work() { retain_js_request_work(); }
void performance_mark(const char* name) { retain_js_performance_mark(name); }
void fetch_url(const std::string& url) { retain_js_fetch_url(url.c_str()); }
void pick_files() { retain_js_pick_files(); }
int load_page_data() { return retain_js_load_page_data(); }
void set_clipboard(const std::string& text) { retain_js_set_clipboard(text.c_str()); }

const char* clipboard_text() {
    static std::string text;
    char* js = retain_js_clipboard_text();
    text = js ? js : "";
    std::free(js);
    return text.c_str();
}

void set_page_theme(bool dark) { retain_js_set_page_theme(dark ? 1 : 0); }
void signal_ready() { retain_js_signal_ready(); }
int activity() { return retain_js_activity(); }

void download(const std::string& filename, const std::string& mime, const std::string& data) {
    retain_js_download(filename.c_str(), mime.c_str(), data.data(), data.size());
}

void storage_open() { retain_js_storage_open(); }

// Version ids travel as doubles (exact up to 2^53): JS numbers, without BigInt glue.
// The parts go over as a table of (address, length) pairs in the wasm heap (32-bit addresses).
void storage_save(const std::vector<std::string>& parts, const std::string& header_json, int64_t expected_head, int keep) {
    std::vector<uint32_t> table;
    table.reserve(parts.size() * 2);
    for (const std::string& p : parts) {
        table.push_back(uint32_t(reinterpret_cast<uintptr_t>(p.data())));
        table.push_back(uint32_t(p.size()));
    }
    retain_js_storage_save(table.data(), int(parts.size()), header_json.c_str(), double(expected_head), keep);
}
void storage_load(int64_t version, const std::string& purpose) { retain_js_storage_load(double(version), purpose.c_str()); }
void storage_clear() { retain_js_storage_clear(); }
void storage_export_raw(int64_t version) { retain_js_storage_export_raw(double(version)); }

namespace {
// Emscripten 3.1.6's GLFW passes raw wheel deltas (pixels, ~100 per notch) inverted; ImGui wants one
// unit per notch, positive away from the user. Lines are ~3 per notch.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    const double unit = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
    float dx = float(-e->deltaX / unit);
    float dy = float(-e->deltaY / unit);
    if (e->mouse.shiftKey && dx == 0.0f) std::swap(dx, dy);  // Shift+wheel scrolls sideways
    io.MouseWheelH += dx;
    io.MouseWheel += dy;
    return EM_TRUE;  // the page itself never scrolls
}
}  // namespace

void install_wheel_handler() { emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel); }

}  // namespace retain::browser
