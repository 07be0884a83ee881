# Native: the CLI, the view smoke tests, and the ctest entries of every test layer.
enable_testing()

file(GLOB RETAIN_NATIVE_PLATFORM_SOURCES CONFIGURE_DEPENDS src/platform/native/*.cpp)
add_library(retain_platform_native STATIC ${RETAIN_NATIVE_PLATFORM_SOURCES})
target_include_directories(retain_platform_native PUBLIC src)
retain_warnings(retain_platform_native)

file(GLOB RETAIN_CLI_SOURCES CONFIGURE_DEPENDS src/cli/*.cpp)
add_executable(retain ${RETAIN_CLI_SOURCES})
target_link_libraries(retain PRIVATE retain_io retain_platform_native retain_third_party)
retain_warnings(retain)

file(GLOB RETAIN_VIEW_TEST_SOURCES CONFIGURE_DEPENDS tests/views/*.cpp)
add_executable(retain_view_tests ${RETAIN_VIEW_TEST_SOURCES})
# It holds doctest's implementation (config macro before the include): its own object.
set_source_files_properties(tests/views/views_smoke_test.cpp PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
target_link_libraries(retain_view_tests PRIVATE retain_app retain_platform_native retain_third_party)
target_compile_definitions(retain_view_tests PRIVATE
  RETAIN_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  RETAIN_FONT_INTER="${RETAIN_FONT_INTER}"
  RETAIN_FONT_INTER_SEMIBOLD="${RETAIN_FONT_INTER_SEMIBOLD}"
  RETAIN_FONT_AWESOME="${RETAIN_FONT_AWESOME}")

# Layer (a): doctest unit tests of core and io, native.
add_test(NAME unit_native COMMAND retain_unit_tests)
# Layer (c): every view driven for some frames with ImGui and no renderer, demo and empty workspace.
add_test(NAME views_smoke COMMAND retain_view_tests)
# The committed demo workspace is exactly what the generator makes today.
add_test(NAME demo_asset_current
  COMMAND ${CMAKE_COMMAND} -DRETAIN=$<TARGET_FILE:retain> -DSOURCE_DIR=${CMAKE_SOURCE_DIR}
          -DOUT=${CMAKE_BINARY_DIR}/demo-check.json -P ${CMAKE_SOURCE_DIR}/cmake/check_demo_asset.cmake)
add_test(NAME cli_contract COMMAND ${CMAKE_COMMAND} -DRETAIN=$<TARGET_FILE:retain>
          -P ${CMAKE_SOURCE_DIR}/cmake/check_cli.cmake)
# `retain csv` on the fixture files: parsed rows as JSON, encodings reported, bad input exits 2.
add_test(NAME csv_cli COMMAND ${CMAKE_SOURCE_DIR}/tests/data/csv/check_cli.sh $<TARGET_FILE:retain>)
# `retain import` / `retain export`: reports, exit codes, nothing written when the plan has errors.
add_test(NAME import_cli COMMAND ${CMAKE_SOURCE_DIR}/tests/data/import/check_cli.sh $<TARGET_FILE:retain>)
add_test(NAME capacity_cli COMMAND ${CMAKE_SOURCE_DIR}/tests/data/team/check_cli.sh $<TARGET_FILE:retain>)
# `retain score`, `backtest`, `metrics`: the JSON adds up as docs/metrics.md says; bad input exits 2.
add_test(NAME analytics_cli COMMAND ${CMAKE_SOURCE_DIR}/tests/data/analytics/check_cli.sh $<TARGET_FILE:retain>)
# `retain playbooks run`: tasks printed and written, a second run creates none, bad input exits 2.
add_test(NAME playbooks_cli COMMAND ${CMAKE_SOURCE_DIR}/tests/data/playbooks/check_cli.sh $<TARGET_FILE:retain>)
# `retain report`: the QBR pack and team report carry `retain metrics`' and `retain export`'s figures.
add_test(NAME report_cli COMMAND ${CMAKE_SOURCE_DIR}/tests/data/report/check_cli.sh $<TARGET_FILE:retain>)

# A test layer whose build is missing fails with `why`, never skips: a layer that cannot run must fail
# the test command.
function(retain_unrunnable_layers why)
  foreach(layer ${ARGN})
    add_test(NAME ${layer} COMMAND sh -c "echo '${layer}: cannot run: ${why}' >&2; exit 1")
  endforeach()
endfunction()

# Layer (e): the unit tests under AddressSanitizer + UndefinedBehaviorSanitizer, and a short run of each
# libFuzzer target over its seed corpus (its regression cases included), from the clang build that
# scripts/build.sh makes in build/sanitize (cmake/sanitize.cmake, docs/fuzzing.md). New inputs a run
# finds go to the build folder, never into tests/fuzz/corpus. Without that build they fail.
set(RETAIN_SANITIZE_BUILD_DIR "" CACHE PATH "Native build only: the RETAIN_FUZZ=ON clang build whose unit tests and fuzzers ctest runs")
set(RETAIN_FUZZ_SECONDS 5 CACHE STRING "How long ctest runs each fuzzer")
file(GLOB RETAIN_FUZZ_TARGET_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp)
if(RETAIN_SANITIZE_BUILD_DIR)
  add_test(NAME unit_sanitize COMMAND ${RETAIN_SANITIZE_BUILD_DIR}/retain_unit_tests)
  foreach(source ${RETAIN_FUZZ_TARGET_SOURCES})
    get_filename_component(fuzzer ${source} NAME_WE)
    set(found ${CMAKE_BINARY_DIR}/fuzz-found/${fuzzer})
    add_test(NAME ${fuzzer} COMMAND sh -c "mkdir -p '${found}' && exec '${RETAIN_SANITIZE_BUILD_DIR}/${fuzzer}' \
      -max_total_time=${RETAIN_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix='${found}/' '${found}' '${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/${fuzzer}'")
  endforeach()
else()
  retain_unrunnable_layers("configure with -DRETAIN_SANITIZE_BUILD_DIR=<clang RETAIN_FUZZ build folder> (scripts/test.sh does both)"
                           unit_sanitize fuzz)
endif()

# Layers (b) and (d) run the Emscripten build's outputs; without it they fail.
find_program(NODE_EXECUTABLE node)
if(RETAIN_WEB_BUILD_DIR AND NODE_EXECUTABLE)
  # Layer (b): the unit tests compiled to wasm (32-bit size_t) under node.
  add_test(NAME unit_wasm COMMAND ${NODE_EXECUTABLE} ${RETAIN_WEB_BUILD_DIR}/retain_unit_tests.js)
  # Layer (d): end-to-end in headless Chromium through playwright-core.
  add_test(NAME e2e_browser COMMAND ${NODE_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/e2e/run.mjs
           --dist ${RETAIN_DIST_DIR} --out ${CMAKE_BINARY_DIR}/e2e)
  set_tests_properties(e2e_browser PROPERTIES TIMEOUT 900)
else()
  retain_unrunnable_layers("configure with -DRETAIN_WEB_BUILD_DIR=<emscripten build folder> and install node (scripts/test.sh does both)"
                           unit_wasm e2e_browser)
endif()
