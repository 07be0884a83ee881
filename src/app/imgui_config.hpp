// Dear ImGui user config (IMGUI_USER_CONFIG). Why: a failed ImGui assert must say which one failed in
// every build — the view smoke tests and the browser tests rely on an assert ending the run loudly, and
// Emscripten's -Os builds do not define NDEBUG, so the default assert() would be a bare "Aborted()".
#pragma once
#include <cstdio>
#include <cstdlib>

namespace retain_imgui {
[[noreturn]] inline void assert_failed(const char* expr, const char* file, int line) {
    std::fprintf(stderr, "ImGui assert failed: %s (%s:%d)\n", expr, file, line);
    std::fflush(stderr);
    std::abort();
}
}  // namespace retain_imgui

#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : retain_imgui::assert_failed(#_EXPR, __FILE__, __LINE__))
