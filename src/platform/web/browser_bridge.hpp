// The C++ side of web/retain_lib.js: the few things only the browser can tell or do.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace retain::browser {

struct CanvasMetrics {
    int css_width = 0;
    int css_height = 0;
    double pixel_ratio = 1.0;
};

CanvasMetrics canvas_metrics();
// Sets the canvas backing store in device pixels; the stylesheet keeps its CSS size.
void resize_canvas(int device_width, int device_height);
bool prefers_dark();
bool is_mac();
Date today();  // the user's local civil date
void request_demo();  // fetches demo-workspace.json; answers through retain_open_data / retain_data_failed
void fetch_url(const std::string& url);
// Asks the page to call retain_work soon, between animation frames, until it says no work remains
// (web/retain_lib.js: a MessageChannel task, which the browser runs without setTimeout's clamping).
void request_work();
void performance_mark(const char* name);  // performance.mark(name): a moment on the page's timeline
void pick_files();  // opens the file picker; chosen files answer through retain_open_data  // the same for any http(s) address
int load_page_data();  // starts loading the page's ?data= URLs; returns how many
void set_clipboard(const std::string& text);
const char* clipboard_text();  // the last text the page saw pasted; valid until the next call
void set_page_theme(bool dark);
void download(const std::string& filename, const std::string& mime, const std::string& data);
void signal_ready();
// A counter of input and page events (pointer, wheel, keys, resize, focus, paste); it changes when
// the user did something since the last look.
int activity();
// Browser storage (web/retain_storage.js); answers arrive through retain_storage_event.
void storage_open();
void storage_save(const std::vector<std::string>& parts, const std::string& header_json, int64_t expected_head, int keep);
void storage_load(int64_t version, const std::string& purpose);
void storage_clear();
void storage_export_raw(int64_t version);
void install_wheel_handler();

}  // namespace retain::browser
