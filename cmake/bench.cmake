# Native benchmark tools (issue 9; run by scripts/bench.sh, never by ctest: benchmarks are not tests).
#   bench_dataset  writes the deterministic benchmark dataset (CSV files and a manifest)
#   bench_native   CSV parse throughput and end-to-end import timings on that dataset, as JSON
# The in-browser half lives in bench/web/ and src/platform/web/bench_exports.cpp.
if(NOT EMSCRIPTEN)
  # Not part of `all`: the test command need not build them; scripts/bench.sh names them.
  add_executable(bench_dataset EXCLUDE_FROM_ALL bench/dataset/generate_dataset.cpp)
  target_link_libraries(bench_dataset PRIVATE retain_core)
  retain_warnings(bench_dataset)
  target_compile_options(bench_dataset PRIVATE -Werror)

  file(GLOB RETAIN_BENCH_NATIVE_SOURCES CONFIGURE_DEPENDS bench/native/*.cpp)
  add_executable(bench_native EXCLUDE_FROM_ALL ${RETAIN_BENCH_NATIVE_SOURCES})
  target_link_libraries(bench_native PRIVATE retain_io retain_third_party)
  target_include_directories(bench_native PRIVATE ${CMAKE_SOURCE_DIR}/bench)
  retain_warnings(bench_native)
  target_compile_options(bench_native PRIVATE -Werror)
endif()
