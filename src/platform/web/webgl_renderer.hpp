// The web build's ImGui renderer: ImGui's draw lists drawn with WebGL2, and nothing else on the canvas.
//
// Why not Dear ImGui's imgui_impl_opengl3: around every frame it backs up and restores some twenty pieces
// of GL state (glGetIntegerv, glIsEnabled). In the browser each is a WebGL getParameter call, and Chromium
// answers several of them only after a round trip to its GPU process; measured in headless Chromium, that
// was ~2 ms a frame and half the start-up's GL time. The app is the only user of its canvas's context, so
// there is nothing to restore: the fixed state is set once, and a frame only uploads and draws.
#pragma once
#include <imgui.h>

namespace retain::webgl {

// Compiles the shaders and makes the buffers (once the WebGL2 context is current). False, with the
// shader log on stderr, when the shaders do not compile.
bool init();
// (Re)creates the font texture from ImGui's font atlas (after build_fonts) and frees the atlas's pixels.
void upload_fonts();
// Clears the framebuffer to `clear` and draws the frame.
void render(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height, const ImVec4& clear);

}  // namespace retain::webgl
