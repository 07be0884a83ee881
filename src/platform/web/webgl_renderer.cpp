// See webgl_renderer.hpp. ImGui's vertex layout (ImDrawVert: position, texture coordinate, packed color)
// and its clip rectangles in display coordinates are the whole contract with ImGui.
#include "platform/web/webgl_renderer.hpp"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace retain::webgl {
namespace {

GLuint g_program = 0, g_vao = 0, g_vertices = 0, g_indices = 0, g_font_texture = 0;
GLint g_projection = -1;

constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 position;
layout (location = 1) in vec2 uv;
layout (location = 2) in vec4 color;
uniform mat4 projection;
out vec2 frag_uv;
out vec4 frag_color;
void main() {
    frag_uv = uv;
    frag_color = color;
    gl_Position = projection * vec4(position, 0.0, 1.0);
})";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D glyphs;
in vec2 frag_uv;
in vec4 frag_color;
layout (location = 0) out vec4 out_color;
void main() {
    out_color = frag_color * texture(glyphs, frag_uv);
})";

GLuint compile(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// The one status query of the renderer, at start-up: a compile error shows in the link log too.
bool linked(GLuint program) {
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (ok == GL_TRUE) return true;
    char log[1024] = {};
    glGetProgramInfoLog(program, sizeof log, nullptr, log);
    std::fprintf(stderr, "Retain: the ImGui shaders did not link: %s\n", log);
    return false;
}

}  // namespace

bool init() {
    const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    g_program = glCreateProgram();
    glAttachShader(g_program, vertex);
    glAttachShader(g_program, fragment);
    glLinkProgram(g_program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    if (!linked(g_program)) return false;
    g_projection = glGetUniformLocation(g_program, "projection");

    glGenVertexArrays(1, &g_vao);
    glBindVertexArray(g_vao);
    glGenBuffers(1, &g_vertices);
    glGenBuffers(1, &g_indices);
    glBindBuffer(GL_ARRAY_BUFFER, g_vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_indices);  // held by the vertex array
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const auto at = [](size_t offset) { return reinterpret_cast<const void*>(offset); };
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, col)));

    // The state every frame needs, set once: alpha blending (color and coverage), no culling or depth,
    // the one program, its texture on unit 0.
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glUseProgram(g_program);
    glUniform1i(glGetUniformLocation(g_program, "glyphs"), 0);
    glActiveTexture(GL_TEXTURE0);
    ImGui::GetIO().BackendRendererName = "retain_webgl2";
    return true;
}

void upload_fonts() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas->GetTexDataAsRGBA32(&pixels, &width, &height);
    if (g_font_texture) glDeleteTextures(1, &g_font_texture);
    glGenTextures(1, &g_font_texture);
    glBindTexture(GL_TEXTURE_2D, g_font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(g_font_texture)));
    atlas->ClearTexData();  // the GPU has them; build_fonts makes them again when the density changes
}

void render(const ImDrawData& dd, int fb_width, int fb_height, const ImVec4& clear) {
    glViewport(0, 0, fb_width, fb_height);
    glDisable(GL_SCISSOR_TEST);  // a clear inside the scissor would clear only the last clip rectangle
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (fb_width <= 0 || fb_height <= 0 || dd.CmdListsCount == 0) return;
    glEnable(GL_SCISSOR_TEST);

    // Display coordinates to clip space, y down.
    const float l = dd.DisplayPos.x, r = dd.DisplayPos.x + dd.DisplaySize.x;
    const float t = dd.DisplayPos.y, b = dd.DisplayPos.y + dd.DisplaySize.y;
    const float projection[16] = {2.0f / (r - l), 0, 0, 0, 0, 2.0f / (t - b), 0, 0, 0, 0, -1.0f, 0,
                                  (r + l) / (l - r), (t + b) / (b - t), 0, 1.0f};
    glUniformMatrix4fv(g_projection, 1, GL_FALSE, projection);
    glBindVertexArray(g_vao);
    glBindBuffer(GL_ARRAY_BUFFER, g_vertices);

    const ImVec2 offset = dd.DisplayPos, scale = dd.FramebufferScale;
    constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    GLuint bound = 0;
    for (int n = 0; n < dd.CmdListsCount; ++n) {
        const ImDrawList& list = *dd.CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(list.VtxBuffer.Size) * GLsizeiptr(sizeof(ImDrawVert)),
                     list.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(list.IdxBuffer.Size) * GLsizeiptr(sizeof(ImDrawIdx)),
                     list.IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {  // the app adds none; ImGui's own "reset render state" needs nothing here
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - offset.x) * scale.x, y0 = (cmd.ClipRect.y - offset.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - offset.x) * scale.x, y1 = (cmd.ClipRect.w - offset.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(GLint(x0), GLint(float(fb_height) - y1), GLsizei(x1 - x0), GLsizei(y1 - y0));
            const GLuint texture = GLuint(reinterpret_cast<intptr_t>(cmd.GetTexID()));
            if (texture != bound) {
                glBindTexture(GL_TEXTURE_2D, texture);
                bound = texture;
            }
            glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), kIndexType,
                           reinterpret_cast<const void*>(size_t(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
    }
}

}  // namespace retain::webgl
