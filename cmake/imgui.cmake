# Dear ImGui from IMGUI_DIR (Debian's `apt-get source imgui`, fetched by scripts/setup.sh into .deps/,
# or any 1.86+ checkout). imgui_core is the toolkit without platform or renderer; the web build adds
# ImGui's GLFW backend and our own WebGL2 renderer, the view smoke tests use no backend at all.
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in IMGUI_DIR=${IMGUI_DIR}. Run scripts/setup.sh (Debian) or pass -DIMGUI_DIR=/path/to/imgui (1.86 or newer).")
endif()
add_library(imgui_core STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui_core SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
# Our config routes IM_ASSERT to a reporter (src/app/imgui_config.hpp) so a failed ImGui assert names
# itself in every build, including -Os web builds where NDEBUG would otherwise decide.
target_include_directories(imgui_core PUBLIC ${CMAKE_SOURCE_DIR}/src)
target_compile_definitions(imgui_core PUBLIC IMGUI_USER_CONFIG="app/imgui_config.hpp" IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
# Dear ImGui's files are not written to share one translation unit.
set_target_properties(imgui_core PROPERTIES UNITY_BUILD OFF)
