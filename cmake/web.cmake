# Emscripten: the web app into RETAIN_DIST_DIR, and the unit tests as wasm for node.
# Flags and their reasons are in ../shared/toolchain.md (Emscripten 3.1.6 / ImGui 1.86 must-fix list).

# Debian's emcc runs its JS optimizer with node and needs acorn from Debian's node packages.
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
set(CMAKE_C_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)

# nlohmann/json reports bad user data by throwing; 3.1.6 otherwise turns every throw into an abort.
# RETAIN_EH: "wasm" (-fwasm-exceptions, the default: the engine's own exception handling, in every
# browser since 2021 and in node 17+) or "js" (-fexceptions: every call that may unwind goes out to a
# JS invoke_* stub and back; measured at a fifth of the import's time in Chromium, docs/performance.md).
set(RETAIN_EH "wasm" CACHE STRING "C++ exceptions in wasm: wasm or js")
if(RETAIN_EH STREQUAL "wasm")
  set(RETAIN_EH_FLAG -fwasm-exceptions)
else()
  set(RETAIN_EH_FLAG -fexceptions)
endif()
foreach(t retain_core retain_io retain_app imgui_core retain_unit_tests)
  target_compile_options(${t} PRIVATE ${RETAIN_EH_FLAG})
endforeach()
# -Os keeps asserts unless NDEBUG is set; ImGui asserts stay on through imgui_config.hpp on purpose.
add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:NDEBUG>)

target_link_options(retain_unit_tests PRIVATE ${RETAIN_EH_FLAG} -sENVIRONMENT=node -sNODERAWFS=1
  -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 -sSINGLE_FILE=1)

# ---- the web app ----
set(RETAIN_WEB_EXPORTS _main,_malloc,_free,_retain_command,_retain_state,_retain_state_section,_retain_work,_retain_open_data,_retain_data_failed,_retain_load_progress,_retain_set_system_theme,_retain_storage_event,_retain_storage_flush,_retain_bench_parse_csv,_retain_bench_import_add,_retain_bench_import_clear,_retain_bench_import_run,_retain_bench_analysis,_retain_bench_heap)
# The renderer is our own (src/platform/web/webgl_renderer.hpp says why); input comes through ImGui's
# GLFW backend.
add_executable(retain_web src/platform/web/main_web.cpp src/platform/web/browser_bridge.cpp
  src/platform/web/bench_exports.cpp src/platform/web/webgl_renderer.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
target_compile_options(retain_web PRIVATE ${RETAIN_EH_FLAG})
target_include_directories(retain_web PRIVATE ${CMAKE_SOURCE_DIR}/bench)  # bench/shared, for bench_exports.cpp
target_link_libraries(retain_web PRIVATE retain_app retain_third_party)
set_target_properties(retain_web PROPERTIES OUTPUT_NAME retain SUFFIX ".js" UNITY_BUILD OFF
  RUNTIME_OUTPUT_DIRECTORY ${RETAIN_DIST_DIR})
target_link_options(retain_web PRIVATE
  ${RETAIN_EH_FLAG}
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sFORCE_FILESYSTEM=1
  -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0
  -sEXPORTED_FUNCTIONS=${RETAIN_WEB_EXPORTS}
  -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,FS,UTF8ToString,allocateUTF8,lengthBytesUTF8,stringToUTF8
  --js-library ${CMAKE_SOURCE_DIR}/web/retain_lib.js)
set_property(TARGET retain_web APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/retain_lib.js)

# Static files beside the wasm: the page, the JS glue, fonts from Debian's packages (copied, never
# committed) and the demo workspace.
foreach(font ${RETAIN_FONT_INTER} ${RETAIN_FONT_INTER_SEMIBOLD} ${RETAIN_FONT_AWESOME})
  if(NOT EXISTS ${font})
    message(FATAL_ERROR "Font ${font} not found: apt-get install fonts-inter fonts-font-awesome, or set RETAIN_FONT_*")
  endif()
endforeach()
add_custom_target(retain_site ALL
  COMMAND ${CMAKE_COMMAND} -E make_directory ${RETAIN_DIST_DIR}/fonts
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/shell/index.html ${RETAIN_DIST_DIR}/index.html
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/web/retain_page.js ${RETAIN_DIST_DIR}/retain_page.js
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/web/retain_storage.js ${RETAIN_DIST_DIR}/retain_storage.js
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/web/retain_offline.js ${RETAIN_DIST_DIR}/retain_offline.js
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/shell/favicon.svg ${RETAIN_DIST_DIR}/favicon.svg
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/assets/demo-workspace.json ${RETAIN_DIST_DIR}/demo-workspace.json
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${RETAIN_FONT_INTER} ${RETAIN_DIST_DIR}/fonts/Inter-Regular.otf
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${RETAIN_FONT_INTER_SEMIBOLD} ${RETAIN_DIST_DIR}/fonts/Inter-SemiBold.otf
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${RETAIN_FONT_AWESOME} ${RETAIN_DIST_DIR}/fonts/fontawesome-webfont.ttf
  # Last: the service worker names a hash of every file above (cmake/service_worker.cmake).
  COMMAND ${CMAKE_COMMAND} -DDIST=${RETAIN_DIST_DIR} -DSOURCE=${CMAKE_SOURCE_DIR}/web/sw.js
          -P ${CMAKE_SOURCE_DIR}/cmake/service_worker.cmake
  VERBATIM)
add_dependencies(retain_site retain_web)
