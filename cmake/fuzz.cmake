# libFuzzer targets (RETAIN_FUZZ=ON, cmake/sanitize.cmake): one executable per tests/fuzz/fuzz_*.cpp, each
# linked with libFuzzer's main. Seed corpora are tests/fuzz/corpus/<target>/ (docs/fuzzing.md).
file(GLOB RETAIN_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp)
foreach(source ${RETAIN_FUZZ_SOURCES})
  get_filename_component(target ${source} NAME_WE)
  add_executable(${target} ${source})
  target_link_libraries(${target} PRIVATE retain_io retain_third_party)
  target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  retain_warnings(${target})
  list(APPEND RETAIN_FUZZ_TARGETS ${target})
endforeach()
add_custom_target(retain_fuzzers DEPENDS ${RETAIN_FUZZ_TARGETS})
